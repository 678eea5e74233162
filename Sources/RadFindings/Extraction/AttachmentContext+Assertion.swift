import RadLexicon

/// Assertion: which negation or uncertainty cue reaches each finding, and where clauses end for cues.
extension AttachmentContext {
    /// Where the clause of each predicate cue ends: a coordinator right after it, or after the places said right after it
    /// ("a new nodule is observed and metastasis cannot be excluded", "a nodule is observed in the left upper lobe and
    /// metastasis cannot be excluded": the "and"), else the first comma after it, when no finding
    /// phrase starts between them ("no mass is observed in both lungs, sequelae in the apices": the comma).
    /// A verb in a relative clause (", which was observed before, was not detected") ends nothing.
    func predicateEnds(cues: [Cue], mentions: [FindingMention], places: [Place]) -> [Int] {
        let comma = engine.words.comma
        let tokens = lattice.tokens
        return cues.compactMap { cue -> Int? in
            guard cue.value.type == .predicate else { return nil }
            let clauseStart = (0..<cue.tokens.lowerBound).last(where: { tokens[$0].form == comma }) ?? 0
            guard !cues.contains(where: { $0.value.type == .relative && (clauseStart..<cue.tokens.lowerBound).contains($0.tokens.lowerBound) })
            else { return nil }
            let next = pastPlaces(from: cue.tokens.upperBound, places: places)
            let coordinated = next < tokens.count && engine.words.coordinators.contains(tokens[next].form)
            guard let end = coordinated ? next : (next..<tokens.count).first(where: { tokens[$0].form == comma }),
                  !mentions.contains(where: { (cue.tokens.upperBound..<end).contains($0.phrase.lowerBound) })
            else { return nil }
            return end
        }
    }

    /// The first position from `position` on past the places said there, each brought in by at most two words ("in the
    /// left upper lobe and …": the "and").
    func pastPlaces(from position: Int, places: [Place]) -> Int {
        let tokens = lattice.tokens
        var next = position
        while let place = places.first(where: { place in
            place.tokens.lowerBound >= next && place.tokens.lowerBound - next <= 2
                && (next..<place.tokens.lowerBound).allSatisfy { tokens[$0].kind == .word && !engine.words.coordinators.contains(tokens[$0].form) }
        }) {
            next = place.tokens.upperBound
        }
        return next
    }

    /// Where a clause with a subject of its own opens after "and": "The diameter of the aorta reaches 82 mm at the arch, and
    /// a stent is observed in the descending aorta" (the stent's clause). The "and" stands between two verbs: before it a
    /// predicate cue with no finding named between them, or an organ's measurement (`verbs`: "the aorta reaches 82 mm");
    /// after it a finding named before any comma (the subject), then a predicate cue with no finding named between it and
    /// the next comma ("and mild nodules are observed in the right lung"). No scope end stands between the verbs. Not "… is
    /// 40 mm and shows dilatation" (one subject), nor "Emphysema and bullae are observed" (one verb), nor "stable nodules
    /// and …" (the predicate cue is an adjective of a finding after it), nor an "and" inside a place ("in the mediastinum and
    /// both hila").
    /// A negation cue that holds its clause's verb (`holdsVerb`: "There is no effusion on the right, and a minimal effusion is
    /// observed on the left") stands for the verb before the "and", with its subject between them.
    /// With `verbsOfWordsBefore`, a predicate cue said of the words before it (`saysOfWordsBefore`) is one of `verbs` too.
    func subjectClauseStarts(cues: [Cue], mentions: [FindingMention], places: [Place], verbs: [Range<Int>],
                             verbsOfWordsBefore: Bool = false) -> [Int] {
        let tokens = lattice.tokens
        guard tokens.contains(where: { $0.form == engine.words.and }) else { return [] }
        let comma = engine.words.comma
        // The predicate cues that end their clause (no finding named after one before the next comma), then `verbs`. (One list,
        // sized once; the sentence's scope ends are read from its cues in place.)
        var verbsBefore: [Range<Int>] = []
        verbsBefore.reserveCapacity((verbsOfWordsBefore ? 2 : 1) * cues.count + verbs.count)
        for cue in cues where cue.value.type == .predicate {
            let end = (cue.tokens.upperBound..<tokens.count).first(where: { tokens[$0].form == comma }) ?? tokens.count
            if !mentions.contains(where: { (cue.tokens.upperBound..<end).contains($0.phrase.lowerBound) }) {
                verbsBefore.append(cue.tokens)
            }
        }
        let clauseVerbCount = verbsBefore.count
        verbsBefore += verbs
        if verbsOfWordsBefore {
            for cue in cues where cue.value.type == .predicate && saysOfWordsBefore(cue.tokens) { verbsBefore.append(cue.tokens) }
        }
        func apart(_ a: Int, _ b: Int) -> Bool {
            cues.contains { $0.value.type == .scopeEnd && $0.tokens.lowerBound >= a && $0.tokens.lowerBound < b }
        }
        return tokens.indices.filter { position in
            guard tokens[position].form == engine.words.and, !lattice.isCovered(position),
                  !places.contains(where: { $0.tokens.contains(position) })
            else { return false }
            let before = verbsBefore.contains { verb in
                verb.upperBound <= position && !apart(verb.upperBound, position)
                    && !mentions.contains { (verb.upperBound..<position).contains($0.phrase.lowerBound) }
            } || cues.contains { cue in
                // (a negation cue that holds its clause's verb, its subject after it: "There is no effusion on the right, and …")
                cue.tokens.upperBound <= position && !apart(cue.tokens.upperBound, position)
                    && engine.knowledge.cues.cues[cue.value.index].holdsVerb
            }
            // (the first phrase that starts nearest after it)
            var subject: Range<Int>? = nil
            for mention in mentions where mention.phrase.lowerBound > position
                && subject.map({ mention.phrase.lowerBound < $0.lowerBound }) ?? true {
                subject = mention.phrase
            }
            guard before, let subject, !(position..<subject.lowerBound).contains(where: { tokens[$0].form == comma })
            else { return false }
            return verbsBefore[..<clauseVerbCount].contains { verb in
                verb.lowerBound >= subject.upperBound && !apart(position, verb.lowerBound)
            }
        }
    }

