import RadText
import Testing

/// Tokens, their kinds, values and normalised forms.
@Suite struct TokenizerTests {
    func tokens(_ text: String, vocabulary: Vocabulary = Vocabulary()) -> [(String, TokenKind, Double)] {
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let units = Array(text.utf16)
        var tokens: [Token] = []
        units.withUnsafeBufferPointer { tokenizer.tokenize($0, range: 0..<units.count, into: &tokens) }
        return tokens.map { (String(decoding: units[$0.range], as: UTF16.self), $0.kind, $0.number) }
    }

    @Test func wordsNumbersAndPunctuation() {
        let result = tokens("Effusion-thickening, 6x4mm; 3,5 cm 03.02.2020")
        #expect(result.map(\.0) == ["Effusion", "-", "thickening", ",", "6", "x", "4", "mm", ";", "3,5", "cm", "03.02.2020"])
        #expect(result.map(\.1) == [.word, .punct, .word, .punct, .number, .word, .number, .word, .punct, .number, .word, .code])
        #expect(result[4].2 == 6 && result[9].2 == 3.5)
    }

    @Test func decimalPointAtTheEndOfASentenceIsPunctuation() {
        #expect(tokens("size 3.5.").map(\.0) == ["size", "3.5", "."])
    }

    @Test func formsAreCaseFoldedAndNFKC() {
        var vocabulary = Vocabulary()
        let mri = vocabulary.add("mri")
        let findings = vocabulary.add("findings")
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let text = Array("ＭＲＩ ﬁndings MRI unknown".utf16)
        var result: [Token] = []
        text.withUnsafeBufferPointer { tokenizer.tokenize($0, range: 0..<text.count, into: &result) }
        #expect(result.map(\.form) == [mri, findings, mri, Token.unknownForm])
        #expect(result[2].flags.contains(.allUpper) && result[2].flags.contains(.spaceBefore))
    }

    /// A lexicon term's forms, one per token in order: case-folded, NFKC, hyphens and numbers their own forms.
    @Test func termFormsComeOnePerToken() {
        let tokenizer = Tokenizer(vocabulary: Vocabulary())
        let forms = tokenizer.forms(of: "Tree-in-Bud ＣＴ 2.5").map { String(decoding: $0, as: UTF16.self) }
        #expect(forms == ["tree", "-", "in", "-", "bud", "ct", "2.5"])
        #expect(tokenizer.forms(of: "  ").isEmpty)
    }

    /// An en dash reads as the hyphen it stands for, spaced or not; other dashes keep their own forms.
    @Test func anEnDashHasTheHyphensForm() {
        var vocabulary = Vocabulary()
        let hyphen = vocabulary.add("-")
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let text = Array("thickening – effusion, 3–5 mm — a".utf16)
        var result: [Token] = []
        text.withUnsafeBufferPointer { tokenizer.tokenize($0, range: 0..<text.count, into: &result) }
        #expect(result[1].form == hyphen && result[5].form == hyphen)
        #expect(result[8].form == Token.unknownForm)
        #expect(tokenizer.forms(of: "tree–in–bud").map { String(decoding: $0, as: UTF16.self) } == ["tree", "-", "in", "-", "bud"])
    }

    /// Probe P175: the hyphen, the non-breaking hyphen, the figure dash and the minus sign read as the hyphen too
    /// ("ground‐glass", "2−3 mm").
    @Test func otherHyphensHaveTheHyphensForm() {
        let tokenizer = Tokenizer(vocabulary: Vocabulary())
        let forms = tokenizer.forms(of: "ground\u{2010}glass ground\u{2011}glass 2\u{2012}3 2\u{2212}3 a\u{2014}b")
            .map { String(decoding: $0, as: UTF16.self) }
        #expect(forms == ["ground", "-", "glass", "ground", "-", "glass", "2", "-", "3", "2", "-", "3", "a", "\u{2014}", "b"])
    }

    /// Probe P175: invisible format characters. A soft hyphen, a zero-width joiner or a word joiner stays inside its word
    /// and drops out of its form; a zero-width space or a byte-order mark separates words, as a space does.
    @Test func invisibleFormatCharacters() {
        var vocabulary = Vocabulary()
        let atelectasis = vocabulary.add("atelectasis")
        let ground = vocabulary.add("ground")
        let glass = vocabulary.add("glass")
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let text = Array("\u{FEFF}Atelec\u{AD}tasis ground\u{200B}glass atelec\u{2060}tasis".utf16)
        var result: [Token] = []
        text.withUnsafeBufferPointer { tokenizer.tokenize($0, range: 0..<text.count, into: &result) }
        #expect(result.map(\.form) == [atelectasis, ground, glass, atelectasis])
    }

    /// ASCII text is looked up as the form it normalises to, its capitals lowered as they are read: only A–Z change
    /// ("[" is not "{"), and a form that differs in any unit, or in length, is another.
    @Test func asciiTextIsLookedUpAsItsLowerCasedForm() {
        var vocabulary = Vocabulary()
        let effusion = vocabulary.add("effusion")
        let brace = vocabulary.add("{")
        func id(_ text: String) -> Int32 { Array(text.utf16).withUnsafeBufferPointer { vocabulary.id(ofASCII: $0) } }
        #expect(id("effusion") == effusion && id("EFFUSION") == effusion && id("Effusion") == effusion)
        #expect(id("{") == brace && id("[") == Token.unknownForm)
        #expect(id("effusions") == Token.unknownForm && id("effusio") == Token.unknownForm && id("effusiom") == Token.unknownForm)
        // The tokenizer gives a word in ASCII and one outside it the same form ("ＥＦＦＵＳＩＯＮ" through NFKC).
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let text = Array("Pleural EFFUSION, ＥＦＦＵＳＩＯＮ".utf16)
        var result: [Token] = []
        text.withUnsafeBufferPointer { tokenizer.tokenize($0, range: 0..<text.count, into: &result) }
        #expect(result.map(\.form) == [Token.unknownForm, effusion, Token.unknownForm, effusion])
    }

    @Test func vocabularyGrowsAndFindsForms() {
        var vocabulary = Vocabulary()
        for index in 0..<500 { vocabulary.add("form\(index)") }
        #expect(vocabulary.count == 500)
        #expect(vocabulary.id(of: "form123") == 123)
        #expect(vocabulary.form(of: 499) == "form499")
        #expect(vocabulary.add("form7") == 7)
    }
}
