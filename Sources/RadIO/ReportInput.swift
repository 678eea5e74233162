/// One report as read from an input, or why it could not be read.
///
/// When the input gives sections as separate fields (CT-RATE CSV columns, JSON keys), ``text`` is
/// composed from them in this order, each present non-empty field on its own line with a header:
/// `CLINICAL INFORMATION: …`, `TECHNIQUE: …`, `FINDINGS: …`, `IMPRESSION: …`. Offsets in the
/// output refer to that composed text (print it with `--with-text`).
public struct ReportInput: Sendable {
    /// The report's id; nil when the record is too broken to have one.
    public var id: String?
    /// 1-based line where the record starts in its input.
    public var line: Int
    /// The report text; nil when ``error`` is set.
    public var text: String?
    /// Why the record could not be read.
    public var error: String?

    public init(id: String?, line: Int, text: String?, error: String? = nil) {
        self.id = id
        self.line = line
        self.text = text
        self.error = error
    }

    /// Keys (JSON) and columns (CSV) that carry the report's id, in order of preference.
    public static let idKeys = ["id", "accession", "volume", "VolumeName", "volume_name", "name"]
    /// Keys that carry the whole report text.
    public static let textKeys = ["text", "report_text", "report"]
    /// Keys that carry one section each, in the order they are composed, with their headers.
    public static let sectionKeys: [(header: String, keys: [String])] = [
        ("CLINICAL INFORMATION", ["clinical_information", "ClinicalInformation_EN", "clinical_info", "indication"]),
        ("TECHNIQUE", ["technique", "Technique_EN"]),
        ("FINDINGS", ["findings", "Findings_EN"]),
        ("IMPRESSION", ["impressions", "impression", "Impressions_EN", "Impression_EN", "conclusion"]),
    ]

    /// Builds an input from named fields (a JSON object's string members, or a CSV row).
    /// `value(key)` returns the field's text, nil when absent or not text. Section fields that are all empty make an
    /// empty report (as an empty `text` does); a record with no text field at all is an error.
    public static func from(line: Int, value: (String) -> String?) -> ReportInput {
        let id = idKeys.lazy.compactMap(value).first { !$0.isEmpty }
        if let text = textKeys.lazy.compactMap(value).first {
            return ReportInput(id: id, line: line, text: text)
        }
        // The sections' texts, each "HEADER: text", one per line: written into one string, with no copy of a section's text
        // on the way.
        var text = ""
        var hasSectionField = false
        for (header, keys) in sectionKeys {
            guard let field = keys.lazy.compactMap(value).first else { continue }
            hasSectionField = true
            let trimmed = field.withoutSurroundingWhitespace()
            guard !trimmed.isEmpty else { continue }
            if !text.isEmpty { text += "\n" }
            text += header
            text += ": "
            text += trimmed
        }
        // (a record with its section fields all empty, a CSV row of commas, is an empty report; one with none is unreadable)
        guard hasSectionField else {
            let expected = (textKeys + sectionKeys.flatMap(\.keys)).joined(separator: ", ")
            return ReportInput(id: id, line: line, text: nil, error: "no report text (expected one of: \(expected))")
        }
        return ReportInput(id: id, line: line, text: text)
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (spaces, tabs, line breaks, NBSP).
    func trimmingWhitespace() -> String { String(withoutSurroundingWhitespace()) }

    /// The part of the string inside its leading and trailing white space (`trimmingWhitespace()`), as a slice of it.
    func withoutSurroundingWhitespace() -> Substring {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return Substring(scalars)
    }
}
