import RadLexicon
import RadText

/// All grammar rules, compiled against the lexicon: every program in one instruction array, with
/// what the matcher needs about lexicon hits. Read-only and shared by every thread; the matching
/// state lives in a ``GrammarRunner`` per thread.
///
/// A pass runs its rules over a sentence left to right: at each token the rules are tried in file
/// order, the first that matches wins, and scanning resumes after its match. Traps (rules whose
/// action is "ignore") thereby keep later rules of the same pass off their tokens.
public struct Grammar: Sendable {
    public let rules: [GrammarRule]
    let code: [Instruction]
    /// Per instruction: what the token at the matcher's position must look like for the matcher to get past the first
    /// test it meets from there (read where a split leads).
    let branchStarts: [BranchStart]
    /// Per rule: where its program starts in ``code``.
    let starts: [Int32]
    let captureNames: [[String]]
    let facts: HitFacts
    private let passIndices: [String: Int]
    let passRules: [[Int]]
    /// Per pass: which of its rules may start at a token.
    let passStarts: [PassStarts]
    /// Per pass: what its rules need of a sentence to match in it.
    let passNeeds: [PassNeeds]
    /// How many forms the vocabulary the rules were compiled with has (form ids are below it).
    let formCount: Int

    /// Compiles rules against a compiled lexicon.
    public init(rules: [GrammarRule], knowledge: KnowledgeBase, lexicon: CompiledLexicon) {
        let facts = HitFacts(hits: lexicon.matcher.hits, knowledge: knowledge)
        let tokenizer = Tokenizer(vocabulary: Vocabulary())
        var code: [Instruction] = []
        var starts: [Int32] = []
        var filters: [FirstTokenFilter] = []
        var captureNames: [[String]] = []
        for rule in rules {
            let program = Program(rule.pattern, vocabulary: lexicon.vocabulary, facts: facts, tokenizer: tokenizer)
            let offset = Int32(code.count)
            starts.append(offset)
            code += program.instructions.map { instruction in
                switch instruction {
                case let .split(a, b): return .split(a + offset, b + offset)
                case let .jump(target): return .jump(target + offset)
                default: return instruction
                }
            }
            filters.append(program.first)
            captureNames.append(program.captureNames)
        }
        var passIndices: [String: Int] = [:]
        var passRules: [[Int]] = []
        for (index, rule) in rules.enumerated() {
            if passIndices[rule.pass] == nil {
                passIndices[rule.pass] = passRules.count
                passRules.append([])
            }
            passRules[passIndices[rule.pass]!].append(index)
        }
        self.rules = rules
        self.code = code
        branchStarts = Self.branchStarts(of: code)
        self.starts = starts
        self.captureNames = captureNames
        self.facts = facts
        self.passIndices = passIndices
        self.passRules = passRules
        passStarts = passRules.map { PassStarts(rules: $0, filters: filters) }
        let needs = RuleNeeds.of(code)
        let ruleNeeds = starts.map { needs[Int($0)] }
        passNeeds = passRules.map { PassNeeds(rules: $0, needs: ruleNeeds) }
        formCount = lexicon.vocabulary.count
    }

    /// ``branchStarts`` of the instructions: for each, the union of the first tests it leads to without consuming a
    /// token (``BranchStart/anything`` when it leads to `.match`), worked out to a fixed point since loops jump back.
    private static func branchStarts(of code: [Instruction]) -> [BranchStart] {
        var result = [BranchStart](repeating: BranchStart(), count: code.count)
        var changed = true
        while changed {
            changed = false
            for pc in code.indices.reversed() {
                let start: BranchStart
                switch code[pc] {
                case let .test(test): start = BranchStart(test)
                case let .split(first, second): start = result[Int(first)].union(result[Int(second)])
                case let .jump(target): start = result[Int(target)]
                case .save: start = result[pc + 1]
                case .match: start = .anything
                }
                if start != result[pc] {
                    result[pc] = start
                    changed = true
                }
            }
        }
        return result
    }

    /// The id of a pass ("sizes", "locations", "phrases"), nil if no rule runs in it.
    public func pass(named name: String) -> Int? { passIndices[name] }
}
