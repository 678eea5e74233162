import RadGrammar
import RadLexicon

/// Reads a location phrase against the ontology.
///
/// The phrase is cut into places at "and", commas and prepositions. Within a place, words are
/// pooled (side, lobe level, segment names, zone, head noun, named structures): "posterobasal
/// segment of the lower lobe of the left lung" and "left lung lower lobe posterobasal segment"
/// give the same pool. A place without a head noun borrows the next place's ("upper and lower
/// lobes"), a place without a side takes the previous place's, else the next one's ("upper lobe
/// and lower lobe of the right lung"). Then each pool is resolved to structures of the ontology.
struct LocationReader {
    let engine: Engine

    /// The words of one place.
    private struct Pool {
        var side: Side?
        /// Whether the side is the place's own word (not carried from a neighbouring place).
        var saysSide = false
        /// Whether the side came from the place after it ("the middle and lower zones of the left lung").
        var sideFromNext = false
        /// Whether the side is said after the place's level or head ("lower lobes of the left lung",
        /// not "left lower lobes"): it is then the side of the places listed before it too.
        var sideAfterLevel = false
        /// Whether the side is said after other words of the place ("lingular segments of the left lung", "lower lobe
        /// superior segment of the left lung"): it closes the place, and may close a list before it (`closesList`).
        var sideAfterPlace = false
        var level: String?
        /// Whether the level word names every level ("all lobes", "all segments of the right lung").
        var everyLevel = false
        /// Whether the level came from the next place ("mediobasal and posterobasal segments of the left lower lobe").
        var levelBorrowed = false
        var segments: [String] = []
        var zones: [String] = []
        var head: String?
        var plural = false
        var structures: [Int] = []
        /// Whether a structure was named by a plural term ("the fissures").
        var structureInPlural = false
        /// Whether a preposition (not a coordinator) ends this place: nothing is borrowed across it.
        var endsWithPreposition = false
        /// Whether an organ outside the chest named after it owns this place's words.
        var claimedByOrgan = false
        /// Whether that organ is a single one whose parts are named by side (`AnatomyStructure.unpaired`: "the left lobe of
        /// the liver"): the place's side word names the part, not a side of the body.
        var claimedByUnpaired = false
        /// Whether the head noun came from the next place ("upper and lower lobes").
        var borrowedHead = false
        /// Whether the place follows a proximity word of the phrase ("the retrocrural region adjacent to the mediobasal
        /// segment …"): what the places before it lie next to (`Place.lungPartsOnlyBeside`).
        var isLandmark = false
        /// Whether the place is a whole lung said by "in" after a pleural place ("the pleura in the right lung"): it says
        /// whose pleura, by its side, and is no place of its own (`readPleuraOfLung`).
        var framesPleura = false
        /// Whether the place's own last head noun is "lobes" (plural).
        var pluralLobes = false
        /// Whether the place's own words say "lobe" in the singular ("the lower lobe basal segments", "segments of the lower
        /// lobe"): one lobe, of one lung (see `namesOneLobesSegments`).
        var singularLobe = false
        /// Whether a zone is named in the plural ("the lung bases", "the apices").
        var pluralZones = false
        /// Whether the plural is that of segment names listed under one head ("the medial and lateral basal segments"):
        /// it says no lung of its own, unlike a segment or lobe named in the plural ("the posterobasal segments").
        var listedPlural = false
        /// Whether an area word ("zone", "part", "section") after the level is the place's head, also
        /// when "of the lung" follows it ("the lower zones of both lungs").
        var areaHead = false
        /// The head noun the last words added were ("upper lobe" → "lobe"), nil after any other word.
        var lastHead: String?
        /// Token range of the place's words.
        var tokens = 0..<0
        /// Whether a word of the place names only the chest (a lung, a level, a named structure), not
        /// only words other organs share ("the parenchyma", "the left lobe").
        var specific = false

        var isEmpty: Bool {
            side == nil && level == nil && segments.isEmpty && zones.isEmpty && head == nil && structures.isEmpty
        }
        var hasHead: Bool { head != nil || !structures.isEmpty }
    }

