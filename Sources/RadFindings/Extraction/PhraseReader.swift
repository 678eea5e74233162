import RadGrammar
import RadLexicon
import RadText

/// Reads a finding phrase: which findings its modifiers and finding words name.
///
/// The phrase is cut into conjuncts at "and", "or", commas, hyphens and slashes, and at a cue that opens with one of them
/// ("Pericardial effusion - no thickening"); other words do not
/// ("calcific nonspecific nodules"), nor does "of"
/// ("densities of stent material": what stands before "of" only qualifies what follows), except between two
/// finding nouns of unrelated types side by side ("no pleural effusion pneumothorax"). In each
/// conjunct the last finding word is the head (a generic or weak head such as "areas" or "densities"
/// after another finding noun gives way to it: "consolidation areas"); the words before it qualify it, nearest first: a
/// modifier refines the type when `findings.xml` says so, an adjective finding replaces a generic
/// or weak type ("nodular opacity" → nodule). A conjunct without a head of its own ("linear and
/// subsegmental atelectasis", "nodular and linear densities") borrows the next one's, with the adjectives
/// that type a weak head ("centriacinar and paraseptal emphysematous changes"). Modifiers of
/// the first conjunct also refine the later ones that have none of their own ("pleural effusion-thickening",
/// but "pericardial, pleural effusion"); a list of modifiers before the first head refines them once per
/// modifier ("pericardial, pleural effusion or thickening": pericardial and pleural thickening), and so do organ modifiers
/// side by side ("pericardial pleural effusion-thickening"). What follows "with"
/// is a finding of its own and qualifies the one before ("nodules with ground-glass density" are
/// ground-glass nodules, with ground-glass opacity besides). A head that stays
/// generic ("changes" alone) names nothing unless where it is placed gives it a type ("air in the
/// pleural space"); that is decided once places are attached.
struct PhraseReader {
    let engine: Engine
    /// Record how each finding was read (`--explain`).
    let explain: Bool

    private struct Element {
        var tokens: Range<Int>
        var hits: ArraySlice<LexiconHit>
        /// The finding this element names, if any, and the position in `hits` of the hit that names it (not a copy of the
        /// hit: an element is copied freely).
        var finding: (type: Int, hit: Int)?

        /// The hit that names the element's finding, read where it is in `hits`.
        var findingHit: LexiconHit? { finding.map { hits[$0.hit] } }
    }

    private struct Conjunct {
        var qualifiers: [Element] = []
        var head: Element?
        /// This conjunct follows "with" (or "showing", "containing"): it is a finding of its own and a
        /// feature of the conjunct before it.
        var isFeature = false
        /// Features described after "with": they qualify the head like adjectives.
        var features: [Element] = []
        /// This conjunct follows "or": an alternative to the one before, not another quality of it.
        var afterOr = false
        /// This conjunct follows a hyphen: the second half of a pair under one number ("bulla-bleb formations").
        var afterHyphen = false
        /// The conjunct names several: its head is plural, or the plural weak noun after it that gave way to it
        /// ("bleb formations"), or it is the first half of a hyphenated pair before a plural (`numberOfHyphenatedPairs`).
        var plural = false
    }

