import RadText

/// The knowledge base's words made fast: every form in one ``Vocabulary``, every term in one
/// ``TermMatcher``. Built once per run; shared read-only by every thread.
public struct CompiledLexicon: Sendable {
    public let vocabulary: Vocabulary
    public let matcher: TermMatcher

    /// Compiles all terms of `knowledge`, plus `extraForms` (words the grammars mention).
    public init(knowledge: KnowledgeBase, extraForms: [String] = []) {
        let tokenizer = Tokenizer(vocabulary: Vocabulary())
        var vocabulary = Vocabulary()
        let hyphen = vocabulary.add("-")
        var entries: [(forms: [[UInt16]], hit: LexiconHit)] = []

        let hyphenForm: [UInt16] = [0x2D]
        func collect(_ terms: [Term], _ entry: LexiconEntry) {
            for term in terms {
                // Hyphens between words are optional when matching ("ground-glass"); one that opens the
                // term is required ("- no" is not "no").
                var forms: [[UInt16]] = []
                for (offset, form) in tokenizer.forms(of: term.text).enumerated() where offset == 0 || form != hyphenForm {
                    forms.append(form)
                }
                entries.append((forms, LexiconHit(entry: entry, plural: term.plural, adjective: term.adjective, standalone: term.standalone,
                                                  signs: term.signs, alsoType: term.alsoNames.flatMap(knowledge.findings.index(of:)),
                                                  origin: term.origin)))
            }
        }
        for (index, type) in knowledge.findings.types.enumerated() { collect(type.terms, .finding(index)) }
        for (index, modifier) in knowledge.findings.modifiers.enumerated() { collect(modifier.terms, .modifier(index)) }
        for (index, structure) in knowledge.anatomy.structures.enumerated() { collect(structure.terms, .structure(index)) }
        for (index, word) in knowledge.anatomy.words.enumerated() { collect(word.terms, .anatomyWord(index)) }
        for (index, cue) in knowledge.cues.cues.enumerated() { collect(cue.terms, .cue(index)) }
        for (index, word) in knowledge.cues.temporal.enumerated() { collect(word.terms, .temporal(index)) }
        for (index, word) in knowledge.cues.quantities.enumerated() { collect(word.terms, .quantity(index)) }
        for (index, word) in knowledge.cues.sizeWords.enumerated() { collect(word.terms, .sizeWord(index)) }
        for (index, word) in knowledge.cues.sizeQualifiers.enumerated() { collect(word.terms, .sizeQualifier(index)) }
        for (index, word) in knowledge.cues.units.enumerated() { collect(word.terms, .unit(index)) }

        var matcher = TermMatcher()
        for (forms, hit) in entries {
            matcher.add(forms: forms.map { vocabulary.add($0) }, hit: hit)
        }
        for form in extraForms {
            for piece in tokenizer.forms(of: form) { vocabulary.add(piece) }
        }
        matcher.finish(hyphenForm: hyphen)
        self.vocabulary = vocabulary
        self.matcher = matcher
    }
}
