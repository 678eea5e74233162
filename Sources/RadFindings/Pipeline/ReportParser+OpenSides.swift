import RadText

extension ReportParser {
    /// "Minimal effusion in the left hemithorax, atelectasis in the lower lobe segments adjacent to it", "… nodule in the
    /// left upper lobe. Ground glass in the lower lobe basal segments.": one lobe's segments named without a side, read on
    /// both sides for want of one (`Finding.sideOpen`), are on the one side (left or right) the other sided chest findings
    /// of their sentence are on, else those of the sentence before (`sidesOfSentenceBefore`). Both sides in that context,
    /// or none, leave both.
    func narrowOpenSide(of index: Int, in findings: inout [Finding], sentences: [Sentence], passing placeless: Set<Int>) {
        guard let open = findings[index].sideOpen, findings[index].laterality == .bilateral else { return }
        let sentence = findings[index].sentence
        var before = findings.indices.filter { other in
            other != index && findings[other].sentence == sentence && findings[other].category != nil
                && findings[other].sideOpen == nil && findings[other].laterality != .none
        }.map { findings[$0] }
        var source = sentence
        if before.isEmpty {
            (before, source) = sidesOfSentenceBefore(index, in: findings, sentences: sentences, passing: placeless)
        }
        let sides = Set(before.map(\.laterality))
        guard sides.count == 1, let side = sides.first, side == .left || side == .right else { return }
        let (kept, dropped) = side == .left ? (open.left, open.right) : (open.right, open.left)
        guard !kept.isEmpty else { return }
        let tables = engine.placeTables
        let structures = engine.knowledge.anatomy.structures
        findings[index].structures = (findings[index].structures.filter { !dropped.contains($0) } + kept).uniqued()
        findings[index].lobes = tables.lobeCodes(of: findings[index].structures)
        findings[index].segments = findings[index].structures.filter { tables.isSegment[$0] }.map { structures[$0].id }
        findings[index].laterality = side
        if extractor.explain {
            findings[index].explanation.append(ExplainStep(role: "side-from", id: side.rawValue, text: open.text,
                                                           origin: "sentence \(source)"))
        }
    }
}
