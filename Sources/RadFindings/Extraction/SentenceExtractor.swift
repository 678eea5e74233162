import RadGrammar
import RadLexicon
import RadText

/// Extracts the findings of one sentence: lexicon matching, the grammar passes (sizes, locations,
/// finding phrases), then assertion and attachment of places, sizes, temporal and quantity words.
///
/// Owns scratch buffers: one per thread.
final class SentenceExtractor {
    let engine: Engine
    private let sizes: SizeReader
    private let locations: LocationReader
    private let phrases: PhraseReader
    private var tokens: [Token] = []
    private var matches: [LexiconMatch] = []
    private var ruleMatches: [RuleMatch] = []
    private let runner: GrammarRunner
    private let phrasePass: Int?
    private let attributePasses: [Int]
    private let locationPass: Int?
    private let sizePass: Int?
    /// The type of words that name the findings of the sentence before them ("It is stable."): a change or a
    /// size said with no subject at all is said of those too.
    private let sentenceBeforeType: Int?
    /// Characters that end a header framing the next sentence (`frames` in segmentation.xml: ";").
    private let frameCharacters: Set<UInt16>

    /// Record how each finding was read (`--explain`).
    let explain: Bool

    init(engine: Engine, explain: Bool) {
        self.engine = engine
        self.explain = explain
        runner = GrammarRunner(grammar: engine.grammar)
        phrasePass = engine.grammar.pass(named: "phrases")
        attributePasses = ["sizes", "locations"].compactMap { engine.grammar.pass(named: $0) }
        locationPass = engine.grammar.pass(named: "locations")
        sizePass = engine.grammar.pass(named: "sizes")
        sentenceBeforeType = engine.knowledge.findings.types.firstIndex { $0.recap == .sentenceBefore }
        frameCharacters = Set(engine.knowledge.sentenceRules.splits.filter(\.frames).map(\.character))
        sizes = SizeReader(engine: engine)
        locations = LocationReader(engine: engine)
        phrases = PhraseReader(engine: engine, explain: explain)
    }

