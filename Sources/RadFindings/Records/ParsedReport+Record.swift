import RadLexicon
import RadText

extension ParsedReport {
    /// The output record of a parsed report.
    public func record(knowledge: KnowledgeBase, includeText: Bool = false, explain: Bool = false) -> ReportRecord {
        ReportRecord(
            id: id,
            sentences: sentences.map { sentence in
                SentenceRecord(index: sentence.index, section: sentence.section.rawValue,
                               start: text.scalarOffset(sentence.range.lowerBound),
                               end: text.scalarOffset(sentence.range.upperBound),
                               text: text.text(sentence.range))
            },
            findings: findings.enumerated().map { index, finding in
                finding.record(id: index, text: text, knowledge: knowledge, explain: explain)
            },
            labels: labelNames,
            text: includeText ? text.string : nil)
    }
}

extension Finding {
    /// The output record of a finding; offsets become Unicode-scalar offsets into `text`.
    public func record(id: Int, text: ReportText, knowledge: KnowledgeBase, explain: Bool = false) -> FindingRecord {
        let findings = knowledge.findings
        let structures = knowledge.anatomy.structures
        return FindingRecord(
            id: id, text: self.text, type: self.type, category: category?.rawValue, focal: focal,
            assertion: assertion, laterality: laterality, lobes: lobes, segments: segments, places: places,
            size: size, sizeWord: sizeWord, multiple: multiple, temporal: temporal, sentence: sentence,
            start: text.scalarOffset(range.lowerBound), end: text.scalarOffset(range.upperBound),
            ontology: OntologyRecord(
                finding: self.type, lineage: findings.lineage(of: self.type),
                radlex: findings.types[typeIndex].radlex,
                radlexApproximate: findings.types[typeIndex].radlexApproximate,
                anatomy: self.structures.map { AnatomyReference(id: structures[$0].id, radlex: structures[$0].radlex) }),
            labels: labels.map(\.rawValue),
            interpreted: interpreted,
            explain: explain ? explanation : nil)
    }
}
