import RadLexicon
import RadText

/// Sentences without a subject of their own that say something of the findings of the sentence before them:
/// a change ("No significant difference was detected.") or a size ("The largest is 7 mm.", "Its thickness reaches
/// 33 mm."). Each gives one finding of the type of words that name those (`recap="sentence-before"` in
/// findings.xml), which `ReportParser` resolves against the sentence before.
extension AttachmentContext {
    /// "No significant difference was detected.", "Slight regression is observed.", "However, a minimal increase
    /// was observed.": a sentence that names no finding nor place and opens with a change (one word before it at
    /// most, besides a scope end such as "however", "the", "a" and commas; no word that names findings), sure and not
    /// denied, says it of the findings of the sentence before it ("Thoracic kyphosis has increased" has a subject of its
    /// own), or, after words that set those apart ("Apart from these, no significant difference was found"), of every
    /// finding before them (`reach` report of the scope end, as "other findings");
    /// `type` is the one of words that name those (`recap="sentence-before"` in findings.xml); framed by a comparison
    /// ("When compared with the old CTs dated …, no significant difference was found"), of every finding before it.
    /// The organs it names after the change are its scope ("No significant change in lung findings": `recapScope`): those
    /// may be the only places the sentence names (`focus` not carried), and it says its change of their findings only.
    func subjectlessChange(in sentence: Sentence, type: Int, focus: SentenceFocus) -> Finding? {
        let temporal = engine.knowledge.cues.temporal
        let cues = self.cues()
        guard let change = words({ entry -> TemporalChange? in
                  guard case let .temporal(index) = entry, !temporal[index].value.ofFindingAfter else { return nil }
                  return temporal[index].value.change
              }).first,
              !cues.contains(where: { $0.value.type == .negation || $0.value.type == .uncertainty })
        else { return nil }
        let articles = words { if case let .quantity(index) = $0 { engine.knowledge.cues.quantities[index].value } else { nil } }
            .filter { $0.value == Quantity.single }
        let before = 0..<change.tokens.lowerBound
        let framed = comparisonFrames(cues: cues, before: change.tokens.lowerBound)
        let opening = before.filter { token in
            let form = lattice.tokens[token].form
            return form != engine.words.comma && form != engine.words.the
                && !cues.contains { $0.value.type == .scopeEnd && $0.tokens.contains(token) }
                && !articles.contains { $0.tokens.contains(token) }
                && !framed.contains { $0.contains(token) }
        }
        // "Apart from these, …": the words that set the findings just named apart (a scope end with `reach`), and the
        // reference right after them.
        let setApart = cues.first { $0.value.type == .scopeEnd && $0.value.reach == .report && $0.tokens.upperBound <= before.upperBound }
        let apart = setApart.flatMap { cue in
            cues.first { $0.value.type == .reference && $0.tokens.lowerBound == cue.tokens.upperBound }.map { cue.tokens.lowerBound..<$0.tokens.upperBound }
        }
        let scope = recapScope(in: change.tokens.upperBound..<lattice.tokens.count, cues: cues)
        guard focus == .carried || !scope.isEmpty && !namesAPlace(before: change.tokens.upperBound, outside: framed),
              opening.count <= 1,
              !cues.contains(where: { cue in
                  (cue.value.type == .reference || cue.value.type == .recap) && before.overlaps(cue.tokens)
                      && lattice.tokens[cue.tokens.lowerBound].form != engine.words.the && !framed.contains { $0.overlaps(cue.tokens) }
                      && !(apart?.overlaps(cue.tokens) ?? false)
              })
        else { return nil }
        var steps = ExplainLog(enabled: explain)
        steps.add(ExplainStep(role: "temporal", id: change.value.rawValue, text: lattice.text(change.tokens, in: report),
                              origin: origin(change)))
        // Framed by a comparison with an earlier study, it says the change of the whole examination.
        return sentenceBeforeFinding(sentence, type: type, tokens: change.tokens, size: nil, temporal: change.value, steps: steps.steps,
                                     reach: apart != nil ? .report : framed.isEmpty ? .sentenceBefore : .examination, scope: scope)
    }

