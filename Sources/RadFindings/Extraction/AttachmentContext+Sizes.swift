import RadGrammar
import RadLexicon
import RadText

/// Which sizes measure which finding of a sentence (lists, sizes before the noun, clauses, accompanied findings, the
/// largest named before) and how many findings a phrase is.
extension AttachmentContext {
    /// For each mention, the sizes (indices into `measurements`) that are its: the nearest phrase of the clause that
    /// `taking` allows (`nearest`), then the passes below. `asideHosts`: the finding each bracketed aside reads
    /// (`bracketHosts`); `apart`: whether a clause with a subject of its own starts between two positions.
    /// (Its own method, as `changesOf` is, so that a sentence with no size skips every pass.)
    func assignSizes(_ measurements: [Measurement], to mentions: [FindingMention], places: [Place], placesOf: [[Int]],
                     cues: [Cue], taking measurable: [Bool], brackets: [Range<Int>], asideHosts: [Int?],
                     sameClause: (Int, Int) -> Bool, apart: (Int, Int) -> Bool) -> [[Int]] {
        guard !measurements.isEmpty else { return [[Int]](filled: [], count: mentions.count) }
        var sizesOf = nearest(measurements.map(\.tokens), mentions: mentions, taking: measurable, sameClause: sameClause,
                              within: 30, notPastOthers: true)
        keepSizesInClause(measurements, mentions: mentions, places: places, placesOf: placesOf, sameClause: sameClause,
                          apart: apart, sizesOf: &sizesOf)
        keepSizeLists(measurements, mentions: mentions, sameClause: sameClause, sizesOf: &sizesOf)
        keepPrenominalSizes(measurements, mentions: mentions, sizesOf: &sizesOf)
        keepSizesOffSecondaryFindings(measurements, mentions: mentions, sizesOf: &sizesOf)
        keepListSizesOnLastKind(measurements, mentions: mentions, sizesOf: &sizesOf)
        keepSizesOffFeatures(measurements, mentions: mentions, sizesOf: &sizesOf)
        keepSizesOfAccompaniedFindings(measurements, mentions: mentions, cues: cues, taking: measurable,
                                       sameClause: sameClause, sizesOf: &sizesOf)
        keepLargestBefore(measurements, mentions: mentions, taking: measurable, sameClause: sameClause, sizesOf: &sizesOf)
        keepSizesOutOfAsides(measurements, mentions: mentions, brackets: brackets, hosts: asideHosts, taking: measurable,
                             sizesOf: &sizesOf)
        return sizesOf
    }

    /// "Effusions measuring 49 mm on the right and 45 mm on the left and atelectasis": sizes listed one
    /// after another, with no finding between them, measure one finding, unless the later one stands
    /// right before a finding of its own ("… 20 mm on the right and a 15 mm pericardial effusion").
    func keepSizeLists(_ measurements: [Measurement], mentions: [FindingMention], sameClause: (Int, Int) -> Bool,
                               sizesOf: inout [[Int]]) {
        let order = measurements.indices.sorted { measurements[$0].tokens.lowerBound < measurements[$1].tokens.lowerBound }
        for (previous, current) in zip(order, order.dropFirst()) {
            let between = measurements[previous].tokens.upperBound..<measurements[current].tokens.lowerBound
            let end = measurements[current].tokens.upperBound
            guard sameClause(between.lowerBound, between.upperBound),
                  !mentions.contains(where: { $0.phrase.overlaps(between) || (end...end + 2).contains($0.phrase.lowerBound) }),
                  let owner = sizesOf.firstIndex(where: { $0.contains(previous) }),
                  !sizesOf[owner].contains(current)
            else { continue }
            for index in sizesOf.indices { sizesOf[index].removeAll { $0 == current } }
            for index in sizesOf.indices where mentions[index].phrase == mentions[owner].phrase { sizesOf[index].append(current) }
        }
    }

