import CRadICU

/// ICU's sentence break iterator (UAX #29 rules), through the C facade.
///
/// Stateful: use one per thread (``clone()`` a prototype). The text passed to
/// ``boundaries(in:into:)`` is not copied by ICU and must stay alive during the call.
public final class ICUSentenceBreaker {
    private let handle: OpaquePointer

    /// Opens the iterator for a locale.
    /// - Throws: ``ICUError`` when ICU has no data for sentence breaking.
    public init(locale: String = "en") throws {
        var out: OpaquePointer? = nil
        let status = radicu_sentence_breaker_open(locale, &out)
        guard status <= 0, let out else { throw ICUError(status: status, operation: "opening the sentence break iterator") }
        handle = out
    }

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { radicu_breaker_close(handle) }

    /// A new iterator with the same rules, for another thread.
    public func clone() throws -> ICUSentenceBreaker {
        var out: OpaquePointer? = nil
        let status = radicu_breaker_clone(handle, &out)
        guard status <= 0, let out else { throw ICUError(status: status, operation: "cloning the sentence break iterator") }
        return ICUSentenceBreaker(handle: out)
    }

    /// Writes the boundaries of `text` after its start into `storage` (grown when too small; its size
    /// is kept between calls) and returns how many there are. The last boundary is `text.count`.
    public func boundaries(in text: UnsafeBufferPointer<UInt16>, into storage: inout [Int32]) throws -> Int {
        if storage.count < 64 { storage = Array(repeating: 0, count: 64) }
        var status: Int32 = 0
        while true {
            let capacity = Int32(storage.count)
            let count = storage.withUnsafeMutableBufferPointer { out in
                radicu_breaker_boundaries(handle, text.baseAddress, Int32(text.count), out.baseAddress!, capacity, &status)
            }
            if status > 0 { throw ICUError(status: status, operation: "sentence breaking") }
            if count >= 0 { return Int(count) }
            storage = Array(repeating: 0, count: Int(-count) * 2)
        }
    }
}

/// An ICU failure, with ICU's own name for the status.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public var status: Int32
    public var operation: String

    public var description: String {
        "ICU error \(String(cString: radicu_error_name(status))) while \(operation)"
    }
}
