import RadFindings
import RadTestSupport
import Testing

/// A "new" finding named later (the impression) gives its change to an earlier finding of its type only in that finding's
/// organ (`resolveChangesNamedLater`): a new chest-wall or breast nodule says nothing of the lung nodules before it.
@Suite struct LaterChangeOrganTests {
    static let engine = TestData.engine

    @Test func aNewFindingOutsideTheLungsLeavesTheLungOnesUnchanged() throws {
        let parser = try Self.engine.makeParser()
        // The bug (lab 525): the breast and rib nodules of the impression made the lung nodules new.
        let apart = try parser.parse(id: "o1", text: "FINDINGS: A few millimetric nodules are seen in both lungs. IMPRESSION: "
            + "Newly developed nodular lesions in the left breast and next to the 4th rib after bilateral mastectomy.")
        let lung = apart.findings.filter { $0.type == "nodule" && $0.sentence == 0 }
        #expect(lung.count == 1)
        #expect(lung.first?.temporal == nil)
        // The same change said of the lungs is theirs, one finding.
        let same = try parser.parse(id: "o2", text: "FINDINGS: A few millimetric nodules are seen in both lungs. IMPRESSION: "
            + "Newly developed nodules in both lungs.")
        #expect(same.findings.filter { $0.type == "nodule" }.map(\.temporal) == [.new])
    }
}
