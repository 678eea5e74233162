import RadGrammar
import RadLexicon
import RadText

/// Places a finding phrase with no place of its own takes from around it: next to another finding or a landmark,
/// accompanying one, the result or participle it belongs to, a clause recap or diagnosis, where the sentence framed or
/// scanned before it, or a finding named before ("around it").
extension AttachmentContext {
    /// "Atelectasis adjacent to this nodule", "a ground glass area around it": a finding with no place
    /// of its own is where the finding it is next to is (the one after the cue, or the one named before
    /// it for "around it"; when that one has no place either, the last finding of its type before).
    /// What the cue names without a place of its own, named before in the sentence ("pleural effusion in
    /// the right hemithorax and atelectasis adjacent to the effusion"), is that finding again: its place.
    /// Returns, per mention, the cue that placed it, whether it is placed "around it" with nothing
    /// before it in the sentence (its place is then an earlier sentence's), and the type of the finding it is next
    /// to when that one is placed in no sentence but an earlier one ("ground glass areas around the described
    /// consolidation areas": where the last consolidation is).
    func placesNearby(_ mentions: [FindingMention], cues: [Cue], places: [Place], measurements: [Measurement],
                      placesOf: inout [[Int]], sameClause: (Int, Int) -> Bool) -> [(cue: Cue?, refersBack: Bool, nearType: Int?)] {
        var result = [(cue: Cue?, refersBack: Bool, nearType: Int?)](filled: (nil, false, nil), count: mentions.count)
        // What an interpretation cue names is where the finding before it is too ("hypodense nodular
        // lesions consistent with bilateral renal cortical cysts").
        // (a test on the sentence's cues rather than a list of them: no list is built for each sentence)
        func near(_ cue: Cue) -> Bool { cue.value.type == .proximity || cue.value.type == .interpretation }
        guard cues.contains(where: near) else { return result }
        for cue in cues where cue.value.type == .proximity && cue.value.direction != .backward {
            guard let target = mentions.indices.first(where: { mentions[$0].phrase.lowerBound == cue.tokens.upperBound }),
                  placesOf[target].isEmpty,
                  let earlier = Self.lastPlaced(mentions, placesOf, before: cue.tokens.lowerBound,
                                                where: { mentions[$0].type == mentions[target].type })
            else { continue }
            placesOf[target] = placesOf[earlier]
            result[target].cue = cue
        }
        // A place that says neither side nor lobe ("in the lung parenchyma") leaves the finding to be placed by the
        // one it is next to ("Atelectasis is observed in the lung parenchyma adjacent to the effusion"); its words
        // count toward no reach.
        func saysNoWhere(_ indices: [Int]) -> Bool { self.saysNoWhere(indices, of: places) }
        for index in mentions.indices where saysNoWhere(placesOf[index]) {
            let phrase = mentions[index].phrase
            let vague = placesOf[index]
            // The words between, places not counted; up to six when they are only a verb and a place no lexicon knows
            // ("is observed in the lung parenchyma": no comma, no other finding). With no other finding between, sizes
            // count neither: they measure this one ("a cavitation of about 16x10 mm has developed in it").
            // (an aside on its largest member right after it counts neither, and its clause goes on past it: "Satellite
            // nodules, the largest of which measures 6 mm, are observed in the vicinity of the mass")
            let aside = memberAside(after: phrase, measurements: measurements)
            func start(_ cue: Cue) -> Int { cue.tokens.lowerBound >= aside.upperBound ? aside.upperBound : phrase.upperBound }
            func reaches(_ cue: Cue) -> Bool {
                let between = start(cue)..<cue.tokens.lowerBound
                let alone = !mentions.contains { between.overlaps($0.phrase) }
                let sized = alone ? measurements.reduce(0) { $0 + $1.tokens.clamped(to: between).count } : 0
                let words = wordsOutsideBrackets(between) - sized
                    - vague.reduce(0) { $0 + places[$1].tokens.clamped(to: between).count }
                return words <= 4 || words <= 6 && !between.contains { lattice.tokens[$0].form == engine.words.comma } && alone
            }
            guard let cue = cues.first(where: {
                near($0) && $0.tokens.lowerBound >= phrase.upperBound && sameClause(start($0), $0.tokens.lowerBound) && reaches($0)
            }) ?? frontedProximity(before: phrase, cues: cues, mentions: mentions, sameClause: sameClause) else { continue }
            // The place of the finding it is next to, its own vague one kept ("interlobular septa": the type they give).
            func take(_ others: [Int]) { placesOf[index] = vague + others.filter { !vague.contains($0) } }
            if cue.value.direction == .backward {
                if let earlier = Self.lastPlaced(mentions, placesOf, before: phrase.lowerBound, where: { _ in true }) {
                    take(placesOf[earlier])
                    result[index].cue = cue
                } else {
                    result[index] = (cue, true, nil)
                }
                continue
            }
            guard let target = mentions.indices.first(where: {
                mentions[$0].phrase.lowerBound >= cue.tokens.upperBound && mentions[$0].phrase.lowerBound - cue.tokens.upperBound <= 4
            }) else { continue }
            // (a landmark placed only by its own words says no more where it is: "adjacent to pleural effusion")
            if !placesOf[target].isEmpty && !saysNoWhere(placesOf[target]) {
                take(placesOf[target])
                result[index].cue = cue
            } else if let earlier = Self.lastPlaced(mentions, placesOf, before: phrase.lowerBound,
                                                    where: { $0 != target && mentions[$0].type == mentions[target].type }) {
                take(placesOf[earlier])
                result[index].cue = cue
            } else if cue.value.type == .proximity {
                result[index].cue = cue
                result[index].nearType = mentions[target].type
            }
        }
        return result
    }