    func read(_ match: RuleMatch, in lattice: SentenceLattice) -> Place {
        var pools: [Pool] = []
        var current = Pool()
        var token = match.tokens.lowerBound
        var pastProximity = false
        func close(preposition: Bool) {
            if !current.isEmpty {
                current.endsWithPreposition = preposition
                current.isLandmark = pastProximity
                pools.append(current)
            }
            current = Pool()
        }
        while token < match.tokens.upperBound {
            let hits = lattice.hits(at: token, engine: engine)
            if !hits.contains(where: \.entry.namesAPlace) {  // linking words, and cues such as "adjacent to the"
                let form = lattice.tokens[token].form
                if hits.contains(where: isProximityCue) {
                    close(preposition: true)
                    pastProximity = true
                }
                if engine.words.coordinators.contains(form) || form == engine.words.hyphen || form == engine.words.slash {
                    close(preposition: false)
                } else if form != engine.words.of && form != engine.words.the && form != engine.words.on
                            && !engine.words.possessive.contains(form) {
                    close(preposition: true)
                }
                token += 1
                continue
            }
            let end = lattice.matches[Int(lattice.matchAt[token])].tokens.upperBound
            // "right lung upper lobe anterior middle lobe and …": a lobe straight after a lobe's segment starts another place.
            if !current.segments.isEmpty && namesLobe(current) && startsLobe(at: token, before: match.tokens.upperBound, in: lattice) {
                close(preposition: false)
            }
            current.tokens = (current.tokens.isEmpty ? token : current.tokens.lowerBound)..<end
            add(hits, to: &current, nextHead: nextHead(after: end, before: match.tokens.upperBound, in: lattice),
                endsItem: { endsItem(at: end, before: match.tokens.upperBound, in: lattice) })
            token = end
        }
        close(preposition: false)
        claimByOrgans(&pools, in: lattice)
        readPleuraOfLung(&pools)
        let anatomy = engine.knowledge.anatomy
        let sideSaid = pools.contains { pool in
            pool.side != nil || pool.structures.contains { anatomy.structures[$0].side != nil }
        }
        borrowHeads(&pools)
        readCorrelativeBoth(&pools)
        carrySides(&pools)
        readOneLungLobes(&pools)
        var place = Place(tokens: match.tokens, structures: [], sides: [], rule: match.rule, sideSaid: sideSaid)
        place.vague = !pools.contains(where: \.specific)
        (place.structures, place.sides) = structures(of: pools[...])
        if pools.contains(where: \.isLandmark) {
            place.lungPartsOnlyBeside = !structures(of: pools.filter { !$0.isLandmark }[...]).structures.contains {
                engine.placeTables.isLungPart[$0]
            }
        }
        // (slices of the pools: no list of copies of them is built)
        if let last = pools.lastIndex(where: { $0.side != nil || $0.structures.contains { anatomy.structures[$0].side != nil } }) {
            place.lastSides = structures(of: pools[last...last]).sides
        }
        // "the fissure", "the major fissure": named once, without a side, it is in one lung all the same.
        place.liesInOneLung = !sideSaid && !place.structures.isEmpty && !pools.contains(where: \.structureInPlural)
            && place.structures.allSatisfy { anatomy.structures[$0].inOneLung }
        if !sideSaid && pools.contains(where: { ($0.level != nil && $0.head != nil) || !$0.segments.isEmpty }) {
            place.ifLeft = structures(of: pools[...], readOn: .left).structures
            place.ifRight = structures(of: pools[...], readOn: .right).structures
            place.sideOpen = pools.contains(where: namesOneLobesSegments)
                && pools.indices.allSatisfy { namesOneLobesSegments(pools[$0]) || structures(of: pools[$0...$0]).sides.isEmpty }
        }
        return place
    }

    /// Whether a lexicon hit is a proximity cue that names what it is next to after it ("adjacent to the", "next to").
    private func isProximityCue(_ hit: LexiconHit) -> Bool {
        guard case let .cue(index) = hit.entry else { return false }
        let cue = engine.knowledge.cues.cues[index]
        return cue.type == .proximity && cue.direction != .backward
    }

    /// The structures the pools name, and the sides they name or imply; not the side word of a single organ's part ("the
    /// right hepatic lobe", "both lobes of the liver": no side). `side`: the side every pool is read on in place of its
    /// own (`Place.ifLeft`, `Place.ifRight`).
    private func structures(of pools: ArraySlice<Pool>, readOn side: Side? = nil) -> (structures: [Int], sides: Sides) {
        var structures: [Int] = []
        var sides: Sides = []
        for pool in pools {
            let poolSide = side ?? pool.side
            if let poolSide, !pool.claimedByUnpaired && !namesUnpairedOrgan(pool) { sides.formUnion(Sides(poolSide)) }
            if poolSide == nil && namesPairedInPlural(pool) { sides.formUnion(Sides(.bilateral)) }
            for index in resolve(pool, on: poolSide) where !structures.contains(index) {
                structures.append(index)
                if let side = engine.knowledge.anatomy.structures[index].side { sides.formUnion(Sides(side)) }
            }
        }
        return (structures, sides)
    }

