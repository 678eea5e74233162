import RadLexicon
import RadText

/// Changes since an earlier study: which finding a change word of the sentence is said of, and words that
/// name findings of earlier sentences to say their change ("the described appearance has regressed").
extension AttachmentContext {
    /// A generic word that names findings of earlier sentences, the cue that makes it so, and which findings.
    struct Recap {
        var mention: Int
        var cue: Cue?
        var reach: RecapReach
    }

    /// Generic words that name findings of earlier sentences: after a recap cue ("other findings": every
    /// finding before), else after a reference cue ("the described appearance", "these findings": those of
    /// the sentences right before), else a word that does by itself (`recap` in findings.xml: "it"), unless a topic organ
    /// is named before it in its sentence ("The spleen enters the study partially and its size has increased": the
    /// spleen's, no change of the findings before).
    func recaps(_ mentions: [FindingMention], cues: [Cue]) -> [Recap] {
        let types = engine.knowledge.findings.types
        var result: [Recap] = []
        for (index, mention) in mentions.enumerated() where types[mention.type].specificity == .generic && !mention.isFeature {
            let naming = cues.filter { ($0.value.type == .recap || $0.value.type == .reference) && self.cue($0, names: mention.phrase, head: mention.head) }
            if let cue = naming.first(where: { $0.value.type == .recap }) {
                result.append(Recap(mention: index, cue: cue, reach: .report))
            } else if let cue = naming.last {
                // ("This appearance was also present before": the last sentence's; "these findings", the sentences before)
                result.append(Recap(mention: index, cue: cue, reach: mention.plural ? .sentencesBefore : cue.value.reach ?? .sentencesBefore))
            } else if let reach = types[mention.type].recap, !namesTopicOrgan(before: mention.phrase.lowerBound) {
                result.append(Recap(mention: index, cue: nil, reach: reach))
            }
        }
        return result
    }

    /// Whether a word before a token names a topic organ (`topic` in anatomy.xml: the spleen, the liver), which a pronoun
    /// after it in its sentence stands for.
    private func namesTopicOrgan(before token: Int) -> Bool {
        let structures = engine.knowledge.anatomy.structures
        return lattice.matches.contains { match in
            match.tokens.lowerBound < token && engine.lexicon.matcher.hits[match.hits].contains { hit in
                if case let .structure(index) = hit.entry { structures[index].topic } else { false }
            }
        }
    }

    /// "ground glass densities in both lower lobes, which are newly developed, and a tree-in-bud appearance":
    /// a change said in a relative clause (before its first comma or bracket) that names no finding is the
    /// change of the finding the clause describes (the last one before "which" that no feature word added to
    /// another: "a nodule with central calcification, which is stable"), not of one after the clause.
    func keepRelativeChanges(_ words: [Range<Int>], mentions: [FindingMention], cues: [Cue], describing: [Bool],
                             changesOf: inout [[Int]]) {
        guard !words.isEmpty, cues.contains(where: { $0.value.type == .relative }) else { return }
        let relatives = cues.filter { $0.value.type == .relative }
        let tokens = lattice.tokens
        let (comma, bracket) = (engine.words.comma, engine.words.openBracket)
        func endsClause(_ token: Int) -> Bool {
            tokens[token].form == comma || tokens[token].form == bracket
                || cues.contains { ($0.value.type == .scopeEnd || $0.value.type == .relative) && $0.tokens.lowerBound == token }
        }
        for (word, range) in words.enumerated() {
            guard let relative = relatives.last(where: { $0.tokens.upperBound <= range.lowerBound }),
                  !(relative.tokens.upperBound..<range.lowerBound).contains(where: endsClause),
                  let owner = changesOf.indices.first(where: { changesOf[$0].contains(word) }),
                  mentions[owner].phrase.lowerBound >= (range.upperBound..<tokens.count).first(where: endsClause) ?? tokens.count,
                  let host = lastHost(endingBy: relative.tokens.lowerBound, in: mentions, describing: describing)
            else { continue }
            moveChange(word, from: owner, to: host, mentions: mentions, changesOf: &changesOf)
        }
    }

