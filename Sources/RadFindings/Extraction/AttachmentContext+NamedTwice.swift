import RadGrammar
import RadLexicon
import RadText

/// One thing named twice in one sentence is one finding: a diagnosis said again ("… secondary to viral pneumonia, …
/// evaluation is recommended in terms of Covid-19 pneumonia"), a pattern said again where it is ("thickening of the
/// bronchial walls in both lungs, and thickening of the bronchial wall especially in the left lower lobe"), and a weak
/// word whose "of … density" names what it is ("lesions of hypodense cyst fluid density", "areas of increased density
/// were observed in the ground glass density"), and a noun said again to close the place list of its own phrase ("lymph
/// nodes in the upper paratracheal and subcarinal lymph nodes"), and a finding named bare after a cue linking it to
/// what was said before ("consolidations and areas of ground glass accompanying consolidations"), and a weak adjective
/// said after a clause verb of the finding before it ("Pericardial effusion is observed as hyperdense": one effusion).
extension AttachmentContext {
    /// Merges a sentence's findings that name one thing twice (see `diagnosisNamedAgain`, `patternNamedAgain`,
    /// `closesOwnPlaceList`, `namedAgainAfterLink`, `attenuationSaidOf`, `densityNamed` and `typeRead`): the one
    /// that stays takes the places, size, size word and change the other says and it lacks (`absorb`); a pattern, a
    /// list's head or a finding named again after a link also takes the other's quantity, and a specific finding that
    /// says what a weak one is takes its labels and its quantity ("lesions of … cyst fluid density": several cysts). A
    /// finding its place typed, or one plainly seen that a doubted reading of its own type reads, takes its reading
    /// (`takeReading`) and the reading's doubt: what the appearance is, the reading alone says ("a density in the trachea
    /// (secretion?)": a possible mucus plug; "a well-defined cyst (congenital mediastinal cyst?)": a possible cyst).
    /// `firstFinding`: where each mention's findings start in `findings`.
    func mergeNamedTwice(_ findings: inout [Finding], mentions: [FindingMention], firstFinding: [Int], cues: [Cue],
                         places: [Place], brackets: [Range<Int>]) {
        guard findings.count > 1 else { return }
        let mentionOf = findings.indices.map { index in firstFinding.lastIndex { $0 <= index } ?? 0 }
        var gone = Set<Int>()
        for later in findings.indices {
            for earlier in findings.indices[..<later] where !gone.contains(earlier) && !gone.contains(later) {
                // (all tests but `attenuationSaidOf` and `densityNamed` are of two findings of one type: asked only of
                // such a pair, with no copy of the two mentions for the others; those two take the mentions' indices and
                // read them in place)
                let sameType = findings[later].typeIndex == findings[earlier].typeIndex
                if sameType && diagnosisNamedAgain(findings[later], findings[earlier]) {
                    findings[earlier].takeAssertion(of: findings[later])
                    findings[earlier].absorb(findings[later], explain: explain)
                    gone.insert(later)
                } else if sameType && (patternNamedAgain(findings[later], findings[earlier])
                            || closesOwnPlaceList(findings[later], mentions[mentionOf[later]], of: findings[earlier],
                                                  mentions[mentionOf[earlier]], among: mentions, places: places)
                            || namedAgainAfterLink(findings[later], mentions[mentionOf[later]], of: findings[earlier],
                                                   mentions[mentionOf[earlier]], cues: cues)) {
                    findings[earlier].absorb(findings[later], explain: explain)
                    findings[earlier].multiple = findings[earlier].multiple || findings[later].multiple
                    gone.insert(later)
                } else if attenuationSaidOf(findings[later], mention: mentionOf[later], of: findings[earlier],
                                            mention: mentionOf[earlier], among: mentions, cues: cues) {
                    findings[earlier].absorb(findings[later], explain: explain)
                    findings[earlier].interpreted = false
                    gone.insert(later)
                } else if densityNamed(findings[later], by: mentionOf[later], of: findings[earlier],
                                       mention: mentionOf[earlier], among: mentions, cues: cues) {
                    findings[later].absorb(findings[earlier], explain: explain)
                    findings[later].labels = (findings[later].labels + findings[earlier].labels).uniqued()
                    findings[later].multiple = findings[later].multiple || findings[earlier].multiple
                    gone.insert(earlier)
                } else if sameType && typeRead(findings[later], mentions[mentionOf[later]], of: findings[earlier],
                                         mentions[mentionOf[earlier]], among: mentions, cues: cues, brackets: brackets) {
                    if findings[later].assertion == .uncertain { findings[earlier].assertion = .uncertain }
                    findings[earlier].takeReading(findings[later], types: engine.knowledge.findings.types, explain: explain)
                    findings[earlier].interpreted = false
                    gone.insert(later)
                }
            }
        }
        // (with none merged, the findings stay as they are: no new list)
        if !gone.isEmpty { findings = findings.indices.filter { !gone.contains($0) }.map { findings[$0] } }
    }