    /// Whether the place's words end at `token`: the end of the phrase, a coordinator ("upper lobe
    /// posterior and …") or another lobe ("upper lobe anterior middle lobe …"), not a head ("posterior areas")
    /// nor another word ("anterior to the artery").
    private func endsItem(at token: Int, before end: Int, in lattice: SentenceLattice) -> Bool {
        guard token < end else { return true }
        let form = lattice.tokens[token].form
        guard lattice.hits(at: token, engine: engine).isEmpty else { return startsLobe(at: token, before: end, in: lattice) }
        return engine.words.coordinators.contains(form) || form == engine.words.hyphen || form == engine.words.slash
    }

    /// Whether a place names a lobe: a level word, or a named lobe ("middle lobe").
    private func namesLobe(_ pool: Pool) -> Bool {
        pool.level != nil || pool.structures.contains { engine.knowledge.anatomy.structures[$0].kind == .lobe }
    }

    /// Whether the words at `token` name a lobe: a named lobe ("middle lobe"), or a level word whose head is "lobe" ("lower lobe").
    private func startsLobe(at token: Int, before end: Int, in lattice: SentenceLattice) -> Bool {
        let hits = lattice.hits(at: token, engine: engine)
        let anatomy = engine.knowledge.anatomy
        if hits.contains(where: { if case let .structure(index) = $0.entry { anatomy.structures[index].kind == .lobe } else { false } }) {
            return true
        }
        let level = hits.contains { if case let .anatomyWord(index) = $0.entry { anatomy.words[index].feature == .level } else { false } }
        guard level else { return false }
        let after = lattice.matches[Int(lattice.matchAt[token])].tokens.upperBound
        return nextHead(after: after, before: end, in: lattice) == "lobe"
    }

    /// The head noun ("lobe", "segment", …) that the words at `token` lead to: the next head word,
    /// across descriptive anatomy words and coordinators ("posterior and apical segments"), nil when
    /// another word comes first.
    private func nextHead(after token: Int, before end: Int, in lattice: SentenceLattice) -> String? {
        var position = token
        while position < end {
            let hits = lattice.hits(at: position, engine: engine)
            if !hits.contains(where: \.entry.namesAPlace) {
                let form = lattice.tokens[position].form
                guard engine.words.coordinators.contains(form) || form == engine.words.hyphen || form == engine.words.slash
                else { return nil }
                position += 1
                continue
            }
            var descriptive = false
            for hit in hits {
                // "the anterior and lingular segments": a named segment, or part of a lobe, heads the segment words before it
                if case let .structure(index) = hit.entry {
                    let kind = engine.knowledge.anatomy.structures[index].kind
                    if kind == .segment || kind == .lobePart { return "segment" }
                }
                guard case let .anatomyWord(index) = hit.entry else { continue }
                let word = engine.knowledge.anatomy.words[index]
                if word.feature == .structure { return word.value }
                descriptive = true
            }
            guard descriptive else { return nil }
            position = lattice.matches[Int(lattice.matchAt[position])].tokens.upperBound
        }
        return nil
    }