    /// "A 4 mm nodular density and ground glass density increases": a size before the first finding word of a phrase
    /// that names several is the first one's, not the others' (readings of the same words keep sharing it).
    func keepPrenominalSizes(_ measurements: [Measurement], mentions: [FindingMention], sizesOf: inout [[Int]]) {
        for index in measurements.indices {
            let owners = mentions.indices.filter { sizesOf[$0].contains(index) }
            guard owners.count > 1, let first = owners.map({ mentions[$0].head.lowerBound }).min(),
                  measurements[index].tokens.upperBound <= first,
                  owners.allSatisfy({ mentions[$0].phrase == mentions[owners[0]].phrase })
            else { continue }
            for owner in owners where mentions[owner].head.lowerBound > first {
                sizesOf[owner].removeAll { $0 == index }
            }
        }
    }

    /// "Pleural effusion and atelectatic changes measuring 26 mm on the right", "sequelae changes and nodules measuring 6
    /// mm": a size said of a phrase that names a secondary finding (`secondary` in findings.xml: an atelectasis beside
    /// the effusion that compresses the lung) beside one of another kind (its head words apart) is that one's, not the
    /// secondary one's. Items that are all secondary, or none of them ("nodules and micronodules, the largest 6 mm"), share it.
    func keepSizesOffSecondaryFindings(_ measurements: [Measurement], mentions: [FindingMention], sizesOf: inout [[Int]]) {
        let types = engine.knowledge.findings.types
        for index in measurements.indices {
            let owners = mentions.indices.filter { sizesOf[$0].contains(index) }
            let primary = owners.filter { !types[mentions[$0].type].secondary }
            for owner in owners where types[mentions[owner].type].secondary && primary.contains(where: {
                mentions[$0].phrase == mentions[owner].phrase && !mentions[$0].head.overlaps(mentions[owner].head)
            }) {
                sizesOf[owner].removeAll { $0 == index }
            }
        }
    }

    /// "Emphysema, bullae, and nodules up to 5 mm": a size said after a phrase that lists findings (a comma, "and" or "or"
    /// between their words; no adjective nor a feature "with" adds) measures its last item and the items of that one's kind (its region, and focal or not alike: category 2x or 1x), not the others ("Pleural
    /// thickening and effusion up to 12 mm", "nodules and cysts up to 6 mm" share it). Not a size of the finding before
    /// it ("Nodules and micronodules …, the largest 7 mm": the list's).
    func keepListSizesOnLastKind(_ measurements: [Measurement], mentions: [FindingMention], sizesOf: inout [[Int]]) {
        let types = engine.knowledge.findings.types
        func kind(_ index: Int) -> (region: String, focal: Bool?) {
            (types[mentions[index].type].region, types[mentions[index].type].focal)
        }
        for (index, measurement) in measurements.enumerated() where !measurement.ofFindingBefore {
            let items = mentions.indices.filter {
                sizesOf[$0].contains(index) && !mentions[$0].isFeature && !mentions[$0].isAdjective
            }
            guard let last = items.max(by: { mentions[$0].head.lowerBound < mentions[$1].head.lowerBound }),
                  measurement.tokens.lowerBound >= mentions[last].phrase.upperBound
            else { continue }
            for owner in items where mentions[owner].phrase == mentions[last].phrase && kind(owner) != kind(last)
                && mentions[owner].head.upperBound <= mentions[last].head.lowerBound
                && hasCoordinator(mentions[owner].head.upperBound..<mentions[last].head.lowerBound) {
                sizesOf[owner].removeAll { $0 == index }
            }
        }
    }

    /// "A nodule with a ground-glass appearance around it, measuring 6 mm", "a nodular consolidation area with air
    /// bronchograms in approximately 15 mm diameter": a size said after a feature that "with" adds inside a phrase
    /// (`isFeature`), after the phrase, measures the finding the feature describes, not the feature (the phrase's other
    /// readings keep it). Not a size inside the phrase ("a nodule with a 5 mm cavity"), nor a phrase of features alone.
    func keepSizesOffFeatures(_ measurements: [Measurement], mentions: [FindingMention], sizesOf: inout [[Int]]) {
        for (index, feature) in mentions.enumerated() where feature.isFeature {
            guard mentions.contains(where: { !$0.isFeature && $0.phrase == feature.phrase && !$0.head.overlaps(feature.head) })
            else { continue }
            sizesOf[index].removeAll { measurements[$0].tokens.lowerBound >= feature.phrase.upperBound }
        }
    }

