/// The kinds of data file RadFindings reads. A file's kind is its root element's name; each kind
/// has an XSD schema of the same name in the data directory (`Lexicons/findings.xsd`, …).
public enum DataKind: String, CaseIterable, Sendable {
    case anatomy
    case findings
    case cues
    case segmentation
    case grammar

    /// The folder of the data directory holding this kind's bundled files and schema.
    public var folder: String {
        switch self {
        case .anatomy, .findings, .cues: return "Lexicons"
        case .segmentation, .grammar: return "Grammars"
        }
    }

    /// The schema's file name.
    public var schemaFile: String { rawValue + ".xsd" }
}
