import RadText

extension ReportParser {
    /// "Nodular densities in the right upper lobe. IMPRESSION: Nodules in the right upper lobe.", "A pleural-based lesion in
    /// the anterior segment of the right upper lobe. IMPRESSION: Nodular lesion in the right upper lobe anterior segment.": a
    /// lung finding of the impression of a broader type than a lung finding of the findings section (that one's `parent`
    /// chain reaches the copy's type) names it again though labelled otherwise (the labels rule of
    /// ``copyReading(of:in:sentences:original:summary:)`` set it apart), when that one is the one finding of the findings
    /// section of its lineage said to be where the copy is, that no copy named again, and no other finding of that lineage
    /// shares the copy's sentence. The copy is said to be there, asserted as that one, measured and changed as it or one of
    /// the two not at all, on its side or none, in its lobes and segments. That one takes the copy's labels with its own,
    /// and its type and category when its own word is weak (`specificity="weak"`: the "lesion" is a nodule). Outside the
    /// lungs a broader word's label may be its place's ("lymph nodes" read as mediastinal), so none is taken there.
    func labelledBroaderCopy(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                             named: Set<Int>, copies: Set<Int>) -> Int? {
        let later = findings[index]
        let tables = engine.placeTables
        guard later.antecedent == .none, later.category != nil, later.assertion != .absent, later.unsided == nil
        else { return nil }
        func placed(_ earlier: Finding) -> Bool {
            earlier.category != nil && (later.laterality == .none || later.laterality == earlier.laterality)
                && later.lobes.allSatisfy(earlier.lobes.contains) && segments(of: later, within: earlier)
        }
        guard let only = findings.indices[..<index].sole(where: {
                  describedInFindings(findings[$0].sentence, sentences: sentences, summary: summary)
                      && !copies.contains($0) && findings[$0].assertion != .absent
                      && tables.inOneLineage(findings[$0].typeIndex, later.typeIndex) && placed(findings[$0])
              }),
              !named.contains(only), tables.broaderTypes[findings[only].typeIndex].contains(later.typeIndex),
              !findings.indices.contains(where: {
                  $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence
                      && tables.inOneLineage(findings[$0].typeIndex, findings[only].typeIndex)
              })
        else { return nil }
        return saidAlike(later, findings[only]) ? only : nil
    }
}
