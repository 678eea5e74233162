import RadText
import RadXML

/// Everything the data files say, loaded and checked: the ontology, the lexicons, the segmentation
/// rules, and the grammar documents (compiled by RadGrammar).
public struct KnowledgeBase: Sendable {
    public var anatomy = Anatomy()
    public var findings = FindingLexicon()
    public var cues = CueLexicon()
    public var sectionRules = SectionRules(headers: [])
    public var sentenceRules = SentenceRules(abbreviations: [], splits: [], joinBeforeLowercase: true,
                                                  joinAfterEnumerator: true, unwrapLineBreaks: true)
    /// Grammar files, validated against `grammar.xsd`, for RadGrammar to compile.
    public var grammarDocuments: [XMLElement] = []
    /// The files loaded, in order.
    public var files: [String] = []

    public init() {}
}
