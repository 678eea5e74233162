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
///   effusion") is that phrase's; a place after phrases belongs to every phrase since the previous
///   such place; a place with no phrase before it in its clause belongs to the phrases after it.
/// - Sizes, size words and temporal words: the nearest phrase of the clause.
/// - Quantity: a quantity word just before the phrase, or a plural term.
struct AttachmentContext {
    let engine: Engine
    let lattice: SentenceLattice
    let report: ReportText

    /// Structure kinds reported in `segments`.
    private static let segmentKinds: Set<StructureKind> = [.segment, .segmentGroup, .lobePart]
    /// Structure kinds reported through `lobes` and `segments` (not as other places).
    private static let lungKinds: Set<StructureKind> = [.lobe, .segment, .segmentGroup, .lobePart, .lung]

    private struct Cue {
        var tokens: Range<Int>
        var cue: RadLexicon.Cue
        var origin: Origin
    }

    func findings(mentions: [FindingMention], measurements: [Measurement], places: [Place], sentence: Sentence) -> [Finding] {
        guard !mentions.isEmpty else { return [] }
        let cues = self.cues()
        let scopeEnds = cues.filter { $0.cue.type == .scopeEnd }.map(\.tokens.lowerBound)
        func sameClause(_ a: Int, _ b: Int) -> Bool {
            let (low, high) = a <= b ? (a, b) : (b, a)
            return !scopeEnds.contains { $0 >= low && $0 < high }
        }
        let placesOf = assignPlaces(places, to: mentions, sameClause: sameClause)
        let sizesOf = nearest(measurements.map(\.tokens), mentions: mentions, sameClause: sameClause, within: 12)
        let sizeWords = self.sizeWords()
        let sizeWordsOf = nearest(sizeWords.map(\.tokens), mentions: mentions, sameClause: sameClause, within: 6)
        let temporals = valued(\.temporal) { .temporal($0) }
        let temporalOf = nearest(temporals.map(\.tokens), mentions: mentions, sameClause: sameClause, within: 10)

        var result: [Finding] = []
        for (index, mention) in mentions.enumerated() {
            let type = engine.knowledge.findings.types[mention.type]
            var steps = mention.explanation
            let (assertion, cueStep) = assert(mention, cues: cues, sameClause: sameClause)
            if let cueStep { steps.append(cueStep) }
            var structures: [Int] = []
            var sides: Set<Side> = []
            for placeIndex in placesOf[index] {
                let place = places[placeIndex]
                sides.formUnion(place.sides)
                for structure in place.structures where !structures.contains(structure) { structures.append(structure) }
                let rule = engine.grammar.rules[place.rule]
                steps.append(ExplainStep(role: "location", id: rule.id, text: lattice.text(place.tokens, in: report),
                                         origin: rule.origin.description))
            }
            var size: Size? = nil
            for measurementIndex in sizesOf[index] {
                let measurement = measurements[measurementIndex]
                if size == nil || measurement.size.maxMM > size!.maxMM { size = measurement.size }
                let rule = engine.grammar.rules[measurement.rule]
                steps.append(ExplainStep(role: "size", id: rule.id, text: lattice.text(measurement.tokens, in: report),
                                         origin: rule.origin.description))
            }
            let sizeWord = sizeWordsOf[index].first.map { sizeWords[$0] }
            if let sizeWord {
                steps.append(ExplainStep(role: "size-word", id: sizeWord.id, text: lattice.text(sizeWord.tokens, in: report),
                                         origin: sizeWord.origin.description))
            }
            let temporal = temporalOf[index].first.map { temporals[$0] }
            if let temporal {
                steps.append(ExplainStep(role: "temporal", id: temporal.value.rawValue,
                                         text: lattice.text(temporal.tokens, in: report), origin: temporal.origin.description))
            }
            let (multiple, quantityStep) = quantity(of: mention)
            if let quantityStep { steps.append(quantityStep) }

            let anatomy = engine.knowledge.anatomy
            let regions = Set(structures.map { anatomy.structures[$0].region })
            let chestRegions: Set<String> = ["lung", "pleura", "airway", "thorax"]
            let outside = !regions.isEmpty && regions.isDisjoint(with: chestRegions) && chestRegions.contains(type.region)
            let lobeCodes = Set(structures.compactMap { anatomy.lobe(of: anatomy.structures[$0].id)?.code })
            let named: [AnatomyStructure] = structures.map { anatomy.structures[$0] }
            let segmentIDs: [String] = named.filter { Self.segmentKinds.contains($0.kind) }.map(\.id)
            let places: [String] = named.filter { !Self.lungKinds.contains($0.kind) }.map(\.id)
            let laterality = Laterality(sides: sides)
            result.append(Finding(
                type: type.id,
                category: outside ? nil : type.category,
                assertion: assertion,
                laterality: laterality,
                lobes: Finding.lobeOrder.filter(lobeCodes.contains),
                segments: segmentIDs,
                places: places,
                size: size,
                sizeWord: sizeWord?.id,
                multiple: multiple,
                temporal: temporal?.value,
                sentence: sentence.index,
                range: Int(lattice.tokens[mention.phrase.lowerBound].start)..<Int(lattice.tokens[mention.phrase.upperBound - 1].end),
                text: lattice.text(mention.phrase, in: report),
                labels: outside ? [] : type.labels,
                anatomy: structures.map { anatomy.structures[$0].id },
                explanation: steps))
        }
        return result
    }

