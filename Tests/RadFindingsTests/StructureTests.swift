import RadFindings
import RadTestSupport
import Testing

/// Reading dataset finding strings (`radfind structure`), in the style of ReXGroundingCT.
@Suite struct StructureTests {
    let extract = try! Extract()

    @Test func mainFindingOfAString() throws {
        let record = try #require(extract.structure("Centrilobular nodular opacities in the lateral basal segment of the right lower lobe"))
        #expect(record.type == "centrilobular-opacity")
        #expect(record.category == "1e")
        #expect(record.focal == false)
        #expect(record.laterality == .right)
        #expect(record.lobes == ["RLL"])
        #expect(record.segments == ["RLL-lateral-basal"])
        #expect(record.ontology.lineage.contains("micronodule"))
    }

    @Test func ofThePhrasesReadingsTheOneWithACategoryIsTheMainOne() throws {
        // "ectasia" placed in the vessels and in both lungs: ectasia and vascular enlargement; the latter.
        let vessels = try #require(extract.structure("Peripherally located dilated vascular structures in both lungs"))
        #expect(vessels.type == "vascular-enlargement")
        #expect(vessels.category == "1f")
        #expect(extract.structure("Ectasia in the peripheral bronchiolar branches of the right lower lobe")?.type == "bronchiectasis")
        #expect(extract.structure("Soft tissue densities in the upper lobe of the right lung")?.category == "2d")
        #expect(extract.structure("Local thickening in the bronchovascular structures in the right middle lobe")?.type == "peribronchial-thickening")
        #expect(extract.structure("Enlarged vascular structures within the ground-glass areas")?.type == "vascular-enlargement")
        // Air trapping is a low-attenuation finding, filed with emphysema as the dataset mostly does.
        #expect(extract.structure("Air trapping areas in the basal segments of both lower lobes")?.category == "1c")
        // Irregularities of the pleura are the dataset's "other" (2h), not a pleural thickening.
        let irregularities = try #require(extract.structure("Radial irregularities along the pleura of the left upper lobe"))
        #expect(irregularities.type == "pleural-irregularity" && irregularities.category == "2h" && irregularities.lobes == ["LUL"])
        #expect(extract.structure("Pleural irregularities in the upper lobes of both lungs")?.category == "2h")
        let fissure = try #require(extract.structure("Focal area of increased thickness in the major fissure of the left lung"))
        #expect(fissure.type == "pleural-thickening")
        #expect(fissure.category == "2e")
    }

    /// A string that names no finding the lexicons know still describes one: its places are read.
    @Test func aStringNamingNoKnownFindingKeepsItsPlaces() throws {
        let record = try #require(extract.structure("Parenchymal abnormalities in the left lung upper lobe apicoposterior segment"))
        #expect(record.type == "change")
        #expect(record.category == nil)
        #expect(record.laterality == .left)
        #expect(record.lobes == ["LUL"])
        #expect(extract.structure("The right lung is not aerated")?.laterality == .right)
        #expect(extract.structure("Aerated area missing in the left lower lobe")?.lobes == ["LLL"])
        let trachea = try #require(extract.structure("Trachea shifted to the left"))
        #expect(trachea.places == ["trachea"])
        #expect(trachea.category == nil)
        // A change said of the lungs' findings is no recap in a string (nothing comes before it): the unnamed finding, placed.
        let regressed = try #require(extract.structure("Marked regression of the parenchymal changes in both lungs"))
        #expect(regressed.type == "change")
        #expect(regressed.laterality == .bilateral)
    }

    /// "cardiac edema" is a finding of its own: "cardiac" is not a place of the thickening before it.
    @Test func cardiacEdemaIsNoHeartPlace() throws {
        let record = try #require(extract.structure("Bilateral interlobular septal thickening suggesting mild cardiac edema"))
        #expect(record.type == "septal-thickening")
        #expect(record.category == "1d")
        #expect(record.places.isEmpty)
    }

    @Test func aWeakFindingNamedByAnotherIsNotTheMainOne() throws {
        #expect(extract.structure("Increased density consistent with scarring in the right middle lobe")?.type == "fibrotic-sequela")
    }

