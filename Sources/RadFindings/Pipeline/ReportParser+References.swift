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
        var merged = Set<Int>()
        // Findings named again with a place of their own: gone at the end, but still where a pronoun after them
        // finds the findings of their sentence.
        var restated = Set<Int>()
        // Per sentence, the earlier findings its interpretation subjects name (`InterpretationRole.subject`).
        var subjects: [Int: [Int]] = [:]
        // Per weak type, the finding of another type its word last named again: "The described lesion may belong to
        // conglomerate lymphadenopathy. The short diameter of the lesion in the paratracheal region is 42 mm" is the
        // lymphadenopathy named before, where it lies.
        var renamedAs: [Int: Int] = [:]
        for index in findings.indices {
            // (first, before later findings name it again: a reading of findings named again, said before)
            if let earlier = reading(index, namedBeforeIn: findings, past: merged.union(restated), subjects: subjects) {
                merge(findings[index], into: &findings[earlier])
                merged.insert(index)
                continue
            }
            guard findings[index].antecedent != .none && findings[index].antecedent != .likePrevious else { continue }
            let finding = findings[index]
            if finding.antecedent.isRecap { continue }
            if case .restated = finding.antecedent {
                // (read with all its places, else as its own words alone place it: "…, the narrowing of the bronchi in both
                // lungs, a possible hilar mass" is the narrowing named before, wherever the hilum is)
                func again(_ reading: Finding, hedgedOnce: Bool = false) -> Int? {
                    findings.indices[..<index].last {
                        !merged.contains($0) && !restated.contains($0) && restates(reading, findings[$0], hedgedOnce: hedgedOnce)
                    }
                }
                let own = finding.ownPlaces?.isEmpty == false ? ownReading(of: finding) : nil
                // (last, one that the earlier or the later mention alone hedges: "… in the middle lobe, consolidation? …
                // IMPRESSION: The consolidation area in the middle lobe" is the one consolidation, said plainly at last)
                func restatedHedgedOnce() -> Int? {
                    again(finding, hedgedOnce: true) ?? own.flatMap { again($0, hedgedOnce: true) }
                }
                let renamed = renamedAs[finding.typeIndex].flatMap { target in
                    !merged.contains(target) && !restated.contains(target) && restates(finding, findings[target], renamed: true)
                        ? target : nil
                }
                if let again = again(finding) ?? own.flatMap({ again($0) })
                    ?? soleReached(by: index, in: findings, past: merged.union(restated)) ?? renamed
                    ?? soleNarrower(restatedBy: index, in: findings, past: merged.union(restated))
                    ?? restatedHedgedOnce() {
                    merge(finding, into: &findings[again])
                    restated.insert(index)
                    if finding.interpretation == .subject { subjects[finding.sentence, default: []].append(again) }
                    // (only its change: its size and lobes named without a side are the last one's)
                    var change = finding
                    change.size = nil
                    change.unsided = nil
                    for other in alsoRestated(by: finding, own: own, besides: again, in: findings[..<index],
                                              past: merged.union(restated)) {
                        merge(change, into: &findings[other])
                    }
                }
                continue
            }
            // "The largest of these nodules is in the right lower lobe": the set of its type named in an earlier sentence (for a
            // weak word outside the lungs with none, the one set of its organ it could name: see ``organSet(namedBy:in:past:)``).
            if finding.antecedent == .member || finding.antecedent == .someMember {
                // ("The largest of these is in the right lower lobe and measures 30 mm.": a sentence with no finding of its
                // own, the set of the last sentence with findings; gone when there is none or it lies elsewhere; "The other
                // one measures 8 mm": its size where larger than the set's measured one)
                if types[finding.typeIndex].recap == .sentenceBefore {
                    if let set = setBefore(member: index, in: findings, past: merged.union(restated)) {
                        add(finding.structures, to: &findings[set])
                        if finding.antecedent == .someMember {
                            takeLarger(finding.size, into: &findings[set])
                            merge(finding, into: &findings[set])
                        } else {
                            merge(largest(finding, of: findings[set]), into: &findings[set])
                        }
                    }
                    restated.insert(index)
                    continue
                }
                if let set = findings.indices[..<index].last(where: {
                    !merged.contains($0) && !restated.contains($0) && findings[$0].sentence < finding.sentence
                        && findings[$0].typeIndex == finding.typeIndex && findings[$0].assertion == finding.assertion
                        && !elsewhere(finding, than: [findings[$0]])
                }) ?? organSet(namedBy: finding, in: findings[..<index], past: merged.union(restated)) {
                    add(finding.structures, to: &findings[set])
                    merge(largest(finding, of: findings[set]), into: &findings[set])
                    restated.insert(index)
                }
                continue
            }
            // "In the superior segment of the right lower lobe, the bronchus seems to reach the pleura. It suggests a fistula.":
            // right after a sentence that names lung places and no finding, "it" is what that sentence describes there (one
            // of a type named before is that one again: read below). So is a place named again there, whatever was named
            // before ("Right lung lower lobe superior segment. Pneumonic infiltration is considered in its etiology.").
            if finding.antecedent == .pronoun || finding.antecedent.isPlace, let places = placedBefore[finding.sentence],
               finding.antecedent.isPlace || !findings[..<index].contains(where: {
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
            // "A solid nodule of 18 mm in the anterior mediastinum. It was evaluated in favor of metastasis.": "it" right after
            // a sentence about a finding outside the lungs is that one (see ``organFindingRightBefore(_:in:past:)``), not a
            // lung finding further back.
            if finding.antecedent == .pronoun,
               let organ = organFindingRightBefore(index, in: findings, past: merged.union(restated)) {
                // (of its type, or a narrower specific one naming its labels: that one again)
                if takeOrganReading(finding, into: &findings[organ]) {
                    merged.insert(index)
                    continue
                }
                findings[index].category = nil
                findings[index].labels = []
                findings[index].addPlaces(of: [findings[organ]])
                if extractor.explain {
                    findings[index].explanation.append(ExplainStep(role: "refers-to", id: findings[organ].type,
                                                                   text: findings[organ].text,
                                                                   origin: "sentence \(findings[organ].sentence)"))
                }
                continue
            }
            // The appearances a diagnosis reads (`interprets` in findings.xml; none for other findings).
            // (a reading that restates a diagnosis reads that one's: "pneumonic infiltration" what pneumonia reads)
            let interpreted = engine.placeTables.interpretedTypes[engine.placeTables.restatementGroup[finding.typeIndex]]
            func appearance(_ type: Int) -> Bool { interpreted.contains(type) || broader[type].contains(where: interpreted.contains) }
            // The sentence a pronoun names the findings of: the last one before it with placed lung or pleural findings
            // (past one whose lung findings say no place: "Ground glass areas are more prominent in peripheral sections.");
            // for a diagnosis, the one of the last appearance it reads, when that one is placed: "Consolidations in both
            // lungs. A calcified nodule in the left lower lobe. IMPRESSION: Findings consistent with pneumonia." is where the
            // consolidations are, not the nodule (one placed nowhere, right before it, leaves it where the findings before are).
            func pointed(_ position: Int) -> Bool {
                findings[position].sentence < finding.sentence && findings[position].category != nil
                    && findings[position].assertion != .absent && !merged.contains(position)
                    && (findings[position].laterality != .none || !findings[position].lobes.isEmpty)
            }
            let lastRead = findings.indices[..<index].last {
                findings[$0].sentence < finding.sentence && findings[$0].category != nil && findings[$0].assertion != .absent
                    && !merged.contains($0) && appearance(findings[$0].typeIndex) && !findings[$0].interpreted
            }
            let placedRead = lastRead.flatMap { pointed($0) ? $0 : nil }
            let pronounSentence = finding.antecedent == .pronoun || finding.antecedent == .sameType(orPronoun: true)
                ? (placedRead ?? findings.indices[..<index].last(where: pointed)).map { findings[$0].sentence }
                : nil
            // A diagnosis says what the findings of the sentences right before it are, back to one that names no placed lung
            // finding, or names it: "Ground glass areas in the right upper lobe. Consolidation in the left lower lobe. The
            // findings were evaluated in favor of Covid-19 pneumonia." A sentence between whose lung findings are none of
            // the appearances it interprets (or only ones its own sentence already said what they are) adds no place and
            // does not end the run: "Consolidation in the left upper lobe. A ground glass nodule in the right lower lobe.
            // Ground glass areas in the middle lobe. The described findings …" reads the consolidation too.
            var pronounSentences: Set<Int> = pronounSentence.map { [$0] } ?? []
            if let last = pronounSentence, !interpreted.isEmpty {
                // (a sentence that names the diagnosis itself, or one restating it, ends the run: what comes after it is said
                // anew)
                func said(_ sentence: Int) -> (appearance: Bool, lung: Bool, diagnosis: Bool) {
                    let there = findings.indices[..<index].filter { findings[$0].sentence == sentence && !merged.contains($0) }
                    func placedLung(_ position: Int) -> Bool {
                        findings[position].category != nil && findings[position].assertion != .absent
                            && (findings[position].laterality != .none || !findings[position].lobes.isEmpty)
                    }
                    return (there.contains { placedLung($0) && appearance(findings[$0].typeIndex) && !findings[$0].interpreted },
                            there.contains(where: placedLung), there.contains {
                                engine.placeTables.restatementGroup[findings[$0].typeIndex]
                                    == engine.placeTables.restatementGroup[finding.typeIndex]
                            })
                }
                var sentence = last
                while sentence >= 0 {
                    let said = said(sentence)
                    if sentence != last && (said.diagnosis || !said.lung) { break }
                    if sentence == last || said.appearance { pronounSentences.insert(sentence) }
                    sentence -= 1
                }
            }
            // (named again before what its sentence says it is, by a broader or narrower word or one of its restatement
            // group: "The budding tree pattern and ground glass nodules were evaluated in favor of …" after nodules)
            let subject = finding.interpretation == .subject
            func related(_ type: Int) -> Bool { engine.placeTables.kin(type, finding.typeIndex) }
            func named(_ position: Int, as antecedent: Antecedent, anyType: Bool, narrower: Bool = false, renamed: Bool = false)
                -> Bool
            {
                let earlier = findings[position]
                guard earlier.sentence < finding.sentence, !merged.contains(position) else { return false }
                let placed = earlier.laterality != .none || !earlier.lobes.isEmpty
                switch antecedent {
                case .place: return placed
                case .pronoun: return placed && pronounSentences.contains(earlier.sentence) && earlier.category != nil
                case let .accompanying(type):
                    return placed && earlier.typeIndex == type && earlier.assertion != .absent
                // (of its type, else a narrower one its word names, or, for a weak word, a lung finding of the lineage it is
                // of: "satellite nodules in the neighborhood of the described lesion" after a nodular lesion or a mass)
                case let .near(type):
                    let tables = engine.placeTables
                    return placed && earlier.assertion != .absent
                        && (earlier.typeIndex == type || narrower && (tables.narrows(earlier.typeIndex, to: type)
                            || types[type].specificity == .weak && earlier.category != nil
                                && tables.weakWord(type, names: earlier.typeIndex)))
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
                // (of its type, or, with none of it, a narrower one of the lung alike named by its broader word, or by the
                // word its type restates: "A ground glass nodule … The nodule is irregularly circumscribed", "Centriacinar
                // nodules … The described nodules are nonspecific"; not one whose words name lesions of other organs
                // too: "the nodules" after a mass of the mediastinum)
                let narrowerOne = narrower && engine.placeTables.narrows(earlier.typeIndex, to: finding.typeIndex)
                    && (earlier.category == nil) == (finding.category == nil) && !types[earlier.typeIndex].otherOrgans
                // (or of the type its very word has where it lies: "Lesions in the ribs. … The lesions described were present
                // before" is the bone lesion, not a lung nodule before it)
                let sameWord = earlier.typeIndex == finding.typeIndex || placedAs(earlier, word: finding.typeIndex)
                return (sameWord || narrowerOne || anyType
                        || renamed && related(earlier.typeIndex) && (earlier.category == nil) == (finding.category == nil))
                    && earlier.assertion != .absent && !elsewhere
                    && !restated.contains(position)
                    && (placed || earlier.category == nil && !earlier.structures.isEmpty || unplacedAlike)
            }
            let weak = types[finding.typeIndex].specificity != .specific
            // A weak reading of appearances that opens its sentence as a pronoun would ("The described manifestations may be
            // compatible with the pneumonic infiltration") names the findings of the sentences before it, as "it" does, not
            // the last finding of any type.
            let readsBack = finding.antecedent == .sameType(orPronoun: true) && !interpreted.isEmpty
            var kind = finding.antecedent
            let before = findings.indices[..<index]
            // (accompanying, one of a type named in an earlier sentence is that one again, wherever its neighbour is: "…
            // budding tree appearance in the left lower lobe. IMPRESSION: Consolidation … and accompanying budding tree view")
            if case .accompanying = kind, before.contains(where: {
                findings[$0].sentence < finding.sentence && findings[$0].typeIndex == finding.typeIndex
                    && findings[$0].assertion != .absent && !merged.contains($0)
            }) {
                findings[index].antecedent = .none
                continue
            }
            // One asserted alike first: "It may belong to nodules … around the nodules" is the nodule it doubts.
            let sameType = if case .sameType = kind { true } else { false }
            var position = (sameType ? before.last { named($0, as: kind, anyType: false) && findings[$0].assertion == finding.assertion } : nil)
                ?? before.last { named($0, as: kind, anyType: false) }
                ?? before.last { named($0, as: kind, anyType: false, narrower: true) }
                ?? (subject ? before.last { named($0, as: kind, anyType: false, renamed: true) } : nil)
                ?? (weak && !readsBack ? before.last { named($0, as: kind, anyType: true) } : nil)
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
            // Findings consistent with viral pneumonia." is one pneumonia, there. Hedged in one only, it is not one named
            // before all of `namedThere` when it names one of them (see ``saysWhatLaterFindingsAre(_:not:of:)``).
            func namedBefore(near namedThere: [Finding]) -> Int? {
                func earlier(alike: Bool) -> Int? {
                    before.last {
                        findings[$0].typeIndex == finding.typeIndex
                            && (alike ? findings[$0].assertion == finding.assertion
                                : findings[$0].assertion.isHedgedOnce(with: finding.assertion)
                                    && !saysWhatLaterFindingsAre(finding, not: findings[$0], of: namedThere))
                            && !merged.contains($0) && !restated.contains($0)
                            && (findings[$0].laterality != .none || !findings[$0].lobes.isEmpty)
                            && !elsewhere(findings[$0], than: namedThere)
                    }
                }
                return earlier(alike: true) ?? earlier(alike: false)
            }
            // "A nodule in the left upper lobe. IMPRESSION: Findings compatible with emphysema.": "it" names none of the
            // findings of the sentences it points to that it can name (`canName`): what it is said to be is not what they are.
            let namedThere = kind == .pronoun ? before.filter { named($0, as: kind, anyType: false) }.map { findings[$0] } : []
            let namesNone = !namedThere.contains { canName($0.typeIndex, as: finding.typeIndex) }
            // "The described nodule was also present in the previous examination", "A nodule in the left upper lobe. It
            // was evaluated in favor of granuloma": the nodule named before, again; what the sentence says of it (a
            // change, a size) is that one's, and it is no second finding (unless it asserts it otherwise: "the findings
            // described suggest sequelae").
            let again: Int? = switch kind {
            // (a weak word, of the specific one of any type it names, of the lung or not alike — "An irregular mass … The size
            // of the lesion was reduced" is the mass —, or one of the sentence right before outside the lungs that its word
            // could name too: see ``namesOrganFindingBefore(_:_:)``)
            case .sameType: (antecedent.typeIndex == finding.typeIndex
                    || engine.placeTables.narrows(antecedent.typeIndex, to: finding.typeIndex)
                    || subject && related(antecedent.typeIndex)
                    || weak && readsAppearance(antecedent.typeIndex, namedBy: finding.typeIndex)
                    || weak && types[antecedent.typeIndex].specificity == .specific
                        && ((antecedent.category == nil) == (finding.category == nil) || namesOrganFindingBefore(finding, antecedent)))
                && antecedent.assertion == finding.assertion ? position
                : organFinding(namedBy: finding, at: position, in: findings[..<index], past: merged.union(restated))
            // (after a pronoun, of the sentence it names, else named earlier and placed: "Both lungs are emphysematous. …
            // Findings compatible with emphysema.", not one placed elsewhere than all the findings of the sentence it names:
            // "Focal consolidation in the right upper lobe. However, it was evaluated as an infective process.")
            case .pronoun: before.last {
                named($0, as: kind, anyType: false) && !restated.contains($0) && findings[$0].typeIndex == finding.typeIndex
                    && findings[$0].assertion == finding.assertion
            } ?? namedBefore(near: namedThere)
                ?? (namesNone ? onlyEarlierOfKind(namedBy: finding, at: index, in: findings, past: merged.union(restated),
                                                  near: namedThere, copy: false) : nil)
            // (a diagnosis its words place where the finding before is — "Viral pneumonias are considered in the etiology"
            // after ground glass areas —, the one of its type named before)
            case .place where types[finding.typeIndex].diagnosis: namedBefore(near: [antecedent])
            default: nil
            }
            if let again {
                merge(finding, into: &findings[again])
                merged.insert(index)
                if weak && findings[again].typeIndex != finding.typeIndex { renamedAs[finding.typeIndex] = again }
                continue
            }
            if (antecedent.typeIndex == finding.typeIndex || weak) && antecedent.category == nil && antecedent.labels.isEmpty {
                findings[index].category = nil
                findings[index].labels = []
            }
            // "It" names every finding of the sentence before: where all its placed lung findings are; a diagnosis, where
            // those of them it reads are, when it reads any and the last appearance it reads before it is placed
            // ("Pleural calcification in the left lower lobe and tree-in-bud in the lingula. … in terms of infective
            // processes" is an infection of the lingula; with that appearance placed nowhere it is where they all are).
            let pointedAt = kind == .pronoun
                ? before.filter { named($0, as: kind, anyType: false) && findings[$0].assertion != .absent }
                : [position]
            let read = placedRead == nil ? [] : pointedAt.filter { appearance(findings[$0].typeIndex) }
            let named = read.isEmpty ? pointedAt : read
            let givers = named.isEmpty ? [antecedent] : named.map { findings[$0] }
            // (next to one of an earlier sentence, only its side, lobes and segments: see ``placesBeside(_:)``; so is a chest
            // finding a proximity pronoun puts there — "Atelectasis is seen in the adjacent lung parenchyma" after a pleural
            // effusion —, not one whose type may lie anywhere: "Air images are observed in it" after an effusion is in it)
            // "Right pleural effusion. It causes compressive atelectasis.": a chest finding "it" places by one of another
            // region lies beside it too, not in its pleura — not one whose words also name lesions of other organs, which may
            // be it: "These were thought to be metastases" after nodular lesions of the pleura are there)
            let beside = switch kind {
            case .near: true
            case .place(beside: true): engine.placeTables.typeInChest[finding.typeIndex]
            default: false
            }
            let region = types[finding.typeIndex].region
            findings[index].addPlaces(of: beside ? givers.map { placesBeside($0, for: finding) }
                                        : kind.isPlace ? givers.map { placesAtItsLevel($0, for: finding) }
                                        : kind == .pronoun && engine.placeTables.typeInChest[finding.typeIndex]
                                            && !types[finding.typeIndex].otherOrgans
                                            ? givers.map { types[$0.typeIndex].region == region ? $0 : placesBeside($0, for: finding) }
                                        : givers)
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

    /// "Lymph nodes in the paratracheal area. … Lymph nodes at the subcarinal level and in the left hilum. IMPRESSION: There
    /// is a regression in the size of the mediastinal lymph nodes.": a plural finding named again with a place of its own
    /// that says a change (not a denial's: "no new nodules") names, besides the last one it restates (`besides`), every
    /// other earlier one it restates (see ``restates(_:_:)``; read with all its places or, as `own`, as its own words alone
    /// place it) that is unchanged, changed alike or changed by a recap only: each takes its change. One with a change of
    /// its own is not one it names. Findings `past` are gone already.
    private func alsoRestated(by finding: Finding, own: Finding?, besides again: Int, in before: ArraySlice<Finding>,
                              past gone: Set<Int>) -> [Int] {
        guard finding.multiple, let change = finding.temporal, finding.assertion != .absent else { return [] }
        return before.indices.filter { position in
            let other = before[position]
            return position != again && !gone.contains(position)
                && (other.temporal == nil || other.temporal == change || other.changeRecapped && !finding.changeRecapped)
                && (restates(finding, other) || own.map { restates($0, other) } == true)
        }
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

    /// "A solid nodule of 18 mm in the anterior mediastinum. It was evaluated in favor of metastasis.": the finding a pronoun
    /// reading (`Antecedent.pronoun`) names when the sentence right before it is about a finding outside the lungs: the last
    /// one of that sentence not denied, when it is outside the lungs (no category, no lobe) and placed (a structure or a
    /// side), that sentence names no lung finding not denied, the reading's own sentence none either ("Findings compatible
    /// with infectious processes in both lungs, a space-occupying lesion … cannot be differentiated" after degenerative
    /// changes of the bones is of the lungs), and the reading's words also name lesions of other organs (`otherOrgans`:
    /// "metastasis", not "pneumonia"). Nil otherwise: the reading names the lung findings before, as it did. Findings `past`
    /// are gone already.
    private func organFindingRightBefore(_ index: Int, in findings: [Finding], past gone: Set<Int>) -> Int? {
        let reading = findings[index]
        guard engine.knowledge.findings.types[reading.typeIndex].otherOrgans else { return nil }
        func ofTheLung(_ position: Int) -> Bool {
            findings[position].assertion != .absent && (findings[position].category != nil || !findings[position].lobes.isEmpty)
        }
        guard !findings.indices.contains(where: { $0 != index && findings[$0].sentence == reading.sentence && ofTheLung($0) })
        else { return nil }
        let before = findings.indices[..<index].filter {
            findings[$0].sentence == reading.sentence - 1 && !gone.contains($0) && findings[$0].assertion != .absent
        }
        guard let last = before.last, !before.contains(where: ofTheLung),
              !findings[last].structures.isEmpty || findings[last].laterality != .none
        else { return nil }
        return last
    }

    /// "Pneumonic infiltration in the right lower lobe. The infiltration has regressed.": whether a diagnosis (or a type
    /// restating one) is what a weak word names again, the appearance it reads (`interprets` in findings.xml, or a narrower
    /// one) being that word's type.
    func readsAppearance(_ diagnosis: Int, namedBy word: Int) -> Bool {
        let tables = engine.placeTables
        let interpreted = tables.interpretedTypes[tables.restatementGroup[diagnosis]]
        return interpreted.contains { tables.isKind($0, of: word) }
    }

    /// Whether a reading of the type `reading` can name an earlier finding of the type `type`: of its type, a broader or
    /// narrower one, one of its restatement group, or one of a type it interprets (or a narrower one: `interprets` in
    /// findings.xml).
    func canName(_ type: Int, as reading: Int) -> Bool {
        let tables = engine.placeTables
        let interpreted = tables.interpretedTypes[reading]
        return tables.kin(type, reading) || interpreted.contains(type) || tables.broaderTypes[type].contains(where: interpreted.contains)
    }

    /// "Minimal pericardial effusion was observed. There was no significant difference in the amount of effusion …", "There
    /// is a small pericardial effusion. The effusion is hyperdense": a word whose place makes it another type (`<in>` of
    /// findings.xml: "effusion" in the pericardium is a pericardial effusion) named again placed nowhere — no side, lobe or
    /// structure of its own —, not denied and not what a clause says something is, by a reference cue, with a change of
    /// its own (not a recap's) or in a sentence that opens with a pronoun (`Antecedent.pronoun`: "The celiac trunk shows a
    /// severe stenosis at its origin. It narrows the lumen." is that vessel's stenosis, no airway narrowing), is the last
    /// finding of its word's kind (of its own type, or of the type its word is where that one lies) named earlier in its
    /// sentence or in the sentence right before, when that one is of such another type
    /// and not denied: what it says (a change, a size) is that one's, and it is no finding of its own. After a finding of
    /// its own type ("effusion in the right pleural space"), or with a place of its own ("effusion in both hemithoraces"),
    /// it stays what its word says.
    func mergeBareRementions(in findings: inout [Finding]) {
        let types = engine.knowledge.findings
        var gone: [Int] = []
        for index in findings.indices {
            let mention = findings[index]
            let namedAgain = if case .sameType = mention.antecedent { true }
                else { mention.antecedent == .pronoun || mention.temporal != nil && !mention.changeRecapped }
            guard namedAgain, mention.assertion != .absent, mention.interpretation == .none,
                  !types.types[mention.typeIndex].relocations.isEmpty, mention.laterality == .none, mention.lobes.isEmpty,
                  mention.structures.isEmpty, mention.unsided == nil
            else { continue }
            // (of its kind: of its type, or of the type its word is where that one lies)
            func ofItsKind(_ earlier: Finding) -> Bool {
                earlier.typeIndex == mention.typeIndex
                    || earlier.structures.contains { engine.relocation(of: mention.typeIndex, in: $0) == earlier.typeIndex }
            }
            guard let last = findings.indices[..<index].last(where: {
                      !gone.contains($0) && findings[$0].sentence >= mention.sentence - 1 && ofItsKind(findings[$0])
                  }),
                  findings[last].typeIndex != mention.typeIndex, findings[last].assertion != .absent
            else { continue }
            merge(mention, into: &findings[last])
            gone.append(index)
        }
        for index in gone.reversed() { findings.remove(at: index) }
    }

    /// "There are findings compatible with emphysema. … A nodule in the left upper lobe. IMPRESSION: Findings compatible
    /// with emphysema.", "Ground glass areas … were evaluated in favor of viral pneumonia. Calcified nodules in the right upper
    /// lobe. IMPRESSION: Findings consistent with viral pneumonia.": a finding only a pronoun or a reference cue places, where
    /// findings it cannot name are, is the one finding of its kind earlier sentences named, when they named exactly one not
    /// denied, of the lung or not alike, and it is asserted alike or hedged in one of the two only and not placed elsewhere
    /// than all of `near` (the findings it would take its places from; none when it took them already: the places it
    /// borrowed are not its words). Its kind is its type; for a `copy` of the impression also, as for other copies, a
    /// narrower type or one of its restatement group (see ``PlaceTables/namesAgain(_:as:)``). Findings `past` are gone
    /// already. Nil when there is no such one: it is a finding of its own. Read for an interpretation whose pronoun names
    /// none of the findings it points to (``resolveReferences(in:placedBefore:)``) and for an impression diagnosis a
    /// reference placed (``mergeRestatements(in:sentences:text:headerless:saidOfSubjectBefore:)``).
    func onlyEarlierOfKind(namedBy finding: Finding, at index: Int, in findings: [Finding], past gone: Set<Int>,
                           near namedThere: [Finding], copy: Bool) -> Int? {
        let only = findings.indices[..<index].sole {
            let type = findings[$0].typeIndex
            return findings[$0].sentence < finding.sentence && !gone.contains($0) && findings[$0].assertion != .absent
                && (findings[$0].category == nil) == (finding.category == nil)
                && (copy ? engine.placeTables.namesAgain(type, as: finding.typeIndex) : type == finding.typeIndex)
        }
        guard let only, !elsewhere(findings[only], than: namedThere),
              findings[only].assertion == finding.assertion || findings[only].assertion.isHedgedOnce(with: finding.assertion)
        else { return nil }
        return only
    }

    /// "A hypodense lesion of 12 mm in segment 7 of the liver. The described lesion is stable.": a weak word a reference cue
    /// names again (`Antecedent.sameType`), its own words placing it nowhere (no lobe without a side either) or outside the
    /// lungs only, on no other side, is the finding outside the lungs it refers to (`position`), whatever words before its
    /// noun typed that one (see ``couldName(_:_:)``), asserted alike or hedged in one of the two only, when that one is the
    /// only finding of its organ the word could name: "the lesion" after two lesions of the liver, or after lesions placed
    /// nowhere, names neither. Nil when it is not that one.
    private func organFinding(namedBy mention: Finding, at position: Int, in before: ArraySlice<Finding>,
                              past gone: Set<Int>) -> Int? {
        let earlier = before[position]
        let weak = mention.typeIndex
        guard engine.knowledge.findings.types[weak].specificity == .weak, earlier.category == nil,
              mention.unsided == nil, mention.category == nil || mention.laterality == .none && mention.structures.isEmpty,
              mention.category != nil || inOneOrgan(mention, earlier), !placedApart(mention, earlier),
              earlier.assertion == mention.assertion || earlier.assertion.isHedgedOnce(with: mention.assertion),
              couldName(weak, earlier.typeIndex), !organless(earlier)
        else { return nil }
        let rivals = before.indices.filter { other in
            other != position && !gone.contains(other) && before[other].sentence < mention.sentence
                && before[other].category == nil && before[other].assertion != .absent
                && couldName(weak, before[other].typeIndex) && inOneOrgan(before[other], earlier)
        }
        return rivals.isEmpty ? position : nil
    }

    /// "Hypodense lesions in the liver. … The largest of the described lesions is in segment 7": a weak word naming a member
    /// of a set (`Antecedent.member`) that no earlier finding of its type is, outside the lungs, is the last set of an earlier
    /// sentence it could name, when that one is the only one of its organ (see ``organFinding(namedBy:at:in:past:)``).
    private func organSet(namedBy member: Finding, in before: ArraySlice<Finding>, past gone: Set<Int>) -> Int? {
        before.indices.last {
            !gone.contains($0) && before[$0].sentence < member.sentence && before[$0].category == nil
                && before[$0].assertion != .absent && couldName(member.typeIndex, before[$0].typeIndex)
        }.flatMap { organFinding(namedBy: member, at: $0, in: before, past: gone) }
    }

    /// "A nodular lesion in the right adrenal gland. The lesion has not changed.", "Lymphadenopathy in the paratracheal region.
    /// The described lesion may belong to a conglomerate lymphadenopathy.": a weak word named again with no place of its own
    /// whose words also name lesions of other organs (`otherOrgans`: "lesion") is of the lung by its lexicon alone, so it
    /// names the finding outside the lungs it refers to (`earlier`) as well, when that one is of the sentence right before
    /// it: the one just described. Farther back, another subject may have come between ("… hiatal hernia. … In the lung
    /// parenchyma, some of the lesions were thought to be in the recovery period").
    private func namesOrganFindingBefore(_ mention: Finding, _ earlier: Finding) -> Bool {
        engine.knowledge.findings.types[mention.typeIndex].otherOrgans && mention.category != nil && earlier.category == nil
            && earlier.sentence == mention.sentence - 1
    }

    /// Whether a weak finding word may name a finding of a type: its own, a broader or narrower one, one an adjective
    /// before the word gives it ("hypodense lesion": a `low-density` one), or one a modifier refines it to ("osseous
    /// lesion": a `bone-lesion`).
    func couldName(_ weak: Int, _ type: Int) -> Bool {
        let tables = engine.placeTables
        return tables.inOneLineage(type, weak) || tables.namedByAdjective[type] || tables.refinedTypes[weak].contains(type)
    }

    /// Whether a finding was named by a weak word (`Finding.noun`) that one of its places gave its type (`<in>` of
    /// findings.xml: "a lesion in the left scapula" is a bone lesion named by "lesion"), not an adjective before the word
    /// ("a hypodense lesion in the liver" is not one "the lesion" names as its own type).
    func placedAs(_ finding: Finding, word: Int) -> Bool {
        finding.noun == word && finding.structures.contains { engine.relocation(of: word, in: $0) == finding.typeIndex }
    }

    /// "A mass in the right upper lobe. Nodules with irregular borders in both lungs. Metastasis or infective process cannot
    /// be differentiated.": a diagnosis hedged where an `earlier` finding of its type is said plainly (or the other way
    /// round), placed by the findings it is said of (`namedThere`: those of the sentences its pronoun or its place names),
    /// all of them named after that finding's sentence, none of its own type (that finding again: "The described mass is
    /// infiltrative") and one of them said to be there and of a broader type than its own (the nodules a metastasis, a mass,
    /// may be), says what those later findings are: it is not that earlier finding again.
    func saysWhatLaterFindingsAre(_ diagnosis: Finding, not earlier: Finding, of namedThere: [Finding]) -> Bool {
        !namedThere.isEmpty
            && namedThere.allSatisfy { $0.sentence > earlier.sentence && $0.typeIndex != diagnosis.typeIndex }
            && namedThere.contains {
                $0.assertion == .present && engine.placeTables.broaderTypes[diagnosis.typeIndex].contains($0.typeIndex)
            }
    }

    /// "Emphysematous changes are present in both lungs. Emphysematous changes are more prominent in the lower lobes of the
    /// lung.": a finding of the findings section that its sentence places only where it is most marked (`Finding.mostMarked`)
    /// names again the last earlier finding of its type in the section, when that one is asserted alike, placed (on a side
    /// or in lobes), on its side or on both, not placed elsewhere (other side, other lobes, or a lobe named without a side
    /// none of whose lobes it is in), and measured and changed as it is or one of the two not at all. Where a finding is
    /// most is no finding of its own, and the earlier one keeps its places. After one placed elsewhere ("… a nodule in the
    /// right upper lobe. Nodules are more prominent in the left lower lobe") it stays a finding of its own.
    func mergeMostMarkedRementions(in findings: inout [Finding], sentences: [Sentence]) {
        var gone: [Int] = []
        for index in findings.indices where findings[index].mostMarked {
            let finding = findings[index]
            let section = sentences[finding.sentence].section
            guard section == .findings, let last = findings.indices[..<index].last(where: {
                      !gone.contains($0) && findings[$0].sentence < finding.sentence
                          && sentences[findings[$0].sentence].section == section
                          && findings[$0].typeIndex == finding.typeIndex && findings[$0].assertion == finding.assertion
                  })
            else { continue }
            let earlier = findings[last]
            guard earlier.laterality != .none || !earlier.lobes.isEmpty,
                  finding.laterality == .none || finding.laterality == earlier.laterality || earlier.laterality == .bilateral,
                  !placedApart(finding, earlier), !unsidedApart(finding, earlier),
                  measuredAlike(finding, earlier), finding.changeAgrees(with: earlier)
            else { continue }
            // (its lobes named without a side say where it is most, not where the earlier one is)
            var said = finding
            said.unsided = nil
            merge(said, into: &findings[last])
            gone.append(index)
        }
        for index in gone.reversed() { findings.remove(at: index) }
    }

    /// Whether a finding is placed elsewhere than all the given ones (on the other side, or in other lobes).
    func elsewhere(_ finding: Finding, than others: [Finding]) -> Bool {
        !others.isEmpty && others.allSatisfy { placedApart(finding, $0) }
    }

    /// The set a sentence that names no finding and opens with its largest member names (`Antecedent.member` of the type
    /// of words for the findings of the sentence before): of the last earlier sentence with a finding that is not absent,
    /// its first finding of several (else its last one), not absent, unless the member lies elsewhere (see
    /// ``elsewhere(_:than:)``).
    private func setBefore(member index: Int, in findings: [Finding], past gone: Set<Int>) -> Int? {
        let said = findings.indices[..<index].filter {
            !gone.contains($0) && findings[$0].sentence < findings[index].sentence && findings[$0].assertion != .absent
                && findings[$0].antecedent != .member && findings[$0].antecedent != .someMember
        }
        guard let last = said.last else { return nil }
        let sentence = findings[last].sentence
        let set = said.first { findings[$0].sentence == sentence && findings[$0].multiple } ?? last
        return elsewhere(findings[index], than: [findings[set]]) ? nil : set
    }

    /// What the largest member of a set says of the set: a size of its own, exact or about, is a bound of a set of several
    /// ("Nodules in both lungs. The largest of these measures 30 mm.": up to 30 mm, as "…, the largest of which is 30 mm").
    private func largest(_ member: Finding, of set: Finding) -> Finding {
        guard set.multiple, var size = member.size, size.qualifier == .exact || size.qualifier == .approx else { return member }
        var bounded = member
        size.qualifier = .upto
        bounded.size = size
        return bounded
    }

    /// A size of some member of a set, not its largest ("… one of them 5 mm. The other one measures 8 mm."): the set's
    /// size when larger than a measured one of the set (a bound said of the set stays: "nodules smaller than 1 cm").
    private func takeLarger(_ size: Size?, into set: inout Finding) {
        guard let size, let own = set.size, !set.sizeBound, own.qualifier != .upto, size.maxMM > own.maxMM else { return }
        set.size = size
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
}