    /// Puts one match's words in the pool; ambiguous words ("superior", "basal", "apical") are read
    /// by the head noun that follows them, or the one before them when nothing follows (`endsItem`).
    private func add(_ hits: ArraySlice<LexiconHit>, to pool: inout Pool, nextHead: String?, endsItem: () -> Bool) {
        // The hits and the words are read in place (no copies of lexicon entries).
        let words = engine.knowledge.anatomy.words
        var named = false
        var features = FeatureSet()
        for position in hits.indices {
            switch hits[position].entry {
            case let .anatomyWord(index): features.insert(words[index].feature)
            case .structure: named = true
            default: break
            }
        }
        let previousHead = pool.lastHead
        pool.lastHead = nil
        if named {
            for position in hits.indices {
                if case let .structure(index) = hits[position].entry { pool.structures.append(index) }
            }
            pool.structureInPlural = pool.structureInPlural || hits.contains { $0.plural }
            pool.specific = true
            return
        }
        let plural = hits.indices.contains { hits[$0].plural }
        // "left lung lower lobe superior, lower lobe mediobasal …": a segment word that ends its item right after
        // the head it follows ("lobe") is that segment, whatever head the next item has.
        let endsAfterHead = previousHead != nil && hits.contains { hit in
            if case let .anatomyWord(index) = hit.entry { words[index].feature == .segment && words[index].afterHead == previousHead }
            else { false }
        } && endsItem()
        // "right lung upper lobe apical", "lower lobe basal": a segment word that is also a zone, ending its item right after
        // its lobe (`after-head="lobe"`), is that lobe's segment, not the zone.
        let segmentAfterLobe = endsAfterHead && previousHead == "lobe" && features.contains(.zone)
        for position in hits.indices {
            guard case let .anatomyWord(index) = hits[position].entry else { continue }
            if let required = words[index].beforeHead, nextHead != required,
               !(previousHead != nil && previousHead == words[index].afterHead && endsItem()) { continue }
            let value = words[index].value
            switch words[index].feature {
            case .side:
                // "in both lungs on the right" (MT of "bilateral, more on the right"): one side after both lungs is an emphasis
                if pool.side == .bilateral && pool.saysSide && pool.head == "lung" && value != "bilateral" { continue }
                pool.sideAfterPlace = pool.level != nil || pool.head != nil || !pool.segments.isEmpty || !pool.zones.isEmpty
                    || !pool.structures.isEmpty
                pool.side = value == "bilateral" ? .bilateral : Side(rawValue: value)
                pool.saysSide = true
                pool.sideAfterLevel = pool.level != nil || pool.head != nil
            case .structure:
                pool.specific = pool.specific || !words[index].shared
                // "the lower zones (of both lungs)", not "the lower lobe basal level".
                pool.areaHead = value == "area" && pool.head != "lobe" && pool.head != "segment" || pool.areaHead && value == "lung"
                pool.head = value
                pool.lastHead = value
                pool.plural = pool.plural || plural
                pool.pluralLobes = value == "lobe" && plural
                pool.singularLobe = pool.singularLobe || value == "lobe" && !plural
            case .level:
                // "superior", "inferior": a segment before "segment", a level only before "lobe" ("the
                // superior and middle parts of the lower lobe", "the lung superior to the lower lobe").
                if features.contains(.segment) && (nextHead != "lobe" || endsAfterHead) { continue }
                // "the upper lobe" is the lung's; "the middle section", "the lower part" may be any organ's.
                pool.specific = pool.specific || nextHead != "area"
                pool.level = value
                pool.everyLevel = words[index].every
                // "the peripheral regions of the upper lobes": the level is a later head's.
                pool.areaHead = false
            case .segment:
                if features.contains(.level) && nextHead == "lobe" && !endsAfterHead { continue }
                if features.contains(.zone) && nextHead != "segment" && !segmentAfterLobe { continue }
                pool.specific = pool.specific || !words[index].shared
                pool.segments.append(value)
                if pool.level == nil, let level = words[index].level { pool.level = level }
            case .zone:
                if features.contains(.segment) && nextHead == "segment" || segmentAfterLobe { continue }
                pool.specific = true
                pool.zones.append(value)
                pool.pluralZones = pool.pluralZones || plural
            }
        }
    }

    /// The anatomy features of one match's words, as bits.
    private struct FeatureSet {
        private var bits: UInt8 = 0

        private static func bit(_ feature: AnatomyFeature) -> UInt8 {
            switch feature {
            case .side: 1
            case .structure: 2
            case .level: 4
            case .segment: 8
            case .zone: 16
            }
        }

        mutating func insert(_ feature: AnatomyFeature) { bits |= Self.bit(feature) }
        func contains(_ feature: AnatomyFeature) -> Bool { bits & Self.bit(feature) != 0 }
    }