    /// The findings a finding-phrase match names: the words of its `phrase` capture when it has one (the rest of the match
    /// only says where the phrase stands: "Next to the mass, ground glass …" is the phrase "mass", closed by the comma),
    /// else all its words.
    func read(_ match: RuleMatch, in lattice: SentenceLattice, report: ReportText) -> [FindingMention] {
        var match = match
        if let words = match.captures.first(where: { $0.name == "phrase" }) { match.tokens = words.tokens }
        let findings = engine.knowledge.findings
        var conjuncts = self.conjuncts(of: match, in: lattice)
        if conjuncts.contains(where: { $0.qualifiers.count > 1 }) {
            conjuncts = conjuncts.flatMap {
                splitOrganModifiers($0, in: lattice, report: report) ?? splitSideBySideModifiers($0, in: lattice, report: report)
            }
        }
        // A conjunct split off the next one shares its head, as one that borrowed it does.
        var borrowed = Set(conjuncts.indices.dropLast().filter {
            conjuncts[$0].head != nil && conjuncts[$0].head?.tokens == conjuncts[$0 + 1].head?.tokens
        })
        for index in conjuncts.indices.dropFirst() where conjuncts[index].isFeature {
            conjuncts[index - 1].features = conjuncts[index].qualifiers + (conjuncts[index].head.map { [$0] } ?? [])
        }
        // Borrow heads, right to left so borrowing chains ("left, right and bilateral …").
        for index in conjuncts.indices.reversed() {
            guard index + 1 < conjuncts.count, !conjuncts[index + 1].isFeature, let next = conjuncts[index + 1].head?.finding
            else { continue }
            let nextIsWeak = findings.types[next.type].specificity != .specific
            let nextHasAdjective = conjuncts[index + 1].qualifiers.contains { $0.findingHit?.adjective == true }
            // Whether an adjective names nothing specific, or qualifies what the next conjunct names.
            func qualifiesNext(_ own: Element) -> Bool {
                findings.types[own.finding!.type].specificity != .specific
                    || !refinements(of: own, type(of: conjuncts[index + 1], head: next.type, in: lattice, report: report)).isEmpty
            }
            if let own = conjuncts[index].head, own.findingHit?.adjective == true, conjuncts[index].qualifiers.isEmpty,
               (nextIsWeak && nextHasAdjective && !conjuncts[index + 1].afterOr && qualifiesNext(own))
                || refinements(of: own, next.type).contains(findings.types[next.type].id) {
                // "nodular and patchy ground-glass opacities", "prominent, ground-glass density areas", "fibrotic
                // and atelectatic changes" (an adjective that names nothing specific, or that qualifies the type
                // the next conjunct names): one finding, qualified by both; "ground glass and reticular density
                // changes" are two, and so are alternatives ("no nodular or infiltrative lesion").
                conjuncts[index + 1].qualifiers.insert(own, at: 0)
                conjuncts[index].head = nil
                conjuncts[index].qualifiers = []
                continue
            }
            // "areas of centrilobular and paraseptal emphysema": a weak head whose only qualifiers are modifiers after it that
            // refine the next conjunct's finding names that finding (the weak word is the areas of it; not "pericardial
            // thickening-effusion", whose modifier stands before its own head)
            if let ownHead = conjuncts[index].head, let own = ownHead.finding, findings.types[own.type].specificity != .specific,
               !conjuncts[index].qualifiers.isEmpty,
               conjuncts[index].qualifiers.allSatisfy({ $0.finding == nil && $0.tokens.lowerBound >= ownHead.tokens.upperBound }),
               conjuncts[index].qualifiers.contains(where: { !refinements(of: $0, next.type).isEmpty }) {
                conjuncts[index].head = conjuncts[index + 1].head
                conjuncts[index].plural = conjuncts[index + 1].plural
                borrowed.insert(index)
                continue
            }
            if conjuncts[index].head == nil {
                conjuncts[index].head = conjuncts[index + 1].head
                conjuncts[index].plural = conjuncts[index + 1].plural
                borrowed.insert(index)
                // "centriacinar and paraseptal emphysematous changes": modifiers alone also borrow the
                // adjectives that give the weak head its type.
                if nextIsWeak && !conjuncts[index].qualifiers.contains(where: { $0.finding != nil }) {
                    conjuncts[index].qualifiers += conjuncts[index + 1].qualifiers.filter { $0.findingHit?.adjective == true }
                }
            } else if let own = conjuncts[index].head, own.findingHit?.adjective == true, conjuncts[index].qualifiers.isEmpty,
                      nextIsWeak {
                conjuncts[index].qualifiers = [own]
                conjuncts[index].head = conjuncts[index + 1].head
                conjuncts[index].plural = conjuncts[index + 1].plural
            }
        }
        numberOfHyphenatedPairs(&conjuncts, in: lattice)
        // The modifiers that later conjuncts share: the first conjunct's, and when it borrowed its head, those
        // of each conjunct up to the one it borrowed from ("pericardial, pleural effusion or thickening": the
        // pericardial and the pleural thickening).
        var shared: [[Element]] = []
        for (position, conjunct) in conjuncts.enumerated() {
            let modifiers = conjunct.qualifiers.filter(isModifier)
            if !modifiers.isEmpty { shared.append(modifiers) }
            if !borrowed.contains(position) { break }
        }
        var mentions: [FindingMention] = []
        for (position, conjunct) in conjuncts.enumerated() {
            guard let head = conjunct.head, let headType = head.finding?.type, let headHit = head.findingHit else { continue }
            // A conjunct with a modifier of its own keeps it ("pericardial, pleural effusion"); so does an
            // alternative with a qualifier of its own ("nodular or infiltrative lesion").
            let sharing = position > 0 && !conjunct.isFeature && !conjunct.qualifiers.contains(where: isModifier)
                && !(conjunct.afterOr && !conjunct.qualifiers.isEmpty)
            for sharedModifiers in sharing && !shared.isEmpty ? shared : [[]] {
                var type = headType
                var steps = ExplainLog(enabled: explain)
                steps.add(ExplainStep(role: "term", id: findings.types[headType].id, text: lattice.text(head.tokens, in: report),
                                      origin: headHit.origin.description))
                for qualifier in conjunct.qualifiers.reversed() {
                    apply(qualifier, to: &type, steps: &steps, in: lattice, report: report)
                }
                for qualifier in sharedModifiers.reversed() {
                    apply(qualifier, to: &type, steps: &steps, in: lattice, report: report, narrowingOnly: true)
                }
                for feature in conjunct.features.reversed() {
                    apply(feature, to: &type, steps: &steps, in: lattice, report: report, nounsAsAdjectives: true, narrowingOnly: true)
                }
                if mentions.contains(where: { $0.type == type && $0.head == head.tokens }) { continue }
                // (the rule read in place, only when explaining: a copy of it is a rule's worth of reference counts per mention)
                let rules = engine.grammar.rules
                steps.add(ExplainStep(role: "rule", id: rules[match.rule].id, text: lattice.text(match.tokens, in: report),
                                      origin: rules[match.rule].origin.description))
                mentions.append(FindingMention(type: type, head: head.tokens, phrase: match.tokens,
                                               plural: conjunct.plural, numberFromOtherWords: conjunct.plural && !headHit.plural,
                                               isFeature: conjunct.isFeature,
                                               isAdjective: headHit.adjective && conjunct.qualifiers.isEmpty,
                                               headType: replacedByAdjective(headType, with: type, in: conjunct) ? headType : nil,
                                               noun: type != headType && findings.types[headType].specificity == .weak
                                                   ? headType : nil,
                                               explanation: steps.steps))
                if type == headType,
                   let second = secondMention(of: mentions[mentions.count - 1], hit: headHit, in: lattice, report: report),
                   !mentions.contains(where: { $0.type == second.type && $0.head == head.tokens }) {
                    mentions.append(second)
                }
            }
        }
        return mentions
    }

