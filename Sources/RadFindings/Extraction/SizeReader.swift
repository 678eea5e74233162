import RadGrammar
import RadLexicon
import RadText

/// Reads a match of a `size` rule: dimensions (capture `dim`), units (`unit`, or the rule's
/// `unit` attribute when none is written) and the qualifier (`q`, else the rule's `qualifier`).
struct SizeReader {
    let engine: Engine

    func read(_ match: RuleMatch, in lattice: SentenceLattice) -> Measurement? {
        let rule = engine.grammar.rules[match.rule]
        let dims = match.captures("dim")
        guard !dims.isEmpty else { return nil }
        let units = match.captures("unit").compactMap { range in
            lattice.hits(at: range.lowerBound, engine: engine).lazy.compactMap { hit -> (Int, Double)? in
                if case let .unit(index) = hit.entry { return (range.lowerBound, engine.knowledge.cues.units[index].value) }
                return nil
            }.first
        }
        let defaultUnit = rule.attributes["unit"].flatMap { id in engine.knowledge.cues.units.first { $0.id == id }?.value }
        var millimetres: [Double] = []
        for dim in dims {
            let value = lattice.tokens[dim.lowerBound].number
            guard let factor = units.first(where: { $0.0 > dim.lowerBound })?.1 ?? defaultUnit else { return nil }
            millimetres.append((value * factor * 10).rounded() / 10)
        }
        var qualifier = SizeQualifier(rawValue: rule.attributes["qualifier"] ?? "exact") ?? .exact
        if qualifier != .range, let q = match.captures("q").first {
            for hit in lattice.hits(at: q.lowerBound, engine: engine) {
                if case let .sizeQualifier(index) = hit.entry { qualifier = engine.knowledge.cues.sizeQualifiers[index].value }
            }
        }
        return Measurement(tokens: match.tokens,
                           size: Size(maxMM: millimetres.max() ?? 0, dimsMM: millimetres, qualifier: qualifier),
                           rule: match.rule)
    }
}

extension SentenceLattice {
    /// The report text from the first token of a range to the last.
    func text(_ range: Range<Int>, in report: ReportText) -> String {
        guard !range.isEmpty else { return "" }
        return report.text(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// The lexicon hits of the match starting at a token (none when no match starts there).
    func hits(at token: Int, engine: Engine) -> ArraySlice<LexiconHit> {
        guard token < matchAt.count, matchAt[token] >= 0 else { return [] }
        return engine.lexicon.matcher.hits[matches[Int(matchAt[token])].hits]
    }
}
