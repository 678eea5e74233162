import RadLexicon
import RadText

/// A token test a compiled pattern performs.
enum ElementTest: Sendable, Equatable {
    case number, code, word, punct, any, unknown
    case form(Int32)
    /// kind, property (main = id/value), value (nil: any); `never` when a value no entry has.
    case lexicon(LexiconKind, property: Int32, value: Int32?)
    case never
}

/// A pattern compiled to instructions for a backtracking matcher.
struct Program: Sendable {
    enum Instruction: Sendable {
        case test(ElementTest)
        /// Try the first target, then (on backtracking) the second.
        case split(Int, Int)
        case jump(Int)
        /// Record the current token position in capture slot n.
        case save(Int)
        case match
    }

    var instructions: [Instruction] = []
    /// Capture names, one per pair of slots (2k start, 2k+1 end).
    var captureNames: [String] = []
    /// The tests one of which must pass at the first token (nil: the pattern can match empty or
    /// starts with ANY, so every position is tried).
    var firstTests: [ElementTest]? = nil

    /// Compiles a pattern, resolving literals with `vocabulary` and lexicon values with `facts`.
    init(_ node: PatternNode, vocabulary: Vocabulary, facts: HitFacts, tokenizer: Tokenizer) {
        emit(node, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
        instructions.append(.match)
        firstTests = computeFirstTests()
    }

    private mutating func emit(_ node: PatternNode, vocabulary: Vocabulary, facts: HitFacts, tokenizer: Tokenizer) {
        switch node {
        case let .sequence(items):
            for item in items { emit(item, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer) }
        case let .alternatives(options):
            var jumpsToEnd: [Int] = []
            for (position, option) in options.enumerated() {
                if position < options.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(split + 1, -1))
                    emit(option, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                    jumpsToEnd.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    emit(option, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                }
            }
            for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
        case let .repeated(inner, min, max):
            for _ in 0..<min { emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(.split(-1, -1))
                    emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                }
                for split in splits { instructions[split] = .split(split + 1, instructions.count) }
            } else {
                let loop = instructions.count
                instructions.append(.split(-1, -1))
                emit(inner, vocabulary: vocabulary, facts: facts, tokenizer: tokenizer)
                instructions.append(.jump(loop))
                instructions[loop] = .split(loop + 1, instructions.count)
            }
        case let .capture(name, inner):
            let slot = captureNames.count
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
                    let id = piece.form.withUnsafeBufferPointer { vocabulary.id(of: $0) }
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
        return .lexicon(kind, property: propertyID, value: valueID)
    }

    /// The tests reachable from the start without consuming a token.
    private func computeFirstTests() -> [ElementTest]? {
        var tests: [ElementTest] = []
        var visited: Set<Int> = []
        var stack = [0]
        while let pc = stack.popLast() {
            guard visited.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case let .test(test):
                if test == .any { return nil }
                if !tests.contains(test) { tests.append(test) }
            case let .split(first, second): stack.append(first); stack.append(second)
            case let .jump(target): stack.append(target)
            case .save: stack.append(pc + 1)
            case .match: return nil
            }
        }
        return tests
    }
}
