import RadFindings
import RadTestSupport
import Testing

/// Sizes (Grammars/sizes.xml): every form real reports use, and the numbers that are not sizes.
@Suite struct SizeTests {
    let extract = try! Extract()

    static let sizes: [(String, Double, [Double], String)] = [
        ("A 6 mm nodule is seen in the right lung.", 6, [6], "exact"),
        ("A nodule measuring approx. 6x4 mm was observed in the left lung.", 6, [6, 4], "approx"),
        ("A 3 x 4 x 5 cm mass is seen in the left lower lobe.", 50, [30, 40, 50], "exact"),
        ("A stable soft tissue nodule of approximately 5x4x5 in the right lung.", 5, [5, 4, 5], "approx"),
        ("A nodule of 1,2 cm in the right upper lobe.", 12, [12], "exact"),
        ("A nodule measuring approximately 1.2 cm is seen in the right lung.", 12, [12], "approx"),
        ("Subpleural calcified nodules, 2-3 mm in diameter, are seen in both lungs.", 3, [2, 3], "range"),
        // An en dash range reads as the hyphen's.
        ("Calcified nodules measuring 3–5 mm are seen in both lungs.", 5, [3, 5], "range"),
        // ... and so do a tilde, a minus sign and a non-breaking hyphen between two numbers (probe P175); a tilde before
        // one number is "approximately".
        ("Calcified nodules measuring 3~5 mm are seen in both lungs.", 5, [3, 5], "range"),
        ("Calcified nodules measuring 3\u{2212}5 mm are seen in both lungs.", 5, [3, 5], "range"),
        ("Calcified nodules measuring 3\u{2011}5 mm are seen in both lungs.", 5, [3, 5], "range"),
        ("A nodule measuring ~5 mm is seen in the right lung.", 5, [5], "approx"),
        ("Nodules up to 8 mm are seen in both lungs.", 8, [8], "upto"),
        ("Several nodules smaller than 5 mm are observed in both lungs.", 5, [5], "upto"),
        // A lower bound: "more than", "exceeding" (not "not exceeding", an upper one).
        ("Lymph nodes with a short axis of more than 1 cm are observed in the mediastinum.", 10, [10], "atleast"),
        ("A few lymph nodes exceeding 15 mm are observed in the right hilum.", 15, [15], "atleast"),
        ("Lymph nodes with a short axis not exceeding 8 mm are observed in the mediastinum.", 8, [8], "upto"),
        ("Nodules are seen in both lungs, the largest of which is 7 mm in diameter.", 7, [7], "upto"),
        // Of two or a few, "the larger" as "the largest" (probe P168).
        ("Two nodules are seen in the right lower lobe, the larger of which is 8 mm in diameter.", 8, [8], "upto"),
        ("A few lymph nodes are observed in the subcarinal area, the larger one measuring 12 mm in short axis.", 12, [12], "upto"),
        // A bare "the larger" before a measuring verb too (probe M166); "the larger right lobe" of an organ is no qualifier.
        ("Two small nodules are noted in the lingula, the larger measuring 7 mm.", 7, [7], "upto"),
        ("Two nodules are present in the left lower lobe. The larger is 9 mm.", 9, [9], "upto"),
        // The largest placed between it and its verb, in a sentence of its own or after the set (probe M166).
        ("Small nodules are noted in both lungs. The largest of them in the left lung measures 6 mm.", 6, [6], "upto"),
        ("Lymph nodes are seen on both sides, the largest on the left and measuring 11x8 mm.", 11, [11, 8], "upto"),
        ("A 6 mm x 4 mm nodule is seen in the right lung.", 6, [6, 4], "exact"),
        ("A ground-glass opacity measuring 12 mm by 5 mm is seen in the right lung.", 12, [12, 5], "exact"),
        ("A 5-mm nodule is seen in the lingula.", 5, [5], "exact"),
        // Sentences that exposed bugs.
        ("Peripheral lesion with central solid appearance measuring 1.5 cm in the apicoposterior segment of the left upper lobe.",
         15, [15], "exact"),
        ("Subcentimeter nodules in both lungs, some calcified; largest 5 mm in the right middle lobe.", 5, [5], "upto"),
        ("Consolidation in the right lower lobe measuring 4x3 cm, previously measuring approximately 5x3.5 cm.", 40, [40, 30], "exact"),
        ("A mass with spiculated contours, irregular borders and pleural retraction in the apical segment of the right upper lobe, measuring up to 48x38 mm.",
         48, [48, 38], "upto"),
        // Reports narrate in the past tense: "was" gives today's size, not an earlier one.
        ("The largest of these nodules is in the posterior segment of the left lung upper lobe and its size was 9 mm.", 9, [9], "exact"),
        // One unit for a list of lesions: the largest, not the last, and sizes of members up to it (scan T42), no one
        // lesion's dimensions.
        ("In the left lower lobe, 2 parenchymal nodules with 6 and 5 mm diameters are observed.", 6, [6, 5], "upto"),
        // A lower bound said as "larger than", a range "from … to" after "ranging" or with both units after "between", and
        // "being" as the verb of the largest placed (probe P170).
        ("Calcified nodules larger than 4 mm are seen in both lungs.", 4, [4], "atleast"),
        ("Nodules ranging in size from 3 mm to 7 mm are observed in both lungs.", 7, [3, 7], "range"),
        ("Nodules with diameters between 2 mm and 5 mm are seen in the left lung.", 5, [2, 5], "range"),
        ("Nodules are seen in both lungs, the largest in the right lung lower lobe being 7 mm.", 7, [7], "upto"),
        // The largest named again by its finding word then measured, or placed with its size in brackets, is a bound of
        // the set (probe M171); "the largest diameter" of one nodule is its own size.
        ("Several nodules are seen in both lungs. The largest of these nodules measured about 7x5 mm.", 7, [7, 5], "upto"),
        ("A few nodules are seen in both lungs, the largest of which is in the left lung upper lobe apical segment (3.8 mm).",
         3.8, [3.8], "upto"),
        ("A nodule is seen in the left lung. The largest diameter of the nodule is 6 mm.", 6, [6], "exact"),
        // The largest named by its finding word then placed, measured with no verb, or placed then joined to its size by
        // "and", is a bound of the set too (audit T54).
        ("Nodules are observed in both lungs, the largest nodule in the left lung lower lobe superior segment 5.5 mm in "
            + "diameter.", 5.5, [5.5], "upto"),
        ("Several lymph nodes are seen in the mediastinum, the largest of which is in the prevascular area and 14x8 mm in "
            + "size.", 14, [14, 8], "upto"),
        // The nodule's own size stays beside a distance from the diaphragm (probe P170).
        ("A nodule of 6 mm is seen in the left lung lower lobe, 3 cm above the diaphragm.", 6, [6], "exact"),
        // A CT-RATE typo: "m" for mm (audit HHHHHHH).
        ("A 2 m diameter nodule is observed in the subpleural area of the right lung upper lobe.", 2, [2], "exact"),
        // "by" between bare numbers, the unit said once at the end (probe P172).
        ("Consolidation of 6 by 4 cm is seen in the right lower lobe.", 60, [60, 40], "exact"),
        ("A mass of 30 by 20 by 15 mm is seen in the left upper lobe.", 30, [30, 20, 15], "exact"),
        // The unit glued to the "x" after it: every dimension, not the last alone (probe M173).
        ("A 7mmx5mm nodule is seen in the left lung upper lobe.", 7, [7, 5], "exact"),
        ("A consolidation measuring 4cmx3cmx2cm is seen in the right lower lobe.", 40, [40, 30, 20], "exact"),
    ]

