import RadGrammar
import RadLexicon
import RadText

/// Where each finding phrase of a sentence is: places handed out in text order, then completed for
/// the phrases left without one (next to another finding, named before, accompanying one, where the
/// sentence looked) and for places that do not say their side.
extension AttachmentContext {
    // MARK: Proximity

    /// "Atelectasis adjacent to this nodule", "a ground glass area around it": a finding with no place
    /// of its own is where the finding it is next to is (the one after the cue, or the one named before
    /// it for "around it"; when that one has no place either, the last finding of its type before).
    /// What the cue names without a place of its own, named before in the sentence ("pleural effusion in
    /// the right hemithorax and atelectasis adjacent to the effusion"), is that finding again: its place.
    /// Returns, per mention, the cue that placed it, whether it is placed "around it" with nothing
    /// before it in the sentence (its place is then an earlier sentence's), and the type of the finding it is next
    /// to when that one is placed in no sentence but an earlier one ("ground glass areas around the described
    /// consolidation areas": where the last consolidation is).
    func placesNearby(_ mentions: [FindingMention], cues: [Cue], places: [Place], placesOf: inout [[Int]],
                              sameClause: (Int, Int) -> Bool) -> [(cue: Cue?, refersBack: Bool, nearType: Int?)] {
        var result = [(cue: Cue?, refersBack: Bool, nearType: Int?)](filled: (nil, false, nil), count: mentions.count)
        // What an interpretation cue names is where the finding before it is too ("hypodense nodular
        // lesions consistent with bilateral renal cortical cysts").
        let proximity = cues.filter { $0.value.type == .proximity || $0.value.type == .interpretation }
        guard !proximity.isEmpty else { return result }
        for cue in proximity where cue.value.type == .proximity && cue.value.direction != .backward {
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
            // ("is observed in the lung parenchyma": no comma, no other finding).
            func reaches(_ cue: Cue) -> Bool {
                let between = phrase.upperBound..<cue.tokens.lowerBound
                let words = wordsOutsideBrackets(between) - vague.reduce(0) { $0 + places[$1].tokens.clamped(to: between).count }
                return words <= 4 || words <= 6 && !between.contains { lattice.tokens[$0].form == engine.words.comma }
                    && !mentions.contains { between.overlaps($0.phrase) }
            }
            guard let cue = proximity.first(where: {
                $0.tokens.lowerBound >= phrase.upperBound && sameClause(phrase.upperBound, $0.tokens.lowerBound) && reaches($0)
            }) else { continue }
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
                                                    where: { mentions[$0].type == mentions[target].type }) {
                take(placesOf[earlier])
                result[index].cue = cue
            } else if cue.value.type == .proximity {
                result[index].cue = cue
                result[index].nearType = mentions[target].type
            }
        }
        return result
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
                let namedBefore = cues.contains { $0.value.type == .reference && self.cue($0, names: mentions[index]) }
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
    func placesAccompanying(_ mentions: [FindingMention], cues: [Cue], placesOf: inout [[Int]],
                            places: [Place], sameClause: (Int, Int) -> Bool) -> [Cue?] {
        var result = [Cue?](filled: nil, count: mentions.count)
        let accompaniments = cues.filter { $0.value.type.accompanies || $0.value.type == .interpretation }
        guard !accompaniments.isEmpty else { return result }
        for index in mentions.indices where placesOf[index].isEmpty || onlyZones(placesOf[index], of: places) {
            let phrase = mentions[index].phrase
            guard let cue = accompaniments.last(where: {
                $0.tokens.upperBound <= phrase.lowerBound && phrase.lowerBound - $0.tokens.upperBound <= $0.value.window ?? 4
                    && sameClause($0.tokens.upperBound, phrase.lowerBound)
            }) else { continue }
            func candidate(_ index: Int) -> Bool { sameClause(mentions[index].phrase.upperBound, cue.tokens.lowerBound) }
            guard let earlier = Self.lastPlaced(mentions, placesOf, before: cue.tokens.lowerBound, where: {
                candidate($0) && placesOf[$0].contains { !places[$0].sides.isEmpty }
            }) ?? Self.lastPlaced(mentions, placesOf, before: cue.tokens.lowerBound, where: candidate) else { continue }
            placesOf[index] += placesOf[earlier]
            result[index] = cue
        }
        return result
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
                  wordsOutsideBrackets(cue.tokens.upperBound..<mentions[first].phrase.lowerBound) <= cue.value.window ?? 4,
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
                  let cue = cues.first(where: { $0.value.type == .reference && self.cue($0, names: generic) }),
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

    /// "The described nodule", "this nodule": a finding named before, without a place of its own, is the
    /// last finding of its type in the sentence, where that one is (returned per mention: the cue and that
    /// mention); with none, an earlier sentence's (the cue alone). So is a lung or pleural landmark a proximity cue
    /// ending in "the" names, placed or not ("passive atelectasis adjacent to the effusion": the effusion named before).
    /// `reaching`: a finding named again whose only places outside its own words are where it reaches ("The pleural
    /// effusion continues to the apex of the lung", "The mass invades the mediastinum": places right after an extension
    /// cue).
    func placesNamedBefore(_ mentions: [FindingMention], cues: [Cue], places: [Place], placesOf: inout [[Int]])
        -> [(cue: Cue?, earlier: Int?, placed: Bool, reaching: Bool)]
    {
        var result = [(cue: Cue?, earlier: Int?, placed: Bool, reaching: Bool)](filled: (nil, nil, false, false),
                                                                              count: mentions.count)
        let references = cues.filter {
            $0.value.type == .reference || $0.value.type == .proximity && $0.value.direction != .backward
                && lattice.tokens[$0.tokens.upperBound - 1].form == engine.words.the
        }
        guard !references.isEmpty else { return result }
        let extensions = cues.filter { $0.value.type == .extension }
        func reaches(_ cue: Cue, _ start: Int) -> Bool {
            cue.tokens.upperBound <= start && start - cue.tokens.upperBound <= cue.value.window ?? 0
        }
        for index in mentions.indices {
            let phrase = mentions[index].phrase
            // A landmark of the lung or pleura, named by its head right after the cue ("within the image, hypodense
            // lesions …" names no landmark).
            let landmark = engine.knowledge.findings.types[mentions[index].type].category == nil
                || (phrase.lowerBound..<mentions[index].head.lowerBound).contains(where: {
                    engine.words.coordinators.contains(lattice.tokens[$0].form)
                })
                ? nil : references.last { $0.value.type == .proximity && $0.tokens.upperBound == phrase.lowerBound }
            guard let cue = landmark ?? references.last(where: { $0.value.type == .reference && self.cue($0, names: mentions[index]) })
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
               let member = references.last(where: {
                   $0.value.type == .reference && engine.knowledge.cues.cues[$0.value.index].member
                       && self.cue($0, names: mentions[index])
               }) {
                placesOf[earlier] += placesOf[index].filter { !placesOf[earlier].contains($0) }
                placesOf[index] = placesOf[earlier]
                result[index] = (member, earlier, false, false)
                continue
            }
            guard !ownPlaces || landmark != nil else {
                // (the first place after the cue: "infiltrating the mediastinum in the left lung" is in the left lung)
                let reached = extensions.compactMap { cue in
                    cue.tokens.lowerBound >= phrase.upperBound
                        ? placesOf[index].filter { cue.tokens.upperBound <= places[$0].tokens.lowerBound }
                            .min { places[$0].tokens.lowerBound < places[$1].tokens.lowerBound }
                            .flatMap { reaches(cue, places[$0].tokens.lowerBound) ? $0 : nil }
                        : nil
                }
                let reaching = !reached.isEmpty && placesOf[index].allSatisfy { reached.contains($0) || phrase.contains(places[$0].tokens.lowerBound) }
                if earlier == nil { result[index] = (cue, nil, true, reaching) }
                continue
            }
            if let earlier { placesOf[index] = placesOf[earlier] }
            result[index] = (cue, earlier, false, false)
        }
        return result
    }

    // MARK: Places

    /// "Mosaic attenuation in both lungs (small airway disease? small vessel disease?)", "bilateral
    /// pleural effusion (secondary to cardiac pathology?)": a place inside brackets that name a finding
    /// of their own, or that say what the finding is due to, is that finding's or that cause's, not the
    /// finding's outside them. A bracket that holds only places ("a nodule (right lower lobe)") still
    /// places the finding before it, and places outside reach the findings inside. `pairs`: ``bracketPairs()``.
    func keepBracketedPlaces(_ mentions: [FindingMention], places: [Place], cues: [Cue], pairs: [Range<Int>],
                             placesOf: inout [[Int]]) {
        guard !pairs.isEmpty else { return }
        let interpretations = cues.filter { $0.value.type == .interpretation }
        for (index, mention) in mentions.enumerated() where !placesOf[index].isEmpty {
            placesOf[index].removeAll { placeIndex in
                let place = places[placeIndex].tokens
                guard let pair = pairs.first(where: { $0.contains(place.lowerBound) }),
                      !pair.contains(mention.phrase.lowerBound) else { return false }
                return mentions.contains { pair.contains($0.phrase.lowerBound) }
                    || interpretations.contains { pair.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= place.lowerBound }
            }
        }
    }

    /// "Mosaic attenuation in both lungs (small airway disease? small vessel disease?)", "a nodule in the
    /// right lower lobe (intrapulmonary lymph node?)": a finding inside brackets that names no place of
    /// its own says what the finding before the brackets is, and is where that one is. `wideningFrom` (the places as they
    /// were then): one placed only where that one is takes what that one was placed by since ("… of the right lung lower
    /// lobe, adjacent to the laterobasal-posterobasal segment (infective? atelectasis?)": the segments are the bracket's too).
    func placesOfBracketHosts(_ mentions: [FindingMention], pairs: [Range<Int>], placesOf: inout [[Int]],
                              wideningFrom before: [[Int]]? = nil) {
        guard !pairs.isEmpty else { return }
        for (index, mention) in mentions.enumerated() where before != nil || placesOf[index].isEmpty {
            guard let pair = pairs.first(where: { $0.contains(mention.phrase.lowerBound) }),
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound < pair.lowerBound }),
                  placesOf[index].allSatisfy(placesOf[host].contains)
            else { continue }
            if let before {
                placesOf[index] += placesOf[host].filter { !before[host].contains($0) && !placesOf[index].contains($0) }
            } else {
                placesOf[index] = placesOf[host]
            }
        }
    }

    /// "Heart size has increased (cardiomegaly)", "opportunistic infections (fungal infection)": a finding that
    /// opens brackets (one word before it at most, "Covid-19" one word) right after a finding names that one again. For each
    /// mention, the mention it restates, if any; whether it is one finding is for the types to say.
    func bracketHosts(_ mentions: [FindingMention], pairs: [Range<Int>]) -> [Int?] {
        var result = [Int?](filled: nil, count: mentions.count)
        guard !pairs.isEmpty else { return result }
        let tokens = lattice.tokens
        for (index, mention) in mentions.enumerated() {
            guard let pair = pairs.first(where: { $0.contains(mention.phrase.lowerBound) }),
                  (pair.lowerBound + 1..<max(pair.lowerBound + 1, mention.phrase.lowerBound)).count(where: {
                      tokens[$0].form != engine.words.hyphen && tokens[$0 - 1].form != engine.words.hyphen
                  }) <= 1, pair.lowerBound > 0,
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound < pair.lowerBound }),
                  (mentions[host].phrase.upperBound..<pair.lowerBound - 1).allSatisfy({ tokens[$0].form == engine.words.comma })
            else { continue }
            result[index] = host
        }
        return result
    }

    /// "sequelae of pleuroparenchymal bands in both lung apical segments, which are locally bullous": a
    /// finding in a relative clause that names no place of its own is where the finding the clause
    /// describes is (the last one before "which"), until the clause ends at a comma.
    func placesOfRelativeHosts(_ mentions: [FindingMention], cues: [Cue], placesOf: inout [[Int]]) {
        let relatives = cues.filter { $0.value.type == .relative }
        guard !relatives.isEmpty else { return }
        let tokens = lattice.tokens
        for (index, mention) in mentions.enumerated() where placesOf[index].isEmpty {
            guard let relative = relatives.last(where: { $0.tokens.upperBound <= mention.phrase.lowerBound }),
                  !(relative.tokens.upperBound..<mention.phrase.lowerBound).contains(where: { tokens[$0].form == engine.words.comma }),
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= relative.tokens.lowerBound })
            else { continue }
            placesOf[index] = placesOf[host]
        }
    }

    /// "the ground glass density in the superior segment of the right lower lobe becomes more consolidated":
    /// a lone adjective with no place of its own says what the finding before it in the clause became, and
    /// is where that one is.
    func placesOfPredicateSubjects(_ mentions: [FindingMention], placesOf: inout [[Int]], sameClause: (Int, Int) -> Bool) {
        for (index, mention) in mentions.enumerated() where mention.isAdjective && placesOf[index].isEmpty {
            guard let subject = mentions.indices.last(where: {
                mentions[$0].phrase.upperBound <= mention.phrase.lowerBound && !mentions[$0].isAdjective
            }), sameClause(mentions[subject].phrase.upperBound, mention.phrase.lowerBound) else { continue }
            placesOf[index] = placesOf[subject]
        }
    }

    /// "The fullness of the hilum, the narrowing of the bronchi in both lungs, a possible hilar mass": per mention, the places
    /// the comma list lent it from another item, not its own words — a place in another item that names a finding ("both
    /// lungs" is the narrowing's), or in an item before its own, of something no lexicon knows ("the fullness of the hilum").
    /// Only places the list hands out count (`listed`: as ``assignPlaces(_:to:sameClause:groupsEndAt:cues:withPlacesNeedingSide:)`` gives
    /// them), and those a doubted item took from the items before it (`doubted`) when its own item names a place ("hilar"
    /// above); not those a cue gives ("consistent with", "adjacent to"), nor a doubt's of an item without a place ("…,
    /// suggesting bronchiolitis": where what it says the others are is). Not a place past another finding named after it
    /// either: "A, B in LOC" shares LOC (see `Finding.Facts.placeShared`); nor one of an item before that names nothing ("In
    /// both lungs, emphysema, bullae", "Again on the right, …"): it frames the list. Items end at commas and at scope ends
    /// (";", "but"); not inside brackets, and a finding inside brackets names none: it says what its item is ("(viral
    /// pneumonia?)").
    func borrowedPlaces(_ mentions: [FindingMention], places: [Place], placesOf: [[Int]], listed: [[Int]],
                        doubted: [Bool], scopeEnds: [Int]) -> [[Int]] {
        let tokens = lattice.tokens
        let words = engine.words
        guard listed.contains(where: { !$0.isEmpty }), !scopeEnds.isEmpty || tokens.contains(where: { $0.form == words.comma })
        else { return placesOf.map { _ in [] } }
        var (itemOf, depthOf) = ([Int](), [Int]())
        itemOf.reserveCapacity(tokens.count)
        depthOf.reserveCapacity(tokens.count)
        var (item, depth) = (0, 0)
        for (position, token) in tokens.enumerated() {
            if token.form == words.openBracket {
                depth += 1
            } else if token.form == words.closeBracket {
                depth = max(0, depth - 1)
            } else if depth == 0 && (token.form == words.comma || scopeEnds.contains(position)) {
                item += 1
            }
            itemOf.append(item)
            depthOf.append(depth)
        }
        let heads = mentions.map { itemOf[$0.head.lowerBound] }
        // The items that name a finding (not one inside brackets: it says what the item is, "(viral pneumonia?)").
        // (a sentence's few items: plain arrays)
        let naming = mentions.filter { depthOf[$0.head.lowerBound] == 0 }.map { itemOf[$0.head.lowerBound] }
        let placed = places.map { itemOf[$0.tokens.lowerBound] }
        // (right after a word no lexicon knows, or after its "of": "symmetrical lower lobes", "fullness of the hilum")
        func ofUnknownWord(_ place: Place) -> Bool {
            var position = place.tokens.lowerBound - 1
            if position >= 0 && tokens[position].form == words.the { position -= 1 }
            if position >= 0 && tokens[position].form == words.of { position -= 1 }
            return position >= 0 && tokens[position].kind == .word && tokens[position].form == Token.unknownForm
        }
        return mentions.indices.map { index in
            let head = mentions[index].head
            let lent = doubted[index] ? placed.contains(heads[index]) ? placesOf[index] : [] : listed[index]
            return placesOf[index].filter { placeIndex in
                let place = places[placeIndex]
                guard lent.contains(placeIndex) else { return false }
                let at = itemOf[place.tokens.lowerBound]
                guard at != heads[index], !mentions.contains(where: { other in
                    other.head != head && head.upperBound <= other.head.lowerBound && other.head.lowerBound <= place.tokens.lowerBound
                }) else { return false }
                return naming.contains(at) || at < heads[index] && ofUnknownWord(place)
            }
        }
    }

    /// Where a finding's own places (those ``borrowedPlaces(_:places:placesOf:listed:doubted:scopeEnds:)`` did not find)
    /// place it, read as all its places are (a vague place left out when an organ is named).
    func placesOwned(_ indices: [Int], of places: [Place], emphasized: Set<Int>, organNamed: Bool) -> OwnPlaces {
        var sides = Sides()
        var structures: [Int] = []
        for place in completedPlaces(indices, of: places, emphasized: emphasized) {
            sides.formUnion(place.sides)
            if organNamed && place.vague { continue }
            structures += place.structures.filter { !structures.contains($0) }
        }
        return OwnPlaces(laterality: Laterality(sides: sides), structures: structures)
    }

    /// The token ranges inside each pair of round brackets of the sentence (outermost pairs; an
    /// unclosed bracket runs to the end).
    func bracketPairs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var depth = 0
        var start = 0
        for (position, token) in lattice.tokens.enumerated() {
            if token.form == engine.words.openBracket {
                if depth == 0 { start = position + 1 }
                depth += 1
            } else if token.form == engine.words.closeBracket, depth > 0 {
                depth -= 1
                if depth == 0 { result.append(start..<position) }
            }
        }
        if depth > 0 { result.append(start..<lattice.tokens.count) }
        return result
    }

    /// Regions of findings.xml whose findings are of one organ ("hiatal hernia", "hepatosteatosis", "cardiomegaly").
    private static let organRegions: Set<String> = ["abdomen", "heart", "chest-wall", "neck", "bone", "vessel"]

    /// Whether two regions are one organ's (the heart's vessels are the heart's: "coronary arteries").
    private static func sameOrgan(_ one: String, _ other: String) -> Bool {
        one == other || cardiovascular.contains(one) && cardiovascular.contains(other)
    }
    private static let cardiovascular: Set<String> = ["heart", "vessel"]

    /// "Right pleural effusion, consolidation in the left lower lobe": of the findings one phrase lists,
    /// the first keeps the place before the phrase, the others the place after it, when the two say
    /// other sides (or the one after a narrower side) or other lobes; otherwise all keep both ("pleural
    /// effusion-thickening was not detected in both hemithorax", "bronchiectasis and peribronchial
    /// thickening in both lower lobes"). A later item's own words place no item before it (see
    /// ``keepWordsOfLaterItems(_:places:placesOf:)``).
    func separateConjuncts(_ mentions: [FindingMention], places: [Place], placesOf: inout [[Int]]) {
        keepWordsOfLaterItems(mentions, places: places, placesOf: &placesOf)
        guard mentions.indices.contains(where: { i in
            mentions.indices.contains { mentions[$0].phrase == mentions[i].phrase && mentions[$0].head != mentions[i].head }
        }) else { return }
        let lobeOf = engine.anatomyIndex.lobe
        func footprint(_ indices: [Int]) -> (sides: Sides, lobes: Set<Int>) {
            indices.reduce(into: (Sides(), Set<Int>())) { result, index in
                result.0.formUnion(places[index].sides)
                result.1.formUnion(places[index].structures.map { lobeOf[$0] }.filter { $0 >= 0 })
            }
        }
        let words = engine.words
        let alternatives: Set<Int32> = [words.or, words.hyphen, words.slash]
        for index in mentions.indices where !mentions[index].isFeature {
            let phrase = mentions[index].phrase
            let heads = mentions.filter { $0.phrase == phrase && !$0.isFeature }.map(\.head.lowerBound)
            guard let first = heads.min(), heads.contains(where: { $0 != first }) else { continue }
            // Alternatives and compounds name one finding two ways: "nodules or cysts", "bleb-bulla".
            if lattice.tokens[phrase].contains(where: { alternatives.contains($0.form) }) { continue }
            let next = mentions.map(\.phrase.lowerBound).filter { $0 >= phrase.upperBound }.min() ?? lattice.tokens.count
            let before = placesOf[index].filter { places[$0].tokens.lowerBound < phrase.lowerBound }
            let after = placesOf[index].filter {  // ("ground glass areas in the lingula": "areas" is both)
                places[$0].tokens.lowerBound > phrase.lowerBound && places[$0].tokens.upperBound > phrase.upperBound
                    && places[$0].tokens.lowerBound < next
            }
            // A chest finding listed before the last one takes no place after the list that only names organs outside the
            // chest ("emphysematous changes, mild bronchiectasis, mild fusiform dilatation of the ascending aorta"); one whose
            // words other organs' findings share does ("sequelae changes and osteoporosis in the bone structures").
            // Nor does a finding of one organ outside the chest take one that only names other organs ("Mild hiatal hernia,
            // hepatosteatosis, nodular density in the right breast").
            let type = mentions[index].type
            let findingType = engine.knowledge.findings.types[type]
            if let last = heads.max(), mentions[index].head.lowerBound != last, !findingType.otherOrgans, !findingType.cause {
                let inChest = engine.placeTables.typeInChest[type]
                let ownOrgan = Self.organRegions.contains(findingType.region)
                let structures = engine.knowledge.anatomy.structures
                placesOf[index].removeAll { place in
                    after.contains(place) && !places[place].structures.isEmpty && places[place].structures.allSatisfy {
                        inChest ? !engine.anatomyIndex.inChest[$0] : ownOrgan && !Self.sameOrgan(structures[$0].region, findingType.region)
                    }
                }
            }
            // An earlier item's own organ word (see ``itemWords(of:among:)``) is no place of a later item of another region
            // ("Minimal pericardial effusion, mosaic attenuation pattern": the pericardium is the effusion's, not the mosaic's;
            // "pleural effusion, pericardial effusion, lymphadenopathies": nor the lymph nodes').
            let head = mentions[index].head
            let earlierItems = mentions.filter { $0.phrase == phrase && !$0.isFeature && $0.head.upperBound <= head.lowerBound }
                .map { itemWords(of: $0, among: mentions) }
            if !earlierItems.isEmpty {
                let structures = engine.knowledge.anatomy.structures
                placesOf[index].removeAll { place in
                    let words = places[place].tokens
                    return earlierItems.contains { words.upperBound >= $0.lowerBound && words.upperBound <= $0.upperBound }
                        && !places[place].structures.isEmpty
                        && places[place].structures.allSatisfy { structures[$0].region != findingType.region }
                }
            }
            let (a, b) = (footprint(before), footprint(after))
            // A side before that the place after includes is an emphasis ("more prominent on the right,
            // … in both lungs"), not a place of its own.
            let otherSides = a.sides.isDisjoint(with: b.sides) || b.sides.isStrictSubset(of: a.sides)
            let differ = (!a.sides.isEmpty && !b.sides.isEmpty && otherSides)
                || (!a.lobes.isEmpty && !b.lobes.isEmpty && a.lobes.isDisjoint(with: b.lobes))
            guard differ else { continue }
            let dropped = mentions[index].head.lowerBound == first ? after : before
            placesOf[index].removeAll { dropped.contains($0) }
        }
    }

    /// "Left pleural effusion, minimal pericardial effusion, lymphadenopathies", "calcified atheroma plaques and pericardial
    /// effusion": an organ adjective (a place without a head noun) among a later item's own words (see
    /// ``itemWords(of:among:)``) is that item's modifier, no place of a finding named before it, in its phrase or an earlier
    /// one (the lymph nodes and the plaques are not in the pericardium). A place with a head noun may say where the finding
    /// before is ("wall thickness in collapsed segment bronchi"), and one past the last item's head is shared ("A, B in LOC").
    func keepWordsOfLaterItems(_ mentions: [FindingMention], places: [Place], placesOf: inout [[Int]]) {
        guard mentions.count > 1 else { return }
        // (a finding that "with" adds describes the one before it: its words may say where that one is)
        let items = mentions.map { $0.isFeature ? nil : itemWords(of: $0, among: mentions) }
        for index in mentions.indices where !placesOf[index].isEmpty {
            let end = mentions[index].head.upperBound
            placesOf[index].removeAll { place in
                let words = places[place].tokens
                // (a place right after its head is its noun: "ectatic bronchi with increased wall thickness")
                return words.lowerBound > end && !words.contains(where: { lattice.isHeadNoun($0, engine: engine) })
                    && mentions.indices.contains { other in
                        guard let item = items[other], mentions[other].head.lowerBound >= end else { return false }
                        return item.lowerBound <= words.lowerBound && words.upperBound <= item.upperBound
                    }
            }
        }
    }

    /// A finding's own words in its phrase, up to the end of its head: from its phrase's start, or, after another item of the
    /// phrase, from past the last comma (else the last "and", "or") after that item's head ("minimal pericardial effusion"
    /// of "pleural effusion, minimal pericardial effusion", "mediastinal and hilar lymph nodes" of "emphysema, mediastinal
    /// and hilar lymph nodes", "pericardial effusion" of "plaques and pericardial effusion").
    func itemWords(of mention: FindingMention, among mentions: [FindingMention]) -> Range<Int> {
        let head = mention.head
        guard let start = mentions.filter({ $0.phrase == mention.phrase && $0.head.upperBound <= head.lowerBound })
            .map(\.head.upperBound).max()
        else { return mention.phrase.lowerBound..<head.upperBound }
        let tokens = lattice.tokens
        let words = engine.words
        let between = start..<head.lowerBound
        let opening = between.last(where: { tokens[$0].form == words.comma })
            ?? between.last(where: { words.coordinators.contains(tokens[$0].form) })
        return (opening.map { $0 + 1 } ?? start)..<head.upperBound
    }

    /// Places handed out by the list rules (see ``AttachmentContext``). A group of phrases ends where a clause with a
    /// subject of its own starts (`groupsEndAt`): "Bilateral bronchiectasis is observed, and atelectasis is observed in the
    /// middle lobe" (the middle lobe is not the bronchiectasis'); places before every phrase still frame the sentence.
    func assignPlaces(_ places: [Place], to mentions: [FindingMention], sameClause: (Int, Int) -> Bool,
                      groupsEndAt clauseStarts: [Int] = [], cues: [Cue], withPlacesNeedingSide: Bool = false) -> [[Int]] {
        var assigned = [[Int]](filled: [], count: mentions.count)
        // Walk phrases and places in text order. `group`: the phrases since the last place that
        // followed phrases; it stays open to further places until a new phrase comes.
        var group: [Int] = []
        var groupClosed = false
        // The group opened right after an item of its clause placed after its first word (a place on its first word,
        // "pleural contour irregularities", is its own words, as one before it is): the list was interrupted.
        var placedPastStart = false
        var afterPlacedItem = false
        var pending: [Int] = []
        // The places each phrase took from before it, for `dropLeadingPlaces` (empty until a phrase takes one).
        var leadingOf: [[Int]] = []
        var items: [(start: Int, mention: Int?, place: Int?)] = []
        items.reserveCapacity(mentions.count + places.count)
        for index in mentions.indices { items.append((mentions[index].phrase.lowerBound, index, nil)) }
        for index in places.indices where withPlacesNeedingSide || !places[index].needsSide {
            items.append((places[index].tokens.lowerBound, nil, index))
        }
        items.sort { ($0.start, $0.place ?? -1) < ($1.start, $1.place ?? -1) }
        // Clauses are judged against the group's last phrase, so that a place after a parenthetical
        // clause (", which may be an accessory spleen,") still reaches the phrase before it.
        func inGroupClause(_ position: Int) -> Bool {
            guard let last = group.last else { return false }
            let start = mentions[last].phrase.lowerBound
            return sameClause(start, position) && !clauseStarts.contains { $0 >= start && $0 < position }
        }
        for item in items {
            if let mention = item.mention {
                if groupClosed || !inGroupClause(item.start) {
                    afterPlacedItem = groupClosed && placedPastStart && inGroupClause(item.start)
                    placedPastStart = false
                    group = []
                    groupClosed = false
                }
                group.append(mention)
                guard !pending.isEmpty else { continue }
                let leading = pending.filter { sameClause(places[$0].tokens.lowerBound, item.start) }
                guard !leading.isEmpty else { continue }
                assigned[mention] += leading
                if leadingOf.isEmpty { leadingOf = [[Int]](filled: [], count: mentions.count) }
                leadingOf[mention] = leading
                continue
            }
            guard let placeIndex = item.place else { continue }
            let place = places[placeIndex]
            // Right before (or overlapping the start of) a phrase: that phrase's own place.
            if let owner = mentions.indices.first(where: { isPremodifier(place, of: mentions[$0], among: places) }) {
                for index in mentions.indices where mentions[index].phrase == mentions[owner].phrase {
                    assigned[index].append(placeIndex)
                }
                continue
            }
            let laterPhrase = place.isAnaphor && mentions.contains {
                $0.phrase.lowerBound >= place.tokens.upperBound && sameClause(place.tokens.upperBound, $0.phrase.lowerBound)
            }
            if inGroupClause(item.start) && !laterPhrase {
                // (a place that points back, "at this level", is where the list was: all share it)
                if afterPlacedItem && !groupClosed && !place.isAnaphor {
                    group = joinedToLast(group, of: mentions, before: place, cues: cues)
                }
                for index in group { assigned[index].append(placeIndex) }
                placedPastStart = placedPastStart || group.last.map { place.tokens.lowerBound > mentions[$0].phrase.lowerBound } ?? false
                groupClosed = true
                pending = []
            } else {
                pending.append(placeIndex)
            }
        }
        dropLeadingPlaces(leadingOf, of: places, before: mentions, assigned: &assigned)
        // "Ground glass densities in places, a consolidation area in the right lower lobe": "in places" closed the ground
        // glass's group above, so the lobe is not shared back; it says nowhere, so the phrase is left unplaced for what
        // places an unplaced finding ("… and they are consolidated in places": where they are).
        for index in assigned.indices { assigned[index].removeAll { places[$0].onlyEndsSharing } }
        return assigned
    }

    /// "Nodules in both lungs, ground glass densities, a consolidation area in the right lower lobe": once an item of a list
    /// has had a place of its own after it, a place after a later item is that item's and of the items joined to it by
    /// "and" or "or" ("…, ground glass densities and consolidation in the right lower lobe"), not of one a bare comma sets
    /// off before them (where the ground glass densities are is not said). Returns the group's phrases that take it. Without such an item before, "A, B in LOC" shares LOC;
    /// so does a list with a verb or a relative pronoun before the place ("…, septal thickening, subpleural bands are
    /// observed in both lungs", "…, nodules, some of which are calcified, in the left lower lobe"): the clause places it.
    private func joinedToLast(_ group: [Int], of mentions: [FindingMention], before place: Place, cues: [Cue]) -> [Int] {
        let tokens = lattice.tokens
        let words = engine.words
        let heads = group.map { mentions[$0].head }.uniqued().sorted { $0.lowerBound < $1.lowerBound }
        guard var first = heads.last, !cues.contains(where: {
            [.predicate, .relative].contains($0.value.type)
                && $0.tokens.lowerBound >= heads[0].upperBound && $0.tokens.upperBound <= place.tokens.lowerBound
        }) else { return group }
        for (earlier, later) in zip(heads.dropLast(), heads.dropFirst()).reversed() {
            var depth = 0
            var (comma, joined) = (false, false)
            for token in tokens[earlier.upperBound..<later.lowerBound] {
                if token.form == words.openBracket {
                    depth += 1
                } else if token.form == words.closeBracket {
                    depth = max(0, depth - 1)
                } else if depth == 0 && token.form == words.comma {
                    comma = true
                } else if depth == 0 && words.coordinators.contains(token.form) {
                    joined = true
                }
            }
            if comma && !joined { break }
            first = earlier
        }
        return group.filter { mentions[$0].head.lowerBound >= first.lowerBound }
    }

    /// "Slight prominence in the aortic arch, millimetric calcific plaques in the coronary arteries": a
    /// place outside the lungs and pleura that a phrase took from before a comma (its own clause named no
    /// finding the lexicons know) is not that phrase's when the phrase names a place of its own after it
    /// that is also outside them and neither place is part of the other. A place after only words the
    /// lexicons know opens the sentence and frames it ("In the right breast, suture materials in the
    /// subcutaneous tissue"), and one that says the side the phrase's own places do not say completes
    /// them: both stay.
    private func dropLeadingPlaces(_ leadingOf: [[Int]], of places: [Place], before mentions: [FindingMention],
                                   assigned: inout [[Int]]) {
        let index = engine.anatomyIndex
        let comma = engine.words.comma
        func outsideLungs(_ place: Place) -> Bool {
            !place.structures.isEmpty && place.structures.allSatisfy { !index.inChest[$0] }
        }
        func related(_ a: Place, _ b: Place) -> Bool {
            a.structures.contains { x in b.structures.contains { y in index.ancestors[x].contains(y) || index.ancestors[y].contains(x) } }
        }
        for (mention, leading) in leadingOf.enumerated() where !leading.isEmpty {
            let start = mentions[mention].phrase.lowerBound
            let own = assigned[mention].filter { places[$0].tokens.lowerBound >= start }.map { places[$0] }
            guard !own.isEmpty, own.allSatisfy(outsideLungs) else { continue }
            let dropped = leading.filter { placeIndex in
                let place = places[placeIndex]
                // Only words the lexicons know ("In the", "At the level of the") before it: it opens the sentence.
                let opensSentence = !lattice.tokens[..<place.tokens.lowerBound].contains { $0.form == Token.unknownForm }
                let givesSide = place.sideSaid && !place.sides.isEmpty && own.allSatisfy { $0.sides.isEmpty }
                return outsideLungs(place) && !opensSentence && !givesSide
                    && lattice.tokens[place.tokens.upperBound..<start].contains { $0.form == comma }
                    && !own.contains { related($0, place) }
            }
            if !dropped.isEmpty { assigned[mention].removeAll(where: dropped.contains) }
        }
    }

    /// Whether a place stands right before a phrase (or overlaps its start): "right lung lower lobe
    /// nodule", "left minimal pleural effusion", "liver parenchymal density". Only words that match
    /// nothing and size, quantity or temporal words may stand between them, not "and", "of" or punctuation;
    /// or a coordinator and the phrase's own place, when this one is an adjective ("mediastinal", no head
    /// noun such as "lobe") with nothing but a comma or the sentence's start before it ("…, mediastinal
    /// and hilar lymph nodes"; not "nodules in the right upper lobe, left lower lobe and pleural effusion").
    func isPremodifier(_ place: Place, of mention: FindingMention, among places: [Place]) -> Bool {
        if isPremodifier(place, of: mention) { return true }
        let words = engine.words
        let start = place.tokens.lowerBound
        guard start == 0 || lattice.tokens[start - 1].form == words.comma,
              !place.tokens.contains(where: { lattice.isHeadNoun($0, engine: engine) }),
              let next = places.filter({ $0.tokens.lowerBound >= place.tokens.upperBound })
                  .min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
              lattice.tokens[place.tokens.upperBound..<next.tokens.lowerBound].allSatisfy({ words.coordinators.contains($0.form) })
        else { return false }
        return isPremodifier(next, of: mention, among: places)
    }

    private func isPremodifier(_ place: Place, of mention: FindingMention) -> Bool {
        if place.tokens.lowerBound < mention.phrase.lowerBound && place.tokens.upperBound > mention.phrase.lowerBound
            && place.tokens.upperBound < mention.phrase.upperBound {
            return true  // "Bilateral pleural" of "pleural effusion"
        }
        guard place.tokens.upperBound <= mention.phrase.lowerBound, mention.phrase.lowerBound - place.tokens.upperBound <= 2
        else { return false }
        // A capital after lower-case place words starts a new sentence whose stop is missing ("… in both
        // lungs Viral pneumonia?"): the place is the words before it.
        let next = lattice.tokens[place.tokens.upperBound]
        let last = lattice.tokens[place.tokens.upperBound - 1]
        if next.flags.contains(.capitalized) && !next.flags.contains(.allUpper) && !last.flags.contains(.capitalized) {
            return false
        }
        for token in place.tokens.upperBound..<mention.phrase.lowerBound {
            let hits = lattice.hits(at: token, engine: engine)
            if hits.isEmpty {
                // A word no lexicon knows may stand there; a known word that matched nothing here only
                // alone ("liver parenchymal density", not "lower lobe becomes more consolidated").
                let form = lattice.tokens[token].form
                guard lattice.tokens[token].kind == .word, !engine.words.linking.contains(form),
                      form == Token.unknownForm || mention.phrase.lowerBound - place.tokens.upperBound == 1
                else { return false }
                continue
            }
            let describes = hits.contains {
                switch $0.entry {
                case .sizeWord, .quantity, .temporal: return true
                default: return false
                }
            }
            if !describes { return false }
        }
        return true
    }

    // MARK: Sides

    /// A finding's places, each as the finding reads it. A place that does not say its side
    /// ("predominantly in the basal segments") takes the side the finding's other places in the chest
    /// say ("the right breast" says none of a lobe), or is dropped when what it implies contradicts it.
    /// Both sides count only when said together ("in both lungs"); with a left and a right place, it is
    /// on the side said last before it, or on both when none is said before it and one place says both.
    /// A lobe or segment with no side from any place of its finding is on the one side the sentence said
    /// last before it ("… in the right lung upper lobe anterior, and consolidation areas are observed in the
    /// upper lobe anterior"). A lobe that no side completes is dropped.
    func completedPlaces(_ indices: [Int], of places: [Place], emphasized: Set<Int> = []) -> [Place] {
        // "… especially in the mid-lower zones, slightly more on the right": a side said only where the finding is most
        // says it is on both sides (more on that one) — a side alone ("more prominent in the right lower lobe" may be
        // all in the right lung), and not beside a lobe that needs a side ("in the lower lobe, more prominent on the
        // right" is the right lower lobe).
        let mostOnly = !indices.isEmpty
            && indices.contains { emphasized.contains($0) && places[$0].structures.allSatisfy { engine.placeTables.lobeRank[$0] < 0 } }
            && !indices.contains { !emphasized.contains($0) && (saysLungSide(places[$0]) || places[$0].needsSide) }
        // (indices into `places`: the places themselves are copied only into the result)
        let sidedPlaces = mostOnly ? [] : indices.filter { saysLungSide(places[$0]) }
        let saidSides = sidedPlaces.reduce(into: Sides()) { $0.formUnion(places[$1].sides) }
        let bothSaidTogether = saidSides.count == 2 && sidedPlaces.allSatisfy { places[$0].sides.count == 2 }
        func sidesCompleting(_ place: Place) -> Sides {
            if saidSides.count == 1 { return saidSides }
            let before = sidedPlaces.last { places[$0].tokens.upperBound <= place.tokens.lowerBound }
            // "… in the left lung lower lobe anteromedial segment, adjacent to the fissure, and in the laterobasal
            // segment": the side of the last item said before it.
            if let before, places[before].lastSides.count == 1 { return places[before].lastSides }
            if bothSaidTogether { return saidSides }
            if sidedPlaces.isEmpty { return place.needsSide ? sideSaid(before: place, among: places) : [] }
            if let before { return places[before].sides.count == 1 ? places[before].sides : [] }
            // Nothing said before it: "in the lower lobe, more prominently on the right in both lungs"
            return sidedPlaces.contains { places[$0].sides.count == 2 } ? saidSides : []
        }
        var result: [Place] = []
        result.reserveCapacity(indices.count)
        for placeIndex in indices {
            var place = places[placeIndex]
            if mostOnly && emphasized.contains(placeIndex) && saysLungSide(place) {
                place.sides = [.left, .right]
                result.append(place)
                continue
            }
            let side: Sides = place.sideSaid ? [] : mostOnly ? [.left, .right] : sidesCompleting(place)
            if !side.isEmpty {
                let sided = (side.contains(.right) ? place.ifRight : []) + (side.contains(.left) ? place.ifLeft : [])
                if !sided.isEmpty {
                    place.structures = sided
                    place.sides = side
                } else if !place.sides.isSubset(of: side) {
                    continue
                }
            }
            if place.needsSide { continue }  // a side never said
            result.append(place)
        }
        return result
    }
}
