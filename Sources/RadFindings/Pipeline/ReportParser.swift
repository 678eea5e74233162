import RadLexicon
import RadText

/// A report cut into sections and sentences, with its findings.
public struct ParsedReport: Sendable {
    public var id: String
    public var text: ReportText
    public var sections: [Section]
    public var sentences: [Sentence]
    public var findings: [Finding]

    /// The 18 CT-RATE labels: 1 when a present finding maps to the label.
    public var labels: [CTRateLabel: Int] {
        Dictionary(uniqueKeysWithValues: zip(CTRateLabel.allCases, presentFlags).map { ($0, $1 ? 1 : 0) })
    }

    /// ``labels`` keyed by the labels' names (as the output record has them).
    var labelNames: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(CTRateLabel.allCases, presentFlags).map { ($0.rawValue, $1 ? 1 : 0) })
    }

    /// Per label, in CT-RATE's order (`CTRateLabel.allCases`), whether some present finding turns it on: the one rule of
    /// ``labels``, ``labelNames`` and the written record (a flag per label, the findings read in place: no set of labels,
    /// each hashed).
    var presentFlags: [Bool] {
        let all = CTRateLabel.allCases
        var result = [Bool](repeating: false, count: all.count)
        for index in findings.indices where findings[index].assertion == .present {
            for label in findings[index].labels {
                if let slot = all.firstIndex(of: label) { result[slot] = true }
            }
        }
        return result
    }
}

/// Runs the pipeline on one report at a time: sections → sentences → tokens → findings.
///
/// Findings are read from the findings and impression sections only (clinical information and
/// technique describe the question and the scan, not the patient's findings). Owns per-thread
/// state (an ICU iterator, scratch buffers): make one per thread with ``Engine/makeParser()``.
public final class ReportParser {
    public let engine: Engine
    private let sections: SectionDetector
    private let splitter: SentenceSplitter
    private let tokenizer: Tokenizer
    let extractor: SentenceExtractor
    private var cache = SentenceCache()
    /// Characters a sentence split is made before (segmentation.xml: "•", "·"): they open list items.
    private let listMarkers: Set<UInt16>

    init(engine: Engine, breaker: ICUSentenceBreaker, explain: Bool) {
        self.engine = engine
        sections = SectionDetector(rules: engine.knowledge.sectionRules)
        splitter = SentenceSplitter(rules: engine.knowledge.sentenceRules, breaker: breaker)
        tokenizer = Tokenizer(vocabulary: engine.lexicon.vocabulary)
        extractor = SentenceExtractor(engine: engine, explain: explain)
        listMarkers = Set(engine.knowledge.sentenceRules.splits.filter { $0.placement == .before }.map(\.character))
    }

