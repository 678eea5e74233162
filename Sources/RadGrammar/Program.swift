import RadLexicon
import RadText

/// A token test a compiled pattern performs.
enum ElementTest: Sendable, Equatable {
    case number, code, word, punct, any, unknown
    case form(Int32)
    /// kind (with its bit, ``LexiconKind/bit``, worked out once), property (main = id/value), value
    /// (nil: any); `never` when a value no entry has.
    case lexicon(LexiconKind, bit: UInt64, property: Int32, value: Int32?)
    case never
}

/// One instruction of the backtracking matcher. Jump targets are absolute (all programs live in
/// one array, see ``Grammar``).
enum Instruction: Sendable {
    case test(ElementTest)
    /// Try the first target, then (on backtracking) the second.
    case split(Int32, Int32)
    case jump(Int32)
    /// Record the current token position in capture slot n.
    case save(Int32)
    case match
}

/// What the first token of a match must look like: a quick necessary condition tried before the
/// matcher runs. `nil` fields mean "anything".
struct FirstTokenFilter: Sendable {
    /// Token kinds (bits of TokenKind raw values; bit 7 = unknown word) that may start a match.
    var tokenKinds: UInt8 = 0
    var forms: [Int32] = []
    /// Lexicon kinds (bits) whose match may start a match.
    var lexiconKinds: UInt64 = 0
    /// When false, every position passes.
    var active = true

    static let unknownBit: UInt8 = 1 << 7
}

/// A set of a pass's rules, as bits (bit i: the pass's i-th rule): two words, so that a pass holds at most
/// ``capacity`` rules (``GrammarSource`` checks) while a token still costs a few word operations.
struct RuleMask: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// How many rules a pass may hold.
    static let capacity = 128

    /// The set of the one rule `index` (below ``capacity``).
    init(rule index: Int) {
        if index < 64 { low = 1 << UInt64(index) } else { high = 1 << UInt64(index - 64) }
    }

    init() {}

    @inline(__always)
    static func |= (left: inout RuleMask, right: RuleMask) {
        left.low |= right.low
        left.high |= right.high
    }

    /// Whether the set holds rule `index`.
    @inline(__always)
    func contains(_ index: Int) -> Bool {
        index < 64 ? low & (1 << UInt64(index)) != 0 : high & (1 << UInt64(index - 64)) != 0
    }

    /// Adds rule `index` to the set.
    @inline(__always)
    mutating func insert(_ index: Int) { self |= RuleMask(rule: index) }

    /// Takes the lowest rule out of the set (the first in file order), nil when it is empty.
    @inline(__always)
    mutating func popFirst() -> Int? {
        if low != 0 {
            let index = low.trailingZeroBitCount
            low &= low - 1
            return index
        }
        guard high != 0 else { return nil }
        let index = high.trailingZeroBitCount
        high &= high - 1
        return 64 + index
    }
}

/// Which rules of a pass may start a match at a token (lowest first = first in file order): the first-token filters of
/// its rules turned into tables, so that a token costs a few lookups, not one filter test per rule.
struct PassStarts: Sendable {
    private var always = RuleMask()
    private var byTokenKind = [RuleMask](repeating: RuleMask(), count: 8)
    private var unknownWord = RuleMask()
    /// Rules whose first literal no lexicon entry or rule mentions: any token without a form id passes.
    private var unknownForm = RuleMask()
    private var byLexiconBit = [RuleMask](repeating: RuleMask(), count: 64)
    private var byForm: [RuleMask] = []

    init(rules: [Int], filters: [FirstTokenFilter]) {
        for (bit, rule) in rules.enumerated() {
            let mask = RuleMask(rule: bit)
            let filter = filters[rule]
            guard filter.active else {
                always |= mask
                continue
            }
            for kind in 0..<7 where filter.tokenKinds & (1 << kind) != 0 { byTokenKind[kind] |= mask }
            if filter.tokenKinds & FirstTokenFilter.unknownBit != 0 { unknownWord |= mask }
            for lexiconBit in 0..<64 where filter.lexiconKinds & (1 << lexiconBit) != 0 { byLexiconBit[lexiconBit] |= mask }
            for form in filter.forms {
                guard form >= 0 else {
                    unknownForm |= mask
                    continue
                }
                if Int(form) >= byForm.count { byForm += repeatElement(RuleMask(), count: Int(form) + 1 - byForm.count) }
                byForm[Int(form)] |= mask
            }
        }
    }

