import RadLexicon

/// What patterns can test about each lexicon hit: (kind, property, value) facts with interned
/// strings, computed once per run.
struct HitFacts: Sendable {
    struct Fact: Sendable {
        var kind: LexiconKind
        /// Interned property name; ``HitFacts/mainProperty`` for the entry's id or value.
        var property: Int32
        var value: Int32
    }

    static let mainProperty: Int32 = 0
    private(set) var strings: [String: Int32] = ["": 0, "true": 1]
    /// Facts of every hit of ``TermMatcher/hits``, one after another (see ``factsStart``).
    private(set) var allFacts: [Fact] = []
    /// Where each hit's facts start in ``allFacts``; hit `h`'s end where hit `h + 1`'s start.
    private(set) var factsStart: [Int32] = [0]
    /// For each hit, the lexicon kinds it has, as bits (1 << kind index), for a quick first test.
    private(set) var kindBits: [UInt64] = []

    /// Works out each entry's facts once, at its first hit: the terms of an entry share them (but the adjective flag), and
    /// strings are interned in the same order as fact by fact.
    init(hits: [LexiconHit], knowledge: KnowledgeBase) {
        var entryFacts: [LexiconEntry: [Fact]] = [:]
        for hit in hits {
            var list: [Fact]
            if let known = entryFacts[hit.entry] {
                list = known
            } else {
                list = facts(of: hit.entry, knowledge: knowledge)
                entryFacts[hit.entry] = list
            }
            if hit.adjective, case .finding = hit.entry {
                list.append(Fact(kind: .finding, property: intern("adjective"), value: intern("true")))
            }
            allFacts += list
            factsStart.append(Int32(allFacts.count))
            kindBits.append(list.reduce(0) { $0 | $1.kind.bit })
        }
    }

    /// The facts of an entry (the adjective flag of a hit aside), interning their strings.
    private mutating func facts(of entry: LexiconEntry, knowledge: KnowledgeBase) -> [Fact] {
        var list: [Fact] = []
        func add(_ kind: LexiconKind, _ property: String, _ value: String?) {
            guard let value else { return }
            list.append(Fact(kind: kind, property: intern(property), value: intern(value)))
        }
        switch entry {
        case let .finding(index):
            let type = knowledge.findings.types[index]
            add(.finding, "", type.id)
            add(.finding, "category", type.category?.rawValue)
            add(.finding, "region", type.region)
            add(.finding, "specificity", type.specificity.rawValue)
        case let .modifier(index):
            add(.modifier, "", knowledge.findings.modifiers[index].id)
        case let .structure(index):
            let structure = knowledge.anatomy.structures[index]
            add(.structure, "", structure.id)
            add(.structure, "kind", structure.kind.rawValue)
            add(.structure, "region", structure.region)
            add(.structure, "side", structure.side?.rawValue)
        case let .anatomyWord(index):
            let word = knowledge.anatomy.words[index]
            let kind: LexiconKind
            switch word.feature {
            case .side: kind = .side
            case .structure: kind = .head
            case .level: kind = .level
            case .segment: kind = .segment
            case .zone: kind = .zone
            }
            add(kind, "", word.value)
        case let .cue(index):
            let cue = knowledge.cues.cues[index]
            let kind: LexiconKind
            switch cue.type {
            case .negation: kind = .negation
            case .uncertainty: kind = .uncertainty
            case .pseudo: kind = .pseudo
            case .scopeEnd: kind = .scopeEnd
            case .relative: kind = .relative
            case .interpretation: kind = .interpretation
            case .proximity: kind = .proximity
            case .accompaniment: kind = .accompaniment
            case .reference: kind = .reference
            case .likeness: kind = .likeness
            case .recap: kind = .recap
            case .comparison: kind = .comparison
            case .history: kind = .history
            case .emphasis: kind = .emphasis
            case .extension: kind = .extension
            case .result: kind = .result
            case .participle: kind = .participle
            case .predicate: kind = .predicate
            }
            add(kind, "", cue.id)
            add(kind, "direction", cue.direction.rawValue)
        case let .temporal(index): add(.temporal, "", knowledge.cues.temporal[index].value.change.rawValue)
        case let .quantity(index): add(.quantity, "", knowledge.cues.quantities[index].value.rawValue)
        case let .sizeWord(index): add(.sizeWord, "", knowledge.cues.sizeWords[index].id)
        case let .sizeQualifier(index): add(.sizeQualifier, "", knowledge.cues.sizeQualifiers[index].value.qualifier.rawValue)
        case let .unit(index): add(.unit, "", knowledge.cues.units[index].id)
        }
        return list
    }

    /// The id of a string (new strings get new ids).
    mutating func intern(_ text: String) -> Int32 {
        if let known = strings[text] { return known }
        let id = Int32(strings.count)
        strings[text] = id
        return id
    }

    /// The id of a string, nil if no fact uses it (then no fact can match it).
    func lookup(_ text: String) -> Int32? { strings[text] }
}

extension LexiconKind {
    /// This kind as one bit of a mask (64 kinds at most: a 65th would shift out of the mask; `GrammarTests` checks it).
    var bit: UInt64 { 1 << UInt64(LexiconKind.allCases.firstIndex(of: self)!) }
}
