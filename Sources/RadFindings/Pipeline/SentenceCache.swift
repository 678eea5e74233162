import RadText

/// The readings (findings and focus) of sentences already read, keyed by their exact text.
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
        /// The sentence's UTF-16 text, to tell it from another text of the same hash.
        var units: [UInt16]
        var reading: SentenceReading
        /// Where the sentence started when its findings were stored (UTF-16 offset).
        var start: Int
    }

    /// A sentence's text and its hash, worked out once for the lookup and for the store after a miss.
    struct Key {
        var units: UnsafeBufferPointer<UInt16>
        var hash: UInt64

        init(_ units: UnsafeBufferPointer<UInt16>) {
            self.units = units
            hash = SentenceCache.hash(units)
        }
    }

    private var young: [UInt64: Entry] = [:]
    private var old: [UInt64: Entry] = [:]
    /// Entries per generation.
    private let capacity: Int

    init(capacity: Int = 32768) {
        self.capacity = capacity
    }

    /// The reading of a sentence seen before, its findings placed at `sentence`.
    mutating func reading(for key: Key, at sentence: Sentence) -> SentenceReading? {
        let entry: Entry
        if let found = young[key.hash] {
            entry = found
        } else if let found = old.removeValue(forKey: key.hash) {
            entry = found
            insert(found, for: key.hash)
        } else {
            return nil
        }
        guard entry.units.withUnsafeBufferPointer({ Self.equal($0, key.units) }) else { return nil }
        let shift = sentence.range.lowerBound - entry.start
        var reading = entry.reading
        // (the findings held for the organ in focus too: they become findings of this sentence)
        func move(_ findings: inout [Finding]) {
            for index in findings.indices {
                findings[index].sentence = sentence.index
                let range = findings[index].range
                findings[index].range = (range.lowerBound + shift)..<(range.upperBound + shift)
            }
        }
        move(&reading.findings)
        move(&reading.heldForOrgan)
        return reading
    }

    /// Remembers a sentence's reading.
    mutating func store(_ reading: SentenceReading, for key: Key, at sentence: Sentence) {
        insert(Entry(units: Array(key.units), reading: reading, start: sentence.range.lowerBound), for: key.hash)
    }

    private mutating func insert(_ entry: Entry, for key: UInt64) {
        if young.count >= capacity {
            old = young
            young.removeAll(keepingCapacity: true)
        }
        young[key] = entry
    }

    /// Whether two texts are the same, compared eight bytes at a time.
    static func equal(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        guard a.count == b.count else { return false }
        let left = UnsafeRawBufferPointer(a), right = UnsafeRawBufferPointer(b)
        var offset = 0
        while offset + 8 <= left.count {
            guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        while offset < left.count {
            guard left[offset] == right[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// A 64-bit hash of the text, eight bytes at a time (multiply–xorshift; not for untrusted keys,
    /// which only cost a cache miss here).
    static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        let bytes = UnsafeRawBufferPointer(units)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}