    /// The second finding a word names besides its own (`alsoNames`: "hepatosplenomegaly" is hepatomegaly and
    /// splenomegaly): the same mention over the same words, of that type. Only for the word read as itself: a word some
    /// qualifier refined to another type names that one alone.
    private func secondMention(of mention: FindingMention, hit: LexiconHit, in lattice: SentenceLattice,
                               report: ReportText) -> FindingMention? {
        guard let second = hit.alsoType else { return nil }
        var named = mention
        named.type = second
        if explain {
            named.explanation.append(ExplainStep(role: "also-names", id: engine.knowledge.findings.types[second].id,
                                                 text: lattice.text(mention.head, in: report), origin: hit.origin.description))
        }
        return named
    }

    /// The phrase cut at its links; heads chosen.
    private func conjuncts(of match: RuleMatch, in lattice: SentenceLattice) -> [Conjunct] {
        var groups: [[Element]] = [[]]
        var featureGroups: Set<Int> = []
        var orGroups: Set<Int> = []
        var hyphenGroups: Set<Int> = []
        var token = match.tokens.lowerBound
        while token < match.tokens.upperBound {
            let hits = lattice.hits(at: token, engine: engine)
            if hits.isEmpty {
                let form = lattice.tokens[token].form
                let link = engine.words.linksConjuncts(form)
                if engine.words.features.contains(form) {
                    if !groups[groups.count - 1].isEmpty { groups.append([]) }
                    featureGroups.insert(groups.count - 1)
                } else if link && !groups[groups.count - 1].isEmpty {
                    groups.append([])
                    if form == engine.words.or { orGroups.insert(groups.count - 1) }
                    if form == engine.words.hyphen { hyphenGroups.insert(groups.count - 1) }
                }
                token += 1
                continue
            }
            let end = lattice.matches[Int(lattice.matchAt[token])].tokens.upperBound
            if opensWithLink(hits, at: token, in: lattice) {
                if !groups[groups.count - 1].isEmpty { groups.append([]) }
                token = end
                continue
            }
            let element = Element(tokens: token..<end, hits: hits, finding: finding(in: hits))
            if let previous = groups[groups.count - 1].last, namesAnother(element, after: previous) { groups.append([]) }
            groups[groups.count - 1].append(element)
            token = end
        }
        // (one pass over the groups, read in place: no filtered copy of them)
        var result: [Conjunct] = []
        result.reserveCapacity(groups.count)
        for position in groups.indices where !groups[position].isEmpty {
            let elements = groups[position]
            let isFeature = featureGroups.contains(position)
            let afterHyphen = hyphenGroups.contains(position)
            guard var headIndex = elements.lastIndex(where: { $0.finding != nil }) else {
                result.append(Conjunct(qualifiers: elements, isFeature: isFeature, afterOr: orGroups.contains(position),
                                       afterHyphen: afterHyphen))
                continue
            }
            let lastNoun = elements[headIndex]
            // A generic or weak noun after a more specific finding noun classifies it, whatever adjectives
            // stand between: "consolidation areas", "stent material densities", "nodules of ground glass
            // densities" (but "areas of infiltration" is an infiltration). A word that can also be read as a
            // modifier ("band atelectatic changes") stays a modifier.
            let types = engine.knowledge.findings.types
            if let noun = elements[..<headIndex].lastIndex(where: { $0.findingHit?.adjective == false }),
               types[elements[noun].finding!.type].specificity > types[elements[headIndex].finding!.type].specificity,
               noun == headIndex - 1 || !isModifier(elements[noun]) {
                headIndex = noun
            }
            // The plural weak noun that gave way says the number ("bleb formations", "air trapping areas"), and so does one
            // that "of" joins to the finding noun ("areas of atelectasis"), but not of a finding one per side (`single`:
            // "pleural effusion areas") nor of a diagnosis ("pneumonia foci": one pneumonia), nor when it names the signs of
            // one finding (`signs` in findings.xml: "bronchiolitis findings").
            let head = types[elements[headIndex].finding!.type]
            let weak = lastNoun.tokens == elements[headIndex].tokens
                ? weakNounOf(headIndex, in: elements, lattice: lattice) ?? lastNoun.findingHit! : lastNoun.findingHit!
            let plural = elements[headIndex].findingHit!.plural
                || weak.plural && !weak.signs && !head.single && !head.diagnosis
            // Words after the head ("thickening of the peribronchial sheath") qualify it too.
            result.append(Conjunct(qualifiers: Array(elements[..<headIndex]) + elements[(headIndex + 1)...].reversed(),
                                   head: elements[headIndex], isFeature: isFeature, afterOr: orGroups.contains(position),
                                   afterHyphen: afterHyphen, plural: plural))
        }
        return result
    }