    @Test func aMainFindingWithoutASideTakesTheStrings() throws {
        // The band's own place is the pleura; the side and lobe the string gives are still the finding's.
        let record = try #require(extract.structure(
            "Thin fibrotic band extending towards the pleura with minimal ground glass opacity in the posterior segment of the right upper lobe"))
        #expect(record.type == "fibrotic-band")
        #expect(record.laterality == .right)
        #expect(record.lobes == ["RUL"])
    }

    @Test func aStringThatNamesNoFindingStillHasItsPlace() throws {
        let record = try #require(extract.structure("Similar findings in the anterior segment of the right upper lobe"))
        #expect(record.category == nil)
        #expect(record.laterality == .right)
        #expect(record.segments == ["RUL-anterior"])
    }

    @Test func featuresAfterWith() throws {
        #expect(extract.structure("Subcentimeter nodules with ground glass density in both lungs")?.category == "2c")
    }

    /// "Pneumonic infiltration" says what a density is thought to be, not what it looks like: the
    /// pattern it is described by is the finding ("in the form of", "with").
    @Test func aPneumonicInfiltrationIsWhatItLooksLike() throws {
        #expect(extract.structure("Pneumonic infiltrates with ground glass opacities in both lower lobes")?.category == "2c")
        #expect(extract.structure("Atypical pneumonic infiltration areas in the form of ground glass opacities in the right lung")?.category
            == "2c")
        #expect(extract.structure("Pneumonic infiltration in the posterior segment of the right upper lobe")?.category == "2b")
    }

    @Test func sizesAndSides() throws {
        let record = try #require(extract.structure("Subcentimeter nodules in both lungs, the largest measuring 6 mm in the right upper lobe"))
        #expect(record.size?.maxMM == 6)
        #expect(record.laterality == .bilateral)
        #expect(record.lobes == ["RUL"])
        // After a semicolon the largest one is still among the nodules, as after a comma.
        let semicolon = try #require(extract.structure("A few nonspecific nodules in both lungs; largest 4 mm in the lateral basal segment of the right lower lobe"))
        #expect(semicolon.size?.maxMM == 4)
        #expect(semicolon.laterality == .bilateral)
        #expect(semicolon.lobes == ["RLL"])
    }

    /// Typos of the commonest words still read (probe P172): a swapped or dropped letter in a side, a lobe level, a finding.
    @Test func typosOfSidesLevelsAndFindings() throws {
        let side = try #require(extract.structure("Emphysematous changes in the rigth upper lobe"))
        #expect(side.laterality == .right && side.lobes == ["RUL"])
        #expect(extract.structure("Nodule in the left lowe lobe")?.lobes == ["LLL"])
        #expect(extract.structure("Consolidaton in the right lower lobe")?.category == "2b")
        #expect(extract.structure("Ground glas opacity in the right lower lobe")?.category == "2c")
        // Not every word near one is taken for it: a glass without "ground" is no ground-glass opacity.
        #expect(extract.structure("Opacity like glass in the right lower lobe")?.category != "2c")
    }

    /// "none larger than 4 mm" bounds every member of the set: a size, no denial of the set (probe P172).
    @Test func noneLargerThanIsABoundNotADenial() throws {
        let bounded = try #require(extract.structure("Nodules in both lungs, none larger than 4 mm"))
        #expect(bounded.assertion == .present)
        #expect(bounded.size?.maxMM == 4 && bounded.size?.qualifier.rawValue == "upto")
        #expect(extract.structure("Nodules in the right lung, none of them exceeding 6 mm")?.size?.maxMM == 6)
        // A bare "none" after a finding still denies it, with the bound of what is denied.
        #expect(try extract.findings("Pleural effusion none.").first?.assertion == .absent)
        #expect(try extract.findings("Nodules larger than 4 mm, none.").first?.assertion == .absent)
    }

    /// "none of which are calcified" denies the feature after it, not the set before it (probe P172).
    @Test func noneOfWhichDeniesWhatFollows() throws {
        let nodules = try #require(extract.structure("Nodules in both lungs, none of which are calcified"))
        #expect(nodules.type == "nodule" && nodules.assertion == .present && nodules.laterality == .bilateral)
        let findings = try extract.findings("Nodules are seen in both lungs, none of them are calcified.")
        #expect(findings.first { $0.type == "calcification" }?.assertion == .absent)
        #expect(findings.first { $0.type == "nodule" }?.assertion == .present)
        // Said of a size it stays a bound (the longer size qualifier), no denial.
        #expect(extract.structure("Nodules in both lungs, none of which exceeds 5 mm")?.assertion == .present)
    }
}
