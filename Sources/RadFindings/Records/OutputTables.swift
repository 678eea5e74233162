import RadLexicon

/// What the output says of each finding type and structure, looked up once when the engine is built
/// instead of for every finding written.
struct OutputTables: Sendable {
    struct TypeEntry: Sendable {
        var lineage: [String]
        var radlex: String?
        var radlexApproximate: Bool
    }

    private let types: [String: TypeEntry]
    private let structureRadLex: [String: String]
    /// The 18 label names in CT-RATE's order, as JSON key bytes.
    let labelKeys: [(label: CTRateLabel, key: [UInt8])] = CTRateLabel.allCases.map { ($0, Array($0.rawValue.utf8)) }

    init(_ knowledge: KnowledgeBase) {
        var types: [String: TypeEntry] = [:]
        for type in knowledge.findings.types {
            types[type.id] = TypeEntry(lineage: knowledge.findings.lineage(of: type.id), radlex: type.radlex,
                                       radlexApproximate: type.radlexApproximate)
        }
        self.types = types
        var radlex: [String: String] = [:]
        for structure in knowledge.anatomy.structures { radlex[structure.id] = structure.radlex }
        structureRadLex = radlex
    }

    /// A type's lineage and RadLex ID (a type the lexicon does not know is its own lineage).
    func type(_ id: String) -> TypeEntry {
        types[id] ?? TypeEntry(lineage: [id], radlex: nil, radlexApproximate: false)
    }

    /// A structure's RadLex ID, where verified.
    func radlex(ofStructure id: String) -> String? { structureRadLex[id] }
}
