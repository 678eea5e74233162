import RadFindings

/// Findings of report text read with the bundled data (one parser per helper).
public final class Extract {
    private let parser: ReportParser

    public init(explain: Bool = false) throws {
        parser = try TestData.engine.makeParser(explain: explain)
    }

    /// The findings of a report (findings and impression sections).
    public func findings(_ text: String) throws -> [Finding] {
        try parser.parse(id: "test", text: text).findings
    }

    /// The one finding of a given type; fails the caller's expectation by returning nil otherwise.
    public func finding(_ type: String, in text: String) throws -> Finding? {
        let found = try findings(text).filter { $0.type == type }
        return found.count == 1 ? found[0] : nil
    }

    /// The present CT-RATE labels of a report.
    public func labels(_ text: String) throws -> Set<String> {
        Set(try parser.parse(id: "test", text: text).labels.filter { $0.value == 1 }.map(\.key.rawValue))
    }

    /// The main finding of a dataset finding string, as `radfind structure` reads it.
    public func structure(_ phrase: String) -> FindingRecord? {
        parser.structure(phrase: phrase)
    }
}