    /// "Areas of linear atelectasis", "foci of consolidation": the hit of the weak or generic noun before a group's head
    /// that names what the head names, joined to it by "of" (the last finding noun before the head), if any.
    private func weakNounOf(_ headIndex: Int, in elements: [Element], lattice: SentenceLattice) -> LexiconHit? {
        let types = engine.knowledge.findings.types
        let headType = elements[headIndex].finding!.type
        guard let noun = elements[..<headIndex].lastIndex(where: { $0.findingHit?.adjective == false }),
              types[elements[noun].finding!.type].specificity < types[headType].specificity,
              elements[noun].tokens.upperBound < lattice.tokens.count,
              lattice.tokens[elements[noun].tokens.upperBound].form == engine.words.of
        else { return nil }
        return elements[noun].findingHit
    }

    /// "Centrilobular paraseptal emphysema": of modifiers side by side before a specific finding, one that narrows it into a
    /// kind of its own, which the kind all of them give is not and does not narrow (nor restate), names another finding, as
    /// "centrilobular-paraseptal emphysema" does (a conjunct of its own before this one, with the same head and the other
    /// qualifiers). Before a weak or generic head ("nodular ground glass densities") modifiers say what one finding is.
    private func splitSideBySideModifiers(_ conjunct: Conjunct, in lattice: SentenceLattice, report: ReportText) -> [Conjunct] {
        guard let head = conjunct.head?.finding, conjunct.qualifiers.filter(isModifier).count > 1 else { return [conjunct] }
        let findings = engine.knowledge.findings
        var bare = conjunct
        bare.qualifiers.removeAll(where: isModifier)
        let base = type(of: bare, head: head.type, in: lattice, report: report)
        guard findings.types[base].specificity == .specific else { return [conjunct] }
        let broader = engine.placeTables.broaderTypes
        func narrows(_ type: Int) -> Bool { broader[type].contains(base) }
        let whole = type(of: conjunct, head: head.type, in: lattice, report: report)
        let group = engine.placeTables.restatementGroup
        let alone = conjunct.qualifiers.filter(isModifier).map { qualifier in
            var alone = bare
            alone.qualifiers = conjunct.qualifiers.filter { !isModifier($0) || $0.tokens == qualifier.tokens }
            return (qualifier, alone, type(of: alone, head: head.type, in: lattice, report: report))
        }
        // (a kind the modifiers name together is one finding: "linear atelectasis sequelae" is a linear fibroatelectasis)
        guard narrows(whole), alone.contains(where: { $0.2 == whole }) else { return [conjunct] }
        var kept = conjunct
        var split: [Conjunct] = []
        for (qualifier, alone, own) in alone {
            // (siblings: "subsegmental linear atelectasis" is one finding, a kind that names the other in other words)
            guard own != whole, narrows(own), !broader[whole].contains(own), !broader[own].contains(whole), group[own] != group[whole]
            else { continue }
            split.append(alone)
            kept.qualifiers.removeAll { $0.tokens == qualifier.tokens }
        }
        return split + [kept]
    }