    /// "The lesion measures 66 mm (74 mm in the previous examination)": per mention, the change today's size says
    /// against a size of an earlier examination next to it (within fourteen words, its place between them: "a nodule of
    /// 6 mm is seen in the right lung upper lobe, which was 4 mm in the previous CT"; in one clause, a relative one counting
    /// in it; with no finding today's size does not measure named between them; else, for one that opens a bracket,
    /// today's size the bracket follows: `sizeBeforeAside`) and the earlier size.
    func changes(from earlierSizes: [Measurement], against measurements: [Measurement], sizesOf: [[Int]],
                 mentions: [FindingMention], brackets: [Range<Int>],
                 sameClause: (Int, Int) -> Bool) -> [(change: TemporalChange, earlier: Measurement)?] {
        var result = [(change: TemporalChange, earlier: Measurement)?](filled: nil, count: sizesOf.count)
        for earlier in earlierSizes {
            func gap(_ index: Int) -> Int {
                let today = measurements[index].tokens
                return today.upperBound <= earlier.tokens.lowerBound ? earlier.tokens.lowerBound - today.upperBound
                    : today.lowerBound - earlier.tokens.upperBound
            }
            guard let today = measurements.indices.filter({ index in
                      gap(index) >= 0 && gap(index) <= 14 && sizesOf.contains { $0.contains(index) }
                          && sameClause(min(measurements[index].tokens.lowerBound, earlier.tokens.lowerBound),
                                        max(measurements[index].tokens.lowerBound, earlier.tokens.lowerBound))
                          && !otherFindingBetween(measurements[index], earlier, mentions: mentions, sizesOf: sizesOf, today: index)
                  }).min(by: { gap($0) < gap($1) })
                    ?? sizeBeforeAside(earlier, measurements: measurements, sizesOf: sizesOf, mentions: mentions, brackets: brackets)
            else { continue }
            let now = measurements[today].size.maxMM
            let before = earlier.size.maxMM
            let change: TemporalChange = now > before ? .increased : now < before ? .decreased : .stable
            for index in sizesOf.indices where sizesOf[index].contains(today) { result[index] = (change, earlier) }
        }
        return result
    }

    /// Whether a finding that today's size (`today`, the index of `size`) does not measure is named between it and the earlier
    /// size: "a nodule of 8 mm and a lymph node of 12 mm in the previous examination" says no change of the nodule.
    private func otherFindingBetween(_ size: Measurement, _ earlier: Measurement, mentions: [FindingMention], sizesOf: [[Int]],
                                     today: Int) -> Bool {
        let between = min(size.tokens.upperBound, earlier.tokens.upperBound)..<max(size.tokens.lowerBound, earlier.tokens.lowerBound)
        return mentions.indices.contains { between.contains(mentions[$0].head.lowerBound) && !sizesOf[$0].contains(today) }
    }

    /// "…, the largest of which is 7.4 mm in size in the upper lobe anterior segment (the largest was 8.1 mm in the
    /// previous examination)", "an effusion measured at 10 mm in its thickest part. (measured as 12 mm in the old CT)":
    /// an earlier size that opens a bracket (at most three words before it inside) is said of today's size the bracket
    /// follows, however far: the last one before the bracket that measures a finding, when no finding is named and no
    /// other bracket stands between them.
    private func sizeBeforeAside(_ earlier: Measurement, measurements: [Measurement], sizesOf: [[Int]],
                                 mentions: [FindingMention], brackets: [Range<Int>]) -> Int? {
        guard let bracket = brackets.first(where: { $0.contains(earlier.tokens.lowerBound) }),
              earlier.tokens.lowerBound - bracket.lowerBound <= 3,
              let today = measurements.indices.filter({ index in
                  measurements[index].tokens.upperBound < bracket.lowerBound && sizesOf.contains { $0.contains(index) }
              }).max(by: { measurements[$0].tokens.upperBound < measurements[$1].tokens.upperBound })
        else { return nil }
        let between = measurements[today].tokens.upperBound..<bracket.lowerBound - 1
        guard !mentions.contains(where: { between.contains($0.phrase.lowerBound) }),
              !brackets.contains(where: { $0 != bracket && between.overlaps($0) })
        else { return nil }
        return today
    }

