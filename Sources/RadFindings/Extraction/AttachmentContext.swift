import RadGrammar
import RadLexicon
import RadText

/// Gives each finding phrase of a sentence its assertion, places, size, temporal change and
/// quantity, and builds the findings.
///
/// Clauses are cut at scope ends ("but", "however", ";"): nothing reaches across them; assertion
/// cues also stop at relative pronouns and at the comma after a clause's verb ("is observed …,").
/// - Assertion: the nearest negation or uncertainty cue within its window, before the phrase
///   (forward cues) or after it (backward cues).
/// - Places: a place right before a phrase ("right lung lower lobe nodule", "left pleural
///   effusion") is that phrase's; places after phrases belong to every phrase since the last place
///   that followed a phrase (not past an "and" that opens a clause with a subject of its own, nor, after such a place, back
///   over a bare comma: "Nodules in both lungs, ground glass, consolidation in the left lower lobe"); places before any
///   phrase of their clause belong to the phrases after them.
///   A phrase left without a place takes one from the finding it stands next to (proximity cues), that
///   it accompanies (accompaniment and interpretation cues), that it names again (reference cues), or
///   from where the sentence looked; a lobe without a side takes the finding's side
///   (`AttachmentContext+Places.swift`).
/// - Sizes, size words and temporal words: the nearest phrase of the clause. A size does not reach into a clause with a
///   subject of its own ("…, and a stent is observed"), and an organ's measurement ("The diameter of the aorta is 45 mm")
///   is only a finding of that organ's.
/// - Quantity: a quantity word just before the phrase, or a plural term; a singular noun measured at several places is
///   several, a plural noun that a singular quantity word and one size measure is one (see `quantity(of:words:sizes:places:of:)`).
struct AttachmentContext {
    let engine: Engine
    let lattice: SentenceLattice
    let report: ReportText
    /// Record how each finding was read (`--explain`).
    let explain: Bool
    /// Keep findings whose words name nothing specific ("similar findings"): for dataset strings.
    var keepingUnnamed = false

    /// The types a finding has given where it is placed (`<in>` of `findings.xml`): its own type when
    /// no rule applies, or when a specific type is placed in a lung or airway structure of its own region as well ("atelectasis
    /// in the right lower lobe adjacent to the vertebrae": no fracture of the vertebrae; "soft tissue narrowing the
    /// upper lobe bronchus anterior to the pulmonary artery": no vascular narrowing), or in a structure whose rule keeps
    /// its type ("a nodule along the minor fissure with pleural extension": a lung nodule, no pleural one); the rules' types when every
    /// place is under one of them, or when the type is a weak word that a rule retypes at any of its places: the weak word
    /// names that one thing, and its other places are where it reaches or what it is seen with ("densities in the trachea and
    /// both main bronchi": one mucus plug; "dilatation in the mediastinal vascular structures": one vascular enlargement, no
    /// ectasia of the mediastinum beside it); both otherwise — but the type of a rule that gives it only to a finding placed
    /// nowhere else (`alone`) is given only when it is the one type all places give ("lymph nodes in the mediastinum …"
    /// with a lung place the list lends them: no intrapulmonary node beside them).
    /// (`result`: emptied and filled here, so that one buffer serves every mention of a sentence.)
    private func placedTypes(_ type: Int, in structures: [Int], into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        let types = engine.knowledge.findings.types
        guard !types[type].relocations.isEmpty, !structures.isEmpty else { return result.append(type) }
        let anatomy = engine.knowledge.anatomy
        // (the two fields read, not a copy of the whole type with its lists and names)
        let weak = types[type].specificity != .specific
        let region = types[type].region
        var covered = true
        var aloneOnly: [Int] = []
        for structure in structures {
            let rule = engine.relocationRule(of: type, in: structure)
            let target = rule?.type
            if let rule, rule.alone { aloneOnly.append(rule.type) }
            let lungOrAirway = engine.placeTables.isLungPart[structure] || anatomy.structures[structure].kind == .airway
            if !weak && (target == type || target == nil && lungOrAirway && anatomy.structures[structure].region == region) {
                result.removeAll(keepingCapacity: true)
                return result.append(type)
            }
            // Zones ("apex level", "subpleural") and body regions ("the right thorax") say where, not in
            // what: they leave the type alone.
            let kind = anatomy.structures[structure].kind
            if target == nil && kind != .zone && kind != .region { covered = false }
            if let target, !result.contains(target) { result.append(target) }
        }
        if !covered || result.count > 1 { result.removeAll { aloneOnly.contains($0) } }
        if result.isEmpty { result.append(type) } else if !covered && !weak { result.insert(type, at: 0) }
    }

    /// The types a mention has given where it is placed, into `result` (see `placedTypes(_:in:into:)`); when `<in>` rules
    /// place its head's weak type in every structure, those first, with the cause its adjective named ("sequelae
    /// thickening … in the pleura": a pleural thickening, and the sequela it is).
    private func placedTypes(of mention: FindingMention, in structures: [Int], into result: inout [Int]) {
        placedTypes(mention.type, in: structures, into: &result)
        guard let head = mention.headType else { return }
        var placed: [Int] = []
        placedTypes(head, in: structures, into: &placed)
        guard !placed.contains(head) else { return }
        let own = result.filter { !placed.contains($0) }
        result = placed + own
    }

    /// The structures that may give a mention another type where it is placed (`placedTypes(of:in:into:)`): all of its
    /// places' but those `structuresNotRetyping` leaves out. (Not inlined: inlined into the attachment loop it cost some 2 %
    /// more instructions per report, instructions.py.)
    @inline(never)
    private func retypingStructures(_ structures: [Int], placed: [Place], of mention: FindingMention, among places: [Place],
                                    cues: [Cue]) -> [Int] {
        guard !placed.isEmpty, engine.placeTables.isSpecificLungType[mention.type] else { return structures }
        let kept = structuresNotRetyping(placed, of: mention, among: places, cues: cues)
        return kept.isEmpty ? structures : structures.filter { !kept.contains($0) }
    }

    /// The pleural structures of a specific lung finding's places that give it no other type (`<in>` of findings.xml: "a
    /// nodule in the pleura" is a pleural nodule): one said right after a proximity cue, where the finding lies beside
    /// ("a nodule adjacent to the pleura": in the lung still), and one said before its phrase that is not its own
    /// premodifier, which its sentence or another finding lent it ("No pleural effusion or pneumothorax …, but there is a
    /// nodule"). They stay its places.
    private func structuresNotRetyping(_ placed: [Place], of mention: FindingMention, among places: [Place],
                                       cues: [Cue]) -> [Int] {
        let pleural = engine.placeTables.isPleural
        var result: [Int] = []
        for place in placed where place.structures.contains(where: { pleural[$0] }) {
            let beside = cues.contains { cue in
                cue.value.type == .proximity && cue.value.direction != .backward && cue.tokens.upperBound <= place.tokens.lowerBound
                    && lattice.tokens[cue.tokens.upperBound..<place.tokens.lowerBound].allSatisfy { $0.form == engine.words.the }
            }
            let lent = place.tokens.upperBound <= mention.phrase.lowerBound && !isPremodifier(place.tokens, of: mention.phrase, among: places)
            if beside || lent { result += place.structures.filter { pleural[$0] } }
        }
        return result
    }

    /// The weak word a mention was named by when its place gave it another type (`<in>` of `findings.xml`: "a lesion in the
    /// left scapula" is a bone lesion, named by "lesion"), so that the word named again ("the lesions described") can name it.
    /// Nil when the finding keeps its word's type or the word is specific.
    private func placedWord(of mention: FindingMention, as typeIndex: Int) -> Int? {
        typeIndex != mention.type && engine.knowledge.findings.types[mention.type].specificity == .weak ? mention.type : nil
    }