    /// "the posterior segment caudal of the right lobe of the liver": a place joined by "of" to a
    /// place naming an organ outside the chest is part of that organ, unless it names the lung itself;
    /// so is one without a head noun, or with only "part", "zone" and the like, listed before it ("the
    /// lateral and medial segments of the left lobe of the liver", "the middle part and inferior pole of
    /// the left kidney"); so is a place of a shared word only, joined by "in" ("the parenchyma in the lower pole of
    /// the left kidney").
    private func claimByOrgans(_ pools: inout [Pool], in lattice: SentenceLattice) {
        let index = engine.anatomyIndex
        let words = engine.words
        for position in pools.indices.dropFirst().reversed() {
            let owner = pools[position]
            guard owner.claimedByOrgan || owner.structures.contains(where: { !index.inChest[$0] }) else { continue }
            let place = pools[position - 1]
            let between = lattice.tokens[place.tokens.upperBound..<owner.tokens.lowerBound]
            let listed = (!place.hasHead || place.head == "area" && place.structures.isEmpty) && between.allSatisfy {
                words.coordinators.contains($0.form) || $0.form == words.hyphen || $0.form == words.slash
            }
            let within = !place.specific && place.structures.isEmpty && between.contains { $0.form == words.in }
                && between.allSatisfy { $0.form == words.in || $0.form == words.the }
            guard place.head != "lung" || within, !place.structures.contains(where: { index.inChest[$0] }),
                  listed || within || between.contains(where: { $0.form == words.of })
            else { continue }
            pools[position - 1].claimedByOrgan = true
            pools[position - 1].claimedByUnpaired = owner.claimedByUnpaired || namesUnpairedOrgan(owner)
        }
    }

    /// "Nodular lesions in the pleura in the right lung": a whole lung named with its side right after a place of only pleural
    /// structures (the pleura, a fissure) and a preposition is the lung whose pleura it is, as in "the right lung pleura"
    /// (one place, the pleura on the right); the lung is no place of the finding besides, so that the finding is the
    /// pleura's (`<in>` of findings.xml) and not also of the lung.
    private func readPleuraOfLung(_ pools: inout [Pool]) {
        guard pools.count > 1 else { return }
        let anatomy = engine.knowledge.anatomy
        // (fields read in place: a pool is not copied)
        for position in pools.indices.dropFirst() where pools[position].saysSide && pools[position].head == "lung"
            && pools[position - 1].endsWithPreposition {
            guard pools[position].side != nil, pools[position].structures.isEmpty, pools[position].level == nil,
                  pools[position].segments.isEmpty, pools[position].zones.isEmpty, !pools[position - 1].structures.isEmpty,
                  pools[position - 1].structures.allSatisfy({ anatomy.structures[$0].kind == .pleura || anatomy.structures[$0].kind == .fissure })
            else { continue }
            pools[position].framesPleura = true
        }
    }

    /// Whether a pool names, by a plural term, a structure each side has one of (`AnatomyStructure.paired`: "the hila",
    /// "the costophrenic sinuses"): with no side of its own, it is on both sides.
    private func namesPairedInPlural(_ pool: Pool) -> Bool {
        pool.structureInPlural && pool.structures.contains { engine.knowledge.anatomy.structures[$0].paired }
    }

    /// Whether a pool names a single organ whose parts are named by side ("right liver lobe").
    private func namesUnpairedOrgan(_ pool: Pool) -> Bool {
        pool.structures.contains { engine.knowledge.anatomy.structures[$0].unpaired }
    }

