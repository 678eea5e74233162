/// Cuts section bodies into sentences: UAX #29 boundaries (ICU's, or ``ASCIISentenceBreaks``' for ASCII text),
/// corrected by ``SentenceRules``.
///
/// Steps, on a scratch copy of each section body (same length, so offsets stay valid):
/// 1. a single line break inside a paragraph becomes a space (a blank line, or a line starting
///    with a list marker, stays a break); in a section none of whose lines ends with a full stop, "!" or "?", the line
///    breaks end its sentences (a list without stops: "NODULE IN THE RIGHT UPPER LOBE⏎ATELECTASIS IN …"), save one before a
///    lower-case word in a section that capitalises its sentences ("Nodule in the right⏎lower lobe");
/// 2. ICU (or ``ASCIISentenceBreaks``, the same rules for ASCII text) proposes boundaries;
/// 3. a boundary is dropped after an abbreviation ("approx. 3.5 mm", "Fig. 2") and, if the rules
///    say so, before a lower-case letter in a section that capitalises its sentences (its first letter is upper-case:
///    "(metastasis?) was …", not "no pleural effusion. mild emphysema …"), after a list number ("1. Nodule") and inside a
///    bracket that closes on its line ("(small airway disease? Small vessel disease?)"), unless a line break
///    separates them;
/// 4. the split rules add boundaries ICU does not make ("window; A few …", "normal.The …",
///    "pneumonia. 1-2 nodules …", "lung  A few …" where a line break was lost, "· Finding" bullets),
///    never after an abbreviation's period; in a section in lower case a full stop before a lower-case word ends its
///    sentence too.
///
/// Not thread-safe (it owns an ICU iterator and scratch buffers): one per thread.
public final class SentenceSplitter {
    public let rules: SentenceRules
    private let breaker: ICUSentenceBreaker
    private var scratch: [UInt16] = []
    private var icuBoundaries: [Int32] = []
    private var boundaries: [Int] = []
    /// Where the scratch copy's first "(" stands (its count when it has none): brackets are counted from there, not from
    /// each sentence's start (most sections open none).
    private var firstOpenBracket = 0
    /// The line breaks of the scratch copy that step 1 may turn into spaces (kept between sections for their capacity).
    private var wrappedLineBreaks: [Range<Int>] = []
    /// Each ASCII code unit's position in ``splitGroups`` plus one (0: no rule looks at it): one load per character of
    /// the scan.
    private let asciiSplitGroups: [UInt8]
    /// The split rules without their ids (plain values: no reference counting in the scan), those of one character
    /// together (in file order).
    private let splits: [CompiledSplit]
    /// Each split character's rules in ``splits``: a character of the text is tested against its own rules only.
    private let splitGroups: [SplitGroup]
    /// Each split rule's `unless-next` and `unless-previous` words, apart: read only where a rule's other conditions hold.
    private let splitWords: [SplitWords]
    /// The abbreviations by the length of their word (in file order within a length): a word before a period is compared
    /// with those of its own length only, and one longer than all of them is not read to its start.
    private let abbreviationsByLength: [[SentenceRules.Abbreviation]]