    // MARK: Cues and words

    private func cues() -> [Cue] {
        var result: [Cue] = []
        for match in lattice.matches {
            for hit in engine.lexicon.matcher.hits[match.hits] {
                if case let .cue(index) = hit.entry {
                    result.append(Cue(tokens: match.tokens, cue: engine.knowledge.cues.cues[index], origin: hit.origin))
                }
            }
        }
        return result
    }

    private struct Valued<Value> {
        var tokens: Range<Int>
        var value: Value
        var origin: Origin
    }

    /// Matches of one kind of valued cue word (temporal, quantity).
    private func valued<Value>(_ table: KeyPath<CueLexicon, [ValuedWord<Value>]>, _ entry: (Int) -> LexiconEntry)
        -> [Valued<Value>]
    {
        var result: [Valued<Value>] = []
        let words = engine.knowledge.cues[keyPath: table]
        for match in lattice.matches {
            for hit in engine.lexicon.matcher.hits[match.hits] {
                for index in words.indices where hit.entry == entry(index) {
                    result.append(Valued(tokens: match.tokens, value: words[index].value, origin: hit.origin))
                }
            }
        }
        return result
    }

    private func sizeWords() -> [SizeWordMention] {
        var result: [SizeWordMention] = []
        for match in lattice.matches {
            for hit in engine.lexicon.matcher.hits[match.hits] {
                if case let .sizeWord(index) = hit.entry {
                    result.append(SizeWordMention(tokens: match.tokens, id: engine.knowledge.cues.sizeWords[index].id,
                                                  origin: hit.origin))
                }
            }
        }
        return result
    }

    // MARK: Assertion

    private func assert(_ mention: FindingMention, cues: [Cue], sameClause: (Int, Int) -> Bool) -> (Assertion, ExplainStep?) {
        var best: (distance: Int, cue: Cue)? = nil
        for cue in cues where cue.cue.type == .negation || cue.cue.type == .uncertainty {
            var distance: Int? = nil
            if cue.cue.direction != .backward, cue.tokens.upperBound <= mention.phrase.lowerBound,
               sameClause(cue.tokens.upperBound, mention.phrase.lowerBound) {
                let gap = mention.phrase.lowerBound - cue.tokens.upperBound
                if gap <= cue.cue.window ?? engine.settings.forwardWindow { distance = gap }
            }
            if cue.cue.direction != .forward, cue.tokens.lowerBound >= mention.phrase.upperBound,
               sameClause(mention.phrase.upperBound, cue.tokens.lowerBound) {
                let gap = cue.tokens.lowerBound - mention.phrase.upperBound
                if gap <= cue.cue.window ?? engine.settings.backwardWindow { distance = min(distance ?? gap, gap) }
            }
            if let distance, best == nil || distance < best!.distance { best = (distance, cue) }
        }
        guard let best else { return (.present, nil) }
        let step = ExplainStep(role: "cue", id: best.cue.cue.id, text: lattice.text(best.cue.tokens, in: report),
                               origin: best.cue.origin.description)
        return (best.cue.cue.type == .negation ? .absent : .uncertain, step)
    }