    /// Parses one report.
    /// - Throws: ``ICUError`` if ICU fails (it does not on valid UTF-16).
    public func parse(id: String, text string: String) throws -> ParsedReport {
        let text = ReportText(string)
        let found = sections.sections(of: text)
        let sentences = try splitter.sentences(of: text, sections: found)
        var findings: [Finding] = []
        var focus: (organ: Int, sentence: Int)? = nil
        // Sentences that name no place and no finding of their own ("It is a new finding."): a side-less lobe looks past them.
        var placeless = Set<Int>()
        // The header sentence right before, and the lung sides it frames the next sentence with ("In the right lung;").
        var framing: (frame: SentenceFrame, sentence: Int)? = nil
        // Per sentence, the lung places the sentence right before it in its section names with no finding of its own.
        var placedBefore: [Int: OwnPlaces] = [:]
        // Sentences about a topic organ that name no finding ("The liver is normal in size and density."), and the organ: a
        // recap after one is about that organ, not about the findings before it, and so is "in this area".
        var organTopics: [Int: Int] = [:]
        // Sentences that name a place other than a topic organ and no finding ("In the right hilum, fullness is observed."):
        // what "in this localization" after one names is no organ further back.
        var placedElsewhere = Set<Int>()
        // The organ the sentence right before measures, and that sentence: what a pronoun opening a sentence stands for.
        var measuredBefore: (measurement: MeasuredOrgan, sentence: Int)? = nil
        // Sentences whose findings are said of what the sentence before measures ("It is wider than normal.").
        var saidOfSubjectBefore = Set<Int>()
        text.utf16.withUnsafeBufferPointer { units in
            for sentence in sentences where sentence.section == .findings || sentence.section == .impression {
                let key = SentenceCache.Key(UnsafeBufferPointer(rebasing: units[sentence.range]))
                var reading: SentenceReading
                if let cached = cache.reading(for: key, at: sentence) {
                    reading = cached
                } else {
                    reading = extractor.read(sentence, in: text, tokenizer: tokenizer)
                    cache.store(reading, for: key, at: sentence)
                }
                // An impression item's or a list item's organ is its own: it does not carry over to the next item,
                // unless the item names the one before by a pronoun ("Hypodense lesions in the liver. It was first
                // evaluated as a cyst.").
                if sentence.section != .findings || opensListItem(sentence, in: units),
                   !reading.findings.contains(where: { $0.antecedent == .pronoun }) {
                    focus = nil
                }
                // (nor across sections: the impression's first sentence names no organ of the findings' last one)
                if let topic = focus, sentences[topic.sentence].section != sentence.section { focus = nil }
                let before = measuredBefore.flatMap { measured in
                    measured.sentence == sentence.index - 1 && sentences[measured.sentence].section == sentence.section
                        ? measured : nil
                }
                if placeOnOrganMeasuredBefore(&reading, measured: before, earlier: findings) {
                    saidOfSubjectBefore.insert(sentence.index)
                }
                measuredBefore = reading.measured.map { ($0, sentence.index) }
                switch reading.focus {
                case .carried:
                    if reading.findings.allSatisfy(\.antecedent.isRecap) {
                        placeless.insert(sentence.index)
                    }
                case .elsewhere:
                    focus = nil
                    if reading.findings.isEmpty { placedElsewhere.insert(sentence.index) }
                case let .organ(organ):
                    focus = (organ, sentence.index)
                    if reading.findings.isEmpty { organTopics[sentence.index] = organ }
                }
                if let focus {
                    let unplaced = reading.findings.map { $0.structures.isEmpty }
                    assign(&reading.findings, toOrgan: focus.organ, namedIn: focus.sentence)
                    // ("Hypodense mass lesions in the liver. It was evaluated in favor of metastasis.": the one mass)
                    mergeOrganReadings(reading.findings.indices.filter { unplaced[$0] && !reading.findings[$0].structures.isEmpty },
                                       of: &reading.findings, organ: focus.organ, since: focus.sentence, into: &findings)
                }
                if let focus, focus.sentence == sentence.index - 1, !reading.heldForOrgan.isEmpty {
                    reading.findings += placedInOrgan(held: reading.heldForOrgan, organ: focus.organ, namedIn: focus.sentence)
                }
                if let framing, framing.sentence == sentence.index - 1, sentences[framing.sentence].section == sentence.section {
                    frame(&reading.findings, by: framing.frame, in: framing.sentence)
                }
                framing = reading.frame.map { ($0, sentence.index) }
                if let places = reading.lungPlaces, sentence.index + 1 < sentences.count,
                   sentences[sentence.index + 1].section == sentence.section {
                    placedBefore[sentence.index + 1] = places
                }
                findings += reading.findings
            }
        }
        dropLandmarksNamedElsewhere(in: &findings, sentences: sentences)
        resolveRecaps(in: &findings, sentences: sentences, organTopics: Set(organTopics.keys))
        resolveLikenesses(in: &findings)
        resolvePlaceReferencesOutsideLungs(in: &findings, sentences: sentences, organTopics: organTopics,
                                           placedElsewhere: placedElsewhere)
        mergeBareRementions(in: &findings)
        resolveReferences(in: &findings, placedBefore: placedBefore)
        mergeMostMarkedRementions(in: &findings, sentences: sentences)
        resolveUnsidedPlaces(in: &findings, sentences: sentences, passing: placeless)
        resolveChangesNamedLater(in: &findings)
        mergeBareRepeats(in: &findings, sentences: sentences)
        mergeRestatements(in: &findings, sentences: sentences, text: text, headerless: found.allSatisfy { $0.header == nil },
                          saidOfSubjectBefore: saidOfSubjectBefore)
        mergePatternRepeats(in: &findings, sentences: sentences)
        mergeRepeatedDenials(in: &findings, sentences: sentences)
        mergeRetypedCopies(in: &findings, sentences: sentences)
        placeSignsInHosts(in: &findings)
        passDiagnosisChanges(in: &findings, sentences: sentences)
        addImpliedOrgans(to: &findings)
        return ParsedReport(id: id, text: text, sections: found, sentences: sentences, findings: findings)
    }