    /// The comma that closes a relative clause opened after a comma, where "and" or "or" takes up the
    /// main clause again ("a nodule …, which may be compatible with granuloma, and pleural effusion is
    /// present"): the relative clause's cues stop there. A comma inside a list of the clause
    /// ("…, which may be atelectasis, consolidation or pneumonia") is not followed by one.
    func relativeClauseCloses(cues: [Cue]) -> [Int] {
        let tokens = lattice.tokens
        let comma = engine.words.comma
        return cues.compactMap { cue -> Int? in
            let start = cue.tokens.lowerBound
            guard cue.value.type == .relative, start > 0, tokens[start - 1].form == comma,
                  let close = (cue.tokens.upperBound..<tokens.count).first(where: { tokens[$0].form == comma }),
                  close + 1 < tokens.count, tokens[close + 1].form != comma,
                  engine.words.coordinators.contains(tokens[close + 1].form)
            else { return nil }
            return close
        }
    }

    /// The assertion of a mention: the nearest negation or uncertainty cue within its window. A cue
    /// after the phrase counts the words between without the places among them ("nodule in the
    /// posterobasal segment of the lower lobe of the left lung … was not detected"): a place belongs to
    /// the phrase it follows. Words in brackets are an aside and count in neither direction ("Viral
    /// pneumonias (Covid-19 pneumonia) are considered").
    func assert(_ mention: FindingMention, cues: [Cue], places: [Place], sameClause: (Int, Int) -> Bool)
        -> (Assertion, Cue?)
    {
        var best: (distance: Int, cue: Cue)? = nil
        for cue in cues where cue.value.type == .negation || cue.value.type == .uncertainty {
            var distance: Int? = nil
            let phrase = side(of: mention.phrase, cutBy: cue, holding: mention.head)
            if cue.value.direction != .backward, cue.tokens.upperBound <= phrase.lowerBound,
               sameClause(cue.tokens.upperBound, phrase.lowerBound), sameClause(cue.tokens.upperBound, mention.head.lowerBound) {
                let between = cue.tokens.upperBound..<phrase.lowerBound
                let asides = self.asides(in: between)
                let gap = between.count - asides.reduce(0) { $0 + $1.count }
                if gap <= cue.value.window ?? engine.settings.forwardWindow && !closesBracket(between)
                    && !(cue.value.type == .uncertainty && closesAlternatives(between)) {
                    distance = gap
                }
            }
            if cue.value.direction != .forward, cue.tokens.lowerBound >= phrase.upperBound,
               sameClause(phrase.upperBound, cue.tokens.lowerBound),
               !opensBracket(phrase.upperBound..<cue.tokens.lowerBound), closedInside(by: cue, mention) {
                let between = phrase.upperBound..<cue.tokens.lowerBound
                let asides = self.asides(in: between)
                let gap = between.count { token in
                    !asides.contains { $0.contains(token) } && !places.contains { $0.tokens.contains(token) }
                }
                if gap <= cue.value.window ?? engine.settings.backwardWindow
                    && !doubtsAnotherSubject(cue, after: between, asides: asides, places: places) {
                    distance = min(distance ?? gap, gap)
                }
            }
            if let distance, best == nil || distance < best!.distance { best = (distance, cue) }
        }
        guard let best else { return (.present, nil) }
        return (best.cue.value.type == .negation ? .absent : .uncertain, best.cue)
    }