    /// "The consolidated area, in which air bronchograms were observed in the previous examination, showed significant
    /// regression": a change said after a relative or accompanying clause set off by commas (", which …,", ", in which
    /// …,", ", accompanied by …,") is the change of the finding the clause describes (the last one before it, when it
    /// has none), not of a finding inside the clause. Not when that finding is what an interpretation cue in the clause
    /// says the host is ("patchy densities, which are evaluated in favor of atelectasis, which is newly seen": the
    /// atelectasis is new, and so, as what it is read as, are the densities).
    func giveChangesPastRelativeClauses(_ words: [Range<Int>], mentions: [FindingMention], cues: [Cue], describing: [Bool],
                                        changesOf: inout [[Int]]) {
        let tokens = lattice.tokens
        let comma = engine.words.comma
        let relatives = cues.filter {
            ($0.value.type == .relative || $0.value.type.accompanies) && $0.tokens.lowerBound > 0
                && tokens[$0.tokens.lowerBound - 1].form == comma
        }
        guard !words.isEmpty, !relatives.isEmpty else { return }
        for (word, range) in words.enumerated() {
            guard let owner = changesOf.indices.first(where: { changesOf[$0].contains(word) }),
                  mentions[owner].phrase.upperBound <= range.lowerBound,
                  let relative = relatives.last(where: { $0.tokens.upperBound <= mentions[owner].phrase.lowerBound }),
                  let close = (mentions[owner].phrase.upperBound..<range.lowerBound).first(where: { tokens[$0].form == comma }),
                  !(relative.tokens.upperBound..<mentions[owner].phrase.lowerBound).contains(where: { tokens[$0].form == comma }),
                  !mentions.contains(where: { $0.phrase.lowerBound > close && $0.phrase.upperBound <= range.lowerBound }),
                  let host = lastHost(endingBy: relative.tokens.lowerBound, in: mentions, describing: describing),
                  changesOf[host].isEmpty,
                  !mentions.contains(where: {
                      $0.phrase == mentions[host].phrase && $0.interpreter.map { mentions[$0].phrase } == mentions[owner].phrase
                  })
            else { continue }
            moveChange(word, from: owner, to: host, mentions: mentions, changesOf: &changesOf)
        }
    }

    /// "Centriacinar nodular densities in the left lower lobe; it is newly developed and may be secondary to an infective
    /// process", "…, and it has recently emerged": a change said in a clause that opens with a pronoun for what the
    /// clause before it names (right after a scope end such as ";" or after "and"), two words at most after the pronoun
    /// (no comma, finding or cue of a clause of its own between), is the change of the last finding before the pronoun
    /// (none that a feature word adds to another), not of a finding the clause names after it as a cause or a reading.
    func givePronounChangesBack(_ words: [Range<Int>], mentions: [FindingMention], pronouns: [FindingMention], cues: [Cue],
                                describing: [Bool], changesOf: inout [[Int]]) {
        guard !words.isEmpty, !pronouns.isEmpty else { return }
        let tokens = lattice.tokens
        let (comma, and) = (engine.words.comma, engine.words.and)
        for (word, range) in words.enumerated() {
            guard let pronoun = pronouns.last(where: { $0.phrase.upperBound <= range.lowerBound }),
                  pronoun.phrase.lowerBound > 0,
                  tokens[pronoun.phrase.lowerBound - 1].form == and
                    || cues.contains(where: { $0.value.type == .scopeEnd && $0.tokens.upperBound == pronoun.phrase.lowerBound }),
                  range.lowerBound - pronoun.phrase.upperBound <= 2,
                  !(pronoun.phrase.upperBound..<range.lowerBound).contains(where: { tokens[$0].form == comma }),
                  !mentions.contains(where: { (pronoun.phrase.upperBound..<range.lowerBound).overlaps($0.phrase) }),
                  !cues.contains(where: {
                      Self.clauseCueTypes.contains($0.value.type) && (pronoun.phrase.upperBound..<range.lowerBound).overlaps($0.tokens)
                  }),
                  let owner = changesOf.indices.first(where: { changesOf[$0].contains(word) }),
                  mentions[owner].phrase.lowerBound >= range.upperBound,
                  let host = lastHost(endingBy: pronoun.phrase.lowerBound, in: mentions, describing: describing)
            else { continue }
            moveChange(word, from: owner, to: host, mentions: mentions, changesOf: &changesOf)
        }
    }