    /// Which sizes stay where `nearest` gave them. A size whose clause names no finding goes to one of the sentence ("nodules
    /// in both lungs; largest 5 mm"), but not past a clause with a subject of its own (`apart`: "a 50 mm defect is observed
    /// in the abdominal wall, and herniation of the bowel loops is observed"). An organ's measurement (`Measurement.organ`)
    /// is the size only of a finding of that organ, one that an `<in>` rule of findings.xml gives a type of its own there
    /// ("The ascending aorta measures 39 mm and shows dilatation"; not "…, and a stent is observed in the descending aorta",
    /// nor "The liver is 21 cm long, and its parenchymal density is decreased"); past its clause, one placed nowhere else
    /// ("The diameter of the aorta is 52 mm and there is aneurysmatic dilatation"). A finding that a size of its own measures
    /// takes none ("The spleen is 150 mm, and hypodense lesions …, the largest 12 mm").
    func keepSizesInClause(_ measurements: [Measurement], mentions: [FindingMention], places: [Place], placesOf: [[Int]],
                                   sameClause: (Int, Int) -> Bool, apart: (Int, Int) -> Bool, sizesOf: inout [[Int]]) {
        let ancestors = engine.anatomyIndex.ancestors
        for index in sizesOf.indices where !sizesOf[index].isEmpty {
            let phrase = mentions[index].phrase
            sizesOf[index].removeAll { item in
                let tokens = measurements[item].tokens
                // The words between the size and the phrase (none when they overlap).
                let (from, to) = tokens.overlaps(phrase) ? (phrase.lowerBound, phrase.lowerBound)
                    : tokens.upperBound <= phrase.lowerBound ? (tokens.upperBound, phrase.lowerBound) : (phrase.upperBound, tokens.lowerBound)
                guard let organ = measurements[item].organ else { return apart(from, to) }
                return engine.relocation(of: mentions[index].type, in: organ) == nil
                    || !sameClause(from, to) && !placesOf[index].allSatisfy { places[$0].structures.allSatisfy { ancestors[$0].contains(organ) } }
            }
            if sizesOf[index].contains(where: { measurements[$0].organ == nil }) {
                sizesOf[index].removeAll { measurements[$0].organ != nil }
            }
        }
    }

    /// "A soft tissue mass accompanied by atelectasis is observed in the right upper lobe, 60 mm at its widest", "consolidation
    /// areas are seen in the left upper lobe, including air bronchograms of about 40x30 mm": a size said after the finding
    /// that an accompaniment or result cue adds to the one before it (the guest) measures that one (the host) when it is
    /// said past a predicate cue after the guest (of the clause's subject), or when the guest is a kind of the host
    /// (`broaderTypes`: air bronchograms of a consolidation), the host being measurable, in the size's clause and measured by
    /// nothing else. Not a size before the guest ("… accompanied by a 6 mm nodule"), nor one right after a guest of its own
    /// kind ("volume loss accompanied by a nodular structure of 26x24 mm"), nor one whose qualifier says it is of the
    /// finding before it ("… accompanied by nodular consolidations, the largest of which is 12 mm").
    func keepSizesOfAccompaniedFindings(_ measurements: [Measurement], mentions: [FindingMention], cues: [Cue],
                                                taking measurable: [Bool], sameClause: (Int, Int) -> Bool,
                                                sizesOf: inout [[Int]]) {
        for cue in cues where cue.value.type.accompanies {
            guard let host = lastHost(endingBy: cue.tokens.lowerBound, in: mentions),
                  measurable[host], sizesOf[host].isEmpty,
                  let guest = mentions.indices.first(where: { mentions[$0].phrase.lowerBound >= cue.tokens.upperBound }),
                  mentions[guest].phrase.lowerBound - cue.tokens.upperBound <= cue.value.window ?? 4
            else { continue }
            let guestEnd = mentions[guest].phrase.upperBound
            let kindOfHost = engine.placeTables.broaderTypes[mentions[guest].type].contains(mentions[host].type)
            let moved = sizesOf[guest].filter { item in
                let tokens = measurements[item].tokens
                return tokens.lowerBound >= guestEnd && !measurements[item].ofFindingBefore
                    && sameClause(mentions[host].phrase.upperBound, tokens.lowerBound)
                    && (kindOfHost || cues.contains { verb in  // (a predicate cue: no list of them is built for each sentence)
                        verb.value.type == .predicate && verb.tokens.lowerBound >= guestEnd && verb.tokens.upperBound <= tokens.lowerBound
                    })
            }
            guard !moved.isEmpty else { continue }
            for index in mentions.indices where mentions[index].phrase == mentions[guest].phrase {
                sizesOf[index].removeAll { moved.contains($0) }
            }
            for index in mentions.indices where mentions[index].phrase == mentions[host].phrase { sizesOf[index] += moved }
        }
    }

