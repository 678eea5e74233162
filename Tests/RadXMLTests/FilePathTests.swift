@testable import RadLexicon
import RadXML
import Testing

/// Path arithmetic of the data directory (FoundationEssentials has no `NSString` path methods) and
/// the trimmed text of data file elements.
@Suite struct FilePathTests {
    @Test func parentDropsTheLastComponent() {
        #expect(FilePath.parent(of: "/opt/radfind/bin/radfind") == "/opt/radfind/bin")
        #expect(FilePath.parent(of: "/opt/radfind/bin/") == "/opt/radfind")
        #expect(FilePath.parent(of: "/opt") == "/")
        #expect(FilePath.parent(of: "radfind") == "")
    }

    @Test func joinPutsOneSlashBetween() {
        #expect(FilePath.join("/data", "Lexicons") == "/data/Lexicons")
        #expect(FilePath.join("/data/", "Lexicons") == "/data/Lexicons")
        #expect(FilePath.join("", "Lexicons") == "Lexicons")
    }

    @Test func standardizedResolvesDotDot() {
        #expect(FilePath.standardized("/opt/radfind/bin/../share/radfind") == "/opt/radfind/share/radfind")
        #expect(FilePath.standardized("/opt/./radfind") == "/opt/radfind")
        #expect(FilePath.standardized("/..") == "/")
        #expect(FilePath.standardized(".build/release/../../Lexicons") == "Lexicons")
        #expect(FilePath.standardized("../data/./Lexicons") == "../data/Lexicons")
        #expect(FilePath.standardized("bin/..") == ".")
    }

    @Test func trimmedTextDropsSurroundingWhiteSpace() {
        #expect(XMLElement(name: "term", text: "\n    ground glass opacity \n  ").trimmedText == "ground glass opacity")
        #expect(XMLElement(name: "term", text: " \n ").trimmedText == "")
        // Nothing to trim, or white space that is not ASCII (a no-break space) or beside a character that is not.
        #expect(XMLElement(name: "term", text: "tree-in-bud  pattern").trimmedText == "tree-in-bud  pattern")
        #expect(XMLElement(name: "term", text: "\u{00A0}mosaic attenuation\u{2003}").trimmedText == "mosaic attenuation")
        #expect(XMLElement(name: "term", text: "\tépanchement \n").trimmedText == "épanchement")
        #expect(XMLElement(name: "term", text: "").trimmedText == "")
    }
}
