@testable import RadFindings
import RadText
import Testing

/// The parser's bounded cache of sentence readings.
@Suite struct SentenceCacheTests {
    static let sentence = Sentence(index: 0, section: .findings, range: 0..<1)

    static func store(_ text: String, in cache: inout SentenceCache, focus: SentenceFocus = .carried) {
        Array(text.utf16).withUnsafeBufferPointer {
            cache.store(SentenceReading(findings: [], focus: focus), for: SentenceCache.Key($0), at: sentence)
        }
    }

    static func reading(_ text: String, in cache: inout SentenceCache) -> SentenceReading? {
        Array(text.utf16).withUnsafeBufferPointer { cache.reading(for: SentenceCache.Key($0), at: sentence) }
    }

    static func has(_ text: String, in cache: inout SentenceCache) -> Bool {
        reading(text, in: &cache) != nil
    }

    /// A repeated sentence is about what it was about the first time ("The liver is enlarged.").
    @Test func anEntryKeepsTheSentencesFocus() {
        var cache = SentenceCache()
        Self.store("The liver is enlarged.", in: &cache, focus: .organ(7))
        Self.store("The trachea is open.", in: &cache, focus: .elsewhere)
        #expect(Self.reading("The liver is enlarged.", in: &cache)?.focus == .organ(7))
        #expect(Self.reading("The trachea is open.", in: &cache)?.focus == .elsewhere)
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
