import RadIO
import RadLexicon

/// What the output says of each finding type and structure, rendered as JSON once when the engine is
/// built instead of for every finding written.
struct OutputTables: Sendable {
    /// Per finding type (index in `KnowledgeBase.findings.types`): its ontology members (`"finding"`,
    /// `"lineage"`, `"radlex"`, `"radlex_approximate"`).
    private let typeOntology: [[UInt8]]
    /// Per structure (index in `KnowledgeBase.anatomy.structures`): its `{"id", "radlex"}` object.
    private let structureObjects: [[UInt8]]
    /// The 18 label names in CT-RATE's order (`CTRateLabel.allCases`, as `ParsedReport.presentFlags`), as JSON key bytes.
    let labelKeys: [[UInt8]] = CTRateLabel.allCases.map { Array($0.rawValue.utf8) }

    init(_ knowledge: KnowledgeBase) {
        typeOntology = knowledge.findings.types.map { type in
            Self.ontology(of: type.id, lineage: knowledge.findings.lineage(of: type.id), radlex: type.radlex,
                          approximate: type.radlexApproximate)
        }
        structureObjects = knowledge.anatomy.structures.map { Self.object(ofStructure: $0.id, radlex: $0.radlex) }
    }

    /// A type's ontology members.
    func ontology(ofType index: Int) -> [UInt8] { typeOntology[index] }

    /// A structure's `{"id", "radlex"}` object (RadLex ID where verified).
    func object(ofStructure index: Int) -> [UInt8] { structureObjects[index] }

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
