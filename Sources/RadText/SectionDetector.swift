/// Finds section headers ("FINDINGS:", "Impression:", a bare "IMPRESSION" line) and cuts a report
/// into ``Section``s.
///
/// A header is one of ``SectionRules/headers`` (any case) standing at the start of the text, at
/// the start of a line, or right after sentence-final punctuation ("normal.IMPRESSION:"), and
/// followed by a colon; at the start of a line a header alone on its line needs no colon, nor one a spaced dash ends
/// ("Impression - Pneumonia …"), and one marked
/// ``SectionRules/Header/endsWithPeriod`` may be a sentence of its own ("Conclusion. There are …"). Text
/// before the first header is of ``SectionRules/defaultKind``. That text — the whole of a report with no header at all — may
/// still be cut where a section marker (``SectionRules/markers``: CT-CLIP's impression opening with a bare quote) first
/// starts a line or a sentence.
public struct SectionDetector: Sendable {
    public let rules: SectionRules
    /// First letters of the header names (lower and upper case), to skip most candidates at once.
    private let firstLetters: CharacterSet16

    public init(rules: SectionRules) {
        self.rules = rules
        var letters: [UInt16] = []
        for header in rules.headers {
            guard let first = header.name.first else { continue }
            letters.append(first)
            if first >= 0x61 && first <= 0x7A { letters.append(first - 0x20) }
        }
        firstLetters = CharacterSet16(letters)
    }

    /// The sections of `text`, in order, covering it without gaps (empty bodies are dropped).
    public func sections(of text: ReportText) -> [Section] {
        text.utf16.withUnsafeBufferPointer { sections(in: $0) }
    }

    private func sections(in units: UnsafeBufferPointer<UInt16>) -> [Section] {
        var found: [(header: Range<Int>, bodyStart: Int, kind: SectionKind)] = []
        var marked: (start: Int, kind: SectionKind)? = nil
        var index = 0
        var atCandidate = true
        var atLineStart = true
        while index < units.count {
            if atCandidate, let hit = header(at: index, lineStart: atLineStart, in: units) {
                found.append(hit)
                index = hit.bodyStart
                atCandidate = true
                atLineStart = false
                continue
            }
            if !atCandidate {
                // Inside a sentence: nothing until the next line break or sentence-final punctuation.
                while index < units.count {
                    let unit = units[index]
                    // (one pair of comparisons passes letters, which lie between the punctuation and the line breaks)
                    if unit > 0x3F && unit < 0x85 {
                        index += 1
                        continue
                    }
                    if unit == 0x2E || unit == 0x21 || unit == 0x3F || unit.isLineBreak { break }
                    index += 1
                }
                guard index < units.count else { break }
            }
            let unit = units[index]
            if unit.isLineBreak {
                atCandidate = true
                atLineStart = true
            } else if unit == 0x2E || unit == 0x21 || unit == 0x3F {  // . ! ?
                atCandidate = true
                atLineStart = false
            } else if atCandidate && !atLineStart && (unit == 0x29 || unit == 0x5D) {
                // ")" or "]" closing a bracket right after its sentence's end ("… (hematoma?) " Interlobular …"): the
                // next sentence still starts after it
            } else if unit.charClass != .space {
                if atCandidate, index > 0, marked == nil, let marker = rules.markers.first(where: {
                    $0.character == unit && (!$0.glued || index + 1 < units.count && units[index + 1].charClass.isLetter)
                }) {
                    marked = (index, marker.kind)
                }
                atCandidate = false
                atLineStart = false
            }
            index += 1
        }
        // (before the first header only: the report's opening with no header, "… in bone structures. " Increased bronchial
        // wall thickness …" ahead of "CONCLUSION: …")
        if let marked, marked.start < found.first?.header.lowerBound ?? units.count {
            found.insert((marked.start..<marked.start + 1, skipSpaces(from: marked.start + 1, in: units), marked.kind), at: 0)
        }
        var sections: [Section] = []
        var kind = rules.defaultKind
        var header: Range<Int>? = nil
        var start = 0
        for hit in found {
            if hit.header.lowerBound > start || header != nil {
                sections.append(Section(kind: kind, header: header, body: start..<hit.header.lowerBound))
            }
            kind = hit.kind
            header = hit.header
            start = hit.bodyStart
        }
        sections.append(Section(kind: kind, header: header, body: start..<units.count))
        return sections.filter { $0.header != nil || !isBlank($0.body, in: units) }
    }

    private func isBlank(_ range: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        !range.contains { units[$0].charClass != .space }
    }

    /// A header starting at `index`, with the offset where its body begins.
    private func header(at index: Int, lineStart: Bool, in units: UnsafeBufferPointer<UInt16>)
        -> (header: Range<Int>, bodyStart: Int, kind: SectionKind)?
    {
        guard firstLetters.contains(units[index]) else { return nil }
        for candidate in rules.headers {
            guard var end = matchEnd(of: candidate.name, at: index, in: units) else { continue }
            if end < units.count, units[end].charClass.isLetter || units[end].charClass == .digit { continue }
            while end < units.count, units[end] == 0x20 || units[end] == 0x09 { end += 1 }
            if end < units.count, units[end] == 0x3A {  // ":"
                let headerEnd = end + 1
                return (index..<headerEnd, skipSpaces(from: headerEnd, in: units), candidate.kind)
            }
            if lineStart, end == units.count || units[end].isLineBreak {
                return (index..<end, skipSpaces(from: end, in: units), candidate.kind)
            }
            if lineStart, let bodyStart = bodyAfterDash(at: end, in: units) {
                return (index..<bodyStart, skipSpaces(from: bodyStart, in: units), candidate.kind)
            }
            if candidate.endsWithPeriod, end < units.count, units[end] == 0x2E {  // "."
                let bodyStart = skipSpaces(from: end + 1, in: units)
                if bodyStart > end + 1, bodyStart < units.count, units[bodyStart].charClass == .upper {
                    return (index..<end + 1, bodyStart, candidate.kind)
                }
            }
        }
        return nil
    }

    /// Where the body starts after a header at the start of a line that a spaced hyphen or en dash ends
    /// ("Impression - Pneumonia …"), nil when no such dash stands at `index`.
    private func bodyAfterDash(at index: Int, in units: UnsafeBufferPointer<UInt16>) -> Int? {
        guard index + 1 < units.count, index > 0, units[index - 1] == 0x20 || units[index - 1] == 0x09,
              units[index] == 0x2D || units[index] == 0x2013,
              units[index + 1] == 0x20 || units[index + 1] == 0x09 else { return nil }
        return index + 1
    }

    /// Where `name` ends when it stands at `index` in any case, nil when it does not; a space between its words stands
    /// for any run of spaces and tabs ("CLINICAL   INFORMATION:").
    private func matchEnd(of name: [UInt16], at index: Int, in units: UnsafeBufferPointer<UInt16>) -> Int? {
        var position = index
        for expected in name {
            guard position < units.count else { return nil }
            var unit = units[position]
            if expected == 0x20 {
                guard unit == 0x20 || unit == 0x09 else { return nil }
                while position + 1 < units.count, units[position + 1] == 0x20 || units[position + 1] == 0x09 { position += 1 }
            } else {
                if unit >= 0x41 && unit <= 0x5A { unit += 0x20 }
                if unit != expected { return nil }
            }
            position += 1
        }
        return position
    }

    private func skipSpaces(from index: Int, in units: UnsafeBufferPointer<UInt16>) -> Int {
        var index = index
        while index < units.count, units[index].charClass == .space { index += 1 }
        return index
    }
}
