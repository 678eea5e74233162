import Foundation
import RadFindings
import RadGrammar
import RadLexicon
import RadTestSupport
import RadText
import RadXML
import Testing

/// The grammar engine: pattern syntax, matching semantics, and the rules' own examples.
@Suite struct GrammarTests {
    /// A grammar of one pass built from patterns, compiled against the bundled lexicon.
    func grammar(_ patterns: [String]) throws -> (Grammar, CompiledLexicon) {
        let rules = patterns.enumerated().map { index, pattern in
            XMLElement(name: "rule", attributes: [("id", "r\(index)"), ("action", "size")],
                       children: [XMLElement(name: "pattern", text: pattern, line: index + 1, file: "test.xml")],
                       line: index + 1, file: "test.xml")
        }
        let document = XMLElement(name: "grammar", attributes: [("pass", "test")], children: rules, file: "test.xml")
        let parsed = try GrammarSource.rules(from: [document])
        let lexicon = CompiledLexicon(knowledge: TestData.knowledge, extraForms: GrammarSource.literals(of: parsed))
        return (Grammar(rules: parsed, knowledge: TestData.knowledge, lexicon: lexicon), lexicon)
    }

    /// The texts matched (rule index, text, captures) when the test pass runs over a sentence.
    func run(_ patterns: [String], on sentence: String) throws -> [(Int, String, [String: String])] {
        let (grammar, lexicon) = try grammar(patterns)
        let text = ReportText(sentence)
        var tokens: [Token] = []
        text.utf16.withUnsafeBufferPointer { Tokenizer(vocabulary: lexicon.vocabulary).tokenize($0, range: 0..<$0.count, into: &tokens) }
        var matches: [LexiconMatch] = []
        tokens.withUnsafeBufferPointer { lexicon.matcher.matches(in: $0, range: 0..<$0.count, into: &matches) }
        let lattice = SentenceLattice(tokens: tokens, matches: matches)
        var found: [RuleMatch] = []
        GrammarRunner(grammar: grammar).run(pass: try #require(grammar.pass(named: "test")), on: lattice, into: &found)
        func span(_ range: Range<Int>) -> String {
            text.text(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
        }
        return found.map { match in
            (match.rule, span(match.tokens),
             Dictionary(match.captures.map { ($0.name, span($0.tokens)) }, uniquingKeysWith: { $1 }))
        }
    }

    /// A sentence prepared once serves every pass run over it: each run finds what a run that prepares it itself finds,
    /// and preparing another sentence replaces what the first one's tokens were read as.
    @Test func passesRunOverAPreparedSentence() throws {
        let (grammar, lexicon) = try grammar([#"NUM @unit"#, "@side @head"])
        let pass = try #require(grammar.pass(named: "test"))
        func lattice(_ sentence: String) -> SentenceLattice {
            let text = ReportText(sentence)
            var tokens: [Token] = []
            text.utf16.withUnsafeBufferPointer { Tokenizer(vocabulary: lexicon.vocabulary).tokenize($0, range: 0..<$0.count, into: &tokens) }
            var matches: [LexiconMatch] = []
            tokens.withUnsafeBufferPointer { lexicon.matcher.matches(in: $0, range: 0..<$0.count, into: &matches) }
            return SentenceLattice(tokens: tokens, matches: matches)
        }
        func spans(_ found: [RuleMatch]) -> [String] { found.map { "\($0.rule):\($0.tokens)" } }
        let first = lattice("A 6 mm nodule in the left lung.")
        let second = lattice("There is a 12 cm cyst in the liver, and the right lung is clear")
        var expected: [RuleMatch] = []
        GrammarRunner(grammar: grammar).run(pass: pass, on: second, into: &expected)
        let runner = GrammarRunner(grammar: grammar)
        runner.prepare(first)
        var once: [RuleMatch] = []
        runner.run(pass: pass, onPrepared: first, into: &once)
        #expect(spans(once) == ["0:1..<3", "1:6..<8"])
        var twice: [RuleMatch] = []
        runner.run(pass: pass, onPrepared: first, into: &twice)
        #expect(spans(twice) == spans(once))
        runner.prepare(second)
        var afterwards: [RuleMatch] = []
        runner.run(pass: pass, onPrepared: second, into: &afterwards)
        #expect(spans(afterwards) == spans(expected))
        #expect(spans(afterwards) != spans(once))
    }

    /// Lexicon kinds are bits of a 64-bit mask in the matcher: a kind past the 64th would have no bit and match nothing.
    @Test func lexiconKindsFitTheMatchersMask() {
        #expect(LexiconKind.allCases.count <= 64)
    }

    /// A pass of more than 64 rules: rules past the 64th start matches, and the first in file order still wins.
    @Test func aPassMayHoldMoreThan64Rules() throws {
        // Rules 0–63 are words no sentence below has; rule 64 never matches; 65 and 69 both match "right lung".
        var patterns = (0..<64).map { #""filler\#($0)""# }
        patterns += ["@side=nowhere @head", #"@side=right @head=lung"#, #""pleura""#, #""filler99""#, #"NUM @unit"#,
                     "@side @head"]
        #expect(try run(patterns, on: "A 4 mm nodule in the right lung and the left lung.").map(\.0) == [68, 65, 69])
        #expect(try run(patterns, on: "the pleura is normal").map(\.0) == [66])
        #expect(try run(patterns, on: "no filler5 here").map(\.0) == [5])
        #expect(try run(patterns, on: "the liver is normal").isEmpty)
    }

    /// A rule is tried only where a sentence may still hold what every match of it reads (`RuleNeeds`): the words and
    /// lexicon kinds on each of its paths, from the token it starts at on. What it matches is what it matched when it was
    /// tried everywhere: a need met by either branch of an alternative, a loop gone round any number of times and a branch
    /// that can never match all leave it its matches.
    @Test func rulesAreTriedOnlyWhereTheirNeedsMayBeMet() throws {
        let patterns = [#"WORD ("wider" | "larger") "than" "normal""#, #"("aorta" | @structure) WORD{0,3} "enlarged""#,
                        #""nodules" ("," WORD)* "and" "calcified""#, #"(@side=nowhere | "cyst") "wall""#]
        #expect(try run(patterns, on: "The aorta is larger than normal.").map(\.1) == ["is larger than normal"])
        #expect(try run(patterns, on: "The aorta is wider than normal and the heart is enlarged.").map(\.1)
                == ["is wider than normal", "heart is enlarged"])
        #expect(try run(patterns, on: "Nodules, round, smooth and calcified, and a cyst wall.").map(\.1)
                == ["Nodules, round, smooth and calcified", "cyst wall"])
        // (a need met only before the rule's start, or not at all: no match, as when the rule was tried there)
        #expect(try run(patterns, on: "Normal aorta, larger than the other one.").isEmpty)
        #expect(try run(patterns, on: "The aorta is larger than usual, the nodules are calcified.").isEmpty)
        #expect(try run(patterns, on: "The wall of the cyst.").isEmpty)
    }

    /// A pass past the matcher's rule capacity is refused, naming the file and line of the first rule too many.
    @Test func aPassOfTooManyRulesNamesTheFirstRuleTooMany() throws {
        let patterns = (0..<129).map { #""filler\#($0)""# }
        _ = try grammar(Array(patterns.dropLast()))
        do {
            _ = try grammar(patterns)
            Issue.record("a pass of \(patterns.count) rules was accepted")
        } catch let error as DataError {
            #expect(error.diagnostics.map(\.description)
                    == ["test.xml:\(patterns.count): pass 'test' has more than 128 rules (the matcher keeps a "
                        + "pass's rules in one 128-bit mask): split it into two passes"])
        }
    }

    @Test func literalsLexiconKindsAndCaptures() throws {
        let result = try run([#"q:@size-qualifier? dim:NUM "x" dim:NUM unit:@unit"#], on: "A nodule of approximately 6 x 4 mm.")
        #expect(result.count == 1)
        #expect(result.first?.1 == "approximately 6 x 4 mm")
        #expect(result.first?.2["q"] == "approximately")
        #expect(result.first?.2["unit"] == "mm")
    }

    @Test func firstRuleWinsAndScanningResumesAfterIt() throws {
        let result = try run([#"NUM @unit"#, #"NUM"#], on: "5 mm and 7 and 9 cm")
        #expect(result.map(\.0) == [0, 1, 0])
        #expect(result.map(\.1) == ["5 mm", "7", "9 cm"])
    }

    @Test func valuesPropertiesAndFlags() throws {
        #expect(try run(["@side=right @head=lung"], on: "the left lung and the right lung").map(\.1) == ["right lung"])
        #expect(try run(["@structure.region=abdomen"], on: "the liver and the right lung").map(\.1) == ["liver"])
        #expect(try run(["@finding.adjective @finding"], on: "nodular consolidations and nodules").map(\.1) == ["nodular consolidations"])
        #expect(try run(["@side=nowhere"], on: "the right lung").isEmpty)
    }

    /// The adjective flag is a fact of the hit, not of its finding: a type's noun term listed after its adjective term
    /// ("bronchiectatic", then "bronchiectasia") is no adjective, and its adjective term still is.
    @Test func adjectiveFlagIsPerTerm() throws {
        #expect(try run(["@finding.adjective"], on: "bronchiectasia").isEmpty)
        #expect(try run(["@finding.adjective"], on: "bronchiectatic changes").map(\.1) == ["bronchiectatic"])
        #expect(try run(["@finding=bronchiectasis"], on: "bronchiectasia").map(\.1) == ["bronchiectasia"])
    }

    @Test func repetitionAndAlternatives() throws {
        #expect(try run([#"NUM ("x" NUM){1,2}"#], on: "5x4x3x2 and 7").map(\.1) == ["5x4x3"])
        #expect(try run([#"("up" "to" | "below") NUM"#], on: "below 5 and up to 8").map(\.1) == ["below 5", "up to 8"])
        #expect(try run(["UNKNOWN+ @finding"], on: "the mild nonspecific nodules").map(\.1) == ["mild nonspecific nodules"])
    }

    /// A split skips a branch that cannot get past its first test at the token (`BranchStart`): the branches left are
    /// still tried in order, whatever their first test, and an optional part may be missing at the sentence's end.
    @Test func alternativesSkipOnlyBranchesThatCannotStartAtTheToken() throws {
        let units = #"NUM ("cm" | UNKNOWN | @unit | PUNCT) "nodule"?"#
        #expect(try run([units], on: "a 7 mm cyst").map(\.1) == ["7 mm"])
        #expect(try run([units], on: "a 7 zorbic nodule").map(\.1) == ["7 zorbic nodule"])
        #expect(try run([units], on: "about 7 - 9").map(\.1) == ["7 -"])
        #expect(try run([units], on: "about 7 lungs").isEmpty)
        #expect(try run([#"@side=left @head | @side @head | "lung""#], on: "the right lung").map(\.1) == ["right lung"])
        #expect(try run([#"x:("in" "the" | "in")"#], on: "seen in").map { [$0.1, $0.2["x"]] } == [["in", "in"]])
        #expect(try run([#"@head ANY?"#], on: "the lung").map(\.1) == ["lung"])
    }

    /// Names, literals (a letter with a combining accent among them) and counts are read whole from the pattern text.
    @Test func patternPartsAreReadWhole() throws {
        let rule = XMLElement(name: "rule", attributes: [("id", "r0"), ("action", "size")],
                              children: [XMLElement(name: "pattern", text: #"n:NUM{2,12} "de\#u{301}collement" @modifier=neg.dash-no @finding.adjective"#,
                                                    line: 1, file: "test.xml")], line: 1, file: "test.xml")
        let document = XMLElement(name: "grammar", attributes: [("pass", "test")], children: [rule], file: "test.xml")
        let pattern = try #require(try GrammarSource.rules(from: [document]).first).pattern
        #expect(pattern == .sequence([
            .capture("n", .repeated(.element(.number), min: 2, max: 12)),
            .element(.literal("de\u{301}collement")),
            .element(.lexicon(kind: .modifier, property: nil, value: "neg.dash-no")),
            .element(.lexicon(kind: .finding, property: "adjective", value: nil)),
        ]))
    }

    @Test func badPatternsNameTheRuleAndPosition() {
        for pattern in ["(NUM", "@nosuchkind", "NUM{3,1}", "$UNDEFINED", "lowercase"] {
            #expect(throws: DataError.self, "\(pattern)") { try grammar([pattern]) }
        }
        do {
            _ = try grammar(["NUM )"])
            Issue.record("a stray ')' was accepted")
        } catch let error as DataError {
            #expect(error.diagnostics.first?.description.hasPrefix("test.xml:1: rule 'r0': pattern error at character 5") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The parser reads scalars, but an error's position is counted in characters: "e\u{301}" is one, "×" is one.
    @Test func patternErrorPositionsCountCharacters() {
        do {
            _ = try grammar([#""×" "e\#u{301}" )"#])
            Issue.record("a stray ')' was accepted")
        } catch let error as DataError {
            #expect(error.diagnostics.first?.description == "test.xml:1: rule 'r0': pattern error at character 9: unexpected ')'")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func everyBundledRuleMatchesItsExamples() {
        #expect(GrammarExamples.check(TestData.engine).map(\.description) == [])
    }

    @Test func aFailingExampleIsReported() throws {
        var knowledge = TestData.knowledge
        let rule = XMLElement(name: "rule", attributes: [("id", "bad"), ("action", "size")], children: [
            XMLElement(name: "pattern", text: "NUM @unit"),
            XMLElement(name: "example", attributes: [("match", "6 mm")], text: "No number here."),
            XMLElement(name: "counterexample", text: "A 7 mm nodule."),
        ], line: 3, file: "bad.xml")
        knowledge.grammarDocuments = [XMLElement(name: "grammar", attributes: [("pass", "sizes")], children: [rule], file: "bad.xml")]
        let problems = GrammarExamples.check(try Engine(knowledge: knowledge))
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.description.hasPrefix("bad.xml:3: rule 'bad'") })
    }

    /// A construction's second finding type (`alsoType`) is checked at load as its `type` is: an unknown one, the same as
    /// its `type`, or one on a rule that names no finding is an error naming the file and line of the rule.
    @Test func aConstructionsSecondTypeIsChecked() throws {
        func problems(action: String, alsoType: String) -> [String] {
            var knowledge = TestData.knowledge
            let rule = XMLElement(name: "rule", attributes: [("id", "both"), ("action", action), ("type", "hepatomegaly"),
                                                             ("alsoType", alsoType)], children: [
                XMLElement(name: "pattern", text: #""liver" "and" "spleen" "are" "enlarged""#),
                XMLElement(name: "example", text: "The liver and spleen are enlarged."),
                XMLElement(name: "counterexample", text: "The liver is normal."),
            ], line: 7, file: "organs.xml")
            knowledge.grammarDocuments = [XMLElement(name: "grammar", attributes: [("pass", "phrases")], children: [rule],
                                                     file: "organs.xml")]
            do {
                _ = try Engine(knowledge: knowledge)
                return []
            } catch let error as DataError {
                return error.diagnostics.map(\.description)
            } catch {
                return ["unexpected \(error)"]
            }
        }
        #expect(problems(action: "finding", alsoType: "splenomegaly").isEmpty)
        #expect(problems(action: "finding", alsoType: "splenomegalie")
                == ["organs.xml:7: rule 'both' names unknown finding type 'splenomegalie' (alsoType)"])
        #expect(problems(action: "finding", alsoType: "hepatomegaly")
                == ["organs.xml:7: rule 'both' names finding type 'hepatomegaly' twice (type and alsoType)"])
        #expect(problems(action: "size", alsoType: "splenomegaly")
                == ["organs.xml:7: rule 'both' names a second finding type (alsoType) but is no finding rule"])
    }

    /// `Array(filled:count:)` makes what `init(repeating:count:)` makes: that many copies, none for a count of 0.
    @Test func filledArrayHoldsCountCopies() {
        #expect([Int32](filled: -1, count: 4) == [-1, -1, -1, -1])
        #expect([[Int]](filled: [], count: 3) == [[], [], []])
        #expect([Int?](filled: nil, count: 2) == [nil, nil])
        #expect([Bool](filled: false, count: 0).isEmpty)
        #expect([Int32](filled: 7, count: 5) != [Int32](filled: 7, count: 4))
    }
}