    /// "… evaluated as secondary to viral pneumonia, … in terms of Covid-19 pneumonia", "an infectious process (atypical
    /// viral pneumonias?)": a diagnosis (`diagnosis` in findings.xml) its sentence names again in other words, asserted
    /// alike or hedged once, for the same reason (`antecedent`), at the same places or with no place of its own in one of
    /// the two. Two placed apart stay two ("pneumonia in the right lower lobe and pneumonia in the left upper lobe").
    private func diagnosisNamedAgain(_ later: Finding, _ earlier: Finding) -> Bool {
        later.typeIndex == earlier.typeIndex && later.range != earlier.range
            && engine.knowledge.findings.types[later.typeIndex].diagnosis
            && (later.assertion == earlier.assertion || later.assertion.isHedgedOnce(with: earlier.assertion))
            && later.antecedent == earlier.antecedent
            && (samePlaces(later, earlier) || unplaced(later) || unplaced(earlier))
    }

    /// "Thickening of the bronchial walls in both lungs, and thickening of the bronchial wall especially in the left lower
    /// lobe", "emphysematous changes in both lungs, more prominent in the upper lobes": a pattern (`pattern` in
    /// findings.xml) its sentence names again, of its category, asserted alike, for the same reason (`antecedent`), the
    /// one lying where the other is, measured once at most and with no other change. Two placed apart stay two
    /// ("bronchiectasis in the right middle lobe and bronchiectasis in the left lower lobe"), as do two measured.
    private func patternNamedAgain(_ later: Finding, _ earlier: Finding) -> Bool {
        later.typeIndex == earlier.typeIndex && later.range != earlier.range
            && engine.knowledge.findings.types[later.typeIndex].pattern
            && later.category == earlier.category && later.assertion == earlier.assertion
            && later.antecedent == earlier.antecedent
            && (later.lies(within: earlier, openWhereUnnamed: true) || earlier.lies(within: later, openWhereUnnamed: true))
            && (later.size == nil || earlier.size == nil)
            && later.changeAgrees(with: earlier)
    }

    /// "There are several lymph nodes in the upper, lower paratracheal, aortopulmonary and subcarinal lymph nodes, the
    /// largest 14 mm": a finding's noun said again right after a list of place words that its own phrase opens with "in"
    /// (the words between are the list's places, "the", commas, coordinators and words no lexicon knows only, a place
    /// last) names the list's head, not a second group: one finding of the type, asserted alike, for the same reason
    /// (`antecedent`), measured once at most and with no other change, no other mention between the two and no place after
    /// the later one before the next mention. Not a second group set apart by words of its own ("nodules in the right
    /// upper lobe and a 4 mm calcified nodule"), nor one placed after its noun ("… and subpleural nodules in the left lower
    /// lobe").
    private func closesOwnPlaceList(_ later: Finding, _ laterMention: FindingMention, of earlier: Finding,
                                    _ earlierMention: FindingMention, among mentions: [FindingMention],
                                    places: [Place]) -> Bool {
        guard later.typeIndex == earlier.typeIndex, later.range != earlier.range,
              later.category == earlier.category, later.assertion == earlier.assertion,
              later.antecedent == earlier.antecedent, later.size == nil || earlier.size == nil,
              later.changeAgrees(with: earlier),
              earlierMention.phrase.upperBound < laterMention.phrase.lowerBound,
              noMention(between: earlierMention.phrase.upperBound, and: laterMention.phrase.lowerBound, among: mentions)
        else { return false }
        let tokens = lattice.tokens
        let words = engine.words
        let placed = { (token: Int) in places.contains { $0.tokens.contains(token) } }
        // The list: the gap's last words that are places, "the", commas, coordinators or words no lexicon knows
        // ("aortopulmonary"), a place last.
        var start = laterMention.phrase.lowerBound
        while start > earlierMention.phrase.upperBound, placed(start - 1) || tokens[start - 1].form == words.the
                || words.coordinators.contains(tokens[start - 1].form)
                || tokens[start - 1].kind == .word && !lattice.isCovered(start - 1) && tokens[start - 1].form != words.in {
            start -= 1
        }
        let after = mentions.map(\.phrase.lowerBound).filter { $0 >= laterMention.phrase.upperBound }.min() ?? tokens.count
        return placed(laterMention.phrase.lowerBound - 1) && start > earlierMention.phrase.upperBound
            && tokens[start - 1].form == words.in && !lattice.isCovered(start - 1)
            && !places.contains { (laterMention.phrase.upperBound..<after).contains($0.tokens.lowerBound) }
    }