    /// "ground glass densities around them (septic emboli?, tuberculosis?), which have newly emerged": a change said after
    /// a bracketed aside is the change of the finding the aside is about (the last one before the bracket), not of a
    /// reading inside it.
    func keepChangesOutOfAsides(_ words: [Range<Int>], mentions: [FindingMention], brackets: [Range<Int>], describing: [Bool],
                                changesOf: inout [[Int]]) {
        guard !brackets.isEmpty else { return }
        for (word, range) in words.enumerated() {
            guard let owner = changesOf.indices.first(where: { changesOf[$0].contains(word) }),
                  let pair = brackets.first(where: { $0.contains(mentions[owner].phrase.lowerBound) }),
                  pair.upperBound < range.lowerBound, pair.lowerBound > 0,
                  let host = lastHost(endingBy: pair.lowerBound - 1, in: mentions, describing: describing),
                  !brackets.contains(where: { $0.contains(mentions[host].phrase.lowerBound) })
            else { continue }
            moveChange(word, from: owner, to: host, mentions: mentions, changesOf: &changesOf)
        }
    }

    /// The finding a clause or cue after `token` is said of: the last one whose phrase ends by it that is an item of its
    /// own (no feature word added to another, no adjective, none describing another).
    func lastHost(endingBy token: Int, in mentions: [FindingMention], describing: [Bool]? = nil) -> Int? {
        mentions.indices.last {
            mentions[$0].phrase.upperBound <= token && !mentions[$0].isFeature && !mentions[$0].isAdjective
                && !(describing?[$0] ?? false)
        }
    }

    /// Change word `word` goes from the findings of one phrase (`owner`'s) to those of another (`host`'s).
    private func moveChange(_ word: Int, from owner: Int, to host: Int, mentions: [FindingMention], changesOf: inout [[Int]]) {
        for index in mentions.indices {
            if mentions[index].phrase == mentions[owner].phrase { changesOf[index].removeAll { $0 == word } }
            if mentions[index].phrase == mentions[host].phrase { changesOf[index].append(word) }
        }
    }

    /// Cues that make a finding a clause of its own rather than an item of a list.
    private static let clauseCueTypes: Set<CueType> = [.negation, .uncertainty, .pseudo, .predicate, .relative, .scopeEnd, .interpretation]

    /// "The nodule in the right upper lobe, the atelectasis in the left lower lobe and the pleural effusion are
    /// stable": a change said after a list of findings is said of every item. A finding without a change takes
    /// the next one's when that one's change word follows it in the same clause as a predicate ("are stable",
    /// "…, and no significant difference was observed"; not opening a list item or naming the finding after it:
    /// "…, increased diameter of both pulmonary arteries"), and only places, sizes ("…, the largest 5.5 mm in
    /// diameter, and …"), links, "the" and at most two other words (no cue of a clause) stand between the two
    /// findings. The list must end in "and" or "or"
    /// ("Atelectatic changes in both lungs, areas of consolidation regressing": two items, the change the last's).
    func shareListChanges(_ words: [Range<Int>], mentions: [FindingMention], places: [Place], measurements: [Measurement],
                          cues: [Cue], sameClause: (Int, Int) -> Bool, changesOf: inout [[Int]]) {
        guard !words.isEmpty, mentions.count > 1 else { return }
        let tokens = lattice.tokens
        let coordinators = engine.words.coordinators
        let comma = engine.words.comma
        let items = mentions.indices.filter { !mentions[$0].isFeature && !mentions[$0].isAdjective }
        var shared = Set<Int>()
        for (position, index) in items.enumerated().reversed() where changesOf[index].isEmpty {
            guard let next = items[(position + 1)...].first(where: { mentions[$0].phrase.lowerBound >= mentions[index].phrase.upperBound }),
                  let word = changesOf[next].first(where: { words[$0].lowerBound >= mentions[next].phrase.upperBound }),
                  tokens[words[word].lowerBound - 1].form != comma,
                  !mentions.contains(where: { $0.phrase.lowerBound == words[word].upperBound }),
                  sameClause(mentions[index].phrase.upperBound, words[word].lowerBound)
            else { continue }
            let between = mentions[index].phrase.upperBound..<mentions[next].phrase.lowerBound
            let others = between.filter { token in
                !coordinators.contains(tokens[token].form) && tokens[token].form != engine.words.the
                    && !places.contains { $0.tokens.contains(token) } && !measurements.contains { $0.tokens.contains(token) }
            }
            let links = between.filter { coordinators.contains(tokens[$0].form) }
            guard others.count <= 2, !links.isEmpty,
                  shared.contains(next) || links.contains(where: { tokens[$0].form != comma }),
                  !cues.contains(where: { between.overlaps($0.tokens) && Self.clauseCueTypes.contains($0.value.type) })
            else { continue }
            for other in mentions.indices where mentions[other].phrase == mentions[index].phrase {
                changesOf[other] = [word]
                shared.insert(other)
            }
        }
    }

