import RadText

/// One output line of `radfind parse`: the report's sentences, findings and CT-RATE labels.
/// Offsets are Unicode-scalar offsets into the report text as given (or as composed from fields).
public struct ReportRecord: Codable, Sendable, Equatable {
    public var id: String
    public var sentences: [SentenceRecord]
    public var findings: [FindingRecord]
    /// The 18 CT-RATE labels, 0 or 1 (empty until findings are extracted).
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

/// A finding of the output (filled by finding extraction).
public struct FindingRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var text: String
    public var type: String
}

extension ParsedReport {
    /// The output record of a parsed report.
    public func record(includeText: Bool = false) -> ReportRecord {
        ReportRecord(
            id: id,
            sentences: sentences.map { sentence in
                SentenceRecord(index: sentence.index, section: sentence.section.rawValue,
                               start: text.scalarOffset(sentence.range.lowerBound),
                               end: text.scalarOffset(sentence.range.upperBound),
                               text: text.text(sentence.range))
            },
            findings: [],
            labels: [:],
            text: includeText ? text.string : nil)
    }
}