    /// "Consolidations and areas of ground glass accompanying consolidations", "atelectatic changes distal to the mass,
    /// and this examination cannot distinguish between mass and atelectasis": a finding named bare right after a cue that
    /// links it to what its sentence said before (`followsLink`) is the finding of its type named before that cue: of its
    /// category, for the same reason (`antecedent`), neither denied, unmeasured, read as nothing of its own (not
    /// `interpreted`), with no place the other lacks and no other change. The one named first keeps its assertion: the
    /// differential doubts what the place holds, not that the finding is there. Not one placed apart ("… accompanying
    /// consolidations in the left lower lobe"), nor one the same link adds beside one it added before ("a consolidation
    /// including air bronchograms centrally, including air bronchograms peripherally": two).
    private func namedAgainAfterLink(_ later: Finding, _ laterMention: FindingMention, of earlier: Finding,
                                     _ earlierMention: FindingMention, cues: [Cue]) -> Bool {
        guard later.typeIndex == earlier.typeIndex, later.range != earlier.range, later.category == earlier.category,
              later.antecedent == earlier.antecedent, later.assertion != .absent, earlier.assertion != .absent,
              later.size == nil, !later.interpreted, later.lies(within: earlier),
              later.changeAgrees(with: earlier),
              let link = followsLink(laterMention, cues: cues), earlierMention.phrase.upperBound <= link.tokens.lowerBound
        else { return false }
        return followsLink(earlierMention, cues: cues)?.value.type != link.value.type
    }

    /// The cue right before a mention ("the" at most between, itself no link) that links what follows to what its
    /// sentence said before: an accompaniment or result cue ("… accompanying consolidations"), a reference cue ("… and
    /// the described lymph nodes are stable") or a hedge of what follows, a differential ("cannot distinguish between
    /// mass and atelectasis").
    private func followsLink(_ mention: FindingMention, cues: [Cue]) -> Cue? {
        let start = mention.phrase.lowerBound
        let end = start > 0 && lattice.tokens[start - 1].form == engine.words.the ? start - 1 : start
        return cues.first { cue in
            cue.tokens.upperBound == end
                && (cue.value.type.accompanies || cue.value.type == .reference
                    || cue.value.type == .uncertainty && cue.value.direction == .forward)
        }
    }

    /// "Nodular density in the trachea, which may be compatible with secretion", "a linear density in the trachea … (mucus
    /// plug?)": a finding whose place gave it its type (an `<in>` rule: a density in the trachea is a mucus plug) and a
    /// later one of that type that reads it (`reads`), neither absent, are one finding: the later one named in its own
    /// words, or typed by its place alike ("Free air images consistent with emphysema on the fatty planes of the left
    /// axilla": air in the fat, read as emphysema there, is one subcutaneous emphysema). So are a finding plainly seen and
    /// a doubted reading of its own type that reads it ("a well-defined cyst (congenital mediastinal cyst?)", "fibrotic
    /// densities that may be compatible with sequelae changes", "a hypodense nodular lesion in the left thyroid lobe.
    /// (nodule?)": one possible cyst, sequela, nodule). Not one of its own type asserted alike ("a nodule in the lung,
    /// compatible with a nodule"), which `isNamedAgain` decides, nor one of a type its place did not give it ("nodular
    /// density in the right lower lobe, compatible with secretion" stays two), nor one the cue does not read ("free air in
    /// the fat of the axilla, a lymph node compatible with emphysema in the fat": the lymph node is read).
    private func typeRead(_ later: Finding, _ laterMention: FindingMention, of earlier: Finding,
                          _ earlierMention: FindingMention, among mentions: [FindingMention], cues: [Cue],
                          brackets: [Range<Int>]) -> Bool {
        later.typeIndex == earlier.typeIndex && later.range != earlier.range
            && (earlier.typeIndex != earlierMention.type && earlier.typeIndex != earlierMention.headType
                || earlier.assertion == .present && later.assertion == .uncertain)
            && earlier.assertion != .absent && later.assertion != .absent
            && reads(laterMention, earlierMention, among: mentions, cues: cues, brackets: brackets)
    }

