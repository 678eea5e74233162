import RadText

/// Every lexicon term compiled into one trie over normalised token forms.
///
/// Matching walks the trie from each token (skipping a hyphen between words, so "ground-glass"
/// matches the term "ground glass") and keeps the longest term; the cost per token does not grow
/// with the number of terms. Transitions live in one open-addressing table keyed by
/// (node, form id).
public struct TermMatcher: Sendable {
    /// What each terminal node means; a match's ``LexiconMatch/hits`` index this.
    public private(set) var hits: [LexiconHit] = []
    private var nodeHits: [Range<Int>] = [0..<0]
    private var pendingHits: [[LexiconHit]] = [[]]
    private var keys: [UInt64] = Array(repeating: .max, count: 1024)
    private var children: [Int32] = Array(repeating: 0, count: 1024)
    private var transitionCount = 0
    private var hyphen: Int32 = Token.unknownForm

    public init() {}

    /// Number of trie nodes (the root included).
    public var nodeCount: Int { nodeHits.count }

    /// Adds a term given as its token forms (hyphen forms between words already removed).
    public mutating func add(forms: [Int32], hit: LexiconHit) {
        guard !forms.isEmpty else { return }
        var node: Int32 = 0
        for form in forms {
            if let next = child(of: node, form: form) {
                node = next
            } else {
                let next = Int32(pendingHits.count)
                pendingHits.append([])
                nodeHits.append(0..<0)
                insert(node: node, form: form, child: next)
                node = next
            }
        }
        if !pendingHits[Int(node)].contains(where: { $0.entry == hit.entry }) {
            pendingHits[Int(node)].append(hit)
        }
    }

    /// Freezes the hits of every node; call once after the last ``add(forms:hit:)``.
    public mutating func finish(hyphenForm: Int32) {
        hyphen = hyphenForm
        hits.removeAll()
        for node in pendingHits.indices {
            let start = hits.count
            hits.append(contentsOf: pendingHits[node])
            nodeHits[node] = start..<hits.count
        }
        pendingHits = pendingHits.map { _ in [] }
    }

    /// The longest non-overlapping matches of `tokens[range]`, left to right.
    public func matches(in tokens: UnsafeBufferPointer<Token>, range: Range<Int>, into result: inout [LexiconMatch]) {
        var start = range.lowerBound
        while start < range.upperBound {
            var node: Int32 = 0
            var index = start
            var best: (end: Int, hits: Range<Int>)? = nil
            while index < range.upperBound {
                guard let next = child(of: node, form: tokens[index].form) else { break }
                node = next
                index += 1
                let here = nodeHits[Int(node)]
                if !here.isEmpty { best = (index, here) }
                // A hyphen between two words may be skipped: "tree-in-bud", "ground-glass".
                if index + 1 < range.upperBound, tokens[index].form == hyphen, hyphen != Token.unknownForm,
                   child(of: node, form: tokens[index + 1].form) != nil {
                    index += 1
                }
            }
            if let best {
                result.append(LexiconMatch(tokens: start..<best.end, hits: best.hits))
                start = best.end
            } else {
                start += 1
            }
        }
    }

    // MARK: Transition table

    @inline(__always)
    private static func key(_ node: Int32, _ form: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: form))
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private func child(of node: Int32, form: Int32) -> Int32? {
        guard form >= 0 else { return nil }
        let key = Self.key(node, form)
        let mask = keys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return children[slot] }
            if found == .max { return nil }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(node: Int32, form: Int32, child: Int32) {
        if (transitionCount + 1) * 2 > keys.count { grow() }
        let key = Self.key(node, form)
        let mask = keys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != .max { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
        transitionCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldChildren = children
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        children = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != .max {
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != .max { slot = (slot + 1) & mask }
            keys[slot] = key
            children[slot] = oldChildren[index]
        }
    }
}