    /// The findings of a sentence, in text order, and what it is about. With `keepingUnnamed`, words
    /// that name no finding of their own ("findings", "changes") still give one (a dataset string
    /// describes a finding even when it does not name it: "similar findings in the right upper lobe").
    func read(_ sentence: Sentence, in report: ReportText, tokenizer: Tokenizer, keepingUnnamed: Bool = false) -> SentenceReading {
        tokens.removeAll(keepingCapacity: true)
        matches.removeAll(keepingCapacity: true)
        report.utf16.withUnsafeBufferPointer { tokenizer.tokenize($0, range: sentence.range, into: &tokens) }
        tokens.withUnsafeBufferPointer { engine.lexicon.matcher.matches(in: $0, range: 0..<$0.count, into: &matches) }
        let lattice = SentenceLattice(tokens: tokens, matches: matches)
        // (every pass below runs over this sentence: its tokens' signatures are worked out once)
        runner.prepare(lattice)

        // Finding phrases first: a sentence without one needs no more work.
        var mentions: [FindingMention] = []
        ruleMatches.removeAll(keepingCapacity: true)
        if let phrasePass { runner.run(pass: phrasePass, onPrepared: lattice, into: &ruleMatches) }
        for match in ruleMatches {
            let read: [FindingMention]
            switch engine.grammar.rules[match.rule].action {
            case "finding-phrase": read = phrases.read(match, in: lattice, report: report)
            case "finding": read = construction(match, report: report, lattice: lattice)
            default: continue
            }
            // (the first phrase's mentions taken as they are, not copied into a new list)
            if mentions.isEmpty { mentions = read } else { mentions += read }
        }
        // A dataset string that names no finding ("Left lung is not ventilated") still describes one:
        // the unnamed type, over the whole string, so that its places are read.
        if mentions.isEmpty && keepingUnnamed && !lattice.tokens.isEmpty, let unnamed = engine.knowledge.findings.unnamedType {
            let all = 0..<lattice.tokens.count
            mentions.append(FindingMention(type: unnamed, head: all, phrase: all, plural: false, explanation: []))
        }
        guard !mentions.isEmpty else {
            let focus = focusWithoutFindings(in: lattice)
            guard !keepingUnnamed else { return SentenceReading(findings: [], focus: focus) }
            let (found, measured) = subjectless(sentence, in: lattice, report: report, focus: focus)
            let frame = frame(of: sentence, in: lattice, report: report)
            // (a sentence whose words name no place has no lung place: no location pass)
            let places = found.isEmpty && focus != .carried
                ? attributes(in: lattice, mentions: [], passes: locationPass.map { [$0] } ?? []).places : []
            return SentenceReading(findings: found, focus: focus, frame: frame,
                                   lungPlaces: lungPlaces(among: places, of: sentence, report: report), measured: measured)
        }
        let read = attributes(in: lattice, mentions: mentions, passes: attributePasses)
        var places = read.places
        // "in this localization": the place named last before it, again; with none before it in the
        // sentence, a place to be taken from an earlier sentence. A lobe without a side before another
        // finding is a place too ("changes at the posterobasal level of the lower lobe and a consolidation at
        // this level": not the previous sentence's place).
        for anaphor in read.anaphors {
            let before = places.filter { place in
                place.tokens.upperBound <= anaphor.tokens.lowerBound && (!place.structures.isEmpty || place.needsSide
                    && mentions.contains { (place.tokens.upperBound..<anaphor.tokens.lowerBound).contains($0.phrase.lowerBound) })
            }
            var antecedent = before
                .max(by: { $0.tokens.upperBound < $1.tokens.upperBound })
                ?? Place(tokens: anaphor.tokens, structures: [], sides: [], rule: anaphor.rule, refersBack: true)
            antecedent.tokens = anaphor.tokens
            antecedent.rule = anaphor.rule
            antecedent.isAnaphor = true
            places.append(antecedent)
        }
        // A generic word that is a place's head noun ("the paramediastinal area") names no finding,
        // unless nothing else names one in a dataset string ("no aerated area in the right lung").
        let findings = engine.knowledge.findings
        mentions.removeAll { mention in
            !keepingUnnamed && findings.types[mention.type].specificity == .generic
                && places.contains { $0.tokens.lowerBound <= mention.phrase.lowerBound && $0.tokens.upperBound >= mention.phrase.upperBound }
        }
        // A head noun alone ("ground glass areas") names no place; it must not take a phrase's places.
        // A lobe or segment without a side ("more prominent in the lower lobe") stays: the finding's
        // side may complete it; "in places" stays: it places the finding, nowhere in particular.
        places.removeAll { $0.structures.isEmpty && $0.sides.isEmpty && !$0.refersBack && !$0.needsSide && !$0.onlyEndsSharing }
        let context = AttachmentContext(engine: engine, lattice: lattice, report: report, explain: explain,
                                        keepingUnnamed: keepingUnnamed)
        let cues = context.cues()
        var found = context.findings(mentions: mentions, measurements: read.measurements, places: places, cues: cues,
                                     sentence: sentence)
        // ("There are degenerative changes.": held for the organ the sentence before is about, no finding of this one)
        let heldForOrgan = found.filter { $0.antecedent == .organInFocus }
        found.removeAll { $0.antecedent == .organInFocus }
        // Words that name nothing ("in its most prominent place", "There was no significant difference in appearance")
        // leave a sentence about the findings before it. The organ of the case's history is not what it is about
        // ("Metastasis cannot be ruled out in a patient with known gastric cancer": no gastric lesion).
        let histories = context.historyFrames(cues: cues, places: places)
        let focus = SentenceFocus(places: places.filter { place in !histories.contains { $0.contains(place.tokens.lowerBound) } },
                                  anatomy: engine.knowledge.anatomy)
        // A sentence that opens with a size and goes on about the findings before it by a pronoun only ("Its dimensions
        // are 31x18 mm and it bulges the contour of the gland") gives that size too (`namesOnlyEarlierFindings`).
        if namesOnlyEarlierFindings(found) && !keepingUnnamed, let type = sentenceBeforeType {
            // (its words name no finding but a place's head noun: "The largest was measured in the subcarinal area, …")
            if found.isEmpty, let member = context.subjectlessMember(in: sentence, type: type, places: places,
                                                                     measurements: read.measurements) {
                found = [member]
            } else if let size = context.subjectlessSize(in: sentence, type: type, measurements: read.measurements.filter { !$0.earlier }) {
                found.insert(size, at: 0)
            } else if found.isEmpty, let change = context.subjectlessChange(in: sentence, type: type, focus: focus) {
                found = [change]
            }
        }
        // (the findings said of a pronoun for what the sentence before measures, by their words)
        let saidOfSubjectBefore = mentions.filter(\.subjectBefore).map { lattice.characters(of: $0.phrase) }
        return SentenceReading(findings: found, focus: focus,
                               lungPlaces: found.isEmpty && !keepingUnnamed ? lungPlaces(among: places, of: sentence, report: report) : nil,
                               measured: measuredOrgan(among: read.measurements, in: lattice, report: report),
                               subjectBefore: found.indices.filter { saidOfSubjectBefore.contains(found[$0].range) },
                               heldForOrgan: heldForOrgan)
    }