    @Test(arguments: sizes)
    func readsSizes(_ sentence: String, _ max: Double, _ dims: [Double], _ qualifier: String) throws {
        let finding = try #require(try extract.findings(sentence).first)
        let size = try #require(finding.size, "no size in: \(sentence)")
        #expect(size.maxMM == max)
        #expect(size.dimsMM == dims)
        #expect(size.qualifier.rawValue == qualifier)
    }

    static let traps: [String] = [
        "A nodule is seen in the right upper lobe (series 3, image 112).",
        "The nodule in the right lung, seen 10 days ago, is stable.",
        "A fat-containing nodule with a density of -20 HU is seen in the right lung.",
        "Compared with the CT dated 03.02.2020, the nodule in the right lung is stable.",
        // A distance from the apex, as from the carina (probe P170).
        "A nodule is observed in the right lung upper lobe, 2 cm below the apex.",
        // "by" between numbers without a unit after them is no size (probe P172).
        "A nodule in the right lung is seen on images 6 by 4 of the coronal series.",
    ]

    @Test(arguments: traps)
    func numbersThatAreNotSizes(_ sentence: String) throws {
        let finding = try #require(try extract.findings(sentence).first { $0.type == "nodule" || $0.type == "lesion" })
        #expect(finding.size == nil, "\(sentence)")
    }

    @Test func sectionThicknessIsNotALesionSize() throws {
        let findings = try extract.findings("TECHNIQUE: Sections of 1.5 mm thickness.\nFINDINGS: 1.5 mm thick non-contrast sections show a nodule in the right lung.")
        #expect(findings.first?.size == nil)
    }

    @Test func sizeWordsGiveNoNumber() throws {
        let finding = try #require(try extract.finding("nodule", in: "A few millimetric nonspecific nodules in both lungs."))
        #expect(finding.size == nil)
        #expect(finding.sizeWord == "size.millimetric")
        #expect(finding.multiple)
        let adverb = try #require(try extract.finding("nodule", in: "Millimetrically sized nodules are seen in both lungs."))
        #expect(adverb.sizeWord == "size.millimetric")
    }

    /// "Ranging from 2 mm to 6 mm" is a range, no growth from an earlier size; "increased from 3 mm to 5 mm" is one; "larger
    /// than normal" is no bound (probe P170).
    @Test func aRangeFromToIsNoChange() throws {
        let range = try #require(try extract.finding("nodule", in: "Nodules ranging from 2 mm to 6 mm are seen in both lungs."))
        #expect(range.temporal == nil && range.size?.qualifier.rawValue == "range")
        let grown = try #require(try extract.finding("nodule", in: "The nodule in the left lower lobe increased from 3 mm to 5 mm."))
        #expect(grown.temporal == .increased && grown.size?.maxMM == 5 && grown.size?.qualifier.rawValue == "exact")
        let heart = try #require(try extract.finding("cardiomegaly", in: "The heart is larger than normal."))
        #expect(heart.assertion == .present && heart.size == nil)
    }

