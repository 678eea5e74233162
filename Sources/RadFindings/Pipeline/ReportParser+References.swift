import RadText

extension ReportParser {
    /// A finding whose place is an earlier sentence's takes the side, lobes and places of the last finding
    /// before it that has some: any finding for "there is also volume loss in this localization", the lung and pleural
    /// ones of the last sentence with lung findings before it for "It is observed as a budding tree view", the last one of the type it is
    /// next to for "ground glass around the described consolidation", one of
    /// its own type for "the described nodule is stable" (for a weak word with none of its type before,
    /// any type: "the described lesion" after "a soft tissue density in the right hilum"). When that one
    /// is an organ's outside the chest ("a nodular lesion in the anterior mediastinum … The described
    /// nodular lesion"), so is this one. `placedBefore`: per sentence, the lung places the sentence right before it names
    /// with no finding of its own.
    func resolveReferences(in findings: inout [Finding], placedBefore: [Int: OwnPlaces]) {
        let types = engine.knowledge.findings.types
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        var merged = Set<Int>()
        // Findings named again with a place of their own: gone at the end, but still where a pronoun after them
        // finds the findings of their sentence.
        var restated = Set<Int>()
        // Per sentence, the earlier findings its interpretation subjects name (`InterpretationRole.subject`).
        var subjects: [Int: [Int]] = [:]
        for index in findings.indices {
            // (first, before later findings name it again: a reading of findings named again, said before)
            if let earlier = reading(index, namedBeforeIn: findings, past: merged.union(restated), subjects: subjects) {
                merge(findings[index], into: &findings[earlier])
                merged.insert(index)
                continue
            }
            guard findings[index].antecedent != .none && findings[index].antecedent != .likePrevious else { continue }
            let finding = findings[index]
            if case .recap = finding.antecedent { continue }
            if case .restated = finding.antecedent {
                // (read with all its places, else as its own words alone place it: "…, the narrowing of the bronchi in both
                // lungs, a possible hilar mass" is the narrowing named before, wherever the hilum is)
                func again(_ reading: Finding) -> Int? {
                    findings.indices[..<index].last { !merged.contains($0) && !restated.contains($0) && restates(reading, findings[$0]) }
                }
                let own = finding.ownPlaces?.isEmpty == false ? ownReading(of: finding) : nil
                if let again = again(finding) ?? own.flatMap(again) {
                    merge(finding, into: &findings[again])
                    restated.insert(index)
                    if finding.interpretation == .subject { subjects[finding.sentence, default: []].append(again) }
                }
                continue
            }
            // "The largest of these nodules is in the right lower lobe": the set of its type named in an earlier sentence.
            if finding.antecedent == .member {
                if let set = findings.indices[..<index].last(where: {
                    !merged.contains($0) && !restated.contains($0) && findings[$0].sentence < finding.sentence
                        && findings[$0].typeIndex == finding.typeIndex && findings[$0].assertion == finding.assertion
                        && !elsewhere(finding, than: [findings[$0]])
                }) {
                    add(finding.structures, to: &findings[set])
                    merge(finding, into: &findings[set])
                    restated.insert(index)
                }
                continue
            }
            // "In the superior segment of the right lower lobe, the bronchus seems to reach the pleura. It suggests a fistula.":
            // right after a sentence that names lung places and no finding, "it" is what that sentence describes there (one
            // of a type named before is that one again: read below).
            if finding.antecedent == .pronoun, let places = placedBefore[finding.sentence], !findings[..<index].contains(where: {
                $0.typeIndex == finding.typeIndex && $0.assertion != .absent
            }) {
                if types[finding.typeIndex].sided {
                    findings[index].laterality = finding.laterality.union(places.laterality)
                    add(places.structures, to: &findings[index])
                }
                if extractor.explain {
                    findings[index].explanation.append(ExplainStep(role: "placed-by", id: places.laterality.rawValue, text: "",
                                                                   origin: "sentence \(finding.sentence - 1)"))
                }
                continue
            }
            // The sentence a pronoun names the findings of: the last one before it with placed lung or pleural findings
            // (past one whose lung findings say no place: "Ground glass areas are more prominent in peripheral sections.").
            let pronounSentence = finding.antecedent == .pronoun || finding.antecedent == .sameType(orPronoun: true)
                ? findings.indices[..<index].last {
                    findings[$0].sentence < finding.sentence && findings[$0].category != nil && findings[$0].assertion != .absent
                        && !merged.contains($0) && (findings[$0].laterality != .none || !findings[$0].lobes.isEmpty)
                }.map { findings[$0].sentence }
                : nil
            // A diagnosis says what the findings of the sentences right before it are, back to one that names none of the
            // appearances it interprets (or only ones its own sentence already said what they are), or names it: "Ground
            // glass areas in the right upper lobe. Consolidation in the left lower lobe. The findings were evaluated in
            // favor of Covid-19 pneumonia."
            var pronounSentences: Set<Int> = pronounSentence.map { [$0] } ?? []
            let interpreted = engine.placeTables.interpretedTypes[finding.typeIndex]
            if let last = pronounSentence, !interpreted.isEmpty {
                func appearance(_ type: Int) -> Bool { interpreted.contains(type) || broader[type].contains(where: interpreted.contains) }
                // (a sentence that names the diagnosis itself ends the run: what comes after it is said anew)
                func said(_ sentence: Int) -> (appearance: Bool, diagnosis: Bool) {
                    let there = findings.indices[..<index].filter { findings[$0].sentence == sentence && !merged.contains($0) }
                    return (there.contains {
                        appearance(findings[$0].typeIndex) && findings[$0].assertion != .absent && !findings[$0].interpreted
                            && (findings[$0].laterality != .none || !findings[$0].lobes.isEmpty)
                    }, there.contains { findings[$0].typeIndex == finding.typeIndex })
                }
                var sentence = last
                while sentence == last || said(sentence) == (true, false) {
                    pronounSentences.insert(sentence)
                    sentence -= 1
                }
            }
            // (named again before what its sentence says it is, by a broader or narrower word or one of its restatement
            // group: "The budding tree pattern and ground glass nodules were evaluated in favor of …" after nodules)
            let subject = finding.interpretation == .subject
            func related(_ type: Int) -> Bool {
                broader[type].contains(finding.typeIndex) || broader[finding.typeIndex].contains(type)
                    || group[type] == group[finding.typeIndex]
            }
            func named(_ position: Int, as antecedent: Antecedent, anyType: Bool, narrower: Bool = false, renamed: Bool = false)
                -> Bool
            {
                let earlier = findings[position]
                guard earlier.sentence < finding.sentence, !merged.contains(position) else { return false }
                let placed = earlier.laterality != .none || !earlier.lobes.isEmpty
                switch antecedent {
                case .place: return placed
                case .pronoun: return placed && pronounSentences.contains(earlier.sentence) && earlier.category != nil
                case let .near(type): return placed && earlier.typeIndex == type && earlier.assertion != .absent
                default: break
                }
                // One placed elsewhere than the finding's own place is another ("the sequelae change" in the right lower
                // lobe after sequelae in the left upper lobe; "the atelectatic appearance in the lower lobe superior segment"
                // after atelectasis in the right middle lobe).
                let elsewhere = placedApart(finding, earlier) || unsidedApart(finding, earlier)
                // (one placed nowhere, of its very type, named again placed nowhere too: "Ground glass areas are observed.
                // Air bronchograms are observed within the ground glass areas.")
                let unplacedAlike = !placed && earlier.category != nil && earlier.typeIndex == finding.typeIndex
                    && finding.laterality == .none && finding.structures.isEmpty
                // (of its type, or, with none of it, a narrower one of the lung alike named by its broader word: "A ground
                // glass nodule … The nodule is irregularly circumscribed"; not one whose words name lesions of other organs
                // too: "the nodules" after a mass of the mediastinum)
                let narrowerOne = narrower && broader[earlier.typeIndex].contains(finding.typeIndex)
                    && (earlier.category == nil) == (finding.category == nil) && !types[earlier.typeIndex].otherOrgans
                return (earlier.typeIndex == finding.typeIndex || narrowerOne || anyType
                        || renamed && related(earlier.typeIndex) && (earlier.category == nil) == (finding.category == nil))
                    && earlier.assertion != .absent && !elsewhere
                    && !restated.contains(position)
                    && (placed || earlier.category == nil && !earlier.structures.isEmpty || unplacedAlike)
            }
            let weak = types[finding.typeIndex].specificity != .specific
            var kind = finding.antecedent
            let before = findings.indices[..<index]
            // One asserted alike first: "It may belong to nodules … around the nodules" is the nodule it doubts.
            let sameType = if case .sameType = kind { true } else { false }
            var position = (sameType ? before.last { named($0, as: kind, anyType: false) && findings[$0].assertion == finding.assertion } : nil)
                ?? before.last { named($0, as: kind, anyType: false) }
                ?? before.last { named($0, as: kind, anyType: false, narrower: true) }
                ?? (subject ? before.last { named($0, as: kind, anyType: false, renamed: true) } : nil)
                ?? (weak ? before.last { named($0, as: kind, anyType: true) } : nil)
            if position == nil, finding.antecedent == .sameType(orPronoun: true) {
                kind = .pronoun
                position = before.last { named($0, as: kind, anyType: false) }
            }
            guard let position else { continue }
            let antecedent = findings[position]
            // (the one it names, named again or only placed by it: "The described lesion may belong to a conglomerate
            // lymphadenopathy" after a lymphadenopathy)
            if subject { subjects[finding.sentence, default: []].append(position) }
            // One of its type named before, placed, asserted alike first, else hedged in one of the two only, and not placed
            // elsewhere than all of `namedThere`: "Ground glass areas … may be compatible with viral pneumonia. IMPRESSION:
            // Findings consistent with viral pneumonia." is one pneumonia, there.
            func namedBefore(near namedThere: [Finding]) -> Int? {
                func earlier(alike: Bool) -> Int? {
                    before.last {
                        findings[$0].typeIndex == finding.typeIndex
                            && (alike ? findings[$0].assertion == finding.assertion : hedgedOnce(findings[$0].assertion, finding.assertion))
                            && !merged.contains($0) && !restated.contains($0)
                            && (findings[$0].laterality != .none || !findings[$0].lobes.isEmpty)
                            && !elsewhere(findings[$0], than: namedThere)
                    }
                }
                return earlier(alike: true) ?? earlier(alike: false)
            }
            // "The described nodule was also present in the previous examination", "A nodule in the left upper lobe. It
            // was evaluated in favor of granuloma": the nodule named before, again; what the sentence says of it (a
            // change, a size) is that one's, and it is no second finding (unless it asserts it otherwise: "the findings
            // described suggest sequelae").
            let again: Int? = switch kind {
            // (a weak word, of the specific one of any type it names, of the lung or not alike: "An irregular mass … The size
            // of the lesion was reduced" is the mass)
            case .sameType: (antecedent.typeIndex == finding.typeIndex || broader[antecedent.typeIndex].contains(finding.typeIndex)
                    || subject && related(antecedent.typeIndex)
                    || weak && types[antecedent.typeIndex].specificity == .specific && (antecedent.category == nil) == (finding.category == nil))
                && antecedent.assertion == finding.assertion ? position : nil
            // (after a pronoun, of the sentence it names, else named earlier and placed: "Both lungs are emphysematous. …
            // Findings compatible with emphysema.", not one placed elsewhere than all the findings of the sentence it names:
            // "Focal consolidation in the right upper lobe. However, it was evaluated as an infective process.")
            case .pronoun: before.last {
                named($0, as: kind, anyType: false) && !restated.contains($0) && findings[$0].typeIndex == finding.typeIndex
                    && findings[$0].assertion == finding.assertion
            } ?? namedBefore(near: before.filter { named($0, as: kind, anyType: false) }.map { findings[$0] })
            // (a diagnosis its words place where the finding before is — "Viral pneumonias are considered in the etiology"
            // after ground glass areas —, the one of its type named before)
            case .place where types[finding.typeIndex].diagnosis: namedBefore(near: [antecedent])
            default: nil
            }
            if let again {
                merge(finding, into: &findings[again])
                merged.insert(index)
                continue
            }
            if (antecedent.typeIndex == finding.typeIndex || weak) && antecedent.category == nil && antecedent.labels.isEmpty {
                findings[index].category = nil
                findings[index].labels = []
            }
            // "It" names every finding of the sentence before: where all its placed lung findings are.
            let named = kind == .pronoun
                ? before.filter { named($0, as: kind, anyType: false) && findings[$0].assertion != .absent }
                : [position]
            findings[index].addPlaces(of: named.isEmpty ? [antecedent] : named.map { findings[$0] })
            // "Density increases in the left upper lobe. This appearance was evaluated in favor of sequelae": what a
            // present finding says "it" is, the weak findings it names are (as "density increases consistent with
            // sequelae" in one sentence): interpreted, their labels its own.
            if kind == .pronoun && finding.assertion == .present && types[finding.typeIndex].specificity != .generic {
                for earlier in named where types[findings[earlier].typeIndex].specificity == .weak
                    && findings[earlier].typeIndex != finding.typeIndex {
                    findings[earlier].interpreted = true
                    findings[earlier].labels = []
                }
            }
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "refers-to", id: antecedent.type, text: antecedent.text,
                                                               origin: "sentence \(antecedent.sentence)"))
            }
        }
        for index in merged.union(restated).sorted().reversed() { findings.remove(at: index) }
    }

    /// "Consolidation areas in both lungs. Pneumonic infiltration is considered in the etiology. … The nodules described before
    /// were evaluated in favor of consolidation secondary to pneumonic infiltration.": what a clause naming findings again
    /// says they are (`InterpretationRole.reading`, not denied) is, when an earlier sentence named one of its type (else a
    /// narrower one, or one of its restatement group: not the broader consolidation a pneumonia is read from), not denied,
    /// of the lung or not alike and not placed elsewhere, that one again (a doubt said in one of the two only: present if
    /// either says so) — no second finding; that one's places stay as they are. First one its sentence names again
    /// (`subjects`, per sentence: "These nodules may belong to metastatic nodules"); else, for a lung or pleural reading,
    /// the last one, where the findings its sentence names again are when its own words place it nowhere ("This nodular
    /// appearance may be compatible with pneumonic infiltration" after nodules in the right upper lobe is no infiltration of
    /// the left lower lobe). Outside the lung, one named before is another lesion's ("The described mass was thought to be a
    /// metastatic lymphadenopathy" after another node read so). One named nowhere before is a finding of its own. Findings
    /// `past` are gone already.
    private func reading(_ index: Int, namedBeforeIn findings: [Finding], past gone: Set<Int>, subjects: [Int: [Int]]) -> Int? {
        let reading = findings[index]
        guard reading.interpretation == .reading, reading.assertion != .absent else { return nil }
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        let targets = subjects[reading.sentence] ?? []
        let unplaced = reading.laterality == .none && reading.lobes.isEmpty
        let named = unplaced ? targets.map { findings[$0] } : []
        // (one of another type only where the reading or what it reads is placed: "the sequelae were evaluated in favor of
        // atelectatic changes", both placed nowhere, names no linear fibroatelectasis of the lower lobes)
        let placed = !unplaced || named.contains { $0.laterality != .none || !$0.lobes.isEmpty }
        func namedBefore(_ position: Int, sameType: Bool) -> Bool {
            let earlier = findings[position]
            let type = earlier.typeIndex
            return earlier.sentence < reading.sentence && !gone.contains(position) && earlier.assertion != .absent
                && (sameType ? type == reading.typeIndex
                    : placed && (broader[type].contains(reading.typeIndex) || group[type] == group[reading.typeIndex]))
                && (earlier.category == nil) == (reading.category == nil) && !placedApart(reading, earlier)
                && !elsewhere(earlier, than: named)
                && (reading.places.isEmpty || earlier.places.isEmpty || reading.places.contains(where: earlier.places.contains))
        }
        if let target = targets.last(where: { namedBefore($0, sameType: true) })
            ?? targets.last(where: { namedBefore($0, sameType: false) }) {
            return target
        }
        guard reading.category != nil else { return nil }
        return findings.indices[..<index].last { namedBefore($0, sameType: true) }
            ?? findings.indices[..<index].last { namedBefore($0, sameType: false) }
    }

    /// Whether a finding is placed elsewhere than all the given ones (on the other side, or in other lobes).
    private func elsewhere(_ finding: Finding, than others: [Finding]) -> Bool {
        !others.isEmpty && others.allSatisfy { placedApart(finding, $0) }
    }

    /// Whether a finding's lobes named without a side are, on the sides of an earlier one placed in lobes, none of its lobes.
    private func unsidedApart(_ later: Finding, _ earlier: Finding) -> Bool {
        guard let unsided = later.unsided, later.laterality == .none, !earlier.lobes.isEmpty else { return false }
        let structures = switch earlier.laterality {
        case .left: unsided.left
        case .right: unsided.right
        case .bilateral: unsided.left + unsided.right
        case .none: [Int]()
        }
        let lobes = engine.placeTables.lobeCodes(of: structures)
        return !lobes.isEmpty && !lobes.contains(where: earlier.lobes.contains)
    }

    /// Whether two findings are on opposite sides or in lobes none of which they share.
    func placedApart(_ one: Finding, _ other: Finding) -> Bool {
        one.laterality == .left && other.laterality == .right || one.laterality == .right && other.laterality == .left
            || !one.lobes.isEmpty && !other.lobes.isEmpty && !one.lobes.contains(where: other.lobes.contains)
    }

    /// A finding named again: what the later mention says of it (a change, a size) is its own when it says none (or
    /// only a far recap's change: "The size of the nodule … has increased" before "Other findings are stable"); so is
    /// a lobe it names without a side, on the earlier one's side ("The described area of consolidation almost completely
    /// fills the upper lobe"). Said plainly where the earlier one was hedged (or the other way round), it is there; in one
    /// sentence, where one mention is doubted and the other present only as nothing doubts it (no cue affirms it), it is
    /// doubted ("Viral pneumonias (a Covid-19 pneumonia is thought of) as the cause of the findings"; not "Findings
    /// consistent with Covid-19 pneumonia, other viral pneumonias in the differential diagnosis").
    private func merge(_ later: Finding, into earlier: inout Finding) {
        if later.sentence == earlier.sentence && hedgedOnce(later.assertion, earlier.assertion) && !later.affirmed
            && !earlier.affirmed {
            earlier.assertion = .uncertain
        } else if later.assertion == .present {
            earlier.assertion = .present
        }
        if let unsided = later.unsided, earlier.laterality == .left || earlier.laterality == .right {
            let placed = earlier.laterality == .left ? unsided.left : unsided.right
            if !placed.isEmpty { add(placed, to: &earlier) }
        }
        if let change = later.temporal, earlier.temporal == nil || earlier.changeRecapped && !later.changeRecapped {
            earlier.temporal = change
            earlier.changeRecapped = later.changeRecapped
            earlier.changeFromRecap = later.changeFromRecap
        }
        if earlier.size == nil { earlier.size = later.size }
        if extractor.explain {
            earlier.explanation.append(ExplainStep(role: "named-again", id: later.type, text: later.text, origin: "sentence \(later.sentence)"))
        }
    }

    /// Whether a finding named again with a place of its own (`Antecedent.restated`) is an earlier one: of an earlier
    /// sentence, of its type, asserted alike, and where that one is (its side, lobes, segments and other places among
    /// the earlier one's: "the nodule in the right lower lobe" is not all of "nodules in both lungs"; a lobe or segment
    /// without a side is a place of its own: "sequelae changes at the posterobasal level" are not those "at the apical
    /// level in both lungs"), unless there is one of its type per side (`single`): "The pleural effusion measured 53 mm at the
    /// level of the lower lobe" is the left one named before.
    /// One named again only where it reaches ("The pleural effusion continues to the apex of the lung") is an earlier one
    /// of its type not placed elsewhere (not on the other side, not in other lobes), placed itself unless the later one
    /// names no lung place either, and of the lung or pleura if the later one is.
    func restates(_ later: Finding, _ earlier: Finding) -> Bool {
        guard earlier.sentence < later.sentence && earlier.typeIndex == later.typeIndex && earlier.assertion == later.assertion
        else { return false }
        if case .restated(reaching: true) = later.antecedent {
            let placed = earlier.laterality != .none || !earlier.lobes.isEmpty
            return (placed || later.laterality == .none && later.lobes.isEmpty) && (earlier.category != nil || later.category == nil)
                && !elsewhere(later, than: [earlier])
        }
        // (one per side: whatever else it is said to lie by — "The gastric fundus is herniated into the thorax" after a hiatal
        // hernia — it is the one of its side)
        if engine.knowledge.findings.types[later.typeIndex].single {
            return later.laterality == .none || later.laterality == earlier.laterality || earlier.laterality == .bilateral
        }
        return later.unsided == nil && (later.laterality == .none || later.laterality == earlier.laterality)
            && Set(later.lobes).isSubset(of: earlier.lobes) && Set(later.segments).isSubset(of: earlier.segments)
            && Set(later.places).isSubset(of: earlier.places)
    }

    /// "Ground glass areas are observed in both lungs. Ground glass areas are more prominent in peripheral sections.": a
    /// lung finding that names no place of its own and no size, right after a sentence that placed one of its type
    /// asserted alike, is that one again (its change, if it says one, is that one's when it has none; another change says
    /// another: "… progression in the ground glass areas. There is a focal new ground glass area."). One measured is
    /// another ("There is a 4 mm nodule more caudally"), unless there is one of its type per side (`single`): "Pericardial
    /// effusion is observed. … Pericardial effusion measured 24 mm." is one, wherever it was named before (also earlier in its own
    /// sentence: "the right pleural effusion was observed as a thin rim, and … the right pleural effusion has increased"); one
    /// side of it is the one named on both ("Bilateral pleural effusion … The effusion on the left measured 2 cm").
    func mergeBareRepeats(in findings: inout [Finding], sentences: [Sentence]) {
        var repeated = Set<Int>()
        let types = engine.knowledge.findings.types
        for index in findings.indices where findings[index].antecedent == .none {
            let finding = findings[index]
            // (one per side: lobes it is said to lie by name no other one — "atelectasis adjacent to pleural effusion in both
            // lung lower lobes")
            if types[finding.typeIndex].single, finding.assertion != .absent, let earlier = findings.indices[..<index].last(where: {
                findings[$0].sentence <= finding.sentence && findings[$0].typeIndex == finding.typeIndex
                    && (finding.laterality == .none || findings[$0].laterality == finding.laterality
                        || findings[$0].laterality == .bilateral)
                    && findings[$0].assertion == finding.assertion && findings[$0].category == finding.category
                    && !repeated.contains($0)
            }) {
                merge(finding, into: &findings[earlier])
                repeated.insert(index)
                continue
            }
            guard finding.lobes.isEmpty && finding.unsided == nil, finding.category != nil, finding.size == nil,
                  finding.laterality == .none, finding.sentence > 0 || findings[..<index].contains(where: { $0.sentence == 0 }),
                  finding.sentence == 0 || sentences[finding.sentence - 1].section == sentences[finding.sentence].section,
                  let earlier = findings.indices[..<index].last(where: {
                      // (the sentence before, or its own: "Ground glass densities in the right lower lobe, ground glass
                      // densities adjacent to the fissure")
                      (findings[$0].sentence == finding.sentence - 1
                          || findings[$0].sentence == finding.sentence && findings[$0].range.upperBound < finding.range.lowerBound)
                          && findings[$0].typeIndex == finding.typeIndex
                          && findings[$0].assertion == finding.assertion && !repeated.contains($0) && findings[$0].category != nil
                          && (findings[$0].laterality != .none || !findings[$0].lobes.isEmpty)
                          && (finding.temporal == nil || finding.changeFromRecap || findings[$0].temporal == nil
                              || findings[$0].temporal == finding.temporal)
                          // (one measured, named again as several, is more of them: "A 5 mm nodule … A little more caudally,
                          // there are two adjacent nodules")
                          && !(findings[$0].size != nil && !findings[$0].multiple && finding.multiple)
                  })
            else { continue }
            merge(finding, into: &findings[earlier])
            repeated.insert(index)
        }
        for index in repeated.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Mosaic attenuation pattern was observed in both lungs. … Mosaic attenuation was found to be secondary to small airway
    /// stenosis.": a pattern (`pattern` in findings.xml) named again later in its section, asserted alike, where the earlier
    /// one is and with no other size or change, is that one (see ``patternNamedAgain(_:_:)``); one placed nowhere takes the
    /// later one's places. (After the impression's copies are merged: in a report with no header, a pattern named again in a
    /// summary counts for it.)
    func mergePatternRepeats(in findings: inout [Finding], sentences: [Sentence]) {
        var repeated = Set<Int>()
        let types = engine.knowledge.findings.types
        for index in findings.indices where findings[index].antecedent == .none {
            let finding = findings[index]
            guard types[finding.typeIndex].pattern, finding.category != nil, finding.assertion != .absent,
                  let earlier = findings.indices[..<index].last(where: {
                      !repeated.contains($0) && sentences[findings[$0].sentence].section == sentences[finding.sentence].section
                          && patternNamedAgain(finding, findings[$0])
                  })
            else { continue }
            if unplaced(findings[earlier]) {
                findings[earlier].laterality = finding.laterality
                add(finding.structures, to: &findings[earlier])
            }
            merge(finding, into: &findings[earlier])
            repeated.insert(index)
        }
        for index in repeated.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Peribronchial thickenings were observed in both lungs. … Peribronchial thickenings are observed in both lungs.": whether a
    /// pattern is one of an earlier sentence named again: of its type, category and assertion, on its side or none (or one
    /// side of a bilateral one), in no lobe or segment the earlier one is not in (a lobe is not "both lungs": the earlier
    /// one's places would lose it), measured as it is or not at all, changed as it is or not at all (or by a recap only).
    /// An earlier one placed nowhere ("A mosaic attenuation pattern is observed.") is one named again anywhere.
    private func patternNamedAgain(_ later: Finding, _ earlier: Finding) -> Bool {
        func within<T: Equatable>(_ mine: [T], _ theirs: [T]) -> Bool { mine.allSatisfy(theirs.contains) }
        return earlier.sentence < later.sentence && earlier.typeIndex == later.typeIndex && earlier.category == later.category
            && earlier.assertion == later.assertion && later.unsided == nil
            && (unplaced(earlier) || (later.laterality == .none || later.laterality == earlier.laterality
                || earlier.laterality == .bilateral) && within(later.lobes, earlier.lobes) && within(later.segments, earlier.segments))
            && (later.size == nil || earlier.size == nil || later.size?.maxMM == earlier.size?.maxMM)
            && (later.temporal == nil || later.changeFromRecap || earlier.temporal == nil || later.temporal == earlier.temporal)
    }

    /// "Emphysematous changes in both lungs. … IMPRESSION: Emphysema in both lungs.": a finding the impression names
    /// again is the findings section's finding (the impression's copy, no second finding) when it is
    /// - of its type, a broader one ("Atelectasis in the middle lobe" after linear atelectasis there) or one that names it
    ///   in other words (`restates` in findings.xml: "Sequelae changes in both lungs" after fibroatelectatic sequelae),
    ///   asserted alike (denials too) or hedged in one of the two only, one or many;
    /// - on its side or none, in no lobe or segment it is not in (a segment holding or lying in one of its segments is
    ///   one it is in), with no lobe left without a side unless on its side it is one it is in (see
    ///   ``sidelessWithin(_:_:)``; outside the lungs, in
    ///   no other place either: a lung finding's copy may add a zone or a place leaked from the next impression item);
    /// - measured as it is (see ``sizesAgree(_:_:)``), or not at all, or measured where the findings gave no size ("A few
    ///   millimetric nodules in the left lung. IMPRESSION: A few nodules measuring up to 4 mm in the left lung": its size is
    ///   passed back);
    /// - changed as it is, or not at all, or changed where the findings said no change ("A hypodense lesion in the liver.
    ///   IMPRESSION: Stable hypodense lesion in the liver." is stable; not a denial's change, nor one that would place a
    ///   finding the findings placed nowhere unless of its very type with no zone or organ of its own — "Two nonspecific
    ///   parenchymal nodules. IMPRESSION: Stable parenchymal nodules in the right lung" — or a recap of the impression that
    ///   reached the copy first gave it);
    /// - labelled as it is.
    /// A lung finding the findings placed nowhere, the only one of its type, takes its copy's places; so does one they placed
    /// on one side only, the only one of its type, that a copy names in lobes of that side. A finding of a
    /// sentence that repeats an earlier one word for word, whatever its section (an impression no header or marker
    /// opens), is the same finding of that one; so are the findings of a summary ending a `headerless` report (see
    /// `trailingSummary`). A narrower place ("a nodule in the right upper lobe" after "nodules in both lungs"), another size
    /// or another change is another, unless the copy's places only drifted from those of the one finding of its kind no copy
    /// named (see ``driftedCopy(of:in:sentences:summary:named:copies:)``); so is any other finding the findings name twice (a
    /// pattern aside: see ``mergePatternRepeats(in:sentences:)``). A sentence of `saidOfSubjectBefore`, whose pronoun stands for
    /// what the sentence before it measures, is about another subject when repeated ("The pulmonary trunk is 33 mm. It is wider
    /// than normal. The aortic arch is 33 mm. It is wider than normal."): no repeat by its words.
    func mergeRestatements(in findings: inout [Finding], sentences: [Sentence], text: ReportText, headerless: Bool,
                           saidOfSubjectBefore: Set<Int>) {
        let repeats = verbatimRepeats(among: sentences, withFindings: findings, in: text, apart: saidOfSubjectBefore)
        let summary = headerless ? trailingSummary(of: findings, sentences: sentences, repeats: repeats) : []
        func copySentence(_ sentence: Int) -> Bool {
            sentences[sentence].section == .impression || repeats[sentence] != nil || summary.contains(sentence)
        }
        guard let first = findings.firstIndex(where: { copySentence($0.sentence) }) else { return }
        var copies = Set<Int>()
        // The findings' findings a copy named again.
        var named = Set<Int>()
        // (a finding placed by its neighbour is one of its own: "Air bronchograms within the ground glass areas")
        for index in findings.indices[first...]
        where findings[index].antecedent == .none || findings[index].antecedent.isNear {
            guard copySentence(findings[index].sentence) else { continue }
            guard let (earlier, later) = copyReading(of: index, in: findings, sentences: sentences,
                                                     original: repeats[findings[index].sentence], summary: summary)
            else {
                let later = findings[index]
                let pooled = repeats[later.sentence] != nil ? []
                    : pooledCopies(of: index, in: findings, sentences: sentences, summary: summary, copies: copies)
                // (the largest size the summary says is already one of theirs)
                var summed = later
                summed.size = nil
                for earlier in pooled { merge(summed, into: &findings[earlier]) }
                if !pooled.isEmpty { copies.insert(index) }
                named.formUnion(pooled)
                continue
            }
            named.insert(earlier)
            if unplaced(findings[earlier]) && later.category != nil {
                findings[earlier].laterality = later.laterality
                add(later.structures, to: &findings[earlier])
            } else if findings[earlier].lobes.isEmpty && !later.lobes.isEmpty && later.category != nil && !later.placeShared {
                // (not lobes a list item shares with the item after it)
                add(later.structures, to: &findings[earlier])
            }
            merge(later, into: &findings[earlier])
            copies.insert(index)
        }
        // Then the copies left, each against the findings' findings no copy named again.
        let (anatomy, lobeOf) = (engine.knowledge.anatomy.structures, engine.anatomyIndex.lobe)
        for index in findings.indices[first...] where !copies.contains(index)
            && (findings[index].antecedent == .none || findings[index].antecedent.isNear) {
            guard copySentence(findings[index].sentence), repeats[findings[index].sentence] == nil,
                  let (earlier, later) = driftedCopy(of: index, in: findings, sentences: sentences, summary: summary,
                                                     named: named, copies: copies)
            else { continue }
            // (its lobes and segments, when the copy is on all its sides, and for one in no lobe in lobes of each: one side
            // of a bilateral finding would narrow it — "sequelae changes in both lungs and the right upper lobe anterior")
            let lobeSides = Set(later.structures.compactMap { lobeOf[$0] >= 0 ? anatomy[lobeOf[$0]].side : nil })
            if later.category != nil && !later.placeShared
                && (later.laterality == findings[earlier].laterality || findings[earlier].laterality == .none)
                && (findings[earlier].laterality != .bilateral || !findings[earlier].lobes.isEmpty || lobeSides.count == 2) {
                if findings[earlier].laterality == .none { findings[earlier].laterality = later.laterality }
                add(later.structures.filter { engine.placeTables.isLungPart[$0] }, to: &findings[earlier])
            }
            // (outside the lungs, one placed in no organ is in the copy's)
            if organless(findings[earlier]) { placeOutsideLungs(&findings[earlier], as: later) }
            merge(later, into: &findings[earlier])
            copies.insert(index)
            named.insert(earlier)
        }
        // Last, diagnoses of the impression that only a reference placed (see ``diagnosisNamedByReference(of:in:sentences:copies:)``).
        for index in findings.indices[first...] where !copies.contains(index) && sentences[findings[index].sentence].section == .impression {
            guard let earlier = diagnosisNamedByReference(of: index, in: findings, sentences: sentences, copies: copies)
            else { continue }
            merge(findings[index], into: &findings[earlier])
            copies.insert(index)
        }
        for index in copies.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Atelectatic changes are seen in both lungs, most marked in the right lower lobe. IMPRESSION: Atelectasis in both lower
    /// lobes": a copy no rule above named again, whose places drifted from those the findings gave (more or other lobes
    /// or segments, or the right ones where the translation garbled theirs), is still the findings' finding when it is the
    /// only one of its kind (its type, a broader or narrower one, or one of its restatement group) in its sentence but copies
    /// named again, and the findings name exactly one of that kind said to be there that no copy named again. That one is
    /// - of its type, a narrower one or one it restates, of its category and labels, asserted alike or hedged in one of the
    ///   two only, said to be something else in both or in neither (a liver "of low density, consistent with fatty change" is
    ///   not its "hypodense lesions");
    /// - not placed apart: not on the other side (one side of a bilateral one is that one, and so is a bilateral copy of a
    ///   one-sided one, unless it names many of what was one: "a soft tissue mass" in the left lower lobe is not "metastases
    ///   in both lungs"); in a lobe the copy is in, or one of the two in none and not apart all the same (see
    ///   ``apartInLung(_:_:)``); outside the lungs, in one organ (see ``inOneOrgan(_:_:)``), or one of the two in none
    ///   (see ``organless(_:)``: "Calcific plaques in the aorta and coronary arteries. IMPRESSION: Atherosclerosis.");
    /// - measured as it is (see ``sizesAgree(_:_:)``) or one of the two not at all, changed as it is or one of the two not at
    ///   all (not a change that would place a finding the findings placed nowhere, as above: "acinar nodules accompany it.
    ///   IMPRESSION: Stable subpleural nodules in both lungs" are others; outside the lungs, nor one the findings placed in
    ///   no organ: "A hypodense lesion. IMPRESSION: New hypodense lesion in the right kidney" are two).
    /// That finding, and the copy as its own words place it.
    private func driftedCopy(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                             named: Set<Int>, copies: Set<Int>) -> (earlier: Int, later: Finding)? {
        let later = ownReading(of: findings[index]) ?? findings[index]
        guard later.assertion != .absent, later.unsided == nil || later.laterality != .none else { return nil }
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        func kin(_ type: Int) -> Bool {
            type == later.typeIndex || broader[type].contains(later.typeIndex) || broader[later.typeIndex].contains(type)
                || group[type] == group[later.typeIndex]
        }
        guard !findings.indices.contains(where: {
            $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence && kin(findings[$0].typeIndex)
        }) else { return nil }
        let ofKind = findings.indices[..<index].filter {
            sentences[findings[$0].sentence].section == .findings && !summary.contains(findings[$0].sentence)
                && kin(findings[$0].typeIndex) && findings[$0].assertion != .absent && !named.contains($0)
        }
        guard ofKind.count == 1, let only = ofKind.first else { return nil }
        let earlier = findings[only]
        let type = earlier.typeIndex
        let sides = later.laterality == .none || earlier.laterality == .none || later.laterality == earlier.laterality
            || earlier.laterality == .bilateral
            || later.laterality == .bilateral && !(later.multiple && !earlier.multiple)
        let lobes = later.lobes.contains(where: earlier.lobes.contains)
            || (later.lobes.isEmpty || earlier.lobes.isEmpty) && !apartInLung(later, earlier)
        // (outside the lungs, one of the two in no organ is in the other's: "Calcific plaques in the aorta. IMPRESSION:
        // Atherosclerosis." is one finding, and so is "A hypodense lesion is observed. IMPRESSION: Hypodense lesion in the
        // right kidney.")
        let organ = later.category != nil || inOneOrgan(later, earlier) || organless(later) || organless(earlier)
        return (type == later.typeIndex || broader[type].contains(later.typeIndex) || group[type] == group[later.typeIndex])
            && earlier.category == later.category && later.labels.allSatisfy(earlier.labels.contains)
            && earlier.interpreted == later.interpreted
            && sides && lobes && organ
            && (later.size == nil || earlier.size == nil || sizesAgree(later.size, earlier.size))
            && (later.temporal == nil || later.temporal == earlier.temporal || earlier.temporal == nil
                && (!unplaced(earlier) && !organless(earlier) || later.changeFromRecap
                    || type == later.typeIndex && later.places.allSatisfy(earlier.places.contains)))
            ? (only, later) : nil
    }

    /// "Ground glass areas in the right lower lobe, evaluated in favor of viral pneumonia. Calcified nodules in the left upper
    /// lobe. IMPRESSION: Findings consistent with viral pneumonia.": an impression diagnosis (`diagnosis` or `interprets` in
    /// findings.xml) that names no place of its own — a pronoun or a reference cue placed it where earlier findings are
    /// (`refers-to`), here the nodules — is the diagnosis the findings named when they name exactly one of its kind (its type,
    /// a narrower one or one of its restatement group) not denied and the impression none left unmerged before it: the places
    /// it borrowed are not its words and do not set it apart, nor are they given to that one. It is also of its category and
    /// labels, measured and changed as that one or not at all, asserted alike or hedged in one of the two only, and the only
    /// one of its kind in its sentence.
    private func diagnosisNamedByReference(of index: Int, in findings: [Finding], sentences: [Sentence], copies: Set<Int>)
        -> Int?
    {
        let later = findings[index]
        let byReference = if case .sameType = later.antecedent { true } else { later.antecedent == .pronoun }
        guard byReference, engine.knowledge.findings.types[later.typeIndex].diagnosis
                || !engine.placeTables.interpretedTypes[later.typeIndex].isEmpty,
              later.category != nil, later.assertion != .absent, later.size == nil
        else { return nil }
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        func kin(_ type: Int) -> Bool {
            type == later.typeIndex || broader[type].contains(later.typeIndex) || group[type] == group[later.typeIndex]
        }
        // (no other finding of its kind in the impression before it or in its sentence that is not a copy)
        guard !findings.indices.contains(where: {
            $0 != index && !copies.contains($0) && kin(findings[$0].typeIndex) && findings[$0].assertion != .absent
                && sentences[findings[$0].sentence].section == .impression && findings[$0].sentence <= later.sentence
        }) else { return nil }
        let ofKind = findings.indices[..<index].filter {
            sentences[findings[$0].sentence].section == .findings && kin(findings[$0].typeIndex) && findings[$0].assertion != .absent
        }
        guard ofKind.count == 1, let only = ofKind.first else { return nil }
        let earlier = findings[only]
        return earlier.category == later.category && later.labels.allSatisfy(earlier.labels.contains)
            && (earlier.assertion == later.assertion || hedgedOnce(earlier.assertion, later.assertion))
            && (later.temporal == nil || earlier.temporal == nil || later.temporal == earlier.temporal)
            ? only : nil
    }

    /// "Sequelae changes in the right upper lobe. … Sequelae changes in the left lower lobe. IMPRESSION: Sequelae changes in
    /// both lungs": a present finding a summary names over several findings of the findings section sums them up, each of
    /// them named again (none when there are none). It has no size but the largest of theirs, no lobe, segment or label
    /// they do not give, and sums up the present findings of its type (a narrower one, or one it restates), changed as it
    /// is or one of the two not at all, that are
    /// - for a lung finding in both lungs, those placed on one side or the other;
    /// - for one on one side over several lobes ("Nodules in the right upper and lower lobes"), the findings of that side in
    ///   its lobes, when there are several;
    /// - outside the lungs, those in its places (see ``pooledInPlaces(by:among:in:)``).
    private func pooledCopies(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                              copies: Set<Int>) -> [Int] {
        let later = findings[index]
        guard later.assertion == .present, later.unsided == nil else { return [] }
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        let outside = later.category == nil
        // (outside the lungs a broader type too: a phrase its places read as two types — "mediastinal and mesenteric lymph
        // nodes", a lymphadenopathy and an extrathoracic lymph node — gives each of them all its places)
        let ofKind = findings.indices[..<index].filter { position in
            let earlier = findings[position]
            let type = earlier.typeIndex
            return !copies.contains(position) && sentences[earlier.sentence].section == .findings && !summary.contains(earlier.sentence)
                && (type == later.typeIndex || broader[type].contains(later.typeIndex) || group[type] == group[later.typeIndex]
                    || outside && broader[later.typeIndex].contains(type))
                && earlier.assertion == .present && (earlier.category == nil) == outside
                && (later.temporal == nil || earlier.temporal == nil || earlier.temporal == later.temporal)
        }
        let pooled: [Int]
        if outside {
            pooled = pooledInPlaces(by: later, among: ofKind, in: findings)
        } else if later.laterality == .bilateral {
            pooled = ofKind.filter { findings[$0].laterality == .left || findings[$0].laterality == .right }
        } else if later.laterality != .none && later.lobes.count > 1 {
            let inItsLobes = ofKind.filter {
                findings[$0].laterality == later.laterality && !findings[$0].lobes.isEmpty
                    && findings[$0].lobes.allSatisfy(later.lobes.contains)
            }
            pooled = inItsLobes.count > 1 ? inItsLobes : []
        } else {
            return []
        }
        let lobes = Set(pooled.flatMap { findings[$0].lobes })
        let segments = Set(pooled.flatMap { findings[$0].segments })
        let labels = Set(pooled.flatMap { findings[$0].labels })
        let largest = pooled.compactMap { findings[$0].size?.maxMM }.max()
        guard later.lobes.allSatisfy(lobes.contains), later.segments.allSatisfy(segments.contains),
              later.labels.allSatisfy(labels.contains), later.size == nil || later.size?.maxMM == largest else { return [] }
        return pooled
    }

    /// "Lymph nodes in the mediastinum. … Lymph nodes in the right hilum. … Lymph nodes in the mesenteric area. IMPRESSION:
    /// Mediastinal, hilar and mesenteric lymph nodes": of the findings outside the lungs of a copy's kind, those it sums up
    /// in its places. Each of them is on its side or none and lies in its places (each of its innermost places holding,
    /// lying in or being one of the copy's), named at one of them, or lying in or around one no other is named at ("a right
    /// hilar calcified lymph node" is not among "mediastinal lymph nodes" beside the mediastinal ones). They are several, in
    /// several places or, for a copy on both sides, on the one side and the other ("cysts in both kidneys" after a cyst of
    /// each), and each innermost place of the copy is one of theirs so (a place none is in makes the copy one of its own).
    private func pooledInPlaces(by later: Finding, among ofKind: [Int], in findings: [Finding]) -> [Int] {
        let (index, isLungPart) = (engine.anatomyIndex, engine.placeTables.isLungPart)
        let places = later.structures.filter { !isLungPart[$0] }
        let innermost = innermostPlaces(of: later)
        let inPlaces = ofKind.filter { position in
            let earlier = findings[position]
            let theirs = innermostPlaces(of: earlier)
            return !theirs.isEmpty && theirs.allSatisfy { place in innermost.contains { index.nested($0, place) } }
                && (later.laterality == .none || later.laterality == .bilateral || earlier.laterality == .none
                    || earlier.laterality == later.laterality)
        }
        func named(_ position: Int, at place: Int) -> Bool { findings[position].structures.contains(place) }
        let pooled = inPlaces.filter { position in
            places.contains { named(position, at: $0) } || innermost.contains { place in
                innermostPlaces(of: findings[position]).contains { index.nested($0, place) } && !inPlaces.contains { named($0, at: place) }
            }
        }
        let theirs = pooled.map { innermostPlaces(of: findings[$0]) }
        let covered = innermost.allSatisfy { place in theirs.contains { $0.contains { index.nested($0, place) } } }
        let sides = Set(pooled.map { findings[$0].laterality })
        let apart = Set(theirs.joined()).count > 1 || later.laterality == .bilateral && sides.isSuperset(of: [.left, .right])
        return pooled.count > 1 && apart && covered ? pooled : []
    }

    /// A finding's places outside the lungs that hold none of its other places ("the bowel" of "the bowel, the abdomen").
    private func innermostPlaces(of finding: Finding) -> [Int] {
        let tables = engine.placeTables
        let ancestors = engine.anatomyIndex.ancestors
        let places = finding.structures.filter { !tables.isLungPart[$0] }
        return places.filter { place in !places.contains { $0 != place && ancestors[$0].contains(place) } }
    }

    /// In a report with no header that no marker opened an impression for (CT-CLIP's labelled text), the sentences at its end
    /// whose findings all name earlier findings again ("… No lytic-destructive lesion was observed in bone structures.
    /// Nodules smaller than 5 mm in both lungs"): a summary, read as an impression. One sentence with a finding of its own
    /// among them is a summary item too ("… Hiatal hernia. Atherosclerosis. Millimetric nodules in both lungs.
    /// Emphysema."), when the summary names at least two findings again; the run ends at a second one.
    private func trailingSummary(of findings: [Finding], sentences: [Sentence], repeats: [Int: Int]) -> Set<Int> {
        guard !sentences.contains(where: { $0.section == .impression }) else { return [] }
        var summary = Set<Int>()
        var (copies, items) = (0, 0)
        // A sentence with a finding of its own right after summary sentences: an item if a summary sentence comes before it.
        var item: Int? = nil
        // The sentences ending the report that all name findings again, up to the first with one of its own.
        var plain: Set<Int>? = nil
        var end = findings.endIndex
        while end > findings.startIndex {
            let sentence = findings[end - 1].sentence
            let start = findings[..<end].lastIndex { $0.sentence != sentence }.map { $0 + 1 } ?? findings.startIndex
            let trial = summary.union([sentence])
            if (start..<end).allSatisfy({
                findings[$0].antecedent == .none
                    && copyReading(of: $0, in: findings, sentences: sentences, original: repeats[sentence], summary: trial) != nil
            }) {
                summary = trial
                copies += 1
                if let own = item {
                    summary.insert(own)
                    items += 1
                    item = nil
                }
            } else if item == nil && items == 0 {
                if plain == nil { plain = summary }
                item = sentence
            } else {
                break
            }
            end = start
        }
        return items == 0 || copies >= 2 ? summary : plain ?? []
    }

    /// The earlier finding a copy names again (see ``copy(of:reading:in:sentences:original:summary:)``), read with all its
    /// places, else as its own words alone place it when they place it somewhere (one they place nowhere is the only one of
    /// its type: `sharingItsPlaces`): places another item of its comma list lent it are not said of it ("…, the narrowing of
    /// the bronchi in both lungs, a possible hilar mass" names again a mass of the right hilum). That finding, and the copy as
    /// its own words place it (the places the finding may take: never those lent).
    private func copyReading(of index: Int, in findings: [Finding], sentences: [Sentence], original: Int?,
                             summary: Set<Int>) -> (earlier: Int, later: Finding)? {
        let own = ownReading(of: findings[index])
        if let earlier = copy(of: index, reading: findings[index], in: findings, sentences: sentences, original: original,
                              summary: summary) {
            return (earlier, own ?? findings[index])
        }
        guard let own, findings[index].ownPlaces?.isEmpty == false,
              let earlier = copy(of: index, reading: own, in: findings, sentences: sentences, original: original, summary: summary)
        else { return nil }
        return (earlier, own)
    }

    /// A finding read as its own words alone place it (see `Finding.ownPlaces`), when another list item lent it places.
    func ownReading(of finding: Finding) -> Finding? {
        guard let own = finding.ownPlaces else { return nil }
        let tables = engine.placeTables
        let anatomy = engine.knowledge.anatomy
        let sided = engine.knowledge.findings.types[finding.typeIndex].sided
        var reading = finding
        reading.laterality = sided ? own.laterality : .none
        reading.lobes = sided ? tables.lobeCodes(of: own.structures) : []
        reading.segments = sided ? own.structures.filter { tables.isSegment[$0] }.map { anatomy.structures[$0].id } : []
        reading.places = own.structures.filter { !tables.isLungPart[$0] }.map { anatomy.structures[$0].id }
        reading.structures = own.structures
        return reading
    }

    /// The earlier finding a copy names again (see ``mergeRestatements(in:sentences:text:headerless:saidOfSubjectBefore:)``), if any: one placed where the
    /// copy is, first; else a lung finding the findings placed nowhere, the only one of its type; else one the copy or the
    /// findings hedged ("One nodule (lymph node?)" named again is the nodule, not the doubted lymph node); else one of a type
    /// the copy names in other words (after a hedged one of its very type: "Findings of pulmonary fibrosis" is the doubted
    /// fibrosis, not a fibroatelectasis); else the only one of its type, placed on one side only, that the copy names in lobes
    /// of that side; else the only one of its type when the copy is placed only by the place the list item after it
    /// shares; else the only one of its type in the copy's lobes when they share a segment. `original`: the sentence the
    /// copy's sentence repeats word for word.
    private func copy(of index: Int, reading later: Finding, in findings: [Finding], sentences: [Sentence], original: Int?,
                      summary: Set<Int>) -> Int? {
        // (a lobe or segment named without a side no sentence before gave one: only a finding on one side named there — see
        // ``sidelessWithin(_:_:)``)
        let sideless = later.unsided != nil && later.laterality == .none
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        func among<T: Equatable>(_ mine: [T], _ theirs: [T]) -> Bool { mine.allSatisfy(theirs.contains) }
        func described(_ sentence: Int) -> Bool { sentences[sentence].section == .findings && !summary.contains(sentence) }
        func copied(placing: Bool, renaming: Bool = false, hedging: Bool = false, sidedByCopy: Bool = false) -> Int? {
            findings.indices[..<index].last(where: { position in
                // (the type first, read in place: most candidates differ in it)
                let type = findings[position].typeIndex
                let renamed = type != later.typeIndex && !broader[type].contains(later.typeIndex)
                guard renamed == renaming, type == later.typeIndex || original == nil
                        && (!renamed || group[type] == group[later.typeIndex])
                else { return false }
                let earlier = findings[position]
                // (in other words, only a lung finding said again alike: "(infection?)" by the kidney is no pneumonia)
                return (original.map { earlier.sentence == $0 } ?? described(earlier.sentence))
                    && (type != later.typeIndex || earlier.category == later.category)
                    && (!renamed || earlier.category != nil && earlier.assertion == later.assertion)
                    && (hedging ? hedgedOnce(earlier.assertion, later.assertion) : earlier.assertion == later.assertion)
                    && (placing ? unplaced(earlier) && later.category != nil && later.assertion != .absent
                        : (later.laterality == .none || later.laterality == earlier.laterality
                            || sidedByCopy && later.category == nil && earlier.laterality == .none && !later.places.isEmpty)
                            && among(later.lobes, earlier.lobes) && segments(of: later, within: earlier)
                            && (!sideless || sidelessWithin(later, earlier)))
                    && (later.category != nil || among(later.places, earlier.places))
                    && (later.size == nil || sizesAgree(later.size, earlier.size) || earlier.size == nil && !placing)
                    && (later.temporal == nil || later.temporal == earlier.temporal
                        || earlier.temporal == nil && (later.changeFromRecap || later.assertion != .absent
                            && (!placing || type == later.typeIndex && among(later.places, earlier.places))))
                    && (original != nil || among(later.labels, earlier.labels))
            })
        }
        // (then, of another organ, one the findings gave no side, in the places the copy names with a side: "Both
        // mediastinal lymph nodes", "Cortical cysts in both kidneys")
        if let placedAlike = copied(placing: false) ?? copied(placing: false, sidedByCopy: true) { return placedAlike }
        // (placing only the one of its type: beside placed ones, a copy with a place sums them up; a denial does not
        // count for a copy said to be there: "No nodule was detected in the left lung" is no placed nodule)
        let unplacedOnly = !findings.indices[..<index].contains {
            findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                && !unplaced(findings[$0]) && (findings[$0].assertion != .absent || later.assertion == .absent)
        }
        // (a lung finding named on one side only, the one of its type, that the copy names in lobes of that side:
        // "Consolidation in the left lung … IMPRESSION: Consolidation in the left lower lobe"; not "both lungs", which
        // the lobes of a summary's neighbouring item or its emphasis would narrow)
        func placedCloser() -> Int? {
            guard original == nil, later.category != nil, later.assertion != .absent, !later.lobes.isEmpty,
                  later.laterality == .left || later.laterality == .right, later.size == nil else { return nil }
            let ofType = findings.indices[..<index].filter {
                findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence) && findings[$0].assertion == later.assertion
            }
            guard ofType.count == 1, let only = ofType.first else { return nil }
            let earlier = findings[only]
            return earlier.laterality == later.laterality && earlier.lobes.isEmpty && earlier.segments.isEmpty
                && earlier.category == later.category && among(later.labels, earlier.labels)
                && (later.temporal == nil || earlier.temporal == nil || later.temporal == earlier.temporal) ? only : nil
        }
        // (a lung finding of an impression list whose places are only those it shares with the item after it, or only ones
        // other items lent it, the one of its type asserted alike the findings name: "Emphysema, mosaic attenuation pattern
        // and ground glass areas in the right lung" after emphysema in both lungs)
        func sharingItsPlaces() -> Int? {
            guard original == nil, !sideless, later.placeShared || later.ownPlaces?.isEmpty == true, later.category != nil,
                  later.size == nil else { return nil }
            let ofType = findings.indices[..<index].filter {
                findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                    && findings[$0].assertion == later.assertion
            }
            guard ofType.count == 1, let only = ofType.first else { return nil }
            let earlier = findings[only]
            return earlier.category == later.category && among(later.labels, earlier.labels)
                && (later.temporal == nil || earlier.temporal == nil || later.temporal == earlier.temporal) ? only : nil
        }
        // (a lung finding named in the lobes of the only one of its type there, in segments partly its: "… in the mediobasal,
        // laterobasal and posterobasal segments" named again "in the anterobasal, mediobasal and posterobasal segments")
        func segmentsOverlapping() -> Int? {
            guard original == nil, later.category != nil, later.assertion != .absent, !later.segments.isEmpty,
                  later.laterality != .none else { return nil }
            let ofType = findings.indices[..<index].filter {
                findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                    && findings[$0].assertion == later.assertion && findings[$0].laterality == later.laterality
                    && among(later.lobes, findings[$0].lobes)
            }
            guard ofType.count == 1, let only = ofType.first else { return nil }
            let earlier = findings[only]
            return earlier.category == later.category && among(later.labels, earlier.labels) && sharesSegment(later, earlier)
                && (later.size == nil || sizesAgree(later.size, earlier.size))
                && (later.temporal == nil || earlier.temporal == nil || later.temporal == earlier.temporal) ? only : nil
        }
        return (unplacedOnly ? copied(placing: true) : nil)
            ?? (original == nil ? copied(placing: false, hedging: true) ?? (unplacedOnly ? copied(placing: true, hedging: true) : nil) : nil)
            ?? copied(placing: false, renaming: true)
            ?? placedCloser()
            ?? sharingItsPlaces()
            ?? segmentsOverlapping()
    }

    /// Whether two lung findings, one of them in no lobe, lie apart all the same: at other levels of the lung, by their
    /// lobes, else by the zones of a level they name ("fibrotic bands in the lower zones of both lungs" are not sequelae
    /// "in the upper lobes"), or one at the pleura only and the other in lobes, not there ("sequelae thickening in the
    /// costal pleura" is not "sequelae changes in the upper lobe anterior segments").
    private func apartInLung(_ one: Finding, _ other: Finding) -> Bool {
        let structures = engine.knowledge.anatomy.structures
        let lobeOf = engine.anatomyIndex.lobe
        func levels(_ finding: Finding) -> Set<String> {
            let lobes = Set(finding.structures.compactMap { lobeOf[$0] >= 0 ? structures[lobeOf[$0]].level : nil })
            return !lobes.isEmpty ? lobes
                : Set(finding.structures.compactMap { structures[$0].kind == .zone ? structures[$0].level : nil })
        }
        func pleural(_ finding: Finding) -> Bool { finding.structures.contains { structures[$0].kind == .pleura } }
        func pleuralOnly(_ finding: Finding, _ lobed: Finding) -> Bool {
            finding.lobes.isEmpty && pleural(finding) && !lobed.lobes.isEmpty && !pleural(lobed)
        }
        let (mine, theirs) = (levels(one), levels(other))
        return !mine.isEmpty && !theirs.isEmpty && mine.isDisjoint(with: theirs) || pleuralOnly(one, other) || pleuralOnly(other, one)
    }

    /// Whether two findings outside the lungs are in one organ: both placed nowhere, or an innermost place of one holding,
    /// lying in or being an innermost place of the other ("free fluid in the abdomen" and "intra-abdominal fluid"; not a
    /// lesion of the kidney and a nodule by the stomach in the upper abdomen).
    private func inOneOrgan(_ one: Finding, _ other: Finding) -> Bool {
        let index = engine.anatomyIndex
        let (mine, theirs) = (innermostPlaces(of: one), innermostPlaces(of: other))
        return mine.isEmpty && theirs.isEmpty || mine.contains { place in theirs.contains { index.nested($0, place) } }
    }

    /// Whether a finding outside the lungs names no place but maybe a side ("A hypodense lesion is observed"; not one "in
    /// the right lung", a lung place: "density reduction in both lungs" is not the liver's).
    private func organless(_ finding: Finding) -> Bool {
        finding.category == nil && finding.structures.isEmpty
    }

    /// A finding outside the lungs that names no organ takes the side and organs of the copy that names it again (no lobe:
    /// one a copy names outside the lungs is a neighbouring item's).
    private func placeOutsideLungs(_ finding: inout Finding, as copy: Finding) {
        let organs = copy.structures.filter { !engine.placeTables.isLungPart[$0] }
        let ids = Set(organs.map { engine.knowledge.anatomy.structures[$0].id })
        if finding.laterality == .none { finding.laterality = copy.laterality }
        finding.places = (finding.places + copy.places.filter(ids.contains)).uniqued()
        finding.structures = (finding.structures + organs).uniqued()
    }

    /// Whether a copy's size is the one the findings gave: the same largest dimension, one of the two in whole millimetres
    /// the other rounds or cuts short to ("the largest 5.5 mm" summed up as "measuring 5 mm"), a lower bound the other
    /// meets ("a short diameter of more than 1 cm" after one of 12 mm), or an upper bound (`upto`: "up to", "smaller than",
    /// "the largest") the other stays within ("nodules smaller than 5 mm" after a 3.5 mm one, a 4 mm nodule after nodules
    /// "up to 6 mm"); "5 mm" after "6 mm" is another size, and so is a bound the other passes.
    private func sizesAgree(_ one: Size?, _ other: Size?) -> Bool {
        guard let one, let other else { return false }
        func meets(_ bound: Size, _ size: Size) -> Bool {
            switch bound.qualifier {
            case .atleast: size.maxMM >= bound.maxMM
            case .upto: size.maxMM <= bound.maxMM
            case .approx, .range, .exact: false
            }
        }
        func whole(_ size: Size) -> Bool { size.maxMM == size.maxMM.rounded() }
        return one.maxMM == other.maxMM || meets(one, other) || meets(other, one)
            || abs(one.maxMM - other.maxMM) < 1 && (whole(one) || whole(other))
    }

    /// Whether a copy whose place no side was found for ("IMPRESSION: Emphysema in both lungs. Nodule in the posterobasal
    /// segment.") is where an earlier finding on one side is: read on that side, each place it names is one of theirs or
    /// holds or lies in one, its lobes are among theirs and its segments within theirs ("the right lung lower lobe
    /// posterobasal segment"; not after one in the superior segment, nor after one on no side or both).
    private func sidelessWithin(_ later: Finding, _ earlier: Finding) -> Bool {
        guard let unsided = later.unsided, earlier.laterality == .left || earlier.laterality == .right else { return false }
        let placed = earlier.laterality == .left ? unsided.left : unsided.right
        let index = engine.anatomyIndex
        guard !placed.isEmpty, placed.allSatisfy({ place in earlier.structures.contains { index.nested($0, place) } })
        else { return false }
        var sided = later
        add(placed, to: &sided)
        return sided.lobes.allSatisfy(earlier.lobes.contains) && segments(of: sided, within: earlier)
    }

    /// Whether two findings name one segment alike (the same, or one holding the other).
    func sharesSegment(_ one: Finding, _ other: Finding) -> Bool {
        segmentsAlike(one, other).contains(true)
    }

    /// Whether each segment a copy names is one the earlier finding names, or holds or lies in one of them: "the lingula" and
    /// "the inferior lingular segment", "the lower lobe basal segments" and "the posterobasal segment" name one place more or
    /// less closely.
    private func segments(of later: Finding, within earlier: Finding) -> Bool {
        segmentsAlike(later, earlier).allSatisfy { $0 }
    }

    /// For each segment one finding names, whether the other names it, or one holding it or lying in it.
    private func segmentsAlike(_ one: Finding, _ other: Finding) -> [Bool] {
        let tables = engine.placeTables
        let index = engine.anatomyIndex
        let theirs = other.structures.filter { tables.isSegment[$0] }
        return one.structures.filter { tables.isSegment[$0] }.map { mine in theirs.contains { index.nested($0, mine) } }
    }

    /// Whether one of two assertions is present and the other uncertain: the same finding, hedged where it is
    /// described and stated plainly where it is summed up, or the other way round.
    private func hedgedOnce(_ one: Assertion, _ other: Assertion) -> Bool {
        one != other && one != .absent && other != .absent
    }

    /// A lung finding its sentence placed nowhere ("Ground glass areas are observed."): the impression may say where.
    private func unplaced(_ finding: Finding) -> Bool {
        finding.category != nil && finding.laterality == .none && finding.lobes.isEmpty && finding.segments.isEmpty
    }

    /// For each sentence with findings that repeats an earlier sentence with findings word for word, that sentence (none of
    /// the sentences `apart`, which neither repeat nor are repeated).
    private func verbatimRepeats(among sentences: [Sentence], withFindings findings: [Finding], in text: ReportText,
                                 apart: Set<Int>) -> [Int: Int]
    {
        var named: [Int] = []
        for finding in findings where named.last != finding.sentence && !apart.contains(finding.sentence) {
            named.append(finding.sentence)
        }
        guard named.count > 1 else { return [:] }
        var repeats: [Int: Int] = [:]
        text.utf16.withUnsafeBufferPointer { units in
            // Words only: a repeat may differ in its punctuation ("…?, …" and "…? …") or spacing.
            let wordUnits = named.map { sentence in units[sentences[sentence].range].count { $0.charClass.isLetterOrDigit } }
            for (position, sentence) in named.enumerated() {
                // (counts first: most sentences differ in them, and a report names findings in a dozen or so)
                if let earlier = named.indices[..<position].first(where: { earlier in
                    wordUnits[earlier] == wordUnits[position] && repeats[named[earlier]] == nil
                        && sameWords(sentences[named[earlier]].range, sentences[sentence].range, in: units)
                }) {
                    repeats[sentence] = named[earlier]
                }
            }
        }
        return repeats
    }

    /// Whether two ranges hold the same letters and digits in order, whatever lies between them.
    private func sameWords(_ one: Range<Int>, _ other: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var (left, right) = (one.lowerBound, other.lowerBound)
        while true {
            while left < one.upperBound, !units[left].charClass.isLetterOrDigit { left += 1 }
            while right < other.upperBound, !units[right].charClass.isLetterOrDigit { right += 1 }
            guard left < one.upperBound, right < other.upperBound else {
                return left >= one.upperBound && right >= other.upperBound
            }
            guard units[left] == units[right] else { return false }
            left += 1
            right += 1
        }
    }
}
