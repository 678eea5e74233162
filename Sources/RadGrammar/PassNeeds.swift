/// The ``RuleNeeds`` of a pass's rules, laid out flat so that a sentence is tested against them with no allocation. A
/// class: a pass run takes one reference to it, not one per table.
final class PassNeeds: Sendable {
    /// Per rule of the pass (by its bit): its clauses in ``clauses`` (none when it needs nothing).
    private let ruleClauses: [Range<Int>]
    /// Clause by clause: its forms in ``forms``, and its lexicon kinds.
    private let clauses: [(forms: Range<Int>, lexiconKinds: UInt64)]
    /// The clauses' forms, one clause after another.
    private let forms: [Int32]

    /// The needs of the pass whose rules are `rules` (indices into `needs`).
    init(rules: [Int], needs: [RuleNeeds]) {
        var ruleClauses: [Range<Int>] = []
        var clauses: [(forms: Range<Int>, lexiconKinds: UInt64)] = []
        var forms: [Int32] = []
        for rule in rules {
            let first = clauses.count
            for clause in needs[rule].clauses {
                let start = forms.count
                forms += clause.forms
                clauses.append((start..<forms.count, clause.lexiconKinds))
            }
            ruleClauses.append(first..<clauses.count)
        }
        self.ruleClauses = ruleClauses
        self.clauses = clauses
        self.forms = forms
    }

    /// The last token of a sentence where a match of the pass's rule `bit` may start (-1 if none may): a match reads
    /// only tokens from its start on, so each clause must be met at or after it, by a token of one of its forms or a
    /// lexicon match of one of its kinds. `formLast` (valid where `formStamps` is `stamp`) and `kindLast` (by kind bit,
    /// -1 when the sentence has none) give where the sentence last has each; `end`: the sentence's token count.
    func reach(ofRule bit: Int, formStamps: UnsafeMutableBufferPointer<UInt32>, stamp: UInt32,
               formLast: UnsafeMutableBufferPointer<Int32>, kindLast: UnsafeMutableBufferPointer<Int32>, end: Int) -> Int {
        var reach = end
        for clause in ruleClauses[bit] {
            let (clauseForms, kinds) = clauses[clause]
            var last = -1
            for index in clauseForms where formStamps[Int(forms[index])] == stamp {
                last = max(last, Int(formLast[Int(forms[index])]))
            }
            var bits = kinds
            while bits != 0 {
                last = max(last, Int(kindLast[bits.trailingZeroBitCount]))
                bits &= bits - 1
            }
            reach = min(reach, last)
            if reach < 0 { break }
        }
        return reach
    }
}
