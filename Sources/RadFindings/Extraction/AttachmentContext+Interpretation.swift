import RadGrammar
import RadLexicon
import RadText

/// What an interpretation cue says a finding is ("density increases consistent with consolidation"): the finding it
/// reads, its host, and each mention's role.
extension AttachmentContext {
    /// Marks a weak finding that an interpretation cue says is the finding after it ("density
    /// increases consistent with consolidation" labels one consolidation, not an opacity too). The cue
    /// may stand after a relative clause ("…, which was evaluated in favor of sequelae"), and after places, however long
    /// ("density increases in the posterior segment of the upper lobe and the superior and posterobasal segments of the
    /// lower lobe, which are evaluated in favor of atelectasis": place words do not count toward the distance). The finding
    /// after the cue is a specific one, or a weak one of another type ("opacities compatible with
    /// pneumonic infiltration"). A specific finding is marked only by a narrower kind of itself outside the chest ("a
    /// nodular lesion compatible with an adenoma": an adrenal adenoma is a kind of nodule, what the nodule is; not
    /// "consolidation consistent with pneumonia", which stays a consolidation of its own).
    func interpreted(_ mentions: [FindingMention], cues: [Cue], places: [Place]) -> [FindingMention] {
        let findings = engine.knowledge.findings
        let tables = engine.placeTables
        // (the sentence's cues tested in place: no list of them is built for each sentence)
        guard cues.contains(where: { $0.value.type == .interpretation }) else { return mentions }
        return mentions.map { mention in
            let weak = findings.types[mention.type].specificity == .weak
            var result = mention
            for cue in cues where cue.value.type == .interpretation {
                guard cue.tokens.lowerBound >= mention.phrase.upperBound else { continue }
                let gap = mention.phrase.upperBound..<cue.tokens.lowerBound
                let placeWords = gap.count > 16 ? gap.filter { token in places.contains { $0.tokens.contains(token) } }.count : 0
                guard gap.count - placeWords <= 16 else { continue }
                result.interpreter = mentions.firstIndex { other in
                    other.phrase.lowerBound >= cue.tokens.upperBound && other.phrase.lowerBound - cue.tokens.upperBound <= 6
                        && findings.types[other.type].specificity != .generic && other.type != mention.type
                        && (weak || tables.isKind(other.type, of: mention.type) && !tables.typeInChest[other.type])
                }
                if result.interpreter != nil { break }
            }
            guard weak || result.interpreter != nil else { return mention }
            result.interpreted = result.interpreter != nil
            return result
        }
    }

    /// "The described nodules were evaluated in favor of granulomas", "These nodular lesions may belong to areas of nodular
    /// consolidation": in one clause, a finding a reference cue names (`namedAgain`) before an interpretation cue or a hedge
    /// of what follows is the `subject`; a finding after that cue, not named again itself, a `reading` of it (also one
    /// further down the chain: "… in favor of consolidation secondary to pneumonic infiltration"). Not one that such a cue,
    /// or one placing it by another finding (not one that looks back, "around them", "in the periphery": it places the
    /// finding before it), comes before in its clause: "The findings were evaluated in favor of the
    /// infectious process" names no subject, nor does a comparison frame ("When evaluated together with the primary mass, it
    /// was evaluated in favor of metastasis": the nodules before are what is read). A finding a reference cue names after
    /// such a cue, what a finding before it is said to be, is a `reading` too ("… nodular consolidations were evaluated in
    /// favor of the infectious process": the infection named before).
    func interpretationRoles(_ mentions: [FindingMention], cues: [Cue], namedAgain: [Bool],
                                     sameClause: (Int, Int) -> Bool) -> [InterpretationRole] {
        var roles = [InterpretationRole](filled: .none, count: mentions.count)
        // (tests on the sentence's cues rather than lists of them: no list is built for each sentence)
        func links(_ cue: Cue) -> Bool {
            cue.value.type == .interpretation || cue.value.type == .uncertainty && cue.value.direction == .forward
        }
        func complements(_ cue: Cue) -> Bool {
            links(cue) || cue.value.type.accompanies || cue.value.type == .proximity && cue.value.direction != .backward
        }
        guard cues.contains(where: links), namedAgain.contains(true) else { return roles }
        let frames = comparisonFrames(cues: cues, before: lattice.tokens.count)
        for subject in mentions.indices where namedAgain[subject] {
            let start = mentions[subject].phrase.lowerBound
            guard !cues.contains(where: { complements($0) && $0.tokens.upperBound <= start && sameClause($0.tokens.upperBound, start) }),
                  !frames.contains(where: { $0.contains(start) })
            else { continue }
            let end = mentions[subject].phrase.upperBound
            for link in cues where links(link) && link.tokens.lowerBound >= end && sameClause(end, link.tokens.lowerBound) {
                let read = mentions.indices.filter {
                    !namedAgain[$0] && mentions[$0].phrase.lowerBound >= link.tokens.upperBound
                        && sameClause(link.tokens.upperBound, mentions[$0].phrase.lowerBound)
                }
                guard !read.isEmpty else { continue }
                roles[subject] = .subject
                for index in read { roles[index] = .reading }
            }
        }
        for link in cues where links(link) {
            let (start, end) = (link.tokens.lowerBound, link.tokens.upperBound)
            guard mentions.contains(where: { $0.phrase.upperBound <= start && sameClause($0.phrase.upperBound, start) })
            else { continue }
            for index in mentions.indices where namedAgain[index] && mentions[index].phrase.lowerBound >= end
                && sameClause(end, mentions[index].phrase.lowerBound) {
                roles[index] = .reading
            }
        }
        return roles
    }

