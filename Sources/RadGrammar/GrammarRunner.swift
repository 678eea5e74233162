import RadLexicon
import RadText

/// Runs grammar passes over sentences: leftmost, first-alternative-wins backtracking over the
/// compiled instructions. Holds the matching state, so that the hot loop allocates nothing and
/// touches no reference counts: one runner per thread.
public final class GrammarRunner {
    public let grammar: Grammar
    /// The matching state, kept between passes with its buffers.
    private let state: MatchState

    public init(grammar: Grammar) {
        self.grammar = grammar
        state = MatchState(slotCount: 2 * (grammar.captureNames.map(\.count).max() ?? 0), code: grammar.code,
                           branchStarts: grammar.branchStarts, formCount: grammar.formCount)
    }

    /// Runs a pass (see ``Grammar/pass(named:)``) over a sentence, appending its matches.
    public func run(pass: Int, on lattice: SentenceLattice, into result: inout [RuleMatch]) {
        prepare(lattice)
        run(pass: pass, onPrepared: lattice, into: &result)
    }

    /// Works out what the passes test of each token of a sentence, once for all the passes run over it with
    /// ``run(pass:onPrepared:into:)``.
    public func prepare(_ lattice: SentenceLattice) {
        state.prepare(lattice, kindBits: grammar.facts.kindBits)
    }