    /// "A few nodules in the right upper lobe, and a mass in the middle lobe are observed, and they have grown",
    /// "consolidation areas in both upper lobes, and ground glass densities around them, which have newly appeared": a
    /// change said of a whole list after its last item reaches every item, not only the last. It is said of the list in
    /// a relative clause opened by a comma after the last item; after a plural word that names the findings before it
    /// ("…, and they"); as the predicate right after the last item (no comma right before it, no other finding, "and",
    /// clause or "showing" between: "…, and bronchi filled with secretions in places, is new"); or right after "and"
    /// past the list's verb ("…, and pleural thickening were observed in the lower lobes, and no significant difference
    /// was found"); or in a clause after a scope end that closes the list and names no finding (`closesList`: "…, and
    /// fibrotic bands around them, structural distortion; findings are also present in the previous examination"), when
    /// the list has its "and" or "or" anywhere, not only before its last item. The list runs back from the item the
    /// change went to over items joined by commas or coordinators (the last two by "and" or "or"), or by what joins a
    /// finding to the one before it ("consolidation in which air bronchograms are seen", "density consistent with
    /// consolidation"), up to an item with a change of its own (which keeps it), a denied one, a scope end ("but", ";"),
    /// another change word, a pronoun ("…, and it is understood that the lesion …") or a verb of an item's own ("Nodules
    /// are observed in the right lung, and consolidation …, which has progressed": the nodules are another statement; a
    /// verb inside a relative clause is the clause's).
    func shareChangesOfLists(_ words: [Range<Int>], mentions: [FindingMention], pronouns: [FindingMention], cues: [Cue],
                             brackets: [Range<Int>], describing: [Bool], assertions: [Assertion],
                             changesOf: inout [[Int]]) {
        guard !words.isEmpty, mentions.count > 1 else { return }
        let tokens = lattice.tokens
        let (comma, bracket, coordinators) = (engine.words.comma, engine.words.openBracket, engine.words.coordinators)
        let joining: Set<CueType> = [.relative, .accompaniment, .interpretation, .proximity]
        let aside = { (token: Int) in brackets.contains { $0.contains(token) } }
        let items = mentions.indices.filter {
            !mentions[$0].isFeature && !mentions[$0].isAdjective && !describing[$0] && !aside(mentions[$0].phrase.lowerBound)
        }
        // A verb of its clause's subject, not of a relative clause opened since the last comma before it.
        let ownVerbs = cues.filter { cue in
            let clauseStart = (0..<cue.tokens.lowerBound).last(where: { tokens[$0].form == comma }) ?? 0
            return cue.value.type == .predicate && !cues.contains {
                ($0.value.type == .relative || $0.value.type == .accompaniment)
                    && (clauseStart..<cue.tokens.lowerBound).contains($0.tokens.lowerBound)
            }
        }
        for (word, range) in words.enumerated() {
            guard let last = items.last(where: { changesOf[$0].contains(word) && mentions[$0].phrase.upperBound <= range.lowerBound })
            else { continue }
            let tail = mentions[last].phrase.upperBound..<range.lowerBound
            let tailEnds = cues.filter { $0.value.type == .scopeEnd && tail.overlaps($0.tokens) }
            let closing = tailEnds.count == 1
                && closesList(tailEnds[0], tail: tail, pronouns: pronouns, brackets: brackets)
            guard tailEnds.isEmpty || closing,
                  !words.contains(where: { tail.overlaps($0) }),
                  !mentions.contains(where: { tail.contains($0.phrase.lowerBound) && !aside($0.phrase.lowerBound) })
            else { continue }
            let relative = cues.last { cue in
                cue.value.type == .relative && tail.contains(cue.tokens.lowerBound) && tokens[cue.tokens.lowerBound - 1].form == comma
                    && !(cue.tokens.upperBound..<range.lowerBound).contains { tokens[$0].form == comma || tokens[$0].form == bracket }
            }
            let pronoun = pronouns.last { pronoun in
                pronoun.plural && tail.contains(pronoun.phrase.lowerBound)
                    && coordinators.contains(tokens[pronoun.phrase.lowerBound - 1].form)
                    && !(pronoun.phrase.upperBound..<range.lowerBound).contains { tokens[$0].form == comma }
            }
            let before = tokens[range.lowerBound - 1].form
            // (not what the last item shows: "…, and lymph nodes showing an increase in size")
            let predicate = !mentions.contains(where: { $0.phrase.lowerBound == range.upperBound })
                && !cues.contains(where: { joining.contains($0.value.type) && tail.overlaps($0.tokens) })
                && !tail.contains(where: { engine.words.features.contains(tokens[$0].form) && !lattice.isCovered($0) })
                && (before != comma && !tail.contains(where: { coordinators.contains(tokens[$0].form) && tokens[$0].form != comma })
                    // "… are observed in both lungs, and no significant difference was found"
                    || before != comma && coordinators.contains(before) && ownVerbs.contains(where: { tail.contains($0.tokens.lowerBound) }))
            guard closing || relative != nil || pronoun != nil || predicate else { continue }
            // (the list's "and" may stand inside the last phrase: "…, areas of bronchiectasis, and pleural thickening")
            let lastHead = mentions.filter { $0.phrase == mentions[last].phrase }.map(\.head.lowerBound).max()
                ?? mentions[last].head.lowerBound
            var list: [Int] = []
            var next = last
            for item in items.reversed() where mentions[item].phrase.upperBound <= mentions[next].phrase.lowerBound {
                let gap = mentions[item].phrase.upperBound..<mentions[next].phrase.lowerBound
                let links = gap.filter { coordinators.contains(tokens[$0].form) && !aside($0) }
                let joined = !links.isEmpty || cues.contains { joining.contains($0.value.type) && gap.overlaps($0.tokens) }
                // (an item the change reached already, "X, Y and Z are stable", passes it on)
                if changesOf[item] == [word] {
                    next = item
                    continue
                }
                guard joined, changesOf[item].isEmpty, assertions[item] != .absent,
                      next != last || closing || (mentions[item].phrase.upperBound..<lastHead).contains(where: {
                          tokens[$0].form != comma && coordinators.contains(tokens[$0].form) && !aside($0)
                      }),
                      !words.contains(where: { gap.overlaps($0) }), !pronouns.contains(where: { gap.overlaps($0.phrase) }),
                      !cues.contains(where: { $0.value.type == .scopeEnd && gap.overlaps($0.tokens) }),
                      !ownVerbs.contains(where: { gap.overlaps($0.tokens) })
                else { break }
                list.append(item)
                next = item
            }
            // (a list a clause closes has its "and" or "or" anywhere: "A, and B, C; stable")
            if closing, let first = list.last, !(mentions[first].phrase.upperBound..<lastHead).contains(where: {
                tokens[$0].form != comma && coordinators.contains(tokens[$0].form) && !aside($0)
            }) { continue }
            for item in list {
                for index in mentions.indices where mentions[index].phrase == mentions[item].phrase && changesOf[index].isEmpty {
                    changesOf[index] = [word]
                }
            }
        }
    }