    /// "Nodules in the right lung, the largest 6 mm, and the consolidation in the left lower lobe": a size whose
    /// qualifier says it is of the finding before it (`of-finding-before`) goes to the nearest measurable finding
    /// before it in its clause (a plural one first), not to a closer one after it.
    func keepLargestBefore(_ measurements: [Measurement], mentions: [FindingMention], taking measurable: [Bool],
                                   sameClause: (Int, Int) -> Bool, sizesOf: inout [[Int]]) {
        for (index, measurement) in measurements.enumerated() where measurement.ofFindingBefore {
            guard let owner = sizesOf.firstIndex(where: { $0.contains(index) }),
                  mentions[owner].phrase.lowerBound >= measurement.tokens.upperBound
            else { continue }
            let before = mentions.indices.filter { candidate in
                measurable[candidate] && !mentions[candidate].isFeature && !mentions[candidate].isAdjective
                    && mentions[candidate].phrase.upperBound <= measurement.tokens.lowerBound
                    && sameClause(mentions[candidate].phrase.upperBound, measurement.tokens.lowerBound)
            }
            guard let target = before.last(where: { mentions[$0].plural }) ?? before.last else { continue }
            for other in sizesOf.indices { sizesOf[other].removeAll { $0 == index } }
            for other in mentions.indices where mentions[other].phrase == mentions[target].phrase { sizesOf[other].append(index) }
        }
    }

    /// "Nodular hypodense lesions (cyst?) in both kidneys, the largest being 40 mm", "a nodular lesion (cyst?) with a
    /// diameter of 3 cm": a size said after a bracketed aside is the size of the finding the aside is about (its
    /// host among `hosts`, the `bracketHosts` of `brackets`, right before the bracket), not of a reading inside it, when
    /// that finding can be measured.
    func keepSizesOutOfAsides(_ measurements: [Measurement], mentions: [FindingMention], brackets: [Range<Int>],
                              hosts: [Int?], taking measurable: [Bool], sizesOf: inout [[Int]]) {
        guard !brackets.isEmpty else { return }
        for (item, measurement) in measurements.enumerated() {
            guard let owner = sizesOf.indices.first(where: { sizesOf[$0].contains(item) }),
                  let pair = brackets.first(where: { $0.contains(mentions[owner].phrase.lowerBound) }),
                  pair.upperBound <= measurement.tokens.lowerBound,
                  let host = hosts[owner], measurable[host]
            else { continue }
            for index in mentions.indices {
                if mentions[index].phrase == mentions[owner].phrase { sizesOf[index].removeAll { $0 == item } }
                if mentions[index].phrase == mentions[host].phrase && !sizesOf[index].contains(item) { sizesOf[index].append(item) }
            }
        }
    }

