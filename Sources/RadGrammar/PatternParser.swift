/// Parses the pattern syntax described at ``PatternNode``.
///
/// Reads the text scalar by scalar (a `Character` array costs the grapheme breaking of every pattern at every start-up);
/// the patterns' syntax is ASCII, and literals and names are sliced from the text whole. Offsets in errors are still
/// counted in characters.
struct PatternParser {
    private let text: String
    private let scalars: [Unicode.Scalar]
    /// The UTF-8 of ``text``, and where each of ``scalars`` starts in it (and where the text ends): names and literals
    /// are decoded from these bytes.
    private let utf8: [UInt8]
    private let utf8Starts: [Int]
    private var index = 0
    private let defines: [String: PatternNode]

    /// Parses `text`; `$NAME` refers to `defines`.
    static func parse(_ text: String, defines: [String: PatternNode] = [:]) throws -> PatternNode {
        var parser = PatternParser(text: text, defines: defines)
        let node = try parser.alternatives()
        parser.skipSpace()
        guard parser.index == parser.scalars.count else { throw parser.error("unexpected '\(parser.character(at: parser.index))'") }
        return node
    }

    private init(text: String, defines: [String: PatternNode]) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        utf8 = Array(text.utf8)
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            starts.append(offset)
            offset += UTF8.width(scalar)
        }
        starts.append(offset)
        utf8Starts = starts
        self.defines = defines
    }

    /// The text of the scalars in `range`.
    private func slice(_ range: Range<Int>) -> String {
        String(decoding: utf8[utf8Starts[range.lowerBound]..<utf8Starts[range.upperBound]], as: UTF8.self)
    }

    /// Where the scalar at `offset` stands in ``text``.
    private func textIndex(ofScalar offset: Int) -> String.Index {
        text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)
    }

    /// The character that starts at scalar `offset`, for error messages.
    private func character(at offset: Int) -> Character { text[textIndex(ofScalar: offset)] }

    /// An error at the current position, given in characters from the start.
    private func error(_ message: String) -> PatternError {
        PatternError(offset: text.distance(from: text.startIndex, to: textIndex(ofScalar: index)), message: message)
    }

    /// White space (ASCII answered without the Unicode tables).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// A letter or a digit (ASCII answered without the Unicode tables).
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private mutating func skipSpace() {
        while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
    }

    private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func alternatives() throws -> PatternNode {
        var options = [try sequence()]
        skipSpace()
        while peek() == "|" {
            index += 1
            options.append(try sequence())
            skipSpace()
        }
        return options.count == 1 ? options[0] : .alternatives(options)
    }

    private mutating func sequence() throws -> PatternNode {
        var items: [PatternNode] = []
        while true {
            skipSpace()
            guard let next = peek(), next != "|", next != ")" else { break }
            items.append(try repeated())
        }
        guard !items.isEmpty else { throw error("empty pattern") }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func repeated() throws -> PatternNode {
        var node = try atom()
        while let next = peek() {
            switch next {
            case "?": index += 1; node = .repeated(node, min: 0, max: 1)
            case "*": index += 1; node = .repeated(node, min: 0, max: nil)
            case "+": index += 1; node = .repeated(node, min: 1, max: nil)
            case "{":
                index += 1
                let low = try integer()
                var high: Int? = low
                if peek() == "," {
                    index += 1
                    high = peek() == "}" ? nil : try integer()
                }
                guard peek() == "}" else { throw error("expected '}'") }
                index += 1
                if let high, high < low { throw error("{m,n} needs m ≤ n") }
                node = .repeated(node, min: low, max: high)
            default:
                return node
            }
        }
        return node
    }

    private mutating func integer() throws -> Int {
        let start = index
        while let next = peek(), ("0"..."9").contains(next) { index += 1 }
        guard let value = Int(slice(start..<index)) else { throw error("expected a number") }
        return value
    }

    /// A name of letters, digits, "-" and "_"; with `dotted`, dots too (a value: cue ids are "neg.dash-no").
    private mutating func name(dotted: Bool = false) -> String {
        let start = index
        while let next = peek(), Self.isLetterOrDigit(next) || next == "-" || next == "_" || dotted && next == "." { index += 1 }
        return slice(start..<index)
    }

    private mutating func atom() throws -> PatternNode {
        guard let next = peek() else { throw error("unexpected end of pattern") }
        switch next {
        case "(":
            index += 1
            let inner = try alternatives()
            skipSpace()
            guard peek() == ")" else { throw error("expected ')'") }
            index += 1
            return inner
        case "\"":
            index += 1
            let start = index
            while let next = peek(), next != "\"" { index += 1 }
            guard peek() == "\"" else { throw error("unterminated literal") }
            let literal = slice(start..<index)
            index += 1
            guard !literal.isEmpty else { throw error("empty literal") }
            return .element(.literal(literal))
        case "@":
            index += 1
            let kindName = name()
            guard let kind = LexiconKind(rawValue: kindName) else {
                throw error("unknown lexicon kind '@\(kindName)'; known: "
                    + LexiconKind.allCases.map { "@" + $0.rawValue }.joined(separator: ", "))
            }
            var property: String? = nil
            var value: String? = nil
            if peek() == "." {
                index += 1
                property = name()
            }
            if peek() == "=" {
                index += 1
                value = name(dotted: true)
                guard !(value ?? "").isEmpty else { throw error("expected a value after '='") }
            }
            return .element(.lexicon(kind: kind, property: property, value: value))
        case "$":
            index += 1
            let reference = name()
            guard let node = defines[reference] else { throw error("undefined '$\(reference)'") }
            return node
        default:
            let word = name()
            guard !word.isEmpty else { throw error("unexpected '\(character(at: index))'") }
            if peek() == ":" {
                index += 1
                return .capture(word, try repeated())
            }
            switch word {
            case "NUM": return .element(.number)
            case "CODE": return .element(.code)
            case "WORD": return .element(.word)
            case "PUNCT": return .element(.punct)
            case "ANY": return .element(.any)
            case "UNKNOWN": return .element(.unknown)
            default: throw error("unknown element '\(word)' (captures are written name:ELEMENT)")
            }
        }
    }
}