    /// Whether a mention reads a mention before it: it stands in brackets after that one, or six words at most after an
    /// interpretation cue after it ("…, which may be compatible with …"), with no other mention between that one and the
    /// bracket or cue.
    private func reads(_ reading: FindingMention, _ host: FindingMention, among mentions: [FindingMention], cues: [Cue],
                       brackets: [Range<Int>]) -> Bool {
        let start = reading.phrase.lowerBound
        // (the opening bracket, one token before what it holds)
        let opening = brackets.first { $0.contains(start) }.map { $0.lowerBound - 1 }
            ?? interpretationCue(before: start, cues: cues)?.tokens.lowerBound
        guard let opening, host.phrase.upperBound <= opening else { return false }
        return noMention(between: host.phrase.upperBound, and: opening, among: mentions)
    }

    /// Whether no mention lies wholly between two token positions.
    private func noMention(between start: Int, and end: Int, among mentions: [FindingMention]) -> Bool {
        !mentions.contains { $0.phrase.lowerBound >= start && $0.phrase.upperBound <= end }
    }

    /// The interpretation cue that ends six words at most before a position ("…, which may be compatible with secretion").
    private func interpretationCue(before position: Int, cues: [Cue]) -> Cue? {
        cues.first { cue in
            cue.value.type == .interpretation && cue.tokens.upperBound <= position && position - cue.tokens.upperBound <= 6
        }
    }

    /// Whether two findings have the same side, lobes, segments and other places.
    private func samePlaces(_ one: Finding, _ other: Finding) -> Bool {
        one.laterality == other.laterality && one.lobes == other.lobes && one.segments == other.segments
            && one.places == other.places
    }

    /// Whether a finding has no place at all.
    private func unplaced(_ finding: Finding) -> Bool {
        finding.laterality == .none && finding.lobes.isEmpty && finding.segments.isEmpty && finding.places.isEmpty
    }

    /// "Lesions of stable hypodense cyst fluid density", "areas of increased density were observed in the ground glass
    /// density": a weak finding (`specificity` weak) followed by "of" or "in" (after its clause verb at most) and then, with
    /// only "the" and words that name nothing else between, a specific finding of its sentence whose phrase ends in a weak
    /// type's word ("density") is what the weak one is: asserted alike, the mention right after it; several if either is.
    /// Not a weak word an interpretation cue names (six words after it at most), itself what other findings are read as
    /// ("consolidation … consistent with pneumonic infiltration in ground glass density").
    /// (`specificIndex`, `weakIndex`: the two findings' mentions in `mentions`.)
    private func densityNamed(_ specific: Finding, by specificIndex: Int, of weak: Finding, mention weakIndex: Int,
                              among mentions: [FindingMention], cues: [Cue]) -> Bool {
        let types = engine.knowledge.findings.types
        guard types[weak.typeIndex].specificity == .weak, types[specific.typeIndex].specificity == .specific,
              weak.assertion == specific.assertion
        else { return false }
        let (weakPhrase, phrase) = (mentions[weakIndex].phrase, mentions[specificIndex].phrase)
        guard weakPhrase.upperBound <= phrase.lowerBound,
              interpretationCue(before: weakPhrase.lowerBound, cues: cues) == nil,
              !mentions.contains(where: {
                  $0.phrase.lowerBound >= weakPhrase.upperBound && $0.phrase.lowerBound < phrase.lowerBound
              }),
              let last = phrase.last, endsInWeakWord(last)
        else { return false }
        return namesWhatItIs(weakPhrase.upperBound..<phrase.lowerBound, cues: cues)
    }