    /// Whether a sentence's findings are only words for findings of earlier sentences (`Antecedent.recap`: "it", "the
    /// described appearance"), or none: it has no subject of its own that a size opening it could measure.
    private func namesOnlyEarlierFindings(_ findings: [Finding]) -> Bool {
        findings.allSatisfy(\.antecedent.isRecap)
    }

    /// The one organ a sentence's measurements of today measure (`Measurement.organ`: "The aortic arch calibration is 33
    /// mm"), with the first of them; nil when they measure no organ, or more than one ("The ascending aorta is 38 mm and the
    /// pulmonary trunk 31 mm": a pronoun after it would be either).
    private func measuredOrgan(among measurements: [Measurement], in lattice: SentenceLattice, report: ReportText)
        -> MeasuredOrgan?
    {
        let measured = measurements.filter { $0.organ != nil && !$0.earlier }
        guard let first = measured.first, let organ = first.organ, measured.allSatisfy({ $0.organ == organ }) else { return nil }
        return MeasuredOrgan(organ: organ, size: first.size, text: lattice.text(first.tokens, in: report), rule: first.rule)
    }

    /// What a sentence that names no finding says of the findings of the sentence before it: a change ("No
    /// significant difference was detected.", only in a sentence about no other place than its scope) or a size ("The largest
    /// is 7 mm in the right lower lobe."; the sizes pass runs only when a unit is named); and the one organ it measures
    /// ("The aortic arch calibration is 33 mm.").
    private func subjectless(_ sentence: Sentence, in lattice: SentenceLattice, report: ReportText, focus: SentenceFocus)
        -> (findings: [Finding], measured: MeasuredOrgan?)
    {
        guard let type = sentenceBeforeType else { return ([], nil) }
        let context = AttachmentContext(engine: engine, lattice: lattice, report: report, explain: explain)
        if let member = setMember(of: sentence, in: lattice, context: context, type: type) { return ([member], nil) }
        if let change = context.subjectlessChange(in: sentence, type: type, focus: focus) { return ([change], nil) }
        let hits = engine.lexicon.matcher.hits
        guard let sizePass, lattice.matches.contains(where: { match in
            hits[match.hits].contains { if case .unit = $0.entry { true } else { false } }
        }) else { return ([], nil) }
        let measurements = attributes(in: lattice, mentions: [], passes: [sizePass]).measurements
        let size = context.subjectlessSize(in: sentence, type: type, measurements: measurements.filter { !$0.earlier })
        return (size.map { [$0] } ?? [], measuredOrgan(among: measurements, in: lattice, report: report))
    }

    /// "The largest of these is in the right lower lobe and measures 30 mm.", "The other one measures 8 mm.": what a
    /// sentence that opens with a reference to the largest member of a set, or to some member (`member` / `some` in
    /// cues.xml), says of it (`AttachmentContext.subjectlessMember`), its places and sizes read only when such a cue is
    /// among its words.
    private func setMember(of sentence: Sentence, in lattice: SentenceLattice, context: AttachmentContext, type: Int) -> Finding? {
        let cues = engine.knowledge.cues.cues
        guard lattice.matches.contains(where: { match in
            engine.lexicon.matcher.hits[match.hits].contains {
                if case let .cue(index) = $0.entry { cues[index].member || cues[index].some } else { false }
            }
        }) else { return nil }
        let read = attributes(in: lattice, mentions: [], passes: [locationPass, sizePass].compactMap { $0 })
        return context.subjectlessMember(in: sentence, type: type, places: read.places, measurements: read.measurements)
    }

