import RadText
import Testing

/// ``ASCIISentenceBreaks`` gives the boundaries ICU's sentence break iterator gives, on ASCII text, and leaves other text
/// to ICU.
@Suite struct ASCIISentenceBreaksTests {
    /// The boundaries ICU's iterator gives.
    static func icu(_ text: [UInt16]) throws -> [Int32] {
        let breaker = try ICUSentenceBreaker(locale: "en")
        var storage: [Int32] = []
        let count = try text.withUnsafeBufferPointer { try breaker.boundaries(in: $0, into: &storage) }
        return Array(storage[0..<count])
    }

    /// The boundaries the ASCII scan gives, nil when it leaves the text to ICU.
    static func ascii(_ text: [UInt16]) -> [Int32]? {
        var storage: [Int32] = []
        return text.withUnsafeBufferPointer { ASCIISentenceBreaks.boundaries(in: $0, into: &storage) }
            .map { Array(storage[0..<$0]) }
    }

    /// Each case: a text that a rule reads, and the boundaries it must give (as ICU does).
    static let cases: [(String, [Int32])] = [
        ("The nodule is stable. No effusion.", [22, 34]),
        // SB6: a period before a digit ends nothing; SB7: nor one between letters and a capital.
        ("A 3.5 mm nodule. Stable.", [17, 24]),
        ("Per U.S.A. guidelines. Done.", [23, 28]),
        ("Clear.No effusion.", [18]),
        // SB8: after a period, a run of other characters leading to a lower-case letter continues the sentence…
        ("Nodules, e.g. 5 mm ones, are seen.", [34]),
        // … not one leading to a capital.
        ("It is approx. 5 Mm. Done.", [14, 20, 25]),
        // SB8a: a comma, hyphen or colon, or another terminator, continues it.
        ("Stable. , then. Done.", [16, 21]),
        ("Is it new?! Yes.", [12, 16]),
        // SB9–SB11: closing brackets and quotes and spaces stay with the sentence; a line break after them ends it.
        ("(A nodule.) \"Stable.\" Done.", [12, 22, 27]),
        ("A nodule.  \r\nStable.\n\nDone", [13, 21, 22, 26]),
        // A question mark ends a sentence before a lower-case letter (SB8 is the period's only).
        ("Nodule? metastasis. Done.", [8, 20, 25]),
        // SB4: a line break ends a sentence without a terminator.
        ("Lungs\nclear", [6, 11]),
    ]

    @Test(arguments: cases) func boundaries(of text: String, expected: [Int32]) throws {
        let units = Array(text.utf16)
        #expect(Self.ascii(units) == expected)
        #expect(try Self.icu(units) == expected)
    }

    /// A text with a character outside ASCII is left to ICU.
    @Test func leavesOtherTextToICU() {
        #expect(Self.ascii(Array("A 5 mm nodule \u{00B1} 1 mm. Done.".utf16)) == nil)
        #expect(Self.ascii(Array("A 5 mm nodule. Done.".utf16)) == [15, 20])
    }

    /// Random ASCII strings (seeded), of every character and of those the rules read, break as ICU breaks them.
    @Test func randomTextBreaksAsICU() throws {
        var state: UInt64 = 0x5EED_7
        func next() -> UInt64 {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let focused = Array("aAz1.!?,:;-\"'()[]{} \t\n\r\u{0B}\u{0C}#/%".utf16)
        let breaker = try ICUSentenceBreaker(locale: "en")
        var icuStorage: [Int32] = []
        var asciiStorage: [Int32] = []
        for round in 0..<40_000 {
            let length = 1 + Int(next() % 24)
            let text: [UInt16] = (0..<length).map { _ in
                round.isMultiple(of: 2) ? UInt16(next() % 128) : focused[Int(next() % UInt64(focused.count))]
            }
            let icuCount = try text.withUnsafeBufferPointer { try breaker.boundaries(in: $0, into: &icuStorage) }
            let asciiCount = text.withUnsafeBufferPointer { ASCIISentenceBreaks.boundaries(in: $0, into: &asciiStorage) }
            let same = asciiCount == icuCount && asciiStorage[0..<icuCount] == icuStorage[0..<icuCount]
            #expect(same, "\(text): ICU \(icuStorage[0..<icuCount]), ASCII \(asciiStorage[0..<(asciiCount ?? 0)])")
            if !same { break }
        }
    }
}
