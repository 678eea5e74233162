import RadText

/// The findings of sentences already read, keyed by their exact text.
///
/// Reports are written from templates: in CT-RATE's validation reports 59 % of findings and
/// impression sentences repeat an earlier sentence word for word ("Pleural effusion-thickening was
/// not detected."). Extraction depends on the sentence's text alone, so a repeated sentence takes its
/// findings from here, shifted to where it stands.
///
/// Bounded, in two generations: new entries go to the young one; when it is full it becomes the old
/// one (the previous old one is dropped), and an old entry that is used again moves back to the
/// young one. Template sentences therefore stay while one-off sentences pass through.
struct SentenceCache {
    private struct Entry {
        var findings: [Finding]
        /// Where the sentence started when its findings were stored (UTF-16 offset).
        var start: Int
    }

    /// A sentence's UTF-16 text, hashed as raw bytes (not unit by unit).
    struct Key: Hashable {
        var units: [UInt16]

        func hash(into hasher: inout Hasher) {
            units.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private var young: [Key: Entry] = [:]
    private var old: [Key: Entry] = [:]
    /// Entries per generation.
    private let capacity: Int

    init(capacity: Int = 16384) {
        self.capacity = capacity
    }

    /// The findings of a sentence seen before, placed at `sentence`.
    mutating func findings(for key: Key, at sentence: Sentence) -> [Finding]? {
        let entry: Entry
        if let found = young[key] {
            entry = found
        } else if let found = old.removeValue(forKey: key) {
            entry = found
            insert(found, for: key)
        } else {
            return nil
        }
        let shift = sentence.range.lowerBound - entry.start
        return entry.findings.map { finding in
            var moved = finding
            moved.sentence = sentence.index
            moved.range = (finding.range.lowerBound + shift)..<(finding.range.upperBound + shift)
            return moved
        }
    }

    /// Remembers a sentence's findings.
    mutating func store(_ findings: [Finding], for key: Key, at sentence: Sentence) {
        insert(Entry(findings: findings, start: sentence.range.lowerBound), for: key)
    }

    private mutating func insert(_ entry: Entry, for key: Key) {
        if young.count >= capacity {
            old = young
            young.removeAll(keepingCapacity: true)
        }
        young[key] = entry
    }
}