    /// Places without a head noun take the next place's head (and its side, level, plural if missing);
    /// segments without a lobe level take the next place's ("mediobasal and posterobasal segments
    /// of the left lower lobe").
    private func borrowHeads(_ pools: inout [Pool]) {
        guard pools.count > 1 else { return }
        // The level of a lobe a pool names itself ("the middle lobe"), else its level word.
        let anatomy = engine.knowledge.anatomy
        func level(of pool: Pool) -> String? {
            pool.structures.lazy.map { self.engine.anatomyIndex.lobe[$0] }.first { $0 >= 0 }.flatMap { anatomy.structures[$0].level }
                ?? pool.level
        }
        for index in stride(from: pools.count - 2, through: 0, by: -1) {
            let donor = pools[index + 1]
            // (a lobe named with a side of its own starts another item: "lower lobe lateral and posterior segment, right lung
            // middle lobe medial segment")
            let donorLevel = donor.saysSide ? donor.level : level(of: donor)
            // "the posterior segment in the lower lobe of the right lung": a segment in the lobe after it is that lobe's.
            if pools[index].endsWithPreposition && pools[index].level == nil && !pools[index].segments.isEmpty
                && pools[index].structures.isEmpty && donorLevel != nil && donor.segments.isEmpty {
                pools[index].level = donorLevel
                pools[index].levelBorrowed = true
            }
            guard !pools[index].endsWithPreposition else { continue }
            // ("the medial and lateral segments of the middle lobe, and …": the lobe the next place names is theirs)
            if pools[index].level == nil && !pools[index].segments.isEmpty && level(of: pools[index]) == nil {
                pools[index].level = donorLevel
                pools[index].levelBorrowed = donorLevel != nil
            }
            guard !pools[index].hasHead else { continue }
            guard donor.hasHead else { continue }
            if !pools[index].segments.isEmpty && !donor.segments.isEmpty && donor.plural && !donor.pluralLobes {
                pools[index].listedPlural = true
                pools[index + 1].listedPlural = true
            }
            pools[index].head = donor.head
            pools[index].areaHead = donor.areaHead
            pools[index].plural = donor.plural
            pools[index].borrowedHead = true
            if pools[index].side == nil, let side = donor.side {
                pools[index].side = side
                pools[index].sideFromNext = donor.sideAfterLevel
            }
            // "upper and lower paratracheal area": a level word before a named structure is that structure's.
            if pools[index].structures.isEmpty && pools[index].segments.isEmpty
                && (pools[index].level == nil || !donor.structures.isEmpty) {
                pools[index].structures = donor.structures
            }
        }
        // "the right lung lower lobe lateral and posterior segments": segments after segments of a lobe, with none of
        // their own, are of that lobe; their plural is the list's ("the upper lobe anterior and posterior segment
        // bronchi" name one lung's lobe, on the side the context gives), not both lungs'.
        for index in pools.indices.dropFirst() where pools[index].level == nil && !pools[index].segments.isEmpty
            && pools[index].structures.isEmpty {
            let before = pools[index - 1]
            guard let level = before.level, !before.segments.isEmpty, !before.endsWithPreposition else { continue }
            pools[index].level = level
            pools[index].levelBorrowed = true
            pools[index].listedPlural = pools[index].listedPlural || pools[index].plural && before.singularLobe
        }
    }

    /// "the upper and middle lobes", "the middle and lower lobes": lobe levels under one head, no side said, one of them a
    /// level only one lung has, are the lobes of that lung (one lobe each), not of both; so under a singular head, as
    /// the translation often gives it ("the middle and lower lobe": not the middle lobe alone).
    private func readOneLungLobes(_ pools: inout [Pool]) {
        guard pools.count > 1, pools.allSatisfy({ $0.side == nil && $0.segments.isEmpty && ($0.level != nil || $0.structures.isEmpty) })
        else { return }
        let levels = pools.indices.filter { pools[$0].level != nil }
        guard levels.count > 1, levels.allSatisfy({ pools[$0].head == "lobe" }),
              levels.dropLast().allSatisfy({ pools[$0].borrowedHead }) else { return }
        let anatomy = engine.knowledge.anatomy
        guard let side = pools.lazy.compactMap({ pool in
            pool.level.flatMap { self.engine.anatomyIndex.lobe(side: nil, level: $0, in: anatomy) }.flatMap { anatomy.structures[$0].side }
        }).first else { return }
        for position in levels { pools[position].side = side }
    }

    /// "both the upper and lower lobes of the left lung": "both" before lobe levels that share a head
    /// and a single side said after them pairs the places, it is no side ("bilateral apex, posterobasal
    /// segment of the left lung" keeps both sides: the apex is named there).
    private func readCorrelativeBoth(_ pools: inout [Pool]) {
        for index in pools.indices where pools[index].side == .bilateral && pools[index].borrowedHead
            && pools[index].zones.isEmpty && pools[index].segments.isEmpty && pools[index].structures.isEmpty {
            let later = pools[(index + 1)...]
            guard later.contains(where: { $0.saysSide && $0.side != nil && $0.side != .bilateral }) else { continue }
            pools[index].side = nil
            pools[index].saysSide = false
        }
    }

    /// A place without a side takes the previous place's side ("the right middle and lower lobes"),
    /// else the next place's unless it names lobes in the plural itself ("the basal segments of the
    /// upper lobes, the right middle lobe …": both upper lobes) and that side does not close the list
    /// (`closesList`). A place that a preposition joins to a place with a side of its own ("the lower
    /// lobe in the right lung") takes that side.
    private func carrySides(_ pools: inout [Pool]) {
        var previous: Side? = nil
        for index in pools.indices {
            if let side = pools[index].side ?? inherentSide(pools[index]) {
                previous = side
            } else if pools[index].endsWithPreposition, index + 1 < pools.count, pools[index + 1].side != nil {
                // "in the upper lobe of the left lung, in the lower lobe in the right lung": the lobe is in the
                // lung said right after it (the pass from the back gives it that side).
                continue
            } else if let previous {
                pools[index].side = previous
            }
        }
        var next: Side? = nil
        for index in pools.indices.reversed() {
            if let side = pools[index].side {
                next = side
            } else if let side = inherentSide(pools[index]) {
                // "the upper lobe, middle lobe and lower lobe of both lungs": a lobe of one lung passes on no
                // side when one is said after it.
                if next == nil { next = side }
            } else if let next, !namesBothSides(pools[index]) || closesList(pools, after: index) {
                pools[index].side = next
                pools[index].sideFromNext = pools[index + 1].sideAfterLevel || pools[index + 1].sideFromNext
            }
        }
    }