    /// "In the vicinity of the mass, satellite nodules are observed", "In the neighborhood of the mass described in the left
    /// upper lobe, there are septal thickenings", "Adjacent to it, there are ground glass areas": a proximity cue that opens
    /// its sentence, or a clause after a comma, and whose frame — the finding it names with the words up to the next comma
    /// (no other finding among them), or, pointing back, the cue alone — ends at a comma before the phrase, in the phrase's
    /// clause. The findings after that comma lie next to the one it names, as when the cue follows them.
    func frontedProximity(before phrase: Range<Int>, cues: [Cue], mentions: [FindingMention],
                          sameClause: (Int, Int) -> Bool) -> Cue? {
        let tokens = lattice.tokens
        let comma = engine.words.comma
        return cues.first { cue in
            let start = cue.tokens.lowerBound
            guard cue.value.type == .proximity, cue.tokens.upperBound < phrase.lowerBound,
                  !tokens[..<start].contains(where: { $0.kind == .word }) || tokens[start - 1].form == comma
            else { return false }
            var end = cue.tokens.upperBound
            if cue.value.direction != .backward {
                guard let landmark = mentions.first(where: { $0.phrase.lowerBound >= end && $0.phrase.lowerBound - end <= 4 }),
                      landmark.phrase.upperBound < phrase.lowerBound,
                      let next = (landmark.phrase.upperBound..<phrase.lowerBound).first(where: { tokens[$0].form == comma }),
                      !mentions.contains(where: { (landmark.phrase.upperBound..<next).contains($0.phrase.lowerBound) })
                else { return false }
                end = next
            }
            return end < phrase.lowerBound && tokens[end].form == comma && sameClause(end, phrase.lowerBound)
        }
    }

    /// "Right pleural effusion causing compressive atelectasis": one an accompaniment or result cue places where the finding
    /// before it is lies beside that one's other compartment, as one a proximity cue puts there (``foreignStructures``) —
    /// not one whose words also name lesions of other organs ("a lymph node in which calcified foci are observed"): its
    /// structures of another compartment are added to `foreign`.
    func addForeignStructuresAccompanied(_ mentions: [FindingMention], accompanying: [Cue?], own: [[Int]], placesOf: [[Int]],
                                         places: [Place], foreign: inout [Set<Int>]) {
        guard accompanying.contains(where: { $0?.value.type.accompanies == true }) else { return }
        let types = engine.knowledge.findings.types
        let borrowed = mentions.indices.map {
            accompanying[$0]?.value.type.accompanies == true && !types[mentions[$0].type].otherOrgans
        }
        let beside = foreignStructures(mentions, borrowed: borrowed, own: own, placesOf: placesOf, places: places)
        for index in mentions.indices where !beside[index].isEmpty { foreign[index].formUnion(beside[index]) }
    }

    /// "Pleural effusion of 49 mm on the right and atelectatic changes in the adjacent lung parenchyma", "Right pleural
    /// effusion causing compressive atelectasis": of the places a chest finding took from the one it lies next to or goes
    /// with (`borrowed`: through a proximity cue, or an accompaniment or result cue; past its `own`), the structures of
    /// another compartment than its type's region (the pleura, a hemithorax, a fissure, a rib) that are no lobe, segment nor
    /// zone of the lung ("subpleural"): it lies beside them, on their side and in their lobes, not in them. Per mention, the
    /// structures it leaves out (none of its own places').
    func foreignStructures(_ mentions: [FindingMention], borrowed: [Bool], own: [[Int]], placesOf: [[Int]],
                           places: [Place]) -> [Set<Int>] {
        let structures = engine.knowledge.anatomy.structures
        let types = engine.knowledge.findings.types
        return mentions.indices.map { index in
            let type = mentions[index].type
            guard borrowed[index], engine.placeTables.typeInChest[type] else { return [] }
            let ownStructures = Set(own[index].flatMap { places[$0].structures })
            return Set(placesOf[index].filter { !own[index].contains($0) }.flatMap { places[$0].structures }.filter {
                structures[$0].region != types[type].region && !engine.placeTables.isLungPart[$0] && structures[$0].kind != .zone
                    && !ownStructures.contains($0)
            })
        }
    }

    /// "Reactive lymph nodes in the retrocrural region adjacent to the mediobasal segment of the lower lobe of the right
    /// lung", "a lymph node adjacent to the lower lobe of the left lung": whether a finding of an organ beside the lungs
    /// (`PlaceTables.besideLungs`: a mediastinal lymph node) lies next to the place's lobes and segments — all named past a
    /// proximity word inside the place, or the whole place right after a proximity cue —, so that it takes their side only.
    func liesBesideLungParts(of place: Place, type: Int, cues: [Cue]) -> Bool {
        guard engine.placeTables.besideLungs[type] else { return false }
        return place.lungPartsOnlyBeside || cues.contains {
            $0.value.type == .proximity && $0.value.direction != .backward && $0.tokens.upperBound == place.tokens.lowerBound
        }
    }

    /// Whether places say neither side, lobe nor organ ("in the lung parenchyma", "subpleural"; so do none).
    func saysNoWhere(_ indices: [Int], of places: [Place]) -> Bool {
        indices.allSatisfy { index in
            places[index].sides.isEmpty && !places[index].needsSide
                && places[index].structures.allSatisfy { engine.placeTables.lobeRank[$0] < 0 && engine.knowledge.anatomy.structures[$0].kind != .organ }
        }
    }