    /// "Pericardial effusion is observed as hyperdense", "the central part of the lymph node was observed as more
    /// hypodense": a weak finding named by a bare adjective (`isAdjective`: "hyperdense", "fat density") right after a
    /// clause verb (a `predicate` cue, or an `interpretation` cue, "is observed as"; then words no lexicon knows, three at
    /// most: "as", "minimally") says how the finding named before that verb looks, not a finding of its own, nor what that
    /// one is (the subject is read as no interpreted finding): the subject, not an adjective itself, asserted alike, with
    /// no other mention and only words (no comma, no full stop) between it and the verb. Not an adjective before a noun
    /// ("a hyperdense nodule is observed"; "compatible with calcified meningioma": a word no lexicon knows right after
    /// it), nor one whose clause names no finding before it ("The liver parenchyma is observed as hypodense").
    /// (`laterIndex`, `earlierIndex`: the two findings' mentions in `mentions`.)
    private func attenuationSaidOf(_ later: Finding, mention laterIndex: Int, of earlier: Finding, mention earlierIndex: Int,
                                   among mentions: [FindingMention], cues: [Cue]) -> Bool {
        let types = engine.knowledge.findings.types
        guard types[later.typeIndex].specificity == .weak, mentions[laterIndex].isAdjective, !mentions[earlierIndex].isAdjective,
              later.assertion == earlier.assertion
        else { return false }
        let (earlierPhrase, laterPhrase) = (mentions[earlierIndex].phrase, mentions[laterIndex].phrase)
        guard earlierPhrase.upperBound <= laterPhrase.lowerBound,
              noMention(between: earlierPhrase.upperBound, and: laterPhrase.lowerBound, among: mentions)
        else { return false }
        let tokens = lattice.tokens
        // (the adjective ends its phrase: no word no lexicon knows right after it, its noun — "calcified meningioma")
        let after = laterPhrase.upperBound
        guard after == tokens.count || tokens[after].kind != .word || lattice.isCovered(after)
                || engine.words.coordinators.contains(tokens[after].form)
        else { return false }
        return cues.contains { verb in
            (verb.value.type == .predicate || verb.value.type == .interpretation)
                && verb.tokens.lowerBound >= earlierPhrase.upperBound
                && verb.tokens.upperBound <= laterPhrase.lowerBound
                && laterPhrase.lowerBound - verb.tokens.upperBound <= 3
                && (verb.tokens.upperBound..<laterPhrase.lowerBound).allSatisfy {
                    tokens[$0].kind == .word && !lattice.isCovered($0)
                }
                && (earlierPhrase.upperBound..<verb.tokens.lowerBound).allSatisfy { tokens[$0].kind == .word }
        }
    }

    /// Whether a token is the last of a lexicon term of a weak finding type ("density", "fluid density").
    private func endsInWeakWord(_ token: Int) -> Bool {
        let types = engine.knowledge.findings.types
        guard let match = lattice.match(covering: token), lattice.matches[match].tokens.upperBound == token + 1 else { return false }
        return engine.lexicon.matcher.hits[lattice.matches[match].hits].contains { hit in
            if case let .finding(type) = hit.entry { types[type].specificity == .weak } else { false }
        }
    }

    /// Whether the words between a weak finding and a specific one say what it is of: clause verbs at most ("were
    /// observed"), then "of" or "in" (no cue's word: not "in the form of"), then "the" and change words or words no
    /// lexicon knows, four at most.
    private func namesWhatItIs(_ gap: Range<Int>, cues: [Cue]) -> Bool {
        let tokens = lattice.tokens
        let words = engine.words
        let verb = { (token: Int) in cues.contains { $0.value.type == .predicate && $0.tokens.contains(token) } }
        var position = gap.lowerBound
        while position < gap.upperBound, verb(position) { position += 1 }
        guard position < gap.upperBound, tokens[position].form == words.of || tokens[position].form == words.in,
              !lattice.isCovered(position), gap.upperBound - position <= 5
        else { return false }
        return (position + 1..<gap.upperBound).allSatisfy { token in
            tokens[token].kind == .word && (tokens[token].form == words.the || !lattice.isCovered(token)
                || lattice.hits(at: token, engine: engine).contains { if case .temporal = $0.entry { true } else { false } })
        }
    }
}

extension Finding {
    /// Takes in another finding that names the same thing in its sentence: its places besides its own, and its size, size
    /// word and change where this one says none.
    mutating func absorb(_ other: Finding, explain: Bool) {
        addPlaces(of: [other])
        if size == nil { size = other.size }
        if sizeWord == nil { sizeWord = other.sizeWord }
        if temporal == nil { temporal = other.temporal }
        if explain {
            explanation.append(ExplainStep(role: "named-again", id: other.type, text: other.text,
                                           origin: "sentence \(other.sentence)"))
        }
    }
}
