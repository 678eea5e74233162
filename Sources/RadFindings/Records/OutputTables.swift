import RadIO
import RadLexicon

/// What the output says of each finding type and structure, rendered as JSON once when the engine is
/// built instead of for every finding written.
struct OutputTables: Sendable {
    /// A type's ontology members (`"finding"`, `"lineage"`, `"radlex"`, `"radlex_approximate"`).
    private let typeOntology: [String: [UInt8]]
    /// A structure's `{"id", "radlex"}` object.
    private let structureObjects: [String: [UInt8]]
    /// The 18 label names in CT-RATE's order, as JSON key bytes.
    let labelKeys: [(label: CTRateLabel, key: [UInt8])] = CTRateLabel.allCases.map { ($0, Array($0.rawValue.utf8)) }

    init(_ knowledge: KnowledgeBase) {
        var types: [String: [UInt8]] = [:]
        for type in knowledge.findings.types {
            types[type.id] = Self.ontology(of: type.id, lineage: knowledge.findings.lineage(of: type.id), radlex: type.radlex,
                                           approximate: type.radlexApproximate)
        }
        typeOntology = types
        var structures: [String: [UInt8]] = [:]
        for structure in knowledge.anatomy.structures {
            structures[structure.id] = Self.object(ofStructure: structure.id, radlex: structure.radlex)
        }
        structureObjects = structures
    }

    /// A type's ontology members (a type the lexicon does not know is its own lineage).
    func ontology(ofType id: String) -> [UInt8] {
        typeOntology[id] ?? Self.ontology(of: id, lineage: [id], radlex: nil, approximate: false)
    }

    /// A structure's `{"id", "radlex"}` object (RadLex ID where verified).
    func object(ofStructure id: String) -> [UInt8] {
        structureObjects[id] ?? Self.object(ofStructure: id, radlex: nil)
    }

    private static func ontology(of id: String, lineage: [String], radlex: String?, approximate: Bool) -> [UInt8] {
        JSONWriter.renderedMembers { writer in
            writer.key("finding"); writer.string(id)
            writer.key("lineage"); writer.stringArray(lineage)
            writer.key("radlex"); writer.optionalString(radlex)
            writer.key("radlex_approximate"); writer.bool(approximate)
        }
    }

    private static func object(ofStructure id: String, radlex: String?) -> [UInt8] {
        JSONWriter.rendered { writer in
            writer.beginObject()
            writer.key("id"); writer.string(id)
            writer.key("radlex"); writer.optionalString(radlex)
            writer.endObject()
        }
    }
}
