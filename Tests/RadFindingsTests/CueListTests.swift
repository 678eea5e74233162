@testable import RadFindings
import RadLexicon
import Testing

/// Where a sentence's cue words of one type stand (`starts(of:)`, `ends(of:)` of the attachment pass's cue list).
@Suite struct CueListTests {
    static func cue(_ tokens: Range<Int>, _ type: CueType) -> AttachmentContext.Cue {
        AttachmentContext.Cue(tokens: tokens, value: .init(index: 0, type: type, direction: .forward, window: nil, reach: nil),
                              hit: 0)
    }

    /// "No mass, but a cyst, which is more prominent on the left; stable": the scope ends, in text order, and only they.
    static var cues: [AttachmentContext.Cue] {
        [cue(0..<1, .negation), cue(3..<4, .scopeEnd), cue(7..<8, .relative), cue(10..<12, .emphasis), cue(15..<16, .scopeEnd)]
    }

    @Test func theCuesOfOneTypeStartAndEndInTextOrder() {
        #expect(Self.cues.starts(of: .scopeEnd) == [3, 15])
        #expect(Self.cues.ends(of: .scopeEnd) == [4, 16])
        #expect(Self.cues.starts(of: .emphasis) == [10])
        #expect(Self.cues.ends(of: .emphasis) == [12])
        #expect(Self.cues.starts(of: .relative) == [7])
    }

    /// A type the sentence has no cue of stands nowhere, and no list is allocated for it.
    @Test func aTypeWithoutCuesStandsNowhere() {
        #expect(Self.cues.starts(of: .likeness).isEmpty)
        #expect(Self.cues.ends(of: .history).isEmpty)
        #expect(Self.cues.starts(of: .likeness).capacity == 0)
        #expect([AttachmentContext.Cue]().ends(of: .scopeEnd).isEmpty)
    }
}
