import RadLexicon
import RadText

/// One output line of `radfind parse`: the report's sentences, findings and CT-RATE labels.
/// Offsets are Unicode-scalar offsets into the report text as given (or as composed from fields).
public struct ReportRecord: Codable, Sendable, Equatable {
    public var id: String
    public var sentences: [SentenceRecord]
    public var findings: [FindingRecord]
    /// The 18 CT-RATE labels, 0 or 1.
    public var labels: [String: Int]
    /// The report text, when asked for (`--with-text`).
    public var text: String?

    public init(id: String, sentences: [SentenceRecord], findings: [FindingRecord], labels: [String: Int], text: String? = nil) {
        self.id = id
        self.sentences = sentences
        self.findings = findings
        self.labels = labels
        self.text = text
    }
}

/// A sentence of the output.
public struct SentenceRecord: Codable, Sendable, Equatable {
    public var index: Int
    public var section: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, section: String, start: Int, end: Int, text: String) {
        self.index = index
        self.section = section
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A finding of the output: everything an application (validate, ground, score) needs.
public struct FindingRecord: Codable, Sendable, Equatable {
    /// 0-based position among the report's findings.
    public var id: Int
    public var text: String
    public var type: String
    /// ReXGroundingCT category code, nil outside lung and pleura.
    public var category: String?
    public var focal: Bool?
    public var assertion: Assertion
    public var laterality: Laterality
    public var lobes: [String]
    public var segments: [String]
    /// Other places (zones, pleura, organs) as structure ids.
    public var places: [String]
    public var size: Size?
    /// A size given in words ("size.millimetric"), when there is no number.
    public var sizeWord: String?
    public var multiple: Bool
    public var temporal: TemporalChange?
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var ontology: OntologyRecord
    /// The CT-RATE labels this finding supports (when present).
    public var labels: [String]
    /// A later finding of the sentence says what this one is (its labels are that finding's).
    public var interpreted: Bool
    /// How the finding was read, when asked for (`--explain`).
    public var explain: [ExplainStep]?

    enum CodingKeys: String, CodingKey {
        case id, text, type, category, focal, assertion, laterality, lobes, segments, places, size
        case sizeWord = "size_word", multiple, temporal, sentence, start, end, ontology, labels, interpreted, explain
    }
}

/// Ontology cross-references of a finding.
public struct OntologyRecord: Codable, Sendable, Equatable {
    /// The finding type id.
    public var finding: String
    /// The type and its broader types, nearest first ("linear-atelectasis", "atelectasis").
    public var lineage: [String]
    /// Its RadLex ID, and whether that is only the nearest class.
    public var radlex: String?
    public var radlexApproximate: Bool
    /// The anatomy structures attached, with their RadLex IDs where verified.
    public var anatomy: [AnatomyReference]

    enum CodingKeys: String, CodingKey {
        case finding, lineage, radlex, radlexApproximate = "radlex_approximate", anatomy
    }
}

/// A structure of the ontology.
public struct AnatomyReference: Codable, Sendable, Equatable {
    public var id: String
    public var radlex: String?
}