    /// The sizes, places and anaphors ("in this localization") of a sentence, read by the given passes.
    private func attributes(in lattice: SentenceLattice, mentions: [FindingMention], passes: [Int])
        -> (measurements: [Measurement], places: [Place], anaphors: [RuleMatch])
    {
        var measurements: [Measurement] = []
        var places: [Place] = []
        var anaphors: [RuleMatch] = []
        var organLeadIn: Range<Int>? = nil
        // (every size rule measures a number: a sentence without one needs no size pass)
        let numbered = lattice.tokens.contains { $0.kind == .number }
        for pass in passes where numbered || pass != sizePass {
            ruleMatches.removeAll(keepingCapacity: true)
            runner.run(pass: pass, onPrepared: lattice, into: &ruleMatches)
            for match in ruleMatches {
                switch engine.grammar.rules[match.rule].action {
                case "size", "earlier-size":
                    if var measurement = sizes.read(match, in: lattice) {
                        measurement.earlier = engine.grammar.rules[match.rule].action == "earlier-size"
                        if let leadIn = organLeadIn, leadIn.upperBound == match.tokens.lowerBound {
                            measurement.organ = organ(in: leadIn, of: lattice)
                        }
                        measurements.append(measurement)
                    }
                // "The diameter of the ascending aorta is": the measurement right after measures that organ.
                case "measured-organ": organLeadIn = match.tokens
                case "location":
                    for part in split(match, before: mentions, in: lattice) { places.append(locations.read(part, in: lattice)) }
                // "ground glass densities in places": a place of the finding's own that names nothing.
                case "vague-location":
                    places.append(Place(tokens: match.tokens, structures: [], sides: [], rule: match.rule, vague: true, onlyEndsSharing: true))
                case "anaphor": anaphors.append(match)
                default: break
                }
            }
        }
        return (measurements, places, anaphors)
    }

    /// The structure a lead-in of an organ's measurement names ("the ascending aorta" of "The diameter of the ascending aorta
    /// is").
    private func organ(in leadIn: Range<Int>, of lattice: SentenceLattice) -> Int? {
        leadIn.lazy.compactMap { token in
            lattice.hits(at: token, engine: self.engine).lazy.compactMap { hit -> Int? in
                if case let .structure(index) = hit.entry { return index }
                return nil
            }.first
        }.first
    }

    /// The lung sides a header sentence names ("In the right lung;", "In the evaluation of both lung parenchyma;", "Between
    /// the pleural leaves on the right;"), when it ends with a framing character; nil otherwise, or when it names no lung
    /// side (places in the chest regions only: lungs, pleura, airways, hemithorax).
    private func frame(of sentence: Sentence, in lattice: SentenceLattice, report: ReportText) -> SentenceFrame? {
        guard !frameCharacters.isEmpty, let locationPass, let last = sentence.range.last,
              frameCharacters.contains(report.utf16[last]) else { return nil }
        let inChest = engine.anatomyIndex.inChest
        let places = attributes(in: lattice, mentions: [], passes: [locationPass]).places
        // (a side said on its own counts with chest places beside it: "between the pleural leaves" + "on the right")
        guard places.contains(where: { !$0.structures.isEmpty }), places.allSatisfy({ $0.structures.allSatisfy { inChest[$0] } })
        else { return nil }
        let sides = places.filter(\.sideSaid).reduce(into: Sides()) { $0.formUnion($1.sides) }
        let lobeRank = engine.placeTables.lobeRank
        let parts = places.flatMap { $0.structures.filter { lobeRank[$0] >= 0 } }.uniqued()
        return sides.isEmpty ? nil : SentenceFrame(sides: sides, parts: parts)
    }

    /// The lung sides, lungs, lobes and segments among the places of a sentence without findings ("In the superior segment
    /// of the right lower lobe, the bronchus seems to reach the pleura."), if any; none for a header ended by a framing
    /// character ("Findings described in both lungs;").
    private func lungPlaces(among places: [Place], of sentence: Sentence, report: ReportText) -> OwnPlaces? {
        guard let last = sentence.range.last, !frameCharacters.contains(report.utf16[last]) else { return nil }
        let isLungPart = engine.placeTables.isLungPart
        let lung = places.filter { $0.structures.contains { isLungPart[$0] } }
        guard !lung.isEmpty else { return nil }
        return OwnPlaces(laterality: Laterality(sides: lung.reduce(into: Sides()) { $0.formUnion($1.sides) }),
                         structures: lung.flatMap { $0.structures.filter { isLungPart[$0] } }.uniqued())
    }