    /// Whether a doubt said after a finding is said of a subject of its own: past a comma, words of another clause stand
    /// before the cue ("Considering the consolidation, pneumonia is considered": the consolidation is there). A cue of the
    /// default reach, which doubts lists ("… such as influenza, other pneumonias, connective tissue diseases should be
    /// considered"), is said of another subject only past a finding placed before the comma ("Nodules in both lungs,
    /// metastasis cannot be excluded": the nodules are there). Not a list the cue doubts as a whole, which an "and" or
    /// "or" after its first item closes ("Pneumonia, atelectasis or aspiration cannot be excluded"; ", and" right after the
    /// comma opens a clause instead), nor a question mark, whose own reach counts list items ("nodules, metastasis?").
    /// Places and bracketed asides count as no words.
    func doubtsAnotherSubject(_ cue: Cue, after between: Range<Int>, asides: [Range<Int>], places: [Place]) -> Bool {
        let tokens = lattice.tokens
        guard cue.value.type == .uncertainty, tokens[cue.tokens.lowerBound].kind == .word else { return false }
        let (and, or) = (engine.words.and, engine.words.or)
        func spoken(_ token: Int) -> Bool {
            !asides.contains { $0.contains(token) } && !places.contains { $0.tokens.contains(token) }
        }
        return between.contains { comma in
            guard tokens[comma].form == engine.words.comma, spoken(comma),
                  cue.value.window != nil || places.contains(where: { between.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= comma })
            else { return false }
            let clause = comma + 1..<between.upperBound
            let closesList = clause.dropFirst().contains { tokens[$0].form == and || tokens[$0].form == or }
            return !closesList && clause.contains { spoken($0) && tokens[$0].kind != .punct }
        }
    }

    /// A finding doubted by a cue that doubts only readings (`spares-named-before` in cues.xml) that a reference cue names as
    /// one named before stays present: "The differential diagnosis includes pneumonia and atelectasis for the
    /// consolidation" doubts the readings, not the consolidation seen before (which, present, is that one again). The cue stays
    /// with it, for `--explain` and for a sentence that otherwise only doubts (its readings are where the findings before are).
    func spareFindingsNamedBefore(_ mentions: [FindingMention], cues: [Cue], assertions: inout [(Assertion, Cue?)]) {
        let lexicon = engine.knowledge.cues.cues
        for index in mentions.indices {
            let phrase = mentions[index].phrase
            // (the reference cue's own finding: none named between them — "the described nodule includes granuloma" names the
            // nodule, not the granuloma)
            guard let doubt = assertions[index].1, lexicon[doubt.value.index].sparesNamedBefore,
                  cues.contains(where: { reference in
                      reference.value.type == .reference && cue(reference, names: phrase, head: mentions[index].head)
                          && !mentions.contains { (reference.tokens.upperBound..<phrase.lowerBound).contains($0.phrase.lowerBound) }
                  })
            else { continue }
            assertions[index] = (.present, doubt)
        }
    }

    /// The part of a phrase a cue's distance is counted from: the whole phrase, or, for a cue inside it that opens with a link
    /// word (where the phrase reader cut it into conjuncts: "Pericardial effusion - no thickening"), the side of the cue that
    /// holds the mention's head, as if the cue stood between two phrases.
    func side(of phrase: Range<Int>, cutBy cue: Cue, holding head: Range<Int>) -> Range<Int> {
        guard cue.tokens.lowerBound > phrase.lowerBound, cue.tokens.upperBound < phrase.upperBound,
              engine.words.linksConjuncts(lattice.tokens[cue.tokens.lowerBound].form)
        else { return phrase }
        return head.upperBound <= cue.tokens.lowerBound ? phrase.lowerBound..<cue.tokens.lowerBound
            : cue.tokens.upperBound..<phrase.upperBound
    }

