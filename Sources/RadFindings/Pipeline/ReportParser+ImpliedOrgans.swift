import RadLexicon

extension ReportParser {
    /// "Hepatosteatosis is observed.", "Hepatosteatosis in the upper abdominal sections": a finding whose type names its
    /// organ in its own word (`organ` in findings.xml) and that is placed in no part of that organ is placed in it too,
    /// beside the places its words give, on no side of its own; a denial as well ("no finding in favor of embolism in the
    /// pulmonary vascular structures": the pulmonary artery is where it was looked for).
    func addImpliedOrgans(to findings: inout [Finding]) {
        let tables = engine.placeTables
        let anatomy = engine.knowledge.anatomy
        let ancestors = engine.anatomyIndex.ancestors
        for index in findings.indices {
            guard let organ = tables.impliedOrgan[findings[index].typeIndex], !tables.isLungPart[organ],
                  !findings[index].structures.contains(where: { ancestors[$0].contains(organ) }) else { continue }
            findings[index].structures.append(organ)
            findings[index].places.append(anatomy.structures[organ].id)
            if extractor.explain {
                let type = engine.knowledge.findings.types[findings[index].typeIndex]
                findings[index].explanation.append(ExplainStep(role: "organ", id: anatomy.structures[organ].id, text: type.id,
                                                               origin: type.origin.description))
            }
        }
    }
}
