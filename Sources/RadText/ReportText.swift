/// The text of one report, held once as UTF-16 (what ICU works on) with the original `String`.
///
/// Every later stage refers to the text by UTF-16 offsets into ``utf16``; ``scalarOffset(_:)``
/// converts them to the Unicode-scalar offsets the output promises. For text without characters
/// outside the Basic Multilingual Plane the two are the same and the conversion is free.
public struct ReportText: Sendable {
    /// The report as given.
    public let string: String
    /// The same text as UTF-16 code units.
    public let utf16: [UInt16]
    /// UTF-16 offsets of the low surrogates, ascending (empty for almost every report).
    private let lowSurrogates: [Int]

    public init(_ string: String) {
        self.string = string
        let units = Self.utf16(of: string)
        utf16 = units
        var lows: [Int] = []
        if string.utf8.count != units.count {  // not pure ASCII: look for surrogate pairs
            units.withUnsafeBufferPointer { buffer in
                for index in 0..<buffer.count where buffer[index] & 0xFC00 == 0xDC00 { lows.append(index) }
            }
        }
        lowSurrogates = lows
    }

    /// The UTF-16 of a string: ASCII (nearly every report) widened byte by byte, anything else
    /// through the string's UTF-16 view.
    private static func utf16(of string: String) -> [UInt16] {
        var copy = string
        let ascii: [UInt16]? = copy.withUTF8 { bytes in
            var combined: UInt8 = 0
            for byte in bytes { combined |= byte }
            guard combined < 0x80 else { return nil }
            return [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                for index in 0..<bytes.count { buffer[index] = UInt16(bytes[index]) }
                initialized = bytes.count
            }
        }
        return ascii ?? Array(string.utf16)
    }

    /// Number of UTF-16 code units.
    public var count: Int { utf16.count }

    /// The Unicode-scalar offset of a UTF-16 offset (which must not split a surrogate pair).
    public func scalarOffset(_ utf16Offset: Int) -> Int {
        lowSurrogates.isEmpty ? utf16Offset : utf16Offset - lowSurrogatesBefore(utf16Offset)
    }

    private func lowSurrogatesBefore(_ offset: Int) -> Int {
        var low = 0
        var high = lowSurrogates.count
        while low < high {
            let mid = (low + high) / 2
            if lowSurrogates[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The text of a UTF-16 range as a `String` (sliced from the original string, not re-decoded).
    public func text(_ range: Range<Int>) -> String {
        let start = String.Index(utf16Offset: range.lowerBound, in: string)
        let end = String.Index(utf16Offset: range.upperBound, in: string)
        return String(string[start..<end])
    }
}
