import Foundation
import RadTestSupport
import Testing

/// `radfind structure` end to end, on datasets written in ReXGroundingCT's layouts.
@Suite struct StructureCommandTests {
    func write(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("radfind-\(UUID().uuidString)-\(name)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func oneLinePerFindingID() throws {
        let dataset = """
            [{"name": "train_1_a_1.nii.gz", "findings": {"0": "Linear atelectasis in the lingula", "1": "Subcentimeter nodules in both lungs"},
              "categories": {"0": "2a", "1": "2d"}}]
            """
        let result = try CLI.run(["structure", try write(dataset, "dataset.json")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines.map { $0["finding_id"] as? String } == ["0", "1"])
        #expect(lines.map { $0["category"] as? String } == ["2a", "2d"])
        #expect(lines.map { $0["predicted_category"] as? String } == ["2a", "2d"])
        #expect(lines.first?["lobes"] as? [String] == ["LUL"])
        #expect(lines.first?["segments"] as? [String] == ["lingula"])
    }

    @Test func challengeFileGroupsAndBrokenRecords() throws {
        let dataset = """
            {"train": [{"name": "t.nii.gz", "findings": {"0": "Right pneumothorax"}, "categories": {"0": "2g"}}],
             "val": [{"name": "v.nii.gz", "findings": {"1": "Emphysema in both upper lobes", "0": "Bronchiectasis"}, "categories": {}}],
             "test": [{"name": "x.nii.gz"}]}
            """
        let result = try CLI.run(["structure", try write(dataset, "challenge.json")])
        #expect(result.status == 1)
        let lines = result.lines
        #expect(lines.map { $0["split"] as? String } == ["train", "val", "val", nil])
        #expect(lines.map { $0["finding_id"] as? String } == ["0", "0", "1", nil])
        #expect((lines.last?["error"] as? String)?.contains("no findings object") == true)
    }

    @Test func jsonLinesFromStandardInput() throws {
        let input = #"{"volume": "a.nii.gz", "rexgrounding_findings": {"0": "Bilateral pleural effusion"}, "rexgrounding_categories": {"0": "2e"}}"#
        let result = try CLI.run(["structure"], input: input + "\n")
        #expect(result.status == 0)
        #expect(result.lines.first?["type"] as? String == "pleural-effusion")
        #expect(result.lines.first?["laterality"] as? String == "bilateral")
    }
}
