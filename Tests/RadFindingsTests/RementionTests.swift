import RadFindings
import RadTestSupport
import Testing

/// A finding named again (an impression copy, "the infiltration", "its wall") is one record with what each mention says;
/// findings told apart by their place, size or type stay apart.
@Suite struct RementionTests {
    static let engine = TestData.engine

    /// A reference placed only where the finding is most marked narrows the one named before, as a bare re-mention does.
    @Test func aReferencePlacedWhereItIsMostIsTheOneBefore() throws {
        let parser = try Self.engine.makeParser()
        let again = try parser.parse(id: "mm1", text: "FINDINGS: Bronchiectasis is observed in both lungs. The bronchiectasis is "
            + "more prominent in the lower lobes.")
        #expect(again.findings.filter { $0.type == "bronchiectasis" }.map(\.laterality) == [.bilateral])
        // (most marked on the other side than the one named before: another)
        let apart = try parser.parse(id: "mm2", text: "FINDINGS: Bronchiectasis is observed in the right lung. The bronchiectasis "
            + "is more prominent in the left lower lobe.")
        #expect(apart.findings.filter { $0.type == "bronchiectasis" }.count == 2)
    }

    /// A change word between an adjective finding word and its noun is said of the one finding they name.
    @Test func aChangeWordInsideAPhraseDoesNotSplitIt() throws {
        let parser = try Self.engine.makeParser()
        let lesion = try parser.parse(id: "cw1", text: "FINDINGS: A hypodense stable lesion of 12 mm is observed in segment 7 of "
            + "the liver.")
        #expect(lesion.findings.map { "\($0.type) \($0.temporal?.rawValue ?? "-") \($0.size?.maxMM ?? 0)" }
                == ["low-density stable 12.0"])
        let items = try parser.parse(id: "cw2", text: "FINDINGS: A hypodense area is observed in the liver, and stable nodules are "
            + "observed in the right lung.")
        #expect(items.findings.map(\.type) == ["low-density", "nodule"])
    }

    /// An impression copy measured a millimetre apart from the only finding of its type, where that one is, is that one.
    @Test func aCopyMeasuredAMillimetreApartIsTheOneFinding() throws {
        let parser = try Self.engine.makeParser()
        let again = try parser.parse(id: "ms1", text: "FINDINGS: A 7 mm nodule is observed in the right lower lobe superior "
            + "segment. IMPRESSION: 8 mm nodule in the right lower lobe.")
        #expect(again.findings.filter { $0.type == "nodule" }.map(\.segments) == [["RLL-superior"]])
        // (beside another nodule it may be either: both stay, and the copy too)
        let two = try parser.parse(id: "ms2", text: "FINDINGS: A 7 mm nodule is observed in the right lower lobe superior "
            + "segment. A 3 mm nodule is observed in the left upper lobe. IMPRESSION: 8 mm nodule in the right lower lobe.")
        #expect(two.findings.filter { $0.type == "nodule" }.count == 3)
        // (two millimetres apart: another size)
        let apart = try parser.parse(id: "ms3", text: "FINDINGS: A 7 mm nodule is observed in the right lower lobe superior "
            + "segment. IMPRESSION: 9 mm nodule in the right lower lobe.")
        #expect(apart.findings.filter { $0.type == "nodule" }.count == 2)
    }

    /// "The infiltration" after a pneumonic infiltration names it again by the appearance its diagnosis reads.
    @Test func theInfiltrationIsThePneumonicInfiltrationBefore() throws {
        let parser = try Self.engine.makeParser()
        let again = try parser.parse(id: "pi1", text: "FINDINGS: Pneumonic infiltration is observed in the right lower lobe. "
            + "The infiltration has regressed compared to the previous examination.")
        #expect(again.findings.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["pneumonic-infiltration decreased"])
        // (placed elsewhere: another)
        let apart = try parser.parse(id: "pi2", text: "FINDINGS: Pneumonic infiltration is observed in the right lower lobe. "
            + "The infiltration in the left upper lobe has regressed.")
        #expect(apart.findings.count == 2)
    }

    /// The wall "its" names is the finding named before, not a thickening of its own.
    @Test func itsWallIsTheFindingBefore() throws {
        let parser = try Self.engine.makeParser()
        let cavity = try parser.parse(id: "ow1", text: "FINDINGS: A cavitary lesion of 25 mm is observed in the left upper lobe. "
            + "Its wall is thick.")
        #expect(cavity.findings.map(\.type) == ["cavity"])
        let organ = try parser.parse(id: "ow2", text: "FINDINGS: The wall of the gallbladder is thick.")
        #expect(organ.findings.map(\.type) == ["thickening"])
    }

    /// A sign seen inside a consolidation, placed nowhere, is where the consolidation is.
    @Test func airBronchogramsPlacedNowhereAreInTheConsolidation() throws {
        let parser = try Self.engine.makeParser()
        let placed = try parser.parse(id: "ab1", text: "FINDINGS: Consolidation is observed in the right lower lobe. There are "
            + "also air bronchograms.")
        let signs = placed.findings.filter { $0.type == "air-bronchogram" }
        #expect(signs.map { "\($0.laterality.rawValue) \($0.lobes)" } == ["right [\"RLL\"]"])
        // (no consolidation before it: placed nowhere; denied: no place either)
        let hostless = try parser.parse(id: "ab2", text: "FINDINGS: Ground glass areas are observed in the right upper lobe. There "
            + "are also air bronchograms.")
        #expect(hostless.findings.filter { $0.type == "air-bronchogram" }.map(\.laterality) == [.none])
        let denied = try parser.parse(id: "ab3", text: "FINDINGS: Consolidation is observed in the right lower lobe. No air "
            + "bronchograms are seen.")
        #expect(denied.findings.filter { $0.type == "air-bronchogram" }.map(\.laterality) == [.none])
    }

    /// An impression finding placed beside another ("in the adjacent lung parenchyma") is a copy of the findings' one there.
    @Test func aCopyPlacedBesideItsNeighbourIsTheOneBefore() throws {
        let parser = try Self.engine.makeParser()
        let again = try parser.parse(id: "ad1", text: "FINDINGS: Pleural effusion of 20 mm is observed on the right, and "
            + "atelectasis is observed in the adjacent lung parenchyma. IMPRESSION: Right pleural effusion. Atelectasis in the "
            + "adjacent lung parenchyma.")
        #expect(again.findings.filter { $0.type == "atelectasis" }.map(\.laterality) == [.right])
        // (beside an effusion of the other side: another)
        let other = try parser.parse(id: "ad2", text: "FINDINGS: Pleural effusion of 20 mm is observed on the right, and "
            + "atelectasis is observed in the adjacent lung parenchyma. IMPRESSION: Left pleural effusion. Atelectasis in the "
            + "adjacent lung parenchyma.")
        #expect(other.findings.filter { $0.type == "atelectasis" }.map(\.laterality) == [.right, .left])
    }
}
