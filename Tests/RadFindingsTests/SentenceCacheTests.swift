@testable import RadFindings
import RadText
import Testing

/// The parser's bounded cache of sentence findings.
@Suite struct SentenceCacheTests {
    static let sentence = Sentence(index: 0, section: .findings, range: 0..<1)

    static func key(_ text: String) -> SentenceCache.Key { SentenceCache.Key(units: Array(text.utf16)) }

    @Test func anEntryUsedAgainOutlivesOneOffs() {
        var cache = SentenceCache(capacity: 1)
        cache.store([], for: Self.key("template"), at: Self.sentence)
        cache.store([], for: Self.key("one-off"), at: Self.sentence)  // fills the young generation
        #expect(cache.findings(for: Self.key("template"), at: Self.sentence) != nil)
        cache.store([], for: Self.key("another one-off"), at: Self.sentence)
        #expect(cache.findings(for: Self.key("one-off"), at: Self.sentence) == nil)
        #expect(cache.findings(for: Self.key("template"), at: Self.sentence) != nil)
    }
}