    /// "Pericardial effusion - no thickening": a cue that opens with a link word ("- no", which the phrase grammar lets stand
    /// between conjuncts) cuts the phrase there as the link alone does; the assertion reads the cue between the heads.
    private func opensWithLink(_ hits: ArraySlice<LexiconHit>, at token: Int, in lattice: SentenceLattice) -> Bool {
        engine.words.linksConjuncts(lattice.tokens[token].form) && hits.allSatisfy { if case .cue = $0.entry { true } else { false } }
    }

    /// "Pericardial pleural effusion-thickening": modifiers side by side before one head that each name an organ (a structure
    /// of anatomy.xml) and each give it a type of its own, none a kind of another, name one finding per organ, as "pericardial,
    /// pleural effusion" does: a conjunct for each, with the same head and the other qualifiers (and the later conjuncts of the
    /// phrase share them all: a pericardial and a pleural thickening). Nil when the modifiers name one finding together.
    private func splitOrganModifiers(_ conjunct: Conjunct, in lattice: SentenceLattice, report: ReportText) -> [Conjunct]? {
        guard let head = conjunct.head?.finding else { return nil }
        let organs = conjunct.qualifiers.filter { element in
            isModifier(element) && element.hits.contains { if case .structure = $0.entry { true } else { false } }
        }
        guard organs.count > 1 else { return nil }
        let pieces = organs.map { organ in
            var piece = conjunct
            piece.qualifiers = conjunct.qualifiers.filter { element in
                !organs.contains { $0.tokens == element.tokens } || element.tokens == organ.tokens
            }
            return piece
        }
        let tables = engine.placeTables
        let types = pieces.map { type(of: $0, head: head.type, in: lattice, report: report) }
        for (index, one) in types.enumerated() {
            guard !types[(index + 1)...].contains(where: { tables.inOneLineage(one, $0) })
            else { return nil }
        }
        return pieces
    }