    /// "Of a few millimeters" is millimetric said with the unit; a few nodules measured in millimetres are not (probe P170).
    @Test func aFewMillimetersIsMillimetric() throws {
        #expect(try extract.finding("nodule", in: "Nodules of a few millimeters are observed in both lungs.")?.sizeWord
            == "size.millimetric")
        #expect(try extract.finding("nodule", in: "A nodule a few millimeters in size is seen in the right lung upper lobe.")?.sizeWord
            == "size.millimetric")
        let measured = try #require(try extract.finding("nodule", in: "A few nodules of 4 millimeters are seen in the left lung."))
        #expect(measured.sizeWord == nil && measured.size?.maxMM == 4)
    }

    @Test func theLargestMeasurementWins() throws {
        let finding = try #require(try extract.findings("Nodules of 3 mm and 9 mm are seen in the right lung.").first)
        #expect(finding.size?.maxMM == 9)
    }

    /// Sizes listed one after another measure the finding before them, not the one after the list.
    @Test func aListOfSizesIsOneFindings() throws {
        let findings = try extract.findings("Pleural effusions measuring 30 mm on the right and 22 mm on the left and passive atelectasis are seen.")
        #expect(findings.first { $0.type == "pleural-effusion" }?.size?.maxMM == 30)
        #expect(findings.first { $0.type == "atelectasis" }?.size == nil)
        // A size right before a finding of its own stays with it.
        let own = try extract.findings("Pleural effusion reaching 20 mm on the right and a 15 mm pericardial effusion.")
        #expect(own.first { $0.type == "pericardial-effusion" }?.size?.maxMM == 15)
    }

    /// What "with" adds to a finding, read as a phrase of its own, is where that finding is and takes neither its
    /// size nor a change said after it; a change said before it ("with newly developed …") stays its own.
    @Test func aFeatureReadApartIsTheFindingBefore() throws {
        // (a central calcification is the nodule's own, no finding at all: audit RRRRRRRR)
        let sized = try extract.findings("A nodule with central calcification measuring 8 mm is observed in the right upper lobe.")
        #expect(sized.map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["nodule 8.0"])
        let stable = try extract.findings("A nodule in the right upper lobe with cavitation, which is stable.")
        #expect(stable.map(\.type) == ["nodule", "cavity"])
        #expect(stable.map(\.temporal) == [.stable, nil])
        #expect(stable.map(\.lobes) == [["RUL"], ["RUL"]])
        let grown = try extract.findings("Consolidation area in the right lung with air bronchograms; increase in size.")
        #expect(grown.map(\.temporal) == [.increased, nil])
        // Its size may stand between them; "compatible with" is no feature word.
        let lesion = try extract.findings("The hamartomatous lesion in the posterior segment of the right lung upper lobe, "
            + "approximately 18x13 mm in size, with central calcification, is stable.")
        // (its central calcification is its own, no finding: audit RRRRRRRR)
        #expect(lesion.map { $0.size?.maxMM } == [18] && lesion.map(\.temporal) == [.stable])
        let calculus = try extract.findings("In the upper abdomen, a density compatible with calculus with a diameter of 3 mm "
            + "is observed in the left kidney.")
        #expect(calculus.last?.size?.maxMM == 3)
    }

    /// "The largest" measures the findings named before it, however close the next one stands; the change said
    /// after the list is every item's, the size between them being no word of a clause.
    @Test func theLargestIsOfTheFindingsBefore() throws {
        let findings = try extract.findings("The nodules in the right lung, the largest 6 mm, and the consolidation in the left lower "
            + "lobe are stable.")
        #expect(findings.map(\.type) == ["nodule", "consolidation"])
        #expect(findings.map { $0.size?.maxMM } == [6, nil])
        #expect(findings.map(\.temporal) == [.stable, .stable])
        let nodes = try extract.findings("There are multiple lymph nodes in the subcarinal and right hilar areas, the largest of which "
            + "measures 12 mm on the short axis, and the larger one shows calcification.")
        // (the calcification the larger one shows is its own, no finding: audit AAAAAAAA)
        #expect(nodes.map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["lymphadenopathy 12.0"])
    }

    /// Audit EEEEEEEE: "(the largest was 6.2 mm in the previous examination)" is the earlier size, compared with today's.
    @Test func theLargestOfTheEarlierExamination() throws {
        let nodules = try extract.findings("Four nodules are seen in the right lung, the largest of which is 5.5 mm in size (the "
            + "largest was 6.2 mm in size in the previous examination).")
        #expect(nodules.map { "\($0.size?.maxMM ?? 0) \($0.temporal?.rawValue ?? "-")" } == ["5.5 decreased"])
    }

    @Test func aNegatedFindingTakesNoSize() throws {
        let findings = try extract.findings(
            "Complete consolidation without air bronchograms in the posterobasal segment of the right lower lobe, measuring approximately 6.5x5.0 cm.")
        #expect(findings.first { $0.type == "consolidation" }?.size?.maxMM == 65)
        #expect(findings.first { $0.type == "air-bronchogram" }?.size == nil)
    }

    /// A size of an earlier examination is never the finding's; beside today's size it says how the finding changed.
    @Test func anEarlierSizeSaysTheChange() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.size?.maxMM ?? 0) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try read("The nodule in the right lung lower lobe measures 19 mm (44 mm in the previous examination).") == ["19.0 decreased"])
        #expect(try read("A 7.7 mm diameter (6.4 mm diameter in the previous examination) pulmonary nodule is observed.") == ["7.7 increased"])
        #expect(try read("A nodule with a diameter of 20 mm in the previous examination was observed as 13 mm in the current one.")
            == ["13.0 decreased"])
        // A change word of its own wins.
        #expect(try read("The nodule measuring 19 mm (18 mm in the previous examination) is stable.") == ["19.0 stable"])
        // The earlier size in a relative clause after today's is the same finding's; one after another finding named between
        // them is not (probe P170).
        #expect(try read("A nodule measuring 7 mm, which was 4 mm in the previous examination, is seen in the left lung.")
            == ["7.0 increased"])
        #expect(try read("A 9x6 mm nodule, which was previously 9x5 mm, is seen in the right lung middle lobe.") == ["9.0 stable"])
        #expect(try read("A nodule of 8 mm and a lymph node of 12 mm in the previous examination are observed.") == ["8.0 -", "0.0 -"])
        // Its place may stand between them, past eight words; another finding may not.
        #expect(try read("A nodule of 6 mm is seen in the right lung upper lobe, which was 4 mm in the previous CT examination.")
            == ["6.0 increased"])
        #expect(try read("A pleural effusion of 15 mm is observed on the right, and the pleural effusion on the left, which was 20 mm in "
            + "the previous examination, has regressed.") == ["15.0 -", "0.0 decreased"])
        // The earlier examination named by its date; today's named so is no earlier one.
        #expect(try read("A nodule of 7 mm is seen in the left lung upper lobe (5 mm on the CT dated 03.04.2021).") == ["7.0 increased"])
        #expect(try read("A nodule of 7 mm is seen in the left lung, in the current examination dated 03.04.2022.") == ["7.0 -"])
        #expect(try read("A nodule of 8 mm and a lymph node, which was 12 mm in the previous examination, are observed.")
            == ["8.0 -", "0.0 -"])
        // A size that "now" or "currently" and a verb follow is the earlier one, today's the one after them; one that
        // "before" closes, or one after the earlier examination and a pronoun, is no size of today (probe M173).
        #expect(try read("The nodule in the left lung lower lobe was 9 mm, now it is 7 mm.") == ["7.0 decreased"])
        #expect(try read("The nodule in the left lung lower lobe was 5 mm and is now 7 mm.") == ["7.0 increased"])
        #expect(try read("A nodule of 4 mm is seen in the left lung upper lobe; it was 7 mm before.") == ["4.0 -"])
        #expect(try read("A nodule of 4 mm is seen in the left lung upper lobe; in the previous CT it was 7 mm.") == ["4.0 -"])
        #expect(try read("A nodule of 5 mm is now observed in the left lung lower lobe.") == ["5.0 -"])
    }

    /// "The effusion increased by 12 mm": in CT-RATE's translations "increased by N mm" says what the finding measures now
    /// (every use in the development data, "The ascending aorta diameter has increased by 41 mm", is a measurement), so N is
    /// its size, and the change is said (probe M173).
    @Test func anIncreaseByIsTheSizeReached() throws {
        let read = try extract.findings("The left pleural effusion increased by 12 mm at its thickest point.")
            .map { "\($0.type) \($0.size?.maxMM ?? 0) \($0.temporal?.rawValue ?? "-")" }
        #expect(read == ["pleural-effusion 12.0 increased"])
    }

    /// An earlier size that opens a bracket is compared with today's size the bracket follows, however far (a place or
    /// the sentence's stop between), when no finding is named between them; "(9 mm previously)" is an earlier size too.
    @Test func aBracketedEarlierSizeSaysTheChange() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM ?? 0) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try read("Several nodules are observed in the right lung, the largest of which is 6.2 mm in size in the lower lobe "
            + "posterior basal segment (the largest was 4.5 mm in size in the previous examination).") == ["nodule 6.2 increased"])
        #expect(try read("There is a pericardial effusion measured at 9 mm in the current examination in its thickest part. "
            + "(measured as 14 mm in the old CT examination).") == ["pericardial-effusion 9.0 decreased"])
        #expect(try read("A nodule measuring 9 mm (6 mm previously) is observed in the right upper lobe.") == ["nodule 9.0 increased"])
        // Equal largest dimensions: stable.
        #expect(try read("A nodule measuring 8x5 mm in the left lower lobe laterobasal segment (8x6 mm in the previous "
            + "examination).") == ["nodule 8.0 stable"])
        // A change word of its own wins, and the earlier size is never the size.
        #expect(try read("The nodule in the right upper lobe has decreased to 6 mm (9 mm previously).") == ["nodule 6.0 decreased"])
        #expect(try read("The nodule in the right upper lobe has increased to 12 mm (8 mm previously).") == ["nodule 12.0 increased"])
        // A bracket of no earlier examination says nothing.
        #expect(try read("A nodule measuring 9 mm (6 mm in the axial plane) is observed in the right upper lobe.")
            == ["nodule 9.0 -"])
        // A finding named between: the bracket is that one's, not today's size's.
        #expect(try read("A 7 mm nodule is seen in the right upper lobe, and a consolidation area in the left lower lobe "
            + "(15 mm in the previous examination).") == ["nodule 7.0 -", "consolidation 0.0 -"])
    }

    /// A size before the first of coordinated findings is the first one's.
    @Test func aSizeBeforeCoordinatedFindingsIsTheFirstOnes() throws {
        let findings = try extract.findings("There is a 4 mm nodular density and ground glass density increases in the right lung upper lobe.")
        #expect(findings.map { $0.size?.maxMM } == [4, nil])
        #expect(try extract.findings("A 5 mm ground glass nodule is observed.").allSatisfy { $0.size?.maxMM == 5 })
    }

    /// A size said of coordinated findings one of which is secondary (`secondary` in findings.xml: an atelectasis beside
    /// the effusion that compresses the lung, a sequela beside nodules) is the other one's, in either order and per side
    /// (lab 453); findings none of which is secondary still share it, and a secondary one measured alone keeps its size.
    @Test func aSizeOfCoordinatedFindingsIsNotTheSecondaryOnes() throws {
        func sizes(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM ?? 0)" }
        }
        #expect(try sizes("Pleural effusion and atelectatic changes measuring 24 mm in thickness are observed on the left.")
            == ["pleural-effusion 24.0", "atelectasis 0.0"])
        #expect(try sizes("Bilateral pleural effusion and compressive atelectasis are seen, measuring 35 mm on the right and "
            + "18 mm on the left.") == ["pleural-effusion 35.0", "atelectasis 0.0"])
        #expect(try sizes("Atelectasis and pleural effusion reaching 20 mm are seen in the right hemithorax.")
            == ["atelectasis 0.0", "pleural-effusion 20.0"])
        #expect(try sizes("Linear atelectasis and pleural effusion 15 mm in thickness are seen on the left.")
            == ["linear-atelectasis 0.0", "pleural-effusion 15.0"])
        // A scar beside nodules: the size is the nodules' (val 1359).
        #expect(try sizes("Sequelae changes and nodules measuring 5 mm are observed in the right lung.")
            == ["fibrotic-sequela 0.0", "nodule 5.0"])
        // Emphysema beside the bullae it holds: the size is the bullae's; emphysema measured alone keeps it (probe M171).
        #expect(try sizes("Emphysema and bullae reaching 25 mm are observed in both upper lobes.")
            == ["emphysema 0.0", "bulla 25.0"])
        #expect(try sizes("Paraseptal emphysema areas up to 12 mm are observed in both upper lobes.")
            == ["paraseptal-emphysema 12.0"])
        // Not secondary: both measured alike.
        #expect(try sizes("Pleural thickening and effusion with a thickness of up to 12 mm are observed in the left hemithorax.")
            == ["pleural-thickening 12.0", "pleural-effusion 12.0"])
        #expect(try sizes("Nodules and micronodules are seen in both lungs, the largest 7 mm.") == ["nodule 7.0", "micronodule 7.0"])
        #expect(try sizes("Consolidation and ground glass areas of 4 cm are seen in the left lower lobe.")
            == ["consolidation 40.0", "ground-glass-opacity 40.0"])
        // Secondary findings named together share it; an atelectasis measured alone keeps its size.
        #expect(try sizes("Sequelae changes and atelectasis measuring 18 mm are seen in the left lower lobe.")
            == ["fibrotic-sequela 18.0", "atelectasis 18.0"])
        #expect(try sizes("An atelectasis measuring 32x15 mm is observed in the right lower lobe.") == ["atelectasis 32.0"])
    }

    /// A size said after a list measures its last item and the items of that one's kind (region, focal or not), not a
    /// pattern or a finding of another region listed before it (lab 571, 661); items of one kind still share it.
    @Test func aSizeAfterAListIsTheLastItemsKind() throws {
        func sizes(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM ?? 0)" }
        }
        #expect(try sizes("Emphysema, bullae, and nodules up to 5 mm are observed in both lungs.")
            == ["emphysema 0.0", "bulla 0.0", "nodule 5.0"])
        #expect(try sizes("Bronchiectatic changes and nodules measuring up to 4 mm are seen in the right lower lobe.")
            == ["bronchiectasis 0.0", "nodule 4.0"])
        #expect(try sizes("Nodules and cysts up to 6 mm are seen in both lungs.") == ["nodule 6.0", "cyst 6.0"])
        // A feature "with" adds is no list item: the lesion keeps its size.
        #expect(try sizes("A nodular lesion with a fat density of 9 mm is seen in the left kidney.").first == "nodule 9.0")
    }

    /// A size said after a bracketed reading ("(cyst?)") is the size of the finding the aside is about, not of the reading
    /// (audits B34, D34); a size inside the bracket stays the reading's, and a size before the bracket the finding's.
    @Test func aSizeAfterABracketedReadingIsTheFindingBefore() throws {
        func sizes(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM ?? 0)" }
        }
        #expect(try sizes("There are several hypodense lesions (cyst?) in both kidneys, the largest being 25 mm in diameter.")
            == ["low-density 25.0", "cyst 0.0"])
        let lesion = try extract.findings("A well-circumscribed hypodense lesion (cyst?) with a diameter of 2 cm in the lower pole "
            + "of the left kidney.")
        #expect(lesion.filter { $0.type != "cyst" }.map { $0.size?.maxMM } == [20])
        #expect(lesion.first { $0.type == "cyst" }?.size == nil)
        // (inside the bracket, the size is the reading's)
        let inside = try extract.findings("A hypodense lesion (a cyst of 15 mm?) in the upper pole of the right kidney.")
        #expect(inside.first { $0.type == "cyst" }?.size?.maxMM == 15)
    }

    /// A bracketed reading takes the size the finding it reads was given before the bracket, as a reading after an
    /// interpretation cue does (mechanism 141); not a size said after the bracket, nor one of a denied finding.
    @Test func aBracketedReadingTakesTheSizeSaidBeforeIt() throws {
        func sizes(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM ?? 0)" }
        }
        #expect(try sizes("A hypodense lesion with a diameter of 25 mm was observed in the upper pole of the left kidney (cyst).")
            == ["low-density 25.0", "cyst 25.0"])
        #expect(try sizes("In the upper abdominal sections, a 19x14 mm hypodense lesion was observed in the lateral crus of the "
            + "right adrenal gland (adenoma?).").contains("adenoma 19.0"))
        // (the same reading after an interpretation cue)
        #expect(try sizes("A hypodense lesion with a diameter of 25 mm was observed in the left kidney, compatible with cyst.")
            .contains("cyst 25.0"))
        // (a size after the bracket stays the lesion's only)
        #expect(try sizes("A nodular hypodense lesion (cyst?) with a diameter of 3 cm in the left kidney.").contains("cyst 0.0"))
        // (a reading in brackets after a finding with no size gets none)
        #expect(try sizes("A hypodense lesion was observed in the upper pole of the left kidney (cyst?).").contains("cyst 0.0"))
    }

    /// A sentence that opens with a size gives it to the findings of the sentence before, also when it goes on about them
    /// with a pronoun ("… and it has …"), and past sentences that only say something of them; not past one that names no
    /// finding at all (an organ's), nor when the sentence names a finding of its own (audits B34, D34).
    @Test func aSizeOpeningASentenceMeasuresTheFindingBefore() throws {
        let parser = try TestData.engine.makeParser(explain: false)
        func sizes(_ text: String) throws -> [Double?] {
            try parser.parse(id: "s", text: "FINDINGS: " + text).findings.map { $0.size?.maxMM }
        }
        #expect(try sizes("A hypoechoic nodule is seen in the left thyroid lobe. Its dimensions are 31x18 mm and it bulges the "
            + "contour of the gland.") == [31])
        #expect(try sizes("A solid nodule is seen in the right upper lobe. Its largest dimension is 18x12 mm.") == [18])
        #expect(try sizes("Fluid collections are seen in the right lobe of the liver. Its largest dimension was measured at the "
            + "level of the anterior segment of the right lobe, measuring 38x30 mm in the axial plane.") == [38])
        #expect(try sizes("A solid nodule is seen in the right upper lobe. It was not present in the previous examination. Its "
            + "largest dimension is 18x12 mm.") == [18])
        // (not past a sentence about an organ, nor to a finding of its own sentence's subject)
        #expect(try sizes("A solid nodule is seen in the right upper lobe. The liver is normal in size. Its largest dimension is "
            + "18x12 mm.") == [nil])
        #expect(try sizes("A hypoechoic nodule is seen in the left thyroid lobe. Its dimensions are 31x18 mm and a calcification "
            + "is seen in it.").first == .some(nil))
    }

    /// A sentence that names no finding gives its size to the finding before also when it opens with a verb and its
    /// preposition, two words no lexicon knows ("Measured at 44 mm."); not with more words before the size, nor when it
    /// names a place other than a side, nor when it is denied (mechanism m97).
    @Test func aSizeAfterAVerbAndItsPrepositionMeasuresTheFindingBefore() throws {
        let parser = try TestData.engine.makeParser(explain: false)
        func sizes(_ text: String) throws -> [Double?] {
            try parser.parse(id: "s", text: "FINDINGS: " + text).findings.map { $0.size?.maxMM }
        }
        #expect(try sizes("The descending aorta appears ectatic. Measured at 44 mm.") == [44])
        #expect(try sizes("A loculated pleural effusion is seen on the left. Measured as 26 mm on the left at its deepest point.")
            == [26])
        // (not with a third word before the size, nor past a lung place that names where something else is)
        #expect(try sizes("The descending aorta appears ectatic. Measured roughly at 44 mm.") == [nil])
        #expect(try sizes("A pleural effusion is seen in the left hemithorax. Measured at 12 mm in the right lower lobe.")
            == [nil])
    }

    /// A sentence opening with a place and a pronoun measures the finding before it, on its side only; a size said on the
    /// other side is no size of it.
    @Test func aSizeAfterAPlaceAndAPronounMeasuresTheFindingBeforeOnItsSide() throws {
        let parser = try TestData.engine.makeParser(explain: false)
        func sizes(_ text: String) throws -> [Double?] {
            try parser.parse(id: "s", text: "FINDINGS: " + text).findings.map { $0.size?.maxMM }
        }
        #expect(try sizes("A pleural effusion is seen on the left. In the left lung, it reaches 4.5 cm in thickness.") == [45])
        #expect(try sizes("Pleural effusion is present in both hemithoraces. On the right, it measures 31 mm at its deepest point.")
            == [31])
        // (the other side: no size; nor without a side, nor with a finding named in the opener)
        #expect(try sizes("A pleural effusion is seen on the right. On the left, it measures 19 mm at its deepest point.") == [nil])
        #expect(try sizes("A pleural effusion is seen on the left. In the previous study, it measured 19 mm.") == [nil])
        // (the other side named after a bare measurement: no size either; the same side: its size)
        #expect(try sizes("A loculated pleural effusion is seen on the right. Measured as 22 mm on the left at its deepest point.")
            == [nil])
        #expect(try sizes("A loculated pleural effusion is seen on the right. Measured as 22 mm on the right at its deepest point.")
            == [22])
    }

    @Test func aSoftTissueDensityIsMeasured() throws {
        // "soft tissue density" is a noun here, not an adjective left without a head; in the lung it is
        // a mass-like lesion.
        let finding = try #require(try extract.finding("mass", in: "An oval soft tissue density measuring 6x3 mm in the left upper lobe."))
        #expect(finding.size?.maxMM == 6)
    }

    @Test func aFindingNamedByItsPlaceTakesItsSize() throws {
        let finding = try #require(try extract.finding("pneumothorax", in: "A 7mm area of free air is seen in the right hemithorax."))
        #expect(finding.size?.maxMM == 7)
    }

    /// "with a diameter of", "measuring" lead a size in: it is the phrase's before them, not the nearer one after.
    @Test func aLedInSizeIsThePhraseBefore() throws {
        let findings = try extract.findings("A nodular formation with a diameter of approximately 11 mm with millimetric calcification "
            + "is observed in the right lower lobe.")
        #expect(findings.first { $0.type == "nodule" }?.size?.maxMM == 11)
        #expect(findings.first { $0.type == "calcification" }?.size == nil)
        // A size the previous examination measured stays a trap, lead-in and all.
        let nodule = try #require(try extract.finding("nodule", in: "A spiculated nodule with a diameter of 20 mm in the previous "
            + "examination in the right lung upper lobe was observed as 13x10 mm in the current examination."))
        #expect(nodule.size?.maxMM == 13)
    }

    @Test func aLymphNodeShortAxisStaysWithTheLymphNode() throws {
        let findings = try extract.findings("A 4 mm nodule in the right lung and a lymph node with a short axis of 12 mm in the mediastinum.")
        #expect(findings.first { $0.type == "nodule" }?.size?.maxMM == 4)
        #expect(findings.first { $0.type == "lymphadenopathy" }?.size?.maxMM == 12)
    }

    /// A size reaches no finding after it past "and" and that finding's own size ("…, and a 4 mm nodule"): the 15 mm short
    /// axis is the lymph node's, said before it.
    @Test func aSizeReachesNoFindingPastThatFindingsOwnSize() throws {
        let findings = try extract.findings("The largest lymph node in the mediastinum has a short axis of 15 mm, and a 4 mm "
            + "nodule is observed in the left lower lobe.")
        #expect(findings.first { $0.type == "nodule" }?.size?.maxMM == 4)
        #expect(findings.first { $0.type == "lymphadenopathy" }?.size?.maxMM == 15)
        // Sizes listed before a finding with a comma between them still reach it.
        let aorta = try extract.findings("The diameter of the ascending aorta is 44 mm, and the diameter of the descending "
            + "aorta is 31 mm, larger than normal.")
        #expect(aorta.first?.size?.maxMM == 44)
    }

    /// An organ's or vessel's measurement (the `size.structure` lead-in of sizes.xml) is the size only of a finding of that
    /// organ, and no size reaches into a clause with a subject of its own (audit mechanism M7).
    @Test func anOrgansMeasurementIsNoOtherFindingsSize() throws {
        let stent = try #require(try extract.finding("medical-material", in: "The diameter of the descending aorta reaches 75 mm at "
            + "the level of the arch, and a stent is seen in the thoracic aorta."))
        #expect(stent.size == nil)
        let density = try #require(try extract.finding("opacity", in: "The length of the liver was measured as 19 cm, and the "
            + "parenchymal density was markedly decreased."))
        #expect(density.size == nil)
        // A lesion measured on its own keeps its own size, not the organ's.
        let lesions = try #require(try extract.finding("low-density", in: "The spleen measures 150 mm, larger than normal, and "
            + "several hypodense lesions, the largest 12 mm in diameter, are observed."))
        #expect(lesions.size?.maxMM == 12)
        // The vessel's own widening takes its diameter, in the clause or past it.
        let dilatation = try #require(try extract.findings("The diameter of the ascending aorta is 46 mm and shows fusiform dilatation.").first)
        #expect(dilatation.size?.maxMM == 46)
        let aneurysm = try #require(try extract.findings("The diameter of the ascending aorta is 52 mm and there is aneurysmatic "
            + "dilatation in a short segment.").first)
        #expect(aneurysm.size?.maxMM == 52)
        // An organ that says where the lesion is does not make its measurement the organ's.
        let fluid = try #require(try extract.findings("Pericardial fluid near the left ventricle measures 15 mm.").first)
        #expect(fluid.size?.maxMM == 15)
    }

    /// "…, and a ground glass area is observed around it": a size stays in its clause when the next one has a subject and a
    /// verb of its own; a clause that only goes on about the finding ("and the largest is 8 mm") still measures it (audit
    /// mechanism M7).
    @Test func aSizeDoesNotReachIntoAClauseWithASubjectOfItsOwn() throws {
        let findings = try extract.findings("Consolidation is observed in the right upper lobe, measuring approximately 3 cm in "
            + "diameter, and a ground glass area is observed around it.")
        #expect(findings.first { $0.type == "consolidation" }?.size?.maxMM == 30)
        #expect(findings.first { $0.type == "ground-glass-opacity" }?.size == nil)
        let hernia = try #require(try extract.finding("hernia", in: "A 40 mm defect is observed in the anterior abdominal wall, and "
            + "herniation of the bowel loops is observed."))
        #expect(hernia.size == nil)
        let nodules = try #require(try extract.finding("nodule", in: "Nodules are observed in both lungs, and the largest is 8 mm "
            + "in the left lower lobe."))
        #expect(nodules.size?.maxMM == 8)
    }

    /// "A mass accompanied by atelectasis is observed …, with a diameter of 52 mm": a size said after what an accompaniment
    /// cue adds to a finding measures that finding when it is said past the clause's verb, or when what accompanies it is a
    /// kind of it (air bronchograms of a consolidation); a size before the guest, one right after a guest of its own kind,
    /// and a largest of the guest stay the guest's (audit mechanism M29).
    @Test func aSizeSaidAfterWhatAccompaniesAFindingMeasuresThatFinding() throws {
        func sized(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM.description ?? "-")" }
        }
        #expect(try sized("A soft tissue mass accompanied by atelectasis is seen in the left lower lobe, with a diameter of 52 mm "
            + "at its widest.") == ["mass 52.0", "atelectasis -"])
        #expect(try sized("Consolidation areas are observed in the right lower lobe, including air bronchograms of approximately "
            + "35x28 mm in size.") == ["consolidation 35.0", "air-bronchogram -"])
        #expect(try sized("A consolidation area accompanied by air bronchograms measuring 40x30 mm in the left lower lobe.")
            == ["consolidation 40.0", "air-bronchogram -"])
        // Not without a size, nor a size before the guest, nor a guest's own largest.
        #expect(try sized("Consolidation accompanied by air bronchograms in the left lower lobe.")
            == ["consolidation -", "air-bronchogram -"])
        #expect(try sized("A 25 mm mass accompanied by pleural thickening in the right upper lobe.")
            == ["mass 25.0", "pleural-thickening -"])
        #expect(try sized("Fibrotic changes accompanied by nodular consolidation areas, the largest of which is 14 mm, are seen "
            + "in the left upper lobe.") == ["fibrotic-sequela -", "consolidation 14.0"])
        #expect(try sized("Volume loss in the right upper lobe accompanied by a nodular structure of about 18x15 mm in size.")
            == ["volume-loss -", "nodule 18.0"])
    }

    /// "A nodule with a ground-glass appearance around it, measuring 6 mm": a size said after a phrase whose feature "with"
    /// adds measures the finding the feature describes, not the feature, and a reading in a bracket after it reads that
    /// finding; a feature read as a phrase of its own after the last feature word ("with bronchi filled with secretions")
    /// takes none either (mechanism 143). Not a size inside the phrase, nor one of a later finding.
    @Test func aSizeSaidAfterAFeatureMeasuresTheFindingItDescribes() throws {
        func sized(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.size?.maxMM.description ?? "-")" }
        }
        #expect(try sized("In the apical segment of the upper lobe of the right lung, there is a nodule with a ground-glass "
            + "appearance around it, measuring approximately 6 mm in diameter.") == ["ground-glass-nodule 6.0", "ground-glass-opacity -"])
        #expect(try sized("There is a stable nodular consolidation area with air bronchograms in approximately 15 mm diameter "
            + "in the posterior of the right lung upper lobe.") == ["consolidation 15.0", "air-bronchogram -"])
        #expect(try sized("There is a nodular lesion with a fat density of 11 mm, located cortical in the upper pole of the left "
            + "kidney (angiomyolipoma?).") == ["nodule 11.0", "low-density -", "angiomyolipoma 11.0"])
        #expect(try sized("In the posterobasal segment of the lower lobe of the left lung, there are several focal nodular "
            + "consolidations, with bronchi filled with secretions and the largest 5.5 mm in diameter.")
            == ["consolidation 5.5", "mucus-plug -"])
        // Not a size inside the phrase, nor one of a later finding.
        #expect(try sized("A nodule with a 4 mm calcification is observed in the right lung upper lobe.")
            == ["nodule -", "calcification 4.0"])
        #expect(try sized("A consolidation area with air bronchograms is observed in the left lower lobe, and a nodule with a "
            + "diameter of 8 mm is seen in the right upper lobe.") == ["consolidation -", "air-bronchogram -", "nodule 8.0"])
    }

    /// Whether a finding is several reads its sizes and places and the quantity word before it, not only its noun's number:
    /// a singular noun measured at several places is several findings; a plural noun (machine-translated) that a singular
    /// article opens and one size measures is one (audit mechanism M37).
    /// A size of a finding's largest member says more than a bound said of the set, in its sentence ("the largest …") or a
    /// later one (the member named again, "The largest is …"; there also any measured size of it); between two measured
    /// sizes, or two bounds, nothing changes, and a bound of one finding and a size of another stay apart (audit H35).
    @Test func aMeasuredSizeSaysMoreThanABound() throws {
        let parser = try TestData.engine.makeParser(explain: false)
        func sizes(_ text: String) throws -> [String] {
            try parser.parse(id: "s", text: "FINDINGS: " + text).findings.map { finding in
                "\(finding.type) " + (finding.size.map { "\($0.maxMM) \($0.qualifier.rawValue)" } ?? "-")
            }
        }
        #expect(try sizes("Lymph nodes with short axes smaller than 1 cm are observed in the mediastinum, the largest 6.5 mm.")
            == ["lymphadenopathy 6.5 upto"])
        #expect(try sizes("Nodules measuring up to 6 mm are seen in both lungs, the largest approximately 4 mm in the left "
            + "lower lobe.") == ["nodule 4.0 upto"])
        #expect(try sizes("Lymph nodes with short axes less than 1 cm are observed in the mediastinum. The largest of the lymph "
            + "nodes is in the subcarinal area, measuring 8.5 mm in its short axis.") == ["lymphadenopathy 8.5 upto"])
        #expect(try sizes("Nodules smaller than 1 cm are observed in both lungs. The largest is 7 mm.") == ["nodule 7.0 upto"])
        // (a bound alone, sizes listed after a bound or measuring it otherwise in its sentence, two bounds, a bound after a
        // measured size, two measured sizes: as before)
        #expect(try sizes("Nodules smaller than 5 mm are observed in both lungs.") == ["nodule 5.0 upto"])
        #expect(try sizes("Pleural effusion reaching 25 mm on the right and 12 mm on the left is observed.")
            == ["pleural-effusion 25.0 upto"])
        #expect(try sizes("A pleural effusion of 2 cm is observed on the left, reaching 6 cm in its deepest part.")
            == ["pleural-effusion 60.0 upto"])
        #expect(try sizes("Lymph nodes with short axes less than 1 cm are observed in the mediastinum. The largest of the lymph "
            + "nodes is in the subcarinal area, with a short axis of up to 8 mm.") == ["lymphadenopathy 10.0 upto"])
        #expect(try sizes("Nodules of 4 mm are observed in both lungs. The largest of these nodules is in the right lower lobe, "
            + "smaller than 1 cm.") == ["nodule 4.0 exact"])
        #expect(try sizes("Nodules of 5 mm are observed in both lungs. The largest of these nodules is in the right lower lobe, "
            + "measuring 8 mm.") == ["nodule 5.0 exact"])
        #expect(try sizes("Nodules of 3 mm and 8 mm are seen in the left lung.") == ["nodule 8.0 exact"])
        // (the bound of one finding, the size of another)
        #expect(try sizes("Lymph nodes with short axes less than 1 cm in the mediastinum and a 6 mm nodule in the right upper "
            + "lobe are observed.") == ["lymphadenopathy 10.0 upto", "nodule 6.0 exact"])
    }

    @Test func sizesPlacesAndArticlesSayHowManyFindingsThereAre() throws {
        func multiple(_ type: String, in sentence: String) throws -> Bool {
            try #require(try extract.finding(type, in: sentence)).multiple
        }
        // A singular noun with a size at each of several places: several.
        #expect(try multiple("nodule", in: "A nodule measuring 5 mm in the left upper lobe and 7 mm in the right lower lobe."))
        #expect(try multiple("nodule", in: "A nodule of 4 mm in the posterior segment of the right upper lobe, 6 mm in the "
            + "lingula is observed."))
        // One size (of two dimensions), sizes with no place between them, a size then and now: one.
        #expect(try !multiple("nodule", in: "A 5x7 mm nodule in the left lower lobe and the right upper lobe."))
        #expect(try !multiple("nodule", in: "A nodule measuring 5x7 mm in the right middle lobe."))
        #expect(try !multiple("nodule", in: "A nodule of 5 mm in the left upper lobe, previously 7 mm, is observed."))
        #expect(try !multiple("nodule", in: "A nodule measuring 6 mm in axial and 9 mm in coronal sections in the left lower lobe."))
        #expect(try !multiple("nodule", in: "The nodule that measured 9 mm in the lateral segment of the middle lobe in the "
            + "previous examination now measures 6 mm."))
        // A type that is one per side, measured on each side, is said by its side.
        #expect(try !multiple("pleural-effusion", in: "Pleural effusion measuring 22 mm on the right and 14 mm on the left "
            + "is observed."))
        // A plural noun after a singular article, measured by one size: one.
        #expect(try !multiple("calculus", in: "In the right kidney, a calculi with a diameter of 5 mm in the upper pole calyx."))
        #expect(try !multiple("calculus", in: "A calculi image of 9 mm in diameter is observed in the middle pole of the left kidney."))
        // Not without a size, nor with a bound, several sizes, a quantity of several, or an article of another phrase.
        #expect(try multiple("calculus", in: "A calculi is observed in the lower pole of the left kidney."))
        #expect(try multiple("lymphadenopathy", in: "One lymph nodes with a short axis measuring up to 14 mm in the mediastinum."))
        #expect(try multiple("nodule", in: "A few nodules of 4 mm are observed in both lungs."))
        #expect(try multiple("nodule", in: "Nodules are seen in the right lung, the largest 6 mm."))
        #expect(try multiple("lymphadenopathy", in: "Lymph nodes measuring 7 and 12 mm in the mediastinum."))
        #expect(try multiple("nodule", in: "An atelectasis and nodules measuring 5 mm are seen in the left lower lobe."))
    }
}
