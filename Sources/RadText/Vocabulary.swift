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

    private func lookup(_ form: UnsafeBufferPointer<UInt16>) -> Int32 {
        let hash = Self.hash(form)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate < 0 { return Token.unknownForm }
            if hashes[Int(candidate)] == hash && equals(Int(candidate), form) { return candidate }
            slot = (slot + 1) & mask
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

    private func equals(_ id: Int, _ form: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = Int(starts[id])
        let end = Int(starts[id + 1])
        guard end - start == form.count else { return false }
        for offset in 0..<form.count where pool[start + offset] != form[offset] { return false }
        return true
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

    @inline(__always)
    private static func hash(_ form: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in form {
            hash = (hash ^ UInt32(unit)) &* 16_777_619
        }
        return hash
    }
}
