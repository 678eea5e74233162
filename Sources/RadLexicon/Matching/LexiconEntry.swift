/// A reference to one entry of the knowledge base: which table, and the index in it.
public enum LexiconEntry: Hashable, Sendable {
    /// `KnowledgeBase.findings.types[i]`
    case finding(Int)
    /// `KnowledgeBase.findings.modifiers[i]`
    case modifier(Int)
    /// `KnowledgeBase.anatomy.structures[i]`
    case structure(Int)
    /// `KnowledgeBase.anatomy.words[i]`
    case anatomyWord(Int)
    /// `KnowledgeBase.cues.cues[i]`
    case cue(Int)
    /// `KnowledgeBase.cues.temporal[i]`
    case temporal(Int)
    /// `KnowledgeBase.cues.quantities[i]`
    case quantity(Int)
    /// `KnowledgeBase.cues.sizeWords[i]`
    case sizeWord(Int)
    /// `KnowledgeBase.cues.units[i]`
    case unit(Int)
    /// `KnowledgeBase.cues.sizeQualifiers[i]`
    case sizeQualifier(Int)

    /// Whether the entry is a place's word or a finding modifier: words that say what or where a finding is, no cue.
    public var describesAFinding: Bool {
        if case .modifier = self { return true }
        return namesAPlace
    }

    /// Whether the entry is an anatomy word or structure (what location phrases are built from).
    public var namesAPlace: Bool {
        switch self {
        case .anatomyWord, .structure: return true
        default: return false
        }
    }
}

/// One way a matched span can be read: the entry, and the term that matched.
public struct LexiconHit: Sendable {
    public var entry: LexiconEntry
    /// The matched term names several ("nodules").
    public var plural: Bool
    /// The matched term is an adjective ("nodular").
    public var adjective: Bool
    /// The matched term names a finding of its own right after another finding noun (`standalone` in findings.xml).
    public var standalone: Bool
    /// The matched term is a plural weak noun that names the signs of one finding: it gives the finding noun before it
    /// no number ("bronchiolitis findings"; `signs` in findings.xml).
    public var signs: Bool
    /// The index of a second finding type the matched term names over the same words (`alsoNames` in findings.xml).
    public var alsoType: Int?
    /// Where the term is defined.
    public var origin: Origin
}

/// A span of tokens that matched a lexicon term (the longest at its start), with every entry that
/// term belongs to ("superior" is a lobe level and a segment name).
public struct LexiconMatch: Sendable {
    /// Token indices, half-open.
    public var tokens: Range<Int>
    /// Indices into ``TermMatcher/hits``.
    public var hits: Range<Int>
}
