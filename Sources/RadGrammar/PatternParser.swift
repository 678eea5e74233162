/// Parses the pattern syntax described at ``PatternNode``.
struct PatternParser {
    private let text: String
    private let characters: [Character]
    /// Where each of ``characters`` starts in ``text``, and the end of the text: names and literals are sliced from
    /// the text (a `String` built of a slice of `Character`s takes a slow generic path).
    private let starts: [String.Index]
    private var index = 0
    private let defines: [String: PatternNode]

    /// Parses `text`; `$NAME` refers to `defines`.
    static func parse(_ text: String, defines: [String: PatternNode] = [:]) throws -> PatternNode {
        var parser = PatternParser(text: text, defines: defines)
        let node = try parser.alternatives()
        parser.skipSpace()
        guard parser.index == parser.characters.count else { throw parser.error("unexpected '\(parser.characters[parser.index])'") }
        return node
    }

    private init(text: String, defines: [String: PatternNode]) {
        self.text = text
        characters = Array(text)
        starts = Array(text.indices) + [text.endIndex]
        self.defines = defines
    }

    /// The text of the characters in `range`.
    private func slice(_ range: Range<Int>) -> String {
        String(text[starts[range.lowerBound]..<starts[range.upperBound]])
    }

    private func error(_ message: String) -> PatternError { PatternError(offset: index, message: message) }

    private mutating func skipSpace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    private func peek() -> Character? { index < characters.count ? characters[index] : nil }

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
        while let next = peek(), next.isASCII, next.isNumber { index += 1 }
        guard let value = Int(slice(start..<index)) else { throw error("expected a number") }
        return value
    }

    /// A name of letters, digits, "-" and "_"; with `dotted`, dots too (a value: cue ids are "neg.dash-no").
    private mutating func name(dotted: Bool = false) -> String {
        let start = index
        while let next = peek(), next.isLetter || next.isNumber || next == "-" || next == "_" || dotted && next == "." { index += 1 }
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
            guard !word.isEmpty else { throw error("unexpected '\(next)'") }
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
