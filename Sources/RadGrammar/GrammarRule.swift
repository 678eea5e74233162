import RadLexicon

/// A rule as written in a grammar file, parsed but not yet compiled.
public struct GrammarRule: Sendable {
    /// Unique id ("size.range"), shown by `--explain`.
    public var id: String
    /// The pass the rule runs in: its grammar file's `pass` ("sizes", "locations", "phrases").
    public var pass: String
    /// What a match means ("size", "ignore", "location", "finding-phrase").
    public var action: String
    /// Further attributes of the rule element (e.g. `qualifier`, `unit`).
    public var attributes: [String: String]
    public var pattern: PatternNode
    /// Sentences the rule must match, each with the text the match must cover.
    public var examples: [(sentence: String, match: String)]
    /// Sentences in which the rule must not match.
    public var counterexamples: [String]
    public var origin: Origin
}

/// A match of a rule in a sentence: token range and named captures (token ranges).
public struct RuleMatch: Sendable {
    /// Index of the rule in ``Grammar/rules``.
    public var rule: Int
    public var tokens: Range<Int>
    public var captures: [(name: String, tokens: Range<Int>)]

    /// Every capture with a name, in pattern order.
    public func captures(_ name: String) -> [Range<Int>] {
        captures.filter { $0.name == name }.map(\.tokens)
    }
}
