import RadIO
import RadLexicon
import RadText

/// One output line of `radfind structure`: a dataset finding string read by the engine.
public struct StructuredFindingRecord: Sendable {
    public var volume: String?
    public var split: String?
    public var findingID: String
    public var text: String
    /// The dataset's own category.
    public var category: String?
    /// The engine's reading of the string's main finding (nil when it names none it knows).
    public var finding: FindingRecord?

    public init(volume: String?, split: String?, findingID: String, text: String, category: String?, finding: FindingRecord?) {
        self.volume = volume
        self.split = split
        self.findingID = findingID
        self.text = text
        self.category = category
        self.finding = finding
    }

    /// Writes the record: the dataset's fields, then the engine's (`predicted_category`, `type`, …).
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("volume"); writer.optionalString(volume)
        if let split { writer.key("split"); writer.string(split) }
        writer.key("finding_id"); writer.string(findingID)
        writer.key("text"); writer.string(text)
        writer.key("category"); writer.optionalString(category)
        writer.key("predicted_category"); writer.optionalString(finding?.category)
        writer.key("type"); writer.optionalString(finding?.type)
        writer.key("lineage"); writer.stringArray(finding?.ontology.lineage ?? [])
        writer.key("focal"); if let focal = finding?.focal { writer.bool(focal) } else { writer.null() }
        writer.key("assertion"); writer.optionalString(finding?.assertion.rawValue)
        writer.key("laterality"); writer.string(finding?.laterality.rawValue ?? Laterality.none.rawValue)
        writer.key("lobes"); writer.stringArray(finding?.lobes ?? [])
        writer.key("segments"); writer.stringArray(finding?.segments ?? [])
        writer.key("places"); writer.stringArray(finding?.places ?? [])
        writer.key("size"); Size.write(finding?.size, to: &writer)
        writer.key("size_word"); writer.optionalString(finding?.sizeWord)
        writer.key("multiple"); writer.bool(finding?.multiple ?? false)
        writer.key("temporal"); writer.optionalString(finding?.temporal?.rawValue)
        if let explain = finding?.explain {
            writer.key("explain")
            ExplainStep.write(explain, to: &writer)
        }
        writer.endObject()
    }
}

extension ReportParser {
    /// The main finding of a finding string: the first one that is neither negated nor named by a
    /// later one ("increased density consistent with scarring" is scarring), else the first. A dataset
    /// string describes one finding, so when the main one has no side or lobe (or no size) of its own
    /// it takes those the string gives its other findings ("consolidation with air bronchograms … in
    /// the upper lobe of the left lung", "fibrotic band extending towards the pleura with ground glass
    /// in the posterior segment of the right upper lobe"). A string that names no finding of its own
    /// ("similar findings in the right upper lobe"), or names only findings said before it ("Marked regression of the
    /// parenchymal changes in both lungs": a recap, and a string has nothing before it), is read as the unnamed finding its
    /// words give. Of the types one phrase is read as, the one with a category is the main one.
    public func structure(phrase: String, explain: Bool = false) -> FindingRecord? {
        var findings = parsePhrase(phrase)
        if findings.allSatisfy(\.antecedent.isRecap) {
            findings = parsePhrase(phrase, keepingUnnamed: true)
        }
        guard var main = findings.first(where: { $0.assertion != .absent && !$0.interpreted })
            ?? findings.first(where: { $0.assertion != .absent }) ?? findings.first else { return nil }
        // A phrase read as a general type and as the type its place gives ("thickening" in the major
        // fissure of the left lung: thickening, pleural thickening): the one with a category.
        if main.category == nil, let placed = findings.first(where: { $0.range == main.range && $0.category != nil }) {
            main = placed
        }
        let others = findings.filter { $0.assertion != .absent }
        if main.laterality == .none && main.lobes.isEmpty { main.addPlaces(of: others) }
        if main.size == nil {
            main.size = others.compactMap(\.size).max { $0.maxMM < $1.maxMM }
        }
        return main.record(id: 0, text: ReportText(phrase), knowledge: engine.knowledge, explain: explain)
    }
}

extension Laterality {
    /// The laterality covering both.
    func union(_ other: Laterality) -> Laterality {
        switch (self, other) {
        case (.none, _): return other
        case (_, .none): return self
        case let (a, b) where a == b: return a
        default: return .bilateral
        }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrences kept in order.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
