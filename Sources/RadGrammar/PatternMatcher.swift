import RadLexicon
import RadText

/// Runs compiled programs over a sentence: leftmost, first-alternative-wins backtracking.
struct PatternMatcher {
    let facts: HitFacts
    /// Upper bound on matcher steps per attempt (guards against pathological patterns).
    private let stepLimit = 20_000

    /// Where `test` leads from token `position`, nil if it fails there.
    @inline(__always)
    func advance(_ test: ElementTest, at position: Int, in lattice: SentenceLattice) -> Int? {
        guard position < lattice.tokens.count else { return nil }
        let token = lattice.tokens[position]
        switch test {
        case .number: return token.kind == .number ? position + 1 : nil
        case .code: return token.kind == .code ? position + 1 : nil
        case .word: return token.kind == .word ? position + 1 : nil
        case .punct: return token.kind == .punct ? position + 1 : nil
        case .any: return position + 1
        case .unknown: return token.kind == .word && token.form == Token.unknownForm ? position + 1 : nil
        case let .form(form): return token.form == form ? position + 1 : nil
        case .never: return nil
        case let .lexicon(kind, property, value):
            let matchIndex = lattice.matchAt[position]
            guard matchIndex >= 0 else { return nil }
            let match = lattice.matches[Int(matchIndex)]
            for hit in match.hits {
                for fact in facts.facts[hit] where fact.kind == kind && fact.property == property {
                    if value == nil || fact.value == value { return match.tokens.upperBound }
                }
            }
            return nil
        }
    }

    /// The first match of `program` starting at `start`: its end and capture slots.
    func match(_ program: Program, at start: Int, in lattice: SentenceLattice) -> (end: Int, slots: [Int])? {
        if let first = program.firstTests, !first.contains(where: { advance($0, at: start, in: lattice) != nil }) {
            return nil
        }
        var slots = [Int](repeating: -1, count: program.captureNames.count * 2)
        var undo: [(slot: Int, value: Int)] = []
        var stack: [(pc: Int, position: Int, undoCount: Int)] = [(0, start, 0)]
        var steps = 0
        while let thread = stack.popLast() {
            while undo.count > thread.undoCount {
                let entry = undo.removeLast()
                slots[entry.slot] = entry.value
            }
            var pc = thread.pc
            var position = thread.position
            running: while true {
                steps += 1
                if steps > stepLimit { return nil }
                switch program.instructions[pc] {
                case let .test(test):
                    guard let next = advance(test, at: position, in: lattice) else { break running }
                    position = next
                    pc += 1
                case let .split(first, second):
                    stack.append((second, position, undo.count))
                    pc = first
                case let .jump(target):
                    pc = target
                case let .save(slot):
                    undo.append((slot, slots[slot]))
                    slots[slot] = position
                    pc += 1
                case .match:
                    return (position, slots)
                }
            }
        }
        return nil
    }
}