    /// "Emphysematous bulla-bleb formations", "ground glass-consolidation areas", "nodule-nodular consolidations": the first
    /// half of a hyphenated pair before a plural head names several as the head does (right to left, so a chain of
    /// halves: "A-B-C areas"), unless a quantity word right before it gives it a number of its own ("a bulla-blebs").
    /// Across "and", "or" or commas only an adjective term alone, which has no noun of its own to give it a number: "ground
    /// glass and consolidation areas" are ground glass areas too; "pleural effusion and atelectatic changes" one effusion.
    private func numberOfHyphenatedPairs(_ conjuncts: inout [Conjunct], in lattice: SentenceLattice) {
        for index in conjuncts.indices.dropLast().reversed() {
            let next = conjuncts[index + 1]
            let bareAdjective = conjuncts[index].head?.findingHit?.adjective == true && conjuncts[index].qualifiers.isEmpty
            guard next.afterHyphen || bareAdjective, next.plural, !next.isFeature, conjuncts[index].head != nil,
                  !hasQuantityWord(before: conjuncts[index], in: lattice)
            else { continue }
            conjuncts[index].plural = true
        }
    }

    /// Whether a quantity word ("a", "one", "several") ends right where the conjunct's first word starts.
    private func hasQuantityWord(before conjunct: Conjunct, in lattice: SentenceLattice) -> Bool {
        guard let start = (conjunct.qualifiers + [conjunct.head].compactMap { $0 }).map(\.tokens.lowerBound).min()
        else { return false }
        let hits = engine.lexicon.matcher.hits
        return lattice.matches.contains { match in
            match.tokens.upperBound == start && match.hits.contains { if case .quantity = hits[$0].entry { true } else { false } }
        }
    }

    /// Whether an element can be read as a modifier (`findings.xml` `<modifier>`).
    private func isModifier(_ element: Element) -> Bool {
        element.hits.contains { if case .modifier = $0.entry { true } else { false } }
    }

    /// Whether two finding nouns side by side are a list without its commas ("no pleural effusion pneumothorax":
    /// an effusion and a pneumothorax; "no mass nodule infiltration": a mass, a nodule and an infiltration): both name
    /// specific types (or the second is a `standalone` weak noun, not after a diagnosis: "Covid pneumonia infiltration"
    /// is the pneumonia's), the second is no kind of the first ("emphysema bulla" is one bulla), and neither is a modifier.
    private func namesAnother(_ element: Element, after previous: Element) -> Bool {
        guard previous.tokens.upperBound == element.tokens.lowerBound, let this = element.finding, let before = previous.finding,
              this.type != before.type, element.findingHit?.adjective == false, previous.findingHit?.adjective == false
        else { return false }
        let findings = engine.knowledge.findings
        guard findings.types[this.type].specificity == .specific
                || element.findingHit?.standalone == true && !findings.types[before.type].diagnosis,
              findings.types[before.type].specificity == .specific,
              !isModifier(element), !isModifier(previous) else { return false }
        let (thisID, beforeID) = (findings.types[this.type].id, findings.types[before.type].id)
        return !findings.lineage(of: thisID).contains(beforeID)
    }

