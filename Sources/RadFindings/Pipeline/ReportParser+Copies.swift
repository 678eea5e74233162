import RadText

extension ReportParser {
    /// The earlier finding a copy names again (see ``copy(of:reading:in:sentences:original:summary:)``), read with all its
    /// places, else as its own words alone place it when they place it somewhere (one they place nowhere is the only one of
    /// its type: `sharingItsPlaces`): places another item of its comma list lent it are not said of it ("…, the narrowing of
    /// the bronchi in both lungs, a possible hilar mass" names again a mass of the right hilum). That finding, and the copy as
    /// its own words place it (the places the finding may take: never those lent).
    func copyReading(of index: Int, in findings: [Finding], sentences: [Sentence], original: Int?,
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
    /// copy is, first; else a lung finding the findings placed nowhere, the only one of its type (beside placed ones on the
    /// other side only of a copy on one side: "Consolidation in the left lower lobe" is not named by "consolidation in the
    /// right lung"); else one the copy or the findings hedged ("One nodule (lymph node?)" named again is the nodule, not the
    /// doubted lymph node); else one of a type
    /// the copy names in other words (after a hedged one of its very type: "Findings of pulmonary fibrosis" is the doubted
    /// fibrosis, not a fibroatelectasis), or in words of its own (`renames`: "Fibroatelectatic changes in the middle lobe"
    /// after linear atelectasis there are that atelectasis, labelled as the findings' word says); else the only one of its
    /// type, placed on one side only, that the copy names in lobes of that side; else the only one of its type when the
    /// copy is placed only by the place the list item after it shares; else the only one of its type in the copy's lobes when they share a segment; else, for a copy that names
    /// only a side, one of its very type on both sides when the findings name none of its type on that side ("Atelectatic
    /// changes in both lungs … IMPRESSION: Marked atelectasis on the right": the bilateral finding, most marked there); else,
    /// for a copy that names only a side its word read as the lung's, the one finding of its type outside the lungs on that
    /// side when the findings name none of its type in the lungs ("Cortical cysts in both kidneys. IMPRESSION: Bilateral
    /// cortical cysts."); else, for a copy of a weak word, the one specific finding there its word could name (see
    /// ``specificNamedByWeakWord(_:before:in:described:)``).
    /// `original`: the sentence the copy's sentence repeats word for word.
    private func copy(of index: Int, reading later: Finding, in findings: [Finding], sentences: [Sentence], original: Int?,
                      summary: Set<Int>) -> Int? {
        // (a lobe or segment named without a side no sentence before gave one: only a finding on one side named there — see
        // ``sidelessWithin(_:_:)``)
        let sideless = later.unsided != nil && later.laterality == .none
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        let tables = engine.placeTables
        func among<T: Equatable>(_ mine: [T], _ theirs: [T]) -> Bool { mine.allSatisfy(theirs.contains) }
        func described(_ sentence: Int) -> Bool { describedInFindings(sentence, sentences: sentences, summary: summary) }
        func copied(placing: Bool, renaming: Bool = false, hedging: Bool = false, sidedByCopy: Bool = false,
                    sideOfBoth: Bool = false) -> Int? {
            findings.indices[..<index].last(where: { position in
                // (the type first, read in place: most candidates differ in it)
                let type = findings[position].typeIndex
                let renamed = type != later.typeIndex && !broader[type].contains(later.typeIndex)
                // (or in words of its own, the findings' word labelling it: "fibroatelectatic changes" summing up a linear
                // atelectasis — see `renames` in findings.xml)
                let inOwnWords = renamed && original == nil && tables.renames(later.typeIndex, type)
                guard renamed == renaming, type == later.typeIndex || original == nil
                        && (!renamed || group[type] == group[later.typeIndex] || inOwnWords)
                else { return false }
                let earlier = findings[position]
                // (in other words, only a lung finding said again alike: "(infection?)" by the kidney is no pneumonia)
                return (original.map { earlier.sentence == $0 } ?? described(earlier.sentence))
                    && (type != later.typeIndex || earlier.category == later.category)
                    && (!renamed || earlier.category != nil && earlier.assertion == later.assertion)
                    && (hedging ? earlier.assertion.isHedgedOnce(with: later.assertion) : earlier.assertion == later.assertion)
                    && (placing ? unplaced(earlier) && later.category != nil && later.assertion != .absent
                        : (later.laterality == .none || later.laterality == earlier.laterality
                            || sidedByCopy && later.category == nil && earlier.laterality == .none && !later.places.isEmpty
                            || sideOfBoth && earlier.laterality == .bilateral && type == later.typeIndex)
                            && among(later.lobes, earlier.lobes) && segments(of: later, within: earlier)
                            && (!sideless || sidelessWithin(later, earlier)))
                    && (later.category != nil || placesWithin(later, earlier))
                    && (later.size == nil || sizesAgree(later.size, earlier.size) || boundMet(later, by: earlier)
                        || earlier.size == nil && !placing)
                    && (later.temporal == nil || later.temporal == earlier.temporal || earlier.changeYields(to: later)
                        || earlier.temporal == nil && (later.changeFromRecap || later.assertion != .absent
                            && (!placing || type == later.typeIndex && among(later.places, earlier.places))))
                    && (original != nil || inOwnWords || among(later.labels, earlier.labels))
            })
        }
        // (then, of another organ, one the findings gave no side, in the places the copy names with a side: "Both
        // mediastinal lymph nodes", "Cortical cysts in both kidneys")
        if let placedAlike = copied(placing: false) ?? copied(placing: false, sidedByCopy: true) { return placedAlike }
        // (placing only the one of its type: beside placed ones, a copy with a place sums them up; a denial does not
        // count for a copy said to be there: "No nodule was detected in the left lung" is no placed nodule, nor does one
        // on the other side only of a copy on one side: "Consolidation in the left lower lobe" is not "consolidation in
        // the right lung")
        let oneSided = later.laterality == .left || later.laterality == .right
        let unplacedOnly = !findings.indices[..<index].contains {
            findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                && !unplaced(findings[$0]) && (findings[$0].assertion != .absent || later.assertion == .absent)
                && !(oneSided && (findings[$0].laterality == .left || findings[$0].laterality == .right)
                     && findings[$0].laterality != later.laterality)
        }
        // (the one finding of the findings of the copy's very type asserted alike — among those `narrowed` keeps —, when it
        // is of the copy's category, labelled as the copy is, changed alike or one of the two not at all, and `agrees` with it)
        func onlyOfItsType(narrowed: (Finding) -> Bool = { _ in true }, agrees: (Finding) -> Bool = { _ in true }) -> Int? {
            guard let only = findings.indices[..<index].sole(where: {
                findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                    && findings[$0].assertion == later.assertion && narrowed(findings[$0])
            }) else { return nil }
            let earlier = findings[only]
            return earlier.category == later.category && among(later.labels, earlier.labels)
                && later.changeAgrees(with: earlier)
                && agrees(earlier) ? only : nil
        }
        // (a lung finding named on one side only, the one of its type, that the copy names in lobes of that side:
        // "Consolidation in the left lung … IMPRESSION: Consolidation in the left lower lobe"; not "both lungs", which
        // the lobes of a summary's neighbouring item or its emphasis would narrow)
        func placedCloser() -> Int? {
            guard original == nil, later.category != nil, later.assertion != .absent, !later.lobes.isEmpty,
                  later.laterality == .left || later.laterality == .right, later.size == nil else { return nil }
            return onlyOfItsType(agrees: {
                $0.laterality == later.laterality && $0.lobes.isEmpty && $0.segments.isEmpty
            })
        }
        // (a lung finding of an impression list whose places are only those it shares with the item after it, or only ones
        // other items lent it, the one of its type asserted alike the findings name: "Emphysema, mosaic attenuation pattern
        // and ground glass areas in the right lung" after emphysema in both lungs)
        func sharingItsPlaces() -> Int? {
            guard original == nil, !sideless, later.placeShared || later.ownPlaces?.isEmpty == true, later.category != nil,
                  later.size == nil else { return nil }
            return onlyOfItsType()
        }
        // (a lung finding named in the lobes of the only one of its type there, in segments partly its: "… in the mediobasal,
        // laterobasal and posterobasal segments" named again "in the anterobasal, mediobasal and posterobasal segments")
        func segmentsOverlapping() -> Int? {
            guard original == nil, later.category != nil, later.assertion != .absent, !later.segments.isEmpty,
                  later.laterality != .none else { return nil }
            return onlyOfItsType(narrowed: { $0.laterality == later.laterality && among(later.lobes, $0.lobes) },
                                 agrees: { sharesSegment(later, $0) && (later.size == nil || sizesAgree(later.size, $0.size)) })
        }
        // (a copy measured a millimetre apart from the only one of its type asserted alike, where that one is: "A 7 mm
        // nodule in the right lower lobe superior segment … IMPRESSION: 8 mm nodule in the right lower lobe" measured it
        // again; not past other findings of its type, one of which it may be)
        func measuredAgain() -> Int? {
            guard original == nil, later.assertion != .absent, !sideless else { return nil }
            return onlyOfItsType(agrees: {
                sizesNear(later.size, $0.size)
                    && (later.laterality == .none || later.laterality == $0.laterality)
                    && among(later.lobes, $0.lobes) && segments(of: later, within: $0)
                    && (later.category != nil || placesWithin(later, $0))
            })
        }
        // (a copy placed by a side alone, none of its type on that side: one side of a finding on both, most marked there —
        // not one of a lobe or segment, a narrower place: "a nodule in the right upper lobe" after "nodules in both lungs")
        func sideOfBilateral() -> Int? {
            guard original == nil, later.laterality == .left || later.laterality == .right, later.lobes.isEmpty,
                  later.segments.isEmpty,
                  !findings.indices[..<index].contains(where: {
                      findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                          && findings[$0].laterality == later.laterality
                  })
            else { return nil }
            return copied(placing: false, sideOfBoth: true) ?? copied(placing: false, hedging: true, sideOfBoth: true)
        }
        // (a copy placed by a side alone that its word read as the lung's, when the findings name its type in no lung
        // place: the one finding of its type outside the lungs, on that side — "Cortical cysts in both kidneys. …
        // IMPRESSION: Bilateral cortical cysts." —, which keeps its organ and category)
        func organFindingOfItsSide() -> Int? {
            guard original == nil, later.category != nil, later.laterality != .none, later.structures.isEmpty,
                  later.unsided == nil, later.assertion != .absent,
                  !findings.indices[..<index].contains(where: {
                      findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                          && findings[$0].category != nil
                  }),
                  let only = findings.indices[..<index].sole(where: {
                      findings[$0].typeIndex == later.typeIndex && described(findings[$0].sentence)
                          && findings[$0].assertion != .absent
                  })
            else { return nil }
            let earlier = findings[only]
            return earlier.laterality == later.laterality && !innermostPlaces(of: earlier).isEmpty
                && earlier.assertion == later.assertion && among(later.labels, earlier.labels)
                && measuredAlike(later, earlier)
                && later.changeAgrees(with: earlier) ? only : nil
        }
        let placedOtherwise = (unplacedOnly ? copied(placing: true) : nil)
            ?? (original == nil ? copied(placing: false, hedging: true) ?? (unplacedOnly ? copied(placing: true, hedging: true) : nil) : nil)
            ?? copied(placing: false, renaming: true)
            ?? placedCloser()
            ?? sharingItsPlaces()
            ?? segmentsOverlapping()
        return placedOtherwise
            ?? measuredAgain()
            ?? sideOfBilateral()
            ?? organFindingOfItsSide()
            ?? (original == nil ? specificNamedByWeakWord(later, before: index, in: findings, described: described) : nil)
    }

    /// "A soft tissue density in the right upper lobe apical segment, medial to the trachea, stable. IMPRESSION: Stable
    /// lesion medial to the trachea in the right upper lobe apical segment": a copy of a weak word (`specificity="weak"` in
    /// findings.xml: a lesion, an opacity; or a word its place retyped: a lesion in bone) placed somewhere names again the one specific finding of the findings section
    /// its word could name (of its lineage, or a sibling under its broader type: a lesion names a mass, both nodules) that
    /// lies where it is — of the lung or not alike, asserted alike, on its side or none, its lobes, segments and places
    /// among that one's — measured and changed as that one or one of the two not at all, labelled as it is. Two such
    /// findings there, or none, and it names neither. `described`: whether a sentence is of the findings section.
    private func specificNamedByWeakWord(_ later: Finding, before index: Int, in findings: [Finding],
                                         described: (Int) -> Bool) -> Int? {
        let types = engine.knowledge.findings.types
        let broader = engine.placeTables.broaderTypes
        // (the weak word itself, or the one its place retyped: "Metastatic lesions in the bone structures" are bone lesions
        // named by "lesion")
        let word = types[later.typeIndex].specificity == .weak ? later.typeIndex
            : later.noun.flatMap { placedAs(later, word: $0) ? $0 : nil }
        guard let word, later.assertion != .absent, later.unsided == nil,
              later.laterality != .none || !later.structures.isEmpty else { return nil }
        let wordLineage = [word] + broader[word]
        func among<T: Equatable>(_ mine: [T], _ theirs: [T]) -> Bool { mine.allSatisfy(theirs.contains) }
        let onlyThere = findings.indices[..<index].sole { position in
            let earlier = findings[position]
            return types[earlier.typeIndex].specificity == .specific && described(earlier.sentence)
                && ([earlier.typeIndex] + broader[earlier.typeIndex]).contains(where: wordLineage.contains)
                && (earlier.category == nil) == (later.category == nil) && earlier.assertion == later.assertion
                && (later.laterality == .none || later.laterality == earlier.laterality)
                && among(later.lobes, earlier.lobes) && segments(of: later, within: earlier)
                && among(later.places, earlier.places)
        }
        guard let only = onlyThere else { return nil }
        let earlier = findings[only]
        return measuredAlike(later, earlier)
            && later.changeAgrees(with: earlier)
            && among(later.labels, earlier.labels) ? only : nil
    }
}
