import RadFindings
import RadIO
import RadTestSupport
import Testing

/// The pipeline through the public API: engine, parser, output record.
@Suite struct ReportParserTests {
    static let engine = TestData.engine

    @Test func recordCarriesSentencesWithScalarOffsets() throws {
        let parser = try Self.engine.makeParser()
        let text = "FINDINGS: Ｎｏ effusion 😀. A 5 mm nodule.\nIMPRESSION: Nodule."
        let record = try parser.parse(id: "r1", text: text).record(knowledge: TestData.knowledge)
        let scalars = Array(text.unicodeScalars)
        #expect(record.sentences.map(\.text) == ["Ｎｏ effusion 😀.", "A 5 mm nodule.", "Nodule."])
        for sentence in record.sentences {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.start..<sentence.end])
            #expect(String(view) == sentence.text)
        }
        #expect(record.sentences.map(\.section) == ["findings", "findings", "impression"])
    }

    @Test func fastWriterAgreesWithCodable() throws {
        let parser = try Self.engine.makeParser()
        let record = try parser.parse(id: "r\"2", text: "Lungs are clear.\nIMPRESSION: Normal.").record(knowledge: TestData.knowledge, includeText: true)
        var writer = JSONWriter()
        record.write(to: &writer)
        let decoded = try JSONDecoderForTests.decode(ReportRecord.self, from: writer.bytes)
        #expect(decoded == record)
    }
}