    /// What the modifier readings of `element` make of `type` (findings.xml refinements, their ids). A reading
    /// that keeps the type ("nodular" only describes a ground-glass opacity) or narrows it ("fibrotic"
    /// atelectasis) qualifies that finding; a modifier that makes no refinement of it names another
    /// finding when coordinated ("ground glass and reticular density changes").
    private func refinements(of element: Element, _ type: Int) -> [String] {
        let findings = engine.knowledge.findings
        let id = findings.types[type].id
        return element.hits.compactMap {
            if case let .modifier(index) = $0.entry { findings.modifiers[index].refine(id) } else { nil }
        }
    }

    /// The type a conjunct names with its own qualifiers.
    private func type(of conjunct: Conjunct, head: Int, in lattice: SentenceLattice, report: ReportText) -> Int {
        var type = head
        var steps = ExplainLog(enabled: false)
        for qualifier in conjunct.qualifiers.reversed() {
            apply(qualifier, to: &type, steps: &steps, in: lattice, report: report)
        }
        return type
    }

    private func finding(in hits: ArraySlice<LexiconHit>) -> (type: Int, hit: Int)? {
        for position in hits.indices {
            if case let .finding(index) = hits[position].entry { return (index, position) }
        }
        return nil
    }

    /// Whether an adjective finding that names a cause (`cause` in findings.xml) gave a weak head its type
    /// ("sequelae thickening"; not a kind: "nodular thickening", nor a modifier: "peribronchial thickening").
    private func replacedByAdjective(_ headType: Int, with type: Int, in conjunct: Conjunct) -> Bool {
        let types = engine.knowledge.findings.types
        return type != headType && types[headType].specificity == .weak && types[type].cause
            && conjunct.qualifiers.contains { $0.findingHit?.adjective == true && $0.finding?.type == type }
    }

    /// Applies one qualifier to a type: a modifier's refinement, or an adjective finding's type
    /// when the type is generic or weak (any finding's, for features: "density with ground-glass opacity").
    /// Qualifiers shared from another conjunct or given after "with" only narrow a specific type
    /// ("nodules with ground-glass density" are ground-glass nodules; "consolidation with a ground-glass
    /// halo" stays consolidation).
    /// Whether a refinement applies from another conjunct or after "with".
    private func sharedRefinement(_ sharing: Sharing, from type: Int, to refined: String) -> Bool {
        let findings = engine.knowledge.findings
        switch sharing {
        case .always: return true
        case .never: return false
        case .narrowing:
            return findings.types[type].specificity != .specific || findings.lineage(of: refined).contains(findings.types[type].id)
        }
    }

    private func apply(_ qualifier: Element, to type: inout Int, steps: inout ExplainLog, in lattice: SentenceLattice,
                       report: ReportText, nounsAsAdjectives: Bool = false, narrowingOnly: Bool = false) {
        let findings = engine.knowledge.findings
        for hit in qualifier.hits {
            guard case let .modifier(index) = hit.entry else { continue }
            let modifier = findings.modifiers[index]
            let current = findings.types[type].id
            if let refined = modifier.refine(current), let target = findings.index(of: refined),
               !narrowingOnly || sharedRefinement(modifier.sharing(of: current), from: type, to: refined) {
                type = target
                steps.add(ExplainStep(role: "modifier", id: modifier.id, text: lattice.text(qualifier.tokens, in: report),
                                      origin: hit.origin.description))
                return
            }
        }
        for hit in qualifier.hits {
            // An adjective that names nothing itself does not name the finding ("prominent opacities").
            guard case let .finding(index) = hit.entry, hit.adjective || nounsAsAdjectives,
                  findings.types[type].specificity != .specific, findings.types[index].specificity != .generic
            else { continue }
            type = index
            steps.add(ExplainStep(role: "modifier", id: findings.types[index].id,
                                  text: lattice.text(qualifier.tokens, in: report), origin: hit.origin.description))
            return
        }
    }
}
