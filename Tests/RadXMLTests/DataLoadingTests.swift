import Foundation
import RadLexicon
import RadTestSupport
import RadXML
import Testing

/// Loading data files: schema validation with lines, safe parsing, reference checks.
@Suite struct DataLoadingTests {
    func fixture(_ name: String) -> String {
        TestData.path("Tests/RadXMLTests/Fixtures/\(name)")
    }

    /// Loads one fixture in place of the bundled files of its kind; returns the problems.
    func problems(_ name: String) -> [XMLDiagnostic] {
        do {
            _ = try KnowledgeBaseLoader.load(files: [fixture(name)], directory: TestData.directory, completingFromBundle: true)
            return []
        } catch let error as DataError {
            return error.diagnostics
        } catch {
            return [XMLDiagnostic(file: "", line: 0, message: "\(error)")]
        }
    }

    @Test func bundledDataLoads() {
        let knowledge = TestData.knowledge
        #expect(knowledge.findings.type("nodule")?.category?.rawValue == "2d")
        #expect(knowledge.anatomy.lobe(of: "LLL-posterior-basal")?.code == "LLL")
        #expect(knowledge.anatomy.lobe(of: "LUL-inferior-lingular")?.code == "LUL")
        #expect(knowledge.anatomy.lobe(of: "left-upper-lobe-bronchus")?.code == "LUL")
        #expect(knowledge.anatomy.lobe(of: "left-main-bronchus") == nil)
        #expect(knowledge.anatomy.structure("RUL")?.radlex == "RID1303")
        #expect(knowledge.sectionRules.headers.count > 10)
        #expect(knowledge.sentenceRules.abbreviations.contains { String(decoding: $0.text, as: UTF16.self) == "approx" })
    }

    @Test func everyCategoryCodeAndLabelIsUsed() {
        let types = TestData.knowledge.findings.types
        for category in FindingCategory.all {
            #expect(types.contains { $0.category == category }, "no finding type of category \(category)")
        }
        for label in CTRateLabel.allCases {
            #expect(types.contains { $0.labels.contains(label) }, "no finding type for label \(label.rawValue)")
        }
    }

    @Test func schemaViolationNamesTheLine() {
        let found = problems("schema-violation.xml")
        #expect(found.count == 1)
        #expect(found.first?.line == 6)
        #expect(found.first?.message.contains("3z") == true)
        #expect(found.first?.description.hasPrefix(fixture("schema-violation.xml") + ":6:") == true)
    }

    @Test func malformedXMLNamesTheLine() {
        let found = problems("malformed.xml")
        #expect(found.first?.line == 4)
        #expect(found.first?.message.contains("mismatch") == true)
    }

    @Test func externalEntityIsRefused() throws {
        let found = problems("external-entity.xml")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("not allowed") == true)
        // Even read directly with no schema, the document never reaches a tree.
        #expect(throws: XMLLoadError.self) { try XMLLoader.load(file: fixture("external-entity.xml")) }
    }

    @Test func entityExpansionIsRefused() {
        #expect(throws: XMLLoadError.self) { try XMLLoader.load(file: fixture("entity-expansion.xml")) }
    }

    @Test func externalEntityInAnAttributeIsRefused() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY s SYSTEM \"file:///etc/hostname\">]>\n<a b=\"&s;\"/>"
        #expect(throws: XMLLoadError.self) { try XMLLoader.parse(data: Data(text.utf8), name: "inline.xml") }
    }

    @Test func danglingPartOfIsReported() {
        let found = problems("dangling-reference.xml")
        #expect(found.contains { $0.line == 5 && $0.message.contains("right-lungg") })
    }

    @Test func inLobeNamingNoLobeIsReported() {
        let found = problems("in-lobe-not-a-lobe.xml")
        #expect(found.contains { $0.line == 6 && $0.message.contains("'upper-bronchus' lies in 'lung', which is no lobe") })
    }

    @Test func aTermNamingTwoFindingsIsReported() {
        let found = problems("duplicate-term.xml")
        #expect(found.contains { $0.line == 8 && $0.message.contains("Nodule") && $0.message.contains("nodule") })
    }

    /// Case and hyphens do not make two spellings different words; a shorter term is not the longer one.
    @Test func aHyphenatedSpellingOfAnotherFindingsTermIsReported() {
        let found = problems("duplicate-hyphenated-term.xml")
        #expect(found.contains { $0.line == 8 && $0.message.contains("'Ground-Glass Nodule' of finding 'mass' already names finding 'nodule'") })
        #expect(!found.contains { $0.line == 7 })
    }

    @Test func unknownRootIsReported() {
        let found = problems("unknown-root.xml")
        #expect(found.first?.message.contains("unknown root element <lexicon>") == true)
    }

    @Test func missingFileIsReported() {
        let found = problems("no-such-file.xml")
        #expect(found.first?.message == "cannot open file")
    }
}
