import RadGrammar
import RadLexicon
import RadText

/// Where each finding phrase of a sentence is: places handed out in text order, then completed for
/// the phrases left without one (`AttachmentContext+NearbyPlaces`: next to another finding, named before, accompanying one, where the
/// sentence looked) and for places that do not say their side.
extension AttachmentContext {
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
        else { return [[Int]](filled: [], count: mentions.count) }
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
        // Whether an item names a finding (not one inside brackets: it says what the item is, "(viral pneumonia?)"), and
        // whether it names a place. (tested in place: a sentence's few mentions and places, no lists of their items)
        func namesFinding(_ item: Int) -> Bool {
            mentions.contains { depthOf[$0.head.lowerBound] == 0 && itemOf[$0.head.lowerBound] == item }
        }
        func namesPlace(_ item: Int) -> Bool { places.contains { itemOf[$0.tokens.lowerBound] == item } }
        // (right after a word no lexicon knows, or after its "of": "symmetrical lower lobes", "fullness of the hilum")
        func ofUnknownWord(_ place: Place) -> Bool {
            var position = place.tokens.lowerBound - 1
            if position >= 0 && tokens[position].form == words.the { position -= 1 }
            if position >= 0 && tokens[position].form == words.of { position -= 1 }
            return position >= 0 && tokens[position].kind == .word && tokens[position].form == Token.unknownForm
        }
        return mentions.indices.map { index in
            let head = mentions[index].head
            let lent = doubted[index] ? namesPlace(heads[index]) ? placesOf[index] : [] : listed[index]
            return placesOf[index].filter { placeIndex in
                let place = places[placeIndex]
                guard lent.contains(placeIndex) else { return false }
                let at = itemOf[place.tokens.lowerBound]
                guard at != heads[index], !mentions.contains(where: { other in
                    other.head != head && head.upperBound <= other.head.lowerBound && other.head.lowerBound <= place.tokens.lowerBound
                }) else { return false }
                return namesFinding(at) || at < heads[index] && ofUnknownWord(place)
            }
        }
    }

    /// Where a finding's own places (those ``borrowedPlaces(_:places:placesOf:listed:doubted:scopeEnds:)`` did not find)
    /// place it, read as all its places are (a vague place an organ's part when an organ is named).
    func placesOwned(_ indices: [Int], of places: [Place], emphasized: Set<Int>, vagueParts: OrganParts) -> OwnPlaces {
        var sides = Sides()
        var structures: [Int] = []
        for place in completedPlaces(indices, of: places, emphasized: emphasized) {
            if sidesCount(of: place, beside: vagueParts) { sides.formUnion(place.sides) }
            if vagueParts.organNamed && place.vague { continue }
            structures += place.structures.filter { !structures.contains($0) }
        }
        return OwnPlaces(laterality: Laterality(sides: sides), structures: structures)
    }

    /// What a finding's vague places (``Place/vague``: only sides and words other organs share) are beside its other places.
    struct OrganParts {
        /// An organ outside the chest is named: a vague place is that organ's part ("in both kidneys …, the largest in the
        /// upper pole-middle section on the left"): its side counts, not its lobe.
        var organNamed = false
        /// One of the organs named is a single one whose parts are named by side (`unpaired` in anatomy.xml: "in the liver
        /// …, the largest in the right lobe", "in the liver, … in both lobes"): see ``sidesCount(of:beside:)``.
        var unpairedNamed = false
    }

    /// Whether a place's sides are the finding's: not those of a vague place with a head noun of its own beside a single
    /// organ named by side ("the left lobe", "both lobes", "segment 2 of the right lobe": that organ's parts); a bare side
    /// word, which may be another organ's ("… in the liver and right nephrolithiasis"), keeps its side.
    func sidesCount(of place: Place, beside parts: OrganParts) -> Bool {
        !(parts.unpairedNamed && place.vague && place.tokens.contains { lattice.isHeadNoun($0, engine: engine) })
    }

    /// How a finding's vague places read beside the organs outside the chest (not body regions) its places name.
    func organPartsReading(_ placed: [Place]) -> OrganParts {
        guard placed.contains(where: \.vague) else { return OrganParts() }
        let anatomy = engine.knowledge.anatomy
        let inChest = engine.anatomyIndex.inChest
        let organs = placed.flatMap { place in
            place.structures.filter { !inChest[$0] && anatomy.structures[$0].kind != .region }
        }
        guard !organs.isEmpty else { return OrganParts() }
        return OrganParts(organNamed: true, unpairedNamed: organs.contains { anatomy.structures[$0].unpaired })
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
        // (three forms: a list compared in place, no set hashed per token)
        let alternatives = [words.or, words.hyphen, words.slash]
        for index in mentions.indices where !mentions[index].isFeature {
            let phrase = mentions[index].phrase
            let heads = mentions.filter { $0.phrase == phrase && !$0.isFeature }.map(\.head.lowerBound)
            guard let first = heads.min(), heads.contains(where: { $0 != first }) else { continue }
            let next = mentions.map(\.phrase.lowerBound).filter { $0 >= phrase.upperBound }.min() ?? lattice.tokens.count
            let before = placesOf[index].filter { places[$0].tokens.lowerBound < phrase.lowerBound }
            let after = placesOf[index].filter {  // ("ground glass areas in the lingula": "areas" is both)
                places[$0].tokens.lowerBound > phrase.lowerBound && places[$0].tokens.upperBound > phrase.upperBound
                    && places[$0].tokens.lowerBound < next
            }
            let head = mentions[index].head
            let type = mentions[index].type
            // (the three fields read, not a copy of the whole type)
            let types = engine.knowledge.findings.types
            let (region, otherOrgans, cause) = (types[type].region, types[type].otherOrgans, types[type].cause)
            // An earlier item's own organ word (see ``itemWords(of:among:)``) is no place of a later item of another region
            // ("Minimal pericardial effusion, mosaic attenuation pattern": the pericardium is the effusion's, not the mosaic's;
            // "pleural effusion, pericardial effusion, lymphadenopathies": nor the lymph nodes'), in a list of alternatives too
            // ("no pleural effusion, pneumothorax or pneumonia": the pleura is not the pneumonia's). An organ that makes the item
            // a finding of its own (`<in>` of findings.xml) is said of it ("pleural thickening-plaque-like calcifications").
            let earlierItems = mentions.filter { $0.phrase == phrase && !$0.isFeature && $0.head.upperBound <= head.lowerBound }
                .map { itemWords(of: $0, among: mentions) }
            if !earlierItems.isEmpty {
                let structures = engine.knowledge.anatomy.structures
                placesOf[index].removeAll { place in
                    let words = places[place].tokens
                    return earlierItems.contains { words.upperBound >= $0.lowerBound && words.upperBound <= $0.upperBound }
                        && !places[place].structures.isEmpty
                        && places[place].structures.allSatisfy {
                            structures[$0].region != region && engine.relocation(of: type, in: $0) == nil
                        }
                }
            }
            // Alternatives and compounds name one finding two ways: "nodules or cysts", "bleb-bulla".
            if lattice.tokens[phrase].contains(where: { alternatives.contains($0.form) }) { continue }
            // A chest finding listed before the last one takes no place after the list that only names organs outside the
            // chest ("emphysematous changes, mild bronchiectasis, mild fusiform dilatation of the ascending aorta"); one whose
            // words other organs' findings share does ("sequelae changes and osteoporosis in the bone structures").
            // Nor does a finding of one organ outside the chest take one that only names other organs ("Mild hiatal hernia,
            // hepatosteatosis, nodular density in the right breast"). An organ that makes the item a finding of its own
            // (`<in>` of findings.xml) is its place ("Effusion and thickening in the pericardium": a pericardial effusion).
            if let last = heads.max(), mentions[index].head.lowerBound != last, !otherOrgans, !cause {
                let inChest = engine.placeTables.typeInChest[type]
                let ownOrgan = Self.organRegions.contains(region)
                let structures = engine.knowledge.anatomy.structures
                placesOf[index].removeAll { place in
                    after.contains(place) && !places[place].structures.isEmpty && places[place].structures.allSatisfy {
                        (inChest ? !engine.anatomyIndex.inChest[$0] : ownOrgan && !Self.sameOrgan(structures[$0].region, region))
                            && engine.relocation(of: type, in: $0) == nil
                    }
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
        // (with no finding placed there is nothing to drop: the items' words are not read)
        guard mentions.count > 1, placesOf.contains(where: { !$0.isEmpty }) else { return }
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
        // (the last head before it, read in one loop over the mentions' fields: no list of the items before it is built)
        var last: Int? = nil
        for other in mentions.indices
        where mentions[other].phrase == mention.phrase && mentions[other].head.upperBound <= head.lowerBound {
            last = max(last ?? mentions[other].head.upperBound, mentions[other].head.upperBound)
        }
        guard let start = last else { return mention.phrase.lowerBound..<head.upperBound }
        let tokens = lattice.tokens
        let words = engine.words
        let between = start..<head.lowerBound
        let opening = between.last(where: { tokens[$0].form == words.comma })
            ?? between.last(where: { words.coordinators.contains(tokens[$0].form) })
        return (opening.map { $0 + 1 } ?? start)..<head.upperBound
    }

    /// Whether a place follows a phrase with no comma nor coordinator between them ("a consolidation area is observed in this
    /// localization"): it says where that phrase is.
    private func saysOf(_ place: Place, _ phrase: Range<Int>) -> Bool {
        phrase.upperBound <= place.tokens.lowerBound && !hasCoordinator(phrase.upperBound..<place.tokens.lowerBound)
    }

    /// Whether a coordinator — "and", "or", a comma (`FunctionWords.coordinators`) — stands among the tokens of `range`.
    func hasCoordinator(_ range: Range<Int>) -> Bool {
        lattice.tokens[range].contains { engine.words.coordinators.contains($0.form) }
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
        // "pleural contour irregularities", is its own words, as one before it is), or placed outside the lungs and pleura
        // ("Pericardial effusion, tracheostomy cannula, atelectasis in the basal segments": a row of organs' findings, each
        // said on its own): the list was interrupted.
        var placedPastStart = false
        var placedOutsideLungs = false
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
        // (the group is handed in: a local function that captured the variable would box it, with an exclusivity check
        // on every use)
        func inGroupClause(_ position: Int, of group: [Int]) -> Bool {
            guard let last = group.last else { return false }
            let start = mentions[last].phrase.lowerBound
            return sameClause(start, position) && !clauseStarts.contains { $0 >= start && $0 < position }
        }
        for item in items {
            if let mention = item.mention {
                if groupClosed || !inGroupClause(item.start, of: group) {
                    afterPlacedItem = groupClosed && (placedPastStart || placedOutsideLungs) && inGroupClause(item.start, of: group)
                    placedPastStart = false
                    placedOutsideLungs = false
                    group.removeAll(keepingCapacity: true)
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
            // (the place is read where it stands, `places[placeIndex]`: a copy would retain and release its three lists)
            // Right before (or overlapping the start of) a phrase: that phrase's own place.
            if let owner = mentions.indices.first(where: { isPremodifier(places[placeIndex].tokens, of: mentions[$0].phrase, among: places) }) {
                for index in mentions.indices where mentions[index].phrase == mentions[owner].phrase {
                    assigned[index].append(placeIndex)
                }
                continue
            }
            // (a place that points back goes to a phrase after it in its clause — "Bronchiectasis in the middle lobe, and in
            // this localization, peribronchial thickening" —, unless it follows the group's last phrase with no comma nor
            // coordinator between: "a consolidation area is observed in this mass localization, and bands …" is there)
            let laterPhrase = places[placeIndex].isAnaphor && mentions.contains {
                $0.phrase.lowerBound >= places[placeIndex].tokens.upperBound && sameClause(places[placeIndex].tokens.upperBound, $0.phrase.lowerBound)
            } && !(group.last.map { saysOf(places[placeIndex], mentions[$0].phrase) } ?? false)
            if inGroupClause(item.start, of: group) && !laterPhrase {
                // (a place that points back, "at this level", is where the list was: all share it)
                if afterPlacedItem && !groupClosed && !places[placeIndex].isAnaphor {
                    group = joinedToLast(group, of: mentions, before: places[placeIndex], cues: cues)
                }
                for index in group { assigned[index].append(placeIndex) }
                placedPastStart = placedPastStart || group.last.map { places[placeIndex].tokens.lowerBound > mentions[$0].phrase.lowerBound } ?? false
                placedOutsideLungs = placedOutsideLungs
                    || !places[placeIndex].structures.isEmpty && places[placeIndex].structures.allSatisfy { !engine.anatomyIndex.inChest[$0] }
                groupClosed = true
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(placeIndex)
            }
        }
        dropLeadingPlaces(leadingOf, of: places, before: mentions, assigned: &assigned)
        dropPlacesOfEarlierClauses(leadingOf, of: places, before: mentions, cues: cues, assigned: &assigned)
        // "Ground glass densities in places, a consolidation area in the right lower lobe": "in places" closed the ground
        // glass's group above, so the lobe is not shared back; it says nowhere, so the phrase is left unplaced for what
        // places an unplaced finding ("… and they are consolidated in places": where they are).
        // (only a sentence with such a place touches the lists)
        if places.contains(where: { $0.onlyEndsSharing }) {
            for index in assigned.indices { assigned[index].removeAll { places[$0].onlyEndsSharing } }
        }
        return assigned
    }

    /// "Nodules in both lungs, ground glass densities, a consolidation area in the right lower lobe": once an item of a list
    /// has had a place of its own after it (or on its words, outside the lungs and pleura: "Pericardial effusion, tracheostomy
    /// cannula, atelectasis in the basal segments" — the cannula is not in the lungs), a place after a later item is that item's and of the items joined to it by
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
    /// that is also outside them and neither place is part of the other — two places that say other sides are not, even of
    /// one organ ("Diffuse hyperplasia in the right adrenal gland, adenoma in the left adrenal gland", "… in both kidneys, a
    /// cyst in the right kidney"). A place after only words the
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
        // (one place part of the other: not when both say a side and the sides differ)
        func related(_ a: Place, _ b: Place) -> Bool {
            guard a.sides.isEmpty || b.sides.isEmpty || a.sides == b.sides else { return false }
            return a.structures.contains { x in
                b.structures.contains { y in index.ancestors[x].contains(y) || index.ancestors[y].contains(x) }
            }
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

    /// "The aeration of both lungs is normal and no nodule is seen in the right lung", "irregularity of the cortex of both
    /// kidneys, and a hypodense lesion in the left kidney": a place a phrase took from before an "and" that starts another
    /// clause (its clause named no finding the lexicons know) is that earlier clause's, not the phrase's, when the phrase
    /// names a place of its own that says where — not one right after a cue that it reaches there ("extending towards the
    /// mediastinum") or is most there ("especially in the left lower lobe"). The "and" starts a clause after a verb of the
    /// earlier one (a predicate, or a denial said after what it denies: "is normal and"), or after a comma, unless the
    /// place opens the sentence and frames it ("In the mediastinum, prevascular, and calcific lymph nodes"). Not an "and"
    /// that joins places ("in the right upper lobe and in the left lower lobe"), nor one that joins words of one phrase
    /// ("the heart and mediastinal structures"). A place that says the side the phrase's own places do not say completes
    /// them and stays ("Both lungs are hyperaerated and emphysema is seen in the upper lobes"), as does an organ without a
    /// side when the phrase's own places say only a side and words other organs share ("The thyroid gland is enlarged, and
    /// a nodule is seen in the left lobe"), and a frame with no "and" before the phrase ("In the right lung, nodules and
    /// ground glass are observed").
    private func dropPlacesOfEarlierClauses(_ leadingOf: [[Int]], of places: [Place], before mentions: [FindingMention],
                                            cues: [Cue], assigned: inout [[Int]]) {
        // (no phrase took a place from before it: the cues are not read)
        guard !leadingOf.isEmpty else { return }
        let tokens = lattice.tokens
        let words = engine.words
        // A clause's verb: a predicate, or a denial said after what it denies ("is normal", "was not detected").
        let verbs = cues.filter { $0.value.type == .predicate || $0.value.type == .negation && $0.value.direction == .backward }
            .map(\.tokens)
        // Where a finding reaches or is most, not where it is: places right after an extension or emphasis cue.
        let asides = cues.filter { [.extension, .emphasis].contains($0.value.type) }.map(\.tokens.upperBound)
        /// Whether an "and" at `position`, after the place, opens a clause of its own.
        func opensClause(_ position: Int, after place: Place) -> Bool {
            guard tokens[position].form == words.and, !lattice.isCovered(position),
                  !places.contains(where: { $0.tokens.contains(position) || (position + 1...position + 3).contains($0.tokens.lowerBound) })
            else { return false }
            if verbs.contains(where: { $0.lowerBound >= place.tokens.upperBound && $0.upperBound <= position }) { return true }
            let frames = place.tokens.upperBound < tokens.count && tokens[place.tokens.upperBound].form == words.comma
                && !tokens[..<place.tokens.lowerBound].contains { $0.form == Token.unknownForm }
            return position > 0 && tokens[position - 1].form == words.comma && !frames
        }
        for (mention, leading) in leadingOf.enumerated() where !leading.isEmpty {
            let own = assigned[mention].filter { index in
                let start = places[index].tokens.lowerBound
                return !leading.contains(index) && !asides.contains { $0 <= start && start - $0 <= 2 }
            }.map { places[$0] }.filter { !$0.structures.isEmpty || !$0.sides.isEmpty }
            guard !own.isEmpty else { continue }
            let start = mentions[mention].phrase.lowerBound
            let dropped = leading.filter { placeIndex in
                let place = places[placeIndex]
                let givesSide = place.sideSaid && !place.sides.isEmpty && own.allSatisfy { $0.sides.isEmpty }
                let givesOrgan = place.sides.isEmpty && own.allSatisfy(\.vague)
                return !givesSide && !givesOrgan && (place.tokens.upperBound..<start).contains { opensClause($0, after: place) }
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
    /// (`place` and `phrase`: the place's and the finding phrase's tokens, all it reads of them: no copy of a place or a
    /// mention is made to ask)
    func isPremodifier(_ place: Range<Int>, of phrase: Range<Int>, among places: [Place]) -> Bool {
        if isPremodifier(place, of: phrase) { return true }
        let words = engine.words
        let start = place.lowerBound
        guard start == 0 || lattice.tokens[start - 1].form == words.comma,
              !place.contains(where: { lattice.isHeadNoun($0, engine: engine) })
        else { return false }
        // (the nearest place after it, found in one pass over the places: no list of the places after it is built)
        var next: Int? = nil
        for index in places.indices where places[index].tokens.lowerBound >= place.upperBound {
            if let nearest = next, places[nearest].tokens.lowerBound <= places[index].tokens.lowerBound { continue }
            next = index
        }
        guard let next, lattice.tokens[place.upperBound..<places[next].tokens.lowerBound]
            .allSatisfy({ words.coordinators.contains($0.form) })
        else { return false }
        return isPremodifier(places[next].tokens, of: phrase, among: places)
    }

    private func isPremodifier(_ place: Range<Int>, of phrase: Range<Int>) -> Bool {
        if place.lowerBound < phrase.lowerBound && place.upperBound > phrase.lowerBound
            && place.upperBound < phrase.upperBound {
            return true  // "Bilateral pleural" of "pleural effusion"
        }
        guard place.upperBound <= phrase.lowerBound, phrase.lowerBound - place.upperBound <= 2
        else { return false }
        // A capital after lower-case place words starts a new sentence whose stop is missing ("… in both
        // lungs Viral pneumonia?"): the place is the words before it.
        let next = lattice.tokens[place.upperBound]
        let last = lattice.tokens[place.upperBound - 1]
        if next.flags.contains(.capitalized) && !next.flags.contains(.allUpper) && !last.flags.contains(.capitalized) {
            return false
        }
        for token in place.upperBound..<phrase.lowerBound {
            let hits = lattice.hits(at: token, engine: engine)
            if hits.isEmpty {
                // A word no lexicon knows may stand there; a known word that matched nothing here only
                // alone ("liver parenchymal density", not "lower lobe becomes more consolidated").
                let form = lattice.tokens[token].form
                guard lattice.tokens[token].kind == .word, !engine.words.linking.contains(form),
                      form == Token.unknownForm || phrase.lowerBound - place.upperBound == 1
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

    /// "Emphysematous changes are more prominent in the lower lobes of the lung": whether every place of a finding is one
    /// an emphasis predicate said of it puts it most — each at most two words past an emphasis cue that follows its phrase
    /// with at most a copula between — so that its sentence narrows where a finding named before is most marked rather than
    /// placing one of its own. Not "Especially on the left, atelectasis …" (the cue before the phrase), nor a finding
    /// placed also where it is ("… in both lungs, more prominent in the lower lobes").
    func mostMarkedOnly(_ mention: FindingMention, places indices: [Int], of places: [Place], cues: [Cue]) -> Bool {
        let predicates = cues.filter { cue in
            cue.value.type == .emphasis && cue.tokens.lowerBound >= mention.phrase.upperBound
                && cue.tokens.lowerBound - mention.phrase.upperBound <= Self.emphasisPredicateGap
        }
        return !indices.isEmpty && !predicates.isEmpty && indices.allSatisfy { index in
            let start = places[index].tokens.lowerBound
            return predicates.contains { $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 2 }
        }
    }

    /// The words at most between a finding's phrase and an emphasis cue said of it as its predicate: a copula ("are").
    static let emphasisPredicateGap = 1

    /// A finding's places, each as the finding reads it. A place that does not say its side
    /// ("predominantly in the basal segments") takes the side the finding's other places in the chest
    /// say ("the right breast" says none of a lobe), or is dropped when what it implies contradicts it.
    /// Both sides count only when said together ("in both lungs"); with a left and a right place, it is
    /// on the side said last before it, or on both when none is said before it and one place says both.
    /// A lobe or segment with no side from any place of its finding is on the one side the sentence said
    /// last before it ("… in the right lung upper lobe anterior, and consolidation areas are observed in the
    /// upper lobe anterior"). So is a place in one lung named without its side ("fluid in the fissure", `Place.liesInOneLung`),
    /// which takes one side only. A lobe that no side completes is dropped.
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
        // "in all lobes, more prominently in the right upper lobe", "in the lower lobes, more prominent in the right lower
        // lobe": a place that lies in both lungs without saying a side is not narrowed by a side said only where the
        // finding is most; a side said plainly still completes it ("in the right lung, in all lobes").
        let sidedPlainly = sidedPlaces.contains { !emphasized.contains($0) }
        func keepsBothSides(_ place: Place) -> Bool { !sidedPlainly && !place.sideSaid && place.sides.count == 2 }
        func sidesCompleting(_ place: Place) -> Sides {
            if saidSides.count == 1 { return saidSides }
            let before = sidedPlaces.last { places[$0].tokens.upperBound <= place.tokens.lowerBound }
            // "… in the left lung lower lobe anteromedial segment, adjacent to the fissure, and in the laterobasal
            // segment": the side of the last item said before it.
            if let before, places[before].lastSides.count == 1 { return places[before].lastSides }
            if bothSaidTogether { return saidSides }
            if sidedPlaces.isEmpty { return place.needsSide || place.liesInOneLung ? sideSaid(before: place, among: places) : [] }
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
            let side: Sides = place.sideSaid ? [] : mostOnly ? [.left, .right] : keepsBothSides(place) ? [] : sidesCompleting(place)
            if !side.isEmpty {
                let sided = (side.contains(.right) ? place.ifRight : []) + (side.contains(.left) ? place.ifLeft : [])
                if !sided.isEmpty {
                    place.structures = sided
                    place.sides = side
                    place.sideOpen = false
                } else if place.liesInOneLung {
                    // ("a nodule in the left lower lobe adjacent to the fissure": that lung's fissure; none from both lungs)
                    if side.count == 1 { place.sides = side }
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