    /// What a sentence without findings is about. Its places are read only when it names a topic
    /// organ (the other sentences' places cannot make an organ the focus). What the report is compared with
    /// ("when compared with the old thorax CTs,", up to a comma) names no place.
    private func focusWithoutFindings(in lattice: SentenceLattice) -> SentenceFocus {
        let hits = engine.lexicon.matcher.hits
        let anatomy = engine.knowledge.anatomy
        let cues = engine.knowledge.cues.cues
        var namesAPlace = false
        var namesATopic = false
        var frame: Int? = nil  // where the comparison being read started
        for match in lattice.matches {
            if let start = frame, (start..<match.tokens.lowerBound).contains(where: { lattice.tokens[$0].form == engine.words.comma }) {
                frame = nil
            }
            guard frame == nil else { continue }
            if hits[match.hits].contains(where: { if case let .cue(index) = $0.entry { cues[index].type == .comparison } else { false } }) {
                frame = match.tokens.upperBound
                continue
            }
            for hit in hits[match.hits] where hit.entry.namesAPlace {
                switch hit.entry {
                case let .structure(index):
                    namesAPlace = true
                    if anatomy.structures[index].topic { namesATopic = true }
                case let .anatomyWord(index):
                    // "The parenchyma is heterogeneous": words other organs share, and sides, leave the focus.
                    let word = anatomy.words[index]
                    if !word.shared && word.feature != .side { namesAPlace = true }
                default:
                    namesAPlace = true
                }
            }
        }
        guard namesATopic else { return namesAPlace ? .elsewhere : .carried }
        let places = attributes(in: lattice, mentions: [], passes: locationPass.map { [$0] } ?? []).places
        return SentenceFocus(places: places, anatomy: engine.knowledge.anatomy)
    }

    /// A location match cut where a finding phrase starts inside it: "both lungs adjacent to the
    /// pleural effusion" is "both lungs adjacent to the" (for what came before) and "pleural" (the
    /// effusion's own place); likewise a list of places ending right before a phrase.
    private func split(_ match: RuleMatch, before mentions: [FindingMention], in lattice: SentenceLattice) -> [RuleMatch] {
        // A generic head ("the posterobasal area of …") is the place's own word, not a phrase to cut at.
        let types = engine.knowledge.findings.types
        // (the starts read in one loop over the mentions' fields: no filtered copy of the mentions is made)
        var cuts: [Int] = []
        for mention in mentions.indices where types[mentions[mention].type].specificity != .generic {
            let start = mentions[mention].phrase.lowerBound
            if start > match.tokens.lowerBound && start < match.tokens.upperBound { cuts.append(start) }
        }
        // A list of places ending right before a phrase (or before words no lexicon knows that open it: "both lungs,
        // dependent nonspecific density increases"): its last item is the phrase's own place ("in paraduodenal fat and
        // periportal lymph nodes"); not when the items before it name nothing without its head ("right upper and lower
        // paratracheal lymph nodes").
        let opensPhrase = { (start: Int) in
            start >= match.tokens.upperBound && start - match.tokens.upperBound <= 2
                && (match.tokens.upperBound..<start).allSatisfy { lattice.tokens[$0].kind == .word && !lattice.isCovered($0) }
        }
        // So does a zone that ends an item before a comma ("consolidation in the basals, and subpleural peripheral linear
        // bands": the basals are the consolidation's).
        if cuts.isEmpty, mentions.contains(where: { opensPhrase($0.phrase.lowerBound) }),
           let last = (match.tokens.lowerBound..<match.tokens.upperBound).last(where: {
               !lattice.isCovered($0) && engine.words.coordinators.contains(lattice.tokens[$0].form)
           }),
           (match.tokens.lowerBound..<last).contains(where: {
               lattice.isHeadNoun($0, engine: engine) || lattice.namesStructure($0, engine: engine)
           }) || endsItemWithZone(before: last, from: match.tokens.lowerBound, in: lattice) {
            cuts = [last + 1]
        }
        guard let cut = cuts.min() else { return [match] }
        var end = cut  // without the linking words before the cut ("adjacent to the")
        while end > match.tokens.lowerBound, !namesAPlace(end - 1, in: lattice) { end -= 1 }
        var head = match
        var tail = match
        head.tokens = match.tokens.lowerBound..<end
        tail.tokens = cut..<match.tokens.upperBound
        var heads = head.tokens.isEmpty ? [] : [head]
        // "the left lung, mediastinal and hilar lymph nodes": the item listed with the phrase's own place
        // is the phrase's too (see `AttachmentContext.isPremodifier`), as is a side word right before the
        // phrase ("both lungs, bilateral pleural effusion"); a comma before it ends the place before it.
        let words = engine.words
        if end <= cut, lattice.tokens[end..<cut].allSatisfy({ words.coordinators.contains($0.form) }),
           !lattice.isHeadNoun(cut, engine: engine),
           let comma = head.tokens.last(where: { lattice.tokens[$0].form == words.comma && !lattice.isCovered($0) }) {
            var before = head
            var item = head
            before.tokens = head.tokens.lowerBound..<comma
            item.tokens = comma + 1..<head.tokens.upperBound
            // Only when what comes before the comma is a place of its own ("the left lung"; not "right
            // upper, bilateral lower paratracheal", whose first item borrows the second's head).
            if before.tokens.contains(where: { lattice.isHeadNoun($0, engine: engine) || lattice.namesStructure($0, engine: engine) })
            {
                heads = [before, item].filter { !$0.tokens.isEmpty }
            }
        }
        return heads + split(tail, before: mentions, in: lattice)
    }

