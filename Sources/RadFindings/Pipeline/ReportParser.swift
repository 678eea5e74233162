import RadLexicon
import RadText

/// A report cut into sections and sentences, over one text buffer.
public struct ParsedReport: Sendable {
    public var id: String
    public var text: ReportText
    public var sections: [Section]
    public var sentences: [Sentence]
}

/// Runs the pipeline on one report at a time: sections → sentences → tokens → findings.
///
/// Owns per-thread state (an ICU iterator, scratch buffers): make one per thread with
/// ``Engine/makeParser()``.
public final class ReportParser {
    public let engine: Engine
    private let sections: SectionDetector
    private let splitter: SentenceSplitter

    init(engine: Engine, breaker: ICUSentenceBreaker) {
        self.engine = engine
        sections = SectionDetector(rules: engine.knowledge.sectionRules)
        splitter = SentenceSplitter(rules: engine.knowledge.sentenceRules, breaker: breaker)
    }

    /// Parses one report.
    /// - Throws: ``ICUError`` if ICU fails (it does not on valid UTF-16).
    public func parse(id: String, text string: String) throws -> ParsedReport {
        let text = ReportText(string)
        let found = sections.sections(of: text)
        let sentences = try splitter.sentences(of: text, sections: found)
        return ParsedReport(id: id, text: text, sections: found, sentences: sentences)
    }
}
