import Foundation
import FoundationXML
import RadTestSupport
import RadText
import Testing

/// Foundation carries its own ICU; ours sits behind the C facade. Both must work in one process
/// (a toolchain or ICU upgrade that breaks this must fail here, loudly).
@Suite struct FoundationCoexistenceTests {
    @Test func foundationICUAndSystemICUInOneProcess() throws {
        #expect("istanbul".uppercased(with: Locale(identifier: "tr_TR")) == "İSTANBUL")
        let document = try XMLDocument(xmlString: "<a><b>ok</b></a>")
        #expect(document.rootElement()?.stringValue == "ok")
        let segmenter = try Segmenter()
        #expect(try segmenter.texts("A nodule approx. 3.5 mm. İstanbul protocol.") == ["A nodule approx. 3.5 mm.", "İstanbul protocol."])
        var vocabulary = Vocabulary()
        let folded = vocabulary.add("i̇stanbul")  // ICU full case folding of "İstanbul"
        let units = Array("İstanbul".utf16)
        var tokens: [Token] = []
        units.withUnsafeBufferPointer { Tokenizer(vocabulary: vocabulary).tokenize($0, range: 0..<units.count, into: &tokens) }
        #expect(tokens.first?.form == folded)
    }
}