    /// Whether a type, where its places put it (`placedTypes`), is more than a generic word ("peribronchial foci" is not).
    /// The places' structures are gathered only for a type that an `<in>` rule may give another.
    private func namesSomething(_ type: Int, placedBy indices: [Int], of places: [Place]) -> Bool {
        let types = engine.knowledge.findings.types
        guard !types[type].relocations.isEmpty, !indices.isEmpty else { return types[type].specificity != .generic }
        var placed: [Int] = []
        // (one place's structures as they stand: only several places' are gathered into a new list)
        let structures = indices.count == 1 ? places[indices[0]].structures : indices.flatMap { places[$0].structures }
        placedTypes(type, in: structures, into: &placed)
        return placed.contains { types[$0].specificity != .generic }
    }

    /// The generic mentions said with no place whose type an `<in>` rule of findings.xml makes a finding of its own in an
    /// organ outside the chest that a report describes over several sentences (`topic` in anatomy.xml): "There are
    /// degenerative changes." names the bones' wear after a sentence about the bones, nothing by itself.
    private func heldForOrganInFocus(_ mentions: [FindingMention], placesOf: [[Int]]) -> [Int] {
        let types = engine.knowledge.findings.types
        let anatomy = engine.knowledge.anatomy
        return mentions.indices.filter { index in
            let type = mentions[index].type
            return types[type].specificity == .generic && !mentions[index].isFeature && placesOf[index].isEmpty
                && engine.placeTables.relocations[type].contains { rule in
                    anatomy.structures[rule.structure].topic && rule.type.map { types[$0].specificity != .generic } == true
                }
        }
    }

    /// A cue word of the sentence and what the cue lexicon says of it.
    struct Word<Value> {
        var tokens: Range<Int>
        var value: Value
        /// The lexicon hit it comes from (`TermMatcher.hits`), for its origin.
        var hit: Int
    }
    /// What the attachment reads of a cue: plain values, copied freely.
    struct CueFacts {
        /// Index of the cue in the cue lexicon.
        var index: Int
        var type: CueType
        var direction: CueDirection
        var window: Int?
        var reach: RecapReach?
    }
    typealias Cue = Word<CueFacts>

    /// file:line of the lexicon term behind a word (for `--explain`).
    func origin<Value>(_ word: Word<Value>) -> String {
        engine.lexicon.matcher.hits[word.hit].origin.description
    }

    /// The id of a cue word's cue (for `--explain`).
    private func id(_ cue: Cue) -> String {
        engine.knowledge.cues.cues[cue.value.index].id
    }

