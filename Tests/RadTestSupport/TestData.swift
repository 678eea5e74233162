import Foundation
import RadFindings
import RadLexicon
import RadText

/// Paths and shared objects for tests: the package root from `#filePath`, the bundled data loaded
/// once, and a helper that segments text with the bundled rules.
public enum TestData {
    /// The package root (Tests/RadTestSupport/TestData.swift → ../..).
    public static let root: String = {
        var path = "\(#filePath)" as NSString
        for _ in 0..<3 { path = path.deletingLastPathComponent as NSString }
        return path as String
    }()

    /// The bundled data directory (the package root).
    public static let directory: DataDirectory = try! DataDirectory(path: root)

    /// The bundled knowledge base, loaded once.
    public static let knowledge: KnowledgeBase = {
        do {
            return try KnowledgeBaseLoader.load(from: directory)
        } catch {
            fatalError("bundled data does not load: \(error)")
        }
    }()

    /// The engine compiled from the bundled data, once.
    public static let engine: Engine = {
        do {
            return try Engine(knowledge: knowledge)
        } catch {
            fatalError("bundled grammar does not compile: \(error)")
        }
    }()

    /// A path under the package root.
    public static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }
}

/// Cuts text into sections and sentences with the bundled rules (one splitter per helper).
public final class Segmenter {
    private let detector = SectionDetector(rules: TestData.knowledge.sectionRules)
    private let splitter: SentenceSplitter

    public init() throws {
        splitter = SentenceSplitter(rules: TestData.knowledge.sentenceRules, breaker: try ICUSentenceBreaker())
    }

    /// The sentences of `text`, with their sections and exact texts.
    public func sentences(_ string: String) throws -> [(section: SectionKind, text: String, range: Range<Int>)] {
        let text = ReportText(string)
        return try splitter.sentences(of: text, sections: detector.sections(of: text)).map {
            ($0.section, text.text($0.range), $0.range)
        }
    }

    /// Only the sentence texts.
    public func texts(_ string: String) throws -> [String] {
        try sentences(string).map(\.text)
    }
}
