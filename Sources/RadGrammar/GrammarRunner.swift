import RadLexicon
import RadText

/// Runs grammar passes over sentences: leftmost, first-alternative-wins backtracking over the
/// compiled instructions. Holds the matching state, so that the hot loop allocates nothing and
/// touches no reference counts: one runner per thread.
public final class GrammarRunner {
    public let grammar: Grammar
    /// The matching state, moved into a local while a pass runs (no exclusivity checks in the loop)
    /// and kept between passes with its buffers.
    private var state: MatchState?
    private let slotCount: Int

    public init(grammar: Grammar) {
        self.grammar = grammar
        slotCount = 2 * (grammar.captureNames.map(\.count).max() ?? 0)
        state = MatchState(slotCount: slotCount)
    }

    /// Runs a pass (see ``Grammar/pass(named:)``) over a sentence, appending its matches.
    public func run(pass: Int, on lattice: SentenceLattice, into result: inout [RuleMatch]) {
        var state = self.state ?? MatchState(slotCount: slotCount)
        self.state = nil
        defer { self.state = state }
        // The grammar's tables as locals: one reference count per pass, none per token or step.
        let facts = grammar.facts
        let code = grammar.code
        let starts = grammar.starts
        let captureNames = grammar.captureNames
        state.prepare(lattice, kindBits: facts.kindBits)
        let rules = grammar.passRules[pass]
        let passStarts = grammar.passStarts[pass]
        var position = 0
        while position < lattice.tokens.count {
            var advanced = false
            var candidates = passStarts.candidates(lattice.tokens[position], lexiconKinds: state.kindsAt[position])
            while let index = candidates.popFirst() {
                let rule = rules[index]
                guard let end = state.match(start: starts[rule], slotCount: 2 * captureNames[rule].count, at: position,
                                            in: lattice, code: code, facts: facts),
                      end > position else { continue }
                var captures: [(name: String, tokens: Range<Int>)] = []
                for (slot, name) in captureNames[rule].enumerated() {
                    let start = Int(state.slots[2 * slot])
                    let stop = Int(state.slots[2 * slot + 1])
                    if start >= 0 && stop >= start { captures.append((name, start..<stop)) }
                }
                result.append(RuleMatch(rule: rule, tokens: position..<end, captures: captures))
                position = end
                advanced = true
                break
            }
            if !advanced { position += 1 }
        }
    }

    /// Runs the pass of one rule and keeps that rule's matches (for checking a rule's examples).
    public func matches(of rule: Int, on lattice: SentenceLattice) -> [RuleMatch] {
        guard let pass = grammar.pass(named: grammar.rules[rule].pass) else { return [] }
        var all: [RuleMatch] = []
        run(pass: pass, on: lattice, into: &all)
        return all.filter { $0.rule == rule }
    }

}

/// The backtracking matcher's state: stacks, capture slots and per-token lexicon kinds.
struct MatchState {
    var stack: [(pc: Int32, position: Int32, undoCount: Int32)] = []
    var undo: [(slot: Int32, value: Int32)] = []
    var slots: [Int32]
    /// Per token: the lexicon kinds (bits) of the match starting there, 0 if none.
    var kindsAt: [UInt64] = []
    /// Upper bound on matcher steps per attempt (guards against pathological patterns).
    let stepLimit = 20_000

    init(slotCount: Int) {
        slots = Array(repeating: -1, count: slotCount)
        stack.reserveCapacity(64)
        undo.reserveCapacity(64)
    }

    mutating func prepare(_ lattice: SentenceLattice, kindBits: [UInt64]) {
        kindsAt.removeAll(keepingCapacity: true)
        kindsAt.append(contentsOf: repeatElement(0, count: lattice.tokens.count))
        for match in lattice.matches {
            var bits: UInt64 = 0
            for hit in match.hits { bits |= kindBits[hit] }
            kindsAt[match.tokens.lowerBound] = bits
        }
    }

    /// Where `test` leads from token `position`, or -1.
    @inline(__always)
    func advance(_ test: ElementTest, at position: Int, in lattice: SentenceLattice, facts: HitFacts) -> Int {
        guard position < lattice.tokens.count else { return -1 }
        let token = lattice.tokens[position]
        switch test {
        case .number: return token.kind == .number ? position + 1 : -1
        case .code: return token.kind == .code ? position + 1 : -1
        case .word: return token.kind == .word ? position + 1 : -1
        case .punct: return token.kind == .punct ? position + 1 : -1
        case .any: return position + 1
        case .unknown: return token.kind == .word && token.form == Token.unknownForm ? position + 1 : -1
        case let .form(form): return token.form == form ? position + 1 : -1
        case .never: return -1
        case let .lexicon(kind, bit, property, value):
            guard kindsAt[position] & bit != 0 else { return -1 }
            let match = lattice.matches[Int(lattice.matchAt[position])]
            if property == HitFacts.mainProperty && value == nil { return match.tokens.upperBound }
            for hit in match.hits {
                for index in Int(facts.factsStart[hit])..<Int(facts.factsStart[hit + 1]) {
                    let fact = facts.allFacts[index]
                    guard fact.kind == kind && fact.property == property else { continue }
                    if value == nil || fact.value == value { return match.tokens.upperBound }
                }
            }
            return -1
        }
    }

    /// The end of the first match of the program at `start` from token `position` (captures left in
    /// ``slots``), or nil.
    mutating func match(start: Int32, slotCount: Int, at position: Int, in lattice: SentenceLattice, code: [Instruction],
                        facts: HitFacts) -> Int? {
        for index in 0..<slotCount { slots[index] = -1 }
        undo.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        stack.append((start, Int32(position), 0))
        var steps = 0
        while let thread = stack.popLast() {
            while undo.count > Int(thread.undoCount) {
                let entry = undo.removeLast()
                slots[Int(entry.slot)] = entry.value
            }
            var pc = Int(thread.pc)
            var position = Int(thread.position)
            running: while true {
                steps += 1
                if steps > stepLimit { return nil }
                switch code[pc] {
                case let .test(test):
                    let next = advance(test, at: position, in: lattice, facts: facts)
                    guard next >= 0 else { break running }
                    position = next
                    pc += 1
                case let .split(first, second):
                    stack.append((second, Int32(position), Int32(undo.count)))
                    pc = Int(first)
                case let .jump(target):
                    pc = Int(target)
                case let .save(slot):
                    undo.append((slot, slots[Int(slot)]))
                    slots[Int(slot)] = Int32(position)
                    pc += 1
                case .match:
                    return position
                }
            }
        }
        return nil
    }
}
