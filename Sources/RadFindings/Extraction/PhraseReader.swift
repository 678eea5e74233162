import RadGrammar
import RadLexicon
import RadText

/// Reads a finding phrase: which findings its modifiers and heads name.
///
/// The heads are the finding words at the end of the phrase joined by "-", "/", "and", "or" or
/// commas; everything before them qualifies them. Qualifiers joined by "and"/"or"/commas are
/// alternatives ("nodular and linear densities" names two findings); qualifiers side by side stack
/// ("centriacinar nodular density"). For each head the stack is applied nearest first: a modifier
/// refines the type when `findings.xml` says so, an adjective finding replaces a generic or weak
/// type. A head that stays generic ("changes" alone) names nothing.
struct PhraseReader {
    let engine: Engine

    private struct Element {
        var tokens: Range<Int>
        var hits: ArraySlice<LexiconHit>
        /// A coordinator ("and", "or", ",") comes right before this element.
        var coordinated: Bool
        /// A hyphen or slash comes right before this element.
        var joined: Bool
    }

    func read(_ match: RuleMatch, in lattice: SentenceLattice, report: ReportText) -> [FindingMention] {
        let elements = self.elements(of: match, in: lattice)
        guard !elements.isEmpty else { return [] }
        // Heads: the trailing finding words linked by coordinators, hyphens or slashes.
        var firstHead = elements.count - 1
        while firstHead > 0, finding(elements[firstHead - 1]) != nil,
              elements[firstHead].coordinated || elements[firstHead].joined {
            firstHead -= 1
        }
        // Qualifier groups: coordinated alternatives, each a stack (farthest first).
        var groups: [[Element]] = []
        for element in elements[..<firstHead] {
            if element.coordinated || groups.isEmpty { groups.append([element]) } else { groups[groups.count - 1].append(element) }
        }
        if groups.isEmpty { groups = [[]] }
        var mentions: [FindingMention] = []
        for head in elements[firstHead...] {
            guard let (headType, headHit) = finding(head) else { continue }
            for group in groups {
                var type = headType
                var steps = [ExplainStep(role: "term", id: engine.knowledge.findings.types[headType].id,
                                         text: lattice.text(head.tokens, in: report), origin: headHit.origin.description)]
                for qualifier in group.reversed() {
                    apply(qualifier, to: &type, steps: &steps, in: lattice, report: report)
                }
                guard engine.knowledge.findings.types[type].specificity != .generic else { continue }
                if mentions.contains(where: { $0.type == type && $0.head == head.tokens }) { continue }
                steps.append(ExplainStep(role: "rule", id: engine.grammar.rules[match.rule].id,
                                         text: lattice.text(match.tokens, in: report),
                                         origin: engine.grammar.rules[match.rule].origin.description))
                mentions.append(FindingMention(type: type, head: head.tokens, phrase: match.tokens,
                                               plural: headHit.plural, explanation: steps))
            }
        }
        return mentions
    }

    private func elements(of match: RuleMatch, in lattice: SentenceLattice) -> [Element] {
        var result: [Element] = []
        var coordinated = false
        var joined = false
        var token = match.tokens.lowerBound
        while token < match.tokens.upperBound {
            let hits = lattice.hits(at: token, engine: engine)
            if hits.isEmpty {
                let form = lattice.tokens[token].form
                if engine.words.coordinators.contains(form) { coordinated = true } else { joined = true }
                token += 1
                continue
            }
            let end = lattice.matches[Int(lattice.matchAt[token])].tokens.upperBound
            result.append(Element(tokens: token..<end, hits: hits, coordinated: coordinated, joined: joined))
            coordinated = false
            joined = false
            token = end
        }
        return result
    }

    /// The finding type an element names, with the hit that names it.
    private func finding(_ element: Element) -> (Int, LexiconHit)? {
        for hit in element.hits {
            if case let .finding(index) = hit.entry { return (index, hit) }
        }
        return nil
    }

    /// Applies one qualifier to a type: a modifier's refinement, or an adjective finding's type
    /// when the type is generic or weak.
    private func apply(_ qualifier: Element, to type: inout Int, steps: inout [ExplainStep], in lattice: SentenceLattice,
                       report: ReportText) {
        let findings = engine.knowledge.findings
        for hit in qualifier.hits {
            switch hit.entry {
            case let .modifier(index):
                let modifier = findings.modifiers[index]
                if let refined = modifier.refine(findings.types[type].id), let target = findings.index(of: refined) {
                    type = target
                }
                steps.append(ExplainStep(role: "modifier", id: modifier.id, text: lattice.text(qualifier.tokens, in: report),
                                         origin: hit.origin.description))
                return
            case let .finding(index) where hit.adjective:
                if findings.types[type].specificity != .specific { type = index }
                steps.append(ExplainStep(role: "modifier", id: findings.types[index].id, text: lattice.text(qualifier.tokens, in: report),
                                         origin: hit.origin.description))
                return
            default:
                continue
            }
        }
    }
}
