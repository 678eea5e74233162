import RadLexicon
import RadText

/// All grammar rules, compiled against the lexicon. Read-only and shared by every thread.
///
/// A pass runs its rules over a sentence left to right: at each token the rules are tried in file
/// order, the first that matches wins, and scanning resumes after its match. Traps (rules whose
/// action is "ignore") thereby keep later rules of the same pass off their tokens.
public struct Grammar: Sendable {
    public let rules: [GrammarRule]
    private let programs: [Program]
    private let passes: [String: [Int]]
    private let matcher: PatternMatcher

    /// Compiles rules against a compiled lexicon.
    public init(rules: [GrammarRule], knowledge: KnowledgeBase, lexicon: CompiledLexicon) {
        let facts = HitFacts(hits: lexicon.matcher.hits, knowledge: knowledge)
        let tokenizer = Tokenizer(vocabulary: Vocabulary())
        self.rules = rules
        programs = rules.map { Program($0.pattern, vocabulary: lexicon.vocabulary, facts: facts, tokenizer: tokenizer) }
        var passes: [String: [Int]] = [:]
        for (index, rule) in rules.enumerated() { passes[rule.pass, default: []].append(index) }
        self.passes = passes
        matcher = PatternMatcher(facts: facts)
    }

    /// The pass names, in no particular order.
    public var passNames: [String] { Array(passes.keys) }

    /// Runs a pass over a sentence.
    public func run(pass: String, on lattice: SentenceLattice, into result: inout [RuleMatch]) {
        guard let indices = passes[pass] else { return }
        var position = 0
        while position < lattice.tokens.count {
            var advanced = false
            for index in indices {
                let program = programs[index]
                guard let (end, slots) = matcher.match(program, at: position, in: lattice), end > position else { continue }
                var captures: [(name: String, tokens: Range<Int>)] = []
                for (slot, name) in program.captureNames.enumerated() {
                    let start = slots[2 * slot]
                    let stop = slots[2 * slot + 1]
                    if start >= 0 && stop >= start { captures.append((name, start..<stop)) }
                }
                result.append(RuleMatch(rule: index, tokens: position..<end, captures: captures))
                position = end
                advanced = true
                break
            }
            if !advanced { position += 1 }
        }
    }

    /// Runs one pass and keeps the matches of one rule (for checking a rule's examples).
    public func matches(of ruleIndex: Int, on lattice: SentenceLattice) -> [RuleMatch] {
        var all: [RuleMatch] = []
        run(pass: rules[ruleIndex].pass, on: lattice, into: &all)
        return all.filter { $0.rule == ruleIndex }
    }
}
