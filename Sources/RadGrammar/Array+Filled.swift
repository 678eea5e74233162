extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, in a buffer reserved up front and filled by
    /// appending. The standard library allocates `init(repeating:count:)`'s buffer in a function it does not specialize
    /// for the element type, which looks up the storage class's generic metadata on every call (some 700 instructions:
    /// the cost of the per-mention arrays the attachment pass sets up for each sentence); this one is specialized where
    /// it is used.
    @inlinable
    public init(filled value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
