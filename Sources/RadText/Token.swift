/// What kind of text a token covers.
public enum TokenKind: UInt8, Sendable {
    /// Letters ("nodule", "İ", "ﬁndings").
    case word
    /// Digits with at most one "." or "," decimal separator ("6", "3.5", "1,2").
    case number
    /// Digits with several separators: dates, versions ("03.02.2020", "1.2.3"). Never a size.
    case code
    /// One punctuation or symbol character ("-", ";", "×", "(").
    case punct
}

/// Facts about a token's surroundings and case.
public struct TokenFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// White space stands between this token and the previous one.
    public static let spaceBefore = TokenFlags(rawValue: 1)
    /// The first letter is upper case.
    public static let capitalized = TokenFlags(rawValue: 2)
    /// Every letter is upper case (and there are at least two).
    public static let allUpper = TokenFlags(rawValue: 4)
}

/// A token: a span of the report text (UTF-16 offsets), its kind, and its normalised form as an
/// integer id in the lexicon ``Vocabulary`` (``Token/unknownForm`` when no lexicon or grammar uses it).
public struct Token: Sendable, Equatable {
    /// The id given to forms that no lexicon entry or grammar rule mentions.
    public static let unknownForm: Int32 = -1

    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var flags: TokenFlags
    /// Vocabulary id of the case-folded NFKC form.
    public var form: Int32
    /// The value of a ``TokenKind/number`` token ("," read as a decimal point); 0 otherwise.
    public var number: Double

    public init(start: Int32, end: Int32, kind: TokenKind, flags: TokenFlags, form: Int32, number: Double) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
        self.form = form
        self.number = number
    }

    /// The UTF-16 range of the token.
    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
}
