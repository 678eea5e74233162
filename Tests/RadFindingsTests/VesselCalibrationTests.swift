import RadFindings
import RadTestSupport
import Testing

/// The MT noun for a widened calibre said ahead of the vessels ("calibration increase in …", "increase in calibration in …"),
/// construction.vessel-wider-than-normal: a vascular enlargement of those vessels, an item of its own whose vessels are no
/// place of the list items after it.
@Suite struct VesselCalibrationTests {
    let extract = try! Extract()

    @Test func aCalibrationIncreaseOfVesselsIsAVascularEnlargement() throws {
        let widened: [(String, [String])] = [
            ("Mild calibration increase in the mediastinal main vascular structures.", ["aorta"]),
            ("Calibration increases in mediastinal vascular structures are noted.", ["aorta"]),
            ("A slight increase in calibration in the descending aorta.", ["aorta"]),
            ("Minimal calibration increase in the abdominal aorta and at the level of the aortic arch.", ["abdominal-aorta", "aorta"]),
        ]
        for (sentence, places) in widened {
            let findings = try extract.findings(sentence)
            #expect(findings.map(\.type) == ["vascular-enlargement"], "\(sentence)")
            #expect(findings.first?.places == places, "\(sentence)")
            #expect(findings.first?.assertion == .present, "\(sentence)")
            #expect(findings.allSatisfy { $0.category == nil }, "\(sentence)")
        }
        // Denied by its cue, as any finding.
        #expect(try extract.findings("No significant calibration increase in the mediastinal vascular structures was detected.")
            .map(\.assertion) == [.absent])
        // Not a vessel's widening: the calibre said normal, or that of the bronchi.
        for sentence in ["The calibration of the mediastinal main vascular structures is natural.",
                         "Calibration increase in the segmental bronchi of the left lower lobe."] {
            #expect(try !extract.findings(sentence).contains { $0.type == "vascular-enlargement" }, "\(sentence)")
        }
    }

    /// The bug it fixed: the widening read as nothing, its vessels were the place of the next items of an impression list
    /// (a consolidation "in the aorta", an atherosclerosis of the aortic wall from a bare "atherosclerotic changes").
    @Test func theVesselsOfTheWideningAreNoPlaceOfTheNextItems() throws {
        let findings = try extract.findings(
            "Slight calibration increase in the mediastinal main vascular structures, bilateral pleural effusion, and patchy consolidation at the perihilar level.")
        #expect(findings.filter { $0.type == "vascular-enlargement" }.map(\.places) == [["aorta"]])
        let lung = findings.filter { $0.type == "pleural-effusion" || $0.type == "consolidation" }
        #expect(!lung.isEmpty)
        #expect(lung.allSatisfy { !$0.places.contains("aorta") })
        let atherosclerotic = try extract.findings("Calibration increases in mediastinal vascular structures and atherosclerotic changes.")
        #expect(!atherosclerotic.contains { $0.type == "arterial-wall-calcification" })
        #expect(atherosclerotic.contains { $0.type == "atherosclerosis" })
    }

    /// The two sides of a vessel pair joined by a hyphen ("right-left pulmonary arteries", the `VESSEL` define) are the
    /// vessels as with "and": their diameters said increased are a vascular enlargement; said normal, none.
    @Test func sidesJoinedByAHyphenNameTheVesselPair() throws {
        let wide = try extract.findings("The diameters of the pulmonary trunk and right-left pulmonary arteries increased by 35 and 29 mm.")
            .filter { $0.type == "vascular-enlargement" }
        #expect(wide.map(\.places) == [["pulmonary-artery"]])
        #expect(wide.first?.size?.maxMM == 35)
        #expect(try !extract.findings("The diameters of the pulmonary trunk and right-left pulmonary arteries are normal.")
            .contains { $0.type == "vascular-enlargement" })
    }
}