    /// Whether a cue of its clause, outside brackets, says plainly a mention is there: an interpretation cue before it
    /// ("Findings consistent with Covid-19 pneumonia") or a clause verb after it ("Pneumonia is observed"). Not the bare
    /// diagnosis of "Viral pneumonias (Covid-19 pneumonia is thought of) as the cause", present only as nothing doubts it.
    func affirmed(_ mention: FindingMention, cues: [Cue], sameClause: (Int, Int) -> Bool) -> Bool {
        cues.contains { cue in
            switch cue.value.type {
            case .interpretation:
                cue.tokens.upperBound <= mention.phrase.lowerBound && sameClause(cue.tokens.upperBound, mention.phrase.lowerBound)
                    && !closesBracket(cue.tokens.upperBound..<mention.phrase.lowerBound)
            case .predicate:
                cue.tokens.lowerBound >= mention.phrase.upperBound && sameClause(mention.phrase.upperBound, cue.tokens.lowerBound)
                    && !opensBracket(mention.phrase.upperBound..<cue.tokens.lowerBound)
            default: false
            }
        }
    }

    /// Whether a range holds alternatives closed by a comma ("that may be due to lymphoma involvement or infections,
    /// bilateral pleural effusion"): a forward uncertainty cue's differential ends there (a denial goes on: "No pneumonic
    /// infiltration or consolidation area, malignant mass or nodule").
    func closesAlternatives(_ range: Range<Int>) -> Bool {
        guard let or = range.first(where: { lattice.tokens[$0].form == engine.words.or }) else { return false }
        return (or..<range.upperBound).contains { lattice.tokens[$0].form == engine.words.comma }
    }

    /// Whether a range closes a bracket it did not open: a cue inside brackets does not reach past them ("(… may be a
    /// mass in this view), subcarinal lymphadenopathy").
    func closesBracket(_ range: Range<Int>) -> Bool {
        var depth = 0
        for token in range {
            let form = lattice.tokens[token].form
            if form == engine.words.openBracket { depth += 1 }
            if form == engine.words.closeBracket {
                if depth == 0 { return true }
                depth -= 1
            }
        }
        return false
    }

    /// Whether a mention stands inside the bracket a cue closes ("?)" doubts what its bracket holds, nothing before it);
    /// true for a cue that closes none. A bracket opened in no earlier word of the sentence (its opening went with the
    /// sentence before) holds only the word right before the cue ("Small vessel disease?).").
    func closedInside(by cue: Cue, _ mention: FindingMention) -> Bool {
        guard lattice.tokens[cue.tokens.upperBound - 1].form == engine.words.closeBracket else { return true }
        guard let open = unclosedOpening(in: 0..<cue.tokens.upperBound - 1) else {
            return cue.tokens.lowerBound - mention.phrase.upperBound <= 1
        }
        return mention.phrase.lowerBound > open
    }

    /// Whether a range opens a bracket it does not close: a cue inside brackets does not reach back out of them
    /// ("nodules in the right lung (dilated bronchioles filled with infected material?)" doubts no nodule).
    func opensBracket(_ range: Range<Int>) -> Bool {
        unclosedOpening(in: range) != nil
    }

    /// The last opening bracket of a range that the range does not close.
    private func unclosedOpening(in range: Range<Int>) -> Int? {
        var depth = 0
        for token in range.reversed() {
            let form = lattice.tokens[token].form
            if form == engine.words.closeBracket { depth += 1 }
            if form == engine.words.openBracket {
                if depth == 0 { return token }
                depth -= 1
            }
        }
        return nil
    }

    /// The bracketed asides within a range, brackets included (a bracket not closed in the range is none).
    func asides(in range: Range<Int>) -> [Range<Int>] {
        let tokens = lattice.tokens
        let (open, close) = (engine.words.openBracket, engine.words.closeBracket)
        var result: [Range<Int>] = []
        var start: Int? = nil
        for token in range {
            if tokens[token].form == open, start == nil { start = token }
            if tokens[token].form == close, let opened = start {
                result.append(opened..<token + 1)
                start = nil
            }
        }
        return result
    }

