/// The part of a report a sentence belongs to.
public enum SectionKind: String, Sendable, CaseIterable, Codable {
    case clinicalInformation = "clinical_information"
    case technique
    case findings
    case impression
}

/// A section of a report: its kind, the header that opened it (if any) and its body, all as UTF-16
/// offsets into ``ReportText/utf16``.
public struct Section: Sendable, Equatable {
    public var kind: SectionKind
    /// The header text ("IMPRESSION:"), nil for the headerless start of a report.
    public var header: Range<Int>?
    /// The body after the header, up to the next header or the end of the text.
    public var body: Range<Int>

    public init(kind: SectionKind, header: Range<Int>?, body: Range<Int>) {
        self.kind = kind
        self.header = header
        self.body = body
    }
}

/// Which words open which section. Loaded from `Grammars/sections.xml`.
public struct SectionRules: Sendable {
    /// One header name ("findings", "clinical information"), compared case-insensitively.
    public struct Header: Sendable {
        public var name: [UInt16]
        public var kind: SectionKind
        /// Where the header was defined, for `--explain`.
        public var origin: String
        /// Also a header when a full stop ends it as a sentence of its own ("… lower lobe. Conclusion. There are …").
        public var endsWithPeriod: Bool

        public init(name: String, kind: SectionKind, origin: String, endsWithPeriod: Bool = false) {
            self.name = Array(name.lowercased().utf16)
            self.kind = kind
            self.origin = origin
            self.endsWithPeriod = endsWithPeriod
        }
    }

    /// A character that opens a section in the text before a report's first header (`"` or `•` before CT-CLIP's impression).
    public struct Marker: Sendable {
        public var character: UInt16
        public var kind: SectionKind
        /// Only directly followed by a letter ("-Budding", not a bullet list's "- Pleural effusion").
        public var glued: Bool

        public init(character: UInt16, kind: SectionKind, glued: Bool = false) {
            self.character = character
            self.kind = kind
            self.glued = glued
        }
    }

    /// Header names, longest first so that "clinical information" wins over "clinical".
    public private(set) var headers: [Header]
    /// Markers, for the text before the first header.
    public var markers: [Marker]
    /// The kind of text before any header.
    public var defaultKind: SectionKind

    public init(headers: [Header], markers: [Marker] = [], defaultKind: SectionKind = .findings) {
        self.headers = headers.sorted { $0.name.count > $1.name.count }
        self.markers = markers
        self.defaultKind = defaultKind
    }
}
