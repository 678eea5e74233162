/// Normalised token forms ↔ dense integer ids.
///
/// Built once from every form the lexicons and grammars mention; at run time the tokenizer looks up
/// each token's normalised UTF-16 form without creating a `String` (open addressing, FNV-1a hash).
public struct Vocabulary: Sendable {
    private var pool: [UInt16] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    public init() {}

    /// Number of distinct forms.
    public var count: Int { hashes.count }

    /// The id of a form, adding it if new.
    @discardableResult
    public mutating func add(_ form: some Collection<UInt16>) -> Int32 {
        let units = Array(form)
        let existing = units.withUnsafeBufferPointer { lookup($0) }
        if existing != Token.unknownForm { return existing }
        let id = Int32(hashes.count)
        pool.append(contentsOf: units)
        starts.append(Int32(pool.count))
        hashes.append(units.withUnsafeBufferPointer { Self.hash($0) })
        if hashes.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { insert(id) }
        return id
    }

    /// The id of a form, adding it if new.
    @discardableResult
    public mutating func add(_ form: String) -> Int32 { add(Array(form.utf16)) }

    /// The id of a form, or ``Token/unknownForm``.
    public func id(of form: UnsafeBufferPointer<UInt16>) -> Int32 { lookup(form) }

    /// The id of the form of ASCII text, or ``Token/unknownForm``: its letters lower-cased as they are read, which is the
    /// form ``TokenNormalizer`` makes of ASCII, with no form built.
    public func id(ofASCII text: UnsafeBufferPointer<UInt16>) -> Int32 {
        lookup(text) { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    private func lookup(_ form: UnsafeBufferPointer<UInt16>) -> Int32 { lookup(form) { $0 } }

    /// The id of the form whose units are `unit` of each of `text`'s (`text` itself, or its ASCII lower-cased), read
    /// through the tables' buffers (no bounds checks nor reference counts per unit).
    @inline(__always)
    private func lookup(_ text: UnsafeBufferPointer<UInt16>, unit: (UInt16) -> UInt16) -> Int32 {
        var hash: UInt32 = Self.hashSeed
        for index in text.indices { hash = Self.hash(hash, unit(text[index])) }
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                starts.withUnsafeBufferPointer { starts in
                    pool.withUnsafeBufferPointer { pool in
                        let mask = slots.count - 1
                        var slot = Int(hash) & mask
                        while true {
                            let candidate = Int(slots[slot])
                            if candidate < 0 { return Token.unknownForm }
                            if hashes[candidate] == hash {
                                let start = Int(starts[candidate])
                                if Int(starts[candidate + 1]) - start == text.count
                                    && text.indices.allSatisfy({ pool[start + $0] == unit(text[$0]) }) {
                                    return Int32(candidate)
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// The id of a form given as a `String`, or ``Token/unknownForm``.
    public func id(of form: String) -> Int32 {
        Array(form.utf16).withUnsafeBufferPointer { lookup($0) }
    }

    /// The form of an id, for diagnostics and `--explain`.
    public func form(of id: Int32) -> String {
        guard id >= 0 && Int(id) < hashes.count else { return "" }
        return String(decoding: pool[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF16.self)
    }

    private mutating func insert(_ id: Int32) {
        let mask = slots.count - 1
        var slot = Int(hashes[Int(id)]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for id in 0..<hashes.count { insert(Int32(id)) }
    }

    /// FNV-1a over a form's units: the hash before any unit, …
    private static let hashSeed: UInt32 = 2_166_136_261

    /// … the hash with one unit more, …
    @inline(__always)
    private static func hash(_ hash: UInt32, _ unit: UInt16) -> UInt32 { (hash ^ UInt32(unit)) &* 16_777_619 }

    /// … and a whole form's.
    @inline(__always)
    private static func hash(_ form: UnsafeBufferPointer<UInt16>) -> UInt32 {
        form.reduce(hashSeed) { hash($0, $1) }
    }
}
