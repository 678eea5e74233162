import RadText

extension ReportParser {
    /// "A fracture in the left clavicle. Soft tissue swelling is observed around the fracture.", "Consolidation adjacent to
    /// the effusion. … Bilateral pleural effusion.": a finding named only as a definite landmark or comparison standard of
    /// another one (`Finding.isLandmark`) is the finding of its type named elsewhere in the report — before it, or in a
    /// later sentence of its section —, not denied, on its side or none (or one side of a bilateral one), and no landmark
    /// itself unless named before it; named by a weak word ("adjacent to the lesion"), one of the lineage that word is of (a
    /// nodule, a mass). Not one of a narrower type (an "infectious process" read of the ground glass "around the
    /// consolidation area" is no consolidation), nor one it only restates ("the sequela fibrotic band" is not all of
    /// "sequelae changes in both lungs"). It is no finding of its own: it takes no change or size, and passes none on; what
    /// it places stays placed. Named nowhere else ("atelectasis adjacent to the effusion" with no effusion described), or
    /// only in a later section (the impression's "Left pleural effusion", a copy of it), it is a finding of its own. A lung
    /// landmark placed in lobes, named again later by one placed in none ("In the neighborhood of the mass described in the
    /// left upper lobe, … the primary mass in the left lung"), lends that one its places.
    func dropLandmarksNamedElsewhere(in findings: inout [Finding], sentences: [Sentence]) {
        guard findings.contains(where: \.isLandmark) else { return }
        var dropped = Set<Int>()
        for index in findings.indices where findings[index].isLandmark {
            let landmark = findings[index]
            let weak = engine.knowledge.findings.types[landmark.typeIndex].specificity == .weak
            func names(_ other: Int) -> Bool {
                let finding = findings[other]
                return other != index && !dropped.contains(other) && finding.assertion != .absent
                    && (other < index || !finding.isLandmark && finding.sentence > landmark.sentence
                        && sentences[finding.sentence].section == sentences[landmark.sentence].section)
                    && (finding.typeIndex == landmark.typeIndex
                        || weak && engine.placeTables.weakWord(landmark.typeIndex, names: finding.typeIndex))
                    && (landmark.laterality == .none || finding.laterality == .none || finding.laterality == .bilateral
                        || finding.laterality == landmark.laterality)
            }
            // (the nearest before it, else the first after it)
            guard let named = findings.indices[..<index].last(where: names) ?? findings.indices[index...].first(where: names)
            else { continue }
            if extractor.explain {
                findings[named].explanation.append(ExplainStep(role: "named-again", id: landmark.type, text: landmark.text,
                                                               origin: "sentence \(landmark.sentence)"))
            }
            if named > index && findings[named].lobes.isEmpty && !landmark.lobes.isEmpty && landmark.category != nil {
                findings[named].addPlaces(of: [landmark])
            }
            dropped.insert(index)
        }
        for index in dropped.sorted().reversed() { findings.remove(at: index) }
    }
}
