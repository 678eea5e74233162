import RadText

extension ReportParser {
    /// "Centriacinar nodular density increases in the right lower lobe. IMPRESSION: Centriacinar nodules in the right
    /// lower lobe.", "A lesion of 30 mm in the left breast. IMPRESSION: Space-occupying lesion in the left breast.": an
    /// impression finding of a sibling type of the findings' finding — another child of its `parent` in findings.xml,
    /// neither reaching the other (a centrilobular opacity and a centrilobular nodule, both micronodules; a lesion and
    /// a mass, both nodules) — names that finding again in other words, when the two are lung findings of specific
    /// words, or one of the two is of a weak word (`specificity`: "lesion" may name a mass). Outside the lungs two
    /// specific siblings are two findings (the osteophytes, and the spondylosis they make up), and so are two
    /// `pattern`s, each a distribution over the lungs a report describes once ("Paraseptal emphysema. IMPRESSION:
    /// Centrilobular emphysema": both kinds). That finding is the one finding of the findings section of their parent's
    /// family (the parent and all its narrower types) said to be there, that no copy named, and no other finding of the
    /// copy's lineage or of that one's shares the copy's sentence ("Larger mass in the scapula and two new lesions"
    /// names lesions beside the mass). Neither is a `diagnosis` (an impression's "pneumonia" reads what the air
    /// bronchograms were seen in, not names them again). The copy is asserted as that one, of the lung or not alike, on
    /// its side or none, and for a lung finding in one of its lobes, or one of the two in none and not apart all the
    /// same (see ``apartInLung(_:_:)``); outside the lungs in one organ (see ``inOneOrgan(_:_:)``) or in none. It is
    /// measured as that one (see ``measuredAlike(_:_:)``) and changed as it is or one of the two not at all. That
    /// finding keeps its type, category and labels, as the findings' word says (as for a copy that `renames` it).
    func siblingCopy(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                     named: Set<Int>, copies: Set<Int>) -> Int? {
        let later = findings[index]
        let tables = engine.placeTables
        let types = engine.knowledge.findings.types
        guard !types[later.typeIndex].diagnosis, later.assertion != .absent, later.unsided == nil,
              let parent = tables.broaderTypes[later.typeIndex].first,
              let only = findings.indices[..<index].sole(where: {
                  describedInFindings(findings[$0].sentence, sentences: sentences, summary: summary)
                      && !copies.contains($0) && findings[$0].assertion != .absent
                      && tables.isKind(findings[$0].typeIndex, of: parent)
              }),
              !named.contains(only), findings[only].typeIndex != later.typeIndex,
              tables.broaderTypes[findings[only].typeIndex].first == parent, !types[findings[only].typeIndex].diagnosis
        else { return nil }
        let earlier = findings[only]
        let specific = types[earlier.typeIndex].specificity == .specific && types[later.typeIndex].specificity == .specific
        guard !specific || earlier.category != nil && later.category != nil,
              !(types[earlier.typeIndex].pattern && types[later.typeIndex].pattern),
              !findings.indices.contains(where: {
                  $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence
                      && (tables.inOneLineage(findings[$0].typeIndex, later.typeIndex)
                          || tables.inOneLineage(findings[$0].typeIndex, earlier.typeIndex))
              })
        else { return nil }
        let sides = later.laterality == .none || later.laterality == earlier.laterality || earlier.laterality == .bilateral
        let placed = later.category != nil
            ? later.lobes.contains(where: earlier.lobes.contains)
                || (later.lobes.isEmpty || earlier.lobes.isEmpty) && !apartInLung(later, earlier)
            : inOneOrgan(later, earlier) || organless(later)
        return (earlier.category == nil) == (later.category == nil) && sides && placed
            && saidAlike(later, earlier)
            ? only : nil
    }
}
