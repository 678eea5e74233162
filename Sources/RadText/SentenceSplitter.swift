/// Cuts section bodies into sentences: ICU's UAX #29 boundaries, corrected by ``SentenceRules``.
///
/// Steps, on a scratch copy of each section body (same length, so offsets stay valid):
/// 1. a single line break inside a paragraph becomes a space (a blank line, or a line starting
///    with a list marker, stays a break);
/// 2. ICU proposes boundaries;
/// 3. a boundary is dropped after an abbreviation ("approx. 3.5 mm", "Fig. 2") and, if the rules
///    say so, before a lower-case letter ("(metastasis?) was …"), unless a line break separates them;
/// 4. the split rules add boundaries ICU does not make ("window; A few …", "normal.The …",
///    "lung  A few …" where a line break was lost, "· Finding" bullets).
///
/// Not thread-safe (it owns an ICU iterator and scratch buffers): one per thread.
public final class SentenceSplitter {
    public let rules: SentenceRules
    private let breaker: ICUSentenceBreaker
    private var scratch: [UInt16] = []
    private var icuBoundaries: [Int32] = []
    private var boundaries: [Int] = []

    public init(rules: SentenceRules, breaker: ICUSentenceBreaker) {
        self.rules = rules
        self.breaker = breaker
    }

    /// A splitter with the same rules and its own ICU iterator, for another thread.
    public func clone() throws -> SentenceSplitter {
        SentenceSplitter(rules: rules, breaker: try breaker.clone())
    }

    /// The sentences of all sections, numbered from 0 in text order.
    public func sentences(of text: ReportText, sections: [Section]) throws -> [Sentence] {
        var result: [Sentence] = []
        for section in sections {
            try split(section.body, of: text.utf16, kind: section.kind, into: &result)
        }
        return result
    }

    private func split(_ body: Range<Int>, of units: [UInt16], kind: SectionKind, into result: inout [Sentence]) throws {
        guard !body.isEmpty else { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: units[body])
        if rules.unwrapLineBreaks { unwrapLoneLineBreaks() }
        let count = try scratch.withUnsafeBufferPointer { try breaker.boundaries(in: $0, into: &icuBoundaries) }
        boundaries.removeAll(keepingCapacity: true)
        for position in icuBoundaries[0..<count] {
            let boundary = Int(position)
            if boundary < scratch.count, !isFalseBoundary(boundary) { boundaries.append(boundary) }
        }
        addSplitRuleBoundaries()
        boundaries.append(scratch.count)
        boundaries.sort()
        var start = 0
        for end in boundaries where end > start {
            if let trimmed = trimmed(start..<end) {
                result.append(Sentence(index: result.count, section: kind,
                                       range: (body.lowerBound + trimmed.lowerBound)..<(body.lowerBound + trimmed.upperBound)))
            }
            start = end
        }
    }

    // MARK: Step 1

    private func unwrapLoneLineBreaks() {
        var index = 0
        let count = scratch.count
        while index < count {
            guard scratch[index].isLineBreak else {
                index += 1
                continue
            }
            let end = scratch[index] == 0x0D && index + 1 < count && scratch[index + 1] == 0x0A ? index + 2 : index + 1
            var before = index - 1
            while before >= 0, scratch[before] == 0x20 || scratch[before] == 0x09 { before -= 1 }
            var after = end
            while after < count, scratch[after] == 0x20 || scratch[after] == 0x09 { after += 1 }
            let blankLine = (before >= 0 && scratch[before].isLineBreak) || (after < count && scratch[after].isLineBreak)
            if !blankLine && !startsListItem(at: after) {
                for position in index..<end { scratch[position] = 0x20 }
            }
            index = end
        }
    }

    /// "- ", "* ", "• ", "1. ", "2) " at `index`.
    private func startsListItem(at index: Int) -> Bool {
        guard index < scratch.count else { return false }
        let unit = scratch[index]
        if unit == 0x2D || unit == 0x2A || unit == 0x2022 {
            return index + 1 < scratch.count && scratch[index + 1] == 0x20
        }
        var position = index
        while position < scratch.count, scratch[position].charClass == .digit { position += 1 }
        return position > index && position + 1 < scratch.count
            && (scratch[position] == 0x2E || scratch[position] == 0x29) && scratch[position + 1] == 0x20
    }

    // MARK: Step 3

    private func isFalseBoundary(_ boundary: Int) -> Bool {
        var last = boundary - 1
        while last >= 0, scratch[last].charClass == .space {
            if scratch[last].isLineBreak { return false }
            last -= 1
        }
        guard last >= 0 else { return false }
        let next = scratch[boundary]
        if rules.joinBeforeLowercase && next.charClass == .lower { return true }
        if scratch[last] == 0x2E, let abbreviation = abbreviation(endingAt: last) {
            return !abbreviation.onlyBeforeNumber || next.charClass == .digit
        }
        return false
    }

    /// The abbreviation whose word ends right before the period at `period`.
    private func abbreviation(endingAt period: Int) -> SentenceRules.Abbreviation? {
        var start = period
        while start > 0, scratch[start - 1].charClass.isLetter || (scratch[start - 1] == 0x2E && start - 1 != period) {
            start -= 1
        }
        let length = period - start
        guard length > 0 else { return nil }
        for entry in rules.abbreviations where entry.text.count == length {
            var same = true
            for offset in 0..<length {
                var unit = scratch[start + offset]
                if !entry.caseSensitive, unit >= 0x41 && unit <= 0x5A { unit += 0x20 }
                if unit != entry.text[offset] {
                    same = false
                    break
                }
            }
            if same { return entry }
        }
        return nil
    }

    // MARK: Step 4

    private func addSplitRuleBoundaries() {
        guard !rules.splits.isEmpty else { return }
        let count = scratch.count
        for index in 0..<count {
            let unit = scratch[index]
            for rule in rules.splits where rule.character == unit {
                if let previous = rule.previous {
                    guard index > 0, previous.contains(scratch[index - 1].charClass) else { continue }
                }
                if rule.placement == .before {
                    if index > 0 { boundaries.append(index) }
                    continue
                }
                var next = index + 1
                if rule.allowSpace {
                    while next < count, scratch[next] == 0x20 || scratch[next] == 0x09 { next += 1 }
                }
                if rule.requireSpace && next == index + 1 { continue }
                if next < count, rule.next?.contains(scratch[next].charClass) ?? true {
                    boundaries.append(next)
                }
            }
        }
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scratch[lower].charClass == .space { lower += 1 }
        while upper > lower, scratch[upper - 1].charClass == .space { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
