import RadTestSupport
import Testing

/// `radfind lexicon check` end to end.
@Suite struct LexiconCommandTests {
    @Test func bundledDataIsValid() throws {
        let result = try CLI.run(["lexicon", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no problems"))
    }

    @Test func malformedXMLExitsNonZeroNamingTheLine() throws {
        let result = try CLI.run(["lexicon", "check", "Tests/RadXMLTests/Fixtures/malformed.xml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Tests/RadXMLTests/Fixtures/malformed.xml:4:"))
    }

    @Test func schemaViolationExitsNonZeroNamingTheLine() throws {
        let result = try CLI.run(["lexicon", "check", "Tests/RadXMLTests/Fixtures/schema-violation.xml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("schema-violation.xml:6:"))
    }

    @Test func badDataDirectoryIsAClearError() throws {
        let result = try CLI.run(["parse", "--data-dir", "/nonexistent", "Examples/chest_ct_report.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a RadFindings data directory"))
    }
}