    /// The rules that may start at a token whose lexicon match has the kinds `lexiconKinds` (bits, 0 if none).
    @inline(__always)
    func candidates(_ token: Token, lexiconKinds: UInt64) -> RuleMask {
        var mask = always
        mask |= byTokenKind[Int(token.kind.rawValue)]
        if token.form == Token.unknownForm {
            mask |= unknownForm
            if token.kind == .word { mask |= unknownWord }
        } else if Int(token.form) < byForm.count {
            mask |= byForm[Int(token.form)]
        }
        var bits = lexiconKinds
        while bits != 0 {
            mask |= byLexiconBit[bits.trailingZeroBitCount]
            bits &= bits - 1
        }
        return mask
    }
}

/// A pattern compiled to instructions (jump targets relative to the program's start).
struct Program: Sendable {
    var instructions: [Instruction] = []
    /// Capture names, one per pair of slots (2k start, 2k+1 end).
    var captureNames: [String] = []
    var first = FirstTokenFilter()

    /// Compiles a pattern, resolving literals with `vocabulary` and lexicon values with `facts`.
    init(_ node: PatternNode, vocabulary: Vocabulary, facts: HitFacts, tokenizer: Tokenizer) {
        emit(node, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
        instructions.append(.match)
        first = computeFirstFilter()
    }

    private var here: Int32 { Int32(instructions.count) }

    private mutating func emit(_ node: PatternNode, vocabulary: Vocabulary, facts: HitFacts, tokenizer: Tokenizer) {
        switch node {
        case let .sequence(items):
            for item in items { emit(item, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer) }
        case let .alternatives(options):
            var jumpsToEnd: [Int] = []
            for (position, option) in options.enumerated() {
                if position < options.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(here + 1, -1))
                    emit(option, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                    jumpsToEnd.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(Int32(split) + 1, here)
                } else {
                    emit(option, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                }
            }
            for jump in jumpsToEnd { instructions[jump] = .jump(here) }
        case let .repeated(inner, min, max):
            for _ in 0..<min { emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(.split(-1, -1))
                    emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                }
                for split in splits { instructions[split] = .split(Int32(split) + 1, here) }
            } else {
                let loop = instructions.count
                instructions.append(.split(-1, -1))
                emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                instructions.append(.jump(Int32(loop)))
                instructions[loop] = .split(Int32(loop) + 1, here)
            }
        case let .capture(name, inner):
            let slot = Int32(captureNames.count)
            captureNames.append(name)
            instructions.append(.save(2 * slot))
            emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
            instructions.append(.save(2 * slot + 1))
        case let .element(element):
            switch element {
            case .number: instructions.append(.test(.number))
            case .code: instructions.append(.test(.code))
            case .word: instructions.append(.test(.word))
            case .punct: instructions.append(.test(.punct))
            case .any: instructions.append(.test(.any))
            case .unknown: instructions.append(.test(.unknown))
            case let .literal(text):
                for piece in tokenizer.forms(of: text) {
                    let id = piece.withUnsafeBufferPointer { vocabulary.id(of: $0) }
                    instructions.append(.test(id == Token.unknownForm ? .never : .form(id)))
                }
            case let .lexicon(kind, property, value):
                instructions.append(.test(Self.lexiconTest(kind: kind, property: property, value: value, facts: facts)))
            }
        }
    }

    /// The test for `@kind`, `@kind=value`, `@kind.property=value` or `@kind.flag`; `.never` when
    /// no lexicon entry has that property or value.
    private static func lexiconTest(kind: LexiconKind, property: String?, value: String?, facts: HitFacts) -> ElementTest {
        var propertyID = HitFacts.mainProperty
        if let property {
            guard let found = facts.lookup(property) else { return .never }
            propertyID = found
        }
        var valueID: Int32? = nil
        if let value {
            guard let found = facts.lookup(value) else { return .never }
            valueID = found
        } else if property != nil {
            valueID = facts.lookup("true")  // a flag: @finding.adjective
        }
        return .lexicon(kind, bit: kind.bit, property: propertyID, value: valueID)
    }

    /// The tests reachable from the start without consuming a token, as a filter.
    private func computeFirstFilter() -> FirstTokenFilter {
        var filter = FirstTokenFilter()
        var visited: Set<Int> = []
        var stack = [0]
        while let pc = stack.popLast() {
            guard visited.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case let .test(test):
                switch test {
                case .any: return FirstTokenFilter(active: false)
                case .number: filter.tokenKinds |= 1 << TokenKind.number.rawValue
                case .code: filter.tokenKinds |= 1 << TokenKind.code.rawValue
                case .word: filter.tokenKinds |= 1 << TokenKind.word.rawValue
                case .punct: filter.tokenKinds |= 1 << TokenKind.punct.rawValue
                case .unknown: filter.tokenKinds |= FirstTokenFilter.unknownBit
                case let .form(form): filter.forms.append(form)
                case let .lexicon(_, bit, _, _): filter.lexiconKinds |= bit
                case .never: break
                }
            case let .split(first, second): stack.append(Int(first)); stack.append(Int(second))
            case let .jump(target): stack.append(Int(target))
            case .save: stack.append(pc + 1)
            case .match: return FirstTokenFilter(active: false)
            }
        }
        return filter
    }
}