    /// "the lower lobe basal segments", "the segments of the lower lobe": segments in the plural of one lobe named in the
    /// singular, no side said. They are read on both sides, as the plural says, but name one lobe of one lung: a side the
    /// context gives narrows them (`Place.sideOpen`).
    private func namesOneLobesSegments(_ pool: Pool) -> Bool {
        pool.side == nil && pool.singularLobe && !pool.pluralLobes && pool.plural && !pool.listedPlural && pool.level != nil
            && pool.structures.isEmpty && !pool.everyLevel
    }

    /// "the lower lobes": lobes in the plural, named by the place itself.
    private func namesBothSides(_ pool: Pool) -> Bool {
        pool.pluralLobes && !pool.borrowedHead
    }

    /// "the upper lobes and lingular segments of the left lung": the lung named with its side after the next place's
    /// other words closes the whole list; it covers the lobes named in the plural before it too (the parts of that lung's
    /// lobe). Not a side said before the place's level ("the upper lobes, the right middle lobe"), nor one said without the
    /// lung ("in the lower lobes and the lingular segment on the left"), nor lobes whose head a place before them shares
    /// ("bilateral upper and lower lobes and the middle lobe of the right lung": that place may have said their side).
    private func closesList(_ pools: [Pool], after index: Int) -> Bool {
        let next = pools[index + 1]
        return next.sideAfterPlace && next.head == "lung" && (index == 0 || !pools[index - 1].borrowedHead)
    }


    private func inherentSide(_ pool: Pool) -> Side? {
        pool.structures.lazy.compactMap { engine.knowledge.anatomy.structures[$0].side }.first
    }

    /// "right lung middle lobe basal and inferior lingular segment": a segment name that only the other lung's segments
    /// have (the lingula's), in a place that only carried its side over from a neighbouring place, is that lung's segment:
    /// it says its side itself.
    private func otherLungSegment(_ name: String, of pool: Pool, carriedSide: Side?, namedLobe: Int?) -> Int? {
        guard let carriedSide, !pool.saysSide, namedLobe == nil else { return nil }
        let anatomy = engine.knowledge.anatomy
        let sides = engine.anatomyIndex.sides(ofSegmentsNamed: name, in: anatomy)
        guard sides.count == 1, let side = sides.first, side != carriedSide else { return nil }
        return engine.anatomyIndex.segment(named: name, side: side, level: nil, in: anatomy)
    }