    public init(rules: SentenceRules, breaker: ICUSentenceBreaker) {
        self.rules = rules
        self.breaker = breaker
        var splits: [CompiledSplit] = []
        var groups: [SplitGroup] = []
        for character in rules.splits.map(\.character) where !groups.contains(where: { $0.character == character }) {
            let start = splits.count
            for (index, rule) in rules.splits.enumerated() where rule.character == character {
                splits.append(CompiledSplit(index: index, rule: rule))
            }
            groups.append(SplitGroup(character: character, rules: start..<splits.count, compiled: splits))
        }
        self.splits = splits
        splitGroups = groups
        var asciiGroups = [UInt8](repeating: 0, count: 0x80)
        for (position, group) in groups.enumerated() where group.character < 0x80 {
            asciiGroups[Int(group.character)] = UInt8(position + 1)
        }
        asciiSplitGroups = asciiGroups
        splitWords = rules.splits.map {
            SplitWords(next: $0.capitalizedWord ? $0.unlessNext : [], previous: $0.unlessPrevious, only: $0.onlyNext)
        }
        var byLength = [[SentenceRules.Abbreviation]](repeating: [], count: (rules.abbreviations.map(\.text.count).max() ?? 0) + 1)
        for entry in rules.abbreviations { byLength[entry.text.count].append(entry) }
        abbreviationsByLength = byLength
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
        scanScratch()
        // (ASCII text, almost every report, by the same rules without ICU's iterator)
        let count = try scratch.withUnsafeBufferPointer { text in
            try ASCIISentenceBreaks.boundaries(in: text, into: &icuBoundaries) ?? breaker.boundaries(in: text, into: &icuBoundaries)
        }
        boundaries.removeAll(keepingCapacity: true)
        // (the scratch text handed to the steps below as a buffer: no exclusivity check per character read)
        scratch.withUnsafeBufferPointer { text in
            var sentenceStart = 0
            for position in icuBoundaries[0..<count] {
                let boundary = Int(position)
                guard boundary < text.count else { continue }
                if !isFalseBoundary(boundary, sentenceStart: sentenceStart, in: text) {
                    boundaries.append(boundary)
                    sentenceStart = boundary
                }
            }
        }
        addSplitRuleBoundaries()
        addLowerCaseSentenceBoundaries()
        boundaries.append(scratch.count)
        boundaries.sort()
        scratch.withUnsafeBufferPointer { text in
            var start = 0
            for end in boundaries where end > start {
                if let trimmed = Self.trimmed(start..<end, in: text) {
                    result.append(Sentence(index: result.count, section: kind,
                                           range: (body.lowerBound + trimmed.lowerBound)..<(body.lowerBound + trimmed.upperBound)))
                }
                start = end
            }
        }
    }

    // MARK: Step 1

    /// One pass over the scratch copy, in place: turns lone line breaks into spaces (when the rules unwrap them) and notes
    /// ``firstOpenBracket`` (the scan of every character touches no array bounds or exclusivity checks).
    private func scanScratch() {
        let unwrap = rules.unwrapLineBreaks
        wrappedLineBreaks.removeAll(keepingCapacity: true)
        var lineEndsWithStop = false
        firstOpenBracket = scratch.withUnsafeMutableBufferPointer { text in
            var index = 0
            let count = text.count
            var firstOpenBracket = count
            while index < count {
                let unit = text[index]
                // (one pair of comparisons passes most units, letters and digits: no line break and no "(" lies between)
                if unit > 0x28 && unit < 0x85 {
                    index += 1
                    continue
                }
                guard unit.isLineBreak else {
                    if unit == 0x28 && firstOpenBracket == count { firstOpenBracket = index }
                    index += 1
                    continue
                }
                let end = text[index] == 0x0D && index + 1 < count && text[index + 1] == 0x0A ? index + 2 : index + 1
                var before = index - 1
                while before >= 0, text[before] == 0x20 || text[before] == 0x09 { before -= 1 }
                var after = end
                while after < count, text[after] == 0x20 || text[after] == 0x09 { after += 1 }
                let blankLine = (before >= 0 && text[before].isLineBreak) || (after < count && text[after].isLineBreak)
                if before >= 0 && Self.isStop(text[before]) { lineEndsWithStop = true }
                if unwrap && !blankLine && !Self.startsListItem(at: after, in: UnsafeBufferPointer(text)) {
                    wrappedLineBreaks.append(index..<end)
                }
                index = end
            }
            return firstOpenBracket
        }
        guard !wrappedLineBreaks.isEmpty else { return }
        unwrapLineBreaks(keepingSentenceEnds: !lineEndsWithStop && !endsWithStop(scratch))
    }

    /// Turns ``wrappedLineBreaks`` into spaces; when `keepingSentenceEnds` (no line of the section ends with a stop, so its
    /// line breaks end its sentences), only those before a lower-case word in a section that capitalises its sentences.
    private func unwrapLineBreaks(keepingSentenceEnds: Bool) {
        let capitalised = keepingSentenceEnds && Self.capitalisesSentences(scratch)
        for lineBreak in wrappedLineBreaks {
            if keepingSentenceEnds {
                var next = lineBreak.upperBound
                while next < scratch.count, scratch[next] == 0x20 || scratch[next] == 0x09 { next += 1 }
                guard capitalised, next < scratch.count, scratch[next].charClass == .lower else { continue }
            }
            for position in lineBreak { scratch[position] = 0x20 }
        }
    }

    /// A full stop, "!" or "?".
    private static func isStop(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F
    }

    /// Whether the last character of `text` that is no space is a stop.
    private func endsWithStop(_ text: [UInt16]) -> Bool {
        guard let last = text.lastIndex(where: { $0.charClass != .space }) else { return false }
        return Self.isStop(text[last])
    }

