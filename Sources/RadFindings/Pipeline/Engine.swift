import RadLexicon
import RadText

/// The loaded and compiled data, shared by every thread: build it once, then make one
/// ``ReportParser`` per thread with ``makeParser()``.
public final class Engine: Sendable {
    public let knowledge: KnowledgeBase
    public let vocabulary: Vocabulary

    /// Compiles a knowledge base.
    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.vocabulary = Vocabulary()
    }

    /// Loads the data directory (see ``DataDirectory/locate(override:environment:)``) and compiles it.
    /// - Throws: ``DataError`` with every problem of the data files.
    public convenience init(dataDirectory: DataDirectory) throws {
        self.init(knowledge: try KnowledgeBaseLoader.load(from: dataDirectory))
    }

    /// A parser for the calling thread.
    /// - Throws: ``ICUError`` when ICU cannot open its sentence iterator.
    public func makeParser() throws -> ReportParser {
        try ReportParser(engine: self, breaker: ICUSentenceBreaker(locale: "en"))
    }
}