    /// "Suture materials in the right upper lobe, and fibrotic bands around them, structural distortion; findings are also
    /// present in the previous examination": whether scope end `end`, in the tail between a list's last item and a change
    /// word, opens a clause that closes the whole list: a scope end of its sentence (not one that sets apart what comes
    /// after it), with no comma, bracket or pronoun naming one finding between it and the change word.
    private func closesList(_ end: Cue, tail: Range<Int>, pronouns: [FindingMention], brackets: [Range<Int>]) -> Bool {
        let clause = end.tokens.upperBound..<tail.upperBound
        let tokens = lattice.tokens
        return end.value.reach == nil && tail.contains(end.tokens.lowerBound)
            && !clause.contains(where: { tokens[$0].form == engine.words.comma })
            && !brackets.contains(where: { clause.overlaps($0) })
            && !pronouns.contains(where: { !$0.plural && clause.contains($0.phrase.lowerBound) })
    }

    /// "Consolidation in the right lower lobe accompanied by air bronchograms has regressed": a change said after
    /// what an accompaniment cue adds to a finding (only places between the finding and the cue, the added one
    /// within the cue's reach), as the clause's predicate (no relative pronoun before it), is the finding's too.
    func shareAccompaniedChanges(_ words: [Range<Int>], mentions: [FindingMention], places: [Place], cues: [Cue],
                                 sameClause: (Int, Int) -> Bool, changesOf: inout [[Int]]) {
        guard !words.isEmpty, mentions.count > 1 else { return }
        for cue in cues where cue.value.type.accompanies {
            guard let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= cue.tokens.lowerBound }),
                  changesOf[host].isEmpty, !mentions[host].isFeature, !mentions[host].isAdjective,
                  (mentions[host].phrase.upperBound..<cue.tokens.lowerBound).allSatisfy({ token in places.contains { $0.tokens.contains(token) } }),
                  let guest = mentions.indices.first(where: { mentions[$0].phrase.lowerBound >= cue.tokens.upperBound }),
                  mentions[guest].phrase.lowerBound - cue.tokens.upperBound <= cue.value.window ?? 4,
                  let word = changesOf[guest].first(where: { words[$0].lowerBound >= mentions[guest].phrase.upperBound }),
                  sameClause(mentions[host].phrase.upperBound, words[word].lowerBound),
                  !cues.contains(where: { $0.value.type == .relative
                      && (mentions[guest].phrase.upperBound..<words[word].lowerBound).contains($0.tokens.lowerBound) })
            else { continue }
            for index in mentions.indices where mentions[index].phrase == mentions[host].phrase { changesOf[index] = [word] }
        }
    }

    /// "There was no significant difference in the areas of ground glass density in both lungs, and in the areas of
    /// atelectasis in the right upper lobe": a change said before "in" and the finding it names is also the change of
    /// each later finding of its clause that a coordinator and "in" introduce (at most two words between "in" and
    /// the finding, none of them another finding), or "and" ("an increase in the amount of effusion and lung atelectasis":
    /// one word at most between), while the list goes on.
    func shareChangesInList(_ words: [Range<Int>], mentions: [FindingMention], sameClause: (Int, Int) -> Bool,
                            changesOf: inout [[Int]]) {
        guard !words.isEmpty, mentions.count > 1 else { return }
        let tokens = lattice.tokens
        let coordinators = engine.words.coordinators
        for (word, range) in words.enumerated() {
            guard let first = mentions.indices.first(where: { changesOf[$0].contains(word) && mentions[$0].phrase.lowerBound >= range.upperBound }),
                  range.contains(where: { tokens[$0].form == engine.words.in })
                    || (range.upperBound..<mentions[first].phrase.lowerBound).contains(where: { tokens[$0].form == engine.words.in })
            else { continue }
            var previous = first
            for next in mentions.indices where mentions[next].phrase.lowerBound >= mentions[previous].phrase.upperBound
                && mentions[next].phrase != mentions[previous].phrase {
                let between = mentions[previous].phrase.upperBound..<mentions[next].phrase.lowerBound
                // ("… and in the areas of atelectasis", or "and" right before it, one word at most between: "an increase
                // in the amount of effusion and lung atelectasis")
                let inLink = between.last(where: { tokens[$0].form == engine.words.in }).map { link in
                    link > between.lowerBound && coordinators.contains(tokens[link - 1].form) && mentions[next].phrase.lowerBound - link <= 3
                        && sameClause(range.upperBound, mentions[next].phrase.lowerBound)
                } ?? false
                let andLink = (1...2).contains(between.count) && tokens[between.lowerBound].form == engine.words.and
                guard inLink || andLink, changesOf[next].isEmpty else { break }
                for index in mentions.indices where mentions[index].phrase == mentions[next].phrase { changesOf[index] = [word] }
                previous = next
            }
        }
    }

    /// "A consolidation area in the right lung with air bronchograms; increase in size": a change said after a
    /// feature read as a phrase of its own is its host's (the last finding before it that is none), when the host
    /// has none; one said before the feature ("with newly developed septal thickening") stays its own.
    func giveChangesToHosts(_ words: [Range<Int>], mentions: [FindingMention], describing: [Bool],
                                    changesOf: inout [[Int]]) {
        for index in mentions.indices where describing[index] {
            let after = changesOf[index].filter { words[$0].lowerBound >= mentions[index].phrase.upperBound }
            guard !after.isEmpty,
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= mentions[index].phrase.lowerBound && !describing[$0] }),
                  changesOf[host].isEmpty
            else { continue }
            for other in mentions.indices where mentions[other].phrase == mentions[index].phrase {
                changesOf[other].removeAll { after.contains($0) }
            }
            for other in mentions.indices where mentions[other].phrase == mentions[host].phrase { changesOf[other] += after }
        }
    }

    /// "There is an increase in the pleural effusion on the right": a change word that names only the finding right
    /// after it (`of-finding-after` in cues.xml) is the change of the finding whose phrase starts right after it, and
    /// no finding's when none does ("wall thickness increase in the esophagus", "… increase in the left lung upper lobe").
    func giveChangesOfFindingsAfter(_ words: [Range<Int>], onlyAfter: [Bool], mentions: [FindingMention],
                                    changesOf: inout [[Int]]) {
        for (word, range) in words.enumerated() where onlyAfter[word] {
            for index in changesOf.indices { changesOf[index].removeAll { $0 == word } }
            guard let target = mentions.indices.first(where: {
                mentions[$0].phrase.lowerBound == range.upperBound && !mentions[$0].isFeature && !mentions[$0].isAdjective
            }) else { continue }
            for index in mentions.indices where mentions[index].phrase == mentions[target].phrase && changesOf[index].isEmpty {
                changesOf[index] = [word]
            }
        }
    }

    /// "There is an increase in size in the right lobe of the thyroid gland and a hypodense nodule": a change word said of
    /// the place right after it (a place, and no finding, between the word and the "and" or "or" that follows) is that
    /// place's, not the change of a finding after the coordinator (the nodule is not said to have grown). Not past a comma
    /// ("Resolution period in the right lower lobe, consistent with infection-sequelae": what the place shows). Not a change
    /// word that opens a list item ("…, increased and new ground glass densities"), one that names what follows it ("an
    /// increase in the size and number of the nodules": no place before the coordinator), nor one whose coordinator joins
    /// places of the finding ("an increase in the size of bilateral axillary and mediastinal lymph nodes": a place after it).
    func keepChangesOfPlacesBeforeCoordinators(_ words: [Range<Int>], mentions: [FindingMention], places: [Place],
                                               changesOf: inout [[Int]]) {
        guard !words.isEmpty, !places.isEmpty else { return }
        let tokens = lattice.tokens
        let (comma, coordinators) = (engine.words.comma, engine.words.coordinators)
        for (word, range) in words.enumerated() {
            guard range.lowerBound == 0 || !coordinators.contains(tokens[range.lowerBound - 1].form),
                  let owner = changesOf.indices.first(where: { changesOf[$0].contains(word) }),
                  mentions[owner].phrase.lowerBound >= range.upperBound,
                  let link = (range.upperBound..<mentions[owner].phrase.lowerBound).first(where: {
                      tokens[$0].form != comma && coordinators.contains(tokens[$0].form)
                  }),
                  places.contains(where: { (range.upperBound..<link).contains($0.tokens.lowerBound) }),
                  !mentions.contains(where: { (range.upperBound..<link).overlaps($0.phrase) }),
                  !places.contains(where: { (link..<mentions[owner].phrase.lowerBound).contains($0.tokens.lowerBound) })
            else { continue }
            for index in mentions.indices where mentions[index].phrase == mentions[owner].phrase {
                changesOf[index].removeAll { $0 == word }
            }
        }
    }

    /// Whether words of its clause stand right before a clause verb (no sentence start, comma or other coordinator): it is
    /// said of them ("the thyroid gland has increased and …"), not an adjective opening a list item ("…, stable and
    /// increased nodules are observed").
    func saysOfWordsBefore(_ verb: Range<Int>) -> Bool {
        verb.lowerBound > 0 && !engine.words.coordinators.contains(lattice.tokens[verb.lowerBound - 1].form)
    }

    /// "The dimensions of the thyroid gland have increased, and a hypodense nodule is observed in the left lobe": a change
    /// word said before a clause with a subject of its own (`subjectStarts`, see `subjectClauseStarts`; for changes a clause
    /// verb said of the words before it may end its clause with no comma before the "and": "… have increased and a nodule
    /// is observed") is the change of what its own clause names, not of a finding in that later clause, however near (the
    /// nodule is not said to have grown). One said after the finding stays ("The nodule has increased in size, and it
    /// measures 12 mm").
    func keepChangesOutOfSubjectClauses(_ words: [Range<Int>], mentions: [FindingMention], subjectStarts: [Int],
                                        changesOf: inout [[Int]]) {
        guard !subjectStarts.isEmpty else { return }
        for index in mentions.indices {
            let start = mentions[index].phrase.lowerBound
            changesOf[index].removeAll { word in
                subjectStarts.contains { $0 >= words[word].upperBound && $0 < start }
            }
        }
    }
}
