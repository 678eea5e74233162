import Foundation
import RadTestSupport
import Testing

/// `radfind parse` end to end, as a user runs it.
@Suite struct ParseCommandTests {
    @Test func parsesTheBundledExample() throws {
        let result = try CLI.run(["parse", "Examples/chest_ct_report.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.lines
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record["id"] as? String == "chest_ct_report")
        let sentences = try #require(record["sentences"] as? [[String: Any]])
        let text = try String(contentsOfFile: TestData.path("Examples/chest_ct_report.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for sentence in sentences {
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == sentence["text"] as? String)
        }
        #expect(sentences.contains { ($0["text"] as? String) == "When examined in the lung parenchyma window;" })
        #expect(Set(sentences.compactMap { $0["section"] as? String }) == ["clinical_information", "technique", "findings", "impression"])
        let findings = try #require(record["findings"] as? [[String: Any]])
        let nodule = try #require(findings.first { ($0["type"] as? String) == "nodule" && $0["size"] is [String: Any] })
        #expect(nodule["lobes"] as? [String] == ["LLL"])
        #expect(nodule["segments"] as? [String] == ["LLL-posterior-basal"])
        #expect((nodule["size"] as? [String: Any])?["max_mm"] as? Int == 6)
        #expect(findings.contains { ($0["type"] as? String) == "pleural-effusion" && ($0["assertion"] as? String) == "absent" })
        let labels = try #require(record["labels"] as? [String: Int])
        #expect(labels.count == 18)
        #expect(labels.filter { $0.value == 1 }.keys.sorted() == ["Atelectasis", "Lung nodule", "Lung opacity"])
    }

    @Test func explainNamesFilesAndLines() throws {
        let result = try CLI.run(["parse", "--explain", "Examples/chest_ct_report.txt"])
        let finding = try #require((result.lines.first?["findings"] as? [[String: Any]])?.first)
        let steps = try #require(finding["explain"] as? [[String: Any]])
        #expect(steps.contains { ($0["origin"] as? String)?.hasPrefix("Lexicons/findings.xml:") == true })
    }

    @Test func brokenRecordsAreReplacedInPlaceAndTheExitStatusIsOne() throws {
        let input = """
            {"id": "r1", "text": "Lungs are clear."}
            {"id": "r2", "text": broken}
            {"id": "r3", "findings": "Nodule.", "impressions": "Nodule."}
            """
        let result = try CLI.run(["parse", "--format", "jsonl", "-"], input: input)
        #expect(result.status == 1)
        let records = result.lines
        #expect(records.map { $0["id"] as? String } == ["r1", nil, "r3"])
        #expect(records[1]["line"] as? Int == 2)
        #expect((records[1]["error"] as? String)?.contains("invalid JSON") == true)
        #expect(result.stderr.contains("1 record(s)"))
        #expect(result.stderr.contains("-:2: invalid JSON"))
    }

    @Test func standardInputFormatIsSniffed() throws {
        let result = try CLI.run(["parse"], input: "VolumeName,Findings_EN\nv1,\"Clear, normal.\"\n")
        #expect(result.status == 0)
        #expect(result.lines.first?["id"] as? String == "v1")
    }

    @Test func missingInputIsReportedAndOthersGoOn() throws {
        let result = try CLI.run(["parse", "no-such-file.txt", "Examples/chest_ct_report.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.txt"))
        #expect(result.lines.count == 1)
    }

    @Test func outputFileAndCompositeText() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("radfind-\(UUID().uuidString).jsonl").path
        let result = try CLI.run(["parse", "--with-text", "--output", output, "Examples/reports.csv"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["text"] as? String)?.hasPrefix("CLINICAL INFORMATION: Not given.\nTECHNIQUE: ") == true)
    }
}
