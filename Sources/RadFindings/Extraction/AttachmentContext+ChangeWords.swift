import RadLexicon
import RadText

extension AttachmentContext {
    /// For each mention, the change words (indices into `temporals`) that are its: the nearest phrase of the clause
    /// (`nearest`), then the passes of `AttachmentContext+Changes.swift`. `allMentions`: the sentence's phrases, named or
    /// not (pronouns among them); `organVerbs`: the measurements of organs, verbs of their clauses.
    /// (Its own method, not a block of `findings`, so that a sentence with no change word skips every pass: an early exit
    /// written inside `findings` made that function too large for the optimizer to inline the array accessors it calls,
    /// +36 K instructions per report, instructions.py.)
    func changesOf(_ mentions: [FindingMention], temporals: [Word<TemporalWord>], among allMentions: [FindingMention],
                   places: [Place], measurements: [Measurement], cues: [Cue], brackets: [Range<Int>], describing: [Bool],
                   assertions: [Assertion], organVerbs: [Range<Int>], sameClause: (Int, Int) -> Bool) -> [[Int]] {
        // (with no change word no pass has anything to give)
        guard !temporals.isEmpty else { return [[Int]](filled: [], count: mentions.count) }
        let tokens = lattice.tokens
        let types = engine.knowledge.findings.types
        // A temporal word ends its phrase's clause: the phrase after a coordinator is another's ("the nodules
        // in both lungs are stable and the consolidation has regressed").
        let changeWords = temporals.map(\.tokens)
        // A change word right before a phrase, with only "the", places and words no lexicon knows between, names it
        // rather than one as far before it ("an increase in the size of the nodule, an increase in the size of the
        // mediastinal lymph nodes", "emphysema and stable nonspecific parenchymal nodules").
        // (reads locals only: a closure that captured `self` would copy the context)
        let the = engine.words.the
        func governs(_ gap: Range<Int>) -> Bool {
            gap.allSatisfy { token in
                let form = tokens[token].form
                return form == the || form == Token.unknownForm && tokens[token].kind == .word
                    || places.contains { $0.tokens.contains(token) }
            }
        }
        var temporalOf = nearest(changeWords, mentions: mentions, sameClause: sameClause, within: 30, nextOnTie: governs,
                                 notAcrossCoordinators: true)
        giveChangesToHosts(changeWords, mentions: mentions, describing: describing, changesOf: &temporalOf)
        keepRelativeChanges(changeWords, mentions: mentions, cues: cues, describing: describing, changesOf: &temporalOf)
        giveChangesPastRelativeClauses(changeWords, mentions: mentions, cues: cues, describing: describing, changesOf: &temporalOf)
        keepChangesOutOfAsides(changeWords, mentions: mentions, brackets: brackets, describing: describing, changesOf: &temporalOf)
        // ("…; it is newly developed", "…, and they have increased": words that name the findings before them, named or not)
        let pronouns = allMentions.filter { types[$0.type].recap != nil }
        givePronounChangesBack(changeWords, mentions: mentions, pronouns: pronouns, cues: cues, describing: describing,
                               changesOf: &temporalOf)
        shareListChanges(changeWords, mentions: mentions, places: places, measurements: measurements, cues: cues,
                         sameClause: sameClause, changesOf: &temporalOf)
        shareAccompaniedChanges(changeWords, mentions: mentions, places: places, cues: cues, sameClause: sameClause,
                                changesOf: &temporalOf)
        shareChangesOfLists(changeWords, mentions: mentions, pronouns: pronouns, cues: cues, brackets: brackets,
                            describing: describing, assertions: assertions, changesOf: &temporalOf)
        // What an interpreted finding is said to be has its change too ("density increases …, which are evaluated in favor
        // of newly developed pneumonic infiltration": new densities).
        for (index, mention) in mentions.enumerated() where temporalOf[index].isEmpty {
            if let interpreter = mention.interpreter { temporalOf[index] = temporalOf[interpreter] }
        }
        shareChangesInList(changeWords, mentions: mentions, sameClause: sameClause, changesOf: &temporalOf)
        giveChangesOfFindingsAfter(changeWords, onlyAfter: temporals.map(\.value.ofFindingAfter), mentions: mentions,
                                   changesOf: &temporalOf)
        // (for changes, a clause verb said of the words before it ends its clause also right before "and", with no comma: "The
        // size of the thyroid gland has increased and a few nodules are observed in both lobes")
        let changeStarts = subjectClauseStarts(cues: cues, mentions: allMentions, places: places, verbs: organVerbs,
                                               verbsOfWordsBefore: true)
        keepChangesOutOfSubjectClauses(changeWords, mentions: mentions, subjectStarts: changeStarts, changesOf: &temporalOf)
        keepChangesOfPlacesBeforeCoordinators(changeWords, mentions: mentions, places: places, changesOf: &temporalOf)
        return temporalOf
    }
}
