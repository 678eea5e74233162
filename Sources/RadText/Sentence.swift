/// One sentence of a report: its position in the report, its section, and its UTF-16 range
/// (leading and trailing white space excluded).
public struct Sentence: Sendable, Equatable {
    /// 0-based position among the report's sentences.
    public var index: Int
    public var section: SectionKind
    /// UTF-16 offsets into ``ReportText/utf16``.
    public var range: Range<Int>

    public init(index: Int, section: SectionKind, range: Range<Int>) {
        self.index = index
        self.section = section
        self.range = range
    }
}