    /// "A 3 mm nodule in the right lung upper lobe. There is a 4 mm nodule in the anterior segment.": a lobe or
    /// segment a finding's sentence named without a side is on the one side the chest findings of the sentence
    /// before it in the section are on (all left, or all right), past sentences whose chest findings name no side. One
    /// that took one side from the finding an earlier sentence named, and no lobe, is on that side ("… in the right
    /// lung. The described area almost completely fills the upper lobe.").
    ///
    /// One lobe's segments read on both sides for want of a side are narrowed in the same pass (`narrowOpenSide`), so that a
    /// sentence after them takes the side they were given.
    private func resolveUnsidedPlaces(in findings: inout [Finding], sentences: [Sentence], passing placeless: Set<Int>) {
        guard findings.contains(where: { $0.unsided != nil || $0.sideOpen != nil }) else { return }
        for index in findings.indices {
            if findings[index].sideOpen != nil {
                narrowOpenSide(of: index, in: &findings, sentences: sentences, passing: placeless)
                continue
            }
            guard let unsided = findings[index].unsided else { continue }
            if findings[index].antecedent != .none, findings[index].lobes.isEmpty,
               findings[index].laterality == .left || findings[index].laterality == .right {
                add(findings[index].laterality == .left ? unsided.left : unsided.right, to: &findings[index])
                continue
            }
            guard findings[index].laterality == .none else { continue }
            // The sentence before's sided chest findings (`sidesOfSentenceBefore`); with none, an earlier finding of its type
            // in that lobe on one side only ("IMPRESSION: Nodules in the posterobasal segment of the lower lobe" after
            // nodules in the left lower lobe).
            let sentenceBefore = sidesOfSentenceBefore(index, in: findings, sentences: sentences, passing: placeless)
            let before = sentenceBefore.findings
            var source = sentenceBefore.sentence
            var sides = Set(before.map(\.laterality))
            if before.isEmpty {
                // (the side whose lobe it shares: "nodules in the right upper and left lower lobes" are on the left in the
                // lower lobe)
                let lobes = engine.placeTables.lobeCodes(of:)
                let (left, right) = (Set(lobes(unsided.left)), Set(lobes(unsided.right)))
                let alike = findings[..<index].filter { $0.typeIndex == findings[index].typeIndex && $0.assertion != .absent }
                let onLeft = alike.last { !left.isDisjoint(with: $0.lobes) }
                let onRight = alike.last { !right.isDisjoint(with: $0.lobes) }
                if (onLeft == nil) != (onRight == nil), let found = onLeft ?? onRight {
                    sides = [onLeft == nil ? .right : .left]
                    source = found.sentence
                }
            }
            guard sides.count == 1, let side = sides.first, side == .left || side == .right else { continue }
            let placed = side == .left ? unsided.left : unsided.right
            guard !placed.isEmpty else { continue }
            findings[index].laterality = side
            add(placed, to: &findings[index])
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "side-from", id: side.rawValue, text: unsided.text,
                                                               origin: "sentence \(source)"))
            }
        }
    }

    /// The sided chest findings of the sentence before a finding's in its section, and that sentence: past sentences whose
    /// chest findings have no side ("Again, there are similar nodules more caudally") and ones that name no place nor
    /// finding ("It is a new finding."), not past one without chest findings that names something else ("The heart is
    /// normal"); none, and the sentence it stopped at, when there is no such sentence.
    func sidesOfSentenceBefore(_ index: Int, in findings: [Finding], sentences: [Sentence],
                               passing placeless: Set<Int>) -> (findings: [Finding], sentence: Int) {
        let sentence = findings[index].sentence
        var source = sentence - 1
        var before: [Finding] = []
        while source >= 0, sentences[source].section == sentences[sentence].section {
            let chest = findings[..<index].filter { $0.sentence == source && $0.category != nil }
            before = chest.filter { $0.laterality != .none }
            if !before.isEmpty || chest.isEmpty && !placeless.contains(source) { break }
            source -= 1
        }
        return (before, source)
    }

    /// Adds lobes or segments (structures of one side) to a finding's places.
    func add(_ placed: [Int], to finding: inout Finding) {
        let tables = engine.placeTables
        let structures = engine.knowledge.anatomy.structures
        finding.lobes = tables.lobeCodes(of: finding.structures + placed)
        finding.segments = (finding.segments + placed.filter { tables.isSegment[$0] }.map { structures[$0].id }).uniqued()
        finding.structures = (finding.structures + placed).uniqued()
    }

    /// "In the right lung; There are nodules in the upper lobe.": lung findings of the sentence after a header that name no
    /// side of their own, nor take one from an earlier sentence, are on the header's side (a lobe or segment they name
    /// without one is completed on it). A header that lists lobes or segments lists where the findings after it are, beside
    /// the places they name ("Right lung lower lobe posterior segment; Linear atelectasis in the lingula": in both lungs):
    /// its lobes and segments, and its sides, are added to theirs. A place named again right after the header ("Fullness in
    /// the right hilum; a mass in this localization cannot be ruled out") is the header's: it points no further back.
    private func frame(_ findings: inout [Finding], by frame: SentenceFrame, in sentence: Int) {
        for index in findings.indices where findings[index].category != nil
            && (findings[index].antecedent == .none || findings[index].antecedent.isPlace)
            && (findings[index].laterality == .none || !frame.parts.isEmpty) {
            findings[index].antecedent = .none
            if findings[index].laterality == .none, let unsided = findings[index].unsided {
                add((frame.sides.contains(.left) ? unsided.left : []) + (frame.sides.contains(.right) ? unsided.right : []),
                    to: &findings[index])
            }
            findings[index].laterality = findings[index].laterality.union(Laterality(sides: frame.sides))
            if !frame.parts.isEmpty { add(frame.parts, to: &findings[index]) }
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "framed-by", id: findings[index].laterality.rawValue,
                                                               text: "", origin: "sentence \(sentence)"))
            }
        }
    }

    /// Findings that name no place (or only sides and words other organs share: "in the parenchyma of
    /// the right lobe") and whose words also name lesions of other organs, in or after a findings
    /// sentence about an organ outside the chest and none since about another place, are that organ's:
    /// no lung category, no labels ("Both thyroid lobes are heterogeneous. There are hypodense nodules.").
    /// In a single organ whose parts are named by side (`unpaired`), a side word names its part, no side ("The liver is normal in
    /// size. A cyst of 8 mm in the left lobe.").
    private func assign(_ findings: inout [Finding], toOrgan organ: Int, namedIn sentence: Int) {
        // (the organ's fields read where they are: no copy of the structure with its names and lists)
        let structures = engine.knowledge.anatomy.structures
        let id = structures[organ].id
        let types = engine.knowledge.findings
        for index in findings.indices
        where (findings[index].structures.isEmpty && findings[index].laterality == .none || findings[index].vaguelyPlaced)
            && (findings[index].antecedent == .none || findings[index].antecedent == .pronoun) && findings[index].category != nil
            && types.types[findings[index].typeIndex].otherOrgans {
            findings[index].antecedent = .none
            findings[index].category = nil
            if structures[organ].unpaired { findings[index].laterality = .none }
            findings[index].labels = []
            findings[index].lobes = []
            findings[index].segments = []
            findings[index].structures = [organ]
            findings[index].places = [id]
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "topic", id: id,
                                                               text: structures[organ].label ?? id, origin: "sentence \(sentence)"))
            }
        }
        // "No upper abdominal free fluid was detected. No pathologically enlarged lymph nodes were observed.": an unplaced
        // finding of a type that is another in the organ (`<in>` of findings.xml) is that one there.
        for index in findings.indices where findings[index].structures.isEmpty && findings[index].laterality == .none
            && findings[index].category == nil && findings[index].antecedent == .none {
            guard let target = engine.relocation(of: findings[index].typeIndex, in: organ) else { continue }
            findings[index].retype(to: target, id: types.types[target].id)
            findings[index].labels = types.types[target].labels
            findings[index].structures = [organ]
            findings[index].places = [id]
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "topic", id: id,
                                                               text: structures[organ].label ?? id, origin: "sentence \(sentence)"))
            }
        }
    }

    /// "No lytic lesion was observed in the bone structures. There are degenerative changes.": the findings a sentence holds
    /// for the organ the sentence right before it is about (`Antecedent.organInFocus`) are of the type their own is in that
    /// organ (`<in>` of findings.xml: the bones' wear), placed there; none where their type is nothing else.
    private func placedInOrgan(held: [Finding], organ: Int, namedIn sentence: Int) -> [Finding] {
        var placed = held
        for index in placed.indices { placed[index].antecedent = .none }
        assign(&placed, toOrgan: organ, namedIn: sentence)
        let types = engine.knowledge.findings.types
        return placed.filter { types[$0.typeIndex].specificity != .generic }
    }

    /// "The pulmonary trunk calibration is 31 mm. It is wider than normal.": a finding said of a pronoun that opens its
    /// sentence (`SentenceReading.subjectBefore`) is about the one organ the sentence right before measures: of the type its
    /// own type is there (`<in>` of findings.xml: ectasia in the aorta is a vascular enlargement), placed on that organ and,
    /// with no size of its own, measured by that measurement. It is no finding after a sentence that measures no organ
    /// ("The heart size is increased. It is larger than normal."), in an organ where its type is nothing else, or when a
    /// finding of that sentence already says so of that organ ("… measures 47 mm and is enlarged. It is wider than normal.").
    /// Returns whether it placed any.
    private func placeOnOrganMeasuredBefore(_ reading: inout SentenceReading,
                                            measured: (measurement: MeasuredOrgan, sentence: Int)?, earlier: [Finding]) -> Bool {
        guard !reading.subjectBefore.isEmpty else { return false }
        let types = engine.knowledge.findings.types
        var unplaced: [Int] = []
        for index in reading.subjectBefore {
            guard let measured,
                  let target = engine.relocation(of: reading.findings[index].typeIndex, in: measured.measurement.organ),
                  !earlier.contains(where: {
                      $0.sentence == measured.sentence && $0.typeIndex == target
                          && $0.structures.contains(measured.measurement.organ)
                  })
            else {
                unplaced.append(index)
                continue
            }
            let measurement = measured.measurement
            let organ = engine.knowledge.anatomy.structures[measurement.organ]
            // (outside the chest, a type of the chest keeps no lung category nor labels, as a finding placed there by its words)
            let outside = !engine.anatomyIndex.inChest[measurement.organ] && engine.placeTables.typeInChest[target]
            var finding = reading.findings[index]
            let said = types[finding.typeIndex]
            finding.retype(to: target, id: types[target].id)
            finding.category = outside ? nil : types[target].category
            finding.labels = outside ? [] : types[target].labels
            finding.structures = [measurement.organ]
            finding.places = [organ.id]
            if finding.size == nil { finding.size = measurement.size }
            if extractor.explain {
                finding.explanation.append(ExplainStep(role: "refers-to", id: organ.id, text: organ.label ?? organ.id,
                                                       origin: "sentence \(measured.sentence)"))
                let rule = engine.grammar.rules[measurement.rule]
                finding.explanation.append(ExplainStep(role: "size", id: rule.id, text: measurement.text,
                                                       origin: rule.origin.description))
                finding.explanation.append(ExplainStep(role: "placed-in", id: types[target].id, text: types[target].id,
                                                       origin: said.origin.description))
            }
            reading.findings[index] = finding
        }
        for index in unplaced.reversed() { reading.findings.remove(at: index) }
        return unplaced.count < reading.subjectBefore.count
    }

    /// Whether a sentence starts with a list marker.
    private func opensListItem(_ sentence: Sentence, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let first = sentence.range.first else { return false }
        return listMarkers.contains(units[first])
    }

    /// "Consolidation in both lower lobes. The described appearance has regressed": words that name findings
    /// of earlier sentences (`Antecedent.recap`) are no finding; a change said of them, present, is the change
    /// of the findings they name that are not absent and say none: those of the last sentence with findings
    /// before it ("It is stable."), or of the sentences of its section right before it (back to a sentence
    /// without findings — one naming only earlier findings is none —, or to one that says a change of its own; said in the
    /// singular, "the described appearance", not past a sentence that only denies once findings took it), or, for "other
    /// findings are stable", every one before it but those of the sentence right before it; a comparison of the whole
    /// examination, every one before it
    /// without a change, but only those of the sentence right before it when it follows one with findings and does not
    /// close the impression. A recap of the sentences before it does not reach past a
    /// sentence of `organTopics` (about an organ, with no finding: "The liver is normal in size. Periportal edema. It is also
    /// present in the old CT."): it is about that organ, as it would be had that sentence named a finding of it; "other
    /// findings" and a comparison of the whole examination still reach every finding.
    private func resolveRecaps(in findings: inout [Finding], sentences: [Sentence], organTopics: Set<Int>) {
        func reach(_ finding: Finding) -> RecapReach? {
            if case let .recap(reach) = finding.antecedent { reach } else { nil }
        }
        guard findings.contains(where: { reach($0) != nil }) else { return }
        // Sentences whose words only name earlier findings and say no change of them ("However, the findings are
        // nonspecific."): no gap in the run of a plural recap ("the findings are slightly progressive").
        let recapSentences = Set(findings.filter { reach($0) != nil && $0.temporal == nil && $0.assertion == .present }.map(\.sentence))
        // Sentences whose every finding is a recap ("It was not present in the previous examination."): a size after them
        // still measures the findings before them.
        let onlyRecaps = Set(findings.filter { reach($0) != nil }.map(\.sentence))
            .subtracting(findings.filter { reach($0) == nil }.map(\.sentence))
        // Sentences that only deny ("No fracture was detected."): one past the findings a recap in the singular took its
        // change to ends its run ("… No lytic lesions in the bones. Compression of the L1 vertebral body. No soft tissue
        // component. The described appearance is unchanged.": the compression, not an emphysema named before the denials).
        let deniedOnly = Set(findings.filter { reach($0) == nil && $0.assertion == .absent }.map(\.sentence))
            .subtracting(findings.filter { $0.assertion != .absent }.map(\.sentence))
        var kept: [Finding] = []
        // The findings (indices in `kept`) whose change an earlier recap gave: a later one says it anew ("The described
        // appearance can also be observed in the previous examination. However, a minimal increase was observed."), but
        // not "other findings", which are those without one.
        var recapped = Set<Int>()
        for recap in findings {
            guard var reach = reach(recap) else {
                kept.append(recap)
                continue
            }
            // A comparison of the whole examination right after a sentence with findings says theirs (unless its words
            // name which: "Compared with the previous CT, no significant change in lung findings"), unless it closes the
            // impression: after the findings restated there, it is still the whole examination's.
            if reach == .examination && kept.last?.sentence == recap.sentence - 1 && recap.structures.isEmpty
                && !closesImpression(recap, in: findings, sentences: sentences) { reach = .sentenceBefore }
            // "… A hypodense nodule in the thyroid gland. No significant change in lung findings.": a recap of the sentence
            // before that names the lungs says its change of the lung findings of its section.
            let sectionWide = reach == .sentenceBefore && namesLungs(recap)
            guard recap.assertion == .present else { continue }
            if let size = recap.size, recap.range.lowerBound == sentences[recap.sentence].range.lowerBound {
                giveSize(size, of: recap, to: &kept, reach: reach, past: onlyRecaps)
            }
            guard let change = recap.temporal else { continue }
            let section = sentences[recap.sentence].section
            var run: Int? = nil  // the sentence being gathered
            var changeSaid = false
            var taken = false  // whether the recap gave its change to any finding yet
            var firstTaker: Int? = nil  // the first finding (in `kept`) that took the change
            // "Other findings" are not those the sentence right before named ("Viral pneumonia is considered in the
            // etiology of the findings. Other findings are stable.").
            // (nor those of the sentences right before it that each say a change of their own, "Ground glass areas are newly
            // developed. A few consolidations have newly developed. Other than these, no significant difference was
            // detected.", nor earlier findings of their types, which they may name again)
            var justNamed = Set<Int>()
            if reach == .report, var sentence = kept.last?.sentence {
                justNamed.insert(sentence)
                while true {
                    let said = kept.filter { $0.sentence == sentence - 1 && $0.assertion != .absent }
                    guard !said.isEmpty, said.allSatisfy({ $0.temporal != nil && !$0.changeFromRecap }) else { break }
                    sentence -= 1
                    justNamed.insert(sentence)
                }
            }
            // (of its scope: "The other lung findings are stable" after a thyroid nodule still reaches a lung nodule)
            let justNamedTypes = Set(kept.filter {
                justNamed.contains($0.sentence) && $0.assertion != .absent && inScope($0, of: recap)
            }.map(\.typeIndex))
            let changedApart = reach == .report ? sentencesChanged(otherThan: change, in: kept) : []
            for index in kept.indices.reversed() {
                let sentence = kept[index].sentence
                let whole = reach == .report || reach == .examination
                if !whole && !sectionWide, let current = run, sentence != current {
                    // (past a sentence whose findings all say their own change, right before it: "A newly emerged
                    // pleural effusion was observed. The described findings show a significant progression.")
                    guard reach == .sentencesBefore && (!changeSaid || !taken) && (sentence == current - 1
                            || recap.multiple && (sentence + 1..<current).allSatisfy(recapSentences.contains)),
                          recap.multiple || !taken || !deniedOnly.contains(sentence) else { break }
                }
                guard sentences[sentence].section == section || whole else { break }
                guard whole || sectionWide || run != nil || !organTopics.contains(where: { sentence < $0 && $0 < recap.sentence })
                else { break }
                run = sentence
                guard kept[index].assertion != .absent, inScope(kept[index], of: recap), !justNamed.contains(sentence),
                      !justNamedTypes.contains(kept[index].typeIndex), !changedApart.contains(sentence)
                else { continue }
                guard kept[index].temporal == nil || recapped.contains(index) && !whole else {
                    changeSaid = true
                    continue
                }
                kept[index].temporal = change
                kept[index].changeRecapped = recap.sentence > sentence + 1
                kept[index].changeFromRecap = true
                recapped.insert(index)
                taken = true
                firstTaker = index
                if extractor.explain {
                    kept[index].explanation.append(ExplainStep(role: "recap", id: change.rawValue, text: recap.text,
                                                               origin: "sentence \(recap.sentence)"))
                }
            }
            if let size = recap.size, reach == .sentenceBefore, let firstTaker {
                giveSize(size, of: recap, to: &kept, at: firstTaker)
            }
        }
        findings = kept
    }

    /// The sentences with a finding, not absent, that says a change of its own other than `change` ("Consolidation areas
    /// … and ground glass opacities are observed around these areas." with the consolidation said to have increased):
    /// "other findings are stable" is not said of the findings beside it, which go with that change.
    private func sentencesChanged(otherThan change: TemporalChange, in kept: [Finding]) -> Set<Int> {
        Set(kept.filter { finding in
            finding.assertion != .absent && !finding.changeFromRecap && finding.temporal.map { $0 != change } ?? false
        }.map(\.sentence))
    }

    /// Whether a recap closes the report from its impression: no finding but recaps after it ("IMPRESSION: … Degenerative
    /// changes in the bone structures. When compared with the old CTs dated …; no significant difference was found.").
    private func closesImpression(_ recap: Finding, in findings: [Finding], sentences: [Sentence]) -> Bool {
        sentences[recap.sentence].section == .impression
            && !findings.contains { $0.sentence > recap.sentence && !$0.antecedent.isRecap }
    }

    /// Whether a finding is one of those a recap's words name (its scope, `AttachmentContext.recapScope`, as its
    /// structures): with no scope, any; in the lungs, a lung or pleural finding (one with a category); in an organ, one
    /// placed in it ("The findings in the liver are stable": not a lung nodule).
    private func inScope(_ finding: Finding, of recap: Finding) -> Bool {
        let anatomy = engine.knowledge.anatomy
        return recap.structures.isEmpty || recap.structures.contains { scope in
            anatomy.structures[scope].kind == .lung
                ? finding.category != nil
                : finding.structures.contains { engine.anatomyIndex.ancestors[$0].contains(scope) }
        }
    }

    /// Whether a recap's words name the lungs as its scope ("no significant change in lung findings").
    private func namesLungs(_ recap: Finding) -> Bool {
        recap.structures.contains { engine.knowledge.anatomy.structures[$0].kind == .lung }
    }

    /// "A mass in the right upper lobe. It measures 33 mm.": a size said of the findings of the sentence right before
    /// (`reach` sentence-before) by a sentence that opens with the word naming them, or with the size, is the size
    /// of the last of them that is not absent, when it has none or only a bound ("Nodules smaller than 1 cm in both lungs.
    /// The largest is 7 mm."; see `Finding.takeSize`). Sentences between that only say something of those
    /// findings (`past`: "A mass in the right upper lobe. It was not present before. Its largest dimension is 33 mm.")
    /// keep them the ones the size is said of.
    private func giveSize(_ size: Size, of recap: Finding, to kept: inout [Finding], reach: RecapReach, past: Set<Int>) {
        guard reach == .sentenceBefore, let last = kept.last, last.sentence < recap.sentence,
              (last.sentence + 1..<recap.sentence).allSatisfy(past.contains),
              let index = kept.firstIndex(where: { $0.sentence == last.sentence && $0.assertion != .absent })
        else { return }
        giveSize(size, of: recap, to: &kept, at: index)
    }

    /// "A lesion in the prevascular area. It measured 20 mm in the previous CT, and it measures 26 mm in the current
    /// examination.", "… In the axial sections, 84 mm was measured as 71 mm in the previous examination, and it shows an
    /// increase in size.": today's size said together with a change by a sentence that names no finding of its own goes where
    /// that change goes (the first finding that took it), when that finding has no size yet or only a bound; or a recap's
    /// size to a finding of the sentence right before it (above). A size said on one side ("On the left, it measures 26 mm")
    /// is no size of a finding of the other.
    private func giveSize(_ size: Size, of recap: Finding, to kept: inout [Finding], at index: Int) {
        guard !onOtherSides(recap.laterality, kept[index].laterality),
              kept[index].takeSize(size, bound: recap.sizeBound, whole: true)
        else { return }
        if extractor.explain {
            kept[index].explanation.append(ExplainStep(role: "size", id: "recap", text: recap.text, origin: "sentence \(recap.sentence)"))
        }
    }

    /// Whether two sides are one left and the other right (neither unsided nor bilateral).
    private func onOtherSides(_ one: Laterality, _ other: Laterality) -> Bool {
        one == .left && other == .right || one == .right && other == .left
    }

    /// "Ground glass areas in the right lower lobe. A similar appearance is observed in the lingula": a
    /// finding like one named before is of the type of the last present finding before it (its category
    /// and labels too, unless its own place is outside the chest), in its own place; one per type when that finding's
    /// phrase names several ("Ground glass areas and consolidation … Similar appearances in the left lower lobe"); with
    /// none before it, it is no finding.
    private func resolveLikenesses(in findings: inout [Finding]) {
        guard findings.contains(where: { $0.antecedent == .likePrevious }) else { return }
        let inChest = engine.anatomyIndex.inChest
        var kept: [Finding] = []
        for finding in findings {
            guard finding.antecedent == .likePrevious else {
                kept.append(finding)
                continue
            }
            guard let last = kept.last(where: { $0.assertion == .present && $0.antecedent != .likePrevious }) else { continue }
            // (every finding the model's phrase names: "Ground glass areas and consolidation … Similar appearances in …";
            // in the chest, every lung finding of its sentence: "Nodular consolidations …, ground glass areas around them
            // and a halo sign. There is a similar appearance in the right upper lobe.")
            let outside = finding.structures.contains { !inChest[$0] }
            let models = kept.filter {
                $0.sentence == last.sentence && ($0.range == last.range || !outside && last.category != nil && $0.category != nil)
                    && $0.assertion == .present && $0.antecedent != .likePrevious
            }
            for model in models {
                var like = finding
                like.retype(as: model)
                like.category = outside ? nil : model.category
                like.labels = outside ? [] : model.labels
                like.antecedent = .none
                if extractor.explain {
                    like.explanation.append(ExplainStep(role: "refers-to", id: model.type, text: model.text,
                                                        origin: "sentence \(model.sentence)"))
                }
                kept.append(like)
            }
        }
        findings = kept
    }

    /// Parses a finding phrase on its own (a ReXGroundingCT finding string): every sentence of it,
    /// whatever its section; `keepingUnnamed` keeps findings that words such as "findings" give.
    public func parsePhrase(_ string: String, keepingUnnamed: Bool = false) -> [Finding] {
        let text = ReportText(string)
        let sentence = Sentence(index: 0, section: .findings, range: 0..<text.count)
        var findings = extractor.read(sentence, in: text, tokenizer: tokenizer, keepingUnnamed: keepingUnnamed).findings
        addImpliedOrgans(to: &findings)
        return findings
    }
}