    /// Whether the words before the coordinators that end at `last` end in a zone after a comma-free run ("the basals, and").
    private func endsItemWithZone(before last: Int, from start: Int, in lattice: SentenceLattice) -> Bool {
        var token = last
        while token > start, !lattice.isCovered(token - 1), engine.words.coordinators.contains(lattice.tokens[token - 1].form) {
            token -= 1
        }
        return token > start && lattice.tokens[token].form == engine.words.comma && lattice.namesZone(token - 1, engine: engine)
    }

    /// Whether a token belongs to an anatomy word or structure (not a linking word, nor a cue such as
    /// "adjacent to the").
    private func namesAPlace(_ token: Int, in lattice: SentenceLattice) -> Bool {
        guard let index = lattice.match(covering: token) else { return false }
        return engine.lexicon.matcher.hits[lattice.matches[index].hits].contains(where: \.entry.namesAPlace)
    }

    /// The finding a construction rule names ("the heart is larger than normal" → cardiomegaly), and the second one its
    /// `alsoType` names over the same words ("the liver and spleen appear enlarged": the hepatomegaly and the
    /// splenomegaly). A `head` capture names the finding's own words, the rest of the match being only what anchors it
    /// ("The main pulmonary artery diameter was 35 mm and wider than normal": the finding is "wider than normal", the
    /// vessel its place, not a finding named with "the").
    private func construction(_ match: RuleMatch, report: ReportText, lattice: SentenceLattice) -> [FindingMention] {
        guard let mention = constructionMention(match, report: report, lattice: lattice) else { return [] }
        let rule = engine.grammar.rules[match.rule]
        guard let second = engine.knowledge.findings.index(of: rule.attributes["alsoType"] ?? "") else { return [mention] }
        var named = mention
        named.type = second
        if explain {
            named.explanation.append(ExplainStep(role: "also-names", id: engine.knowledge.findings.types[second].id,
                                                 text: lattice.text(mention.head, in: report), origin: rule.origin.description))
        }
        return [mention, named]
    }

    /// The finding of a construction rule's own `type` (see ``construction(_:report:lattice:)``).
    private func constructionMention(_ match: RuleMatch, report: ReportText, lattice: SentenceLattice) -> FindingMention? {
        let rule = engine.grammar.rules[match.rule]
        guard let type = engine.knowledge.findings.index(of: rule.attributes["type"] ?? "") else { return nil }
        let words = match.captures("head").first ?? match.tokens
        var steps = ExplainLog(enabled: explain)
        steps.add(ExplainStep(role: "rule", id: rule.id, text: lattice.text(match.tokens, in: report), origin: rule.origin.description))
        var mention = FindingMention(type: type, head: words, phrase: words, plural: false, explanation: steps.steps)
        // A `subject` capture, a pronoun, names what the sentence before measures when it opens the sentence ("It is wider
        // than normal."), and nothing inside one ("The spleen's length was 150 mm, and it was larger than normal").
        if let subject = match.captures("subject").first {
            guard subject.lowerBound == lattice.tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
            mention.subjectBefore = true
        }
        return mention
    }
}
