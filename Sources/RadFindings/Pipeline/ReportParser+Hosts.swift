extension ReportParser {
    /// "Consolidation in the right lower lobe. There are also air bronchograms.": a sign seen inside findings of other types
    /// (`within` in findings.xml) that names no lung place (no side, no lobe) and is not denied is where the finding of
    /// such a type (or a narrower one) it is seen in lies: the nearest one of its own sentence, before or after it ("…
    /// density increases in the air bronchograms, which are compatible with consolidation"), else the last one of an
    /// earlier sentence — placed in the lungs and not denied. With none, it stays placed nowhere.
    func placeSignsInHosts(in findings: inout [Finding]) {
        let hosts = engine.placeTables.hostTypes
        for index in findings.indices where !hosts[findings[index].typeIndex].isEmpty {
            let sign = findings[index]
            guard sign.assertion != .absent, sign.laterality == .none, sign.lobes.isEmpty,
                  let host = host(of: index, among: hosts[sign.typeIndex], in: findings)
            else { continue }
            findings[index].addPlaces(of: [findings[host]])
            if extractor.explain {
                findings[index].explanation.append(ExplainStep(role: "placed-by", id: findings[host].type,
                                                               text: findings[host].text,
                                                               origin: "sentence \(findings[host].sentence)"))
            }
        }
    }

    /// The finding a sign (`index`) is seen inside, of one of the `types` or a narrower one, placed in the lungs and not
    /// denied: the nearest one of its sentence, else the last one of an earlier sentence.
    private func host(of index: Int, among types: [Int], in findings: [Finding]) -> Int? {
        let sentence = findings[index].sentence
        let tables = engine.placeTables
        func hosts(_ position: Int) -> Bool {
            let finding = findings[position]
            return position != index && finding.assertion != .absent
                && (finding.laterality != .none || !finding.lobes.isEmpty)
                && types.contains { tables.isKind(finding.typeIndex, of: $0) }
        }
        let ownSentence = findings.indices.filter { findings[$0].sentence == sentence && hosts($0) }
        if let nearest = ownSentence.min(by: { abs($0 - index) < abs($1 - index) }) { return nearest }
        return findings.indices[..<index].last { findings[$0].sentence < sentence && hosts($0) }
    }
}
