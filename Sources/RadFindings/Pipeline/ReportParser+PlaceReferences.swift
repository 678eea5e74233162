import RadText

extension ReportParser {
    /// "A 12 mm hypodense lesion is observed in the right lobe of the liver. Calcification is noted in this area.": a finding
    /// placed only by a place reference to an earlier sentence ("in this area", "at this level", "in the described
    /// localization": `Antecedent.place`) is about the nearest sentence before it in its section that names a finding or a
    /// place. When that sentence is about an organ outside the lungs — its last placed finding has no lung category and no
    /// side (the liver, the mediastinum), or it names a topic organ and no finding ("The thyroid gland extends into the
    /// thoracic inlet.", `organTopics`: sentence → organ) — the finding is in that organ: it takes that finding's places,
    /// or the organ, and outside the chest no lung category nor labels, instead of the place of the last lung finding
    /// further back. After any other sentence — of lung findings, of a sided organ ("the left kidney"), of findings placed
    /// nowhere yet, or naming another place and no finding (`placedElsewhere`) — `resolveReferences` places it as before.
    func resolvePlaceReferencesOutsideLungs(in findings: inout [Finding], sentences: [Sentence], organTopics: [Int: Int],
                                            placedElsewhere: Set<Int>) {
        let anatomy = engine.knowledge.anatomy
        for index in findings.indices where findings[index].antecedent.isPlace && !findings[index].isPlaced {
            let sentence = findings[index].sentence
            var earlier = sentence - 1
            while earlier >= 0 && sentences[earlier].section == sentences[sentence].section && !placedElsewhere.contains(earlier) {
                if let organ = organTopics[earlier] {
                    let structure = anatomy.structures[organ]
                    findings[index].structures = [organ]
                    findings[index].places = [structure.id]
                    if extractor.explain {
                        findings[index].explanation.append(ExplainStep(role: "topic", id: structure.id,
                                                                       text: structure.label ?? structure.id,
                                                                       origin: "sentence \(earlier)"))
                    }
                    placeOutsideLungs(&findings[index])
                    break
                }
                let there = findings[..<index].filter { $0.sentence == earlier }
                if !there.isEmpty {
                    if let last = there.last(where: \.isPlaced), last.category == nil && last.laterality == .none && last.lobes.isEmpty {
                        findings[index].addPlaces(of: [last])
                        if extractor.explain {
                            findings[index].explanation.append(ExplainStep(role: "refers-to", id: last.type, text: last.text,
                                                                           origin: "sentence \(earlier)"))
                        }
                        placeOutsideLungs(&findings[index])
                    }
                    break
                }
                earlier -= 1
            }
        }
    }

    /// "Atelectasis in the right lung lower lobe mediobasal segment. At this level, there are osteophytes at the corners of
    /// the vertebral corpus.": a place named again in a later sentence (`Antecedent.place`: "at this level", "in this area")
    /// is, for a finding outside the lungs (its type's region in findings.xml neither a chest one nor `other`: a bone, the
    /// heart, the mediastinum), the axial level of the finding it points to, not its lobe nor segment: `antecedent` without
    /// them, its side and other places kept. A lung finding, or one whose type may lie anywhere (`other`: a density, suture
    /// material), takes them all.
    func placesAtItsLevel(_ antecedent: Finding, for finding: Finding) -> Finding {
        let region = engine.knowledge.findings.types[finding.typeIndex].region
        guard !engine.placeTables.typeInChest[finding.typeIndex] && region != PlaceTables.anyRegion else { return antecedent }
        var level = antecedent
        level.lobes = []
        level.segments = []
        level.structures = antecedent.structures.filter { !engine.placeTables.isLungPart[$0] }
        return level
    }

    /// "A pleural effusion in the left hemithorax. Compression atelectasis is observed adjacent to the effusion.", "A nodule
    /// next to the oblique fissure in the left lower lobe. Ground glass is seen next to this nodule.": what a finding lying
    /// next to one named in an earlier sentence (`Antecedent.near`, or a chest finding `Antecedent.place(beside: true)`)
    /// takes from it — its side, lobes, segments, the zones of the lung (levels: "subpleural", "the base") and the places of
    /// its own type's region, not the structures of another compartment (the pleura, a hemithorax, a fissure, a bronchus):
    /// it lies beside them, not in them (as `AttachmentContext.foreignStructures` in one sentence).
    func placesBeside(_ neighbour: Finding, for finding: Finding) -> Finding {
        let structures = engine.knowledge.anatomy.structures
        let region = engine.knowledge.findings.types[finding.typeIndex].region
        var beside = neighbour
        beside.structures = neighbour.structures.filter {
            engine.placeTables.isLungPart[$0] || structures[$0].kind == .zone || structures[$0].region == region
        }
        let kept = Set(beside.structures.map { structures[$0].id })
        beside.places = neighbour.places.filter(kept.contains)
        return beside
    }

    /// A finding a place reference put in an organ: its place is its own now (no earlier sentence's), and in an organ
    /// outside the chest a lung or chest type has no category nor labels, as when its own words place it there.
    private func placeOutsideLungs(_ finding: inout Finding) {
        let structures = engine.knowledge.anatomy.structures
        finding.antecedent = .none
        if engine.placeTables.typeInChest[finding.typeIndex]
            && finding.structures.contains(where: { !engine.anatomyIndex.inChest[$0] && structures[$0].kind != .region }) {
            finding.category = nil
            finding.labels = []
        }
    }
}

private extension Finding {
    /// Whether it is placed at all: on a side, in a lobe, or in any structure (an organ, a zone).
    var isPlaced: Bool { laterality != .none || !lobes.isEmpty || !structures.isEmpty }
}
