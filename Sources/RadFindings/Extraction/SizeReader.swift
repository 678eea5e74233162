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
        var ofFindingBefore = false
        if let q = match.captures("q").first {
            for hit in lattice.hits(at: q.lowerBound, engine: engine) {
                guard case let .sizeQualifier(index) = hit.entry else { continue }
                let word = engine.knowledge.cues.sizeQualifiers[index].value
                if qualifier != .range { qualifier = word.qualifier }
                ofFindingBefore = word.ofFindingBefore
            }
        }
        return Measurement(tokens: match.tokens,
                           size: Size(maxMM: millimetres.max() ?? 0, dimsMM: millimetres, qualifier: qualifier),
                           rule: match.rule, ofFindingBefore: ofFindingBefore)
    }
}