    /// The organs a recap's words name as the findings it is about, its scope ("Compared with the previous examination, no
    /// significant change in lung findings": the lungs; "The findings in the liver are stable": the liver), which
    /// `ReportParser` keeps its change to: the structures the tokens name, and the one an anatomy word of its own stands for
    /// (`word feature="structure"` not `shared` in anatomy.xml: "lung"); not inside a comparison ("When compared with the
    /// thorax CT dated …,"), and not a body region ("thorax"). A lobe, segment or zone is where some findings are, not
    /// which: words that name a part of the lungs ("Mild regression in the left lung lower lobe") name no lung scope.
    func recapScope(in tokens: Range<Int>, cues: [Cue]) -> [Int] {
        let anatomy = engine.knowledge.anatomy
        let framed = comparisonFrames(cues: cues, before: tokens.upperBound)
        var scope: [Int] = []
        var lungPartNamed = false
        for match in lattice.matches where tokens.contains(match.tokens.lowerBound) {
            guard !framed.contains(where: { $0.contains(match.tokens.lowerBound) }) else { continue }
            for hit in engine.lexicon.matcher.hits[match.hits] {
                let named: Int?
                switch hit.entry {
                case let .structure(index): named = index
                case let .anatomyWord(index):
                    let word = anatomy.words[index]
                    named = word.feature == .structure && !word.shared ? anatomy.index(of: word.value) : nil
                    // (a level, segment or zone word, or "lobe": not "parenchyma", which stands for a whole organ)
                    if word.feature == .structure ? word.shared && anatomy.index(of: word.value) == nil : word.feature != .side {
                        lungPartNamed = true
                    }
                default: named = nil
                }
                guard let structure = named, !scope.contains(structure), anatomy.structures[structure].kind != .region
                else { continue }
                if engine.placeTables.isLungPart[structure] && anatomy.structures[structure].kind != .lung {
                    lungPartNamed = true
                } else {
                    scope.append(structure)
                }
            }
        }
        return lungPartNamed ? scope.filter { anatomy.structures[$0].kind != .lung } : scope
    }

    /// Whether a word before a token names a place, outside the comparisons given ("In the liver, no change").
    private func namesAPlace(before end: Int, outside framed: [Range<Int>]) -> Bool {
        lattice.matches.contains { match in
            match.tokens.lowerBound < end && !framed.contains { $0.contains(match.tokens.lowerBound) }
                && engine.lexicon.matcher.hits[match.hits].contains(where: \.entry.namesAPlace)
        }
    }

    /// What the report is compared with, before a token: each comparison cue up to the first comma or semicolon after it
    /// ("When compared with the previous examination of the patient,", "When compared with the old CTs dated …;"); none
    /// without that mark.
    func comparisonFrames(cues: [Cue], before end: Int) -> [Range<Int>] {
        let ends = engine.words.frameEnds
        return cues.compactMap { cue in
            guard cue.value.type == .comparison, cue.tokens.upperBound <= end,
                  let mark = (cue.tokens.upperBound..<end).first(where: { ends.contains(lattice.tokens[$0].form) })
            else { return nil }
            return cue.tokens.lowerBound..<mark + 1
        }
    }