    /// "A hypodense lesion with a diameter of 25 mm in the left kidney (cyst)", "a 20x15 mm nodule … (metastasis?)": a
    /// reading that opens a bracket (one word before it inside at most) and is measured by nothing of its own takes the
    /// sizes of the finding it reads (the last one before the bracket) said before the bracket, as a reading after an
    /// interpretation cue does; not one said after it ("a nodular lesion (cyst?) with a diameter of 3 cm": the lesion's
    /// only, see `keepSizesOutOfAsides`), nor a denied finding's. A feature of that finding is no finding read ("a nodular
    /// lesion with a fat density of 11 mm (angiomyolipoma?)": the lesion's size, see `keepSizesOffFeatures`).
    func sizesOfBracketReadings(_ measurements: [Measurement], mentions: [FindingMention], brackets: [Range<Int>],
                                taking measurable: [Bool], sizesOf: inout [[Int]]) {
        for (index, mention) in mentions.enumerated() where measurable[index] && sizesOf[index].isEmpty {
            guard let pair = brackets.first(where: { $0.contains(mention.phrase.lowerBound) }),
                  mention.phrase.lowerBound - pair.lowerBound <= 1,
                  let host = mentions.indices.last(where: {
                      mentions[$0].phrase.upperBound < pair.lowerBound && !mentions[$0].isFeature
                  }),
                  measurable[host]
            else { continue }
            sizesOf[index] = sizesOf[host].filter { measurements[$0].tokens.upperBound < pair.lowerBound }
        }
    }

    /// Whether a finding is several, and the quantity word (up to three words before its phrase) that says so. A
    /// quantity word of several makes it several; otherwise its noun's number does, as its sizes and places correct it:
    /// a singular noun measured at several places is several (`measuredAtSeveralPlaces`), and a plural noun right after
    /// a singular quantity word and measured by one size is one (`madeSingular`).
    func quantity(of mention: FindingMention, words: [Word<Quantity>], sizes: [Measurement],
                          places placeIndices: [Int], of places: [Place]) -> (Bool, Word<Quantity>?) {
        let word = words.last {
            $0.tokens.upperBound <= mention.phrase.lowerBound && mention.phrase.lowerBound - $0.tokens.upperBound <= 3
        }
        let plural = mention.plural
            ? !(word.map { madeSingular(mention, by: $0, sizes: sizes) } ?? false)
            : measuredAtSeveralPlaces(mention, sizes: sizes, places: placeIndices, of: places)
        return (word?.value == .multiple || plural, word)
    }

    /// "A nodule measuring 4 mm in the right upper lobe and 6 mm in the left lower lobe", "a nodule of 3 mm in the
    /// lingula, 5 mm in the right lower lobe": sizes of one lesion each said before a place of it (one of its places
    /// between its first and last size, another after the last) measure one lesion at each place. Not one size ("a 4x6
    /// mm nodule"), sizes with no place between or after them (a size then and now, "95x85 mm at the level of the arch
    /// and 20 cm craniocaudally", an organ's diameters: "the ascending aorta is 45 mm and the descending 38 mm"), nor a
    /// type that is one per side (`single` in findings.xml: a pleural effusion measured on each side is said by its side).
    /// (`placeIndices`: the finding's places, indices into `places`, not copies of them.)
    private func measuredAtSeveralPlaces(_ mention: FindingMention, sizes: [Measurement], places placeIndices: [Int],
                                         of places: [Place]) -> Bool {
        let starts = sizes.map(\.tokens.lowerBound)
        guard !engine.knowledge.findings.types[mention.type].single,
              let first = starts.min(), let last = starts.max(), first < last
        else { return false }
        return placeIndices.contains { (first..<last).contains(places[$0].tokens.lowerBound) }
            && placeIndices.contains { places[$0].tokens.lowerBound > last }
    }

    /// "A calculi with a diameter of 4 mm in the lower pole calyx" (a machine-translated plural): a plural noun that a
    /// singular quantity word stands before (at most one word between them, no comma or coordinator: not "an atelectasis
    /// and nodules") and that one exact or approximate size measures is one finding. A bound ("up to 29 mm") measures the
    /// largest of several.
    private func madeSingular(_ mention: FindingMention, by word: Word<Quantity>, sizes: [Measurement]) -> Bool {
        let between = word.tokens.upperBound..<max(word.tokens.upperBound, mention.head.lowerBound)
        let words = engine.words
        return word.value == .single && between.count <= 1
            && !between.contains { lattice.tokens[$0].form == words.comma || words.coordinators.contains(lattice.tokens[$0].form) }
            && sizes.count == 1 && [.exact, .approx].contains(sizes[0].size.qualifier)
    }
}
