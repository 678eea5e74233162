import RadGrammar
import RadLexicon
import RadText

/// A measurement read by a size rule, in millimetres.
struct Measurement {
    var tokens: Range<Int>
    var size: Size
    var rule: Int
}

/// A place read from a location phrase.
struct Place {
    var tokens: Range<Int>
    /// Indices into the anatomy's structures.
    var structures: [Int]
    /// Sides named or implied.
    var sides: Set<Side>
    var rule: Int
    /// The side was not said but guessed from a segment name ("the posterior segment": the right
    /// upper lobe's); another place of the same finding that names a side overrides it.
    var guessedSide = false
    /// "in this localization": a place named again; it belongs to the phrases after it when its clause has any.
    var isAnaphor = false
}

/// A finding phrase's reading: the type after modifiers, the head's tokens and the phrase's tokens.
struct FindingMention {
    var type: Int
    var head: Range<Int>
    var phrase: Range<Int>
    var plural: Bool
    /// An interpretation cue says a later finding names this one ("density increases consistent with
    /// consolidation"): it stays a finding, but its labels are the later finding's to give.
    var interpreted = false
    /// The mention that interprets this one (index in the sentence's mentions).
    var interpreter: Int?
    /// The mention follows "with" and describes the one before it ("nodules with ground-glass
    /// halo"): measurements and temporal words of the phrase belong to that one.
    var isFeature = false
    /// The mention is an adjective standing alone ("…, some calcified"): it describes, and takes no size.
    var isAdjective = false
    var explanation: [ExplainStep]
}