    /// A cue after a list of findings says what it says of the last of them of all of them ("…, peribronchial
    /// thickness increases and septal thickenings in both lungs, which were observed before, are not observed"):
    /// a finding takes the assertion of the next one when only places, links and at most two other words stand
    /// between them and the next one's cue follows it in the same clause, at the default reach.
    func shareListAssertions(_ mentions: [FindingMention], places: [Place], sameClause: (Int, Int) -> Bool,
                                     assertions: inout [(Assertion, Cue?)]) {
        for index in mentions.indices.dropLast().reversed() where assertions[index].1 == nil {
            let next = index + 1
            guard let cue = assertions[next].1, cue.value.window == nil,
                  cue.tokens.lowerBound >= mentions[next].phrase.upperBound,
                  mentions[index].phrase.upperBound <= mentions[next].phrase.lowerBound,
                  sameClause(mentions[index].phrase.upperBound, cue.tokens.lowerBound)
            else { continue }
            let between = mentions[index].phrase.upperBound..<cue.tokens.lowerBound
            if doubtsAnotherSubject(cue, after: between, asides: asides(in: between), places: places) { continue }
            if listed(mentions[index].phrase, then: mentions[next].phrase, places: places, isLink: engine.words.coordinators.contains) {
                assertions[index] = assertions[next]
            }
        }
    }

    /// A forward uncertainty cue doubts the whole list it opens, not only what its window reaches ("… cannot be
    /// differentiated from a simple cyst and renal pelvic ectasia"): a finding with no cue of its own takes the doubt of
    /// the finding right before it when a cue before that one doubts it, in the same clause, and only places, "and", "or",
    /// a hyphen ("a cyst-pelvic ectasia") and at most two other words stand between them — no comma, so that ", and"
    /// opening a clause of its own ("… from atelectasis, and a small pleural effusion is observed") stays outside.
    func shareDoubtedLists(_ mentions: [FindingMention], places: [Place], sameClause: (Int, Int) -> Bool,
                           assertions: inout [(Assertion, Cue?)]) {
        let (and, or, hyphen) = (engine.words.and, engine.words.or, engine.words.hyphen)
        for index in mentions.indices.dropFirst() where assertions[index].1 == nil && assertions[index - 1].0 == .uncertain {
            let before = index - 1
            guard let cue = assertions[before].1,
                  cue.tokens.upperBound <= mentions[before].phrase.lowerBound,
                  sameClause(cue.tokens.upperBound, mentions[index].head.lowerBound),
                  listed(mentions[before].phrase, then: mentions[index].phrase, places: places,
                         isLink: { $0 == and || $0 == or || $0 == hyphen })
            else { continue }
            assertions[index] = assertions[before]
        }
    }

    /// Whether a later phrase is the next item of an earlier one's list: only places, link words (at least one) and at
    /// most two other words stand between them.
    func listed(_ earlier: Range<Int>, then later: Range<Int>, places: [Place], isLink: (Int32) -> Bool) -> Bool {
        guard earlier.upperBound <= later.lowerBound else { return false }
        let tokens = lattice.tokens
        let between = earlier.upperBound..<later.lowerBound
        let others = between.count { token in
            !isLink(tokens[token].form) && !places.contains { $0.tokens.contains(token) }
        }
        return others <= 2 && between.contains { isLink(tokens[$0].form) }
    }

    /// "No nodule in both lungs, pleural effusion, pneumothorax or any finding compatible with pneumonia
    /// was detected": what an interpretation cue names right after a denied finding, with no cue of its
    /// own, is denied too, however far the negation stands. Its places and link words do not part them
    /// ("no filling defect in favor of thrombus in the heart cavities and in favor of embolism"). The hedge an
    /// interpretation's own words also are is no cue of its own ("No nodule suggestive of metastasis was detected").
    func shareDeniedInterpretations(_ mentions: [FindingMention], cues: [Cue], places: [Place],
                                    assertions: inout [(Assertion, Cue?)]) {
        let tokens = lattice.tokens
        let linking = engine.words.linking
        for cue in cues where cue.value.type == .interpretation {
            guard let before = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= cue.tokens.lowerBound }),
                  (mentions[before].phrase.upperBound..<cue.tokens.lowerBound).count(where: { token in
                      !linking.contains(tokens[token].form) && !places.contains { $0.tokens.contains(token) }
                  }) <= 1,
                  assertions[before].0 == .absent,
                  let after = mentions.indices.first(where: { mentions[$0].phrase.lowerBound == cue.tokens.upperBound }),
                  assertions[after].1.map({ $0.tokens == cue.tokens }) ?? true
            else { continue }
            assertions[after] = assertions[before]
        }
    }
}