    /// Whether the first letter of `text` is upper-case: a section whose writer starts sentences with a capital (a section
    /// in lower case only starts its sentences lower-case too).
    private static func capitalisesSentences<Text: Collection<UInt16>>(_ text: Text) -> Bool {
        text.first { $0.charClass.isLetter }.map { $0.charClass == .upper } ?? true
    }

    /// "- ", "* ", "• ", "1. ", "2) " at `index`.
    private static func startsListItem(at index: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard index < text.count else { return false }
        let unit = text[index]
        if unit == 0x2D || unit == 0x2A || unit == 0x2022 {
            return index + 1 < text.count && text[index + 1] == 0x20
        }
        var position = index
        while position < text.count, text[position].charClass == .digit { position += 1 }
        return position > index && position + 1 < text.count
            && (text[position] == 0x2E || text[position] == 0x29) && text[position + 1] == 0x20
    }

    // MARK: Step 3

    private func isFalseBoundary(_ boundary: Int, sentenceStart: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var last = boundary - 1
        while last >= 0, text[last].charClass == .space {
            if text[last].isLineBreak { return false }
            last -= 1
        }
        guard last >= 0 else { return false }
        if rules.joinAfterEnumerator && Self.isEnumerator(sentenceStart..<(last + 1), in: text) { return true }
        let next = text[boundary]
        if rules.joinBeforeLowercase && next.charClass == .lower && Self.capitalisesSentences(text) { return true }
        if rules.joinInsideBrackets && insideBracket(boundary, sentenceStart: sentenceStart, in: text) { return true }
        return endsAbbreviation(last, before: next, in: text)
    }

    /// Whether `boundary` stands inside a bracket opened in its sentence that closes later on the same line, before
    /// another opens.
    private func insideBracket(_ boundary: Int, sentenceStart: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard firstOpenBracket < boundary else { return false }
        var depth = 0
        for position in max(sentenceStart, firstOpenBracket)..<boundary {
            if text[position] == 0x28 { depth += 1 } else if text[position] == 0x29 && depth > 0 { depth -= 1 }
        }
        guard depth > 0 else { return false }
        var position = boundary
        while position < text.count, position - boundary < 200 {
            let unit = text[position]
            if unit == 0x29 { return true }
            if unit == 0x28 || unit.isLineBreak { return false }
            position += 1
        }
        return false
    }

    /// Whether the character at `period` is the period of an abbreviation that does not end a sentence
    /// before `next` ("approx. 3 mm"; "ca." only before a number).
    private func endsAbbreviation(_ period: Int, before next: UInt16, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard text[period] == 0x2E, let abbreviation = abbreviation(endingAt: period, in: text) else { return false }
        return !abbreviation.onlyBeforeNumber || next.charClass == .digit
    }

    /// Whether the word at `start` is an abbreviation with its period ("station No. 4", "see Fig. 2"): no item start.
    private func startsAbbreviation(_ start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = start
        while end < text.count, text[end].charClass.isLetter { end += 1 }
        guard end + 1 < text.count else { return false }
        var next = end + 1
        while next < text.count, text[next] == 0x20 { next += 1 }
        return next < text.count && endsAbbreviation(end, before: text[next], in: text)
    }

    /// "1." or "2)" alone: a list item's number, not a sentence.
    private static func isEnumerator(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var lower = range.lowerBound
        while lower < range.upperBound, text[lower].charClass == .space { lower += 1 }
        let upper = range.upperBound - 1
        guard upper > lower, text[upper] == 0x2E || text[upper] == 0x29 else { return false }
        return (lower..<upper).allSatisfy { text[$0].charClass == .digit }
    }

