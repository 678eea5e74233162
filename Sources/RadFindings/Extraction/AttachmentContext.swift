import RadGrammar
import RadLexicon
import RadText

/// Gives each finding phrase of a sentence its assertion, places, size, temporal change and
/// quantity, and builds the findings.
///
/// Clauses are cut at scope ends ("but", "however", ";"): nothing reaches across them.
/// - Assertion: the nearest negation or uncertainty cue within its window, before the phrase
///   (forward cues) or after it (backward cues).
/// - Places: a place right before a phrase ("right lung lower lobe nodule", "left pleural
///   effusion") is that phrase's; places after phrases belong to every phrase since the last place
///   that followed a phrase; places before any phrase of their clause belong to the phrases after them.
///   A phrase left without a place that stands next to another finding ("atelectasis adjacent to this
///   nodule", "ground glass around it") is where that finding is (proximity cues).
/// - Sizes, size words and temporal words: the nearest phrase of the clause.
/// - Quantity: a quantity word just before the phrase, or a plural term.
struct AttachmentContext {
    let engine: Engine
    let lattice: SentenceLattice
    let report: ReportText
    /// Record how each finding was read (`--explain`).
    let explain: Bool
    /// Keep findings whose words name nothing specific ("similar findings"): for dataset strings.
    var keepingUnnamed = false

    private static let chestRegions = AnatomyIndex.chestRegions
    /// Regions whose side is the lung's too: a lobe without a side takes it ("left hilum … the lower lobe").
    private static let lungSideRegions: Set<String> = chestRegions.union(["mediastinum", "vessel"])

    /// The types a finding has given where it is placed (`<in>` of `findings.xml`): its own type when
    /// no rule applies; the rules' types when every place is under one of them; both otherwise.
    private func placedTypes(_ type: Int, in structures: [Int]) -> [Int] {
        let findings = engine.knowledge.findings
        let rules = findings.types[type].relocations
        guard !rules.isEmpty, !structures.isEmpty else { return [type] }
        let anatomy = engine.knowledge.anatomy
        var result: [Int] = []
        var covered = true
        for structure in structures {
            let ancestry = engine.anatomyIndex.ancestors[structure].map { anatomy.structures[$0].id }
            // The rule of the nearest structure wins: the abdominal aorta's, not the aorta's it is part of.
            let nearest = ancestry.lazy.compactMap { id in rules.first { $0.structure == id } }.first
            // Zones ("apex level", "subpleural") say where, not in what: they leave the type alone.
            if nearest == nil && anatomy.structures[structure].kind != .zone { covered = false }
            if let rule = nearest, let target = findings.index(of: rule.type), !result.contains(target) { result.append(target) }
        }
        if result.isEmpty { return [type] }
        return covered ? result : [type] + result
    }

    /// Structure kinds reported in `segments`.
    private static let segmentKinds: Set<StructureKind> = [.segment, .segmentGroup, .lobePart]
    /// Structure kinds reported through `lobes` and `segments` (not as other places).
    private static let lungKinds: Set<StructureKind> = [.lobe, .segment, .segmentGroup, .lobePart, .lung]

    /// A cue word of the sentence and what the cue lexicon says of it.
    private struct Word<Value> {
        var tokens: Range<Int>
        var value: Value
        /// The lexicon hit it comes from (`TermMatcher.hits`), for its origin.
        var hit: Int
    }
    /// What the attachment reads of a cue: plain values, copied freely.
    private struct CueFacts {
        /// Index of the cue in the cue lexicon.
        var index: Int
        var type: CueType
        var direction: CueDirection
        var window: Int?
    }
    private typealias Cue = Word<CueFacts>

    /// file:line of the lexicon term behind a word (for `--explain`).
    private func origin<Value>(_ word: Word<Value>) -> String {
        engine.lexicon.matcher.hits[word.hit].origin.description
    }

    /// The id of a cue word's cue (for `--explain`).
    private func id(_ cue: Cue) -> String {
        engine.knowledge.cues.cues[cue.value.index].id
    }