    /// The findings of a sentence's finding phrases; `cues`: the sentence's cue words (`cues()`, read once by the caller,
    /// which reads the sentence's history frames with them too).
    func findings(mentions read: [FindingMention], measurements allMeasurements: [Measurement], places: [Place],
                  cues: [Cue], sentence: Sentence) -> [Finding]
    {
        guard !read.isEmpty else { return [] }
        // Sizes of an earlier examination are compared with today's, never a finding's size.
        let measurements = allMeasurements.filter { !$0.earlier }
        let earlierSizes = allMeasurements.filter(\.earlier)
        // What the case's history names ("in a patient with a known lung tumor", "in a patient with a prediagnosis of prostate
        // tumor") is no finding of this examination, neither there nor denied: a history frame is a clause of its own, and no
        // cue, place, size, change or quantity word reaches into it or out of it ("In the case with a history of thyroid
        // carcinoma, a mass is seen in the right upper lobe": no thyroid mass).
        let histories = historyFrames(cues: cues, places: places)
        // (a local for the closure below: one that reads `self` is handed a copy of the context)
        let tokens = lattice.tokens
        // (with no history frame, the phrases as read: no copy of them is built)
        let allMentions = histories.isEmpty ? read : read.compactMap { mention -> FindingMention? in
            guard let frame = histories.first(where: { $0.contains(mention.phrase.lowerBound) }) else { return mention }
            guard mention.head.lowerBound >= frame.upperBound else { return nil }
            // A list phrase running on past the history is the item after it ("In a patient with a known lung tumor, septal
            // thickening is seen in both lower lobes": the thickening).
            var item = mention
            let start = (frame.upperBound..<mention.head.lowerBound).first { tokens[$0].kind == .word } ?? mention.head.lowerBound
            item.phrase = start..<mention.phrase.upperBound
            return item
        }
        guard !allMentions.isEmpty else { return [] }
        let comma = engine.words.comma
        // Whether two positions are in one clause, given where clauses end. A scope end opening a clause
        // between commas (", which was seen before,", ", some of which are round,") is parenthetical:
        // what stands on either side of the clause still belongs together.
        func inOneClause(_ a: Int, _ b: Int, ends: [Int]) -> Bool {
            let (low, high) = a <= b ? (a, b) : (b, a)
            return !ends.contains { end in
                guard end >= low && end < high else { return false }
                let parenthetical = (max(0, end - 3)..<end).contains { tokens[$0].form == comma }
                    && (end + 1..<high).contains { tokens[$0].form == comma }
                return !parenthetical
            }
        }
        // Cues reach across neither scope ends nor relative pronouns; places, across relative pronouns
        // ("consolidation areas, which are more prominent in both lungs, are observed").
        let scopeEnds = cues.starts(of: .scopeEnd)
        let clauseEnds = scopeEnds + cues.starts(of: .relative)
        // (Local functions rather than closures held in constants, here and below: a closure value that another closure
        // captures, or that an optional parameter may keep, has its captures allocated anew for every sentence.)
        // (A position at the frame's cue is outside it: that is where a phrase right before the frame ends.)
        func apart(_ a: Int, _ b: Int) -> Bool {
            histories.contains { ($0.lowerBound < a && a < $0.upperBound) != ($0.lowerBound < b && b < $0.upperBound) }
        }
        func sameClause(_ a: Int, _ b: Int) -> Bool { inOneClause(a, b, ends: clauseEnds) && !apart(a, b) }
        // Sizes and places do not reach into a clause with a subject of its own ("The diameter of the aorta reaches 82 mm,
        // and a stent is observed in the descending aorta": neither the size nor the aorta is the stent's).
        let organVerbs = measurements.filter { $0.organ != nil }.map(\.tokens)
        let subjectStarts = subjectClauseStarts(cues: cues, mentions: allMentions, places: places, verbs: organVerbs)
        func subjectApart(_ a: Int, _ b: Int) -> Bool { subjectStarts.contains { $0 >= min(a, b) && $0 < max(a, b) } }
        func sameSizeClause(_ a: Int, _ b: Int) -> Bool { sameClause(a, b) && !subjectApart(a, b) }
        func samePlaceClause(_ a: Int, _ b: Int) -> Bool { inOneClause(a, b, ends: scopeEnds) && !apart(a, b) }
        // The lung sides a pleural finding's clause lends stop there too ("Minimal pleural effusion is observed, and
        // atelectasis is seen in the right lower lobe": no side of the effusion).
        func sameSubjectClause(_ a: Int, _ b: Int) -> Bool { samePlaceClause(a, b) && !subjectApart(a, b) }
        // Assertion cues also stop at the comma that closes a clause after its verb; sizes and places do not
        // ("nodules are observed in both lungs, the largest 5 mm").
        var assertionEnds = clauseEnds + predicateEnds(cues: cues, mentions: allMentions, places: places)
        // So does the comma after a clause that opens the sentence with a scope end ("Although the findings
        // were evaluated in favor of infection, metastasis cannot be excluded": the infection is there).
        if scopeEnds.first == 0, let close = tokens.indices.first(where: { tokens[$0].form == comma }) {
            assertionEnds.append(close)
        }
        assertionEnds += relativeClauseCloses(cues: cues)
        // And so does a clause with a subject of its own after "and" ("There is no effusion on the right, and a minimal
        // effusion is observed on the left": the second effusion is there).
        assertionEnds += subjectStarts
        func sameAssertionClause(_ a: Int, _ b: Int) -> Bool { inOneClause(a, b, ends: assertionEnds) && !apart(a, b) }
        // A generic head that its places give no type ("peribronchial foci") names nothing: drop it
        // before places are handed out, so that it does not take the places of the phrase before it.
        let firstPlaces = assignPlaces(places, to: allMentions, sameClause: samePlaceClause, groupsEndAt: subjectStarts, cues: cues)
        let likeness = likenesses(allMentions, cues: cues, placesOf: firstPlaces)
        // (loops here and below where a closure would call a method: a closure that reads `self` is handed a copy of the
        // context)
        var named: [Int] = []
        named.reserveCapacity(allMentions.count)
        for index in allMentions.indices
        where keepingUnnamed || likeness[index] || namesSomething(allMentions[index].type, placedBy: firstPlaces[index], of: places) {
            named.append(index)
        }
        // "The described appearance has regressed": with nothing else named, a generic word that names findings
        // of earlier sentences is read for what it says of them (`Antecedent.recap`).
        let recapped = named.isEmpty ? recaps(allMentions, cues: cues) : []
        if !recapped.isEmpty { named = recapped.map(\.mention) }
        // "There are degenerative changes.": with nothing else named, a generic word that names a finding only in an organ
        // outside the chest is held for the organ the sentence before is about (`Antecedent.organInFocus`).
        let heldForOrgan = named.isEmpty && !keepingUnnamed
        if heldForOrgan { named = heldForOrganInFocus(allMentions, placesOf: firstPlaces) }
        // (the organs the sentence names are which of them, after a cue: "The findings in the liver are stable", "other lung
        // findings"; a pronoun stands for the findings before it, whatever else its sentence names)
        let recapScope = recapped.contains { $0.cue != nil } ? self.recapScope(in: 0..<tokens.count, cues: cues) : []
        // The sentence opens with words for the findings before it: a pronoun ("It …") or a generic word a reference
        // cue names before any finding it names ("These findings …", "When evaluated together with the clinic, these
        // appearances …").
        // (0 and 0 with none named; read in a loop: no list of positions is built)
        var (firstNamed, lastNamed) = named.isEmpty ? (0, 0) : (Int.max, Int.min)
        for index in named {
            firstNamed = min(firstNamed, allMentions[index].phrase.lowerBound)
            lastNamed = max(lastNamed, allMentions[index].phrase.upperBound)
        }
        // The sentence's first word: CT-CLIP impressions open items with a bare quote ('" Findings compatible with …').
        let firstWord = tokens.firstIndex { $0.kind == .word } ?? 0
        // "apart from", "however" (not a connective that opens the sentence, set off by a comma: "However, during the
        // pandemic, these appearances were thought to be compatible with Covid-19 pneumonia")
        func setApart(_ mention: FindingMention) -> Bool {
            cues.contains { cue in
                cue.value.type == .scopeEnd && cue.tokens.upperBound <= mention.phrase.lowerBound
                    && !(cue.tokens.lowerBound == firstWord && cue.tokens.upperBound < tokens.count
                        && tokens[cue.tokens.upperBound].form == comma)
            }
        }
        let types = engine.knowledge.findings.types
        let opensWithPronoun = recapped.isEmpty && allMentions.contains { mention in
            // "It …", "In the first place, it …"
            let leads = mention.phrase.lowerBound == firstWord || mention.phrase.upperBound <= firstNamed && !setApart(mention)
                && lattice.tokens[mention.phrase.lowerBound - 1].form == engine.words.comma
            let reference = cues.first { $0.value.type == .reference && self.cue($0, names: mention.phrase, head: mention.head) }
            // "… in the etiology of the findings", "… adjacent to the described findings": named last, as a complement
            let complement = reference.map { reference in
                reference.tokens.lowerBound > 0 && lattice.tokens[reference.tokens.lowerBound - 1].form == engine.words.of
                    || cues.contains { $0.value.type == .proximity && $0.tokens.upperBound == reference.tokens.lowerBound }
            } ?? false
            // "Findings consistent with viral pneumonia.": a generic word that opens the sentence, before what it names
            let opening = mention.phrase.lowerBound == firstWord && mention.phrase.upperBound <= firstNamed
            return leads && types[mention.type].recap == .sentenceBefore
                || types[mention.type].specificity == .generic && !mention.isFeature && !setApart(mention) && (opening
                    || reference != nil && (mention.phrase.upperBound <= firstNamed || mention.phrase.lowerBound >= lastNamed && complement))
        }
        // Places right after an emphasis cue ("more prominent on the right"): where a finding is most.
        let emphasisEnds = cues.ends(of: .emphasis)
        let emphasized = emphasisEnds.isEmpty ? [] : Set(places.indices.filter { place in
            emphasisEnds.contains { $0 <= places[place].tokens.lowerBound && places[place].tokens.lowerBound - $0 <= 2 }
        })
        let mentions = interpreted(named.map { allMentions[$0] }, cues: cues, places: places)
        var placesOf = named.count == allMentions.count ? firstPlaces
            : assignPlaces(places, to: mentions, sameClause: samePlaceClause, groupsEndAt: subjectStarts, cues: cues)
        separateConjuncts(mentions, places: places, placesOf: &placesOf)
        let landmarks = landmarkHosts(mentions, cues: cues)
        movePlacesPastLandmarks(landmarks, mentions: mentions, places: places, placesOf: &placesOf)
        let standards = definiteLandmarks(mentions, cues: cues)
        keepPlacesOfResults(mentions, cues: cues, places: places, placesOf: &placesOf, sameClause: samePlaceClause)
        keepPlacesOfParticiples(mentions, cues: cues, places: places, placesOf: &placesOf)
        // The places the sentence's list hands out, before cues place anything (see `borrowedPlaces`).
        let listed = placesOf
        let brackets = bracketPairs()
        let asideHosts = bracketHosts(mentions, pairs: brackets)
        let restated = zip(asideHosts, interpretationHosts(mentions, cues: cues)).map { $0 ?? $1 }
        keepBracketedPlaces(mentions, places: places, cues: cues, pairs: brackets, placesOf: &placesOf)
        placesOfBracketHosts(mentions, pairs: brackets, placesOf: &placesOf)
        placesOfRelativeHosts(mentions, cues: cues, placesOf: &placesOf)
        placesOfPredicateSubjects(mentions, placesOf: &placesOf, sameClause: sameClause)
        // Assertions first: a negated finding ("consolidation without air bronchograms, measuring
        // 6.5x5 cm") takes no size.
        var assertions: [(Assertion, Cue?)] = []
        assertions.reserveCapacity(mentions.count)
        for mention in mentions { assertions.append(assert(mention, cues: cues, places: places, sameClause: sameAssertionClause)) }
        shareListAssertions(mentions, places: places, sameClause: sameAssertionClause, assertions: &assertions)
        shareDoubtedLists(mentions, places: places, sameClause: sameAssertionClause, assertions: &assertions)
        shareDeniedInterpretations(mentions, cues: cues, places: places, assertions: &assertions)
        doubtAlternativeReadings(mentions, cues: cues, sameClause: sameAssertionClause, assertions: &assertions)
        assertLastBeforeClosingCue(mentions, cues: cues, sameClause: sameAssertionClause, assertions: &assertions)
        doubtBracketedAlternatives(mentions, pairs: brackets, cues: cues, assertions: &assertions)
        spareFindingsNamedBefore(mentions, cues: cues, assertions: &assertions)
        // (the assertions alone, read by the passes below: one list for them all)
        let asserted = assertions.map(\.0)
        // "A nodule with central calcification measuring 8 mm": a finding that "with" adds to the one before it, read
        // as a phrase of its own, takes neither its size nor its change.
        let describing = describingFeatures(mentions, places: places, measurements: measurements)
        let measurable = assertions.indices.map { assertions[$0].0 != .absent && !describing[$0] }
        var sizesOf = assignSizes(measurements, to: mentions, places: places, placesOf: placesOf, cues: cues,
                                  taking: measurable, brackets: brackets, asideHosts: asideHosts, sameClause: sameSizeClause,
                                  apart: subjectApart)
        let sizeChanges = changes(from: earlierSizes, against: measurements, sizesOf: sizesOf, mentions: mentions,
                                  brackets: brackets, sameClause: samePlaceClause)
        // What an interpreted finding was placed and measured by is its interpreter's too, and a size said only of its
        // interpreter is its own ("a nodular lesion compatible with an adenoma of 13 mm": one lesion, 13 mm).
        for (index, mention) in mentions.enumerated() {
            guard let interpreter = mention.interpreter else { continue }
            if placesOf[interpreter].isEmpty { placesOf[interpreter] = placesOf[index] }
            if sizesOf[interpreter].isEmpty { sizesOf[interpreter] = sizesOf[index] }
            else if sizesOf[index].isEmpty { sizesOf[index] = sizesOf[interpreter] }
        }
        sizesOfBracketReadings(measurements, mentions: mentions, brackets: brackets, taking: measurable, sizesOf: &sizesOf)
        placesOfOrganReadings(mentions, pairs: brackets, places: places, placesOf: &placesOf)
        keepPlacesOfLaterFindings(mentions, cues: cues, places: places, placesOf: &placesOf)
        let ownPlaces = placesOf
        let nearby = placesNearby(mentions, cues: cues, places: places, measurements: measurements, placesOf: &placesOf,
                                  sameClause: sameClause)
        var foreign = foreignStructures(mentions, borrowed: nearby.map { $0.cue?.value.type == .proximity }, own: ownPlaces,
                                        placesOf: placesOf, places: places)
        let references = placesNamedBefore(mentions, cues: cues, places: places, placesOf: &placesOf)
        let roles = interpretationRoles(mentions, cues: cues, namedAgain: references.map { $0.cue?.value.type == .reference },
                                        sameClause: sameClause)
        let readings = readingHosts(mentions, cues: cues, places: places, measurements: measurements, roles: roles)
        var accompaniedTypes = [Int?](filled: nil, count: mentions.count)
        var accompanying = placesAccompanying(mentions, cues: cues, placesOf: &placesOf, places: places,
                                             accompaniedTypes: &accompaniedTypes, sameClause: samePlaceClause)
        addForeignStructuresAccompanied(mentions, accompanying: accompanying, own: ownPlaces, placesOf: placesOf,
                                        places: places, foreign: &foreign)
        placesNamedByClauseRecaps(mentions, among: allMentions, cues: cues, placesOf: &placesOf)
        let unplaced = placesOf.map { $0.isEmpty }  // (a closure: a key path to a computed property is read at run time)
        placesOfDiagnoses(mentions, assertions: asserted, placesOf: &placesOf)
        // (a doubted item, not a diagnosis, that the items before it place: "…, the narrowing of the bronchi in both lungs, a
        // possible hilar mass")
        let doubtedPlaced = mentions.indices.map { unplaced[$0] && !placesOf[$0].isEmpty && !types[mentions[$0].type].diagnosis }
        placesScannedBefore(mentions, assertions: asserted, places: places, placesOf: &placesOf)
        placesFramedBefore(mentions, places: places, histories: histories, placesOf: &placesOf)
        // … and a feature "with" adds is where the finding it describes is.
        for index in mentions.indices where describing[index] && placesOf[index].isEmpty {
            if let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= mentions[index].phrase.lowerBound && !describing[$0] }) {
                placesOf[index] = placesOf[host]
            }
        }
        let sidedPlaces = brackets.isEmpty ? [] : placesOf
        let needingSide = addPlacesNeedingSide(places, to: mentions, placesOf: &placesOf, cues: cues, landmarks: landmarks,
                                               sameClause: samePlaceClause)
        var unsidedOf: [UnsidedPlace?] = []
        unsidedOf.reserveCapacity(needingSide.count)
        for indices in needingSide { unsidedOf.append(unsidedPlace(indices, of: places)) }
        placesOfBracketHosts(mentions, pairs: brackets, placesOf: &placesOf, wideningFrom: sidedPlaces)
        // … and an interpreted finding placed by nothing of its own is where its interpreter was found to be
        // ("ground glass in both lower lobes, and areas of increased density consistent with consolidation").
        for (index, mention) in mentions.enumerated() where placesOf[index].isEmpty {
            if let interpreter = mention.interpreter { placesOf[index] = placesOf[interpreter] }
        }
        placeListsAccompanying(mentions, cues: cues, ownPlaces: ownPlaces, placesOf: &placesOf, placedBy: &accompanying,
                               places: places, sameClause: samePlaceClause)
        placesOfWholeLungsBefore(mentions, places: places, asserted: asserted, pairs: brackets, placesOf: &placesOf,
                                 sameClause: sameSizeClause)
        // (the lexicon's lists, not the whole cue lexicon: each closure below would hold a copy of what it reads)
        let sizeWordList = engine.knowledge.cues.sizeWords
        let temporalList = engine.knowledge.cues.temporal
        let quantityList = engine.knowledge.cues.quantities
        let sizeWords = words { if case let .sizeWord(index) = $0 { sizeWordList[index].id } else { nil } }
        // A size word is an adjective: halfway between two phrases it is the next one's ("peribronchial
        // thickenings, millimetric nonspecific nodules").
        let sizeWordsOf = nearest(sizeWords.map(\.tokens), mentions: mentions, taking: measurable, sameClause: sameClause,
                                  within: 6, preferringNext: true)
        // A temporal word inside a finding term names the finding ("CTO increased", "the heart size has
        // increased": cardiomegaly), it says no change since an earlier study; one before the term in its phrase
        // ("a hypodense stable lesion") does.
        let temporals = words { if case let .temporal(index) = $0 { temporalList[index].value } else { nil } }
            .filter { word in !mentions.contains { $0.head.overlaps(word.tokens) } }
        let quantities = words { if case let .quantity(index) = $0 { quantityList[index].value } else { nil } }
        let temporalOf = changesOf(mentions, temporals: temporals, among: allMentions, places: places, measurements: measurements,
                                   cues: cues, brackets: brackets, describing: describing, assertions: asserted,
                                   organVerbs: organVerbs, sameClause: sameClause)

        // A sentence that only doubts lung findings, or only names diagnoses, and places none ("Atelectasis?", "Early stage
        // may be compatible with infective processes", "Viral pneumonia has been evaluated for Covid-19") says what the
        // findings before it are: as a pronoun would, it names them (not one that names again a lesion other organs have
        // too: "MRI is recommended for differential diagnosis of the lesion, including metastasis" after a liver lesion). A
        // finding named before that a differential spares (present, with its cue: see `spareFindingsNamedBefore`) counts as
        // doubted: "… includes pneumonia and atelectasis for the consolidation" places the readings where the consolidation is.
        let doubtsOnly = recapped.isEmpty && placesOf.allSatisfy { $0.isEmpty }
            && (assertions.allSatisfy { $0.0 == .uncertain || $0.0 == .present && $0.1 != nil }
                || mentions.allSatisfy { types[$0.type].diagnosis } && assertions.allSatisfy { $0.0 != .absent })
            && mentions.allSatisfy { types[$0.type].category != nil }
            && mentions.indices.allSatisfy { references[$0].cue == nil || !types[mentions[$0].type].otherOrgans }
        let inChest = engine.anatomyIndex.inChest
        // Per mention, whether every place it has stands past the head of another mention named after it (in its phrase
        // or a later one: "Emphysema, mosaic attenuation and ground glass areas in the right lung").
        let shared = mentions.indices.map { index in
            let end = mentions[index].head.upperBound
            return !placesOf[index].isEmpty && placesOf[index].allSatisfy { place in
                let start = places[place].tokens.lowerBound
                return mentions.contains { $0.head.lowerBound >= end && $0.head.upperBound <= start }
            }
        }
        let borrowed = borrowedPlaces(mentions, places: places, placesOf: placesOf, listed: listed, doubted: doubtedPlaced,
                                      scopeEnds: scopeEnds)
        // ("Apart from this, …": what follows is other than what was named before)
        var setApartFrom: Int? = nil
        for cue in cues where cue.value.type == .scopeEnd && cue.value.reach == .report {
            setApartFrom = min(setApartFrom ?? cue.tokens.upperBound, cue.tokens.upperBound)
        }
        var result: [Finding] = []
        // Where each mention's findings start in `result`.
        var firstFinding: [Int] = []
        firstFinding.reserveCapacity(mentions.count)
        // The types each mention gives where it is placed (`placedTypes(of:in:into:)`): one buffer, refilled per mention.
        var placedTypesOfMention: [Int] = []
        // (one copy of each mention: a loop over `enumerated()` made two of it)
        for index in mentions.indices {
            let mention = mentions[index]
            firstFinding.append(result.count)
            var steps = ExplainLog(enabled: explain, steps: mention.explanation)
            var (assertion, cue) = assertions[index]
            // An interpreted finding's labels are its interpreter's, unless that one is only possible ("density
            // increases, which may be compatible with pneumonia": a lung opacity all the same).
            let labelsDeferred = mention.interpreter.map { assertions[$0].0 != .uncertain } ?? mention.interpreted
            if let cue {
                steps.add(ExplainStep(role: "cue", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            var structures: [Int] = []
            var sides: Sides = []
            if let cue = nearby[index].cue {
                steps.add(ExplainStep(role: "proximity", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            if let cue = accompanying[index] {
                steps.add(ExplainStep(role: "accompaniment", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            // (`named` are the recaps' mentions when there are any)
            let recap: Recap? = recapped.isEmpty ? nil : recapped[index]
            if let cue = recap?.cue {
                steps.add(ExplainStep(role: "recap", id: id(cue), text: lattice.text(cue.tokens, in: report), origin: origin(cue)))
            } else if recap == nil, let cue = references[index].cue, !references[index].placed {
                steps.add(ExplainStep(role: "reference", id: id(cue), text: lattice.text(cue.tokens, in: report),
                                      origin: origin(cue)))
            }
            let alike = likeness[named[index]]
            // "… in the right lower lobe. It is observed as a budding tree view.": what a sentence that opens with a
            // pronoun for the findings before it names, without a place of its own, is where they are (a lung or
            // pleural finding, not denied; one whose words also name lesions of other organs follows an organ being
            // described).
            let pronounPlaced = (opensWithPronoun || doubtsOnly) && placesOf[index].isEmpty && assertion != .absent
                && types[mention.type].category != nil
            let antecedent: Antecedent = heldForOrgan ? .organInFocus : recap.map { .recap($0.reach) }
                ?? (alike ? .likePrevious
                    : nearby[index].refersBack ? .place(beside: true)
                    : placesOf[index].contains { places[$0].refersBack } ? .place(beside: false)
                    : references[index].placed
                        ? (references[index].cue.map { engine.knowledge.cues.cues[$0.value.index].member } == true
                            ? .member : .restated(reaching: references[index].reaching))
                    : references[index].cue != nil && references[index].earlier == nil ? .sameType(orPronoun: pronounPlaced)
                    : nearby[index].nearType.map { .near($0) }
                    ?? (!placesOf[index].isEmpty ? .none : pronounPlaced ? .pronoun
                        : accompaniedTypes[index].map { .accompanying($0) } ?? .none))
            // ("The bronchiectasis is more prominent in the lower lobes": a reference placed only where it is most is one too)
            let mostMarked = (antecedent == .none || antecedent == .restated(reaching: false))
                && mostMarkedOnly(mention, places: placesOf[index], of: places, cues: cues)
            let placed = completedPlaces(placesOf[index], of: places, emphasized: emphasized)
            let vagueParts = organPartsReading(placed)
            let othersOrgans = organsOfOtherItems(index, among: mentions, places: places, placesOf: placesOf)
            structures.reserveCapacity(placed.reduce(0) { $0 + $1.structures.count })
            for place in placed {
                if sidesCount(of: place, beside: vagueParts) { sides.formUnion(place.sides) }
                if vagueParts.organNamed && place.vague { continue }
                let besideLung = liesBesideLungParts(of: place, type: mention.type, cues: cues)
                for structure in place.structures where !structures.contains(structure) && !othersOrgans.contains(structure)
                    && !foreign[index].contains(structure) && !(besideLung && engine.placeTables.isLungPart[structure]) {
                    structures.append(structure)
                }
                let rule = engine.grammar.rules[place.rule]
                steps.add(ExplainStep(role: "location", id: rule.id, text: lattice.text(place.tokens, in: report),
                                         origin: rule.origin.description))
            }
            let open = openSides(sides: sides, placed: placed, unsided: unsidedOf.isEmpty ? nil : unsidedOf[index])
            // Where its own words alone place it, when another list item lent it places.
            let owned = borrowed[index].isEmpty ? nil
                : placesOwned(placesOf[index].filter { !borrowed[index].contains($0) }, of: places, emphasized: emphasized,
                            vagueParts: vagueParts)
            // A recap further on in its sentence is measured only beside an earlier size: today's size against it ("It was 20
            // mm in the previous CT, and it is 26 mm now"), which goes where the recap's change goes (`ReportParser`).
            let measured = recap == nil || mention.phrase.lowerBound == firstWord || !earlierSizes.isEmpty
            // The largest of its sizes; a size of its largest member says more than a bound said of it ("lymph nodes with
            // short axes less than 1 cm, the largest 7 mm": 7 mm). Other sizes beside a bound are listed with it ("reaching
            // 30 mm on the right and 25 mm on the left") or measure it otherwise ("reaching 10 cm in its deepest part").
            let sized = measured ? sizesOf[index] : []
            let largestMeasured = sized.contains { measurements[$0].ofFindingBefore }
            var size: Size? = nil
            var sizeBound = false
            var dimensionsSaid: [Double] = []
            for measurementIndex in sized where !(largestMeasured && measurements[measurementIndex].bound) {
                let measurement = measurements[measurementIndex]
                dimensionsSaid += measurement.size.dimsMM
                if size == nil || measurement.size.maxMM > size!.maxMM {
                    size = measurement.size
                    sizeBound = measurement.bound
                }
                let rule = engine.grammar.rules[measurement.rule]
                steps.add(ExplainStep(role: "size", id: rule.id, text: lattice.text(measurement.tokens, in: report),
                                         origin: rule.origin.description))
            }
            let sizeWord = sizeWordsOf[index].first.map { sizeWords[$0] }
            if let sizeWord {
                steps.add(ExplainStep(role: "size-word", id: sizeWord.value, text: lattice.text(sizeWord.tokens, in: report),
                                         origin: origin(sizeWord)))
            }
            // Of the change words that are this finding's, the one closest to it ("no significant change …, except for
            // the newly emerged pneumothorax": new), past one that yields to another ("also present in the previous
            // examination and has regressed": decreased).
            let unyielding = temporalOf[index].filter { !temporals[$0].value.yields }
            var temporal = (unyielding.isEmpty ? temporalOf[index] : unyielding)
                .min { Self.distance(temporals[$0].tokens, mention.phrase) < Self.distance(temporals[$1].tokens, mention.phrase) }
                .map { temporals[$0] }
            // A recap takes a change said before it from its own clause only ("there is a newly developed loss
            // of height, and the appearance of fracture lines" says nothing of earlier findings).
            if recap != nil, let word = temporal, word.tokens.upperBound <= mention.phrase.lowerBound,
               (word.tokens.upperBound..<mention.phrase.lowerBound).contains(where: {
                   tokens[$0].form == comma || engine.words.coordinators.contains(tokens[$0].form)
               }) {
                temporal = nil
            }
            if let temporal {
                steps.add(ExplainStep(role: "temporal", id: temporal.value.change.rawValue,
                                         text: lattice.text(temporal.tokens, in: report), origin: origin(temporal)))
                // What has resolved is no longer there ("total regression was observed in the consolidation areas").
                if temporal.value.change == .resolved && assertion == .present { assertion = .absent }
            }
            let changeIsAttributive = temporal.map { attributive($0.tokens, to: mention.phrase, places: places) } ?? false
            // With no change word of its own, today's size against an earlier one says how it changed.
            let sizeChange = temporal == nil ? sizeChanges[index] : nil
            if let (change, earlier) = sizeChange {
                let rule = engine.grammar.rules[earlier.rule]
                steps.add(ExplainStep(role: "size-change", id: change.rawValue, text: lattice.text(earlier.tokens, in: report),
                                      origin: rule.origin.description))
            }
            // "Nodules in both lungs …, and no difference in the size of the nodules": a mention of a finding named
            // before in the sentence is that finding; what it says of it (a change, a size) is that one's.
            if let earlier = references[index].earlier, assertion != .absent,
               let target = (firstFinding[earlier]..<firstFinding[earlier + 1]).first(where: {
                   result[$0].typeIndex == mention.type && result[$0].assertion != .absent
               }) {
                if result[target].temporal == nil, let temporal { result[target].temporal = temporal.value.change }
                result[target].takeSize(size, bound: sizeBound, whole: false)
                if explain { result[target].explanation += steps.steps.filter { ["reference", "temporal", "size"].contains($0.role) } }
                continue
            }
            // (not one of the case's history: "in a patient with a breast tumor, nodules …")
            let (multiple, quantityWord) = quantity(of: mention,
                                                    words: quantities.filter { !apart($0.tokens.lowerBound, mention.phrase.lowerBound) },
                                                    sizes: measured ? sizesOf[index].map { measurements[$0] } : [],
                                                    places: placesOf[index], of: places)
            if let quantityWord {
                steps.add(ExplainStep(role: "quantity", id: quantityWord.value.rawValue,
                                      text: lattice.text(quantityWord.tokens, in: report), origin: origin(quantityWord)))
            }

            let anatomy = engine.knowledge.anatomy
            let tables = engine.placeTables
            let range = lattice.characters(of: mention.phrase)
            // (a number only other words gave, which a type one per side or a diagnosis does not take)
            let numberFromOtherWords = mention.numberFromOtherWords && quantityWord?.value != .multiple
            placedTypes(of: mention, in: retypingStructures(structures, placed: placed, of: mention, among: places, cues: cues),
                        into: &placedTypesOfMention)
            // A pleural finding on no side of its own is on the side its clause gives the lung (`lungSides(around:…)`); not
            // one named in brackets, which reads the finding before them ("… thickening of the posterior pleura …
            // (sequelae changes)"). (looked for only when the phrase reads a pleural type)
            let pleural = { (typeIndex: Int) in types[typeIndex].region == "pleura" }
            let clauseLung = sides.isEmpty && assertion != .absent && placedTypesOfMention.contains(where: pleural)
                && !brackets.contains { $0.contains(mention.phrase.lowerBound) }
                ? lungSides(around: mention, places: places, sameClause: sameSubjectClause) : (sides: [], said: [])
            for typeIndex in placedTypesOfMention {
                guard types[typeIndex].specificity != .generic || keepingUnnamed || alike || recap != nil || heldForOrgan
                else { continue }
                // Where this type of a phrase split by place is (`structuresKept(_:choosing:of:among:)`).
                let kept = structuresKept(structures, choosing: typeIndex, of: mention, among: placedTypesOfMention)
                // Read from the structures in place (indices, not copies of the structures).
                let lobeCodes = tables.lobeCodes(of: kept)
                // (one pass each: a filter and a map would build two lists)
                let segmentIDs: [String] = kept.compactMap { tables.isSegment[$0] ? anatomy.structures[$0].id : nil }
                let places: [String] = kept.compactMap { tables.isLungPart[$0] ? nil : anatomy.structures[$0].id }
                // Placed, and nowhere in the chest (`AnatomyIndex.inChest` holds the chest regions). A body
                // region ("the posterolateral part of the right thorax") says where the organ named with it is.
                // (the organs are listed only when one of them lies outside the chest, as few findings' do)
                let anyOutside = kept.contains { anatomy.structures[$0].kind != .region && !inChest[$0] }
                let organs = anyOutside ? kept.filter { anatomy.structures[$0].kind != .region } : []
                // Two readings of one phrase may give one type twice ("pleural or pericardial effusion":
                // a pericardial effusion by its modifier and by its place): one finding.
                guard !result.contains(where: { $0.range == range && $0.typeIndex == typeIndex && $0.assertion == assertion })
                else { continue }
                // A finding restated in brackets right after it is that finding ("Heart size has increased (cardiomegaly)").
                if let host = restated[index],
                   result[firstFinding[host]...].contains(where: { $0.typeIndex == typeIndex && $0.assertion == assertion }) { continue }
                // The places a type reads itself as: for the phrase's own type, those no `<in>` rule gives
                // another type ("a nodule in the left thyroid lobe compressing the trachea": the thyroid's
                // nodule, and a tracheal one).
                let own = anyOutside && typeIndex == mention.type
                    ? organs.filter { engine.relocation(of: typeIndex, in: $0) == nil } : organs
                let placedOutsideChest = anyOutside && !own.isEmpty && !own.contains { inChest[$0] }
                let outside = placedOutsideChest && tables.typeInChest[typeIndex]
                let sided = types[typeIndex].sided
                let lungSides: Sides = pleural(typeIndex) ? clauseLung.sides : []
                var explanation = typeIndex == mention.type || !explain ? steps.steps
                    : steps.steps + [ExplainStep(role: "placed-in", id: types[typeIndex].id, text: types[typeIndex].id,
                                                 origin: engine.knowledge.findings.types[mention.type].origin.description)]
                if explain && !lungSides.isEmpty {
                    explanation += clauseLung.said.map { place in
                        ExplainStep(role: "side-from", id: Laterality(sides: place.sides).rawValue,
                                    text: lattice.text(place.tokens, in: report),
                                    origin: engine.grammar.rules[place.rule].origin.description)
                    }
                }
                let finding = Finding(Finding.Facts(
                    typeIndex: typeIndex,
                    type: types[typeIndex].id,
                    category: outside ? nil : types[typeIndex].category,
                    assertion: assertion,
                    laterality: sided ? Laterality(sides: sides.union(lungSides)) : .none,
                    lobes: sided ? lobeCodes : [],
                    segments: sided ? segmentIDs : [],
                    places: places,
                    size: size,
                    sizeWord: sizeWord?.value,
                    multiple: multiple && !(numberFromOtherWords && (types[typeIndex].single || types[typeIndex].diagnosis)),
                    temporal: temporal?.value.change ?? sizeChange?.change,
                    text: lattice.text(mention.phrase, in: report),
                    labels: outside || labelsDeferred ? [] : types[typeIndex].labels,
                    interpreted: mention.interpreted,
                    structures: recap.map { $0.cue == nil ? [] : recapScope } ?? kept,
                    explanation: explanation,
                    antecedent: antecedent,
                    vaguelyPlaced: !placed.isEmpty && placed.allSatisfy(\.vague),
                    placeShared: shared[index],
                    ownPlaces: owned,
                    unsided: lungSides.isEmpty && sided ? open.unsided : nil,
                    sideOpen: lungSides.isEmpty && sided ? open.sideOpen : nil,
                    changeAttributive: changeIsAttributive,
                    changeYields: temporal?.value.yields ?? false,
                    setApart: setApartFrom.map { $0 <= mention.phrase.lowerBound } ?? false,
                    affirmed: assertion == .present && affirmed(mention, cues: cues, sameClause: sameAssertionClause),
                    interpretation: roles[index],
                    noun: mention.noun ?? placedWord(of: mention, as: typeIndex),
                    landmark: standards[index],
                    mostMarked: mostMarked,
                    sizeBound: sizeBound,
                    dimensionsSaid: dimensionsSaid),
                    sentence: sentence.index, range: range)
                // What an interpretation cue says a finding is, in its type or a narrower one, is that finding ("masses …,
                // evaluated in favor of metastases": one mass).
                if let host = readings[index], let target = (firstFinding[host]..<firstFinding[host + 1]).first(where: {
                    result[$0].isNamedAgain(by: finding, types: types, tables: tables)
                }) {
                    result[target].takeReading(finding, types: types, explain: explain)
                    continue
                }
                result.append(finding)
            }
        }
        mergeNamedTwice(&result, mentions: mentions, firstFinding: firstFinding, cues: cues, places: places,
                        brackets: brackets)
        return result
    }

    /// Whether a change word stands in a phrase or right before it, with at most three place words or words no lexicon
    /// knows between ("stable nonspecific parenchymal nodules", "Regressed mediastinal lymph nodes").
    private func attributive(_ word: Range<Int>, to phrase: Range<Int>, places: [Place]) -> Bool {
        if phrase.contains(word.lowerBound) { return true }
        guard word.upperBound <= phrase.lowerBound, phrase.lowerBound - word.upperBound <= 3 else { return false }
        return (word.upperBound..<phrase.lowerBound).allSatisfy { token in
            lattice.tokens[token].kind == .word
                && (!lattice.isCovered(token) || places.contains { $0.tokens.contains(token) })
        }
    }

    /// The lobes or segments a finding's sentence named without a side, as one place on either side.
    private func unsidedPlace(_ indices: [Int], of places: [Place]) -> UnsidedPlace? {
        guard !indices.isEmpty else { return nil }
        return UnsidedPlace(left: indices.flatMap { places[$0].ifLeft }.uniqued(), right: indices.flatMap { places[$0].ifRight }.uniqued(),
                            text: indices.map { lattice.text(places[$0].tokens, in: report) }.joined(separator: ", "))
    }

    /// The sides a finding's context is still to give (for a type with sides, none from a pleural clause): `unsided`, a
    /// place named without a side when it has none — the one the list gave it (`unsided`), else a place in one lung ("a
    /// nodule on the fissure"); `sideOpen`, one lobe's segments read on both sides when they are the only places giving it
    /// sides ("in the lower lobe segments"): both sides until its context says one.
    private func openSides(sides: Sides, placed: [Place], unsided: UnsidedPlace?) -> (unsided: UnsidedPlace?, sideOpen: UnsidedPlace?) {
        let inOneLung = sides.isEmpty ? unsided ?? unsidedPlace(inOneLung: placed) : nil
        guard sides.count == 2, placed.contains(where: \.sideOpen), !placed.contains(where: { !$0.sideOpen && !$0.sides.isEmpty })
        else { return (inOneLung, nil) }
        let openPlaces = placed.filter(\.sideOpen)
        return (inOneLung, UnsidedPlace(left: openPlaces.flatMap(\.ifLeft).uniqued(), right: openPlaces.flatMap(\.ifRight).uniqued(),
                                        text: openPlaces.map { lattice.text($0.tokens, in: report) }.joined(separator: ", ")))
    }

    /// A finding's place in one lung named without a side ("a nodule on the fissure"), as one place on either side, with the
    /// lobe it names on that side ("on the fissure in the upper lobe"): the side is the sentence before's
    /// (`ReportParser.resolveUnsidedPlaces`).
    private func unsidedPlace(inOneLung placed: [Place]) -> UnsidedPlace? {
        guard placed.contains(where: \.liesInOneLung) else { return nil }
        let inOneLung = placed.filter(\.liesInOneLung)
        return UnsidedPlace(left: inOneLung.flatMap { $0.ifLeft.isEmpty ? $0.structures : $0.ifLeft }.uniqued(),
                            right: inOneLung.flatMap { $0.ifRight.isEmpty ? $0.structures : $0.ifRight }.uniqued(),
                            text: inOneLung.map { lattice.text($0.tokens, in: report) }.joined(separator: ", "))
    }

    /// Which mentions are a generic word right after a likeness cue, with a place of their own ("a similar
    /// appearance in the lingula"; not "other diseases may cause a similar appearance", nor "nodules with
    /// a similar appearance").
    private func likenesses(_ mentions: [FindingMention], cues: [Cue], placesOf: [[Int]]) -> [Bool] {
        let likeness = cues.filter { $0.value.type == .likeness }
        guard !likeness.isEmpty else { return [Bool](filled: false, count: mentions.count) }
        let types = engine.knowledge.findings.types
        return mentions.indices.map { index in
            let mention = mentions[index]
            return types[mention.type].specificity == .generic && !mention.isFeature && !placesOf[index].isEmpty
                && likeness.contains { cue in
                    let start = cue.tokens.lowerBound
                    return cue.tokens.upperBound <= mention.phrase.lowerBound
                        && mention.phrase.lowerBound - cue.tokens.upperBound <= cue.value.window ?? 0
                        && (start == 0 || !engine.words.features.contains(lattice.tokens[start - 1].form))
                }
        }
    }

    /// Whether a cue names a mention: it ends right before the phrase, or before its head inside it ("the
    /// size and appearance of the nodule"), within its window, with words only between ("apart from this,
    /// ground glass" is no reference). A backward cue names no phrase after it (see ``cue(_:follows:)``).
    /// (`phrase`, `head`: the mention's phrase and head tokens, all it reads of the mention: no copy of it is made to ask)
    func cue(_ cue: Cue, names phrase: Range<Int>, head: Range<Int>) -> Bool {
        func reaches(_ start: Int) -> Bool {
            cue.tokens.upperBound <= start && start - cue.tokens.upperBound <= cue.value.window ?? 0
                && lattice.tokens[cue.tokens.upperBound..<start].allSatisfy { $0.kind == .word }
        }
        return cue.value.direction != .backward && (reaches(phrase.lowerBound) || reaches(head.lowerBound))
    }

    /// Whether a backward cue names the mention it follows: it starts within its window after the phrase's end, with words
    /// only between ("the lesion described", "the nodules described above").
    func cue(_ cue: Cue, follows mention: FindingMention) -> Bool {
        let end = mention.phrase.upperBound
        return cue.value.direction != .forward && end <= cue.tokens.lowerBound
            && cue.tokens.lowerBound - end <= cue.value.window ?? 0
            && lattice.tokens[end..<cue.tokens.lowerBound].allSatisfy { $0.kind == .word }
    }

    /// The case's history each history cue opens ("Metastasis cannot be ruled out in a patient with known gastric cancer,
    /// …"): from the cue up to the next comma, bracket or cue of a clause (not one that only names, as "the" of "a tumor of
    /// the pancreas"), or up to "in" or "on" before a place ("Nodules are seen in a case with a colon primary in both
    /// lungs": the lungs are the nodules'), else to the sentence's end.
    func historyFrames(cues: [Cue], places: [Place]) -> [Range<Int>] {
        let tokens = lattice.tokens
        let words = engine.words
        let naming: [CueType] = [.reference, .likeness, .recap, .pseudo]
        return cues.filter { $0.value.type == .history }.map { cue in
            let end = (cue.tokens.upperBound..<tokens.count).first { token in
                let form = tokens[token].form
                if form == words.comma || form == words.openBracket || form == words.closeBracket { return true }
                if cues.contains(where: { $0.tokens.lowerBound == token && !naming.contains($0.value.type) }) { return true }
                // ("in the right lung", "on both sides")
                return (form == words.in || form == words.on) && places.contains { place in
                    place.tokens.lowerBound > token && place.tokens.lowerBound - token <= 2
                        && (token + 1..<place.tokens.lowerBound).allSatisfy { tokens[$0].form == words.the }
                }
            } ?? tokens.count
            return cue.tokens.lowerBound..<end
        }
    }

    // MARK: Cues and words

    /// The sentence's cue words (room for one per lexicon match is reserved: most sentences have several).
    func cues() -> [Cue] {
        let cues = engine.knowledge.cues.cues
        return words(reserving: lattice.matches.count) { entry in
            guard case let .cue(index) = entry else { return nil }
            return CueFacts(index: index, type: cues[index].type, direction: cues[index].direction, window: cues[index].window,
                            reach: cues[index].reach)
        }
    }

    /// The sentence's lexicon matches that `read` takes, with what it reads from each (`capacity`: room to reserve).
    func words<Value>(reserving capacity: Int = 0, _ read: (LexiconEntry) -> Value?) -> [Word<Value>] {
        var result: [Word<Value>] = []
        result.reserveCapacity(capacity)
        let hits = engine.lexicon.matcher.hits
        for match in lattice.matches {
            for hit in match.hits {
                if let value = read(hits[hit].entry) { result.append(Word(tokens: match.tokens, value: value, hit: hit)) }
            }
        }
        return result
    }

    /// For each mention, the items (by index) whose nearest mention it is: in the item's clause, or,
    /// when its clause has none, in the sentence ("nodules in both lungs; largest 5 mm"). Mentions
    /// that describe another ("with …", a lone adjective) or that `taking` excludes take no items. (A
    /// generic word here has a type from its place: "free air in the right hemithorax".) Of two at the
    /// same distance the earlier takes the item; with `preferringNext`, the one after it, and with `nextOnTie`, the
    /// one after it when the words between pass that test. With
    /// `notAcrossCoordinators`, a mention after a predicative item ("are stable") and past "and" or a comma
    /// counts as outside the item's clause. With `notPastOthers`, an item reaches no mention after it past "and" and another
    /// item in that mention's own words ("The lymph node has a diameter of 15 mm, and a 4 mm nodule …": the 4 mm is the
    /// nodule's, the 15 mm the node's).
    func nearest(_ items: [Range<Int>], mentions: [FindingMention], taking: [Bool]? = nil,
                 sameClause: (Int, Int) -> Bool, within: Int, preferringNext: Bool = false,
                 nextOnTie: (Range<Int>) -> Bool = { _ in false }, notAcrossCoordinators: Bool = false,
                 notPastOthers: Bool = false) -> [[Int]]
    {
        let tokens = lattice.tokens
        let coordinators = engine.words.coordinators
        var result = [[Int]](filled: [], count: mentions.count)
        for (itemIndex, item) in items.enumerated() {
            // An item that opens a list element ("…, increased and new ground glass densities") is an adjective.
            let stopsAtCoordinators = notAcrossCoordinators && item.lowerBound > 0
                && !coordinators.contains(tokens[item.lowerBound - 1].form)
            var best: (distance: Int, index: Int, sameClause: Bool)? = nil
            for (index, mention) in mentions.enumerated() where !mention.isFeature && !mention.isAdjective && taking?[index] != false {
                let distance: Int
                let together: Bool
                if item.upperBound <= mention.phrase.lowerBound {
                    if notPastOthers && items.contains(where: { other in
                        other.lowerBound >= item.upperBound && other.upperBound <= mention.phrase.lowerBound
                            && hasCoordinator(item.upperBound..<other.lowerBound)
                            && !hasCoordinator(other.upperBound..<mention.phrase.lowerBound)
                    }) { continue }
                    distance = mention.phrase.lowerBound - item.upperBound
                    together = sameClause(item.upperBound, mention.phrase.lowerBound)
                        && !(stopsAtCoordinators
                            && (item.upperBound..<mention.phrase.lowerBound).contains { coordinators.contains(tokens[$0].form) })
                } else if item.lowerBound >= mention.phrase.upperBound {
                    distance = item.lowerBound - mention.phrase.upperBound
                    together = sameClause(mention.phrase.upperBound, item.lowerBound)
                } else {
                    distance = 0
                    together = true
                }
                guard distance <= within else { continue }
                // Asked only on a tie: `nextOnTie` reads the words between.
                func tieGoesHere() -> Bool {
                    item.upperBound <= mention.phrase.lowerBound
                        && (preferringNext || nextOnTie(item.upperBound..<mention.phrase.lowerBound))
                }
                if let current = best, (current.sameClause && !together)
                    || (current.sameClause == together && (current.distance < distance || current.distance == distance && !tieGoesHere())) { continue }
                best = (distance, index, together)
            }
            if let best {
                // Every reading of the same phrase shares it.
                for index in mentions.indices where mentions[index].phrase == mentions[best.index].phrase {
                    result[index].append(itemIndex)
                }
            }
        }
        return result
    }

    /// Which mentions are a feature of the finding right before them read as a phrase of their own: a feature word
    /// ("with", "containing") after that finding, its places and sizes (with the words and commas that link them and
    /// two other words at most, no "and" nor "or"), then at most two words that are no link ("A nodule in the right
    /// upper lobe with central calcification", "The lesion …, approximately 18x13 mm in size, with central calcification").
    /// The feature word is the last one before the mention, those before it counting among the words between ("nodular
    /// consolidations, with bronchi filled with secretions and the largest 5.5 mm": the secretions describe them).
    private func describingFeatures(_ mentions: [FindingMention], places: [Place], measurements: [Measurement]) -> [Bool] {
        let tokens = lattice.tokens
        let words = engine.words
        return mentions.indices.map { index in
            let phrase = mentions[index].phrase
            guard !mentions[index].isFeature,
                  let host = mentions.indices.last(where: { mentions[$0].phrase.upperBound <= phrase.lowerBound }),
                  let feature = (mentions[host].phrase.upperBound..<phrase.lowerBound).last(where: {
                      words.features.contains(tokens[$0].form) && !lattice.isCovered($0)  // not "compatible with"
                  }),
                  phrase.lowerBound - feature <= 3,
                  !(feature + 1..<phrase.lowerBound).contains(where: { words.coordinators.contains(tokens[$0].form) })
            else { return false }
            let gap = mentions[host].phrase.upperBound..<feature
            let others = gap.count { token in
                let form = tokens[token].form
                return !places.contains { $0.tokens.contains(token) } && !measurements.contains { $0.tokens.contains(token) }
                    && form != words.comma && !words.linking.contains(form)
            }
            return others <= 2 && !gap.contains { tokens[$0].form != words.comma && words.coordinators.contains(tokens[$0].form) }
        }
    }

    /// How many tokens stand between two ranges (0 when they touch or overlap). (Static: a closure that called a method
    /// would be handed a copy of the context for every mention.)
    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : 0
    }

}

extension Array where Element == AttachmentContext.Cue {
    /// Where the cues of a type start, in text order (one list sized once: a filter and a map would build two, the
    /// filter's growing as it fills).
    func starts(of type: CueType) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(self.count(where: { $0.value.type == type }))
        for cue in self where cue.value.type == type { result.append(cue.tokens.lowerBound) }
        return result
    }

    /// Where the cues of a type end, in text order (see `starts(of:)`).
    func ends(of type: CueType) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(self.count(where: { $0.value.type == type }))
        for cue in self where cue.value.type == type { result.append(cue.tokens.upperBound) }
        return result
    }
}

extension Laterality {
    /// Both sides → bilateral, one → that one, none → none.
    init(sides: Sides) {
        switch (sides.contains(.left), sides.contains(.right)) {
        case (true, true): self = .bilateral
        case (true, false): self = .left
        case (false, true): self = .right
        case (false, false): self = .none
        }
    }
}

extension Finding {
    /// The order lobes are listed in.
    public static let lobeOrder = ["RUL", "RML", "RLL", "LUL", "LLL"]
}