    /// "The largest measured 4 mm in the upper lobe of the right lung.", "Its diameter was measured 15 mm.", "Measured
    /// 12 mm on the left at its deepest point.", "Measured at 40 mm.": a sentence that names no finding and opens with a
    /// measurement (the size rule's own lead-in words, such as "the largest" or "its thickness", first; or at most two words
    /// no lexicon knows, a verb and its preposition, in a sentence that names no place but a side), not an organ's, sure and
    /// not denied, gives that size to the findings of the sentence before it; so does one that opens with a place and a
    /// pronoun ("In the right lung, it reaches 85 mm"). The sides the sentence names go with the size: `ReportParser` gives
    /// it to no finding of the other side ("On the left, it measures 26 mm" after a right pleural effusion).
    func subjectlessSize(in sentence: Sentence, type: Int, measurements: [Measurement]) -> Finding? {
        guard let first = measurements.min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }), first.organ == nil,
              opensWithMeasurement(first)
        else { return nil }
        let cues = self.cues()
        guard !cues.contains(where: { $0.value.type == .negation || $0.value.type == .uncertainty }) else { return nil }
        var steps = ExplainLog(enabled: explain)
        let rule = engine.grammar.rules[first.rule]
        steps.add(ExplainStep(role: "size", id: rule.id, text: lattice.text(first.tokens, in: report), origin: rule.origin.description))
        return sentenceBeforeFinding(sentence, type: type, tokens: 0..<first.tokens.upperBound, size: first, temporal: nil,
                                     steps: steps.steps, laterality: Laterality(sides: namedSides(in: 0..<lattice.tokens.count)))
    }

    /// The sides the place words starting in some tokens name ("on the left", "in the right lung", "in both lungs"): of
    /// side words and of sided structures.
    private func namedSides(in tokens: Range<Int>) -> Sides {
        let anatomy = engine.knowledge.anatomy
        var sides = Sides()
        for match in lattice.matches where tokens.contains(match.tokens.lowerBound) {
            for hit in engine.lexicon.matcher.hits[match.hits] {
                switch hit.entry {
                case let .anatomyWord(index) where anatomy.words[index].feature == .side:
                    if let side = Side(rawValue: anatomy.words[index].value) { sides.formUnion(Sides(side)) }
                case let .structure(index):
                    if let side = anatomy.structures[index].side { sides.formUnion(Sides(side)) }
                default: break
                }
            }
        }
        return sides
    }

    /// Whether a measurement opens the sentence: nothing but punctuation before it, or at most two words no lexicon knows
    /// ("Measured 12 mm …", "Measured at 40 mm", not "A 9 mm adenoma …") when the sentence names no place but a side ("… on
    /// the left", not "Also, about 2 cm in the right lower lobe": a size of something else there).
    private func opensWithMeasurement(_ measurement: Measurement) -> Bool {
        let words = (0..<measurement.tokens.lowerBound).filter { lattice.tokens[$0].kind != .punct }
        guard !words.isEmpty else { return true }
        if opensWithPlaceAndPronoun(before: measurement.tokens.lowerBound) { return true }
        let anatomy = engine.knowledge.anatomy.words
        return words.count <= 2 && words.allSatisfy { lattice.hits(at: $0, engine: engine).isEmpty }
            && lattice.tokens.indices.allSatisfy { token in
                lattice.hits(at: token, engine: engine).allSatisfy { hit in
                    guard hit.entry.namesAPlace else { return true }
                    if case let .anatomyWord(index) = hit.entry { return anatomy[index].feature == .side }
                    return false
                }
            }
    }

    /// "In the right lung, it reaches 85 mm in thickness.", "On the left, it measures 26 mm.": a place set off by a comma
    /// (or a comparison frame: "In the current examination, it is 20 mm.")
    /// (place words, "the" and words no lexicon knows, a side among them), then a pronoun for the findings of the sentence
    /// before (`recap="sentence-before"` in findings.xml), then at most two words before the measurement that no lexicon
    /// knows or only cues know (the verb: "reaches"). The side it names goes with the size (`ReportParser` gives it to no
    /// finding of the other side).
    private func opensWithPlaceAndPronoun(before start: Int) -> Bool {
        guard let comma = (0..<start).first(where: { lattice.tokens[$0].form == engine.words.comma }), comma > 0,
              comma + 1 < start, lattice.matchAt[comma + 1] >= 0
        else { return false }
        let pronoun = lattice.matches[Int(lattice.matchAt[comma + 1])]
        let types = engine.knowledge.findings.types
        let hits = engine.lexicon.matcher.hits
        guard hits[pronoun.hits].contains(where: { hit in
                  if case let .finding(index) = hit.entry { types[index].recap == .sentenceBefore } else { false }
              }),
              pronoun.tokens.upperBound <= start
        else { return false }
        // (the article a reference cue too: "In the right lung")
        let opener = lattice.matches.filter { match in
            match.tokens.lowerBound < comma
                && !(match.tokens.count == 1 && lattice.tokens[match.tokens.lowerBound].form == engine.words.the)
        }
        let verb = lattice.matches.filter { (pronoun.tokens.upperBound..<start).contains($0.tokens.lowerBound) }
        let verbWords = (pronoun.tokens.upperBound..<start).filter { lattice.tokens[$0].kind != .punct }
        // (or a frame of the examination up to the comma: "In the current examination, it is 20 mm")
        let framed = comparisonFrames(cues: cues(), before: start).contains { $0.lowerBound == 0 && $0.upperBound == comma + 1 }
        return (framed || !opener.isEmpty && opener.allSatisfy { hits[$0.hits].allSatisfy(\.entry.namesAPlace) }
            && !namedSides(in: 0..<comma).isEmpty) && verbWords.count <= 2
            && verb.allSatisfy { hits[$0.hits].allSatisfy { hit in
                if case .cue = hit.entry { true } else { false }
            } }
    }

    /// The finding a sentence without a subject gives: of the type of words that name the findings of the sentence
    /// before it, over the words that say what it says of them, resolved by `ReportParser`; its structures are its scope.
    func sentenceBeforeFinding(_ sentence: Sentence, type: Int, tokens: Range<Int>, size: Measurement?, temporal: TemporalChange?,
                                       steps: [ExplainStep], reach: RecapReach = .sentenceBefore, scope: [Int] = [],
                                       laterality: Laterality = .none) -> Finding {
        let range = lattice.characters(of: tokens)
        return Finding(Finding.Facts(
            typeIndex: type, type: engine.knowledge.findings.types[type].id, category: nil, assertion: .present, laterality: laterality,
            lobes: [], segments: [], places: [], size: size?.size, sizeWord: nil, multiple: false, temporal: temporal,
            text: lattice.text(tokens, in: report), labels: [], interpreted: false, structures: scope, explanation: steps,
            antecedent: .recap(reach), sizeBound: size?.bound ?? false),
            sentence: sentence.index, range: range)
    }
}
