import RadLexicon
import RadText

extension ReportParser {
    /// "Both lungs are emphysematous. … Impression: no significant difference in the emphysematous changes.": a finding
    /// named again in a later sentence with a change of its own (not one a recap gave) has that change, when it says
    /// none or only a recap's ("the findings are progressive" before "emphysematous changes are stable"). The later one
    /// is of its type (a specific one: "densities" may be any), not absent (or gone since: "… appear to be fully
    /// regressed" makes the earlier one denied and resolved), and covers where the earlier one is: its
    /// side and lobes, when it names them, include the earlier one's (a lung one has one) ("stable nodules in both lungs" for "a nodule in
    /// the right lower lobe", not "the nodule in the left lower lobe has increased" for "nodules at the left apex"),
    /// and an organ of its own is the earlier one's, and segments, when both name some, one alike; a "new" one only where
    /// the earlier one is exactly, in its organ, on a side its own words name (not one its neighbours lent its lobe's segments: "effusion
    /// on the left, atelectasis in the lower lobe segments adjacent to it" is no exact place), and never one set apart
    /// from those before ("Apart from this, …") (a new nodule
    /// beside the nodules named before is another). The later one is alone in its sentence, or all the findings of its
    /// sentence share its change. One that says again the change the earlier one has is no finding of its own either.
    func resolveChangesNamedLater(in findings: inout [Finding]) {
        guard findings.contains(where: { $0.temporal != nil && !$0.changeRecapped }) else { return }
        let types = engine.knowledge.findings.types
        let kinSentences = findings.indices.map { sentenceOfKin(namedBy: $0, in: findings) }
        func covers(_ position: Int, _ earlier: Finding) -> Bool {
            let later = findings[position]
            // (a later one gone since, "… appear to be fully regressed", is denied: what it names is gone too)
            guard later.typeIndex == earlier.typeIndex
                    || kinSentences[position] == earlier.sentence && namesKin(later.typeIndex, earlier.typeIndex),
                  later.assertion != .absent || later.temporal == .resolved, !later.setApart,
                  let change = later.temporal, !later.changeRecapped else { return false }
            let organ = (earlier.category == nil) == (later.category == nil)
                && (earlier.category != nil || earlier.structures.isEmpty || later.structures.isEmpty
                    || !Set(earlier.structures).isDisjoint(with: later.structures))
            if change == .new {
                // (a side its sentence's neighbours lent one lobe's segments is no exact place: see `Finding.sideOpen`;
                // a new one outside the lungs is no lung finding's: "new nodular lesions in the breast and by the rib"
                // after "nodules in both lungs")
                return later.laterality == earlier.laterality && later.lobes == earlier.lobes && earlier.laterality != .none
                    && earlier.sideOpen == nil && organ
            }
            let sides = later.laterality == .none || later.laterality == earlier.laterality
                || later.laterality == .bilateral && (earlier.laterality != .none || earlier.category == nil)
            let lobes = later.lobes.isEmpty || Set(earlier.lobes).isSubset(of: later.lobes) && !earlier.lobes.isEmpty
            // (segments, when both name them, one at least alike: the apicoposterior nodule is not the lingular ones)
            let segments = later.segments.isEmpty || earlier.segments.isEmpty || sharesSegment(later, earlier)
            return sides && lobes && organ && segments
        }
        let sentences = (findings.map(\.sentence).max() ?? 0) + 1
        var perSentence = [Int](repeating: 0, count: sentences)
        // Later findings that only named an earlier one again.
        var renamed = Set<Int>()
        // Per sentence, the change all its findings share, nil if they share none ("Ground glass areas, focal
        // consolidations and septal thickenings are newly developed").
        var sharedChange = [TemporalChange?](repeating: nil, count: sentences)
        for finding in findings {
            let change = finding.assertion == .absent || finding.changeRecapped ? nil : finding.temporal
            sharedChange[finding.sentence] = perSentence[finding.sentence] == 0 || sharedChange[finding.sentence] == change ? change : nil
            perSentence[finding.sentence] += 1
        }
        for index in findings.indices where findings[index].assertion != .absent
            && types[findings[index].typeIndex].specificity == .specific
        {
            let earlier = findings[index]
            // Said again with the change it has ("Stable subpleural nodules in the middle lobe" in the impression, after
            // "They are stable"), where it is and measured nowhere else: that one again.
            if let own = earlier.temporal, !earlier.changeRecapped {
                if !renamed.contains(index), let position = findings.indices[(index + 1)...].first(where: {
                       findings[$0].sentence > earlier.sentence && covers($0, earlier) && findings[$0].temporal == own
                   }),
                   restates(findings[position], earlier),
                   findings[position].size == nil || findings[position].size?.maxMM == earlier.size?.maxMM {
                    renamed.insert(position)
                    if extractor.explain {
                        let later = findings[position]
                        findings[index].explanation.append(ExplainStep(role: "named-again", id: later.type, text: later.text,
                                                                       origin: "sentence \(later.sentence)"))
                    }
                }
                continue
            }
            guard let position = findings.indices[(index + 1)...].first(where: {
                      findings[$0].sentence > earlier.sentence && covers($0, earlier)
                  }),
                  let change = findings[position].temporal,
                  earlier.changeRecapped || perSentence[findings[position].sentence] == 1
                    || sharedChange[findings[position].sentence] == change || findings[position].changeAttributive
            else { continue }
            let later = findings[position]
            findings[index].temporal = change
            findings[index].changeRecapped = false
            if change == .resolved { findings[index].assertion = .absent }
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "named-later", id: change.rawValue, text: later.text,
                                                               origin: "sentence \(later.sentence)"))
            }
            // Named where the earlier one is, or within it ("Cavity size decreased" after "a cavitary area … in the lingula"),
            // and measured nowhere else ("There is a 4 mm nodule more caudally" is another), it is that one again: no
            // second finding.
            if restates(later, findings[index]), !renamed.contains(index), later.size == nil || later.size?.maxMM == earlier.size?.maxMM {
                renamed.insert(position)
            }
        }
        for index in renamed.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Paraseptal emphysematous changes in both upper lobes. … Emphysematous changes are stable.": a later finding saying a
    /// change of its own, whose word names no finding before it of its very type, names those before it of a kindred type
    /// (see ``namesKin(_:_:)``) when they all lie in one sentence: that sentence. Nil when a finding before it is of its
    /// type, none is kindred, they lie in several sentences, or its own sentence names another of their lineage
    /// ("bronchial wall thickening, … newly developed peribronchial thickenings" names the one and the other apart).
    func sentenceOfKin(namedBy position: Int, in findings: [Finding]) -> Int? {
        let later = findings[position]
        guard later.temporal != nil, !later.changeRecapped else { return nil }
        let before = findings[..<position].filter { $0.sentence < later.sentence && $0.assertion != .absent }
        guard !before.contains(where: { $0.typeIndex == later.typeIndex }) else { return nil }
        let kin = before.filter { namesKin(later.typeIndex, $0.typeIndex) }
        guard let first = kin.first, kin.allSatisfy({ $0.sentence == first.sentence }),
              !findings.indices.contains(where: { other in
                  other != position && findings[other].sentence == later.sentence
                      && kin.contains { engine.placeTables.inOneLineage($0.typeIndex, findings[other].typeIndex) }
              })
        else { return nil }
        return first.sentence
    }

    /// Whether a later word (`word`, a finding type) names a finding of another type as a kindred one: a narrower word
    /// names a broader finding ("pneumonic infiltration" the consolidation it is), and a broader specific word one its
    /// modifiers refine into that narrower type (`refine` in findings.xml: "emphysematous changes" the paraseptal emphysema),
    /// not every narrower type ("the nodules" are not the mass, "consolidation" not the compression atelectasis). A
    /// diagnosis names none: it reads the appearances it interprets (see ``passDiagnosisChanges(in:sentences:)``).
    func namesKin(_ word: Int, _ type: Int) -> Bool {
        let tables = engine.placeTables
        guard word != type, !engine.knowledge.findings.types[word].diagnosis else { return false }
        return tables.isKind(word, of: type)
            || engine.knowledge.findings.types[word].specificity == .specific && tables.isKind(type, of: word)
                && tables.refinedTypes[word].contains(type)
    }

    /// "Consolidation areas in the lower lobe of the left lung. IMPRESSION: Newly developed pneumonia in the left lower
    /// lobe.": a present diagnosis of the impression that says it is new or increased, and that no earlier finding of its type
    /// names, says so of the appearances the findings section named that it interprets (`interprets` in findings.xml, or
    /// narrower ones) where it is — present, placed, not said to be something else, not placed apart from it (not on the other
    /// side, not in other lobes only). Only when the diagnosis is placed itself and none of those appearances says a change
    /// of its own: "Ground glass areas have regressed, new consolidation in the left lower lobe" said how each changed.
    /// (Not one of the findings section: what it interprets in its own sentence has its change already, and a sentence
    /// before may be set apart from it: "A ground glass opacity in the apical segment. Apart from this, newly emerged
    /// consolidation areas … in favor of viral pneumonia".)
    func passDiagnosisChanges(in findings: inout [Finding], sentences: [Sentence]) {
        let (interpretedTypes, broader) = (engine.placeTables.interpretedTypes, engine.placeTables.broaderTypes)
        for index in findings.indices {
            let diagnosis = findings[index]
            let interpreted = interpretedTypes[diagnosis.typeIndex]
            guard sentences[diagnosis.sentence].section == .impression, !interpreted.isEmpty, diagnosis.assertion == .present,
                  let change = diagnosis.temporal, change == .new || change == .increased, !diagnosis.changeRecapped,
                  diagnosis.laterality != .none || !diagnosis.lobes.isEmpty,
                  !findings.indices[..<index].contains(where: { findings[$0].typeIndex == diagnosis.typeIndex })
            else { continue }
            let appearances = findings.indices[..<index].filter {
                let earlier = findings[$0]
                return sentences[earlier.sentence].section == .findings && earlier.assertion == .present
                    && (interpreted.contains(earlier.typeIndex) || broader[earlier.typeIndex].contains(where: interpreted.contains))
                    && (earlier.laterality != .none || !earlier.lobes.isEmpty) && !placedApart(earlier, diagnosis)
            }
            guard appearances.allSatisfy({ findings[$0].temporal == nil }) else { continue }
            for position in appearances where !findings[position].interpreted && findings[position].category != nil {
                findings[position].temporal = change
                if extractor.explain {
                    findings[position].explanation.append(ExplainStep(role: "named-later", id: change.rawValue,
                                                                      text: diagnosis.text, origin: "sentence \(diagnosis.sentence)"))
                }
            }
        }
    }
}
