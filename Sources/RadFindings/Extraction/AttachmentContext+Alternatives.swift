import RadLexicon

/// Alternative readings: what an interpretation cue offers as one of several ("mosaic attenuation consistent with small
/// airway or small vessel disease") is only possibly there.
extension AttachmentContext {
    /// "Mosaic attenuation consistent with small airway or small vessel disease", "an appearance compatible with ectasia or
    /// cyst": two or more findings of other types that an interpretation cue names right after it (within six words, in its
    /// clause), each joined to the one before by "or" with no comma between, are a differential: each one nothing else
    /// asserts is doubted (`uncertain`, the cue recorded). What the cue reads keeps its assertion, and "X or Y" with no
    /// reading cue before it ("nodules or masses") is no differential; nor are alternatives that all go with another
    /// finding (`secondary`: "a linear density consistent with band atelectasis or sequelae changes" names the one scar
    /// both ways, and is labelled both). So are those a cue offering alternatives names (`alternatives` in cues.xml: "The
    /// lesion could not be distinguished from atelectasis or consolidation").
    func doubtAlternativeReadings(_ mentions: [FindingMention], cues: [Cue], sameClause: (Int, Int) -> Bool,
                                  assertions: inout [(Assertion, Cue?)]) {
        let tokens = lattice.tokens
        let lexicon = engine.knowledge.cues.cues
        for cue in cues where cue.value.type == .interpretation || lexicon[cue.value.index].offersAlternatives {
            let end = cue.tokens.upperBound
            let after = mentions.indices.filter { mentions[$0].phrase.lowerBound >= end && sameClause(end, mentions[$0].head.lowerBound) }
                .sorted { mentions[$0].head.lowerBound < mentions[$1].head.lowerBound }
            guard let first = after.first, mentions[first].phrase.lowerBound - end <= 6 else { continue }
            var chain = [first]
            for index in after.dropFirst() {
                let previous = mentions[chain.last!].head
                let head = mentions[index].head
                guard head.lowerBound >= previous.upperBound else { continue }
                let between = previous.upperBound..<head.lowerBound
                guard between.contains(where: { tokens[$0].form == engine.words.or }),
                      !between.contains(where: { tokens[$0].form == engine.words.comma }),
                      !cues.contains(where: { between.contains($0.tokens.lowerBound) })
                else { break }
                chain.append(index)
            }
            let types = engine.knowledge.findings.types
            guard Set(chain.map { mentions[$0].type }).count >= 2, !chain.allSatisfy({ types[mentions[$0].type].secondary })
            else { continue }
            for index in chain where assertions[index].0 == .present && assertions[index].1 == nil {
                assertions[index] = (.uncertain, cue)
            }
        }
    }
}

extension AttachmentContext {
    /// "A mosaic attenuation pattern in both lungs (small airway disease, small vessel disease)": a closed bracket after a
    /// finding of its sentence that names two or more findings of more than one type, each head joined to the one before by
    /// a comma or "or", with no "and" and no cue in the bracket, offers readings of that finding, as "(small airway disease?
    /// small vessel disease?)" does: a differential, each reading nothing else asserts doubted (`uncertain`, with no cue word
    /// of its own). Not readings that all go with another finding (`secondary`: "(atelectasis, sequelae)"), nor a bracket
    /// naming one reading ("(cardiomegaly)" names the finding before it again), nor a list of what is there
    /// ("(consolidation and atelectasis)").
    func doubtBracketedAlternatives(_ mentions: [FindingMention], pairs: [Range<Int>], cues: [Cue],
                                    assertions: inout [(Assertion, Cue?)]) {
        let tokens = lattice.tokens
        let words = engine.words
        let types = engine.knowledge.findings.types
        for pair in pairs where pair.lowerBound > 0 && pair.upperBound < tokens.count {
            guard mentions.contains(where: { $0.phrase.upperBound < pair.lowerBound }) else { continue }
            let inside = mentions.indices.filter { pair.contains(mentions[$0].head.lowerBound) }
                .sorted { mentions[$0].head.lowerBound < mentions[$1].head.lowerBound }
            guard inside.count >= 2, Set(inside.map { mentions[$0].type }).count >= 2,
                  !inside.allSatisfy({ types[mentions[$0].type].secondary }),
                  inside.allSatisfy({ pair.contains(mentions[$0].phrase.lowerBound) && mentions[$0].phrase.upperBound <= pair.upperBound })
            else { continue }
            // No "and" in the bracket ("(consolidation and atelectasis)": both are there), nor a cue.
            let plain = !pair.contains { tokens[$0].form == words.and } && !cues.contains { pair.contains($0.tokens.lowerBound) }
            let linked = zip(inside, inside.dropFirst()).allSatisfy { previous, next in
                guard mentions[next].head.lowerBound > mentions[previous].head.upperBound else { return false }
                let between = mentions[previous].head.upperBound..<mentions[next].head.lowerBound
                return between.contains { tokens[$0].form == words.comma || tokens[$0].form == words.or }
            }
            guard plain, linked else { continue }
            for index in inside where assertions[index].0 == .present && assertions[index].1 == nil {
                assertions[index] = (.uncertain, nil)
            }
        }
    }
}
