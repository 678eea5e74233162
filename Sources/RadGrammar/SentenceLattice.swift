import RadLexicon
import RadText

/// One sentence as the grammar sees it: its tokens, and the lexicon match starting at each token.
public struct SentenceLattice: Sendable {
    public var tokens: [Token]
    public var matches: [LexiconMatch]
    /// For each token, the index in ``matches`` of the match starting there, or -1.
    public var matchAt: [Int32]

    public init(tokens: [Token], matches: [LexiconMatch]) {
        self.tokens = tokens
        self.matches = matches
        var starts = [Int32](filled: -1, count: tokens.count)
        for (index, match) in matches.enumerated() { starts[match.tokens.lowerBound] = Int32(index) }
        matchAt = starts
    }

    /// Whether a lexicon match covers a token (matches are sorted and do not overlap).
    public func isCovered(_ token: Int) -> Bool {
        match(covering: token) != nil
    }

    /// The index in ``matches`` of the lexicon match that covers a token, if any.
    public func match(covering token: Int) -> Int? {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].tokens.upperBound <= token { low = mid + 1 } else { high = mid }
        }
        return low < matches.count && matches[low].tokens.contains(token) ? low : nil
    }
}
