/// One condition a sentence must meet for a program to match in it: a token with one of ``forms``, or a lexicon match
/// of one of ``lexiconKinds``. With neither, it is never met (a path through a `.never` test).
struct NeedClause: Sendable, Equatable {
    /// Vocabulary ids, sorted.
    var forms: [Int32]
    /// Lexicon kinds, as bits.
    var lexiconKinds: UInt64

    /// How many forms and kinds would meet it (the fewer, the more it tells).
    var size: Int { forms.count + lexiconKinds.nonzeroBitCount }

    /// Whether every sentence that meets `other` meets this one (its forms and kinds are among these).
    func isImplied(by other: NeedClause) -> Bool {
        guard other.lexiconKinds & ~lexiconKinds == 0, other.forms.count <= forms.count else { return false }
        var index = 0
        for form in other.forms {
            while index < forms.count && forms[index] < form { index += 1 }
            guard index < forms.count && forms[index] == form else { return false }
        }
        return true
    }

    /// The clause met by a sentence that meets either (the sorted forms merged).
    func union(_ other: NeedClause) -> NeedClause {
        var merged: [Int32] = []
        merged.reserveCapacity(forms.count + other.forms.count)
        var (left, right) = (0, 0)
        while left < forms.count || right < other.forms.count {
            if right == other.forms.count || left < forms.count && forms[left] < other.forms[right] {
                merged.append(forms[left])
                left += 1
            } else {
                if left < forms.count && forms[left] == other.forms[right] { left += 1 }
                merged.append(other.forms[right])
                right += 1
            }
        }
        return NeedClause(forms: merged, lexiconKinds: lexiconKinds | other.lexiconKinds)
    }
}

/// What every match of a program passes through, as clauses a sentence must all meet (a conjunction of
/// ``NeedClause``s): a rule whose needs the sentence does not meet is not tried there at all, rather than tried and
/// failed at every token it may start at. A necessary condition only: it keeps at most ``maxClauses`` clauses of at most
/// ``maxClauseSize`` forms and kinds (dropping a clause only weakens it), and a loop's way back needs nothing.
struct RuleNeeds: Sendable, Equatable {
    var clauses: [NeedClause] = []

    static let maxClauses = 6
    static let maxClauseSize = 20

    /// The needs of each instruction of `code` (every path from it to `.match`), in one pass from the last: a test
    /// needs what it reads and what follows it, a split what either branch needs.
    static func of(_ code: [Instruction]) -> [RuleNeeds] {
        var result = [RuleNeeds](repeating: RuleNeeds(), count: code.count)
        for pc in code.indices.reversed() {
            switch code[pc] {
            case let .test(test):
                var needs = result[pc + 1]
                switch test {
                case let .form(form): needs.add(NeedClause(forms: [form], lexiconKinds: 0))
                case let .lexicon(_, bit, _, _): needs.add(NeedClause(forms: [], lexiconKinds: bit))
                case .never: needs.add(NeedClause(forms: [], lexiconKinds: 0))
                default: break
                }
                result[pc] = needs
            case let .split(first, second):
                // (a target at or before the split is a loop's way back: it needs nothing)
                guard Int(first) > pc, Int(second) > pc else { continue }
                result[pc] = result[Int(first)].or(result[Int(second)])
            case let .jump(target):
                if Int(target) > pc { result[pc] = result[Int(target)] }
            case .save: result[pc] = result[pc + 1]
            case .match: break
            }
        }
        return result
    }

    /// These needs and `clause` (which drops the clauses it implies, unless one of them implies it).
    private mutating func add(_ clause: NeedClause) {
        guard !clauses.contains(where: { clause.isImplied(by: $0) }) else { return }
        clauses.removeAll { $0.isImplied(by: clause) }
        clauses.append(clause)
        if clauses.count > Self.maxClauses { reduce() }
    }

    /// What a sentence that meets these needs or `other` meets. The clauses both have stay as they are ((C ∧ A) ∨ (C ∧ B)
    /// is C ∧ (A ∨ B)); each other clause of one is joined with each other clause of the other.
    private func or(_ other: RuleNeeds) -> RuleNeeds {
        var joined = RuleNeeds(clauses: clauses.filter { other.clauses.contains($0) })
        let left = clauses.filter { !joined.clauses.contains($0) }
        let right = other.clauses.filter { !joined.clauses.contains($0) }
        // (with no clause of its own left, one side needs nothing more than the shared clauses)
        guard !left.isEmpty && !right.isEmpty else { return joined }
        for leftClause in left {
            for rightClause in right {
                let clause = leftClause.union(rightClause)
                if clause.size <= Self.maxClauseSize { joined.clauses.append(clause) }
            }
        }
        joined.reduce()
        return joined
    }

    /// Drops clauses that others imply, then all but the ``maxClauses`` smallest.
    private mutating func reduce() {
        var kept: [NeedClause] = []
        for clause in clauses.sorted(by: { $0.size < $1.size }) where !kept.contains(where: { clause.isImplied(by: $0) }) {
            kept.append(clause)
            if kept.count == Self.maxClauses { break }
        }
        clauses = kept
    }
}
