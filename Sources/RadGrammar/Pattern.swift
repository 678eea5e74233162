/// A parsed grammar pattern: a regular expression whose atoms are tokens and lexicon matches.
///
/// Syntax (whitespace separates elements):
///
///     "of"                a token with this normalised form ("up to" is two tokens in a row)
///     NUM CODE WORD PUNCT ANY   a number / code (dates) / word / punctuation / any token
///     UNKNOWN             a word no lexicon entry or grammar mentions ("mild", "nonspecific")
///     @unit               a lexicon match of a kind (consumes all its tokens)
///     @side=right         … whose id or value is "right" (dots allowed: @negation=neg.dash-no)
///     @structure.region=lung   … whose property has a value
///     @finding.adjective  … matched through an adjective term
///     $NAME               a <define> of the same grammar file
///     name:ELEMENT        capture what ELEMENT matched under "name"
///     ( … | … )           group with alternatives
///     ? * + {m,n}         repetition (greedy)
///
/// Lexicon kinds: finding, modifier, structure, side, head, level, segment, zone, negation,
/// uncertainty, pseudo, scope-end, relative, interpretation, proximity, accompaniment, reference,
/// likeness, temporal, quantity, size-word, size-qualifier, unit.
public indirect enum PatternNode: Sendable, Equatable {
    case sequence([PatternNode])
    case alternatives([PatternNode])
    case repeated(PatternNode, min: Int, max: Int?)
    case capture(String, PatternNode)
    case element(PatternElement)
}

/// One atom of a pattern.
public enum PatternElement: Sendable, Equatable, Hashable {
    case number, code, word, punct, any, unknown
    /// A token whose normalised form is this text.
    case literal(String)
    /// A lexicon match of a kind, optionally with a property and a value.
    case lexicon(kind: LexiconKind, property: String?, value: String?)
}

/// The lexicon kinds a pattern can ask for.
public enum LexiconKind: String, Sendable, CaseIterable, Hashable {
    case finding, modifier, structure, side, head, level, segment, zone
    case negation, uncertainty, pseudo, scopeEnd = "scope-end", relative, interpretation, proximity, accompaniment, reference
    case likeness, predicate, recap, comparison, history, emphasis, `extension`, result, participle
    case temporal, quantity, sizeWord = "size-word", sizeQualifier = "size-qualifier", unit
}

/// A pattern that cannot be parsed, with the offset (in characters) where parsing stopped.
public struct PatternError: Error, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "pattern error at character \(offset + 1): \(message)" }
}