    /// "Pleuroparenchymal density increases consistent with sequelae": what an interpretation cue names right after
    /// a finding of the same type is that finding again (the host, per mention; see `bracketHosts`).
    func interpretationHosts(_ mentions: [FindingMention], cues: [Cue]) -> [Int?] {
        var hosts = [Int?](filled: nil, count: mentions.count)
        for cue in cues where cue.value.type == .interpretation {
            guard let host = mentions.indices.last(where: {
                      mentions[$0].phrase.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - mentions[$0].phrase.upperBound <= 3
                  }),
                  let restatement = mentions.indices.first(where: {
                      mentions[$0].phrase.lowerBound >= cue.tokens.upperBound && mentions[$0].phrase.lowerBound - cue.tokens.upperBound <= 2
                  }),
                  mentions[restatement].type == mentions[host].type
            else { continue }
            hosts[restatement] = host
        }
        return hosts
    }

    /// "Masses in both adrenal glands, evaluated in favor of metastases", "nodules … evaluated in favor of the
    /// intrapulmonary lymph node": what an interpretation cue names after a finding, in the finding's own type or a
    /// narrower one (`isKind`), is that finding named again (the host, per mention; see `isNamedAgain`) — further off
    /// than `interpretationHosts` reaches, as far as `interpreted` does (place words and sizes between not counted): the
    /// last finding before the cue, when no other finding reads it (`interpreter`: "density increases consistent with
    /// ground glass" keeps the density, flagged), unless what the cue names is a diagnosis read into it ("consolidations in
    /// favor of pneumonic infiltration": a reading of another kind, kept beside it), or the finding is a reference cue's
    /// `subject` or stands in a comparison frame ("When evaluated together with the lesion in the liver, it was thought to
    /// be a hydatid lesion": what is read is another). A broader reading is never the finding: "air bronchograms compatible
    /// with consolidation", "parenchymal bands compatible with sequelae" stay two.
    func readingHosts(_ mentions: [FindingMention], cues: [Cue], places: [Place], measurements: [Measurement],
                      roles: [InterpretationRole]) -> [Int?] {
        let tables = engine.placeTables
        let frames = comparisonFrames(cues: cues, before: lattice.tokens.count)
        var hosts = [Int?](filled: nil, count: mentions.count)
        for cue in cues where cue.value.type == .interpretation {
            guard let reading = mentions.indices.first(where: {
                      mentions[$0].phrase.lowerBound >= cue.tokens.upperBound && mentions[$0].phrase.lowerBound - cue.tokens.upperBound <= 6
                  }),
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= cue.tokens.lowerBound })
            else { continue }
            let type = mentions[reading].type
            guard tables.isKind(type, of: mentions[host].type), mentions[host].interpreter == nil, roles[host] != .subject,
                  !frames.contains(where: { $0.contains(mentions[host].phrase.lowerBound) }),
                  mentions[host].type == type || !readsDiagnosis(type),
                  engine.knowledge.findings.types[type].specificity != .generic
            else { continue }
            let words = (mentions[host].phrase.upperBound..<cue.tokens.lowerBound).filter { token in
                !places.contains { $0.tokens.contains(token) } && !measurements.contains { $0.tokens.contains(token) }
            }
            if words.count <= 16 { hosts[reading] = host }
        }
        return hosts
    }

    /// "A hypodense lesion in the right kidney, which is considered compatible with a parapelvic cyst", "a mass at the
    /// right thyroid lobe (solid thyroid nodule)": what an interpretation cue (`interpreter`) or brackets say a finding is,
    /// placed by its own words only in that finding's organ and on no side, is where that finding is, side included (the
    /// finding's places are added to its own). A reading that names another structure, or a side, keeps its own places.
    func placesOfOrganReadings(_ mentions: [FindingMention], pairs: [Range<Int>], places: [Place], placesOf: inout [[Int]]) {
        var readOf = [Int?](filled: nil, count: mentions.count)
        for (index, mention) in mentions.enumerated() {
            if let reading = mention.interpreter { readOf[reading] = index }
        }
        for (index, mention) in mentions.enumerated() where readOf[index] == nil {
            guard let pair = pairs.first(where: { $0.contains(mention.phrase.lowerBound) }) else { continue }
            readOf[index] = mentions.indices.last { mentions[$0].phrase.upperBound < pair.lowerBound }
        }
        for (reading, read) in readOf.enumerated() {
            guard let read, !placesOf[reading].isEmpty else { continue }
            let organs = Set(placesOf[read].flatMap { places[$0].structures })
            guard placesOf[read].contains(where: { !places[$0].sides.isEmpty }),
                  placesOf[reading].allSatisfy({ places[$0].sides.isEmpty && !places[$0].structures.isEmpty
                      && places[$0].structures.allSatisfy(organs.contains) })
            else { continue }
            placesOf[reading] += placesOf[read].filter { !placesOf[reading].contains($0) }
        }
    }

    /// Whether a type is a diagnosis, or restates one, that reads appearances (`diagnosis`, `interprets`): pneumonia, and
    /// pneumonic infiltration.
    private func readsDiagnosis(_ type: Int) -> Bool {
        let diagnosis = engine.placeTables.restatementGroup[type]
        return engine.knowledge.findings.types[diagnosis].diagnosis || !engine.placeTables.interpretedTypes[diagnosis].isEmpty
    }
}

