@testable import RadFindings
import RadText
import Testing

/// The parser's bounded cache of sentence findings.
@Suite struct SentenceCacheTests {
    static let sentence = Sentence(index: 0, section: .findings, range: 0..<1)

    static func store(_ text: String, in cache: inout SentenceCache) {
        Array(text.utf16).withUnsafeBufferPointer { cache.store([], for: $0, at: sentence) }
    }

    static func has(_ text: String, in cache: inout SentenceCache) -> Bool {
        Array(text.utf16).withUnsafeBufferPointer { cache.findings(for: $0, at: sentence) != nil }
    }

    @Test func anEntryUsedAgainOutlivesOneOffs() {
        var cache = SentenceCache(capacity: 1)
        Self.store("template", in: &cache)
        Self.store("one-off", in: &cache)  // fills the young generation
        #expect(Self.has("template", in: &cache))
        Self.store("another one-off", in: &cache)
        #expect(!Self.has("one-off", in: &cache))
        #expect(Self.has("template", in: &cache))
    }

    @Test func textsDifferingLateOrByOneUnitAreDifferentEntries() {
        var cache = SentenceCache()
        Self.store("No pleural effusion was detected.", in: &cache)
        #expect(Self.has("No pleural effusion was detected.", in: &cache))
        #expect(!Self.has("No pleural effusion was detected!", in: &cache))
        #expect(!Self.has("No pleural effusion was detected", in: &cache))
        #expect(!Self.has("no pleural effusion was detected.", in: &cache))
    }
}