    /// The abbreviation whose word ends right before the period at `period`.
    private func abbreviation(endingAt period: Int, in text: UnsafeBufferPointer<UInt16>) -> SentenceRules.Abbreviation? {
        // (a word longer than every abbreviation is read no further than one unit past their longest)
        let longest = abbreviationsByLength.count - 1
        var start = period
        while start > 0, period - start <= longest,
              text[start - 1].charClass.isLetter || (text[start - 1] == 0x2E && start - 1 != period) {
            start -= 1
        }
        let length = period - start
        guard length > 0, length <= longest else { return nil }
        for entry in abbreviationsByLength[length] {
            var same = true
            for offset in 0..<length {
                var unit = text[start + offset]
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

    /// In a section that does not capitalise its sentences, adds a boundary after each full stop followed by white space and
    /// a lower-case letter ("no pleural effusion. mild emphysema …"), where ICU makes none; not after an abbreviation
    /// ("approx. 3 mm" keeps its period, so does "lt. lower lobe").
    private func addLowerCaseSentenceBoundaries() {
        scratch.withUnsafeBufferPointer { text in
            guard !Self.capitalisesSentences(text) else { return }
            var index = 0
            while index + 2 < text.count {
                defer { index += 1 }
                guard text[index] == 0x2E, text[index + 1].charClass == .space else { continue }
                var next = index + 1
                while next < text.count, text[next].charClass == .space { next += 1 }
                guard next < text.count, text[next].charClass == .lower,
                      !endsAbbreviation(index, before: text[next], in: text) else { continue }
                boundaries.append(next)
            }
        }
    }

    /// Adds the boundaries the split rules make: each character is tested against its own rules only (found by one table
    /// load for ASCII), and only when the character after it is one they can split before.
    private func addSplitRuleBoundaries() {
        guard !splits.isEmpty else { return }
        scratch.withUnsafeBufferPointer { text in
            splits.withUnsafeBufferPointer { rules in
                asciiSplitGroups.withUnsafeBufferPointer { asciiGroups in
                    splitGroups.withUnsafeBufferPointer { groups in
                        var index = 0
                        while let candidate = Self.nextSplitCandidate(from: index, in: text, asciiGroups: asciiGroups,
                                                                      groups: groups) {
                            addBoundaries(of: rules[groups[candidate.group].rules], at: candidate.index, in: text)
                            index = candidate.index + 1
                        }
                    }
                }
            }
        }
    }

    /// The first position from `start` whose character has split rules and is followed by a character they can split
    /// before (or ends the text), with the position of its rules in `groups` (``splitGroups``); nil when none is left.
    /// Apart from the rules (not inlined), so that the scan of every character keeps its values in registers.
    @inline(never)
    private static func nextSplitCandidate(from start: Int, in text: UnsafeBufferPointer<UInt16>,
                                           asciiGroups: UnsafeBufferPointer<UInt8>,
                                           groups: UnsafeBufferPointer<SplitGroup>) -> (index: Int, group: Int)? {
        var index = start
        while index < text.count {
            let unit = text[index]
            let slot = unit < 0x80 ? Int(asciiGroups[Int(unit)]) : splitGroupSlot(of: unit, in: groups)
            if slot != 0, index + 1 == text.count || groups[slot - 1].followers.contains(text[index + 1].charClass) {
                return (index, slot - 1)
            }
            index += 1
        }
        return nil
    }

    /// Adds the boundaries that `rules` (those of the character at `index`) make there.
    private func addBoundaries(of rules: Slice<UnsafeBufferPointer<CompiledSplit>>, at index: Int,
                               in text: UnsafeBufferPointer<UInt16>) {
        for rule in rules {
            if let boundary = rule.boundary(at: index, in: text),
               !rule.checksWords || splitWords[rule.index].allow(boundary, after: index, in: text),
               boundary >= text.count || !endsAbbreviation(index, before: text[boundary], in: text),
               !(rule.capitalizedWord && startsAbbreviation(boundary, in: text)) {
                boundaries.append(boundary)
            }
        }
    }

    /// The position in `groups` (``splitGroups``) plus one of a character outside ASCII (0 when no rule looks at it).
    private static func splitGroupSlot(of unit: UInt16, in groups: UnsafeBufferPointer<SplitGroup>) -> Int {
        groups.firstIndex { $0.character == unit }.map { $0 + 1 } ?? 0
    }

    private static func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].charClass == .space { lower += 1 }
        while upper > lower, text[upper - 1].charClass == .space { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}

/// A small set of UTF-16 code units with an ASCII bitmap for the common case.
struct CharacterSet16: Sendable {
    private var ascii: (UInt64, UInt64) = (0, 0)
    private var others: [UInt16] = []

    init(_ units: [UInt16]) {
        for unit in units {
            if unit < 64 {
                ascii.0 |= 1 << UInt64(unit)
            } else if unit < 128 {
                ascii.1 |= 1 << UInt64(unit - 64)
            } else if !others.contains(unit) {
                others.append(unit)
            }
        }
    }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        if unit < 64 { return ascii.0 & (1 << UInt64(unit)) != 0 }
        if unit < 128 { return ascii.1 & (1 << UInt64(unit - 64)) != 0 }
        return !others.isEmpty && others.contains(unit)
    }
}

/// The split rules of one character: where they are in the compiled rules, and the classes of the character right after
/// it with which any of them can make a boundary (a quick test that spares most characters the rules themselves).
private struct SplitGroup {
    let character: UInt16
    let rules: Range<Int>
    let followers: CharClassSet

    init(character: UInt16, rules: Range<Int>, compiled: [CompiledSplit]) {
        self.character = character
        self.rules = rules
        var followers = CharClassSet()
        for rule in compiled[rules] {
            for member in CompiledSplit.allClasses where rule.canBeFollowed(by: member) { followers.insert(member) }
        }
        self.followers = followers
    }
}

/// A split rule reduced to plain values for the scan (its words are in `SplitWords`).
private struct CompiledSplit {
    let index: Int
    let character: UInt16
    let before: Bool
    let previous: CharClassSet?
    let next: CharClassSet?
    let allowSpace: Bool
    let requireSpace: Bool
    let capitalizedWord: Bool
    /// Whether `SplitWords` must still allow the boundary.
    let checksWords: Bool

    init(index: Int, rule: SentenceRules.Split) {
        self.index = index
        character = rule.character
        before = rule.placement == .before
        previous = rule.previous
        next = rule.next
        allowSpace = rule.allowSpace
        requireSpace = rule.requireSpace
        capitalizedWord = rule.capitalizedWord
        checksWords = rule.capitalizedWord && !rule.unlessNext.isEmpty || !rule.unlessPrevious.isEmpty || !rule.onlyNext.isEmpty
    }

    /// Every character class.
    static let allClasses = (0...UInt8.max).compactMap(CharClass.init(rawValue:))

    /// Whether this rule can make a boundary when the character right after its own is of class `member` (a rule
    /// placing its boundary before its character is followed by anything; spaces and tabs are of class `space`).
    func canBeFollowed(by member: CharClass) -> Bool {
        if before { return true }
        if allowSpace && member == .space { return true }
        return !requireSpace && (next?.contains(member) ?? true)
    }

    /// Where this rule puts a boundary for its character at `index`, if its conditions hold.
    @inline(__always)
    func boundary(at index: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
        // Cheapest test first: a rule that needs white space after its character (a double space)
        // fails at once on a single space, the common case.
        if requireSpace && !before {
            guard index + 1 < text.count, text[index + 1] == 0x20 || text[index + 1] == 0x09 else { return nil }
        }
        if let previous {
            guard index > 0, previous.contains(text[index - 1].charClass) else { return nil }
        }
        if before { return index > 0 ? index : nil }
        var next = index + 1
        if allowSpace {
            while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
        }
        if requireSpace && next == index + 1 { return nil }
        guard next < text.count, self.next?.contains(text[next].charClass) ?? true else { return nil }
        if capitalizedWord {
            guard next + 1 < text.count, text[next].charClass == .upper, text[next + 1].charClass == .lower else { return nil }
        }
        return next
    }
}

/// A split rule's words: the capitalised words after it and the words before its character that keep a sentence whole,
/// and the only words after it it splits before.
private struct SplitWords {
    let next: [[UInt16]]
    let previous: [[UInt16]]
    let only: [[UInt16]]

    /// Whether the word at `boundary` is none of `next` (and one of `only`, when given) and the word ending at `index`
    /// none of `previous`.
    func allow(_ boundary: Int, after index: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        if Self.word(startingAt: boundary, in: text, isAnyOf: next, lowercased: false) { return false }
        if !only.isEmpty && !Self.word(startingAt: boundary, in: text, isAnyOf: only, lowercased: false) { return false }
        guard !previous.isEmpty else { return true }
        var start = index
        while start > 0, text[start - 1].charClass.isLetter { start -= 1 }
        return !Self.word(startingAt: start, in: text, isAnyOf: previous, lowercased: true)
    }

    /// Whether the letters from `start` spell one of `words` (ASCII-lower-cased first when `lowercased`).
    private static func word(startingAt start: Int, in text: UnsafeBufferPointer<UInt16>, isAnyOf words: [[UInt16]],
                             lowercased: Bool) -> Bool {
        var end = start
        while end < text.count, text[end].charClass.isLetter { end += 1 }
        let length = end - start
        return words.contains { word in
            guard word.count == length else { return false }
            for offset in 0..<length {
                var unit = text[start + offset]
                if lowercased && unit >= 0x41 && unit <= 0x5A { unit += 0x20 }
                if unit != word[offset] { return false }
            }
            return true
        }
    }
}
