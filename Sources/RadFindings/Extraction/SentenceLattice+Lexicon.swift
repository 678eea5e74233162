import RadGrammar
import RadLexicon
import RadText

/// What the lexicon says of a sentence's tokens, for the readers of phrases, places and sizes.
extension SentenceLattice {
    /// The report text from the first token of a range to the last.
    func text(_ range: Range<Int>, in report: ReportText) -> String {
        guard !range.isEmpty else { return "" }
        let characters = characters(of: range)
        // In an ASCII report (as many UTF-8 bytes as UTF-16 units) a UTF-16 offset is a UTF-8 offset: the slice's
        // bounds are found without walking the string (`ReportText.text` converts offsets for any text).
        let utf8 = report.string.utf8
        guard utf8.count == report.count else { return report.text(characters) }
        let start = utf8.index(utf8.startIndex, offsetBy: characters.lowerBound)
        let end = utf8.index(start, offsetBy: characters.count)
        return String(report.string[start..<end])
    }

    /// Where a non-empty run of tokens stands in the report, from its first token's start to its last token's end.
    func characters(of range: Range<Int>) -> Range<Int> {
        Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    /// The lexicon hits of the match starting at a token (none when no match starts there).
    func hits(at token: Int, engine: Engine) -> ArraySlice<LexiconHit> {
        guard token < matchAt.count, matchAt[token] >= 0 else { return [] }
        return engine.lexicon.matcher.hits[matches[Int(matchAt[token])].hits]
    }

    /// Whether a token is a place's head noun ("areas", "lobe"), not an adjective such as "hilar".
    func isHeadNoun(_ token: Int, engine: Engine) -> Bool {
        let anatomyWords = engine.knowledge.anatomy.words
        return hits(at: token, engine: engine).contains {
            if case let .anatomyWord(index) = $0.entry { return anatomyWords[index].feature == .structure }
            return false
        }
    }

    /// Whether a zone word ("basals", "subpleural") starts at a token.
    func namesZone(_ token: Int, engine: Engine) -> Bool {
        let anatomyWords = engine.knowledge.anatomy.words
        return hits(at: token, engine: engine).contains {
            if case let .anatomyWord(index) = $0.entry { return anatomyWords[index].feature == .zone }
            return false
        }
    }

    /// Whether a named structure ("mediastinal", "liver") starts at a token.
    func namesStructure(_ token: Int, engine: Engine) -> Bool {
        hits(at: token, engine: engine).contains {
            if case .structure = $0.entry { return true }
            return false
        }
    }
}
