import RadGrammar
import RadLexicon
import RadText
import RadXML

/// Checks every grammar rule against its own `<example>` and `<counterexample>` sentences: the
/// rule's pass runs on each sentence; an example must give a match of the rule covering exactly the
/// `match` text, a counterexample no match of the rule.
public enum GrammarExamples {
    /// The rules whose examples fail, as diagnostics at the rule's line.
    public static func check(_ engine: Engine) -> [XMLDiagnostic] {
        let tokenizer = Tokenizer(vocabulary: engine.lexicon.vocabulary)
        let runner = GrammarRunner(grammar: engine.grammar)
        var problems: [XMLDiagnostic] = []
        for (index, rule) in engine.grammar.rules.enumerated() {
            func fail(_ message: String) {
                problems.append(XMLDiagnostic(file: rule.origin.file, line: rule.origin.line, message: "rule '\(rule.id)': \(message)"))
            }
            for example in rule.examples {
                let found = matches(of: index, in: example.sentence, engine: engine, tokenizer: tokenizer, runner: runner)
                if !found.contains(example.match) {
                    fail("example \"\(example.sentence)\" should match \"\(example.match)\"; it matched "
                        + (found.isEmpty ? "nothing" : found.map { "\"\($0)\"" }.joined(separator: ", ")))
                }
            }
            for counterexample in rule.counterexamples {
                let found = matches(of: index, in: counterexample, engine: engine, tokenizer: tokenizer, runner: runner)
                if !found.isEmpty {
                    fail("counterexample \"\(counterexample)\" should not match; it matched "
                        + found.map { "\"\($0)\"" }.joined(separator: ", "))
                }
            }
        }
        return problems
    }

    /// The texts the rule matched when its pass ran over a sentence.
    private static func matches(of rule: Int, in sentence: String, engine: Engine, tokenizer: Tokenizer,
                                runner: GrammarRunner) -> [String] {
        let text = ReportText(sentence)
        var tokens: [Token] = []
        text.utf16.withUnsafeBufferPointer { tokenizer.tokenize($0, range: 0..<$0.count, into: &tokens) }
        var matches: [LexiconMatch] = []
        tokens.withUnsafeBufferPointer { engine.lexicon.matcher.matches(in: $0, range: 0..<$0.count, into: &matches) }
        let lattice = SentenceLattice(tokens: tokens, matches: matches)
        return runner.matches(of: rule, on: lattice).map { match in
            lattice.text(match.tokens, in: text)
        }
    }
}
