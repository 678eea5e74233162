import RadText

extension ReportParser {
    /// Whether two lung findings, one of them in no lobe, lie apart all the same: at other levels of the lung, by their
    /// lobes, else by the zones of a level they name ("fibrotic bands in the lower zones of both lungs" are not sequelae
    /// "in the upper lobes"), or one at the pleura only and the other in lobes, not there ("sequelae thickening in the
    /// costal pleura" is not "sequelae changes in the upper lobe anterior segments").
    func apartInLung(_ one: Finding, _ other: Finding) -> Bool {
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
    /// lesion of the kidney and a nodule by the stomach in the upper abdomen). `everyPlace`: each innermost place of `one`
    /// is so — a record split off a phrase by its places (`<in>` of findings.xml) holds only the places that chose its type,
    /// and one more organ names more than the other finding ("Lymph nodes in the mesenteric area. IMPRESSION: Prevascular,
    /// axillary and mesenteric lymph nodes": the axillary nodes too).
    func inOneOrgan(_ one: Finding, _ other: Finding, everyPlace: Bool = false) -> Bool {
        let index = engine.anatomyIndex
        let (mine, theirs) = (innermostPlaces(of: one), innermostPlaces(of: other))
        if mine.isEmpty || theirs.isEmpty { return mine.isEmpty && theirs.isEmpty }
        func held(_ place: Int) -> Bool { theirs.contains { index.nested($0, place) } }
        return everyPlace ? mine.allSatisfy(held) : mine.contains(where: held)
    }

    /// Whether each place a copy outside the lungs names is one the earlier finding names, or a `topic` region holding one
    /// of that finding's places: the region only frames where the finding is ("A hypodense nodule in the left lobe of the
    /// liver. IMPRESSION: Hypodense nodule in the left lobe of the liver in the sections passing through the upper abdomen"
    /// is that nodule, and "No mass in the right renal site. IMPRESSION: No mass in the upper abdominal sections" that
    /// denial; a copy in another organ of the region is not in the finding's).
    func placesWithin(_ later: Finding, _ earlier: Finding) -> Bool {
        let anatomy = engine.knowledge.anatomy
        let ancestors = engine.anatomyIndex.ancestors
        let theirs = earlier.places.compactMap(anatomy.index(of:))
        func frames(_ place: String) -> Bool {
            guard let region = anatomy.index(of: place), anatomy.structures[region].topic else { return false }
            return theirs.contains { $0 != region && ancestors[$0].contains(region) }
        }
        return later.places.allSatisfy { earlier.places.contains($0) || frames($0) }
    }

    /// Whether a finding outside the lungs names no place but maybe a side ("A hypodense lesion is observed"; not one "in
    /// the right lung", a lung place: "density reduction in both lungs" is not the liver's).
    func organless(_ finding: Finding) -> Bool {
        finding.category == nil && finding.structures.isEmpty
    }

    /// A finding outside the lungs that names no organ takes the side and organs of the copy that names it again (no lobe:
    /// one a copy names outside the lungs is a neighbouring item's).
    func placeOutsideLungs(_ finding: inout Finding, as copy: Finding) {
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
    func sizesAgree(_ one: Size?, _ other: Size?) -> Bool {
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

    /// Whether two sizes, each measured (exact or about), are at most a millimetre apart: "7 mm" and "8 mm" may be one lesion
    /// measured twice, where nothing else tells them apart (see ``sizesAgree(_:_:)`` for sizes that are one).
    func sizesNear(_ one: Size?, _ other: Size?) -> Bool {
        guard let one, let other, one.qualifier == .exact || one.qualifier == .approx,
              other.qualifier == .exact || other.qualifier == .approx else { return false }
        return abs(one.maxMM - other.maxMM) <= 1
    }

    /// Whether a sentence is one of the findings section and not of its closing summary: where the finding an impression
    /// copy names again is said.
    func describedInFindings(_ sentence: Int, sentences: [Sentence], summary: Set<Int>) -> Bool {
        sentences[sentence].section == .findings && !summary.contains(sentence)
    }

    /// Whether a copy says what the finding it names again says: asserted as it is, measured alike (see
    /// ``measuredAlike(_:_:)``) and changed alike (one of the two not measured or changed at all).
    func saidAlike(_ later: Finding, _ earlier: Finding) -> Bool {
        earlier.assertion == later.assertion && measuredAlike(later, earlier) && later.changeAgrees(with: earlier)
    }

    /// Whether two findings are measured alike: one of the two not at all, their sizes agree (see
    /// ``sizesAgree(_:_:)``), or the upper bound of one is met by a dimension said of the other (see ``boundMet(_:by:)``).
    func measuredAlike(_ one: Finding, _ other: Finding) -> Bool {
        one.size == nil || other.size == nil || sizesAgree(one.size, other.size) || boundMet(one, by: other)
            || boundMet(other, by: one)
    }

    /// Whether a finding's upper bound ("up to", "less than") is met by a dimension said of another, not only by its
    /// largest: a bound may be said of the short axis ("lymph nodes with a short axis measuring up to 10 mm" sums up lymph
    /// nodes "measuring 13x8 mm", or "up to 10 mm in the short axis and 17 mm in the long axis"). A bound no dimension
    /// of it stays within ("up to 10 mm" after nodes of 17x14 mm) is another size.
    func boundMet(_ bounded: Finding, by other: Finding) -> Bool {
        guard let bound = bounded.size, bound.qualifier == .upto else { return false }
        return other.dimensionsSaid.contains { $0 <= bound.maxMM }
    }

    /// Whether a copy whose place no side was found for ("IMPRESSION: Emphysema in both lungs. Nodule in the posterobasal
    /// segment.") is where an earlier finding on one side is: read on that side, each place it names is one of theirs or
    /// holds or lies in one, its lobes are among theirs and its segments within theirs ("the right lung lower lobe
    /// posterobasal segment"; not after one in the superior segment, nor after one on no side or both).
    func sidelessWithin(_ later: Finding, _ earlier: Finding) -> Bool {
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
        segmentsAlike(one, other.structures).contains(true)
    }

    /// Whether each segment a copy names is one the earlier finding names, or holds or lies in one of them: "the lingula" and
    /// "the inferior lingular segment", "the lower lobe basal segments" and "the posterobasal segment" name one place more or
    /// less closely.
    func segments(of later: Finding, within earlier: Finding) -> Bool {
        segments(of: later, within: earlier.structures)
    }

    /// Whether each segment a finding names is one of `places`, or holds or lies in one of them (the places of several
    /// findings a copy sums up).
    func segments(of later: Finding, within places: [Int]) -> Bool {
        segmentsAlike(later, places).allSatisfy { $0 }
    }

    /// For each segment a finding names, whether `places` name it, or one holding it or lying in it.
    private func segmentsAlike(_ one: Finding, _ places: [Int]) -> [Bool] {
        let tables = engine.placeTables
        let index = engine.anatomyIndex
        let theirs = places.filter { tables.isSegment[$0] }
        return one.structures.filter { tables.isSegment[$0] }.map { mine in theirs.contains { index.nested($0, mine) } }
    }

    /// A lung finding its sentence placed nowhere ("Ground glass areas are observed."): the impression may say where.
    func unplaced(_ finding: Finding) -> Bool {
        finding.category != nil && finding.laterality == .none && finding.lobes.isEmpty && finding.segments.isEmpty
    }
}
