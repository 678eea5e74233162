import RadLexicon
import RadText

extension AttachmentContext {
    /// "Nodules in both lungs. The largest of these is in the right lower lobe and measures 30 mm.", "The largest was
    /// measured in the subcarinal area, measuring 15x9 mm.", "Compared to the previous examination, the largest one is
    /// observed in the anterobasal segment …": a sentence that names no finding and opens with a reference cue to a member
    /// of a set (`member` in cues.xml; after a comparison frame, a scope end such as "however", and commas at most), sure
    /// and not denied up to its size (a doubt after it is of what follows: "…, possibly superposed on each other"), says
    /// where the largest member of the set named before is and how large: one finding of the type of words that name the
    /// findings of the sentence before (`type`), `Antecedent.member`, with the sentence's places and its first size of
    /// today (not an organ's), which `ReportParser` gives to that set (see
    /// ``ReportParser/resolveReferences(in:placedBefore:)``); one that opens with some member, not the largest (`some`:
    /// "One of them is in the left lower lobe", "The other one measures 5 mm"), `Antecedent.someMember`.
    func subjectlessMember(in sentence: Sentence, type: Int, places: [Place], measurements: [Measurement]) -> Finding? {
        let cues = self.cues()
        let members = engine.knowledge.cues.cues
        let size = measurements.first { $0.organ == nil && !$0.earlier }
        // (a doubt or denial past its size is of what follows: "…, measured as 30x23 mm, possibly superposed on each other")
        let doubtsUpTo = size?.tokens.upperBound ?? lattice.tokens.count
        guard let member = cues.first(where: {
                  $0.value.type == .reference && (members[$0.value.index].member || members[$0.value.index].some)
              }),
              !cues.contains(where: {
                  ($0.value.type == .negation || $0.value.type == .uncertainty) && $0.tokens.lowerBound < doubtsUpTo
              })
        else { return nil }
        let framed = comparisonFrames(cues: cues, before: member.tokens.lowerBound)
        let opens = (0..<member.tokens.lowerBound).allSatisfy { token in
            lattice.tokens[token].kind == .punct || framed.contains { $0.contains(token) }
                || cues.contains { $0.value.type == .scopeEnd && $0.tokens.contains(token) }
        }
        guard opens else { return nil }
        var steps = ExplainLog(enabled: explain)
        steps.add(ExplainStep(role: "cue", id: engine.knowledge.cues.cues[member.value.index].id,
                              text: lattice.text(member.tokens, in: report), origin: origin(member)))
        if let size {
            let rule = engine.grammar.rules[size.rule]
            steps.add(ExplainStep(role: "size", id: rule.id, text: lattice.text(size.tokens, in: report), origin: rule.origin.description))
        }
        var sides = Sides()
        var structures: [Int] = []
        for place in places where !place.structures.isEmpty && !framed.contains(where: { $0.contains(place.tokens.lowerBound) }) {
            sides.formUnion(place.sides)
            structures += place.structures
            let rule = engine.grammar.rules[place.rule]
            steps.add(ExplainStep(role: "location", id: rule.id, text: lattice.text(place.tokens, in: report),
                                  origin: rule.origin.description))
        }
        var finding = sentenceBeforeFinding(sentence, type: type, tokens: member.tokens.lowerBound..<lattice.tokens.count, size: size,
                                            temporal: nil, steps: steps.steps, scope: structures.uniqued(),
                                            laterality: Laterality(sides: sides))
        finding.lobes = engine.placeTables.lobeCodes(of: finding.structures)
        finding.antecedent = members[member.value.index].some ? .someMember : .member
        return finding
    }
}
