import RadLexicon

/// Assertion: what a cue that closes its sentence says of the last finding named before it.
extension AttachmentContext {
    /// A cue that reaches the last finding when it closes its sentence (`last-at-end` in cues.xml: the question of "Nodular
    /// increase in thickness adenoma in the left adrenal gland, in which fat density is also observed?") says what it says of
    /// the last finding named before it in its clause, however far, when no cue reaches that finding. The findings named before
    /// that one keep their own assertion ("Nodules in both lungs, metastasis?": the nodules are seen), and so does a finding
    /// before a bracket the cue stands in ("mosaic attenuation pattern in both lungs (small airway disease?").
    func assertLastBeforeClosingCue(_ mentions: [FindingMention], cues: [Cue], sameClause: (Int, Int) -> Bool,
                                    assertions: inout [(Assertion, Cue?)]) {
        let tokens = lattice.tokens
        for cue in cues where engine.knowledge.cues.cues[cue.value.index].reachesLastAtEnd {
            let start = cue.tokens.lowerBound
            // (nothing but punctuation after it, a closing quote or full stop, and a word right before it: not the lone "?" of
            // "Degenerative changes are observed in the bone structures. ?.", which its sentence took up)
            guard start > 0, tokens[start - 1].kind != .punct,
                  !(cue.tokens.upperBound..<tokens.count).contains(where: { tokens[$0].kind != .punct }),
                  let head = mentions.filter({ $0.phrase.upperBound <= start }).map(\.head.lowerBound).max()
            else { continue }
            for index in mentions.indices where mentions[index].head.lowerBound == head {
                let phrase = mentions[index].phrase
                guard assertions[index].1 == nil, sameClause(phrase.upperBound, start), !opensBracket(phrase.upperBound..<start)
                else { continue }
                assertions[index] = (cue.value.type == .negation ? .absent : .uncertain, cue)
            }
        }
    }
}
