/// Where a lexicon entry, term or rule was defined: file and line. Carried through matching and
/// extraction so that `--explain` can name the data behind every decision.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the data directory when it lies inside it ("Lexicons/findings.xml").
    public var file: String
    /// 1-based line of the element.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A surface form of a lexicon entry.
public struct Term: Sendable {
    /// The words as written in the lexicon ("ground-glass opacities").
    public var text: String
    /// The form names several of a thing ("nodules").
    public var plural: Bool
    /// The form is an adjective ("nodular"): it may qualify a following head.
    public var adjective: Bool
    /// A weak noun that names a finding of its own right after another finding noun ("mass nodule infiltration").
    public var standalone: Bool
    /// A plural weak noun that names the signs of one finding ("bronchiolitis findings"): no number for the finding noun
    /// before it (`signs` in findings.xml).
    public var signs: Bool
    /// The id of a second finding type the form names besides its own ("hepatosplenomegaly": hepatomegaly, and
    /// splenomegaly too); `alsoNames` in findings.xml.
    public var alsoNames: String?
    public var origin: Origin

    public init(text: String, plural: Bool = false, adjective: Bool = false, standalone: Bool = false, signs: Bool = false,
                alsoNames: String? = nil, origin: Origin) {
        self.text = text
        self.plural = plural
        self.adjective = adjective
        self.standalone = standalone
        self.signs = signs
        self.alsoNames = alsoNames
        self.origin = origin
    }
}