    // MARK: Places

    private func assignPlaces(_ places: [Place], to mentions: [FindingMention], sameClause: (Int, Int) -> Bool) -> [[Int]] {
        var assigned = [[Int]](repeating: [], count: mentions.count)
        var lastPostPlaceEnd = 0
        for (placeIndex, place) in places.enumerated() {
            // Right before (or overlapping the start of) a phrase: that phrase's own place.
            if let owner = mentions.indices.first(where: { isPremodifier(place, of: mentions[$0]) }) {
                for index in mentions.indices where mentions[index].phrase == mentions[owner].phrase {
                    assigned[index].append(placeIndex)
                }
                continue
            }
            let before = mentions.indices.filter {
                mentions[$0].phrase.upperBound <= place.tokens.lowerBound && mentions[$0].phrase.lowerBound >= lastPostPlaceEnd
                    && sameClause(mentions[$0].phrase.upperBound, place.tokens.lowerBound)
            }
            if !before.isEmpty {
                for index in before { assigned[index].append(placeIndex) }
                lastPostPlaceEnd = place.tokens.upperBound
                continue
            }
            let nextPlaceStart = places.dropFirst(placeIndex + 1).first?.tokens.lowerBound ?? Int.max
            for index in mentions.indices where mentions[index].phrase.lowerBound >= place.tokens.upperBound
                && mentions[index].phrase.lowerBound < nextPlaceStart
                && sameClause(place.tokens.upperBound, mentions[index].phrase.lowerBound) {
                assigned[index].append(placeIndex)
            }
        }
        return assigned
    }

    private func isPremodifier(_ place: Place, of mention: FindingMention) -> Bool {
        if place.tokens.lowerBound < mention.phrase.lowerBound && place.tokens.upperBound > mention.phrase.lowerBound {
            return true
        }
        guard place.tokens.upperBound <= mention.phrase.lowerBound, mention.phrase.lowerBound - place.tokens.upperBound <= 2
        else { return false }
        for token in place.tokens.upperBound..<mention.phrase.lowerBound {
            if !lattice.hits(at: token, engine: engine).isEmpty { continue }
            if lattice.tokens[token].kind == .punct { return false }
        }
        return true
    }

    /// For each mention, the items (by index) whose nearest mention in the clause it is.
    private func nearest(_ items: [Range<Int>], mentions: [FindingMention], sameClause: (Int, Int) -> Bool, within: Int)
        -> [[Int]]
    {
        var result = [[Int]](repeating: [], count: mentions.count)
        for (itemIndex, item) in items.enumerated() {
            var best: (distance: Int, index: Int)? = nil
            for (index, mention) in mentions.enumerated() {
                let distance: Int
                if item.upperBound <= mention.phrase.lowerBound {
                    distance = mention.phrase.lowerBound - item.upperBound
                    guard sameClause(item.upperBound, mention.phrase.lowerBound) else { continue }
                } else if item.lowerBound >= mention.phrase.upperBound {
                    distance = item.lowerBound - mention.phrase.upperBound
                    guard sameClause(mention.phrase.upperBound, item.lowerBound) else { continue }
                } else {
                    distance = 0
                }
                guard distance <= within else { continue }
                if best == nil || distance < best!.distance { best = (distance, index) }
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

    private func quantity(of mention: FindingMention) -> (Bool, ExplainStep?) {
        let words = valued(\.quantities) { .quantity($0) }
        if let word = words.last(where: {
            $0.tokens.upperBound <= mention.phrase.lowerBound && mention.phrase.lowerBound - $0.tokens.upperBound <= 3
        }) {
            let step = ExplainStep(role: "quantity", id: word.value.rawValue, text: lattice.text(word.tokens, in: report),
                                   origin: word.origin.description)
            return (word.value == .multiple || mention.plural, step)
        }
        return (mention.plural, nil)
    }
}

extension Laterality {
    /// Both sides → bilateral, one → that one, none → none.
    init(sides: Set<Side>) {
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
