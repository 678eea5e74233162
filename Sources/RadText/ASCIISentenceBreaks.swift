/// The sentence boundaries of UAX #29 for ASCII text, as ICU's sentence break iterator gives them, without the iterator:
/// almost every report is ASCII, and ICU's rule machine costs some 70 instructions per character where this scan, which
/// stops only at a line break or a terminator, costs a few. Text with any other character is left to ICU
/// (``boundaries(in:into:)`` returns nil), which knows the classes of all of Unicode.
///
/// The rules (UAX #29 SB3–SB11; no ASCII character is Format, Extend, OLetter or Sep): a boundary follows every line
/// break (CR LF one); after a terminator ("." ATerm, "!" "?" STerm), closing punctuation and spaces, one follows unless
/// what comes next continues the sentence — a comma, hyphen or colon, another terminator, a lower-case letter after a
/// period's run of other characters (SB8, "e.g. 5 mm, a …") — and none follows a period before a digit ("3.5") or between
/// letters and a capital ("U.S.A."). `ASCIISentenceBreaksTests` compares it with ICU.
public enum ASCIISentenceBreaks {
    /// The Sentence_Break class of an ASCII character, as far as the rules read it.
    private enum Kind: UInt8 {
        case other, carriageReturn, lineFeed, space, lower, upper, digit, period, terminator, close, continuation
    }

    /// Each ASCII character's class, by its code.
    private static let kinds: [Kind] = (0..<128).map { code -> Kind in
        switch code {
        case 0x0D: .carriageReturn
        case 0x0A: .lineFeed
        case 0x09, 0x0B, 0x0C, 0x20: .space
        case 0x61...0x7A: .lower
        case 0x41...0x5A: .upper
        case 0x30...0x39: .digit
        case 0x2E: .period
        case 0x21, 0x3F: .terminator
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: .close
        case 0x2C, 0x2D, 0x3A: .continuation
        default: .other
        }
    }

    /// Writes the boundaries of `text` after its start into `storage` (grown when too small; its size is kept between
    /// calls) and returns how many there are, the last one `text.count` — as `ICUSentenceBreaker.boundaries(in:into:)`
    /// does; nil, with `storage` unspecified, when `text` holds a character outside ASCII.
    public static func boundaries(in text: UnsafeBufferPointer<UInt16>, into storage: inout [Int32]) -> Int? {
        guard !text.isEmpty else { return 0 }
        // (one pass that only ors the code units: the check costs next to nothing)
        guard text.reduce(0, |) < 0x80 else { return nil }
        if storage.count <= text.count { storage = [Int32](repeating: 0, count: max(64, text.count + 1)) }
        return kinds.withUnsafeBufferPointer { kinds in
            storage.withUnsafeMutableBufferPointer { out in
                var scan = Scan(text: text, kinds: kinds, out: out)
                scan.run()
                return scan.found
            }
        }
    }

    /// One pass over an ASCII text, writing boundaries as it finds them.
    private struct Scan {
        let text: UnsafeBufferPointer<UInt16>
        let kinds: UnsafeBufferPointer<Kind>
        let out: UnsafeMutableBufferPointer<Int32>
        /// How many boundaries are written.
        var found = 0

        /// The class of the character at `index` (in the text).
        func kind(at index: Int) -> Kind { kinds[Int(text[index])] }

        /// A boundary at `position`.
        mutating func add(_ position: Int) {
            out[found] = Int32(position)
            found += 1
        }

        /// Where a line break at `index` ends (after LF when a CR is followed by one: SB3).
        func lineBreakEnd(at index: Int) -> Int {
            text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? index + 2 : index + 1
        }

        /// Every boundary of the text, the end of the text last (SB2).
        mutating func run() {
            var index = 0
            while index < text.count {
                switch kind(at: index) {
                case .carriageReturn, .lineFeed:
                    index = lineBreakEnd(at: index)
                    add(index)
                case .period, .terminator: index = afterTerminator(at: index)
                default: index += 1
                }
            }
            if found == 0 || out[found - 1] != Int32(text.count) { add(text.count) }
        }

        /// Reads the terminator at `index` with its closing punctuation and spaces, adds the boundary after them when the
        /// sentence ends there, and returns where the scan goes on.
        mutating func afterTerminator(at index: Int) -> Int {
            let period = kind(at: index) == .period
            if period && index + 1 < text.count {
                // SB6 "3.5"; SB7 "U.S.A." (a letter before the period, a capital after it)
                let next = kind(at: index + 1)
                if next == .digit { return index + 1 }
                if next == .upper && index > 0 && (kind(at: index - 1) == .upper || kind(at: index - 1) == .lower) {
                    return index + 1
                }
            }
            var end = index + 1
            while end < text.count && kind(at: end) == .close { end += 1 }
            while end < text.count && kind(at: end) == .space { end += 1 }
            guard end < text.count else { return end }
            switch kind(at: end) {
            case .carriageReturn, .lineFeed:
                // SB11: the line break ends the sentence with it
                let after = lineBreakEnd(at: end)
                add(after)
                return after
            case .continuation, .period, .terminator:
                // SB8a: no boundary; a terminator there is read as its own
                return end
            default:
                if period && lowerCaseFollows(from: end) { return end }
                add(end)
                return end
            }
        }

        /// SB8: whether, from `start`, characters that are no letter, line break nor terminator lead to a lower-case letter.
        func lowerCaseFollows(from start: Int) -> Bool {
            var index = start
            while index < text.count {
                switch kind(at: index) {
                case .lower: return true
                case .upper, .carriageReturn, .lineFeed, .period, .terminator: return false
                default: index += 1
                }
            }
            return false
        }
    }
}