/// What the token at the matcher's position must look like for a branch of a program to get past its first test, as
/// bits to test against a ``TokenSignature``: a split skips a branch that cannot, rather than stacking it and
/// failing there. A necessary condition only (forms are folded into 64 bits).
struct BranchStart: Sendable, Equatable {
    /// ``TokenSignature/tokenBits`` the branch accepts.
    var tokenBits: UInt8 = 0
    /// Lexicon kinds (bits) a match starting at the token may have for the branch to go on.
    var lexiconKinds: UInt64 = 0
    /// Forms the branch accepts, as ``TokenSignature/formBit``s.
    var forms: UInt64 = 0

    /// A branch that may go on whatever stands at the position, even the sentence's end.
    static let anything = BranchStart(tokenBits: .max, lexiconKinds: .max, forms: .max)

    /// The condition of a branch that starts with `test`.
    init(_ test: ElementTest) {
        switch test {
        case .number: tokenBits = TokenSignature.bit(of: .number)
        case .code: tokenBits = TokenSignature.bit(of: .code)
        case .word: tokenBits = TokenSignature.bit(of: .word)
        case .punct: tokenBits = TokenSignature.bit(of: .punct)
        case .any: tokenBits = TokenSignature.anyToken
        case .unknown: tokenBits = TokenSignature.unknownWord
        case let .form(form): forms = TokenSignature.formBit(of: form)
        case let .lexicon(_, bit, _, _): lexiconKinds = bit
        case .never: break
        }
    }

    /// A branch that does not go on anywhere (where ``Grammar/branchStarts`` starts from).
    init() {}

    private init(tokenBits: UInt8, lexiconKinds: UInt64, forms: UInt64) {
        self.tokenBits = tokenBits
        self.lexiconKinds = lexiconKinds
        self.forms = forms
    }

    /// The condition of a split between two branches: either may go on.
    func union(_ other: BranchStart) -> BranchStart {
        BranchStart(tokenBits: tokenBits | other.tokenBits, lexiconKinds: lexiconKinds | other.lexiconKinds,
                    forms: forms | other.forms)
    }

    /// Whether the branch may get past its first test at a position with this signature.
    @inline(__always)
    func admits(_ token: TokenSignature) -> Bool {
        tokenBits & token.tokenBits != 0 || lexiconKinds & token.lexiconKinds != 0 || forms & token.formBit != 0
    }
}

/// What the matcher tests of the token at a position, as bits (one per position of a sentence, and one for its end).
struct TokenSignature {
    /// The token's kind (``bit(of:)``), ``unknownWord`` for a word no lexicon or rule mentions, ``end`` past the last
    /// token.
    var tokenBits: UInt8
    /// The lexicon kinds (bits) of the lexicon match starting at the token, 0 if none.
    var lexiconKinds: UInt64
    /// The token's form folded into 64 bits (``formBit(of:)``), 0 for an unknown form.
    var formBit: UInt64

    static let unknownWord: UInt8 = 1 << 5
    static let end: UInt8 = 1 << 6
    /// Every token kind's bit: what `.any` accepts.
    static let anyToken: UInt8 = 0x0F

    @inline(__always)
    static func bit(of kind: TokenKind) -> UInt8 { 1 << kind.rawValue }

    @inline(__always)
    static func formBit(of form: Int32) -> UInt64 { form < 0 ? 0 : 1 << UInt64(form & 63) }

    /// The signature of `token`, with the lexicon kinds of the match starting there.
    init(_ token: Token, lexiconKinds: UInt64) {
        tokenBits = Self.bit(of: token.kind)
        if token.kind == .word && token.form == Token.unknownForm { tokenBits |= Self.unknownWord }
        self.lexiconKinds = lexiconKinds
        formBit = Self.formBit(of: token.form)
    }

    /// The position past the sentence's last token.
    static let sentenceEnd = TokenSignature(tokenBits: end, lexiconKinds: 0, formBit: 0)

    private init(tokenBits: UInt8, lexiconKinds: UInt64, formBit: UInt64) {
        self.tokenBits = tokenBits
        self.lexiconKinds = lexiconKinds
        self.formBit = formBit
    }
}