    /// The structures a pool names. A segment name that the lobe does not have ("the inferior
    /// segment of the left upper lobe", "the apicoposterior segments of both upper lobes") gives the lobe. `poolSide`: the
    /// pool's side, or one it is read on in place of its own (`structures(of:readOn:)`).
    private func resolve(_ pool: Pool, on poolSide: Side?) -> [Int] {
        let anatomy = engine.knowledge.anatomy
        let index = engine.anatomyIndex
        var sides: [Side?] = poolSide == .bilateral ? [.left, .right] : [poolSide]
        // "the lungs", "the lung bases", "the apices": no side, in the plural, nothing narrower
        // ("segments" alone are as often the liver's).
        let bothLungs = poolSide == nil && (pool.plural || pool.pluralZones) && pool.level == nil && pool.segments.isEmpty
            && pool.structures.isEmpty && (pool.head == nil || pool.head == "lung" || pool.head == "lobe")
        if poolSide == nil && pool.plural && !pool.listedPlural && (pool.level != nil || !pool.segments.isEmpty) || bothLungs {
            sides = [.left, .right]  // "the upper lobes", "all lobes", "lower lobe posterobasal segments", and the above
        } else if poolSide == nil && pool.listedPlural && pool.structures.isEmpty {
            // "the anterior and posterior segments of the upper lobe": no lung until a side is given (`Place.ifLeft`)
            sides = []
        }
        var result = pool.structures
        // "the middle lobe of the left lung": a lung structure of the other side than the place's own
        // side word is its counterpart on that side (the lingula), else the lung of that side.
        if pool.saysSide, let side = poolSide, side != .bilateral,
           let conflicting = result.firstIndex(where: { index.inChest[$0] && (anatomy.structures[$0].side.map { $0 != side } ?? false) }) {
            let replacement = anatomy.structures[result[conflicting]].counterpart.flatMap { anatomy.index(of: $0) } ?? index.lung(side)
            result.remove(at: conflicting)
            if let replacement, !result.contains(replacement) { result.append(replacement) }
        }
        if pool.claimedByOrgan { return result }
        // A named organ ("the lower pole of the left kidney") takes the side and level words for itself.
        if pool.structures.contains(where: { !index.inChest[$0] }) { return result }
        // (the lobe's index: its side and level are read in place, with no copy of the structure)
        let namedLobe = result.lazy.map { index.lobe[$0] }.first { $0 >= 0 }
        // "the posterior segments of both lungs": a segment name of no lobe, on both sides, that only one lung's segment has
        // is no segment (the lungs' posterior parts).
        let segmentNames = sides.count < 2 || namedLobe != nil || pool.level != nil ? pool.segments : pool.segments.filter { name in
            sides.allSatisfy { index.segment(named: name, side: $0, level: nil, in: anatomy) != nil }
        }
        for side in sides {
            if !pool.segments.isEmpty {
                // A lobe named in the pool ("the medial segment of the right middle lobe") outranks a
                // side or level carried over from a neighbouring place.
                let segmentSide = namedLobe.flatMap { anatomy.structures[$0].side } ?? side
                let level = namedLobe.flatMap { anatomy.structures[$0].level } ?? pool.level
                for name in segmentNames {
                    // A level borrowed from the next place does not hold for a segment of another lobe
                    // ("the left lower lingular segment, and basal segments of both lower lobes").
                    let anyLevel = pool.levelBorrowed && namedLobe == nil
                    if let found = index.segment(named: name, side: segmentSide, level: level, in: anatomy)
                        ?? (anyLevel ? index.segment(named: name, side: segmentSide, level: nil, in: anatomy) : nil)
                        ?? otherLungSegment(name, of: pool, carriedSide: segmentSide, namedLobe: namedLobe) {
                        result.append(found)
                    } else if let level, let lobe = index.lobe(side: segmentSide, level: level, in: anatomy),
                              !result.contains(lobe) {
                        result.append(lobe)
                    }
                }
            } else if let level = pool.level, pool.head != nil || poolSide != nil, pool.structures.isEmpty || pool.head != "area",
                      pool.head != "area" || poolSide != nil || pool.plural {
                // A level word needs a head noun or a side ("the middle lobe", "bilateral upper"; not
                // "proximal-middle sigmoid colon"); with a named structure it is that structure's ("the
                // lower part of the fissure"); "part", "zone", "section" need a side or the plural ("the
                // middle zone of the right lung", "the upper zones"; not "the superior pole-middle section")
                // and name the lung's zone of that level, not a lobe.
                // "the middle and lower lobes of the left lung": the level's only lobe is on the other side
                // than the side said for it (not one carried over from a place before), so the place is its
                // counterpart there (the lingula).
                if pool.areaHead, let zone = index.zone(level: level) {
                    if !result.contains(zone) { result.append(zone) }
                    if let side, let lung = index.lung(side), !result.contains(lung) { result.append(lung) }
                } else if pool.everyLevel {
                    for lobe in index.lobes(side: side) where !result.contains(lobe) { result.append(lobe) }
                } else if let lobe = index.lobe(side: side, level: level, in: anatomy) {
                    let saidSide = (pool.saysSide || pool.sideFromNext) && side != nil
                    let otherSide = saidSide && anatomy.structures[lobe].side.map { $0 != side } ?? false
                    let counterpart = anatomy.structures[lobe].counterpart.flatMap { anatomy.index(of: $0) }
                    result.append(otherSide ? counterpart ?? lobe : lobe)
                }
            } else if let side, pool.structures.isEmpty, pool.head == "lung" && !pool.framesPleura || bothLungs {
                if let lung = index.lung(side) { result.append(lung) }
            }
        }
        for zone in pool.zones {
            if let found = index.structure(code: zone) { result.append(found) }
        }
        return result
    }
}