extension Finding {
    /// Whether what an interpretation cue says this finding is (`readingHosts`) is this finding named again: a reading of
    /// its own type, or of a narrower specific one naming its labels, which it then becomes ("nodules … in favor of
    /// intrapulmonary lymph nodes"). One of a weak word or naming fewer labels stays a finding of its own: "nodules … in
    /// favor of metastases" are lung nodules and a metastasis (a mass, copied into the impression), "mosaic attenuation in
    /// the form of aeration differences" the mosaic pattern and the aeration differences.
    func isNamedAgain(by reading: Finding, types: [FindingType], tables: PlaceTables) -> Bool {
        reading.assertion == assertion && (reading.typeIndex == typeIndex
            || tables.isKind(reading.typeIndex, of: typeIndex) && types[reading.typeIndex].specificity == .specific
                && Set(labels).isSubset(of: reading.labels))
    }

    /// Takes what an interpretation cue says this finding is (`isNamedAgain`): one finding, of the reading's type, with
    /// the labels of both, and the size, change and places the reading has where this one has none. It is not
    /// `interpreted`: no other finding holds its reading.
    mutating func takeReading(_ reading: Finding, types: [FindingType], explain: Bool) {
        if reading.typeIndex != typeIndex {
            retype(as: reading)
            if category != nil { category = types[reading.typeIndex].category }
        }
        labels = (labels + reading.labels).uniqued()
        if size == nil { size = reading.size }
        if sizeWord == nil { sizeWord = reading.sizeWord }
        if temporal == nil { temporal = reading.temporal }
        if laterality == .none && lobes.isEmpty && segments.isEmpty && places.isEmpty { addPlaces(of: [reading]) }
        if explain {
            explanation.append(ExplainStep(role: "named-again", id: reading.type, text: reading.text,
                                           origin: types[reading.typeIndex].origin.description))
        }
    }
}