    /// "Consolidation is observed in the left lung adjacent to the mass, especially in the lingula": per landmark a proximity cue
    /// names as one named before ("adjacent to the mass"), the chest finding before the cue, whose places past a comma after the
    /// landmark are (see ``movePlacesPastLandmarks(_:mentions:places:placesOf:)``).
    func landmarkHosts(_ mentions: [FindingMention], cues: [Cue]) -> [(landmark: Int, host: Int)] {
        cues.compactMap { cue in
            guard cue.value.type == .proximity, cue.value.direction != .backward,
                  lattice.tokens[cue.tokens.upperBound - 1].form == engine.words.the,
                  let landmark = mentions.indices.first(where: { mentions[$0].phrase.lowerBound == cue.tokens.upperBound }),
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= cue.tokens.lowerBound }),
                  engine.placeTables.typeInChest[mentions[host].type]
            else { return nil }
            return (landmark, host)
        }
    }

    /// "Soft tissue swelling around the fracture", "an area minimally hypodense compared to the atelectatic lung": per mention,
    /// whether it names, by its head, a definite landmark or comparison standard of another finding — right after a proximity
    /// cue ending in "the", or after a comparison cue and "the" — which places or measures the other finding, not itself
    /// (`Finding.isLandmark`). A phrase whose words before its head hold a comma or a coordinator ("within the image,
    /// hypodense lesions", "around the cavity, acinar opacities") names no landmark.
    func definiteLandmarks(_ mentions: [FindingMention], cues: [Cue]) -> [Bool] {
        let the = engine.words.the
        let starts: [Int] = cues.compactMap { cue in
            let end = cue.tokens.upperBound
            switch cue.value.type {
            case .proximity where cue.value.direction != .backward && lattice.tokens[end - 1].form == the: return end
            case .comparison where end < lattice.tokens.count && lattice.tokens[end].form == the: return end + 1
            default: return nil
            }
        }
        guard !starts.isEmpty else { return [Bool](filled: false, count: mentions.count) }
        return mentions.map { mention in
            starts.contains(mention.phrase.lowerBound)
                && !(mention.phrase.lowerBound..<mention.head.lowerBound).contains {
                    lattice.tokens[$0].form == engine.words.comma || engine.words.coordinators.contains(lattice.tokens[$0].form)
                }
        }
    }

    /// "… adjacent to the effusion, in the lower lobe posterobasal segment and in the middle lobe": places a landmark took after
    /// it past a comma are the finding's it is next to (`pairs` from ``landmarkHosts(_:cues:)``).
    func movePlacesPastLandmarks(_ pairs: [(landmark: Int, host: Int)], mentions: [FindingMention], places: [Place],
                                 placesOf: inout [[Int]]) {
        for (landmark, host) in pairs {
            let end = mentions[landmark].phrase.upperBound
            let past = placesOf[landmark].filter { place in
                places[place].tokens.lowerBound >= end
                    && lattice.tokens[end..<places[place].tokens.lowerBound].contains { $0.form == engine.words.comma }
            }
            guard !past.isEmpty else { continue }
            placesOf[landmark].removeAll(where: past.contains)
            placesOf[host] += past.filter { !placesOf[host].contains($0) }
        }
    }

    /// "This cavitary lesion caused atelectasis in the lower lobe", "a mass in the right hilum causing atelectasis in the
    /// right lower lobe": a place after a result cue, before the clause after the cue ends (a scope end, relative pronoun or
    /// verb), that a finding after the cue took is that result's, not a cause's: a finding before the cue in its clause that
    /// has a place of its own outside the result's clause ("A mass leading to atelectasis in the right lower lobe was
    /// observed in the right hilum") or that a reference cue names (without a place of its own it is the finding named
    /// before, where that one is). A cause placed by nothing else that says where (a side, lobe or organ) keeps it
    /// ("fibrosis areas causing structural distortion in both lungs", "subpleural fibrosis causing distortion in the right
    /// upper lobe": both are there).
    func keepPlacesOfResults(_ mentions: [FindingMention], cues: [Cue], places: [Place], placesOf: inout [[Int]],
                             sameClause: (Int, Int) -> Bool) {
        let results = cues.filter { $0.value.type == .result }
        guard !results.isEmpty else { return }
        let clauseEnds = cues.filter { [.scopeEnd, .relative, .predicate].contains($0.value.type) }.map(\.tokens.lowerBound)
        for cue in results {
            let end = clauseEnds.filter { $0 >= cue.tokens.upperBound }.min() ?? lattice.tokens.count
            let after = cue.tokens.upperBound..<end
            let taken = Set(mentions.indices.filter { after.contains(mentions[$0].phrase.lowerBound) }
                .flatMap { placesOf[$0] }.filter { after.contains(places[$0].tokens.lowerBound) })
            guard !taken.isEmpty else { continue }
            for index in mentions.indices where mentions[index].phrase.upperBound <= cue.tokens.lowerBound
                && sameClause(mentions[index].phrase.upperBound, cue.tokens.lowerBound) {
                let namedBefore = cues.contains { $0.value.type == .reference && self.cue($0, names: mentions[index].phrase, head: mentions[index].head) }
                guard namedBefore || !saysNoWhere(placesOf[index].filter { !taken.contains($0) }, of: places) else { continue }
                placesOf[index].removeAll(where: taken.contains)
            }
        }
    }

    /// "Consolidation areas in both lungs, obliterating the right upper lobe bronchus", "a mass in the left upper lobe,
    /// compressing the lower lobe bronchi": a participle cue right after a comma opens a clause, up to the next comma, about
    /// a structure the finding before it acts on. The places in that clause are the clause's (a finding named in it keeps
    /// them), not those of a finding before the comma with a place of its own that says where outside the clause ("A mass,
    /// surrounding the left main bronchus" has no other place: it keeps it). Extension cues ("extending to the lower lobe")
    /// open no such clause: where a new finding reaches stays its place.
    func keepPlacesOfParticiples(_ mentions: [FindingMention], cues: [Cue], places: [Place], placesOf: inout [[Int]]) {
        for cue in cues where cue.value.type == .participle && cue.tokens.lowerBound > 0
            && lattice.tokens[cue.tokens.lowerBound - 1].form == engine.words.comma {
            let end = lattice.tokens.indices[cue.tokens.upperBound...].first { lattice.tokens[$0].form == engine.words.comma }
                ?? lattice.tokens.count
            let clause = cue.tokens.lowerBound..<end
            for index in mentions.indices where mentions[index].phrase.upperBound <= cue.tokens.lowerBound {
                let inClause = placesOf[index].filter { clause.contains(places[$0].tokens.lowerBound) }
                guard !inClause.isEmpty,
                      !saysNoWhere(placesOf[index].filter { !inClause.contains($0) }, of: places) else { continue }
                placesOf[index].removeAll(where: inClause.contains)
            }
        }
    }

    /// "The described mass lesion narrows and obliterates the right lung main bronchus", "The described lesion measures
    /// 24 mm, and nodules are observed in the left lung", "The lesion described measures 24 mm, …" (a backward cue right
    /// after it): a finding a reference cue names again takes no place said at or
    /// after the start of a later finding of its sentence that is not listed with it (words other than coordinators between
    /// them, or none: a construction right after it). That place is the later
    /// finding's (the airway it narrows, where the other nodules are); the one named again stays where it was named
    /// before. A later finding listed with it ("the described nodules and consolidation areas in the left lower lobe")
    /// shares its place. The article alone ("the consolidation area, which includes air bronchograms, in the left lower
    /// lobe") names no finding described before: that one keeps the places after the findings its clauses add; so does the
    /// largest member of a set (a `member` cue: "…, the largest of which is a ground glass area accompanied by consolidation
    /// in the right lower lobe"), whose places are the set's (see ``placesNamedBefore(_:cues:places:placesOf:)``).
    func keepPlacesOfLaterFindings(_ mentions: [FindingMention], cues: [Cue], places: [Place], placesOf: inout [[Int]]) {
        let tokens = lattice.tokens
        let described = cues.filter { cue in
            cue.value.type == .reference && !engine.knowledge.cues.cues[cue.value.index].member
                && !tokens[cue.tokens].allSatisfy { $0.form == engine.words.the }
        }
        guard !described.isEmpty else { return }
        for index in mentions.indices where !placesOf[index].isEmpty {
            // (a cue right after it is part of its words: "the nodules described and consolidation areas" are listed)
            let following = described.last { self.cue($0, follows: mentions[index]) }
            guard following != nil || described.contains(where: { self.cue($0, names: mentions[index].phrase, head: mentions[index].head) }) else { continue }
            let end = following?.tokens.upperBound ?? mentions[index].phrase.upperBound
            let unlisted = mentions.filter { later in
                later.phrase.lowerBound >= end && (later.phrase.lowerBound == end
                    || !tokens[end..<later.phrase.lowerBound].allSatisfy { engine.words.coordinators.contains($0.form) })
            }
            guard let first = unlisted.map(\.phrase.lowerBound).min() else { continue }
            placesOf[index].removeAll { places[$0].tokens.lowerBound >= first }
        }
    }

    /// "Nodules in the left lung, more prominent in the lower lobe": a lobe or segment without a side
    /// goes, as any place would, to a lung or pleural finding that has places; the side they say
    /// completes it. It takes no part in placing the other phrases, nor gives a place of its own. To a
    /// finding without places it goes when the sentence said one side before it, which completes it
    /// ("… in the right lung upper lobe anterior, and consolidation areas in the upper lobe anterior").
    /// Returns, per mention, the lobes and segments without a side it was given or left (when no side of its
    /// sentence completes them, "a nodule in the laterobasal segment", a side an earlier sentence says may); none
    /// (an empty array) when the sentence names no such place.
    func addPlacesNeedingSide(_ places: [Place], to mentions: [FindingMention], placesOf: inout [[Int]], cues: [Cue],
                              landmarks: [(landmark: Int, host: Int)], sameClause: (Int, Int) -> Bool) -> [[Int]] {
        guard places.contains(where: { $0.needsSide }) else { return [] }
        var unsided = [[Int]](filled: [], count: mentions.count)
        var all = assignPlaces(places, to: mentions, sameClause: sameClause, cues: cues, withPlacesNeedingSide: true)
        movePlacesPastLandmarks(landmarks, mentions: mentions, places: places, placesOf: &all)
        keepPlacesOfResults(mentions, cues: cues, places: places, placesOf: &all, sameClause: sameClause)
        keepPlacesOfParticiples(mentions, cues: cues, places: places, placesOf: &all)
        for index in mentions.indices where engine.placeTables.typeInChest[mentions[index].type] {
            let needing = all[index].filter { places[$0].needsSide }
            placesOf[index] += placesOf[index].isEmpty ? needing.filter { !sideSaid(before: places[$0], among: places).isEmpty } : needing
            unsided[index] = needing
        }
        return unsided
    }

    /// Whether a place says a side of the lung ("the right lung", "on the left"; not "the right kidney").
    func saysLungSide(_ place: Place) -> Bool {
        place.sideSaid && place.structures.allSatisfy { engine.placeTables.takesLungSide[$0] }
    }

    /// The one side the sentence's places said last before a place, if one.
    func sideSaid(before place: Place, among places: [Place]) -> Sides {
        guard let before = places.last(where: { saysLungSide($0) && $0.tokens.upperBound <= place.tokens.lowerBound }),
              before.sides.count == 1 else { return [] }
        return before.sides
    }

    /// "Satellite nodules, the largest of which measures 6 mm, are observed …": the aside right after a phrase, from its comma
    /// through the next comma, that opens with a size of its largest member (`ofFindingBefore`: "the largest of which …");
    /// else the empty range at the phrase's end.
    func memberAside(after phrase: Range<Int>, measurements: [Measurement]) -> Range<Int> {
        let tokens = lattice.tokens
        let comma = engine.words.comma
        guard phrase.upperBound < tokens.count, tokens[phrase.upperBound].form == comma,
              measurements.contains(where: { $0.ofFindingBefore && $0.tokens.lowerBound == phrase.upperBound + 1 }),
              let end = tokens.indices[(phrase.upperBound + 1)...].first(where: { tokens[$0].form == comma })
        else { return phrase.upperBound..<phrase.upperBound }
        return phrase.upperBound..<(end + 1)
    }

    /// How many tokens of a range stand outside brackets: "ground glass areas (halo sign) are observed
    /// around them" has three between the phrase and the cue.
    func wordsOutsideBrackets(_ range: Range<Int>) -> Int {
        var depth = 0
        var count = 0
        for token in lattice.tokens[range] {
            if token.form == engine.words.openBracket {
                depth += 1
            } else if token.form == engine.words.closeBracket {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                count += 1
            }
        }
        return count
    }

    /// "Consolidation in the right lower lobe accompanied by air bronchograms", "a nodular density,
    /// around which ground glass areas are seen": a finding without a place of its own that an
    /// accompaniment cue introduces is where the last placed finding before the cue is; so is what an
    /// interpretation cue names ("effusion in the right hemithorax, evaluated in favor of empyema").
    /// A finding placed only in a zone ("in the form of subpleural ground glass opacity") is there too.
    /// A finding placed with a side comes before one placed without ("fibroatelectasis in the upper lobes
    /// of both lungs, irregularity in the pleura and accompanying calcific nodules": the upper lobes).
    /// A lung finding that accompanies one its sentence places nowhere ("Bronchiectasis is sometimes accompanied by
    /// structural distortion", the bronchiectasis named in an earlier sentence) lies where that one is: `accompaniedTypes`
    /// takes, per mention, the type of the lung finding right before the cue in its clause (`Antecedent.accompanying`).
    func placesAccompanying(_ mentions: [FindingMention], cues: [Cue], placesOf: inout [[Int]], places: [Place],
                            accompaniedTypes: inout [Int?], sameClause: (Int, Int) -> Bool) -> [Cue?] {
        var result = [Cue?](filled: nil, count: mentions.count)
        // (a test on the sentence's cues rather than a list of them: no list is built for each sentence)
        func accompanies(_ cue: Cue) -> Bool { cue.value.type.accompanies || cue.value.type == .interpretation }
        guard cues.contains(where: accompanies) else { return result }
        for index in mentions.indices where placesOf[index].isEmpty || onlyZones(placesOf[index], of: places) {
            let phrase = mentions[index].phrase
            guard let cue = cues.last(where: {
                accompanies($0) && cue($0, reaches: phrase, places: places) && sameClause($0.tokens.upperBound, phrase.lowerBound)
            }) else { continue }
            func candidate(_ index: Int) -> Bool { sameClause(mentions[index].phrase.upperBound, cue.tokens.lowerBound) }
            guard let earlier = Self.lastPlaced(mentions, placesOf, before: cue.tokens.lowerBound, where: {
                candidate($0) && placesOf[$0].contains { !places[$0].sides.isEmpty }
            }) ?? Self.lastPlaced(mentions, placesOf, before: cue.tokens.lowerBound, where: candidate) else {
                let types = engine.knowledge.findings.types
                if cue.value.type == .accompaniment, placesOf[index].isEmpty, types[mentions[index].type].category != nil,
                   let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= cue.tokens.lowerBound && candidate($0) }),
                   placesOf[host].isEmpty, types[mentions[host].type].category != nil {
                    accompaniedTypes[index] = mentions[host].type
                }
                continue
            }
            placesOf[index] += placesOf[earlier]
            result[index] = cue
        }
        return result
    }

    /// Whether what a cue introduces reaches a phrase after it: at most the cue's window (four words unless it says)
    /// outside brackets between them; with no comma between, place words are not counted — they describe the phrase
    /// ("in the form of bilaterally asymmetrical predominantly subpleural localized ground glass opacity"; not "in the
    /// form of smearing in the bilateral hemithorax, thickening of the bronchial wall").
    func cue(_ cue: Cue, reaches phrase: Range<Int>, places: [Place]) -> Bool {
        guard cue.tokens.upperBound <= phrase.lowerBound else { return false }
        let between = cue.tokens.upperBound..<phrase.lowerBound
        let words = wordsOutsideBrackets(between)
        let window = cue.value.window ?? 4
        guard words > window, !between.contains(where: { lattice.tokens[$0].form == engine.words.comma }) else { return words <= window }
        return words - places.reduce(0) { $0 + $1.tokens.clamped(to: between).count } <= window
    }

    /// Whether a finding's places name only zones of the lung, without a side ("subpleural", "peripheral"):
    /// where in the lungs, not which lung.
    func onlyZones(_ indices: [Int], of places: [Place]) -> Bool {
        !indices.isEmpty && indices.allSatisfy { index in
            places[index].sides.isEmpty && !places[index].structures.isEmpty
                && places[index].structures.allSatisfy { engine.knowledge.anatomy.structures[$0].kind == .zone }
        }
    }

    /// "… in all segments of both lungs in the form of ground glass opacity with air bronchograms, septal
    /// thickenings and consolidation areas": the items of a list that an accompaniment or interpretation cue
    /// introduces are where its first item is placed before the cue (the place of the finding before the cue,
    /// or the one it interprets), while the list goes on (a coordinator, "the" and
    /// at most two other words between items, no cue of a clause) and an item has no place of its own but zones.
    func placeListsAccompanying(_ mentions: [FindingMention], cues: [Cue], ownPlaces: [[Int]], placesOf: inout [[Int]],
                                placedBy: inout [Cue?], places: [Place], sameClause: (Int, Int) -> Bool) {
        let tokens = lattice.tokens
        let coordinators = engine.words.coordinators
        func unplaced(_ index: Int) -> Bool { ownPlaces[index].isEmpty || onlyZones(ownPlaces[index], of: places) }
        for cue in cues where cue.value.type.accompanies || cue.value.type == .interpretation {
            guard let first = mentions.indices.first(where: { mentions[$0].phrase.lowerBound >= cue.tokens.upperBound }),
                  self.cue(cue, reaches: mentions[first].phrase, places: places),
                  sameClause(cue.tokens.upperBound, mentions[first].phrase.lowerBound)
            else { continue }
            // Where the first item is as the finding before the cue is (not a zone of its own).
            let given = placesOf[first].filter { places[$0].tokens.upperBound <= cue.tokens.lowerBound && !onlyZones([$0], of: places) }
            guard !given.isEmpty else { continue }
            var previous = first
            while let next = mentions.indices.first(where: { mentions[$0].phrase.lowerBound >= mentions[previous].phrase.upperBound }),
                  unplaced(next), placesOf[next] == ownPlaces[next], sameClause(cue.tokens.upperBound, mentions[next].phrase.lowerBound) {
                let between = mentions[previous].phrase.upperBound..<mentions[next].phrase.lowerBound
                let others = between.filter { !coordinators.contains(tokens[$0].form) && tokens[$0].form != engine.words.the }
                guard others.count <= 2, between.contains(where: { coordinators.contains(tokens[$0].form) }),
                      !cues.contains(where: { between.overlaps($0.tokens) && !$0.value.type.accompanies })
                else { break }
                for index in mentions.indices where mentions[index].phrase == mentions[next].phrase {
                    placesOf[index] += given
                    placedBy[index] = placedBy[index] ?? cue
                }
                previous = next
            }
        }
    }

    /// "There are ground glass areas in the right lung lower lobe, and the appearance is suspicious for viral pneumonia":
    /// a clause that opens (after a comma, "and" or ";") with a generic word a reference cue names ("the appearance",
    /// "these findings") names the findings before it in the sentence; a lung or pleural finding after it with no place
    /// of its own is where the placed lung and pleural findings before it are.
    func placesNamedByClauseRecaps(_ mentions: [FindingMention], among allMentions: [FindingMention], cues: [Cue],
                                   placesOf: inout [[Int]]) {
        let types = engine.knowledge.findings.types
        let tokens = lattice.tokens
        let scopeEnds = cues.filter { $0.value.type == .scopeEnd }
        for generic in allMentions where types[generic.type].specificity == .generic && !generic.isFeature {
            // (not "the appearance of a nodule": the container of the finding after it)
            guard generic.phrase.upperBound >= tokens.count || tokens[generic.phrase.upperBound].form != engine.words.of,
                  let cue = cues.first(where: { $0.value.type == .reference && self.cue($0, names: generic.phrase, head: generic.head) }),
                  cue.tokens.lowerBound > 0,
                  engine.words.coordinators.contains(tokens[cue.tokens.lowerBound - 1].form)
                    || scopeEnds.contains(where: { $0.tokens.upperBound == cue.tokens.lowerBound })
            else { continue }
            let before = mentions.indices.filter {
                mentions[$0].phrase.upperBound <= cue.tokens.lowerBound && types[mentions[$0].type].category != nil && !placesOf[$0].isEmpty
            }
            guard !before.isEmpty else { continue }
            let named = before.flatMap { placesOf[$0] }.uniqued()
            for index in mentions.indices where mentions[index].phrase.lowerBound >= generic.phrase.upperBound
                && placesOf[index].isEmpty && types[mentions[index].type].category != nil {
                placesOf[index] = named
            }
        }
    }

    /// "Ground glass densities in the lower lobes of both lungs are atypical for Covid pneumonia", "… ; infective pathologies
    /// are considered in the etiology", "…, and round pneumonia and atelectasis were considered in the differential
    /// diagnosis": a diagnosis (`diagnosis` in findings.xml) or a doubted lung finding named after placed lung or pleural
    /// findings of its sentence, with no place of its own and not denied, says what they are: it is where they all are.
    func placesOfDiagnoses(_ mentions: [FindingMention], assertions: [Assertion], placesOf: inout [[Int]]) {
        let types = engine.knowledge.findings.types
        for index in mentions.indices where (types[mentions[index].type].diagnosis || assertions[index] == .uncertain)
            && types[mentions[index].type].category != nil && placesOf[index].isEmpty && assertions[index] != .absent {
            let named = mentions.indices.filter {
                mentions[$0].phrase.upperBound <= mentions[index].phrase.lowerBound && types[mentions[$0].type].category != nil
                    && assertions[$0] != .absent && !placesOf[$0].isEmpty
            }
            placesOf[index] = named.flatMap { placesOf[$0] }.uniqued()
        }
    }

    /// "Active infiltration is not detected in both lungs, and there are millimetric nodules": where a
    /// finding was looked for in the chest and not found is where the sentence looked, so a present
    /// chest finding after it without a place of its own is there too (across "and there are").
    func placesScannedBefore(_ mentions: [FindingMention], assertions: [Assertion], places: [Place],
                                     placesOf: inout [[Int]]) {
        let inChest = engine.anatomyIndex.inChest
        for index in mentions.indices where placesOf[index].isEmpty && assertions[index] == .present
            && engine.placeTables.typeInChest[mentions[index].type] {
            guard let earlier = Self.lastPlaced(mentions, placesOf, before: mentions[index].phrase.lowerBound, where: { _ in true }),
                  assertions[earlier] == .absent,
                  placesOf[earlier].allSatisfy({ places[$0].structures.allSatisfy { inChest[$0] } })
            else { continue }
            placesOf[index] = placesOf[earlier]
        }
    }

    /// "In the right lung, there is a nodule in the upper lobe and there is atelectasis in the lower
    /// lobe": chest places that open the sentence, set off by a comma before its first finding, frame
    /// it. A lung or pleural finding of a later clause without a place of its own is there too (and a
    /// lobe without a side it names then takes the frame's side), as is one placed only in zones ("In almost all segments
    /// of both lungs, ground glass areas, consolidation in the basals, and subpleural bands": the bands are in both
    /// lungs, a list item with a place of its own before them notwithstanding). So does a placed chest finding named right
    /// after the "in" that opens the sentence ("In the consolidation described in the left upper lobe, there are cavitation
    /// and ground glass areas": in it). The places of the case's history frame nothing ("In the case with a history of
    /// left lung operation, nodules are observed": `histories`).
    func placesFramedBefore(_ mentions: [FindingMention], places: [Place], histories: [Range<Int>], placesOf: inout [[Int]]) {
        guard let first = mentions.map(\.phrase.lowerBound).min() else { return }
        framedByFindingBefore(mentions, first: first, places: places, placesOf: &placesOf)
        let inChest = engine.anatomyIndex.inChest
        let frame = places.indices.filter { index in
            let place = places[index]
            return place.tokens.upperBound <= first && !place.needsSide && !place.structures.isEmpty
                && !histories.contains { $0.contains(place.tokens.lowerBound) }
                && place.structures.allSatisfy { inChest[$0] }
        }
        guard let last = frame.last,
              lattice.tokens[places[last].tokens.upperBound..<first].contains(where: { $0.form == engine.words.comma })
        else { return }
        for index in mentions.indices where unframed(placesOf[index], of: places) && engine.placeTables.typeInChest[mentions[index].type] {
            placesOf[index] += frame
        }
    }

    /// "Peribronchial thickening in both lungs and linear atelectasis extending to the hilum are observed", "ground glass
    /// densities in both lungs and thickening of the interlobular septa on this background": a lung finding of a later item
    /// of the clause, placed nowhere that says a side, lobe or organ, is in the lung the lung finding before it is in — the
    /// nearest one placed before it, when that one is placed in whole lungs (not a lobe: "consolidation in the right lower
    /// lobe and ground glass" says nothing of where the ground glass is) and only lung findings are named between them
    /// ("atelectasis in the right lung, pericardial effusion and nodules"). Not when another side is said in the sentence,
    /// nor across a clause with a subject of its own (`sameClause`), nor to a finding asserted otherwise ("emphysema in both
    /// lungs and no mass"; "…, the possible presence of a hilar mass": a doubt is its own), nor into brackets (they say what their host is), nor to one of the type of
    /// a finding named before it in the sentence (named again: the repeats are merged). `asserted`: per mention; `pairs`:
    /// ``bracketPairs()``.
    func placesOfWholeLungsBefore(_ mentions: [FindingMention], places: [Place], asserted: [Assertion], pairs: [Range<Int>],
                                  placesOf: inout [[Int]], sameClause: (Int, Int) -> Bool) {
        let types = engine.knowledge.findings.types
        let structures = engine.knowledge.anatomy.structures
        func inLung(_ mention: Int) -> Bool {
            types[mentions[mention].type].category != nil && types[mentions[mention].type].region != "pleura"
        }
        func wholeLungs(_ place: Int) -> Bool {
            !places[place].sides.isEmpty && !places[place].structures.isEmpty
                && places[place].structures.allSatisfy { structures[$0].kind == .lung }
        }
        // (one side said throughout, read in one pass: no list of the sided places)
        var sides: Sides? = nil
        for place in places.indices where !places[place].sides.isEmpty {
            guard sides == nil || places[place].sides == sides else { return }
            sides = places[place].sides
        }
        // (the mentions are put in text order only when one of them is a lung finding placed nowhere, as in few sentences)
        guard sides != nil, mentions.indices.contains(where: { inLung($0) && saysNoWhere(placesOf[$0], of: places) })
        else { return }
        let order = mentions.indices.sorted { mentions[$0].phrase.lowerBound < mentions[$1].phrase.lowerBound }
        for index in order where inLung(index) && saysNoWhere(placesOf[index], of: places) {
            let start = mentions[index].phrase.lowerBound
            guard !pairs.contains(where: { $0.contains(start) }),
                  !order.contains(where: { mentions[$0].phrase.upperBound <= start
                      && mentions[$0].type == mentions[index].type }),
                  let host = order.last(where: { mentions[$0].phrase.upperBound <= start && !placesOf[$0].isEmpty }),
                  inLung(host), sameClause(mentions[host].phrase.lowerBound, start),
                  asserted[host] == asserted[index],
                  placesOf[host].contains(where: wholeLungs),
                  placesOf[host].allSatisfy({ places[$0].sides.isEmpty || wholeLungs($0) }),
                  order.allSatisfy({ other in
                      !(mentions[host].head.upperBound..<mentions[index].head.lowerBound).contains(mentions[other].head.lowerBound)
                          || inLung(other)
                  })
            else { continue }
            placesOf[index] += placesOf[host].filter { wholeLungs($0) && !placesOf[index].contains($0) }
        }
    }

    /// Whether a finding's places leave it to the frame the sentence opens with: it has none, or only zones ("subpleural":
    /// where in the lungs, not which).
    private func unframed(_ indices: [Int], of places: [Place]) -> Bool {
        indices.isEmpty || onlyZones(indices, of: places)
    }

    /// "In the consolidation …, there are …": the frame of ``placesFramedBefore(_:places:histories:placesOf:)`` a finding gives.
    /// Between the opening "in" (and "the") and the finding may stand only words that match nothing or only a place's or a
    /// finding modifier's words ("In the central air bronchograms in both hilar regions, areas of soft tissue density are
    /// observed": in both hilar regions), not a cue's ("In addition to the nodule in the right lung, …" frames nothing).
    private func framedByFindingBefore(_ mentions: [FindingMention], first: Int, places: [Place], placesOf: inout [[Int]]) {
        let tokens = lattice.tokens
        guard let opening = mentions.indices.first(where: { mentions[$0].phrase.lowerBound == first }),
              !placesOf[opening].isEmpty, engine.placeTables.typeInChest[mentions[opening].type],
              let opener = tokens.firstIndex(where: { $0.kind == .word }), tokens[opener].form == engine.words.in,
              opener < first
        else { return }
        let start = min(first, tokens[opener + 1].form == engine.words.the ? opener + 2 : opener + 1)
        guard (start..<first).allSatisfy({ tokens[$0].kind == .word && !engine.words.linking.contains(tokens[$0].form)
            && lattice.hits(at: $0, engine: engine).allSatisfy(\.entry.describesAFinding) })
        else { return }
        let end = placesOf[opening].map { places[$0].tokens.upperBound }.max().map { max($0, mentions[opening].phrase.upperBound) }
            ?? mentions[opening].phrase.upperBound
        guard end < tokens.count, tokens[end].form == engine.words.comma else { return }
        for index in mentions.indices where mentions[index].phrase.lowerBound > end && unframed(placesOf[index], of: places)
            && engine.placeTables.typeInChest[mentions[index].type] {
            placesOf[index] += placesOf[opening]
        }
    }

    /// The last mention ending before `position` that has places and that `accept` takes.
    static func lastPlaced(_ mentions: [FindingMention], _ placesOf: [[Int]], before position: Int,
                                   where accept: (Int) -> Bool) -> Int? {
        mentions.indices.last { mentions[$0].phrase.upperBound <= position && !placesOf[$0].isEmpty && accept($0) }
    }

    /// The places an extension cue says a finding reaches, of `candidates` (a mention's places): the first place after the
    /// cue, within its window, and each place after it that the words right after the place before it run on to — "The venous
    /// catheter ends at the junction of the superior vena cava with the right atrium", "the mass reaches the subcutaneous fat
    /// through the intercostal space in the lateral part of the 5th rib" —, up to a comma or semicolon, a cue of another kind
    /// than an extension or reference (a clause of its own: "… and a decrease is observed in the mediastinal component"), or
    /// a place said after "in" or "on" right after the one before, which is where the finding lies ("infiltrating the
    /// mediastinum in the left lung"). `cues`: the sentence's.
    func placesReached(after cue: Cue, among candidates: [Int], of places: [Place], cues: [Cue]) -> [Int] {
        let after = candidates.filter { cue.tokens.upperBound <= places[$0].tokens.lowerBound }
            .sorted { places[$0].tokens.lowerBound < places[$1].tokens.lowerBound }
        guard let first = after.first, places[first].tokens.lowerBound - cue.tokens.upperBound <= cue.value.window ?? 0
        else { return [] }
        let tokens = lattice.tokens
        let words = engine.words
        var reached = [first]
        for next in after.dropFirst() {
            let end = places[reached[reached.count - 1]].tokens.upperBound
            guard end <= places[next].tokens.lowerBound, end < tokens.count,
                  tokens[end].form != words.in && tokens[end].form != words.on,
                  !(end..<places[next].tokens.lowerBound).contains(where: { words.frameEnds.contains(tokens[$0].form) }),
                  !cues.contains(where: { other in
                      other.value.type != .extension && other.value.type != .reference
                          && (end..<places[next].tokens.lowerBound).overlaps(other.tokens)
                  })
            else { break }
            reached.append(next)
        }
        return reached
    }

    /// "The described nodule", "this nodule": a finding named before, without a place of its own, is the
    /// last finding of its type in the sentence, where that one is (returned per mention: the cue and that
    /// mention); with none, an earlier sentence's (the cue alone). So is a lung or pleural landmark a proximity cue
    /// ending in "the" names, placed or not ("passive atelectasis adjacent to the effusion": the effusion named before).
    /// `reaching`: a finding named again whose only places outside its own words are where it reaches ("The pleural
    /// effusion continues to the apex of the lung", "The mass invades the mediastinum": see ``placesReached(after:among:of:cues:)``);
    /// so named after one of its type in its own sentence, it is that one.
    func placesNamedBefore(_ mentions: [FindingMention], cues: [Cue], places: [Place], placesOf: inout [[Int]])
        -> [(cue: Cue?, earlier: Int?, placed: Bool, reaching: Bool)]
    {
        var result = [(cue: Cue?, earlier: Int?, placed: Bool, reaching: Bool)](filled: (nil, nil, false, false),
                                                                              count: mentions.count)
        // (tests on the sentence's cues rather than lists of them: no list is built for each sentence)
        func namesAgain(_ cue: Cue) -> Bool {
            cue.value.type == .reference || cue.value.type == .proximity && cue.value.direction != .backward
                && lattice.tokens[cue.tokens.upperBound - 1].form == engine.words.the
        }
        guard cues.contains(where: namesAgain) else { return result }
        for index in mentions.indices {
            let phrase = mentions[index].phrase
            // A landmark of the lung or pleura, named by its head right after the cue ("within the image, hypodense
            // lesions …" names no landmark).
            let landmark = engine.knowledge.findings.types[mentions[index].type].category == nil
                || (phrase.lowerBound..<mentions[index].head.lowerBound).contains(where: {
                    engine.words.coordinators.contains(lattice.tokens[$0].form)
                })
                ? nil : cues.last { namesAgain($0) && $0.value.type == .proximity && $0.tokens.upperBound == phrase.lowerBound }
            guard let cue = landmark ?? cues.last(where: { $0.value.type == .reference && self.cue($0, names: mentions[index].phrase, head: mentions[index].head) })
            else { continue }
            let earlier = mentions.indices.last {
                mentions[$0].phrase.upperBound <= phrase.lowerBound && mentions[$0].type == mentions[index].type
            }
            // "The largest of the paraesophageal lymph nodes": named with a place of its own, it may be one named in an
            // earlier sentence (`Antecedent.restated`); its place stays its own. Places it only shares with the one named
            // before are no own ones ("Nodules in the lower lobes of both lungs (the appearance of the nodules is not
            // specific": a bracket is where its host is).
            let ownPlaces = earlier.map { earlier in placesOf[index].contains { !placesOf[earlier].contains($0) } }
                ?? !placesOf[index].isEmpty
            // "Nodules in both lungs, the largest of which is a nodule of 9 mm in the right lower lobe": the largest member
            // (a `member` cue), named after its set in the set's sentence and on its sides, is the set; its places are the
            // set's too.
            func sides(_ of: [Int]) -> Sides { of.reduce([]) { $0.union(places[$1].sides) } }
            if ownPlaces, landmark == nil, let earlier, sides(placesOf[earlier]).isEmpty || sides(placesOf[earlier]).isSuperset(of: sides(placesOf[index])),
               let member = cues.last(where: {
                   $0.value.type == .reference && engine.knowledge.cues.cues[$0.value.index].member
                       && self.cue($0, names: mentions[index].phrase, head: mentions[index].head)
               }) {
                placesOf[earlier] += placesOf[index].filter { !placesOf[earlier].contains($0) }
                placesOf[index] = placesOf[earlier]
                result[index] = (member, earlier, false, false)
                continue
            }
            guard !ownPlaces || landmark != nil else {
                let reached = cues.flatMap { cue in
                    cue.value.type == .extension && cue.tokens.lowerBound >= phrase.upperBound ? placesReached(after: cue, among: placesOf[index], of: places, cues: cues) : []
                }
                let reaching = !reached.isEmpty && placesOf[index].allSatisfy { reached.contains($0) || phrase.contains(places[$0].tokens.lowerBound) }
                if earlier == nil {
                    result[index] = (cue, nil, true, reaching)
                } else if let earlier, reaching {
                    // "A port catheter is seen in the right subclavian vein, and the tip of the catheter reaches the right
                    // atrium": named again in its sentence only where it reaches, it is the one named before it there, where
                    // that one is.
                    placesOf[index] = placesOf[earlier]
                    result[index] = (cue, earlier, false, false)
                }
                continue
            }
            if let earlier { placesOf[index] = placesOf[earlier] }
            result[index] = (cue, earlier, false, false)
        }
        return result
    }
}