    /// Runs a pass over the sentence last given to ``prepare(_:)``, appending its matches.
    public func run(pass: Int, onPrepared lattice: SentenceLattice, into result: inout [RuleMatch]) {
        // The grammar's tables as locals: one reference count per pass, none per token or step.
        let facts = grammar.facts
        let starts = grammar.starts
        let captureNames = grammar.captureNames
        precondition(state.signatures.count == lattice.tokens.count + 1, "run(pass:onPrepared:into:) on a sentence not prepared")
        let rules = grammar.passRules[pass]
        let passStarts = grammar.passStarts[pass]
        let needs = grammar.passNeeds[pass]
        // Where a rule may last start in the sentence (its needs met at or after it), read the first time the rule may
        // start: past it, the rule is tried at no token.
        var read = RuleMask()
        var position = 0
        state.signatures.withUnsafeBufferPointer { signatures in
            while position < lattice.tokens.count {
                var advanced = false
                var candidates = passStarts.candidates(lattice.tokens[position], lexiconKinds: signatures[position].lexiconKinds)
                while let index = candidates.popFirst() {
                    if !read.contains(index) {
                        read.insert(index)
                        state.ruleReach[index] = state.reach(needs, ofRule: index, end: lattice.tokens.count)
                    }
                    guard position <= state.ruleReach[index] else { continue }
                    let rule = rules[index]
                    guard let end = state.match(start: starts[rule], slotCount: 2 * captureNames[rule].count, at: position,
                                                in: lattice, signatures: signatures, facts: facts),
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
    }

    /// Runs the pass of one rule and keeps that rule's matches (for checking a rule's examples).
    public func matches(of rule: Int, on lattice: SentenceLattice) -> [RuleMatch] {
        guard let pass = grammar.pass(named: grammar.rules[rule].pass) else { return [] }
        var all: [RuleMatch] = []
        run(pass: pass, on: lattice, into: &all)
        return all.filter { $0.rule == rule }
    }

}

/// The backtracking matcher's state: stacks, capture slots and per-token signatures.
///
/// The stacks and slots live in buffers of fixed size, allocated once: a step pushes at most one thread or one undo
/// entry, and an attempt stops after ``stepLimit`` steps, so they never grow, and the loop pushes and pops with no
/// capacity or uniqueness checks. The grammar's instructions and branch starts are copied into buffers of the state's
/// own, read with no bounds checks: every jump target and split branch the compiler emits lies inside them.
final class MatchState {
    private typealias Thread = (pc: Int32, position: Int32, undoCount: Int32)
    /// Upper bound on matcher steps per attempt (guards against pathological patterns).
    let stepLimit = 20_000
    private let stack: UnsafeMutablePointer<Thread>
    private let undo: UnsafeMutablePointer<(slot: Int32, value: Int32)>
    /// Capture slots (2k start, 2k+1 end of capture k) of the last match; -1 when not set.
    let slots: UnsafeMutablePointer<Int32>
    /// ``Grammar/code``.
    private let code: UnsafeMutableBufferPointer<Instruction>
    /// ``Grammar/branchStarts``.
    private let branchStarts: UnsafeMutableBufferPointer<BranchStart>
    /// Per token, and one past the last: what the matcher tests of it (the lexicon kinds of the match starting there,
    /// 0 if none, among them).
    private(set) var signatures: [TokenSignature] = []
    /// Per form id: the number of the last sentence prepared with a token of that form (see ``reach(_:ofRule:end:)``).
    private let formStamps: UnsafeMutableBufferPointer<UInt32>
    /// Per form id: the last token of that form in the sentence last prepared (read where its stamp is ``stamp``).
    private let formLast: UnsafeMutableBufferPointer<Int32>
    /// The number of the sentence last prepared (counted from 1).
    private var stamp: UInt32 = 0
    /// Per lexicon kind bit: the last token of the sentence last prepared where a match of that kind starts, -1 if none.
    private let kindLast: UnsafeMutableBufferPointer<Int32>
    /// The lexicon kinds of the sentence last prepared, together (the entries of ``kindLast`` it set).
    private var sentenceLexiconKinds: UInt64 = 0
    /// Per rule of the pass being run (by its bit): where it may last start (see ``GrammarRunner/run(pass:onPrepared:into:)``).
    let ruleReach: UnsafeMutableBufferPointer<Int>

    /// State for running `code` (with its ``Grammar/branchStarts``), whose programs have at most `slotCount` capture
    /// slots.
    init(slotCount: Int, code: [Instruction], branchStarts: [BranchStart], formCount: Int) {
        stack = .allocate(capacity: stepLimit + 1)
        undo = .allocate(capacity: stepLimit)
        slots = .allocate(capacity: max(slotCount, 1))
        self.code = .allocate(capacity: code.count)
        _ = self.code.initialize(from: code)
        self.branchStarts = .allocate(capacity: branchStarts.count)
        _ = self.branchStarts.initialize(from: branchStarts)
        formStamps = .allocate(capacity: formCount)
        formStamps.initialize(repeating: 0)
        formLast = .allocate(capacity: formCount)
        formLast.initialize(repeating: -1)
        kindLast = .allocate(capacity: 64)
        kindLast.initialize(repeating: -1)
        ruleReach = .allocate(capacity: RuleMask.capacity)
        ruleReach.initialize(repeating: 0)
    }

    deinit {
        stack.deallocate()
        undo.deallocate()
        slots.deallocate()
        code.deallocate()
        branchStarts.deallocate()
        formStamps.deallocate()
        formLast.deallocate()
        kindLast.deallocate()
        ruleReach.deallocate()
    }

    /// Works out ``signatures`` of a sentence's tokens.
    func prepare(_ lattice: SentenceLattice, kindBits: [UInt64]) {
        // Moved into a local (with its capacity) while it is filled: no exclusivity checks per token.
        var signatures: [TokenSignature] = []
        swap(&signatures, &self.signatures)
        signatures.removeAll(keepingCapacity: true)
        // (a stamp that wrapped around to 0 would count forms never seen as present: the stamps start over)
        if stamp == .max {
            formStamps.update(repeating: 0)
            stamp = 0
        }
        stamp += 1
        // (only the kinds the sentence before had were set)
        var previous = sentenceLexiconKinds
        while previous != 0 {
            kindLast[previous.trailingZeroBitCount] = -1
            previous &= previous - 1
        }
        var lexiconKinds: UInt64 = 0
        for (position, token) in lattice.tokens.enumerated() {
            var bits: UInt64 = 0
            let match = lattice.matchAt[position]
            if match >= 0 {
                for hit in lattice.matches[Int(match)].hits { bits |= kindBits[hit] }
            }
            if token.form >= 0 && Int(token.form) < formStamps.count {
                formStamps[Int(token.form)] = stamp
                formLast[Int(token.form)] = Int32(position)
            }
            lexiconKinds |= bits
            var kinds = bits
            while kinds != 0 {
                kindLast[kinds.trailingZeroBitCount] = Int32(position)
                kinds &= kinds - 1
            }
            signatures.append(TokenSignature(token, lexiconKinds: bits))
        }
        signatures.append(.sentenceEnd)
        self.signatures = signatures
        sentenceLexiconKinds = lexiconKinds
    }

    /// Where a match of a pass's rule (by its bit in the pass) may last start in the sentence last prepared, of `end`
    /// tokens (see ``PassNeeds/reach(ofRule:formStamps:stamp:formLast:kindLast:end:)``).
    func reach(_ needs: PassNeeds, ofRule bit: Int, end: Int) -> Int {
        needs.reach(ofRule: bit, formStamps: formStamps, stamp: stamp, formLast: formLast, kindLast: kindLast, end: end)
    }

    /// Where `test` leads from token `position`, or -1.
    @inline(__always)
    private func advance(_ test: ElementTest, at position: Int, in lattice: SentenceLattice,
                         signatures: UnsafeBufferPointer<TokenSignature>,
                         facts: HitFacts) -> Int {
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
            guard signatures[position].lexiconKinds & bit != 0 else { return -1 }
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
    /// ``slots``), or nil. A split takes neither branch that ``Grammar/branchStarts`` says fails at the token, and
    /// goes straight on to its second when only that one may go on (rather than pushing it and popping it at once).
    /// `signatures` are ``signatures`` (passed in: read with no exclusivity or bounds checks).
    func match(start: Int32, slotCount: Int, at position: Int, in lattice: SentenceLattice,
               signatures: UnsafeBufferPointer<TokenSignature>, facts: HitFacts) -> Int? {
        slots.update(repeating: -1, count: slotCount)
        var undoCount = 0
        stack[0] = (start, Int32(position), 0)
        var stackCount = 1
        var steps = 0
        while stackCount > 0 {
            stackCount -= 1
            let thread = stack[stackCount]
            while undoCount > Int(thread.undoCount) {
                undoCount -= 1
                slots[Int(undo[undoCount].slot)] = undo[undoCount].value
            }
            var pc = Int(thread.pc)
            var position = Int(thread.position)
            running: while true {
                steps &+= 1
                if steps > stepLimit { return nil }
                switch code[pc] {
                case let .test(test):
                    let next = advance(test, at: position, in: lattice, signatures: signatures, facts: facts)
                    guard next >= 0 else { break running }
                    position = next
                    pc += 1
                case let .split(first, second):
                    let token = signatures[position]
                    let takesSecond = branchStarts[Int(second)].admits(token)
                    guard branchStarts[Int(first)].admits(token) else {
                        // The second branch goes on at once: the thread it would push is the next one popped.
                        guard takesSecond else { break running }
                        pc = Int(second)
                        continue running
                    }
                    if takesSecond {
                        // (positions and undo counts are far below Int32.max: bounded by the sentence and stepLimit)
                        stack[stackCount] = (second, Int32(truncatingIfNeeded: position),
                                             Int32(truncatingIfNeeded: undoCount))
                        stackCount &+= 1
                    }
                    pc = Int(first)
                case let .jump(target):
                    pc = Int(target)
                case let .save(slot):
                    undo[undoCount] = (slot, slots[Int(slot)])
                    undoCount += 1
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
