/// Splits text into ``Token``s over the UTF-16 buffer, without building `String`s.
///
/// - Words are runs of letters (combining marks included); digits, hyphens and apostrophes end them,
///   so "effusion-thickening" is three tokens and "6mm" two.
/// - Numbers are runs of digits with at most one "." or "," between digits ("3.5", "1,2");
///   with more separators the token is a ``TokenKind/code`` ("03.02.2020").
/// - Every other non-space character is a one-character ``TokenKind/punct`` token.
///
/// Each token's form is case-folded (NFKC_Casefold for non-ASCII) and looked up in the
/// ``Vocabulary``. Not thread-safe (scratch buffers): one per thread.
public final class Tokenizer {
    public let vocabulary: Vocabulary
    /// Scratch buffers, kept between calls; moved into locals while a text is scanned (no
    /// exclusivity checks per token).
    private var scratch: (normalizer: TokenNormalizer, form: [UInt16])? = (TokenNormalizer(), [])

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Appends the tokens of `range` of `units` to `tokens`. An ASCII token's form is looked up as it stands in the text
    /// (``Vocabulary/id(ofASCII:)``); only other tokens are normalised into a form first.
    public func tokenize(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>, into tokens: inout [Token]) {
        var (normalizer, form) = scratch ?? (TokenNormalizer(), [])
        scratch = nil
        defer { scratch = (normalizer, form) }
        scan(units, range: range) { token in
            var token = token
            let text = UnsafeBufferPointer(rebasing: units[token.range])
            if TokenNormalizer.isASCII(text) {
                token.form = vocabulary.id(ofASCII: text)
            } else {
                form.removeAll(keepingCapacity: true)
                normalizer.append(text, to: &form)
                token.form = form.withUnsafeBufferPointer { vocabulary.id(of: $0) }
            }
            tokens.append(token)
        }
    }

    /// The normalised forms of a term's tokens, in order, for building lexicons.
    public func forms(of term: String) -> [[UInt16]] {
        let units = Array(term.utf16)
        var normalizer = scratch?.normalizer ?? TokenNormalizer()
        scratch = nil
        defer { scratch = (normalizer, []) }
        var result: [[UInt16]] = []
        units.withUnsafeBufferPointer { buffer in
            scan(buffer, range: 0..<buffer.count) { token in
                var form: [UInt16] = []
                form.reserveCapacity(token.range.count)
                normalizer.append(UnsafeBufferPointer(rebasing: buffer[token.range]), to: &form)
                result.append(form)
            }
        }
        return result
    }

    /// The tokens of `range` of `units`, with no form yet (``Token/unknownForm``).
    private func scan(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>, emit: (Token) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        var spaceBefore = false
        while index < end {
            let cls = units[index].charClass
            if cls == .space {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            var kind = TokenKind.punct
            var flags: TokenFlags = spaceBefore ? .spaceBefore : []
            var value = 0.0
            if cls.isLetter {
                kind = .word
                var uppers = 0
                var letters = 0
                while index < end {
                    let unit = units[index]
                    if unit < 0x80 {
                        // (ASCII: a letter is A–Z or a–z, one comparison pair once case is set aside)
                        let folded = unit | 0x20
                        guard folded >= 0x61 && folded <= 0x7A else { break }
                        if unit <= 0x5A { uppers += 1 }
                    } else {
                        let c = unit.charClass
                        guard c.isLetter else { break }
                        if c == .upper { uppers += 1 }
                    }
                    letters += 1
                    index += 1
                }
                if cls == .upper { flags.insert(.capitalized) }
                if letters >= 2 && uppers == letters { flags.insert(.allUpper) }
            } else if cls == .digit {
                (kind, value, index) = Self.number(units, from: index, end: end)
            } else {
                index += 1
            }
            emit(Token(start: Int32(start), end: Int32(index), kind: kind, flags: flags, form: Token.unknownForm,
                       number: value))
            spaceBefore = false
        }
    }

    /// A number or code token starting at `start`: its kind, value and end.
    private static func number(_ units: UnsafeBufferPointer<UInt16>, from start: Int, end: Int)
        -> (TokenKind, Double, Int)
    {
        var index = start
        var separators = 0
        var integer = 0.0
        var fraction = 0.0
        var scale = 1.0
        while index < end {
            let unit = units[index]
            if unit >= 0x30 && unit <= 0x39 {
                let digit = Double(unit - 0x30)
                if separators == 0 {
                    integer = integer * 10 + digit
                } else {
                    scale /= 10
                    fraction += digit * scale
                }
                index += 1
            } else if (unit == 0x2E || unit == 0x2C) && index + 1 < end
                        && units[index + 1] >= 0x30 && units[index + 1] <= 0x39 {
                separators += 1
                index += 1
            } else if unit.charClass == .digit {
                index += 1  // a non-ASCII digit: part of the token, not of the value
            } else {
                break
            }
        }
        return separators <= 1 ? (.number, integer + fraction, index) : (.code, 0, index)
    }
}