    func findings(mentions allMentions: [FindingMention], measurements: [Measurement], places: [Place], sentence: Sentence)
        -> [Finding]
    {
        guard !allMentions.isEmpty else { return [] }
        let cues = self.cues()
        let tokens = lattice.tokens
        let comma = engine.words.comma
        // Whether two positions are in one clause, given where clauses end. A scope end opening a clause
        // between commas (", which was seen before,", ", some of which are round,") is parenthetical:
        // what stands on either side of the clause still belongs together.
        func inOneClause(_ a: Int, _ b: Int, ends: [Int]) -> Bool {
            let (low, high) = a <= b ? (a, b) : (b, a)
            return !ends.contains { end in
                guard end >= low && end < high else { return false }
                let parenthetical = (max(0, end - 3)..<end).contains { tokens[$0].form == comma }
                    && (end + 1..<high).contains { tokens[$0].form == comma }
                return !parenthetical
            }
        }
        // Cues reach across neither scope ends nor relative pronouns; places, across relative pronouns
        // ("consolidation areas, which are more prominent in both lungs, are observed").
        let scopeEnds = cues.filter { $0.value.type == .scopeEnd }.map(\.tokens.lowerBound)
        let clauseEnds = scopeEnds + cues.filter { $0.value.type == .relative }.map(\.tokens.lowerBound)
        let sameClause: (Int, Int) -> Bool = { inOneClause($0, $1, ends: clauseEnds) }
        let samePlaceClause: (Int, Int) -> Bool = { inOneClause($0, $1, ends: scopeEnds) }
        // A generic head that its places give no type ("peribronchial foci") names nothing: drop it
        // before places are handed out, so that it does not take the places of the phrase before it.
        let firstPlaces = assignPlaces(places, to: allMentions, sameClause: samePlaceClause)
        let named = keepingUnnamed ? Array(allMentions.indices) : allMentions.indices.filter { index in
            let structures = firstPlaces[index].flatMap { places[$0].structures }
            return placedTypes(allMentions[index].type, in: structures).contains {
                engine.knowledge.findings.types[$0].specificity != .generic
            }
        }
        let mentions = interpreted(named.map { allMentions[$0] }, cues: cues)
        var placesOf = named.count == allMentions.count ? firstPlaces : assignPlaces(places, to: mentions, sameClause: samePlaceClause)
        // Assertions first: a negated finding ("consolidation without air bronchograms, measuring
        // 6.5x5 cm") takes no size.
        let assertions = mentions.map { assert($0, cues: cues, places: places, sameClause: sameClause) }
        let measurable = assertions.map { $0.0 != .absent }
        var sizesOf = nearest(measurements.map(\.tokens), mentions: mentions, taking: measurable, sameClause: sameClause, within: 30)
        // What an interpreted finding was placed and measured by is its interpreter's too.
        for (index, mention) in mentions.enumerated() {
            guard let interpreter = mention.interpreter else { continue }
            if placesOf[interpreter].isEmpty { placesOf[interpreter] = placesOf[index] }
            if sizesOf[interpreter].isEmpty { sizesOf[interpreter] = sizesOf[index] }
        }
        let nearby = placesNearby(mentions, cues: cues, placesOf: &placesOf, sameClause: sameClause)
        let references = placesNamedBefore(mentions, cues: cues, placesOf: &placesOf)
        let accompanying = placesAccompanying(mentions, cues: cues, placesOf: &placesOf, sameClause: samePlaceClause)
        placesScannedBefore(mentions, assertions: assertions.map(\.0), places: places, placesOf: &placesOf)
        addPlacesNeedingSide(places, to: mentions, placesOf: &placesOf, sameClause: samePlaceClause)
        let cueWords = engine.knowledge.cues
        let sizeWords = words { if case let .sizeWord(index) = $0 { cueWords.sizeWords[index].id } else { nil } }
        let sizeWordsOf = nearest(sizeWords.map(\.tokens), mentions: mentions, taking: measurable, sameClause: sameClause, within: 6)
        let temporals = words { if case let .temporal(index) = $0 { cueWords.temporal[index].value } else { nil } }
        let quantities = words { if case let .quantity(index) = $0 { cueWords.quantities[index].value } else { nil } }
        let temporalOf = nearest(temporals.map(\.tokens), mentions: mentions, sameClause: sameClause, within: 10)

        var result: [Finding] = []
        for (index, mention) in mentions.enumerated() {
            var steps = ExplainLog(enabled: explain, steps: mention.explanation)
            let (assertion, cue) = assertions[index]
            if let cue {
                steps.add(ExplainStep(role: "cue", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            var structures: [Int] = []
            var sides: Sides = []
            let anatomy = engine.knowledge.anatomy
            if let cue = nearby[index].cue {
                steps.add(ExplainStep(role: "proximity", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            if let cue = accompanying[index] {
                steps.add(ExplainStep(role: "accompaniment", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            if let cue = references[index].cue {
                steps.add(ExplainStep(role: "reference", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            let antecedent: Antecedent = nearby[index].refersBack || placesOf[index].contains { places[$0].refersBack } ? .place
                : references[index].earlierSentence ? .sameType : .none
            // A place that does not say its side ("predominantly in the basal segments") takes the side
            // the finding's other places in the chest say ("the right breast" says none of a lobe), or is
            // dropped when what it implies contradicts it. Both sides count only when said together ("in
            // both lungs"); with a left and a right place, it is on the side said last before it.
            let sidedPlaces = placesOf[index].map { places[$0] }.filter { place in
                place.sideSaid && place.structures.allSatisfy({ Self.lungSideRegions.contains(anatomy.structures[$0].region) })
            }
            let saidSides = sidedPlaces.reduce(into: Sides()) { $0.formUnion($1.sides) }
            let bothSaidTogether = saidSides.count == 2 && sidedPlaces.allSatisfy { $0.sides.count == 2 }
            func sidesCompleting(_ place: Place) -> Sides {
                if saidSides.count == 1 || bothSaidTogether { return saidSides }
                guard let before = sidedPlaces.last(where: { $0.tokens.upperBound <= place.tokens.lowerBound }),
                      before.sides.count == 1 else { return [] }
                return before.sides
            }
            for placeIndex in placesOf[index] {
                var place = places[placeIndex]
                let side: Sides = place.sideSaid ? [] : sidesCompleting(place)
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
                sides.formUnion(place.sides)
                for structure in place.structures where !structures.contains(structure) { structures.append(structure) }
                let rule = engine.grammar.rules[place.rule]
                steps.add(ExplainStep(role: "location", id: rule.id, text: lattice.text(place.tokens, in: report),
                                         origin: rule.origin.description))
            }
            var size: Size? = nil
            for measurementIndex in sizesOf[index] {
                let measurement = measurements[measurementIndex]
                if size == nil || measurement.size.maxMM > size!.maxMM { size = measurement.size }
                let rule = engine.grammar.rules[measurement.rule]
                steps.add(ExplainStep(role: "size", id: rule.id, text: lattice.text(measurement.tokens, in: report),
                                         origin: rule.origin.description))
            }
            let sizeWord = sizeWordsOf[index].first.map { sizeWords[$0] }
            if let sizeWord {
                steps.add(ExplainStep(role: "size-word", id: sizeWord.value, text: lattice.text(sizeWord.tokens, in: report),
                                         origin: origin(sizeWord)))
            }
            let temporal = temporalOf[index].first.map { temporals[$0] }
            if let temporal {
                steps.add(ExplainStep(role: "temporal", id: temporal.value.rawValue,
                                         text: lattice.text(temporal.tokens, in: report), origin: origin(temporal)))
            }
            let (multiple, quantityWord) = quantity(of: mention, words: quantities)
            if let quantityWord {
                steps.add(ExplainStep(role: "quantity", id: quantityWord.value.rawValue,
                                      text: lattice.text(quantityWord.tokens, in: report), origin: origin(quantityWord)))
            }

            // Read from the structures in place (indices, not copies of the structures).
            let index = engine.anatomyIndex
            let lobeCodes = Set(structures.compactMap { index.lobe[$0] >= 0 ? anatomy.structures[index.lobe[$0]].code : nil })
            let segmentIDs: [String] = structures.filter { Self.segmentKinds.contains(anatomy.structures[$0].kind) }
                .map { anatomy.structures[$0].id }
            let places: [String] = structures.filter { !Self.lungKinds.contains(anatomy.structures[$0].kind) }
                .map { anatomy.structures[$0].id }
            // Placed, and nowhere in the chest (`AnatomyIndex.inChest` holds the chest regions).
            let placedOutsideChest = !structures.isEmpty && !structures.contains { index.inChest[$0] }
            let range = Int(lattice.tokens[mention.phrase.lowerBound].start)..<Int(lattice.tokens[mention.phrase.upperBound - 1].end)
            for typeIndex in placedTypes(mention.type, in: structures) {
                let placedType = engine.knowledge.findings.types[typeIndex]
                guard placedType.specificity != .generic || keepingUnnamed else { continue }
                let outside = placedOutsideChest && Self.chestRegions.contains(placedType.region)
                result.append(Finding(
                    type: placedType.id,
                    category: outside ? nil : placedType.category,
                    assertion: assertion,
                    laterality: Laterality(sides: sides),
                    lobes: Finding.lobeOrder.filter(lobeCodes.contains),
                    segments: segmentIDs,
                    places: places,
                    size: size,
                    sizeWord: sizeWord?.value,
                    multiple: multiple,
                    temporal: temporal?.value,
                    sentence: sentence.index,
                    range: range,
                    text: lattice.text(mention.phrase, in: report),
                    labels: outside || mention.interpreted ? [] : placedType.labels,
                    interpreted: mention.interpreted,
                    anatomy: structures.map { anatomy.structures[$0].id },
                    explanation: typeIndex == mention.type || !explain ? steps.steps
                        : steps.steps + [ExplainStep(role: "placed-in", id: placedType.id, text: placedType.id,
                                                     origin: engine.knowledge.findings.types[mention.type].origin.description)],
                    antecedent: antecedent))
            }
        }
        return result
    }

    // MARK: Cues and words

    private func cues() -> [Cue] {
        let cues = engine.knowledge.cues.cues
        return words { entry in
            guard case let .cue(index) = entry else { return nil }
            return CueFacts(index: index, type: cues[index].type, direction: cues[index].direction, window: cues[index].window)
        }
    }

    /// The sentence's lexicon matches that `read` takes, with what it reads from each.
    private func words<Value>(_ read: (LexiconEntry) -> Value?) -> [Word<Value>] {
        var result: [Word<Value>] = []
        let hits = engine.lexicon.matcher.hits
        for match in lattice.matches {
            for hit in match.hits {
                if let value = read(hits[hit].entry) { result.append(Word(tokens: match.tokens, value: value, hit: hit)) }
            }
        }
        return result
    }

    // MARK: Interpretation

    /// Marks a weak finding that an interpretation cue says is the finding after it ("density
    /// increases consistent with consolidation" labels one consolidation, not an opacity too). The cue
    /// may stand after a relative clause ("…, which was evaluated in favor of sequelae").
    private func interpreted(_ mentions: [FindingMention], cues: [Cue]) -> [FindingMention] {
        let findings = engine.knowledge.findings
        let interpretations = cues.filter { $0.value.type == .interpretation }
        guard !interpretations.isEmpty else { return mentions }
        return mentions.map { mention in
            guard findings.types[mention.type].specificity == .weak else { return mention }
            var result = mention
            for cue in interpretations {
                guard cue.tokens.lowerBound >= mention.phrase.upperBound, cue.tokens.lowerBound - mention.phrase.upperBound <= 16
                else { continue }
                result.interpreter = mentions.firstIndex { other in
                    other.phrase.lowerBound >= cue.tokens.upperBound && other.phrase.lowerBound - cue.tokens.upperBound <= 6
                        && findings.types[other.type].specificity == .specific
                }
                if result.interpreter != nil { break }
            }
            result.interpreted = result.interpreter != nil
            return result
        }
    }

    // MARK: Proximity

    /// "Atelectasis adjacent to this nodule", "a ground glass area around it": a finding with no place
    /// of its own is where the finding it is next to is (the one after the cue, or the one named before
    /// it for "around it"; when that one has no place either, the last finding of its type before).
    /// Returns, per mention, the cue that placed it, and whether it is placed "around it" with nothing
    /// before it in the sentence (its place is then an earlier sentence's).
    private func placesNearby(_ mentions: [FindingMention], cues: [Cue], placesOf: inout [[Int]],
                              sameClause: (Int, Int) -> Bool) -> [(cue: Cue?, refersBack: Bool)] {
        var result = [(cue: Cue?, refersBack: Bool)](repeating: (nil, false), count: mentions.count)
        // What an interpretation cue names is where the finding before it is too ("hypodense nodular
        // lesions consistent with bilateral renal cortical cysts").
        let proximity = cues.filter { $0.value.type == .proximity || $0.value.type == .interpretation }
        guard !proximity.isEmpty else { return result }
        for index in mentions.indices where placesOf[index].isEmpty {
            let phrase = mentions[index].phrase
            guard let cue = proximity.first(where: {
                $0.tokens.lowerBound >= phrase.upperBound && wordsOutsideBrackets(phrase.upperBound..<$0.tokens.lowerBound) <= 4
                    && sameClause(phrase.upperBound, $0.tokens.lowerBound)
            }) else { continue }
            if cue.value.direction == .backward {
                if let earlier = Self.lastPlaced(mentions, placesOf, before: phrase.lowerBound, where: { _ in true }) {
                    placesOf[index] = placesOf[earlier]
                    result[index].cue = cue
                } else {
                    result[index] = (cue, true)
                }
                continue
            }
            guard let target = mentions.indices.first(where: {
                mentions[$0].phrase.lowerBound >= cue.tokens.upperBound && mentions[$0].phrase.lowerBound - cue.tokens.upperBound <= 4
            }) else { continue }
            if !placesOf[target].isEmpty {
                placesOf[index] = placesOf[target]
                result[index].cue = cue
            } else if let earlier = Self.lastPlaced(mentions, placesOf, before: phrase.lowerBound,
                                                    where: { mentions[$0].type == mentions[target].type }) {
                placesOf[index] = placesOf[earlier]
                result[index].cue = cue
            }
        }
        return result
    }

    /// "Nodules in the left lung, more prominent in the lower lobe": a lobe or segment without a side
    /// goes, as any place would, to a lung or pleural finding that has places; the side they say
    /// completes it. It takes no part in placing the other phrases, nor gives a place of its own.
    private func addPlacesNeedingSide(_ places: [Place], to mentions: [FindingMention], placesOf: inout [[Int]],
                                      sameClause: (Int, Int) -> Bool) {
        guard places.contains(where: \.needsSide) else { return }
        let all = assignPlaces(places, to: mentions, sameClause: sameClause, withPlacesNeedingSide: true)
        let types = engine.knowledge.findings.types
        for index in mentions.indices where !placesOf[index].isEmpty && Self.chestRegions.contains(types[mentions[index].type].region) {
            placesOf[index] += all[index].filter { places[$0].needsSide }
        }
    }

    /// How many tokens of a range stand outside brackets: "ground glass areas (halo sign) are observed
    /// around them" has three between the phrase and the cue.
    private func wordsOutsideBrackets(_ range: Range<Int>) -> Int {
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
    private func placesAccompanying(_ mentions: [FindingMention], cues: [Cue], placesOf: inout [[Int]],
                                    sameClause: (Int, Int) -> Bool) -> [Cue?] {
        var result = [Cue?](repeating: nil, count: mentions.count)
        let accompaniments = cues.filter { $0.value.type == .accompaniment || $0.value.type == .interpretation }
        guard !accompaniments.isEmpty else { return result }
        for index in mentions.indices where placesOf[index].isEmpty {
            let phrase = mentions[index].phrase
            guard let cue = accompaniments.last(where: {
                $0.tokens.upperBound <= phrase.lowerBound && phrase.lowerBound - $0.tokens.upperBound <= $0.value.window ?? 4
                    && sameClause($0.tokens.upperBound, phrase.lowerBound)
            }), let earlier = Self.lastPlaced(mentions, placesOf, before: cue.tokens.lowerBound, where: {
                sameClause(mentions[$0].phrase.upperBound, cue.tokens.lowerBound)
            }) else { continue }
            placesOf[index] = placesOf[earlier]
            result[index] = cue
        }
        return result
    }

    /// "Active infiltration is not detected in both lungs, and there are millimetric nodules": where a
    /// finding was looked for in the chest and not found is where the sentence looked, so a present
    /// chest finding after it without a place of its own is there too (across "and there are").
    private func placesScannedBefore(_ mentions: [FindingMention], assertions: [Assertion], places: [Place],
                                     placesOf: inout [[Int]]) {
        let types = engine.knowledge.findings.types
        let inChest = engine.anatomyIndex.inChest
        for index in mentions.indices where placesOf[index].isEmpty && assertions[index] == .present
            && Self.chestRegions.contains(types[mentions[index].type].region) {
            guard let earlier = Self.lastPlaced(mentions, placesOf, before: mentions[index].phrase.lowerBound, where: { _ in true }),
                  assertions[earlier] == .absent,
                  placesOf[earlier].allSatisfy({ places[$0].structures.allSatisfy { inChest[$0] } })
            else { continue }
            placesOf[index] = placesOf[earlier]
        }
    }

    /// The last mention ending before `position` that has places and that `accept` takes.
    private static func lastPlaced(_ mentions: [FindingMention], _ placesOf: [[Int]], before position: Int,
                                   where accept: (Int) -> Bool) -> Int? {
        mentions.indices.last { mentions[$0].phrase.upperBound <= position && !placesOf[$0].isEmpty && accept($0) }
    }

    /// "The described nodule", "this nodule": a finding named before, without a place of its own, is
    /// where the last finding of its type in the sentence is; with none, an earlier sentence's (returned
    /// per mention, with the cue).
    private func placesNamedBefore(_ mentions: [FindingMention], cues: [Cue], placesOf: inout [[Int]])
        -> [(cue: Cue?, earlierSentence: Bool)]
    {
        var result = [(cue: Cue?, earlierSentence: Bool)](repeating: (nil, false), count: mentions.count)
        let references = cues.filter { $0.value.type == .reference }
        guard !references.isEmpty else { return result }
        for index in mentions.indices where placesOf[index].isEmpty {
            let phrase = mentions[index].phrase
            // Right before the phrase, with words only between ("apart from this, ground glass" is no reference).
            guard let cue = references.last(where: {
                $0.tokens.upperBound <= phrase.lowerBound && phrase.lowerBound - $0.tokens.upperBound <= $0.value.window ?? 0
                    && lattice.tokens[$0.tokens.upperBound..<phrase.lowerBound].allSatisfy { $0.kind == .word }
            }) else { continue }
            if let earlier = Self.lastPlaced(mentions, placesOf, before: phrase.lowerBound,
                                             where: { mentions[$0].type == mentions[index].type }) {
                placesOf[index] = placesOf[earlier]
                result[index] = (cue, false)
            } else {
                result[index] = (cue, true)
            }
        }
        return result
    }

    // MARK: Assertion

    /// The assertion of a mention: the nearest negation or uncertainty cue within its window. A cue
    /// after the phrase counts the words between without the places among them ("nodule in the
    /// posterobasal segment of the lower lobe of the left lung … was not detected"): a place belongs to
    /// the phrase it follows.
    private func assert(_ mention: FindingMention, cues: [Cue], places: [Place], sameClause: (Int, Int) -> Bool)
        -> (Assertion, Cue?)
    {
        var best: (distance: Int, cue: Cue)? = nil
        for cue in cues where cue.value.type == .negation || cue.value.type == .uncertainty {
            var distance: Int? = nil
            if cue.value.direction != .backward, cue.tokens.upperBound <= mention.phrase.lowerBound,
               sameClause(cue.tokens.upperBound, mention.phrase.lowerBound) {
                let gap = mention.phrase.lowerBound - cue.tokens.upperBound
                if gap <= cue.value.window ?? engine.settings.forwardWindow { distance = gap }
            }
            if cue.value.direction != .forward, cue.tokens.lowerBound >= mention.phrase.upperBound,
               sameClause(mention.phrase.upperBound, cue.tokens.lowerBound) {
                let between = mention.phrase.upperBound..<cue.tokens.lowerBound
                let placed = places.reduce(0) { $0 + $1.tokens.clamped(to: between).count }
                let gap = between.count - placed
                if gap <= cue.value.window ?? engine.settings.backwardWindow { distance = min(distance ?? gap, gap) }
            }
            if let distance, best == nil || distance < best!.distance { best = (distance, cue) }
        }
        guard let best else { return (.present, nil) }
        return (best.cue.value.type == .negation ? .absent : .uncertain, best.cue)
    }

    // MARK: Places

    private func assignPlaces(_ places: [Place], to mentions: [FindingMention], sameClause: (Int, Int) -> Bool,
                              withPlacesNeedingSide: Bool = false) -> [[Int]] {
        var assigned = [[Int]](repeating: [], count: mentions.count)
        // Walk phrases and places in text order. `group`: the phrases since the last place that
        // followed phrases; it stays open to further places until a new phrase comes.
        var group: [Int] = []
        var groupClosed = false
        var pending: [Int] = []
        var items: [(start: Int, mention: Int?, place: Int?)] = mentions.indices.map { (mentions[$0].phrase.lowerBound, $0, nil) }
        items += places.indices.filter { withPlacesNeedingSide || !places[$0].needsSide }.map { (places[$0].tokens.lowerBound, nil, $0) }
        items.sort { ($0.start, $0.place ?? -1) < ($1.start, $1.place ?? -1) }
        // Clauses are judged against the group's last phrase, so that a place after a parenthetical
        // clause (", which may be an accessory spleen,") still reaches the phrase before it.
        func inGroupClause(_ position: Int) -> Bool {
            guard let last = group.last else { return false }
            return sameClause(mentions[last].phrase.lowerBound, position)
        }
        for item in items {
            if let mention = item.mention {
                if groupClosed || !inGroupClause(item.start) {
                    group = []
                    groupClosed = false
                }
                group.append(mention)
                assigned[mention] += pending.filter { sameClause(places[$0].tokens.lowerBound, item.start) }
                continue
            }
            guard let placeIndex = item.place else { continue }
            let place = places[placeIndex]
            // Right before (or overlapping the start of) a phrase: that phrase's own place.
            if let owner = mentions.indices.first(where: { isPremodifier(place, of: mentions[$0]) }) {
                for index in mentions.indices where mentions[index].phrase == mentions[owner].phrase {
                    assigned[index].append(placeIndex)
                }
                continue
            }
            let laterPhrase = place.isAnaphor && mentions.contains {
                $0.phrase.lowerBound >= place.tokens.upperBound && sameClause(place.tokens.upperBound, $0.phrase.lowerBound)
            }
            if inGroupClause(item.start) && !laterPhrase {
                for index in group { assigned[index].append(placeIndex) }
                groupClosed = true
                pending = []
            } else {
                pending.append(placeIndex)
            }
        }
        return assigned
    }

    /// Whether a place stands right before a phrase (or overlaps its start): "right lung lower lobe
    /// nodule", "left minimal pleural effusion", "liver parenchymal density". Only words that match
    /// nothing and size, quantity or temporal words may stand between them, not "and", "of" or punctuation.
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

    /// For each mention, the items (by index) whose nearest mention it is: in the item's clause, or,
    /// when its clause has none, in the sentence ("nodules in both lungs; largest 5 mm"). Mentions
    /// that describe another ("with …", a lone adjective) or that `taking` excludes take no items. (A
    /// generic word here has a type from its place: "free air in the right hemithorax".)
    private func nearest(_ items: [Range<Int>], mentions: [FindingMention], taking: [Bool]? = nil,
                         sameClause: (Int, Int) -> Bool, within: Int) -> [[Int]]
    {
        var result = [[Int]](repeating: [], count: mentions.count)
        for (itemIndex, item) in items.enumerated() {
            var best: (distance: Int, index: Int, sameClause: Bool)? = nil
            for (index, mention) in mentions.enumerated() where !mention.isFeature && !mention.isAdjective && taking?[index] != false {
                let distance: Int
                let together: Bool
                if item.upperBound <= mention.phrase.lowerBound {
                    distance = mention.phrase.lowerBound - item.upperBound
                    together = sameClause(item.upperBound, mention.phrase.lowerBound)
                } else if item.lowerBound >= mention.phrase.upperBound {
                    distance = item.lowerBound - mention.phrase.upperBound
                    together = sameClause(mention.phrase.upperBound, item.lowerBound)
                } else {
                    distance = 0
                    together = true
                }
                guard distance <= within else { continue }
                if let current = best, (current.sameClause && !together)
                    || (current.sameClause == together && current.distance <= distance) { continue }
                best = (distance, index, together)
            }
            if let best {
                // Every reading of the same phrase shares it.
                for index in mentions.indices where mentions[index].phrase == mentions[best.index].phrase {
                    result[index].append(itemIndex)
                }
            }
        }
        return result
    }

    // MARK: Quantity

    private func quantity(of mention: FindingMention, words: [Word<Quantity>]) -> (Bool, Word<Quantity>?) {
        if let word = words.last(where: {
            $0.tokens.upperBound <= mention.phrase.lowerBound && mention.phrase.lowerBound - $0.tokens.upperBound <= 3
        }) {
            return (word.value == .multiple || mention.plural, word)
        }
        return (mention.plural, nil)
    }
}

extension Laterality {
    /// Both sides → bilateral, one → that one, none → none.
    init(sides: Sides) {
        switch (sides.contains(.left), sides.contains(.right)) {
        case (true, true): self = .bilateral
        case (true, false): self = .left
        case (false, true): self = .right
        case (false, false): self = .none
        }
    }
}

extension Finding {
    /// The order lobes are listed in.
    public static let lobeOrder = ["RUL", "RML", "RLL", "LUL", "LLL"]
}
