extension ReportParser {
    /// "Hypodense solid mass lesions … in the liver. … It was evaluated in favor of metastasis.", "A solid nodule of 18 mm in
    /// the anterior mediastinum. It was evaluated in favor of metastasis.": what a later sentence says the organ finding it
    /// names is, in that finding's type or a narrower specific one naming its labels (`Finding.isNamedAgain`), is that
    /// finding again, as in one sentence ("masses in both adrenal glands … evaluated in favor of metastases"): one finding,
    /// of the reading's type, with what the reading says (`merge`, `takeReading`). False, leaving both as they are, for
    /// another reading: one of a broader or weak word, a diagnosis of another kind, or one asserted otherwise.
    func takeOrganReading(_ reading: Finding, into earlier: inout Finding) -> Bool {
        let types = engine.knowledge.findings.types
        guard earlier.sentence < reading.sentence,
              earlier.isNamedAgain(by: reading, types: types, tables: engine.placeTables)
        else { return false }
        merge(reading, into: &earlier)
        if earlier.typeIndex != reading.typeIndex { earlier.takeReading(reading, types: types, explain: false) }
        return true
    }

    /// The findings of a sentence that only the topic organ placed (`assign(_:toOrgan:namedIn:)`; `placed`, their positions
    /// among `sentenceFindings`) and that say no size of their own name the last finding of that organ, not denied, named
    /// since the sentence that set the topic (`since`) again when they read it (`takeOrganReading`): "It was evaluated in
    /// favor of metastasis", "a clear assessment of the size and number of metastases cannot be made" after liver masses.
    /// They are gone from the sentence, that one taking them. One with a size or size word of its own is another lesion:
    /// "A nodule of 30 mm in the left thyroid lobe. A nodular lesion of 18 mm is observed posterior to this nodule.",
    /// "… a hypodense nodule in the left lobe. Millimetric nodules are seen in the parenchyma."
    func mergeOrganReadings(_ placed: [Int], of sentenceFindings: inout [Finding], organ: Int, since: Int,
                            into findings: inout [Finding]) {
        guard let last = findings.indices.last(where: {
            findings[$0].sentence >= since && findings[$0].assertion != .absent && findings[$0].structures.contains(organ)
        }) else { return }
        var gone: [Int] = []
        for position in placed where sentenceFindings[position].size == nil && sentenceFindings[position].sizeWord == nil
            && takeOrganReading(sentenceFindings[position], into: &findings[last]) {
            gone.append(position)
        }
        for position in gone.reversed() { sentenceFindings.remove(at: position) }
    }
}
