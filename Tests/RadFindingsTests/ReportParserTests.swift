import RadFindings
import RadLexicon
import RadIO
import RadTestSupport
import Testing

/// The pipeline through the public API: engine, parser, output record.
@Suite struct ReportParserTests {
    static let engine = TestData.engine

    @Test func recordCarriesSentencesWithScalarOffsets() throws {
        let parser = try Self.engine.makeParser()
        let text = "FINDINGS: Ｎｏ effusion 😀. A 5 mm nodule.\nIMPRESSION: Nodule."
        let record = try parser.parse(id: "r1", text: text).record(knowledge: TestData.knowledge)
        let scalars = Array(text.unicodeScalars)
        #expect(record.sentences.map(\.text) == ["Ｎｏ effusion 😀.", "A 5 mm nodule.", "Nodule."])
        for sentence in record.sentences {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.start..<sentence.end])
            #expect(String(view) == sentence.text)
        }
        #expect(record.sentences.map(\.section) == ["findings", "findings", "impression"])
    }

    @Test func thisLocalizationInALaterSentenceTakesTheEarlierPlace() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "r2", text: "FINDINGS: A spiculated nodule of 12 mm is observed in the anterior segment "
            + "of the left lung upper lobe. There is also minimal volume loss in this localization.")
        let volumeLoss = try #require(report.findings.first { $0.type == "volume-loss" })
        #expect(volumeLoss.lobes == ["LUL"])
        #expect(volumeLoss.segments == ["LUL-anterior"])
        // Without an earlier place the words name nothing.
        let alone = try parser.parse(id: "r3", text: "FINDINGS: Minimal volume loss is observed in this localization.")
        #expect(alone.findings.first?.laterality == Laterality.none)
    }

    @Test func theDescribedNoduleIsWhereTheLastNoduleWas() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "r4", text: "FINDINGS: There is a 3.5 mm nodule in the posterobasal segment of the left lung "
            + "lower lobe. The described nodule was also present in the previous examination. "
            + "A 5 mm nodule in the right upper lobe and atelectasis adjacent to this nodule are seen.")
        // "The described nodule" in a later sentence is the nodule named before, again: its change is that one's.
        // "this nodule" in the sentence that names the nodule is that nodule: one finding.
        let nodules = report.findings.filter { $0.type == "nodule" }
        #expect(nodules.map(\.lobes) == [["LLL"], ["RUL"]])
        #expect(nodules.map(\.temporal) == [.stable, nil])
        #expect(nodules[0].explanation.contains { $0.role == "named-again" })
        #expect(nodules[1].explanation.contains { $0.role == "reference" })
        #expect(report.findings.first { $0.type == "atelectasis" }?.explanation.contains { $0.role == "proximity" } == true)
        // A weak word with none of its type before refers to the last finding of any type: a specific one, again.
        let lesion = try parser.parse(id: "r5", text: "FINDINGS: A soft tissue density of 25 mm is observed in the right lung "
            + "upper lobe. The described lesion was also present in the previous examination.")
        #expect(lesion.findings.map(\.type) == ["mass"])
        #expect(lesion.findings.first?.temporal == .stable)
    }

    /// "The described mass narrows the … bronchus", "the described lesion measures …, and nodules …": a finding a described-cue
    /// names again takes no place said in or after a later finding of its sentence (the airway a construction names, the
    /// place of the nodules after it): it stays the one named before, where that one is, and what it says (a size) is that
    /// one's. Without the cue, listed with the later finding, or as the largest member of a set, it keeps the place.
    @Test func aDescribedFindingTakesNoPlaceOfALaterFinding() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [Finding] { try parser.parse(id: "dl", text: "FINDINGS: " + text).findings }
        let airway = try read("A mass of 62 mm is observed in the apicoposterior segment of the left upper lobe. The described mass "
            + "narrows and obliterates the left lung main bronchus.")
        #expect(airway.map(\.type) == ["mass", "airway-narrowing"])
        #expect(airway[0].lobes == ["LUL"])
        let apart = try read("A mass lesion is seen in the lateral segment of the middle lobe. The described lesion measures 24 mm, "
            + "and nodules are observed in the left lung.")
        #expect(apart.map(\.type) == ["mass", "nodule"])
        #expect(apart.map(\.laterality) == [.right, .left])
        #expect(apart[0].size?.maxMM == 24)
        // (no cue: a finding of its own, where the airway is)
        let first = try read("A mass narrows the left lung main bronchus.")
        #expect(first.map(\.laterality) == [.left, .left])
        // (listed with the later finding: the place is theirs both)
        let listed = try read("Nodules are observed in the right upper lobe. The described nodules and consolidation areas are "
            + "seen in the right lower lobe.")
        #expect(listed.map(\.lobes) == [["RUL"], ["RLL"], ["RLL"]])
        // (the largest member of a set: its places are the set's)
        let largest = try read("Ground glass areas are observed in both lungs, the largest of which is a ground glass area "
            + "accompanied by minimal consolidation in the right lower lobe superior segment.")
        #expect(largest.first { $0.type == "ground-glass-opacity" }?.lobes == ["RLL"])
    }

    /// "The size of the lesion described is 22 mm, apart from this, nodules in the left lung": a reference cue right after
    /// a finding ("described", "described above", "mentioned above") names it again as "the described lesion" does, so it
    /// takes no place of a later finding of its sentence and is the one named before. Not the place of a later finding
    /// listed with it past the cue ("the nodules described and consolidation areas in the right lower lobe"), nor a place
    /// after the cue when no later finding follows (its own: "nodules mentioned in the left lower lobe").
    @Test func aFindingFollowedByADescribedCueTakesNoPlaceOfALaterFinding() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [Finding] { try parser.parse(id: "da", text: "FINDINGS: " + text).findings }
        let described = try read("A mass lesion is observed in the posterior segment of the right upper lobe. The size of the "
            + "lesion described is 22x18 mm in this examination, apart from this, nodules are observed in the left lung.")
        #expect(described.map(\.type) == ["mass", "nodule"])
        #expect(described.map(\.laterality) == [.right, .left])
        #expect(described[0].size?.maxMM == 22)
        let above = try read("Several nodules are seen in the right middle lobe. Although the nodules described above are "
            + "nonspecific, the consolidation area in the left lower lobe is suspicious for infection.")
        #expect(above.filter { $0.type == "nodule" }.map(\.lobes) == [["RML"]])
        let mentioned = try read("A cystic lesion is seen in the right lower lobe. The dimensions of the lesion mentioned above "
            + "are 15 mm, apart from this, nodules are observed in the left lung.")
        #expect(mentioned.map(\.type) == ["cyst", "nodule"])
        #expect(mentioned[0].size?.maxMM == 15)
        // (listed with the later finding past the cue: the place is theirs both)
        let listed = try read("Nodules are observed in the right upper lobe. The nodules described and consolidation areas are "
            + "seen in the right lower lobe.")
        #expect(listed.map(\.lobes) == [["RUL"], ["RLL"], ["RLL"]])
        // (no later finding: the place after the cue is its own)
        let own = try read("Nodules mentioned in the left lower lobe in the previous examination are not observed in this "
            + "examination.")
        #expect(own.map(\.lobes) == [["LLL"]])
    }

    /// A bare "effusion" named again — by a reference cue or with a change of its own — right after a pericardial effusion is
    /// that one (its change and its labels), no pleural effusion; one with a place of its own, one after a pleural effusion,
    /// after a denied pericardial effusion, with nothing before it or with no reference and no change stays pleural.
    @Test func aBareEffusionNamedAgainIsTheSpecificEffusionBeforeIt() throws {
        let parser = try Self.engine.makeParser(explain: true)
        func read(_ text: String) throws -> (types: [String], changes: [TemporalChange?], pleural: Int, pericardial: Int) {
            let report = try parser.parse(id: "e", text: "FINDINGS: " + text)
            return (report.findings.map(\.type), report.findings.map(\.temporal), report.labels[.pleuralEffusion] ?? -1,
                    report.labels[.pericardialEffusion] ?? -1)
        }
        // (the sentence before, by its change)
        let amount = try read("A small pericardial effusion is seen. Compared with the prior examination, the amount of effusion "
            + "has not changed.")
        #expect(amount.types == ["pericardial-effusion"])
        #expect(amount.changes == [.stable])
        #expect(amount.pleural == 0 && amount.pericardial == 1)
        // (by "the", with what it says of it; and earlier in its own sentence)
        let described = try parser.parse(id: "e2", text: "FINDINGS: There is a pericardial effusion measuring 9 mm at its "
            + "thickest part. The effusion is slightly hyperdense.")
        #expect(described.findings.map(\.type) == ["pericardial-effusion", "high-density"])
        #expect(described.findings.first?.explanation.contains { $0.role == "named-again" && $0.text == "effusion" } == true)
        let same = try read("There is a pericardial effusion reaching 8 mm, and the amount of effusion has decreased compared "
            + "with the previous study.")
        #expect(same.types == ["pericardial-effusion"])
        #expect(same.pleural == 0)
        // A pleural effusion between them is the one named again.
        let between = try read("Mild pericardial effusion is present. There is effusion in the right pleural space. The amount "
            + "of effusion has increased.")
        #expect(between.types == ["pericardial-effusion", "pleural-effusion"])
        #expect(between.changes == [nil, .increased])
        // A place of its own in the hemithoraces, no specific effusion before it, or only a denied one: a pleural effusion.
        let placed = try read("Minimal pericardial effusion. Compared with the previous examination, effusion has increased in "
            + "both hemithoraces.")
        #expect(placed.types == ["pericardial-effusion", "pleural-effusion"])
        #expect(placed.pleural == 1)
        #expect(try read("Heart size is normal. The amount of effusion has not changed compared with the previous examination.")
            .types == ["pleural-effusion"])
        let denied = try read("No pericardial effusion was seen. The amount of effusion has decreased compared with the previous "
            + "study.")
        #expect(denied.types == ["pericardial-effusion", "pleural-effusion"])
        #expect(denied.pleural == 1 && denied.pericardial == 0)
        // (nor one named with no reference and no change)
        #expect(try read("A small pericardial effusion is seen. Effusion is also seen.").types
            == ["pericardial-effusion", "pleural-effusion"])
    }

    /// A bare narrowing in a sentence that opens with a pronoun, right after (or in its sentence after) a narrowing its place
    /// made a vessel's, is that vessel narrowing again, no airway narrowing of the lungs; after an airway narrowing, after a
    /// finding of another kind, or with no pronoun it stays what its word says.
    @Test func aBareNarrowingAfterAPronounIsTheVesselNarrowingBeforeIt() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "n", text: "FINDINGS: " + text).findings.map { "\($0.type) \($0.category?.rawValue ?? "-") \($0.places)" }
        }
        // (the sentence before)
        #expect(try read("Severe stenosis is seen at the origin of the truncus coeliacus. It leads to luminal narrowing.")
            == ["narrowing - [\"abdominal-aorta\"]"])
        // (earlier in its own sentence)
        #expect(try read("It also causes narrowing of the superior mesenteric artery proximally, but a more marked narrowing is seen "
            + "just beyond it.")
            == ["narrowing - [\"abdominal-aorta\"]"])
        // An airway narrowing before it, a finding of another kind, or no pronoun: an airway narrowing all the same.
        #expect(try read("Narrowing of the left main bronchus is observed. It causes luminal narrowing distally.")
            == ["airway-narrowing 1f [\"left-main-bronchus\"]"])
        #expect(try read("A hilar mass is seen on the right. It causes luminal narrowing.")
            .contains { $0.hasPrefix("airway-narrowing 1f") })
        #expect(try read("Severe stenosis is seen at the origin of the truncus coeliacus. Luminal narrowing is also seen.")
            == ["narrowing - [\"abdominal-aorta\"]", "airway-narrowing 1f []"])
    }

    /// "The nodule", like "the described nodule", is one named before: in the same sentence or a later one it
    /// is that finding, and what it says of it is that one's.
    /// A broader finding said to be a narrower one that does not name its labels keeps that reading as a finding of its
    /// own ("nodular lesions consistent with metastasis": the nodules and a metastasis), so the impression's "mass lesions
    /// consistent with metastasis" are that metastasis named again, not a third finding.
    @Test func aReadingKeptBesideItsFindingTakesItsImpressionCopy() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "i1", text: "FINDINGS: Diffuse nodular lesions consistent with metastasis are seen in both "
            + "lungs. IMPRESSION: Multiple mass lesions consistent with metastasis in both lungs in a patient with a known primary "
            + "tumor.")
        #expect(report.findings.map { "\($0.type) \($0.sentence)" } == ["nodule 0", "mass 0"])
        // Of the finding's own type, the reading is the finding: one mass, the impression's copy merged into it.
        let masses = try parser.parse(id: "i2", text: "FINDINGS: There are masses in both adrenal glands, larger on the left, and "
            + "they were evaluated in favor of metastases. IMPRESSION: Bilateral adrenal masses, metastasis?")
        #expect(masses.findings.filter { $0.assertion == .present }.map(\.type) == ["mass"])
    }

    @Test func theNoduleIsTheNoduleNamedBefore() throws {
        let parser = try Self.engine.makeParser()
        let same = try parser.parse(id: "d1", text: "FINDINGS: A few nodules were observed in both lungs, the largest of which was "
            + "5 mm in the right lower lobe, and no difference was found in the size and number of the nodules.")
        let nodule = try #require(same.findings.first)
        #expect(same.findings.count == 1)
        #expect(nodule.temporal == .stable)
        #expect(nodule.size?.maxMM == 5)
        #expect(nodule.lobes == ["RLL"])
        let later = try parser.parse(id: "d2", text: "FINDINGS: A nodule in the middle lobe. The nodule is stable. "
            + "There was no difference in the size and appearance of the nodule.")
        #expect(later.findings.map(\.lobes) == [["RML"]])
        #expect(later.findings.first?.temporal == .stable)
        // "was not present in the patient's previous examination" says the finding named before is new (audit QQQQQQ).
        let possessive = try parser.parse(id: "d11", text: "FINDINGS: Pneumothorax is observed on the right. Pneumothorax was not "
            + "present in the patient's previous examination.")
        #expect(possessive.findings.map(\.temporal) == [.new])
        // A weak word names the specific finding before it of any type: "the lesion" after a mass is the mass (audit YYYYY).
        let lesion = try parser.parse(id: "d7", text: "FINDINGS: An irregular mass measuring 20 mm was observed in the left lung lower "
            + "lobe. The size of the lesion was reduced compared to the previous examination.")
        #expect(lesion.findings.map(\.type) == ["mass"])
        #expect(lesion.findings.first?.temporal == .decreased)
        // A broader word names a narrower finding of the lung when none of its own type is before: "the nodule" after a ground
        // glass nodule is that nodule (audit Z13); after a mass of the mediastinum, "the nodules" are nodules of their own.
        let narrower = try parser.parse(id: "d14", text: "FINDINGS: A ground glass nodule of 9 mm is observed in the anterior segment "
            + "of the right lung upper lobe. The nodule is slightly irregularly circumscribed.")
        #expect(narrower.findings.map(\.type) == ["ground-glass-nodule"])
        let organ = try parser.parse(id: "d15", text: "FINDINGS: An infiltrative mass is observed in the anterior mediastinum. However, "
            + "an increase in the number and size of the nodules is observed.")
        #expect(organ.findings.map(\.type) == ["mass", "nodule"])
        // So does the word a narrower type restates ("centrilobular nodules" restate "nodule"): "the described nodules" and
        // "the nodules described" after them are those, and the regression said is theirs (audit lab 471).
        let restated = try parser.parse(id: "d16", text: "FINDINGS: Millimetric centrilobular nodules are observed in the right "
            + "lung upper lobe. The appearance of the described nodules is nonspecific. Compared with the previous examination, "
            + "a marked regression is observed in the nodules described.")
        #expect(restated.findings.map(\.type) == ["centrilobular-nodule"])
        #expect(restated.findings.first?.temporal == .decreased)
        // Not placed elsewhere by its own words, not after one of its very type, and not a sibling restating the same word.
        let placedApart = try parser.parse(id: "d17", text: "FINDINGS: Millimetric centrilobular nodules are observed in the right "
            + "lung upper lobe. The described nodules in the left lung lower lobe have regressed.")
        #expect(placedApart.findings.map(\.type) == ["centrilobular-nodule", "nodule"])
        #expect(placedApart.findings.map(\.temporal) == [nil, .decreased])
        let ownType = try parser.parse(id: "d18", text: "FINDINGS: Millimetric centrilobular nodules are observed in the right lung "
            + "upper lobe. A 6 mm nodule is observed in the left lung lower lobe. The described nodules are stable.")
        #expect(ownType.findings.map(\.type) == ["centrilobular-nodule", "nodule"])
        #expect(ownType.findings.map(\.temporal) == [nil, .stable])
        let sibling = try parser.parse(id: "d19", text: "FINDINGS: Linear atelectasis is observed in the right lung lower lobe. The "
            + "described subsegmental atelectasis has regressed compared with the previous examination.")
        #expect(sibling.findings.map(\.type) == ["linear-atelectasis", "subsegmental-atelectasis"])
        // "The largest of these" names one of those named before: the set, its size (audit DDDDDD).
        let largest = try parser.parse(id: "d8", text: "FINDINGS: There are many scattered nodules in both lungs. The largest of these "
            + "nodules measured approximately 7x6 mm.")
        #expect(largest.findings.map(\.laterality) == [.bilateral])
        #expect(largest.findings.first?.size?.maxMM == 7)
        // … and so does "the largest of the described" (audit CCCCCCC).
        let described = try parser.parse(id: "d9", text: "FINDINGS: Nodules were observed in both lungs. The largest of the "
            + "described nodules is observed in the apicoposterior segment of the left lung upper lobe and measures 12 mm.")
        #expect(described.findings.count == 1)
        #expect(described.findings.first?.size?.maxMM == 12)
        // … and so does "the larger of these" (probe P168).
        let larger = try parser.parse(id: "d9b", text: "FINDINGS: A few nodules are observed in the right lung. The larger of "
            + "these nodules is 8 mm in the middle lobe.")
        #expect(larger.findings.count == 1)
        #expect(larger.findings.first?.lobes == ["RML"] && larger.findings.first?.size?.maxMM == 8)
        // … and a bare "the largest" before the noun (audit FFFFFFF).
        let nodes = try parser.parse(id: "d10", text: "FINDINGS: Lymph nodes are observed in the mediastinum. The largest lymph "
            + "nodes described are observed in the subcarinal area, measuring 10 mm.")
        #expect(nodes.findings.count == 1)
        #expect(nodes.findings.first?.size?.maxMM == 10)
        // ... with a place of its own not elsewhere than theirs, the set with that place added (`member` in cues.xml); on the
        // other side, another one.
        let placed = try parser.parse(id: "d9", text: "FINDINGS: There are millimetric nodules in both lungs. The largest of these "
            + "nodules is observed in the lower lobe of the right lung and the longest diameter is 6 mm.")
        #expect(placed.findings.map(\.lobes) == [["RLL"]])
        #expect(placed.findings.first?.laterality == .bilateral && placed.findings.first?.size?.maxMM == 6)
        let other = try parser.parse(id: "d10", text: "FINDINGS: There are millimetric nodules in the left lung. The largest of these "
            + "nodules is observed in the lower lobe of the right lung.")
        #expect(other.findings.map(\.laterality) == [.left, .right])
        // "…, the largest of which is a <finding>" in the set's own sentence: the set, its place and size added (audit Y13);
        // on the other side, another one.
        let which = try parser.parse(id: "d11", text: "FINDINGS: Ground glass opacities are seen in both lungs, the largest of which "
            + "is a ground glass opacity of 25 mm in the laterobasal segment of the left lung lower lobe.")
        #expect(which.findings.map(\.lobes) == [["LLL"]])
        #expect(which.findings.first?.laterality == .bilateral && which.findings.first?.size?.maxMM == 25)
        let apart = try parser.parse(id: "d12", text: "FINDINGS: Nodules are observed in the left lung, the largest of which is a "
            + "nodule of 6 mm in the lower lobe of the right lung.")
        #expect(apart.findings.map(\.laterality) == [.left, .right])
        // … and a largest member named after a station of its own, then measured (audit B32: the cue's window of four words).
        let station = try parser.parse(id: "d14", text: "FINDINGS: Lymph nodes are seen in the mediastinum, the largest of which "
            + "was the left lower paratracheal lymph node with a short axis of 2.1 cm.")
        #expect(station.findings.map(\.size?.maxMM) == [21])
        // … and "the largest of which is 7 mm" stays the set's size.
        let size = try parser.parse(id: "d13", text: "FINDINGS: Nodules are seen in both lungs, the largest of which is 7 mm in diameter.")
        #expect(size.findings.map(\.size?.maxMM) == [7])
        // In a bracket, where its host is: the same finding (audit UUUUU, train_686).
        let bracket = try parser.parse(id: "d6", text: "FINDINGS: Nodules in the lower lobes of both lungs (the appearance of the "
            + "nodules is not specific).")
        #expect(bracket.findings.map(\.lobes) == [["RLL", "LLL"]])
        // Asserted otherwise, it stays a finding of its own, where that one is.
        let hedged = try parser.parse(id: "d5", text: "FINDINGS: A nodule in the right upper lobe. "
            + "Possibly, the described nodule has increased.")
        #expect(hedged.findings.map(\.lobes) == [["RUL"], ["RUL"]])
        #expect(hedged.findings.map(\.assertion) == [.present, .uncertain])
        // A place of its own makes it another one.
        let two = try parser.parse(id: "d3", text: "FINDINGS: The effusion on the right has increased and the effusion on the left is new.")
        #expect(two.findings.map(\.laterality) == [.right, .left])
        #expect(two.findings.map(\.temporal) == [.increased, .new])
        // A pronoun sentence doubting what the nodules are names the same nodules (one finding, present), and "around
        // the nodules" is where they are; a place of its own elsewhere than the one before makes it another one.
        let doubted = try parser.parse(id: "d6", text: "FINDINGS: Nodules are observed in the left upper lobe. It may belong to "
            + "nodules due to anthracosis. Ground glass density is observed around the nodules.")
        #expect(doubted.findings.map { "\($0.type) \($0.assertion.rawValue) \($0.lobes)" }
            == ["nodule present [\"LUL\"]", "ground-glass-opacity present [\"LUL\"]"])
        let elsewhere = try parser.parse(id: "d7", text: "FINDINGS: Sequelae changes are observed in the left upper lobe. An increase "
            + "in linear density is observed in the lower lobe of the right lung, and it was thought to be compatible with the "
            + "sequelae change.")
        #expect(elsewhere.findings.filter { $0.type == "fibrotic-sequela" }.map(\.lobes) == [["LUL"], ["RLL"]])
        // "the" names the finding right after it, not one a few words on.
        let kidney = try parser.parse(id: "d4", text: "FINDINGS: Hypodense nodules in both kidneys. Sequelae in the apical segment "
            + "and calcified nodules in millimetric sizes.")
        #expect(kidney.findings.last?.category?.rawValue == "2d")
    }

    /// "The largest of these is in the right lower lobe and measures 30 mm.": a sentence that names no finding and opens with
    /// the largest member of the set named before (after a comparison at most) gives that set the member's place and its size,
    /// up to it; a member placed on the other side says nothing of it (probe M169).
    @Test func aLargestMemberWithoutANounIsTheSetBefore() throws {
        let parser = try Self.engine.makeParser(explain: false)
        let lobe = try parser.parse(id: "lm1", text: "FINDINGS: Small nodules are seen in both lungs. The largest of these is in the "
            + "right lower lobe and measures 30 mm.")
        #expect(lobe.findings.map(\.laterality) == [.bilateral] && lobe.findings.map(\.lobes) == [["RLL"]])
        #expect(lobe.findings.first?.size?.maxMM == 30 && lobe.findings.first?.size?.qualifier == .upto)
        let them = try parser.parse(id: "lm2", text: "FINDINGS: Scattered nodules are noted in both lungs. The largest of them is in "
            + "the left upper lobe, 8 mm.")
        #expect(them.findings.map(\.lobes) == [["LUL"]] && them.findings.first?.size?.maxMM == 8)
        let framed = try parser.parse(id: "lm3", text: "FINDINGS: A few nodules are present in both lungs. When compared with the "
            + "prior study, the largest one is seen in the lateral basal segment of the right lower lobe.")
        #expect(framed.findings.map(\.lobes) == [["RLL"]] && framed.findings.first?.segments == ["RLL-lateral-basal"])
        let station = try parser.parse(id: "lm4", text: "FINDINGS: Several lymph nodes are seen in the mediastinum. The largest was "
            + "measured in the right paratracheal area, measuring 12x9 mm.")
        #expect(station.findings.map(\.size?.maxMM) == [12])
        // (a doubt past its size is of what follows; one before it leaves the set unmeasured: probe M171, val 437_a's shape)
        let doubtAfter = try parser.parse(id: "lm8", text: "FINDINGS: Several lymph nodes are seen in the mediastinum. However, "
            + "the largest was measured as 25x18 mm in the subcarinal area, probably overlapping each other.")
        #expect(doubtAfter.findings.map(\.size?.maxMM) == [25])
        let doubtBefore = try parser.parse(id: "lm9", text: "FINDINGS: Several lymph nodes are seen in the mediastinum. The largest "
            + "is probably in the subcarinal area and measures 25 mm.")
        #expect(doubtBefore.findings.map(\.size?.maxMM) == [nil])
        // (its own size said with its noun, exact, is a bound of the set too)
        let noun = try parser.parse(id: "lm6", text: "FINDINGS: Nodules are seen in both lungs. The largest of these nodules "
            + "is in the right lower lobe and measures 6 mm.")
        #expect(noun.findings.map(\.size?.qualifier) == [.upto])
        // (a size said of "it" is the finding's, not that of the calcification the finding has: probe M169)
        let calcified = try parser.parse(id: "lm7", text: "FINDINGS: A nodule is seen in the left lower lobe. It is 6 mm in size "
            + "and has calcification.")
        #expect(calcified.findings.map(\.type) == ["nodule"] && calcified.findings.first?.size?.maxMM == 6)
        let apart = try parser.parse(id: "lm5", text: "FINDINGS: A few nodules are seen in the left lung. The largest of these is "
            + "in the right lower lobe, 9 mm.")
        #expect(apart.findings.map(\.laterality) == [.left] && apart.findings.map(\.lobes) == [[]])
        #expect(apart.findings.first?.size == nil)
    }

    /// "One of them is in the left lower lobe and measures 6 mm.", "The other one measures 8 mm.": a sentence that names no
    /// finding and opens with some member of the set named before, not the largest (`some` in cues.xml), gives that set its
    /// place and its size where larger than the set's measured one; a bound of the set stays, a member on the other side says
    /// nothing of it (probe M169).
    @Test func someMemberWithoutANounIsTheSetBefore() throws {
        let parser = try Self.engine.makeParser(explain: false)
        // (side, lobes, size and qualifier of each finding)
        func read(_ text: String) throws -> [String] {
            let findings = try parser.parse(id: "sm", text: "FINDINGS: " + text).findings
            return findings.map { [$0.laterality.rawValue, "\($0.lobes)", $0.size.map { "\($0.maxMM) \($0.qualifier.rawValue)" } ?? "-"]
                .joined(separator: " ") }
        }
        #expect(try read("Nodules are noted in both lungs. One of them is in the left lower lobe and measures 6 mm.")
            == ["bilateral [\"LLL\"] 6.0 exact"])
        #expect(try read("Two nodules are noted in the right lung, one of them 5 mm. The other one measures 8 mm.")
            == ["right [] 8.0 exact"])
        #expect(try read("Two nodules are noted in the right lung, one of them 8 mm. The other one measures 5 mm.")
            == ["right [] 8.0 exact"])
        #expect(try read("Nodules smaller than 1 cm are noted in both lungs. One of these is in the left lower lobe and measures 6 mm.")
            == ["bilateral [\"LLL\"] 10.0 upto"])
        #expect(try read("Nodules are noted in the left lung. One of them is in the right lower lobe.") == ["left [] -"])
    }

    /// "The largest of the paraesophageal lymph nodes …": a finding the article names again with a place of its own, in a
    /// later sentence, is the one named before where it is; placed more narrowly, it is another one.
    @Test func aFindingNamedAgainWithItsPlaceIsTheFindingBefore() throws {
        let parser = try Self.engine.makeParser()
        let nodes = try parser.parse(id: "r1", text: "FINDINGS: Lymph nodes are observed in the paraesophageal area. The largest of "
            + "the paraesophageal lymph nodes was measured as 9x5.5 mm.")
        #expect(nodes.findings.map(\.type) == ["lymphadenopathy"])
        #expect(nodes.findings.first?.size?.maxMM == 9)
        let effusion = try parser.parse(id: "r2", text: "FINDINGS: There is minimal pleural effusion on the left. Other findings are "
            + "stable. The pleural effusion on the left has just developed.")
        #expect(effusion.findings.map(\.temporal) == [.new])
        let narrower = try parser.parse(id: "r3", text: "FINDINGS: There are nodules in both lungs. The nodule in the right lung lower "
            + "lobe has increased in size.")
        #expect(narrower.findings.map(\.laterality) == [.bilateral, .right])
        #expect(narrower.findings.map(\.temporal) == [nil, .increased])
    }

    /// One per side (`single` in findings.xml): a pleural or pericardial effusion named again with no place of another side
    /// is the one named before, measured or not, in whichever earlier sentence or earlier in its own; not one on another side.
    @Test func aSingleFindingNamedAgainIsTheOneBefore() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "e1", text: "FINDINGS: Pleural effusion is observed on the right. Pericardial effusion is "
            + "observed. The heart is normal. Pericardial effusion measured 24 mm at its thickest point. IMPRESSION: Right pleural "
            + "effusion. Left pleural effusion.")
        #expect(report.findings.map(\.type) == ["pleural-effusion", "pericardial-effusion", "pleural-effusion"])
        #expect(report.findings.map(\.laterality) == [.right, .none, .left])
        #expect(report.findings[1].size?.maxMM == 24)
        // Also when named again with a side-less lobe: the earlier one's side.
        let level = try parser.parse(id: "e2", text: "FINDINGS: There is pleural effusion on the left. The pleural effusion measured "
            + "53 mm at the level of the lower lobe of the lung at its thickest point.")
        #expect(level.findings.map(\.laterality) == [.left])
        #expect(level.findings.first?.size?.maxMM == 53)
        // ... and named again in its own sentence (train_520).
        let same = try parser.parse(id: "e3", text: "FINDINGS: In the previous examination, the right pleural effusion was observed as "
            + "a thin rim, and in the current examination, the right pleural effusion has increased.")
        #expect(same.findings.map(\.temporal) == [.increased])
        // A hiatal hernia is one too: the impression's copy is no second one.
        let hernia = try parser.parse(id: "e4", text: "FINDINGS: A sliding type hiatal hernia is observed. IMPRESSION: Hiatal hernia.")
        #expect(hernia.findings.map(\.type) == ["hiatal-hernia"])
    }

    /// A lung copy of a broader type labelled otherwise (val 400_a, 233_a) is the one finding of its lineage there, which
    /// takes its labels, and its type where its own word is weak; elsewhere, or beside another of its lineage, it is another.
    @Test func anImpressionCopyOfABroaderTypeLabelledOtherwiseIsTheFindingThere() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let nodules = try parser.parse(id: "b1", text: "FINDINGS: Several millimetric nodular densities are observed in the "
            + "posterobasal segment of the left lung lower lobe and in the right lung upper lobe. IMPRESSION: Several nonspecific "
            + "millimetric nodules in both lungs.")
        #expect(nodules.findings.map(\.type) == ["nodular-opacity"])
        #expect(Set(nodules.findings.first?.labels ?? []) == [.lungNodule, .lungOpacity])
        #expect(nodules.findings.first?.explanation.contains { $0.role == "named-again" && $0.origin == "sentence 1" } == true)
        let lesion = try parser.parse(id: "b2", text: "FINDINGS: A pleural-based lesion with a diameter of 25 mm is observed in the "
            + "anterior segment of the right lung upper lobe. IMPRESSION: Nodular lesion in the anterior segment of the right lung "
            + "upper lobe.")
        #expect(lesion.findings.map(\.type) == ["nodule"])
        #expect(lesion.findings.first?.size?.maxMM == 25)
        #expect(lesion.findings.first?.labels == [.lungNodule])
        // Not in other lobes, nor beside another finding of its lineage there, nor one of its own sentence.
        let apart = try parser.parse(id: "b3", text: "FINDINGS: Nodular densities are observed in the right lung upper lobe. "
            + "IMPRESSION: Nodules in the left lung lower lobe.")
        #expect(apart.findings.map(\.type) == ["nodular-opacity", "nodule"])
        let two = try parser.parse(id: "b4", text: "FINDINGS: A lesion is observed in the right lung upper lobe. Nodular densities "
            + "are observed in the right lung upper lobe. IMPRESSION: Nodules in the right lung upper lobe.")
        #expect(two.findings.map(\.type) == ["lesion", "nodular-opacity", "nodule"])
        let beside = try parser.parse(id: "b5", text: "FINDINGS: Nodular densities are observed in the right lung upper lobe. "
            + "IMPRESSION: Nodular densities and nodules in the right lung upper lobe.")
        #expect(beside.findings.map(\.type) == ["nodular-opacity", "nodule"])
    }

    /// The impression's copy of a finding the findings named (same type, side, places, size, change, labels) is that
    /// finding, and so is a sentence repeated word for word; a narrower place, another size or another second mention in
    /// the findings are others.
    @Test func anImpressionCopyIsTheFindingTheFindingsNamed() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let copy = try parser.parse(id: "r1", text: "FINDINGS: Emphysematous changes are observed in both lungs. Mosaic attenuation "
            + "pattern is observed in the lower lobes of both lungs. IMPRESSION: Emphysema in both lungs. Mosaic attenuation "
            + "pattern in the lower lobes of both lungs.")
        #expect(copy.findings.map(\.type) == ["emphysema", "mosaic-attenuation"])
        #expect(copy.findings.map(\.sentence) == [0, 1])
        #expect(copy.findings.first?.explanation.contains { $0.role == "named-again" && $0.origin == "sentence 2" } == true)
        // (a narrower place is another beside a finding of its type the copies named; the only one left, it is that one: see
        // anImpressionCopyWhosePlacesDriftedIsTheOnlyOneOfItsKindLeft)
        let narrower = try parser.parse(id: "r2", text: "FINDINGS: Nodules are observed in both lungs. IMPRESSION: Nodules in both "
            + "lungs. Nodules in the right lung upper lobe.")
        #expect(narrower.findings.filter { $0.type == "nodule" }.map(\.lobes) == [[], ["RUL"]])
        // One or many: "changes" and the bare noun name the same finding (valid_191_a).
        let changes = try parser.parse(id: "r3", text: "FINDINGS: Linear atelectasis changes are observed in the anterobasal "
            + "parts of the upper lobes of both lungs. IMPRESSION: Linear atelectasis in the anterobasal parts of the upper lobes "
            + "of both lungs.")
        #expect(changes.findings.map(\.lobes) == [["RUL", "LUL"]])
        // A copy measured where the findings gave no size is the finding, and passes the size back (audit GGGGGGGGG).
        let sized = try parser.parse(id: "r31", text: "FINDINGS: There are a few millimetric nodules in the upper lobe of the left "
            + "lung. IMPRESSION: A few nonspecific nodules measuring up to 4 mm in the upper lobe of the left lung.")
        #expect(sized.findings.map { "\($0.sentence) \($0.size?.maxMM ?? 0)" } == ["0 4.0"])
        let measured = try parser.parse(id: "r4", text: "FINDINGS: A 6 mm nodule in the right lung upper lobe. IMPRESSION: A 9 mm "
            + "nodule in the right lung upper lobe.")
        #expect(measured.findings.count == 2)
        // A size the copy rounds to whole millimetres, or a lower bound the findings' size meets, is theirs (audit M16); a
        // whole millimetre more, or a bound the findings' size falls short of, is another.
        let rounded = try parser.parse(id: "r41", text: "FINDINGS: A few nonspecific nodules are observed in both lungs, the "
            + "largest 4.5 mm in the left lung lower lobe. IMPRESSION: A few stable nonspecific nodules in both lungs measuring 4 mm.")
        #expect(rounded.findings.map { "\($0.sentence) \($0.size?.maxMM ?? 0) \($0.temporal?.rawValue ?? "-")" } == ["0 4.5 stable"])
        let larger = try parser.parse(id: "r42", text: "FINDINGS: A few nonspecific nodules are observed in both lungs, the "
            + "largest 4.5 mm in the left lung lower lobe. IMPRESSION: A few nonspecific nodules in both lungs measuring 6 mm.")
        #expect(larger.findings.count == 2)
        let bound = try parser.parse(id: "r43", text: "FINDINGS: Enlarged lymph nodes are observed in the mediastinum, the "
            + "largest with a short axis of 14 mm in the subcarinal area. IMPRESSION: Mediastinal lymph nodes, the largest in the "
            + "subcarinal area, with a short axis of more than 1 cm.")
        #expect(bound.findings.map { "\($0.sentence) \($0.size?.maxMM ?? 0)" } == ["0 14.0"])
        let unmet = try parser.parse(id: "r44", text: "FINDINGS: Enlarged lymph nodes are observed in the mediastinum, the "
            + "largest with a short axis of 14 mm in the subcarinal area. IMPRESSION: Mediastinal lymph nodes, the largest in the "
            + "subcarinal area, with a short axis of more than 2 cm.")
        #expect(unmet.findings.count == 2)
        // An upper bound the findings' size stays within is theirs, either way round (audit mechanism M32); a size past the
        // bound is another.
        let withinBound = try parser.parse(id: "r45", text: "FINDINGS: A 3.5 mm nonspecific nodule is observed in the left lung lower "
            + "lobe. IMPRESSION: A nonspecific nodule smaller than 5 mm in the left lung lower lobe.")
        #expect(withinBound.findings.map { "\($0.sentence) \($0.size?.maxMM ?? 0)" } == ["0 3.5"])
        let belowCentimetre = try parser.parse(id: "r46", text: "FINDINGS: A 7 mm nodule is observed in the right lung middle lobe. "
            + "IMPRESSION: A nodule below 1 cm in the right lung middle lobe.")
        #expect(belowCentimetre.findings.map { "\($0.sentence) \($0.size?.maxMM ?? 0)" } == ["0 7.0"])
        let withinSet = try parser.parse(id: "r47", text: "FINDINGS: Lymph nodes with a short axis of up to 9 mm are observed in the "
            + "mediastinum. IMPRESSION: Mediastinal lymph nodes with a short axis of 8 mm.")
        #expect(withinSet.findings.map { "\($0.sentence) \($0.size?.maxMM ?? 0)" } == ["0 9.0"])
        let pastBound = try parser.parse(id: "r48", text: "FINDINGS: A 6 mm nonspecific nodule is observed in the left lung lower lobe. "
            + "IMPRESSION: A nonspecific nodule smaller than 5 mm in the left lung lower lobe.")
        #expect(pastBound.findings.map(\.sentence) == [0, 1])
        let pastSet = try parser.parse(id: "r49", text: "FINDINGS: Lymph nodes with a short axis of up to 9 mm are observed in the "
            + "mediastinum. IMPRESSION: Mediastinal lymph nodes with a short axis of 12 mm.")
        #expect(pastSet.findings.map(\.sentence) == [0, 1])
        // A copy with a change the findings did not say passes it back (not a denial's: "no new nodule" denies another).
        let changed = try parser.parse(id: "r25", text: "FINDINGS: A hypodense lesion of 11 mm is observed in the liver. "
            + "IMPRESSION: Stable hypodense lesion in the liver.")
        #expect(changed.findings.map { "\($0.sentence) \($0.temporal?.rawValue ?? "-")" } == ["0 stable"])
        let newDenied = try parser.parse(id: "r26", text: "FINDINGS: No nodule was detected in both lungs. IMPRESSION: No new "
            + "nodule was detected in both lungs.")
        #expect(newDenied.findings.count == 2)
        // (a pattern named twice in the findings is one: see aPatternNamedAgainIsTheOneBefore)
        let twice = try parser.parse(id: "r5", text: "FINDINGS: Millimetric nodules are observed in both lungs. The heart is "
            + "normal. Nodules in both lungs.")
        #expect(twice.findings.count == 2)
        // A lung finding's copy may name a zone or a leaked organ the findings did not (the lobes still decide); another
        // organ's finding elsewhere is another.
        let zone = try parser.parse(id: "r13", text: "FINDINGS: Millimetric nodules are observed in the right lung upper lobe. "
            + "IMPRESSION: Millimetric subpleural nodules in the right lung upper lobe.")
        #expect(zone.findings.count == 1)
        let organs = try parser.parse(id: "r14", text: "FINDINGS: Cysts are observed in the liver. IMPRESSION: Cysts in the kidney.")
        #expect(organs.findings.count == 2)
        // A lung finding the findings placed nowhere is where its impression copy says, when it is the only one of its type;
        // beside placed ones, the copy sums them up.
        let unplaced = try parser.parse(id: "r15", text: "FINDINGS: Mild emphysematous changes are observed. IMPRESSION: Emphysema "
            + "in the upper lobes of both lungs.")
        #expect(unplaced.findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes)" } == ["emphysema bilateral [\"RUL\", \"LUL\"]"])
        // … but not where the next item of an interrupted impression list is (audit mechanism M8).
        let interruptedList = try parser.parse(id: "m8", text: "FINDINGS: Nodules are observed in both lungs. A few ground glass densities "
            + "are seen. There is a consolidation area in the right lower lobe. IMPRESSION: Nodules in both lungs, ground glass "
            + "densities, a consolidation area in the right lower lobe.")
        #expect(interruptedList.findings.first { $0.type == "ground-glass-opacity" }?.laterality == Laterality.none)
        // … also past a denial of its type, and with the change the copy says (audit SSSSSSSS).
        let placedStable = try parser.parse(id: "r28", text: "FINDINGS: No nodule was detected in the left lung. Two nonspecific "
            + "parenchymal nodules are observed. IMPRESSION: Stable parenchymal nodules in the right lung.")
        #expect(placedStable.findings.map { "\($0.assertion.rawValue) \($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" }
            == ["absent left -", "present right stable"])
        let summed = try parser.parse(id: "r16", text: "FINDINGS: A 4 mm nodule in the right lung upper lobe. A little more "
            + "caudally, there is a 5 mm nodule. A 6 mm nodule in the left lung lower lobe. IMPRESSION: Nodules in both lungs.")
        // (the summary in both lungs names the one-sided nodules again: no fourth finding; "a little more caudally" is near
        // the nodule before, audit M12)
        #expect(summed.findings.map(\.laterality) == [.right, .right, .left])
        // A denial said again is one denial.
        let denied = try parser.parse(id: "r11", text: "FINDINGS: No mass, nodule-infiltration was detected in both lungs. "
            + "IMPRESSION: No mass, nodule-infiltration was detected in both lungs.")
        #expect(denied.findings.map(\.sentence).allSatisfy { $0 == 0 } && !denied.findings.isEmpty)
        // A copy a recap of the impression reached first is still the copy, and passes the recap's change back.
        let recapped = try parser.parse(id: "r10", text: "FINDINGS: Emphysematous changes were observed in both lungs. Nodules "
            + "are observed in both lungs. IMPRESSION: Emphysematous changes in both lungs. Nodules in both lungs. No significant "
            + "difference was found in the findings described above.")
        #expect(recapped.findings.map(\.type) == ["emphysema", "nodule"])
        #expect(recapped.findings.map(\.temporal) == [.stable, .stable])
        // A broader type in the impression is the same finding; a narrower one says more, and stays its own, unless it
        // only restates it (`restates`: a linear atelectasis is an atelectasis said again, audit T11).
        let broader = try parser.parse(id: "r8", text: "FINDINGS: Linear atelectasis is observed in the middle lobe of the right lung. "
            + "IMPRESSION: Atelectasis in the middle lobe of the right lung.")
        #expect(broader.findings.map(\.type) == ["linear-atelectasis"])
        let refined = try parser.parse(id: "r9", text: "FINDINGS: Pleural effusion is observed in the right hemithorax. "
            + "IMPRESSION: Empyema in the right hemithorax.")
        #expect(refined.findings.map(\.type) == ["pleural-effusion", "empyema"])
        let restated = try parser.parse(id: "r38", text: "FINDINGS: Atelectasis is observed in the middle lobe of the right lung. "
            + "IMPRESSION: Linear atelectasis in the middle lobe of the right lung.")
        #expect(restated.findings.map(\.type) == ["atelectasis"])
        // A sentence repeated word for word is the same findings, whatever its section (an impression nothing opens).
        let verbatim = try parser.parse(id: "r7", text: "Millimetric nodules in both lungs. The heart is normal. Millimetric "
            + "nodules in both lungs.")
        #expect(verbatim.findings.map(\.sentence) == [0])
        // … whatever its punctuation (audit LLLLLLL).
        let punctuated = try parser.parse(id: "r17", text: "A mosaic attenuation pattern is observed (small airway disease?, small "
            + "vessel disease?). The heart is normal. A mosaic attenuation pattern is observed (small airway disease? small vessel "
            + "disease?).")
        #expect(punctuated.findings.allSatisfy { $0.sentence == 0 })
        // … also when the next sentence interpreted the first (its labels gone, the repeat's not).
        let interpreted = try parser.parse(id: "r12", text: "FINDINGS: Density increases in the right lung lower lobe. It was "
            + "evaluated in favor of sequelae changes. IMPRESSION: Density increases in the right lung lower lobe.")
        #expect(interpreted.findings.filter { $0.type == "opacity" }.count == 1)
        // A finding hedged where it is described and stated plainly in the impression (or the other way round) is one
        // finding, there (audits QQQQQQQ, SSSSSSS); a denial and a finding said to be there stay two.
        let hedged = try parser.parse(id: "r18", text: "FINDINGS: Densities that may be compatible with consolidation are observed "
            + "in the lower lobes of both lungs. IMPRESSION: Consolidations in the lower lobes of both lungs.")
        #expect(hedged.findings.filter { $0.type == "consolidation" }.map { "\($0.assertion.rawValue) \($0.sentence)" } == ["present 0"])
        let plain = try parser.parse(id: "r19", text: "FINDINGS: Consolidation is observed in the lower lobe of the right lung. "
            + "IMPRESSION: Consolidation in the lower lobe of the right lung?")
        #expect(plain.findings.map { "\($0.type) \($0.assertion.rawValue) \($0.sentence)" } == ["consolidation present 0"])
        // … but a copy asserted alike comes first: "One nodule (lymph node?)" named again is the nodule, and the doubted lymph
        // node stays doubted (audit YYYYYYY).
        let doubted = try parser.parse(id: "r24", text: "FINDINGS: There is one nodule smaller than 5 mm in the right lung major "
            + "fissure (lymph node?). IMPRESSION: One nodule in the right lung (lymph node?).")
        #expect(doubted.findings.filter { $0.sentence == 0 }.map { "\($0.type) \($0.assertion.rawValue)" }
            == ["nodule present", "intrapulmonary-lymph-node uncertain"])
        // So is a diagnosis named again by reference, hedged once (audit CCCCCCCC): one pneumonia, present.
        let byReference = try parser.parse(id: "r27", text: "FINDINGS: Ground glass areas are observed in both lungs. These findings "
            + "are frequently observed in Covid-19 pneumonia. IMPRESSION: Findings consistent with Covid-19 pneumonia.")
        #expect(byReference.findings.filter { $0.type == "pneumonia" }.map { "\($0.assertion.rawValue) \($0.sentence)" } == ["present 1"])
        let denial = try parser.parse(id: "r20", text: "FINDINGS: No pleural effusion was detected. IMPRESSION: Pleural effusion?")
        #expect(denial.findings.map(\.assertion) == [.absent, .uncertain])
        // A definite copy ("The consolidation area in …") of a finding hedged where it was described is that finding, said
        // plainly at last; not one in another lobe, and a denial of a finding said to be there stays apart.
        let settled = try parser.parse(id: "r20a", text: "FINDINGS: A patchy density increase is observed in the left lung lower "
            + "lobe, consolidation? IMPRESSION: The consolidation area in the lower lobe of the left lung.")
        #expect(settled.findings.filter { $0.type == "consolidation" }.map { "\($0.assertion.rawValue) \($0.sentence)" }
            == ["present 0"])
        let hedgedElsewhere = try parser.parse(id: "r20b", text: "FINDINGS: A patchy density increase is observed in the left lung "
            + "lower lobe, consolidation? IMPRESSION: The consolidation area in the upper lobe of the left lung.")
        #expect(hedgedElsewhere.findings.filter { $0.type == "consolidation" }.map { "\($0.assertion.rawValue) \($0.lobes)" }
            == ["uncertain [\"LLL\"]", "present [\"LUL\"]"])
        let deniedAgain = try parser.parse(id: "r20c", text: "FINDINGS: Consolidation is observed in the left lung lower lobe. "
            + "IMPRESSION: The consolidation area in the lower lobe of the left lung was not observed.")
        #expect(deniedAgain.findings.map { "\($0.assertion.rawValue) \($0.sentence)" } == ["present 0", "absent 1"])
        // "Also observed in the previous examination" says only it was there before: the impression's increase is its change,
        // one finding; not a "new" copy, nor a copy of a finding said plainly to be stable.
        let seenBefore = try parser.parse(id: "r20d", text: "FINDINGS: Dilatation of the main pancreatic duct, which was also "
            + "observed in the previous examination, is observed. IMPRESSION: Slightly increased dilatation of the main pancreatic duct.")
        #expect(seenBefore.findings.map { "\($0.type) \($0.temporal?.rawValue ?? "-") \($0.sentence)" } == ["ectasia increased 0"])
        let newCopy = try parser.parse(id: "r20e", text: "FINDINGS: Dilatation of the main pancreatic duct, which was also "
            + "observed in the previous examination, is observed. IMPRESSION: Newly developed dilatation of the main pancreatic duct.")
        #expect(newCopy.findings.map { $0.temporal?.rawValue ?? "-" } == ["stable", "new"])
        let saidStable = try parser.parse(id: "r20f", text: "FINDINGS: Dilatation of the main pancreatic duct, which is stable "
            + "compared to the previous examination, is observed. IMPRESSION: Slightly increased dilatation of the main pancreatic duct.")
        #expect(saidStable.findings.map { $0.temporal?.rawValue ?? "-" } == ["stable", "increased"])
        // A type that names another in other words (`restates`) is that finding said again; a narrower type is not.
        let sequelae = try parser.parse(id: "r21", text: "FINDINGS: Pleuroparenchymal fibroatelectatic sequelae changes were "
            + "observed in the middle lobe of the right lung and the lingula. IMPRESSION: Sequelae changes in both lungs.")
        #expect(sequelae.findings.map { "\($0.type) \($0.sentence)" } == ["fibroatelectasis 0"])
        let pneumonic = try parser.parse(id: "r22", text: "FINDINGS: Pneumonic infiltration areas are observed in the lower lobe of "
            + "the right lung. IMPRESSION: Pneumonia in the lower lobe of the right lung.")
        #expect(pneumonic.findings.map(\.type) == ["pneumonic-infiltration"])
        // A copy in the lobe of the only finding of its type there, in segments partly its, is that finding (audit S11);
        // "Conclusion." opens the impression.
        let segmentsApart = try parser.parse(id: "r39", text: "Ground glass densities are observed in the mediobasal, laterobasal and "
            + "posterobasal segments of the right lung lower lobe. Conclusion. There are ground glass densities in the anterobasal, "
            + "mediobasal and posterobasal segments of the right lung lower lobe.")
        #expect(segmentsApart.findings.map(\.type) == ["ground-glass-opacity"])
        #expect(segmentsApart.sentences.last?.section == .impression)
        // A doubted finding placed on one side only is its doubted copy in lobes of that side (audit Y11).
        let doubtedCopy = try parser.parse(id: "r42", text: "FINDINGS: Ground glass areas are observed in the upper zone of the left "
            + "lung. The outlook can be traced in Covid-19 pneumonia. IMPRESSION: Ground glass infiltration in the upper lobe of "
            + "the left lung, which can be observed in Covid-19 pneumonia.")
        #expect(doubtedCopy.findings.map { "\($0.type) \($0.lobes)" } == ["ground-glass-opacity [\"LUL\"]", "pneumonia [\"LUL\"]"])
        // Another organ's finding the findings gave no side is the copy that gives one in its places; one with that side
        // first (audit Y11).
        let kidneys = try parser.parse(id: "r41", text: "FINDINGS: Cortical cysts are observed in the kidneys. A left inguinal "
            + "hernia is observed. A ventral hernia is observed in the abdomen. IMPRESSION: Cortical cysts in both kidneys. "
            + "Left inguinal hernia.")
        #expect(kidneys.findings.map { "\($0.type) \($0.laterality.rawValue)" } == ["cyst none", "hernia left", "hernia none"])
        // "mostly in the right lung" stresses one side of the nodules in both lungs (audit U11).
        let mostly = try parser.parse(id: "r40", text: "FINDINGS: Solid nodules are observed in both lungs. IMPRESSION: Solid "
            + "pulmonary nodules, mostly in the right lung.")
        #expect(mostly.findings.map(\.laterality) == [.bilateral])
        let subsegmental = try parser.parse(id: "r37", text: "FINDINGS: There are areas of atelectasis in the lower lobes of both "
            + "lungs. IMPRESSION: Subsegmental atelectasis areas in both lungs.")
        #expect(subsegmental.findings.map(\.type) == ["atelectasis"])
        // A same-type copy hedged in the findings comes before a type the copy restates (audit FFFFFFFFF): "Findings of
        // pulmonary fibrosis" is the doubted fibrosis, now said plainly, not the fibroatelectasis.
        let fibrosis = try parser.parse(id: "r32", text: "FINDINGS: Fibroatelectatic changes are observed in the lower lobes of both "
            + "lungs. It may be compatible with pulmonary fibrosis. IMPRESSION: Findings of pulmonary fibrosis in both lungs.")
        #expect(fibrosis.findings.map { "\($0.type) \($0.assertion.rawValue) \($0.sentence)" }
            == ["fibroatelectasis present 0", "fibrotic-sequela present 1"])
        // A copy in both lungs sums up the findings placed on one side or the other: each is named again (audit B10); not a
        // copy with a lobe they do not give.
        let pooled = try parser.parse(id: "r36", text: "FINDINGS: Sequelae changes are observed in the right lung upper lobe. "
            + "Sequelae changes are observed in the left lung lower lobe. IMPRESSION: Newly developed sequelae changes in both lungs.")
        #expect(pooled.findings.map { "\($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" } == ["right new", "left new"])
        // … also with the largest of their sizes (audit D10).
        let largest = try parser.parse(id: "r41", text: "FINDINGS: A 5 mm nodule is observed in the right lung upper lobe. A 3 mm "
            + "nodule is observed in the left lung lower lobe. IMPRESSION: Several nodules, the largest of which is 5 mm, in both lungs.")
        #expect(largest.findings.map { $0.size?.maxMM } == [5, 3])
        let otherLobe = try parser.parse(id: "r37", text: "FINDINGS: Sequelae changes are observed in the right lung upper lobe. "
            + "Sequelae changes are observed in the left lung lower lobe. IMPRESSION: Sequelae changes in both lower lobes.")
        #expect(otherLobe.findings.count == 3)
        // A copy on one side over several lobes sums up the findings of that side in them (mechanism 31); not one naming a
        // lobe none of them is in, nor one measured otherwise.
        let lobes = "FINDINGS: A 4 mm nodule is observed in the right lung upper lobe. A 3 mm nodule is observed in the right lung "
            + "lower lobe. IMPRESSION: "
        let oneSide = try parser.parse(id: "r44", text: lobes + "Nodules in the right lung upper and lower lobes.")
        #expect(oneSide.findings.map { "\($0.sentence) \($0.lobes)" } == ["0 [\"RUL\"]", "1 [\"RLL\"]"])
        let middleLobe = try parser.parse(id: "r45", text: lobes + "Nodules in the right lung upper, middle and lower lobes.")
        #expect(middleLobe.findings.count == 3)
        let largerCopy = try parser.parse(id: "r46", text: lobes + "Nodules up to 6 mm in the right lung upper and lower lobes.")
        #expect(largerCopy.findings.count == 3)
        // Outside the lungs, a copy whose places each hold a finding of its kind sums them up: both readings of "lymph nodes"
        // placed in the chest and the abdomen (mechanism 31); not a copy with a place none of them is in.
        let nodes = "FINDINGS: Lymph nodes up to 12 mm are observed in the prevascular area. Lymph nodes are observed in the "
            + "mesenteric area. IMPRESSION: "
        let stations = try parser.parse(id: "r47", text: nodes + "Prevascular and mesenteric lymph nodes.")
        #expect(stations.findings.map(\.sentence) == [0, 1])
        let axilla = try parser.parse(id: "r48", text: nodes + "Prevascular, axillary and mesenteric lymph nodes.")
        // (each record split off by its places holds only the places that chose its type: the extrathoracic one, axilla and
        // bowel, is in an organ the mesenteric nodes are not, so it stays a record of its own)
        #expect(axilla.findings.count == 3)
        #expect(axilla.findings.contains { $0.places.contains("axilla") })
        // … and a copy on both sides, one of each side; its change goes to each of them, not to one only lying in one of its
        // places beside one named there itself (the hilar node is not among the mediastinal ones).
        let bothKidneys = try parser.parse(id: "r49", text: "FINDINGS: A 20 mm cyst is observed in the right kidney. A 15 mm cyst is "
            + "observed in the left kidney. IMPRESSION: Cysts in both kidneys.")
        #expect(bothKidneys.findings.map(\.laterality) == [.right, .left])
        let hilar = try parser.parse(id: "r50", text: "FINDINGS: Lymph nodes are observed in the prevascular area. A calcified "
            + "lymph node is observed in the right hilum. Lymph nodes are observed in both axillae. IMPRESSION: Increase in the "
            + "size of axillary and mediastinal lymph nodes.")
        #expect(hilar.findings.map { "\($0.sentence) \($0.temporal?.rawValue ?? "-")" } == ["0 increased", "1 -", "2 increased"])
        // A copy on both sides that names no organ sums up the findings of one organ on one side and the other (mechanism
        // 43); not a copy when all of them lie on one side, nor one measured otherwise, nor one over two organs.
        let stones = "FINDINGS: A 6 mm stone is observed in the right kidney. A 3 mm calculus is observed in the left kidney. "
            + "IMPRESSION: "
        let nephrolithiasis = try parser.parse(id: "r51", text: stones + "Newly developed bilateral nephrolithiasis.")
        #expect(nephrolithiasis.findings.map { "\($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" }
            == ["right new", "left new"])
        let oneSided = try parser.parse(id: "r52", text: "FINDINGS: A 6 mm stone is observed in the upper pole of the right kidney. "
            + "A 3 mm calculus is observed in the lower pole of the right kidney. IMPRESSION: Bilateral nephrolithiasis.")
        #expect(oneSided.findings.map(\.laterality) == [.right, .right, .bilateral])
        let otherSize = try parser.parse(id: "r53", text: stones + "Bilateral nephrolithiasis up to 9 mm.")
        #expect(otherSize.findings.count == 3)
        let twoOrgans = try parser.parse(id: "r54", text: "FINDINGS: A 6 mm stone is observed in the right kidney. A 3 mm stone is "
            + "observed in the left adrenal gland. IMPRESSION: Bilateral nephrolithiasis.")
        #expect(twoOrgans.findings.count == 3)
        // A stone named in a summary is the calcification of the findings where it lies (audit D34: `restates`).
        let calcific = try parser.parse(id: "r55", text: "FINDINGS: Calcific foci are observed in the collecting system of the "
            + "right kidney. IMPRESSION: Right nephrolithiasis.")
        #expect(calcific.findings.map(\.type) == ["calcification"])
        // A loss of aeration in the summary is the collapse the findings describe (audit D35: `restates`).
        let aeration = try parser.parse(id: "r56", text: "FINDINGS: The right lung lower lobe is completely atelectatic. "
            + "IMPRESSION: Complete loss of aeration in the right lung lower lobe.")
        #expect(aeration.findings.map(\.type) == ["atelectasis"])
        // A segment holding or lying in one of the findings' segments is where they are: the lingula and its inferior segment.
        let lingula = try parser.parse(id: "r39", text: "FINDINGS: An area of consolidation is observed in the inferior lingular "
            + "segment of the left lung. IMPRESSION: Consolidation in the lingular segment of the left lung.")
        #expect(lingula.findings.count == 1)
        // The only one of its type, placed on one side only, is the copy placed more closely in lobes of that side.
        let closer = try parser.parse(id: "r40", text: "FINDINGS: Patchy consolidations are observed in the left lung basal. "
            + "IMPRESSION: Consolidations in the lower lobe of the left lung.")
        #expect(closer.findings.map { "\($0.sentence) \($0.lobes)" } == ["0 [\"LLL\"]"])
        // A finding placed by its neighbour is a copy too, and a landmark named again placed nowhere is the one placed nowhere
        // before it (audit I10).
        let within = try parser.parse(id: "r42", text: "FINDINGS: Ground glass areas are observed. Air bronchograms are observed "
            + "within the ground glass areas. IMPRESSION: Air bronchograms within the ground glass areas.")
        #expect(within.findings.map(\.type) == ["ground-glass-opacity", "air-bronchogram"])
        // An impression list item placed only by the place it shares with the item after it is the only finding of its type
        // the findings name, wherever that one is (its places not passed back).
        let shared = try parser.parse(id: "r43", text: "FINDINGS: Emphysematous changes are observed in both lungs. Ground glass "
            + "areas are observed in the right lung lower lobe. IMPRESSION: Emphysema, mosaic attenuation pattern and ground "
            + "glass areas in the right lung.")
        #expect(shared.findings.filter { $0.type == "emphysema" }.map(\.laterality) == [.bilateral])
        // Audit VVVVVVVVV: a ground-glass nodule restates a nodule.
        let groundGlass = try parser.parse(id: "r35", text: "FINDINGS: A nodule of 5 mm is observed in the right lung upper lobe. "
            + "IMPRESSION: Ground-glass nodule in the right lung upper lobe.")
        #expect(groundGlass.findings.count == 1)
        // A narrower type that renames it (`renames`: fibroatelectasis, atelectasis) is that finding, labelled as it is.
        let narrowerType = try parser.parse(id: "r23", text: "FINDINGS: Atelectatic changes are observed in the middle lobe of the "
            + "right lung. IMPRESSION: Fibroatelectatic changes in the middle lobe of the right lung.")
        #expect(narrowerType.findings.map(\.type) == ["atelectasis"])
        #expect(narrowerType.labels[.pulmonaryFibroticSequela] == 0)
        // In a report no header or marker opens an impression for, a run of sentences at its end whose findings all name
        // earlier ones again is a summary, read as an impression; a run ends at a sentence with a finding of its own.
        let tail = try parser.parse(id: "r29", text: "Millimetric nodules are observed in both lungs. Emphysematous changes are "
            + "observed in both lungs. No lytic lesion was observed in bone structures. Millimetric nodules in both lungs. "
            + "Emphysema in both lungs")
        #expect(tail.findings.filter { $0.category != nil }.map(\.sentence) == [0, 1])
        let newAtEnd = try parser.parse(id: "r30", text: "Millimetric nodules are observed in both lungs. No lytic lesion was "
            + "observed in bone structures. Millimetric nodules in both lungs. Pleural effusion on the right.")
        #expect(newAtEnd.findings.filter { $0.category != nil }.map(\.sentence) == [0, 2, 3])
        // One sentence with a finding of its own among them is a summary item too (audit TTTTTTTTT), when the summary names
        // at least two findings again; a second one (here two in a row) ends the run.
        let item = try parser.parse(id: "r33", text: "Millimetric nodules are observed in both lungs. Emphysematous changes are "
            + "observed in both lungs. Pleural effusion is observed on the right. No lytic lesion was observed in bone structures. "
            + "Millimetric nodules in both lungs. Atherosclerosis. Emphysema in both lungs")
        #expect(item.findings.filter { $0.category != nil }.map(\.sentence) == [0, 1, 2])
        let two = try parser.parse(id: "r34", text: "Millimetric nodules are observed in both lungs. Emphysematous changes are "
            + "observed in both lungs. No lytic lesion was observed in bone structures. Millimetric nodules in both lungs. "
            + "Atherosclerosis. Hiatal hernia. Emphysema in both lungs")
        #expect(two.findings.filter { $0.category != nil }.map(\.sentence) == [0, 1, 3])
        // … also after a stray semicolon (audit B10).
        let semicolon = try parser.parse(id: "r38", text: "Millimetric nodules are observed in both lungs. The heart is normal. "
            + "; \" Nodules in both lungs. Atherosclerosis. Hiatal hernia.")
        #expect(semicolon.findings.filter { $0.type == "nodule" }.map(\.sentence) == [0])
        // A summary sentence that sums up several findings names them again (audit lab 515): one nodule on each side, then
        // "Nodules in both lungs"; not when a finding of its own ends the report after it (as many as name findings again).
        let pair = "A 4 mm nodule is observed in the right lung upper lobe. A 6 mm nodule is observed in the left lung lower "
            + "lobe. No lytic lesion was observed in bone structures. Nodules in both lungs"
        let bothSides = try parser.parse(id: "r56", text: pair)
        #expect(bothSides.findings.filter { $0.type == "nodule" }.map(\.sentence) == [0, 1])
        let ownAfter = try parser.parse(id: "r57", text: pair + ". Hiatal hernia")
        #expect(ownAfter.findings.filter { $0.type == "nodule" }.map(\.sentence) == [0, 1, 3])
        // Items with a finding of their own, one at a time, as long as more summary sentences name findings again (audit lab
        // 673): three copies, two items of their own.
        let findingsPart = "Millimetric nodules are observed in both lungs. Emphysematous changes are observed in both lungs. "
            + "A 5 mm calculus is observed in the right kidney. No lytic lesion was observed in bone structures. "
        let many = try parser.parse(id: "r58", text: findingsPart + "Millimetric nodules in both lungs. Atherosclerosis. "
            + "Emphysema in both lungs. Hiatal hernia. Right renal calculus")
        #expect(many.findings.filter { $0.type == "nodule" || $0.type == "calculus" }.map(\.sentence) == [0, 2])
        #expect(many.findings.contains { $0.type == "hiatal-hernia" })
        // … not when as many have one of their own: no summary.
        let even = try parser.parse(id: "r59", text: findingsPart + "Millimetric nodules in both lungs. Atherosclerosis. "
            + "Emphysema in both lungs. Hiatal hernia.")
        #expect(even.findings.filter { $0.type == "nodule" }.map(\.sentence) == [0, 4])
        // A denial after the summary goes with it (audit lab 590: "Note: No signs of infection …"); a finding of its own there
        // does not, with one copy only.
        let note = try parser.parse(id: "r60", text: "Millimetric calculi are observed in both kidneys. No lytic lesion was "
            + "observed in bone structures. Bilateral nephrolithiasis. Note: No signs of pneumonia were detected.")
        #expect(note.findings.filter { $0.type == "calculus" }.map(\.sentence) == [0])
        let noteOwn = try parser.parse(id: "r61", text: "Millimetric calculi are observed in both kidneys. No lytic lesion was "
            + "observed in bone structures. Bilateral nephrolithiasis. Note: A nodule of 4 mm is observed in the right lung upper lobe.")
        #expect(noteOwn.findings.filter { $0.type == "calculus" }.map(\.sentence) == [0, 2])
        // A bare quote opens the impression in the headerless opening of a report also when a header follows it (audit lab
        // 615: a quoted summary ahead of "CONCLUSION:"), never after a header.
        let beforeHeader = try parser.parse(id: "r62", text: "Emphysematous changes are observed in both lungs. The heart is normal. "
            + "\" Emphysema in both lungs. CONCLUSION: \" Thoracic CT examination within normal limits")
        #expect(beforeHeader.findings.map(\.sentence) == [0])
        #expect(beforeHeader.sentences.map(\.section) == [.findings, .findings, .impression, .impression])
        let afterHeader = try parser.parse(id: "r63", text: "FINDINGS: Emphysematous changes are observed in both lungs. The heart "
            + "is normal. \" Emphysema in both lungs. IMPRESSION: Emphysema.")
        #expect(afterHeader.sentences.map(\.section) == [.findings, .findings, .findings, .findings, .impression])
        // The labelled reports' impression, opened by a bare quote (no header), is an impression too.
        let labelled = try parser.parse(id: "r6", text: "Emphysematous changes are observed in both lungs. The heart is normal. "
            + "\" Emphysema in both lungs.")
        #expect(labelled.findings.map(\.sentence) == [0])
    }

    /// "A hypodense nodule in the liver. IMPRESSION: Hypodense nodule in the liver in the sections passing through the upper
    /// abdomen" (audit mechanism M120): the upper abdomen, a `topic` region holding the liver, only frames where the
    /// finding is, so the copy is the liver's nodule, and a denial in the upper abdominal sections the renal bed's; a copy
    /// in another organ of that region is another finding.
    /// A lung finding the findings placed nowhere takes its impression copy's side when the placed ones of its type are on
    /// the other side only (M159): a copy on one side does not name a finding of the other.
    @Test func anUnplacedFindingTakesACopyOnTheSideNoPlacedOneIsOn() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m159", text: text).findings.map { "\($0.sentence) \($0.laterality.rawValue) \($0.lobes)" }
        }
        // The consolidation placed nowhere is the right one the impression names; the left lower lobe's stays apart.
        #expect(try read("FINDINGS: An area of consolidation is seen. Consolidation is also observed in the left lung lower "
            + "lobe. IMPRESSION: Consolidation in the right lung.") == ["0 right []", "1 left [\"LLL\"]"])
        // A copy on the side of the placed one is that one: the one placed nowhere stays so.
        #expect(try read("FINDINGS: An area of consolidation is seen. Consolidation is also observed in the right lung lower "
            + "lobe. IMPRESSION: Consolidation in the right lung.") == ["0 none []", "1 right [\"RLL\"]"])
        #expect(try read("FINDINGS: An area of consolidation is seen. Consolidation is also observed in the left lung lower "
            + "lobe. IMPRESSION: Consolidation in the left lung.") == ["0 none []", "1 left [\"LLL\"]"])
    }

    /// A "new" said of a later finding is not passed to an earlier one whose side only its neighbours lent its lobe's
    /// segments (M159, see `Finding.sideOpen`); one whose own words name its side takes it, as before.
    @Test func aNewChangeNamedLaterSkipsAFindingWhoseSideWasLent() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ place: String) throws -> [String] {
            try parser.parse(id: "m159", text: "FINDINGS: Minimal pleural effusion in the left hemithorax, subsegmental "
                + "atelectasis in \(place) adjacent to the effusion. The heart is normal. In the left lung lower lobe "
                + "superior segment, newly emerged subsegmental atelectasis is observed.").findings
                .filter { $0.type == "subsegmental-atelectasis" }
                .map { "\($0.laterality.rawValue) \($0.lobes) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try changes("the lower lobe segments") == ["left [\"LLL\"] -", "left [\"LLL\"] new"])
        #expect(try changes("the left lung lower lobe") == ["left [\"LLL\"] new", "left [\"LLL\"] new"])
    }

    @Test func anImpressionCopyFramedByTheRegionOfItsOrganIsTheOrgansFinding() throws {
        let parser = try Self.engine.makeParser()
        let findings = "FINDINGS: A 4 mm nodule is observed in the right lung middle lobe. A 22 mm hypodense nodule is "
            + "observed in the right lobe of the liver. "
        let framed = try parser.parse(id: "f1", text: findings + "IMPRESSION: A 22 mm hypodense nodule in the right lobe of "
            + "the liver in the sections passing through the upper abdomen.")
        #expect(framed.findings.map { "\($0.sentence) \($0.places)" } == ["0 []", "1 [\"liver\"]"])
        let denied = try parser.parse(id: "f2", text: "FINDINGS: The right kidney was removed. No recurrent mass was detected "
            + "in the right renal bed. IMPRESSION: No recurrent mass was detected in the upper abdominal sections in the patient "
            + "with right nephrectomy.")
        #expect(denied.findings.map { "\($0.sentence) \($0.places)" } == ["1 [\"kidney\"]"])
        // Another organ of the upper abdomen is another place: the copy stays a finding of its own.
        let otherOrgan = try parser.parse(id: "f3", text: findings + "IMPRESSION: A 22 mm hypodense nodule in the left kidney "
            + "in the sections passing through the upper abdomen.")
        #expect(otherOrgan.findings.map(\.sentence) == [0, 1, 2])
    }

    /// An impression copy whose upper bound is said of the short axis sums up lymph nodes the findings measured by both axes
    /// (mechanism M123): a bound met by any dimension said of them, not only their largest, is theirs; a bound no dimension
    /// meets, or a size of another node, is not.
    @Test func aShortAxisBoundIsMetByADimensionSaidOfTheFinding() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "sa", text: text).findings.map { "\($0.sentence) \($0.type) \($0.size?.maxMM ?? 0)" }
        }
        let axes = try read("FINDINGS: Lymph nodes measuring up to 8 mm in the short axis and 15 mm in the long axis are seen in "
            + "the subcarinal area of the mediastinum. IMPRESSION: Lymph nodes with a short axis measuring up to 8 mm in the "
            + "subcarinal area of the mediastinum.")
        #expect(axes == ["0 lymphadenopathy 15.0"])
        let both = try read("FINDINGS: Lymph nodes measuring 14x7 mm are observed in the mediastinum and both hilar regions. "
            + "IMPRESSION: Lymph nodes smaller than 1 cm in the mediastinum and both hilar regions.")
        #expect(both == ["0 lymphadenopathy 14.0"])
        let beyond = try read("FINDINGS: Lymph nodes measuring 18x13 mm are observed in the mediastinum and both hilar regions. "
            + "IMPRESSION: Lymph nodes smaller than 1 cm in the mediastinum and both hilar regions.")
        #expect(beyond.map { $0.prefix(1) } == ["0", "1"])
        let other = try read("FINDINGS: A lymph node of 9 mm is observed in the subcarinal area of the mediastinum. "
            + "IMPRESSION: A lymph node with a short axis of 25 mm in the subcarinal area of the mediastinum.")
        #expect(other.map { $0.prefix(1) } == ["0", "1"])
    }

    /// An impression copy and the sides of the findings it names again (audit mechanism M57): a copy placed by a side alone
    /// is the finding on both sides when the findings name none of its type on that side (not one of a lobe, a narrower
    /// place); a copy in both lungs sums up one-sided findings hedged where they were described too (present once summed
    /// up, as a copy of one), and names a segment holding theirs.
    @Test func anImpressionCopyNamesTheFindingsOnTheSidesItCovers() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m57", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue) \($0.lobes.joined(separator: "+"))"
            }
        }
        // One side of a bilateral finding (a subsegmental atelectasis beside it: no drifted copy, the only one of its kind).
        let bothSides = "FINDINGS: Pleural effusion with atelectatic changes in the adjacent parenchyma is observed on both sides. "
            + "Subsegmental atelectasis is seen in the middle lobe of the right lung. IMPRESSION: "
        #expect(try read(bothSides + "Atelectatic changes on the left.").filter { $0.contains(" atelectasis ") }
            == ["0 atelectasis present bilateral "])
        // … not in a lobe of that side, a narrower place, nor beside one of its type on that side.
        #expect(try read(bothSides + "Atelectatic changes in the left lung lower lobe.").filter { $0.contains(" atelectasis ") }
            == ["0 atelectasis present bilateral ", "2 atelectasis present left LLL"])
        #expect(try read("FINDINGS: Nodules are observed in both lungs. A 9 mm nodule is observed in the left lung. IMPRESSION: A "
            + "6 mm nodule in the left lung.").count == 3)
        // Both lungs over a hedged finding on each side: the two, present.
        #expect(try read("FINDINGS: The consolidation in the right lung lower lobe primarily suggests atelectasis. Atelectasis "
            + "is considered first for the consolidation in the left lung lower lobe. IMPRESSION: Atelectasis in both lungs.")
            .filter { $0.contains(" atelectasis ") } == ["0 atelectasis present right RLL", "1 atelectasis present left LLL"])
        // … not in lobes none of them is in.
        #expect(try read("FINDINGS: The consolidation in the right lung lower lobe primarily suggests atelectasis. Atelectasis "
            + "is considered first for the consolidation in the left lung lower lobe. IMPRESSION: Atelectasis in the upper lobes "
            + "of both lungs.").filter { $0.contains(" atelectasis ") }.count == 3)
        // The lingula holds the inferior lingular segment; the anterior segment neither holds nor lies in it.
        let lingular = "FINDINGS: Bronchiectasis is observed in the right lung middle lobe. Bronchiectasis is also observed in "
            + "the inferior lingular segment of the left lung upper lobe. IMPRESSION: Bronchiectasis in the right lung middle "
        #expect(try read(lingular + "lobe and the left lung lingular segment.") == ["0 bronchiectasis present right RML",
                                                                                   "1 bronchiectasis present left LUL"])
        #expect(try read(lingular + "lobe and the left lung upper lobe anterior segment.").count == 3)
    }

    /// An impression copy no other rule names again, whose places drifted from the findings' (more or other lobes or
    /// segments, garbled ones), is the finding when it is the only one of its kind in its item and the findings name just one
    /// of that kind that no copy named again, not placed apart (audit mechanism M4: impression copies with a place drift).
    @Test func anImpressionCopyWhosePlacesDriftedIsTheOnlyOneOfItsKindLeft() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m4", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.laterality.rawValue) \($0.lobes.joined(separator: "+"))"
            }
        }
        // The emphasis gave the findings' atelectasis one lobe; the copy's lower lobes of both lungs are its sides' own.
        #expect(try read("FINDINGS: Atelectatic changes are seen in both lungs, most marked in the right lower lobe. "
            + "IMPRESSION: Atelectasis in both lower lobes.") == ["0 atelectasis bilateral RLL+LLL"])
        // Another segment of the same lobe (a translation slip), and a bilateral copy of a one-sided finding.
        #expect(try read("FINDINGS: A nodule of 5 mm is observed in the anterior segment of the right lung upper lobe. "
            + "IMPRESSION: Nodule in the posterior segment of the right lung upper lobe.") == ["0 nodule right RUL"])
        #expect(try read("FINDINGS: Centriacinar emphysematous changes are observed in the apical segment of the right lung upper "
            + "lobe. IMPRESSION: Centriacinar emphysema in the upper lobes of both lungs.")
            == ["0 centrilobular-emphysema right RUL"])
        // Outside the lungs, in one organ: fluid around the liver and spleen is the abdomen's.
        #expect(try read("FINDINGS: Free fluid is seen around the liver and spleen. IMPRESSION: Free fluid in the abdomen.")
            == ["0 fluid none "])
        // Placed apart: the other side, another level (a zone names one), the pleura against lobes; another size.
        #expect(try read("FINDINGS: Consolidation is observed in the right lung lower lobe. IMPRESSION: Consolidation in the left "
            + "lung lower lobe.").count == 2)
        #expect(try read("FINDINGS: Fibrotic bands are observed in the lower zones of both lungs. IMPRESSION: Sequelae changes in "
            + "the upper lobes of both lungs.").count == 2)
        #expect(try read("FINDINGS: Pleural thickening with sequelae is observed in the costal pleura on both sides. IMPRESSION: "
            + "Sequelae changes in the upper lobes of both lungs.").filter { $0.contains("fibrotic-sequela") }.count == 2)
        #expect(try read("FINDINGS: A 6 mm nodule in the anterior segment of the right lung upper lobe. IMPRESSION: A 9 mm nodule "
            + "in the posterior segment of the right lung upper lobe.").count == 2)
        // Two of its kind the findings name, neither named again: the copy is neither.
        #expect(try read("FINDINGS: A nodule of 4 mm in the anterior segment of the right lung upper lobe. A nodule of 3 mm in "
            + "the right lung lower lobe. IMPRESSION: Nodule in the posterior segment of the right lung upper lobe.").count == 3)
    }

    /// A lung copy whose places drifted is still the one finding of its very type the findings name on its very side when
    /// more of its kind stand beside it (mechanism M67: a bulla is of the emphysema's kind); its places are not given to
    /// that one. Not one placed apart, nor one of two of its type.
    @Test func anImpressionCopyWhosePlacesDriftedIsTheOnlyOneOfItsTypeOnItsSide() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m67", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.laterality.rawValue) \($0.lobes.joined(separator: "+"))"
            }
        }
        let bulla = "Bullae are seen in the apical segment of the left lung upper lobe. IMPRESSION: "
        // Both lungs, and both lungs in the copy: the emphysema keeps no lobe of the copy's.
        #expect(try read("FINDINGS: Emphysematous changes are observed in both lungs. " + bulla
            + "Emphysematous changes in the upper lobes of both lungs.")
            == ["0 emphysema bilateral ", "1 bulla left LUL"])
        // One side, a lobe more in the copy.
        #expect(try read("FINDINGS: Bronchial wall thickening is observed in the left lung lower lobe. Peribronchial "
            + "thickening accompanies it. IMPRESSION: Bronchial wall thickening in the upper and lower lobes of the left lung.")
            .filter { $0.contains("bronchial-wall") } == ["0 bronchial-wall-thickening left LLL"])
        // Placed apart: the upper lobes are not the lower lobes.
        #expect(try read("FINDINGS: Emphysematous changes are observed in the lower lobes of both lungs. " + bulla
            + "Emphysematous changes in the upper lobes of both lungs.").count == 3)
        // Two of its type the findings name, the copy on the side of one only: that one, whose lung holds its lobe
        // (mechanism M100, see anImpressionCopyNestingInTheOnlyOneOfItsTypeThereIsThatOne).
        #expect(try read("FINDINGS: Emphysematous changes are observed in the right lung. Emphysematous changes are also seen "
            + "in the left lung lower lobe. " + bulla + "Emphysematous changes in the right lung upper lobe.")
            == ["0 emphysema right ", "1 emphysema left LLL", "2 bulla left LUL"])
    }

    /// A lung copy whose place nests with that of the one finding of its very type the findings name there that no copy
    /// named — a lobe of its lung, a lobe of one lung within both —, beside others of its type elsewhere, is that one,
    /// which keeps its own places (mechanism M100: impression copies of a broader or narrower place). Not a copy on both
    /// sides around a finding on one (it may sum up two), nor one of another lobe.
    @Test func anImpressionCopyNestingInTheOnlyOneOfItsTypeThereIsThatOne() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m100", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.laterality.rawValue) \($0.lobes.joined(separator: "+"))"
            }
        }
        // One lower lobe within the ground glass of both lower lobes (the left upper lobe's is of another lobe).
        #expect(try read("FINDINGS: Ground glass opacities are seen in the lower lobes of both lungs. A ground glass opacity is "
            + "seen in the left lung upper lobe. IMPRESSION: Ground glass opacities in the right lung lower lobe.")
            == ["0 ground-glass-opacity bilateral RLL+LLL", "1 ground-glass-opacity left LUL"])
        // Both lungs around the one atelectasis of the right lower lobe: the copy may sum up that one and another, and stays.
        let lingula = "Linear atelectasis is observed in the left lung upper lobe lingular segment. IMPRESSION: "
        #expect(try read("FINDINGS: Compression atelectasis is seen in the right lung lower lobe posterobasal segment adjacent "
            + "to the effusion. " + lingula + "Compression atelectasis in the lower lobe posterobasal segments of both lungs.")
            .filter { $0.contains(" atelectasis") } == ["0 atelectasis right RLL", "2 atelectasis bilateral RLL+LLL"])
        // A lobe of neither: not the lingular consolidation on its side, nor the right one.
        #expect(try read("FINDINGS: Consolidation is observed in the right lung lower lobe. Consolidation is observed in the "
            + "left lung upper lobe lingular segment. IMPRESSION: Consolidation in the left lung lower lobe.")
            == ["0 consolidation right RLL", "1 consolidation left LUL", "2 consolidation left LLL"])
    }

    /// An impression finding of a sibling type (another child of the findings' finding's parent) names that finding again
    /// when both are specific lung words or one of the two is a weak word, the one of their family in the findings, placed
    /// and measured alike (mechanism M115); it keeps the findings' type.
    @Test func anImpressionCopyOfASiblingTypeIsTheFindingsFinding() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m115", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.laterality.rawValue) \($0.lobes.joined(separator: "+"))"
            }
        }
        // A centrilobular opacity named again as centrilobular nodules in its lobe: one finding, the findings' type.
        let opacity = "FINDINGS: Centriacinar nodular density increases are observed in the anterior segment of the left lung "
            + "upper lobe. IMPRESSION: "
        #expect(try read(opacity + "Centriacinar nodules in the left lung upper lobe.")
            == ["0 centrilobular-opacity left LUL"])
        // Nodules on the other side are others.
        #expect(try read(opacity + "Centriacinar nodules in the right lung lower lobe.")
            == ["0 centrilobular-opacity left LUL", "1 centrilobular-nodule right RLL"])
        // A weak word's sibling outside the lungs: the breast lesion named again as a space-occupying lesion, not one of
        // another size.
        let lesion = "FINDINGS: A lesion measuring 30x24 mm is observed in the upper outer quadrant of the left breast. "
            + "IMPRESSION: Space-occupying lesion"
        #expect(try read(lesion + " in the left breast.") == ["0 lesion left "])
        #expect(try read(lesion + " of 12 mm in the left breast.") == ["0 lesion left ", "1 mass left "])
        // Two specific siblings outside the lungs, or two patterns, are two findings.
        #expect(try read("FINDINGS: Osteophytes are observed at the corners of the thoracic vertebral bodies. IMPRESSION: "
            + "Thoracic spondylosis.").map { $0.components(separatedBy: " ")[1] } == ["osteophyte", "spondylosis"])
        #expect(try read("FINDINGS: Paraseptal emphysematous changes are observed in both lungs. IMPRESSION: Centrilobular "
            + "emphysema in both lungs.").map { $0.components(separatedBy: " ")[1] }
            == ["paraseptal-emphysema", "centrilobular-emphysema"])
    }

    /// Outside the lungs, an impression copy and the one finding of its kind the findings name that no copy named are one
    /// finding when one of the two names no organ (mechanism M30): an unplaced copy in other words (`restates`) is the
    /// placed finding, and a finding the findings placed nowhere takes the copy's side and organ.
    @Test func anImpressionCopyOutsideTheLungsMergesWhenOneOfTheTwoNamesNoOrgan() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m30", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.laterality.rawValue) \($0.places.joined(separator: "+"))"
            }
        }
        // "Atherosclerotic changes" names the calcified plaques again: one finding, where the plaques are.
        #expect(try read("FINDINGS: Calcified atheromatous plaques are seen in the walls of the thoracic aorta. IMPRESSION: "
            + "Atherosclerotic changes.") == ["0 arterial-wall-calcification none aorta"])
        // Beside coronary calcifications (a type of their own, which "atherosclerosis" does not restate), it is still the
        // aorta's plaques: the coronary finding stays as it is.
        #expect(try read("FINDINGS: Calcific plaques are observed in the aortic arch. Pericardial effusion is not observed. "
            + "Calcific plaques are observed in the coronary arteries. IMPRESSION: Atherosclerosis.").filter { !$0.contains("absent") }
            .map { $0.components(separatedBy: " ")[1] } == ["arterial-wall-calcification", "pericardial-effusion",
                                                            "coronary-artery-calcification"])
        // A hypodense lesion the findings placed nowhere is the copy's, in its kidney and on its side.
        #expect(try read("FINDINGS: A hypodense lesion of 2 cm is observed in the upper pole. IMPRESSION: Left renal hypodense "
            + "lesion.") == ["0 low-density left kidney"])
        // Not a lesion of another organ, nor one the copy says is new where the findings said no change.
        #expect(try read("FINDINGS: A hypodense lesion of 2 cm is observed in the liver. IMPRESSION: Left renal hypodense "
            + "lesion.").count == 2)
        #expect(try read("FINDINGS: A hypodense lesion of 2 cm is observed in the upper pole. IMPRESSION: Newly developed left "
            + "renal hypodense lesion.").count == 2)
        // Two of its kind the findings name, neither named again: the copy is neither.
        #expect(try read("FINDINGS: A hypodense lesion of 2 cm is observed in the upper pole. A hypodense lesion of 1 cm is "
            + "observed in the spleen. IMPRESSION: Left renal hypodense lesion.").count == 3)
        // A copy placed in the lungs is placed: the liver's low density is not the one said of both lungs.
        #expect(try read("FINDINGS: A decrease in density consistent with hepatosteatosis is observed in the liver. IMPRESSION: "
            + "Decreased density in both lungs consistent with emphysema.").filter { $0.contains("low-density") }.count == 2)
    }

    /// An impression copy of a weak word placed in an organ outside the lungs (mechanism M121) is the one finding of the
    /// findings section there its word could name, of a specific type or of its own kin: no second record beside it. Not a
    /// finding of another kind there (a stone), nor one on the other side, nor a finding of an organ within a broader
    /// region the copy names, nor another weak word's finding (a density of the fat is no skin thickening).
    @Test func aPlacedWeakImpressionCopyIsTheOneFindingItCouldNameInItsOrgan() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m121", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.laterality.rawValue) \($0.places.joined(separator: "+"))"
            }
        }
        // The liver's hypodense lesions are its nodular lesions (the fatty liver's density reduction, read as the
        // steatosis, is not one of them).
        #expect(try read("FINDINGS: A diffuse density reduction consistent with hepatosteatosis is observed in the upper "
            + "abdominal sections. Hypodense nodular lesions are observed in the right lobe of the liver, unchanged from the "
            + "previous examination. IMPRESSION: Hepatosteatosis, stable hypodense lesions in the right lobe of the liver.")
            == ["0 low-density none abdomen", "0 hepatosteatosis none abdomen+liver", "1 nodule none liver"])
        // The breast's solid lesion is its mass, not the density increase beside it.
        #expect(try read("FINDINGS: An asymmetric density increase is observed in the lower outer quadrant of the left breast, "
            + "and a mass lesion with irregular contours measuring 19x13 mm, unchanged from the previous examination. "
            + "IMPRESSION: Stable solid lesion with irregular contours in the lower outer quadrant of the left breast.")
            == ["0 high-density left breast", "0 mass none breast"])
        // The abdomen's fluid is the effusion said in the abdomen.
        #expect(try read("FINDINGS: A small amount of effusion is observed in the abdomen. IMPRESSION: Free fluid in the "
            + "abdomen.").count == 1)
        // A stone is no lesion; the other side's lesion is another; the liver's lesions are not the abdomen's free fluid.
        #expect(try read("FINDINGS: A 4 mm stone is observed in the lower pole of the right kidney. IMPRESSION: Lesion in the "
            + "right kidney.") == ["0 calculus right kidney", "1 lesion right kidney"])
        #expect(try read("FINDINGS: A hypodense nodular lesion of 15 mm is observed in the left adrenal gland. IMPRESSION: "
            + "Hypodense lesion in the right adrenal gland.").count == 2)
        #expect(try read("FINDINGS: Hypodense areas in the liver have increased. IMPRESSION: Increased free fluid in the "
            + "abdomen.") == ["0 low-density none liver", "1 fluid none abdomen"])
        // A density of the fat is not the skin thickening of the same breast.
        #expect(try read("FINDINGS: Density increases are observed in the subcutaneous fat planes of the left breast. "
            + "IMPRESSION: Thickening of the left breast skin.").count == 2)
    }

    /// An impression copy placed by a side alone, which its word reads as the lung's (mechanism M87), is the one finding of
    /// its type the findings placed outside the lungs on that side when they name none of its type in the lungs: the
    /// organ's finding stays as it is, with no lung cyst beside it. Not one on the other side, nor one of two organs, nor
    /// beside a lung finding of its type, nor one measured otherwise.
    @Test func aSideOnlyImpressionCopyIsTheOrgansFindingOnThatSide() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m87", text: text).findings.map {
                "\($0.sentence) \($0.type) \($0.category?.rawValue ?? "-") \($0.laterality.rawValue) \($0.places.joined(separator: "+"))"
            }
        }
        #expect(try read("FINDINGS: A few cortical cysts are observed in both kidneys. Emphysema in both lungs. IMPRESSION: "
            + "Emphysema. Bilateral cortical cysts.") == ["0 cyst - bilateral kidney", "1 emphysema 1c bilateral "])
        #expect(try read("FINDINGS: A cortical cyst of 12 mm is seen in the left kidney. IMPRESSION: Left cortical cyst.")
            == ["0 cyst - left kidney"])
        // The other side: a finding of its own.
        #expect(try read("FINDINGS: A cortical cyst of 12 mm is seen in the left kidney. IMPRESSION: Right cortical cyst.")
            .count == 2)
        // Two organs' findings of its type on its side: the copy names neither.
        #expect(try read("FINDINGS: Simple cysts are seen in both kidneys. Cysts are also seen in both breasts. IMPRESSION: "
            + "Bilateral cysts.").count == 3)
        // A lung finding of its type: the copy might be the lung's.
        #expect(try read("FINDINGS: A cortical cyst of 12 mm is seen in the left kidney. A thin-walled cyst of 8 mm is seen in "
            + "the right lung lower lobe. IMPRESSION: Left cortical cyst.").count == 3)
        // Another size: another cyst.
        #expect(try read("FINDINGS: A cortical cyst of 12 mm is seen in the left kidney. IMPRESSION: Left cyst of 30 mm.")
            .count == 2)
    }

    /// A plural finding named again with a place of its own that says a change (audit M44, after M40) passes it to every
    /// earlier one it names there, not only the last: "the mediastinal lymph nodes" are the prevascular ones and the
    /// hilar-subcarinal ones of one sentence. Not a singular one, not one placed elsewhere, not one with a change of its own,
    /// not a denial.
    @Test func aPluralFindingNamedAgainPassesItsChangeToEachOneItNames() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ impression: String, findings: String = "Lymph nodes are observed in the prevascular area, and a few "
                     + "lymph nodes are observed in the right hilar and subcarinal areas, the largest of which is 13x7 mm.")
            throws -> [String] {
            try parser.parse(id: "m44", text: "FINDINGS: " + findings + " IMPRESSION: Compared with the previous examination, "
                + impression).findings.map { "\($0.sentence) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try changes("there is a regression in the size of the mediastinal lymph nodes.")
            == ["0 present decreased", "0 present decreased"])
        #expect(try changes("there is a regression in the size of the mediastinal lymph node.")
            == ["0 present -", "0 present decreased"])
        #expect(try changes("there is a regression in the size of the right hilar lymph nodes.")
            == ["0 present -", "0 present decreased"])
        #expect(try changes("there is a regression in the size of the mediastinal lymph nodes.", findings: "Newly developed "
            + "lymph nodes are observed in the prevascular area, and a few lymph nodes are observed in the right hilar and "
            + "subcarinal areas, the largest of which is 13x7 mm.") == ["0 present new", "0 present decreased"])
        #expect(try changes("there is no regression in the size of the mediastinal lymph nodes.")
            == ["0 present -", "0 present -", "1 absent decreased"])
    }

    /// "Renal artery atherosclerosis" is a wall calcification below the chest (findings.xml: atherosclerosis in the kidney),
    /// so an impression naming the abdominal aorta's and the renal arteries' plaques again is those two findings only (audit
    /// O33: its renal part stayed an atherosclerosis of its own); named where the findings named no such plaques, it is one.
    @Test func renalArteryAtherosclerosisIsTheCalcificationTheFindingsNamed() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "o33", text: text).findings.map { "\($0.sentence) \($0.type)" }
        }
        #expect(try read("FINDINGS: Calcific plaques are seen in the wall of the abdominal aorta. Calcified plaques are seen at "
            + "the origin of both renal arteries. IMPRESSION: Atherosclerosis of the abdominal aorta and renal arteries.")
            == ["0 extrathoracic-arterial-calcification", "1 extrathoracic-arterial-calcification"])
        #expect(try read("FINDINGS: Calcific plaques are seen in the coronary arteries. IMPRESSION: Renal artery atherosclerosis.")
            == ["0 coronary-artery-calcification", "1 extrathoracic-arterial-calcification"])
    }

    /// An impression copy whose places are partly another list item's (audit mechanism M2: places borrowed from a neighbouring
    /// comma item) is read without them: it is the finding the findings named, and passes none of them back.
    @Test func anImpressionCopyIsNotPlacedByItsNeighbouringItems() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m2", text: text).findings.filter { $0.category != nil }
                .map { "\($0.sentence) \($0.type) \($0.laterality.rawValue)" }
        }
        // The left hilum is the fullness's, "hilar" the mass's: the narrowing in both lungs and the doubted mass by the right
        // hilum are the findings section's.
        #expect(try read("FINDINGS: Diffuse narrowing is observed in the bronchi of both lungs. There is a soft tissue density "
            + "in the right hilum, which may be a mass. IMPRESSION: The fullness of the left hilum, the narrowing of the bronchi "
            + "in both lungs, the possible presence of a hilar-located mass.")
            == ["0 airway-narrowing bilateral", "1 mass right"])
        // The lower lobes are the first item's: the ground glass in both lungs is the one named before.
        #expect(try read("FINDINGS: Ground glass opacities are observed in both lungs. IMPRESSION: Bilateral symmetrical lower "
            + "lobes in both lungs, denser consolidation areas posteriorly, ground glass opacities in both lungs.")
            == ["0 ground-glass-opacity bilateral", "1 consolidation bilateral"])
        // A finding the findings placed nowhere takes none of the places the copy borrowed.
        #expect(try read("FINDINGS: Diffuse narrowing is observed in the bronchi of both lungs. A soft tissue density is "
            + "observed, which may be a mass. IMPRESSION: Narrowing of the bronchi in both lungs, the possible presence of a "
            + "hilar-located mass.") == ["0 airway-narrowing bilateral", "1 mass none"])
        // A copy placed elsewhere in its own words stays a finding of its own …
        #expect(try read("FINDINGS: Diffuse narrowing is observed in the bronchi of both lungs. IMPRESSION: The fullness of the "
            + "left hilum, the narrowing of the bronchi in the right lung.").count == 2)
        // … and places that open the list frame it: they are every item's own, which the finding takes when the copy is that
        // one with its places drifted (audit mechanism M4).
        #expect(try parser.parse(id: "m2", text: "FINDINGS: Ground glass opacities are observed in both lungs. IMPRESSION: In the "
            + "lower lobes, consolidation areas, ground glass opacities in both lungs.").findings
            .filter { $0.type == "ground-glass-opacity" }.map { "\($0.sentence) \($0.lobes)" } == ["0 [\"RLL\", \"LLL\"]"])
    }

    /// The places a list item lends the items after it (`borrowedPlaces`: an item that names a finding, the places a doubted
    /// item took from the items before it when its own item names a place) are not an impression copy's own: the hilar
    /// mass the impression doubts after right hilar lymph nodes is the left one the findings named; with nothing placed
    /// before it, none of the list's places is lent to it.
    @Test func aDoubtedCopyIsNotPlacedByTheFindingItemsBeforeIt() throws {
        let parser = try Self.engine.makeParser()
        func masses(_ text: String) throws -> [String] {
            try parser.parse(id: "lent", text: text).findings.filter { $0.type == "mass" }
                .map { "\($0.sentence) \($0.laterality.rawValue)" }
        }
        #expect(try masses("FINDINGS: Bronchial wall thickening is observed in both lungs. There is a soft tissue density in the "
            + "left hilum, which may be a mass. IMPRESSION: Lymph nodes in the right hilum, bronchial wall thickening in both "
            + "lungs, the possible presence of a hilar mass.") == ["1 left"])
        #expect(try masses("FINDINGS: Bronchial wall thickening is observed in both lungs. There is a soft tissue density, "
            + "which may be a mass. IMPRESSION: Bronchial wall thickening in both lungs, the possible presence of a hilar "
            + "mass.") == ["1 none"])
    }

    /// An impression copy that sums up several findings outside the lungs is read, when its places sum up none, as its own
    /// words place it: the side and the pericardium the effusions before it in its comma list lent it are not its own.
    @Test func anImpressionCopySumsUpFindingsWithoutThePlacesItsNeighboursLentIt() throws {
        let parser = try Self.engine.makeParser()
        func lymphNodeSentences(_ impression: String) throws -> [Int] {
            try parser.parse(id: "m35", text: "FINDINGS: Lymphadenopathies are observed in the paratracheal region. There are "
                + "lymph nodes around the thyroid gland on both sides. IMPRESSION: " + impression)
                .findings.filter { $0.type == "lymphadenopathy" }.map(\.sentence)
        }
        // The thyroid and mediastinal lymph nodes are the two the findings named.
        #expect(try lymphNodeSentences("Left pleural effusion, minimal pericardial effusion, lymphadenopathies around the "
            + "thyroid gland and in the mediastinum.") == [0, 1])
        // A copy its own words place on a side no finding of the findings is on stays one of its own.
        #expect(try lymphNodeSentences("Left pleural effusion, minimal pericardial effusion, lymphadenopathies around the "
            + "thyroid gland and in the mediastinum and right hilar region.") == [0, 1, 2])
        // A copy its places sum up findings with is read with them all.
        let summed = try parser.parse(id: "m35", text: "FINDINGS: Lymphadenopathies are observed in the paratracheal and "
            + "subcarinal areas. Lymph nodes are observed at the celiac level in the upper abdomen. IMPRESSION: Multiple "
            + "conglomerated LAPs in the mediastinum, intraabdominal LAPs.")
        #expect(summed.findings.allSatisfy { $0.sentence < 2 })
    }

    /// A header sentence ending in ";" or ":" (segmentation.xml `frames`) gives its lung side to the next sentence's lung findings
    /// that name none; not a header without a side, not one about another organ, not a finding with a side of its own.
    @Test func aHeaderEndingInASemicolonFramesTheSideOfTheNextSentence() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let framed = try parser.parse(id: "h1", text: "FINDINGS: In the right lung; There are nodules in the upper lobe and ground "
            + "glass densities.")
        #expect(framed.findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes)" }
            == ["nodule right [\"RUL\"]", "ground-glass-opacity right []"])
        #expect(framed.findings.first?.explanation.contains { $0.role == "framed-by" && $0.origin == "sentence 0" } == true)
        let both = try parser.parse(id: "h2", text: "FINDINGS: In the evaluation of both lung parenchyma; There is a mosaic "
            + "attenuation pattern.")
        #expect(both.findings.map(\.laterality) == [.bilateral])
        let window = try parser.parse(id: "h3", text: "FINDINGS: When examined in the lung parenchyma window; There are ground "
            + "glass densities.")
        #expect(window.findings.map(\.laterality) == [.none])
        let own = try parser.parse(id: "h4", text: "FINDINGS: In the right lung; A nodule is observed in the left lung lower lobe.")
        #expect(own.findings.map(\.laterality) == [.left])
        let later = try parser.parse(id: "h5", text: "FINDINGS: In the right lung; There are nodules. Ground glass densities are "
            + "observed.")
        #expect(later.findings.map(\.laterality) == [.right, .none])
        // A side said on its own beside pleural places frames too (audits D10, D11); not beside another organ's.
        let pleural = try parser.parse(id: "h6", text: "FINDINGS: Between the pleural leaves on the right; Effusion with a "
            + "thickness of 2 cm is observed.")
        #expect(pleural.findings.map(\.laterality) == [.right])
        let other = try parser.parse(id: "h7", text: "FINDINGS: In the right kidney; There are nodules.")
        #expect(other.findings.allSatisfy { $0.laterality != .right || $0.category == nil })
        // A header ending in a colon frames as one ending in ";" does, before a capital or a lower-case word.
        let colon = try parser.parse(id: "h8", text: "FINDINGS: In the left lung lower lobe: A 4 mm nodule and a linear "
            + "atelectasis are observed. Right lung: a calcified nodule is seen.")
        #expect(colon.findings.map { "\($0.laterality.rawValue) \($0.lobes)" }
            == ["left [\"LLL\"]", "left [\"LLL\"]", "right []"])
    }

    /// An impression item's organ does not carry over to the next item, unless that one names it by a pronoun.
    @Test func anImpressionItemNamingTheOneBeforeByAPronounIsInItsOrgan() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "p1", text: "FINDINGS: Nodules in both lungs. IMPRESSION: Nodules smaller than 5 mm in "
            + "both lungs. Postcontrast hypodense lesions in the liver. It was first evaluated as a cyst.")
        let cyst = try #require(report.findings.first { $0.type == "cyst" })
        #expect(cyst.category == nil && cyst.laterality == Laterality.none)
        let apart = try parser.parse(id: "p2", text: "FINDINGS: Heart is normal. IMPRESSION: Hypodense lesions in the liver. "
            + "Atelectasis in the right lung lower lobe.")
        #expect(apart.findings.last?.lobes == ["RLL"])
    }

    /// "The pleural effusion continues to the apex of the lung": a finding named again only where it reaches (a place right
    /// after an extension cue) is the one named before; named there with a place of its own, or with an earlier one of
    /// another organ, it is another one.
    @Test func aFindingNamedAgainWhereItReachesIsTheFindingBefore() throws {
        let parser = try Self.engine.makeParser()
        let effusion = try parser.parse(id: "x1", text: "FINDINGS: Massive pleural effusion is observed on the right. The pleural "
            + "effusion continues to the apex of the lung when the patient is in the supine position.")
        #expect(effusion.findings.map(\.type) == ["pleural-effusion"])
        #expect(effusion.findings.first?.laterality == .right)
        let mass = try parser.parse(id: "x2", text: "FINDINGS: A 45x30 mm mass was observed in the right lung upper lobe. The mass "
            + "invades the mediastinum.")
        #expect(mass.findings.map(\.type) == ["mass"])
        #expect(mass.findings.first?.category?.rawValue == "2d")
        // Where it is, after where it reaches: another one ("infiltrating the mediastinum in the left lung").
        let other = try parser.parse(id: "x3", text: "FINDINGS: A mass lesion infiltrating the skin is observed at the level of "
            + "the left scapula. IMPRESSION: Decrease in the size of the mass infiltrating the mediastinum in the left lung.")
        #expect(other.findings.map(\.type) == ["mass", "mass"])
        // Without an extension cue the place is its own ("The mass in the mediastinum" is another one).
        let own = try parser.parse(id: "x4", text: "FINDINGS: A 45x30 mm mass was observed in the right lung upper lobe. The mass "
            + "in the mediastinum measures 20 mm.")
        #expect(own.findings.map(\.type) == ["mass", "mass"])
    }

    /// A definite re-mention whose only places are where it reaches (audit mechanism M48): in its own sentence after one of
    /// its type it is that one; the places an extension cue reaches run on past a place to the next one not said after "in";
    /// placed apart only by where it reaches, it is the one earlier finding of its type; "passes into" is an extension.
    @Test func aDefiniteReMentionWhereItReachesIsTheFindingBefore() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [Finding] { try parser.parse(id: "m48", text: "FINDINGS: " + text).findings }
        // In its own sentence: one catheter, where the first one is (not in the heart).
        let tip = try read("A port catheter is seen in the right subclavian vein, and the tip of the catheter reaches the right "
            + "atrium.")
        #expect(tip.map(\.type) == ["medical-material"])
        #expect(tip.first?.places.contains { ["heart", "heart-chamber", "right-atrium"].contains($0) } == false)
        // … but a place of its own names another one.
        #expect(try read("A mass is observed in the right upper lobe, and the mass in the left lower lobe measures 20 mm.")
            .map(\.type) == ["mass", "mass"])
        // Where it reaches runs on over "of" and "from" to the next place: the catheter and the mass named before.
        #expect(try read("A port chamber is observed on the left anterior chest wall. The port catheter terminates at the "
            + "junction of the superior vena cava with the right atrium.").map(\.type) == ["medical-material"])
        #expect(try read("A mass is observed in the left upper lobe. It is seen that the mass extends under the skin from the "
            + "intercostal space in the posterior part of the 4th rib.").map(\.type) == ["mass"])
        // Placed apart only by where it reaches: the one mass named before, in the left upper lobe.
        let apart = try read("A spiculated mass is observed in the apicoposterior segment of the left upper lobe. It is seen "
            + "that the mass extends to the superior segment bronchus of the left lower lobe.")
        #expect(apart.map(\.type) == ["mass"])
        #expect(apart.first?.lobes == ["LUL"])
        // Two masses before: which one it is, nothing says.
        #expect(try read("A mass is observed in the right upper lobe. Another mass is observed in the left lower lobe. The mass "
            + "extends into the right lower lobe.").map(\.type) == ["mass", "mass", "mass"])
        // "passes into": where it reaches, its size the mass's; without an extension verb the place is its own.
        let into = try read("A mass is observed in the wall of the gastric body. The mass is 31 mm thick and passes into the "
            + "perigastric fatty tissue.")
        #expect(into.filter { $0.type == "mass" }.map { $0.size?.maxMM } == [31])
        #expect(try read("A mass is observed in the wall of the gastric body. The mass is 31 mm thick and is also seen in the "
            + "perigastric fatty tissue.").filter { $0.type == "mass" }.count == 2)
    }

    /// "This cavitary lesion has caused atelectasis in the lower lobe": the place after a result cue is the result's, so the
    /// cause named again there is the finding named before, where that one is (audit mechanism M1).
    @Test func aCauseNamedAgainLeavesThePlaceOfItsResult() throws {
        let parser = try Self.engine.makeParser()
        let cavity = try parser.parse(id: "m1", text: "FINDINGS: A cavitary lesion is seen in the upper lobe of the left lung. This "
            + "cavitary lesion has caused atelectasis in the lower lobe.")
        #expect(cavity.findings.map(\.type) == ["cavity", "atelectasis"])
        #expect(cavity.findings.map(\.lobes) == [["LUL"], ["LLL"]])
        let which = try parser.parse(id: "m2", text: "FINDINGS: There is a cavitary lesion in the left lung. This cavitary lesion, "
            + "which caused atelectasis in the lower lobe, has increased.")
        #expect(which.findings.map(\.type) == ["cavity", "atelectasis"])
        #expect(which.findings.first?.lobes == [] && which.findings.first?.temporal == .increased)
        let compressing = try parser.parse(id: "m3", text: "FINDINGS: A mass is observed in the right hilum. This mass is "
            + "compressing the bronchus, causing atelectasis in the right lower lobe.")
        #expect(compressing.findings.map(\.type) == ["mass", "atelectasis"])
        #expect(compressing.findings.last?.lobes == ["RLL"])
        // What a mass named again lies between is no place of its own (audit B14).
        let between = try parser.parse(id: "m5", text: "FINDINGS: A 4 cm mass is observed in the right hilum. The mass is between "
            + "the right pulmonary artery and the truncus superior.")
        #expect(between.findings.map(\.type) == ["mass"])
        // Named again with a place of its own before the cue, it is another one.
        let other = try parser.parse(id: "m4", text: "FINDINGS: A cavitary lesion is seen in the upper lobe of the left lung. A "
            + "cavitary lesion in the right lower lobe has caused atelectasis in the middle lobe.")
        #expect(other.findings.map(\.type) == ["cavity", "cavity", "atelectasis"])
        #expect(other.findings.map(\.lobes) == [["LUL"], ["RLL"], ["RML"]])
    }

    /// "The described nodules were evaluated in favor of …": a sentence that names findings again and says what they are
    /// names no new ones (audit mechanism M5: re-namings inside interpretation sentences). The finding named again is the one
    /// before, also in a narrower word; what it is said to be, of a type named before, is that finding again (a doubt said
    /// once: present if either says so); a diagnosis placed by "in the etiology" is the one named before.
    @Test func aReNamingInAnInterpretationSentenceIsNoNewFinding() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m5", text: text).findings.map { "\($0.type) \($0.assertion.rawValue) \($0.sentence)" }
        }
        // (audit mechanism M5) the subject in a narrower word is the nodules before; a reading named nowhere before stays
        #expect(try read("FINDINGS: Acinar nodules are observed in the upper lobe of the right lung. The ground glass nodules "
            + "were evaluated in favor of an infectious process.") == ["nodule present 0", "pneumonia present 1"])
        // (audit mechanism M5) the consolidation and the doubted infiltration named before, the infiltration now present
        #expect(try read("FINDINGS: Consolidation areas are observed in the lower lobes of both lungs. Pneumonic infiltration is "
            + "considered in the etiology. Nodules are seen in the right lung, and the nodules described were primarily evaluated "
            + "in favor of consolidation areas secondary to pneumonic infiltration.")
            == ["consolidation present 0", "pneumonic-infiltration present 1", "nodule present 2"])
        // … also after a cue that places a finding by the one before it ("around them", "in the periphery"): it looks back
        // and places no subject after it
        for around in ["around them", "in the periphery"] {
            #expect(try read("FINDINGS: Consolidation areas are observed in the lower lobes of both lungs. Pneumonic infiltration "
                + "is considered in the etiology. There is an increase in the size of nodular lesions with a ground glass halo "
                + "\(around), and the nodules described were primarily evaluated in favor of consolidation areas secondary to "
                + "pneumonic infiltration.")
                == ["consolidation present 0", "pneumonic-infiltration present 1", "nodule present 2", "halo-sign present 2"])
        }
        // (audit mechanism M5) a hedged reading of the nodules named again is those nodules
        #expect(try read("FINDINGS: Nodular lesions are observed in both lungs, the largest in the right lower lobe. These "
            + "nodular lesions may belong to metastatic nodules.") == ["nodule present 0"])
        // (audit mechanism M5) the diagnosis the impression names in the etiology again, and the one said after a cue by "the"
        #expect(try read("FINDINGS: Ground glass areas are observed in the lower lobes of both lungs. Viral pneumonia is "
            + "considered in the etiology. IMPRESSION: Ground glass areas in the lower lobes of both lungs. Viral pneumonia is "
            + "considered in the etiology.") == ["ground-glass-opacity present 0", "pneumonia uncertain 1"])
        #expect(try read("FINDINGS: Consolidation areas are observed in both lungs. Infection is considered in the etiology. "
            + "IMPRESSION: Consolidation areas in both lungs were evaluated in favor of the infectious process.")
            == ["consolidation present 0", "pneumonia present 1"])
        // (audit mechanism M5) not one placed elsewhere than the findings read: the metastasis of the right lower lobe nodules
        // is no mass of the left upper lobe …
        #expect(try read("FINDINGS: A mass is observed in the left lung upper lobe. Nodules are observed in the right lung lower "
            + "lobe. The described nodules were evaluated in favor of metastasis.")
            == ["mass present 0", "nodule present 1", "mass present 2"])
        // … nor, without a finding named again, what another sentence reads elsewhere
        #expect(try read("FINDINGS: Consolidation is observed in the right lower lobe, consistent with pneumonia. Ground glass "
            + "areas in the left lower lobe are consistent with pneumonia.")
            == ["consolidation present 0", "pneumonia present 0", "ground-glass-opacity present 1", "pneumonia present 1"])
    }

    /// A finding named again with a place of its own, sentences later and with no reference cue, in a sentence that doubts
    /// what it may be, is the only earlier finding of its type and section where it lies (also one side of a bilateral one);
    /// not where two earlier ones could be it, not placed elsewhere, not measured anew, not in a sentence that doubts nothing.
    @Test func aFindingNamedAgainInASentenceThatDoubtsWhatItIsIsTheOneBefore() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "rr", text: text).findings.map { "\($0.type) \($0.assertion.rawValue) \($0.sentence)" }
        }
        let before = "FINDINGS: Consolidation is observed in the posterior segment of the right lung upper lobe. A few "
            + "millimetric nodules are seen in the left lung. Pleural effusion is not observed. "
        #expect(try read(before + "Consolidation in the posterior segment of the right lung upper lobe may be consistent with "
            + "pneumonic infiltration.") == ["consolidation present 0", "nodule present 1", "pleural-effusion absent 2",
                                            "pneumonic-infiltration uncertain 3"])
        #expect(try read("FINDINGS: Consolidation areas are observed in the lower lobes of both lungs. The heart is normal. "
            + "Consolidation areas in the left lung primarily suggest atelectasis.")
            == ["consolidation present 0", "atelectasis uncertain 2"])
        // (not in a sentence that doubts nothing: another one there)
        #expect(try read(before + "There is also consolidation in the posterior segment of the right lung upper lobe.")
            == ["consolidation present 0", "nodule present 1", "pleural-effusion absent 2", "consolidation present 3"])
        // (not one placed elsewhere, nor one measured where the earlier one was not)
        #expect(try read(before + "Consolidation in the left lung lower lobe may be consistent with pneumonic infiltration.")
            == ["consolidation present 0", "nodule present 1", "pleural-effusion absent 2", "consolidation present 3",
                "pneumonic-infiltration uncertain 3"])
        #expect(try read(before + "A 14 mm consolidation in the posterior segment of the right lung upper lobe may be "
            + "consistent with pneumonic infiltration.")
            == ["consolidation present 0", "nodule present 1", "pleural-effusion absent 2", "consolidation present 3",
                "pneumonic-infiltration uncertain 3"])
        // (not where two earlier ones could be it)
        #expect(try read("FINDINGS: Consolidation is observed in the right lung upper lobe. The heart is normal. Consolidation "
            + "is observed in the right lung lower lobe. Consolidation in the right lung may be consistent with pneumonic "
            + "infiltration.").filter { $0.hasPrefix("consolidation") }.count == 3)
    }

    /// Two mentions of one finding in one sentence, merged: where one is doubted and the other present only as nothing
    /// doubts it, the finding is doubted (audit mechanism M14); one a cue affirms ("compatible with") stays present.
    @Test func aSentenceThatOnlyDoubtsAFindingNamedTwiceDoubtsIt() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m14", text: text).findings.map { "\($0.type) \($0.assertion.rawValue) \($0.sentence)" }
        }
        // (audit mechanism M14) the bare diagnosis and its doubted restatement in brackets: one doubted pneumonia
        #expect(try read("FINDINGS: Patchy ground glass areas are observed in the lower lobes of both lungs. Viral pneumonia "
            + "(Covid-19 pneumonia is considered first) in the etiology of these findings.")
            == ["ground-glass-opacity present 0", "pneumonia uncertain 1"])
        // (audit mechanism M14) not one the sentence affirms, with others of its kind only in the differential
        #expect(try read("FINDINGS: Patchy ground glass areas are observed in the lower lobes of both lungs. The findings are "
            + "compatible with Covid-19 pneumonia, and other viral pneumonias are included in the differential diagnosis.")
            == ["ground-glass-opacity present 0", "pneumonia present 1"])
    }

    /// A later change whose word names no earlier finding of its very type reaches the findings of one sentence of a kindred
    /// type: a narrower word the broader finding, a broader word one its modifiers refine (over a general recap's change);
    /// not any narrower type, and not one its own sentence names apart (audit mechanism M117).
    @Test func aChangeSaidByAKindredWordIsTheChangeOfTheFindingItNames() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ text: String) throws -> [String] {
            try parser.parse(id: "k", text: text).findings.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try changes("FINDINGS: Paraseptal emphysematous changes are observed in the upper lobes of both lungs. A 4 mm "
            + "nodule is observed in the lower lobe of the right lung. Compared to the previous examination, the findings are "
            + "progressive. Emphysematous changes are stable.").prefix(2)
            == ["paraseptal-emphysema stable", "nodule increased"])
        #expect(try changes("FINDINGS: Consolidation is observed in the lower lobe of the right lung. This appearance was "
            + "evaluated in favor of newly developing pneumonic infiltration.")
            == ["consolidation new", "pneumonic-infiltration new"])
        // (a mass is a kind of nodule, but "nodules" do not name it: the recap's change stays)
        #expect(try changes("FINDINGS: A mass is observed in the upper lobe of the left lung. Compared to the previous "
            + "examination, the findings are progressive. Nodules in both lungs are stable.")
            == ["mass increased", "nodule stable"])
        // (the later sentence names the bronchial wall thickening apart from the new peribronchial thickenings)
        #expect(try changes("FINDINGS: Bronchial wall thickening is observed in both lungs. IMPRESSION: Bronchial wall "
            + "thickening and newly developed peribronchial thickenings in both lungs.")
            == ["bronchial-wall-thickening -", "peribronchial-thickening new"])
    }

    /// A finding named again later with a change of its own ("Stable millimetric nodules in both lungs" in the impression)
    /// has that change (and where the later one names it where it is, that one is no finding of its own), also over one a recap gave from afar; not from a later one placed elsewhere, a new one beside it,
    /// nor one of another organ.
    @Test func aChangeSaidOfAFindingNamedLaterIsItsChange() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ text: String) throws -> [TemporalChange?] { try parser.parse(id: "c", text: text).findings.map(\.temporal) }
        #expect(try changes("FINDINGS: There are millimetric nodules in both lungs. Consolidation in the right lower lobe. "
            + "IMPRESSION: Stable millimetric nodules in both lungs.") == [.stable, nil])
        #expect(try changes("FINDINGS: Emphysematous changes in both lungs. Consolidation in the right lower lobe. Ground glass areas "
            + "in the left upper lobe. Compared to the previous examination, the findings are progressive. Emphysematous changes "
            + "are stable.") == [.stable, .increased, .increased])
        #expect(try changes("FINDINGS: Nodules are observed at the left apex. The nodule in the left lower lobe has increased.")
            == [nil, .increased])
        #expect(try changes("FINDINGS: Nodules are observed in both lungs. A new nodule is observed in the right upper lobe.")
            == [nil, .new])
        // (nor to one before words that set it apart: "Apart from this, …", audit U11)
        #expect(try changes("FINDINGS: A ground glass opacity is observed in the apical segment of the right upper lobe. Apart from "
            + "this, in the right upper lobe, ground glass opacities, which were not observed in the previous examination, are "
            + "observed.") == [nil, .new])
        // (nor one in another segment of its lobe: audits U11, W11)
        #expect(try changes("FINDINGS: A 3 mm nodule is observed in the anterior segment of the left lung upper lobe. A stable "
            + "nodule with a diameter of 3 mm is observed in the inferior lingular segment.") == [nil, .stable])
        #expect(try changes("FINDINGS: A mass is observed in the right lower lobe. Metastases showing increased size in the liver.")
            == [nil, .increased])
        // A later sentence whose findings share one change passes it back to each ("a regression in the dimensions of the
        // mediastinal lymph nodes and pericardial effusion"); one whose findings differ, only the changes that stand in or
        // right before their phrases ("Regressed mediastinal lymph nodes, increased ground glass areas"; audit GGGGGG).
        #expect(try changes("FINDINGS: Minimal pericardial effusion is observed. Lymph nodes are observed in the mediastinum. "
            + "Compared with the previous examination, there is a regression in the dimensions of the mediastinal lymph nodes and "
            + "pericardial effusion.") == [.decreased, .decreased])  // (both named again: "pericardial" is not the nodes' place)
        #expect(try changes("FINDINGS: Ground glass areas are observed. Lymph nodes are observed in the mediastinum. "
            + "IMPRESSION: Regressed mediastinal lymph nodes, increased ground glass areas.").prefix(2) == [.increased, .decreased])
        // (impression copies with their own changes are the findings they name again, and pass their changes back)
        #expect(try changes("FINDINGS: Ground glass areas are observed. Lymph nodes are observed in the mediastinum. "
            + "IMPRESSION: Mediastinal lymph nodes have regressed, ground glass areas have increased.") == [.increased, .decreased])
        // One gone since ("… appear to be fully regressed") is gone: the earlier one is denied, resolved, and no label.
        let gone = try parser.parse(id: "c9", text: "FINDINGS: In the old thorax CT, prominent areas of pneumonic consolidation "
            + "were observed in the upper lobes of both lungs. IMPRESSION: Consolidations in the upper lobes of both lungs appear to "
            + "be fully regressed in the current examination.")
        #expect(gone.findings.map(\.assertion) == [.absent])
        #expect(gone.findings.map(\.temporal) == [.resolved])
        #expect(gone.labels[.consolidation] == 0)
        // So it is when it says again the change the earlier one has.
        #expect(try changes("FINDINGS: Subpleural nodules are observed in the middle lobe of the right lung. They are stable. "
            + "IMPRESSION: Stable subpleural nodules in the middle lobe of the right lung.") == [.stable])
        let said = try Self.engine.makeParser(explain: true).parse(id: "c0", text: "FINDINGS: Subpleural nodules are observed in "
            + "the middle lobe of the right lung. They are stable. IMPRESSION: Stable subpleural nodules in the middle lobe of the "
            + "right lung.")
        #expect(said.findings.first?.explanation.contains { $0.role == "named-again" && $0.origin == "sentence 2" } == true)
        // Named where the earlier one is, and not measured otherwise, it is that one again: one finding.
        let cavity = try parser.parse(id: "c1", text: "FINDINGS: A cavitary lesion is observed in the lingular segment of the left lung "
            + "upper lobe. IMPRESSION: Cavity size decreased compared to previous examination.")
        #expect(cavity.findings.map(\.temporal) == [.decreased])
        #expect(try changes("FINDINGS: There are sequelae changes at the apical level in both lungs. IMPRESSION: Sequelae changes at "
            + "the posterobasal level are also observed in the previous examination.").count == 2)
        #expect(try changes("FINDINGS: A 6 mm nodule is observed in the right lung lower lobe. There is a 4 mm nodule more caudally. "
            + "Compared with the previous examination, it is stable.") == [.stable, .stable])
        // A lung finding placed nowhere is not known to be among the ones of both lungs.
        #expect(try changes("FINDINGS: Focal consolidation is observed, and acinar nodules accompany it. IMPRESSION: Stable subpleural "
            + "nodules in both lungs.") == [nil, nil, .stable])
    }

    /// A change framed by a comparison with an earlier study and naming nothing, after a sentence without findings, is
    /// the whole examination's: every finding before it without a change of its own; right after a sentence with
    /// findings, theirs.
    @Test func aComparisonOfTheWholeExaminationIsEveryFindingsChange() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ text: String) throws -> [TemporalChange?] { try parser.parse(id: "w", text: text).findings.map(\.temporal) }
        #expect(try changes("FINDINGS: Emphysema in both lungs. Nodules in the right lung. The bone structures are normal. When "
            + "compared with the old thorax CTs dated September 2015, no significant difference was found.") == [.stable, .stable])
        #expect(try changes("FINDINGS: Emphysema in both lungs. Nodules in the right lung. When compared with the previous "
            + "examination, no significant difference was found.") == [nil, .stable])
    }

    /// A comparison of the whole examination that closes the impression, after the findings restated there, is every
    /// finding's without a change of its own, not only the one restated right before it (audit mechanism M64); one with a
    /// finding after it, or closing the findings section, is still the sentence before's.
    @Test func aComparisonClosingTheImpressionIsTheWholeExaminations() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ text: String) throws -> [TemporalChange?] { try parser.parse(id: "e", text: text).findings.map(\.temporal) }
        let findings = "FINDINGS: There are linear atelectasis in the left lung lower lobe. A 3 mm nodule is observed in the right "
            + "lung upper lobe. There are degenerative changes in the bone structures. "
        let impression = "IMPRESSION: Linear atelectasis in the left lung lower lobe. A 3 mm nodule in the right lung upper lobe. "
            + "Degenerative changes in the bone structures. "
        let frame = "When compared with the old thorax CTs dated 14 March 2019; no significant difference was found."
        #expect(try changes(findings + impression + frame) == [.stable, .stable, .stable])
        // A change a finding says of its own stays.
        #expect(try changes("FINDINGS: There are linear atelectasis in the left lung lower lobe. A 3 mm nodule in the right lung "
            + "upper lobe has increased in size compared to the previous examination. There are degenerative changes in the bone "
            + "structures. IMPRESSION: Linear atelectasis in the left lung lower lobe. Degenerative changes in the bone structures. "
            + frame) == [.stable, .increased, .stable])
        // Not closing the impression: a finding named after it.
        #expect(try changes(findings + impression + frame + " Hiatal hernia.") == [nil, nil, .stable, nil])
        // Closing the findings section: the sentence before's.
        #expect(try changes(findings + frame) == [nil, nil, .stable])
    }

    /// A landmark named again in a later sentence ("adjacent to the effusion") is the finding named before, no second one.
    @Test func aLandmarkNamedBeforeIsThatFinding() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "l1", text: "FINDINGS: There is pleural effusion on the right. "
            + "Compression atelectasis is observed adjacent to the effusion.")
        #expect(report.findings.map(\.type) == ["pleural-effusion", "atelectasis"])
    }

    /// A definite landmark or comparison standard ("around the fracture", "adjacent to the effusion", "compared to the
    /// atelectatic lung") names the finding of its type the report describes elsewhere — before it, or later in its section —
    /// and takes no size or change of its own; named nowhere else it is a finding of its own.
    @Test func aLandmarkNamedElsewhereIsNoFindingOfItsOwn() throws {
        let parser = try Self.engine.makeParser()
        func types(_ text: String) throws -> [String] { try parser.parse(id: "l2", text: text).findings.map(\.type) }
        // Outside the chest too, and the size of what lies beside it is not its own.
        let fracture = try parser.parse(id: "l2", text: "FINDINGS: A minimally displaced fracture is observed in the right "
            + "8th rib. Soft tissue edema is observed around the fracture, and a hematoma of 14x6 mm is seen below it.")
        #expect(fracture.findings.filter { $0.type == "fracture" }.map(\.size) == [nil])
        // Named after it, further on in the findings: that one, which keeps its own side and change.
        let effusion = try parser.parse(id: "l3", text: "FINDINGS: Consolidations evaluated in favor of atelectasis are observed "
            + "in the posterobasal segment of the left lung lower lobe, adjacent to the effusion. Compared to the previous "
            + "examination, no significant change was found. Minimal pleural effusion is newly observed on both sides.")
        #expect(effusion.findings.filter { $0.type == "pleural-effusion" }.map(\.laterality) == [.bilateral])
        // A comparison standard: the atelectasis named before.
        #expect(try types("FINDINGS: The right lung is completely atelectatic. An area of approximately 25 mm in diameter is "
            + "observed in the lower lobe of the right lung, which is minimally hyperdense compared to the atelectatic lung "
            + "parenchyma.").filter { $0 == "atelectasis" }.count == 1)
        // Sentences apart, in the lung, the one named before placed nowhere.
        #expect(try types("FINDINGS: Consolidation areas with air bronchograms are observed. Emphysema in both lungs. In both "
            + "lower lobes, ground glass densities are observed adjacent to the consolidation areas.")
            .filter { $0 == "consolidation" }.count == 1)
        // Named nowhere else, or only on the other side, or only a broader kind of it: a finding of its own.
        #expect(try types("FINDINGS: Compressive atelectasis is observed in the right lung lower lobe adjacent to the "
            + "effusion.").contains("pleural-effusion"))
        let otherSide = try parser.parse(id: "l4", text: "FINDINGS: There is minimal pleural effusion on the right. A "
            + "consolidation area is observed adjacent to the pleural effusion in the lower lobe of the left lung.")
        #expect(otherSide.findings.filter { $0.type == "pleural-effusion" }.map(\.laterality) == [.right, .left])
        #expect(try types("FINDINGS: Sequelae changes are observed in both lungs. A soft tissue density of 20x9 mm is observed "
            + "within the sequela fibrotic band in the left lung upper lobe.").contains("fibrotic-band"))
        // Named only by a later copy in the impression: it stays the findings' one, which the copy names again.
        let copy = try parser.parse(id: "l5", text: "FINDINGS: Atelectasis is observed in the left lung lower lobe adjacent to "
            + "the effusion. IMPRESSION: Left pleural effusion.")
        #expect(copy.findings.filter { $0.type == "pleural-effusion" }.map(\.sentence) == [0])
        // A head past a comma names no landmark: "within the image, hypodense lesions" are lesions of their own.
        #expect(try types("FINDINGS: A 12 mm hypodense lesion is observed in the right kidney. In the upper abdominal sections "
            + "within the image, hypodense lesions are observed in the liver.").filter { $0 == "low-density" }.count == 2)
    }

    /// "The described appearance has regressed" names the findings of the sentences right before it: the
    /// change is theirs (back to a sentence without findings, or one that says a change of its own);
    /// "other findings are stable" names every finding before it but those of the sentence right before it (what
    /// "other" sets apart). Neither is a finding of its own.
    @Test func theDescribedAppearanceSaysTheChangeOfTheFindingsBeforeIt() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "t1", text: "FINDINGS: There are millimetric nodules in the right lung. "
            + "Trachea and both main bronchi are open. Consolidation is observed in the left lower lobe. "
            + "There is also minimal volume loss in this localization. No pleural effusion was detected. "
            + "When compared with the previous examination, minimal regression was detected in the described appearance.")
        #expect(report.findings.map(\.type) == ["nodule", "consolidation", "volume-loss", "pleural-effusion"])
        #expect(report.findings.map(\.temporal) == [nil, .decreased, .decreased, nil])
        #expect(report.findings[1].explanation.contains { $0.role == "recap" })
        let other = try parser.parse(id: "t2", text: "FINDINGS: A new nodule in the right upper lobe. Emphysema in both lungs. "
            + "Aortic wall calcification. Viral pneumonia is considered in the etiology of the nodule. Other findings are stable.")
        #expect(other.findings.map(\.temporal) == [.new, .stable, .stable, nil])
        // "Apart from these, no significant difference": every finding before them, but not those of the change sentences
        // right before, nor earlier ones of their types (audit F12; `reach` of scope.set-apart in cues.xml).
        let apart = try parser.parse(id: "t16", text: "FINDINGS: There are nodules in both lungs. Ground glass areas are observed "
            + "in the right lower lobe. Emphysema in both lungs. Compared to the previous examination, ground glass areas in the "
            + "right lower lobe have newly developed. Apart from these, no significant difference was found.")
        #expect(apart.findings.map(\.temporal) == [.stable, .new, .stable])
        // Nor the findings beside one that says another change of its own: they go with that change (audit lab 604);
        // beside one that says the same change they still take it.
        let beside = try parser.parse(id: "t19", text: "FINDINGS: In the anterobasal segment of the right lung lower lobe, a "
            + "consolidation area with air bronchograms and dense ground glass around it was observed, and the dimensions of the "
            + "consolidation were significantly reduced compared to the previous examination. Emphysema is observed in both "
            + "lungs. There is a calcified nodule in the left upper lobe. Other findings are stable.")
        #expect(beside.findings.map(\.temporal) == [.decreased, nil, nil, .stable, nil])
        let alike = try parser.parse(id: "t20", text: "FINDINGS: Hypodense stable lesions are observed in both kidneys and a "
            + "nodule is observed in the left lung. Emphysema is observed in both lungs. There is a sliding type hiatal hernia. "
            + "Other findings are stable.")
        // (one stable lesion: the change word between "hypodense" and its noun splits no phrase)
        #expect(alike.findings.map(\.temporal) == [.stable, .stable, .stable, nil])
        // "This appearance" (one thing: `reach` of the cue in cues.xml) names the last sentence's findings only.
        let this = try parser.parse(id: "t13", text: "FINDINGS: There are emphysematous changes in both lungs. There is a focal ground "
            + "glass area in the right lung upper lobe. This appearance can also be observed in the previous examination.")
        #expect(this.findings.map(\.temporal) == [nil, .stable])
        // Past the sentence right before it when all its findings say their own change (it is not about them).
        let past = try parser.parse(id: "t11", text: "FINDINGS: Patchy consolidation areas were observed in the lower lobes of both "
            + "lungs. A newly emerged free pleural effusion was observed. The described findings show a significant progression "
            + "compared to the previous examination. Apart from this, no significant change was detected in the other findings.")
        #expect(past.findings.map(\.temporal) == [.increased, .new])
        // Past a sentence that only names them and says no change ("the findings are nonspecific"): "the findings" are
        // still those before it, and "other findings" none of them; "the described appearance" (one) stops there.
        let nonspecific = try parser.parse(id: "t14", text: "FINDINGS: In both lungs, ground glass areas are observed. "
            + "The appearance primarily suggests infective pathology. However, the findings are nonspecific. The distribution "
            + "does not suggest Covid 19 pneumonia. Compared to the previous examination, the findings are slightly "
            + "progressive. Other findings are stable.")
        #expect(nonspecific.findings.filter { $0.assertion != .absent }.map(\.temporal) == [.increased, .increased])
        let one = try parser.parse(id: "t15", text: "FINDINGS: In both lungs, ground glass areas are observed. The findings "
            + "were thought to be postinfectious changes. There is a 17 mm nodular density in the right upper lobe. The "
            + "described appearance was not observed in the previous examination.")
        #expect(one.findings.map(\.temporal) == [nil, .new])
        // "The described appearance" (one) takes no finding past a sentence that only denies once findings took its change
        // (audit lab 702); before them it looks past denials, and "these findings" past them too.
        let denied = try parser.parse(id: "t17", text: "FINDINGS: Centrilobular emphysema is observed in both lungs. No lytic "
            + "lesion was detected in the bone structures. There is height loss in the T11 vertebral body. No accompanying "
            + "fracture line was detected. The described appearance was also present in the previous examination and "
            + "no difference was found.")
        #expect(denied.findings.filter { $0.assertion != .absent }.map(\.temporal) == [nil, .stable])
        let these = try parser.parse(id: "t18", text: "FINDINGS: Centrilobular emphysema is observed in both lungs. No lytic "
            + "lesion was detected in the bone structures. There is height loss in the T11 vertebral body. No accompanying "
            + "fracture line was detected. These findings were also present in the previous examination and no "
            + "difference was found.")
        #expect(these.findings.filter { $0.assertion != .absent }.map(\.temporal) == [.stable, .stable])
        // A change said before the words in another clause is not theirs; a change that is no change since an
        // earlier study says nothing of them; a denied one neither.
        let none = try parser.parse(id: "t3", text: "FINDINGS: Ground glass areas in the right lung. In the T7 vertebra there "
            + "is a newly developed loss of height, and the appearance of fracture lines is observed. "
            + "This pattern developed secondary to small airway involvement. No new findings were detected.")
        #expect(none.findings.filter { $0.category != nil }.allSatisfy { $0.temporal == nil })
        // "It is stable" names the findings of the sentence right before it only.
        let pronoun = try parser.parse(id: "t4", text: "FINDINGS: Ground glass areas in the right lung. "
            + "There is a 5 mm hypodense nodule in the liver. It is stable. It is recommended to correlate clinically.")
        #expect(pronoun.findings.map(\.temporal) == [nil, .stable])
        // So do its size or dimensions opening a sentence ("Its size has increased"), as "It" would (probe M173).
        let size = try parser.parse(id: "t4d", text: "FINDINGS: Emphysema in both upper lobes. A 7 mm nodule is observed in the "
            + "left lung lower lobe. Its size has increased compared to the previous examination.")
        #expect(size.findings.map(\.temporal) == [nil, .increased])
        let dimensions = try parser.parse(id: "t4e", text: "FINDINGS: Nodules are observed in the right lung upper lobe. Their "
            + "dimensions have decreased.")
        #expect(dimensions.findings.map(\.temporal) == [.decreased])
        // So do a demonstrative and a quantity that stand alone as the subject ("These are", "Both of them").
        let both = try parser.parse(id: "t4b", text: "FINDINGS: A cyst in the right lung upper lobe. Two nodules of 5 mm and 3 mm "
            + "are observed in the left lung lower lobe. Both of them are stable compared to the previous examination.")
        #expect(both.findings.map(\.temporal) == [nil, .stable])
        let demonstrative = try parser.parse(id: "t4c", text: "FINDINGS: Linear densities are observed in the lingula. "
            + "These are evaluated as sequelae.").findings
        #expect(demonstrative.first { $0.type == "fibrotic-sequela" }?.lobes == ["LUL"])
        // So does a sentence that opens with its change and names nothing; one whose change has a subject of
        // its own does not.
        let subjectless = try parser.parse(id: "t6", text: "FINDINGS: A 5 mm nodule in the right lower lobe. "
            + "No significant difference was detected. Emphysema in both upper lobes. The curvature of the spine has increased.")
        #expect(subjectless.findings.map(\.temporal) == [.stable, nil])
        // … also with a generic word that names nothing ("in appearance").
        let appearance = try parser.parse(id: "t12", text: "FINDINGS: A 5 mm nodule is observed in the right lung upper lobe. "
            + "There was no significant difference in appearance when compared with the previous examination.")
        #expect(appearance.findings.map(\.temporal) == [.stable])
        // "in terms of prevalence" is what is compared, no doubt.
        let prevalence = try parser.parse(id: "t14", text: "FINDINGS: Consolidations are observed in both lungs. There was no "
            + "significant difference between the examinations in terms of prevalence.")
        #expect(prevalence.findings.map(\.temporal) == [.stable])
        // An opening "however" and an article do not make a subject; "apart from these" sets the findings apart.
        let however = try parser.parse(id: "t7", text: "FINDINGS: Consolidation and ground glass areas in both lower lobes. "
            + "However, a minimal increase was observed in this examination. Emphysema in both upper lobes. "
            + "Apart from these, no significant difference was found.")
        #expect(however.findings.map(\.temporal) == [.increased, .increased, nil])
        // A later recap says the change anew; "other findings" leave the findings a recap gave one.
        let anew = try parser.parse(id: "t10", text: "FINDINGS: Consolidation and ground glass areas in the right lower lobe. The "
            + "described appearance can also be observed in the previous examination. However, a minimal increase was observed "
            + "in this examination.")
        #expect(anew.findings.map(\.temporal) == [.increased, .increased])
        let others = try parser.parse(id: "t11", text: "FINDINGS: Emphysema in both upper lobes. The heart is normal. Consolidation "
            + "in the left upper lobe. The findings described have only recently emerged in the current review. In the other described findings, no "
            + "significant change was detected in the current examination.")
        #expect(others.findings.map(\.temporal) == [.stable, .new])
        // Nor does what the report is compared with, up to its comma, even when it names an organ; a place after
        // it makes the sentence about that place.
        let framed = try parser.parse(id: "t8", text: "FINDINGS: A few lymph nodes are observed at the level of the right "
            + "hilum. When compared with the old thorax CTs dated September 22, 2015, no significant difference was found.")
        #expect(framed.findings.map(\.temporal) == [.stable])
        // Audits J31, N31: the frame may end at a semicolon too.
        let semicolon = try parser.parse(id: "t8b", text: "FINDINGS: A calcified nodule of 4 mm in the left lower lobe. The heart "
            + "is normal. When compared with the old thorax CTs dated 3 May 2019; no significant difference was found.")
        #expect(semicolon.findings.map(\.temporal) == [.stable])
        let elsewhere = try parser.parse(id: "t9", text: "FINDINGS: A 5 mm nodule in the right lower lobe. When compared with "
            + "the previous thorax CT, in the liver, no significant difference was found.")
        #expect(elsewhere.findings.map(\.temporal) == [nil])
        // No change in the number and size of nodules: the nodules are there, stable; in their number only, a
        // change of their size said after it is theirs.
        let unchanged = try parser.parse(id: "t5", text: "FINDINGS: There is no significant difference in the number and "
            + "size of the nodules observed in both lungs. Although there is no significant difference in the number of "
            + "the lymph nodes, almost all of them decrease in size.")
        #expect(unchanged.findings.map(\.assertion) == [.present, .present])
        #expect(unchanged.findings.map(\.temporal) == [.stable, .decreased])
    }

    /// A recap does not reach back past a sentence that names a topic organ and no finding, or a finding of it (the
    /// periportal edema of the liver, a type since scan T43: it takes the change): it is about that organ (audit mechanism M24). A sentence without
    /// findings about the heart or the airways does not stop it; a comparison of the whole examination still reaches every
    /// finding.
    @Test func aRecapStopsAtAnOrgansSentenceWithoutFindings() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ text: String) throws -> [TemporalChange?] { try parser.parse(id: "o", text: text).findings.map(\.temporal) }
        #expect(try changes("FINDINGS: Sequelae changes are observed in the lingula of the left lung. The contour and size of the "
            + "spleen are normal. Mild periportal edema is observed. It is also present in the previous CT.") == [nil, .stable])
        #expect(try changes("FINDINGS: Fibrotic bands are observed in the right lung lower lobe. Contour, size, parenchymal "
            + "density of the liver are normal. Periportal edema is observed. It was also present in the old CT.") == [nil, .stable])
        #expect(try changes("FINDINGS: A 4 mm nodule in the right lung upper lobe. The gallbladder is normal. It is stable.") == [nil])
        // Nor past a topic organ named before the pronoun in its own sentence: the pronoun is that organ's (probe M173).
        #expect(try changes("FINDINGS: A 4 mm nodule in the right lung upper lobe. The spleen is partially included in the "
            + "sections and its size has increased.") == [nil])
        #expect(try changes("FINDINGS: A 4 mm nodule in the right lung upper lobe. The left kidney is partially seen and it has "
            + "decreased in size.") == [nil])
        #expect(try changes("FINDINGS: Sequelae changes are observed in the lingula of the left lung. Mild periportal edema is "
            + "observed. It is also present in the previous CT.") == [nil, .stable])
        #expect(try changes("FINDINGS: Sequelae changes are observed in the lingula of the left lung. The heart contour and size "
            + "are normal. It is also present in the previous CT.") == [.stable])
        #expect(try changes("FINDINGS: A 4 mm nodule in the right lung upper lobe. Trachea and both main bronchi are open. It is "
            + "stable.") == [.stable])
        #expect(try changes("FINDINGS: Emphysema in both lungs. Nodules in the right lung. The gallbladder is normal. When "
            + "compared with the old CTs dated May 2019, no significant difference was found.") == [.stable, .stable])
    }

    /// A recap or a subjectless change whose words name an organ or the lungs says its change of that scope's findings only
    /// (audit F33: "no significant change in lung findings" after a thyroid nodule): the lung and pleural findings for the
    /// lungs, over its whole section when it says it of the sentence before, or over the report when framed by a
    /// comparison; the organ's findings for an organ. A lobe names no scope, nor does an organ before the change.
    @Test func aRecapThatNamesAnOrganOrTheLungsReachesOnlyTheirFindings() throws {
        let parser = try Self.engine.makeParser()
        func changes(_ text: String) throws -> [TemporalChange?] { try parser.parse(id: "s", text: text).findings.map(\.temporal) }
        // The lungs: past the sentence before, about another organ.
        #expect(try changes("FINDINGS: Ground glass areas in the left lower lobe. Calcified atheroma plaques in the coronary "
            + "arteries. A hypodense lesion in the right thyroid lobe. When compared with the previous CT, there was no "
            + "significant change in lung findings.") == [.stable, nil, nil])
        #expect(try changes("FINDINGS: A 4 mm nodule in the left upper lobe. Emphysema in both lungs. Lymph nodes in the "
            + "mediastinum. No significant change in the lung parenchyma.") == [.stable, .stable, nil])
        // From the impression, framed: every lung finding of the report, not the thyroid's or the spine's.
        #expect(try changes("FINDINGS: A nodule in the left thyroid lobe. Compression fracture of the T8 vertebra. Atelectasis "
            + "in the right lower lobe. IMPRESSION: Follow-up of lung cancer. Compared with the CT dated 2 March 2018, no "
            + "significant change in lung findings.") == [nil, nil, .stable])
        // A recap cue or a reference with an organ or the lungs.
        #expect(try changes("FINDINGS: A 5 mm nodule in the right upper lobe. Calcified plaques in the aorta. A hypodense "
            + "nodule in the thyroid gland. The other lung findings are stable.") == [.stable, nil, nil])
        #expect(try changes("FINDINGS: Consolidation in the right lower lobe. A hypodense lesion in the liver. The findings in "
            + "the liver are stable.") == [nil, .stable])
        #expect(try changes("FINDINGS: Lymph nodes in the prevascular area. A nodule in the left lower lobe. There was no "
            + "significant difference in the mediastinal findings.") == [.stable, nil])
        // An organ with no finding of its own before: none takes the change.
        #expect(try changes("FINDINGS: A 5 mm nodule in the right upper lobe. No significant change in the thyroid gland.")
            == [nil])
        // A lobe is where some findings are, no scope: the sentence is about that place, not a recap.
        #expect(try changes("FINDINGS: A nodule in the right lower lobe. A hypodense lesion in the liver. Regression in the right "
            + "upper lobe.") == [nil, nil])
        #expect(try changes("FINDINGS: A nodule in the right lower lobe. A hypodense lesion in the liver. Regression in the left "
            + "lung lower lobe.") == [nil, nil])
        // Without a scope, as before: the sentence before; a pronoun stands for it whatever else its sentence names.
        #expect(try changes("FINDINGS: A 5 mm nodule in the right upper lobe. A hypodense nodule in the thyroid gland. No "
            + "significant difference was detected.") == [nil, .stable])
        #expect(try changes("FINDINGS: A 4 mm nodule in the right lower lobe. A polypoid lesion is observed in the trachea. It "
            + "was not present in the previous CT (3.2.2021) When examined in the lung parenchyma window;") == [nil, .new])
    }

    /// A finding next to one named in an earlier sentence ("around the described consolidation areas") is where the
    /// last one of that type is; what is only interpreted as another ("density compatible with hepatosteatosis") is
    /// not placed by it.
    @Test func aFindingNextToOneNamedBeforeIsWhereThatOneIs() throws {
        let parser = try Self.engine.makeParser(explain: false)
        let report = try parser.parse(id: "n1", text: "FINDINGS: Consolidation areas are observed in the right lower lobe. "
            + "Ground glass areas are observed around the described consolidation areas.")
        #expect(report.findings.map(\.lobes) == [["RLL"], ["RLL"]])
        let liver = try parser.parse(id: "n2", text: "FINDINGS: Consolidation areas are observed in the right lower lobe. The "
            + "liver is enlarged. Parenchymal density was minimally decreased, consistent with mild hepatosteatosis.")
        #expect(liver.findings.filter { $0.category != nil }.count == 1)
        // Past a verb and a place that says neither side nor lobe.
        let parenchyma = try parser.parse(id: "n9", text: "FINDINGS: Pleural effusion is observed on the left. Atelectasis is observed "
            + "in the lung parenchyma adjacent to the effusion.")
        #expect(parenchyma.findings.last.map { "\($0.type) \($0.laterality)" } == "atelectasis left")
    }

    /// Next to a finding of an earlier sentence ("adjacent to the effusion", "next to this nodule"), a finding takes that
    /// one's side, lobes, segments and lung zones, not its pleura, hemithorax or fissure: it lies beside them.
    @Test func aFindingBesideOneNamedBeforeTakesItsSideAndLobesOnly() throws {
        let parser = try Self.engine.makeParser(explain: false)
        func last(_ text: String) throws -> String? {
            try parser.parse(id: "b", text: "FINDINGS: " + text).findings.last.map {
                "\($0.type) \($0.laterality) \($0.lobes) \($0.segments) \($0.places)"
            }
        }
        #expect(try last("A pleural effusion is present in the left hemithorax. Passive atelectasis is observed adjacent to "
            + "the effusion.") == "atelectasis left [] [] []")
        #expect(try last("A 6 mm nodule is observed adjacent to the major fissure in the posterobasal segment of the right lower "
            + "lobe. Faint ground glass density is seen next to this nodule.")
            == "ground-glass-opacity right [\"RLL\"] [\"RLL-posterior-basal\"] []")
        // A zone of the lung is lent: it lies there too.
        #expect(try last("A subpleural nodule of 6 mm is observed in the posterobasal segment of the right lower lobe. Faint "
            + "ground glass density is seen next to this nodule.")
            == "ground-glass-opacity right [\"RLL\"] [\"RLL-posterior-basal\"] [\"subpleural-region\"]")
        // Its own places stay its own.
        #expect(try last("A pleural effusion is present in the left hemithorax. Passive atelectasis is observed in the "
            + "subpleural area adjacent to the effusion.") == "atelectasis left [] [] [\"subpleural-region\"]")
        // An aside on the largest member between the finding and the cue does not keep it from the cue; another aside does.
        #expect(try last("A mass of 40 mm is observed in the superior segment of the left lower lobe. Satellite nodules, the "
            + "largest of which measures 6 mm, are observed in the vicinity of the mass.")
            == "nodule left [\"LLL\"] [\"LLL-superior\"] []")
        #expect(try last("A mass of 40 mm is observed in the superior segment of the left lower lobe. Satellite nodules, "
            + "which have smooth and regular contours, are observed in the vicinity of the mass.") == "nodule none [] [] []")
        // No proximity cue: a finding placed nowhere takes no neighbour's places.
        #expect(try last("A pleural effusion is present in the left hemithorax. Passive atelectasis is observed.")
            == "atelectasis none [] [] []")
    }

    /// What a sentence opening with "It" names without a place is where the placed lung findings of the last sentence
    /// with lung findings before it are (sentences about other organs between are passed over); an interpretation of
    /// the same type is that finding again; a "the" before the interpreted noun does not stop it.
    @Test func itNamesWhatTheSentenceBeforeDescribed() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "p1", text: "FINDINGS: A faint bud branch view is observed in the anterior segment of the left "
            + "lung lower lobe superior segment. It is recommended to evaluate it together with clinical findings in terms of "
            + "pneumonic infiltration.")
        #expect(report.findings.map(\.lobes) == [["LLL"], ["LLL"]])
        let apart = try parser.parse(id: "p2", text: "FINDINGS: Ground glass areas in the right upper lobe. Degenerative changes are "
            + "observed in bone structures. It is recommended to evaluate the case in terms of Covid pneumonia.")
        #expect(apart.findings.last?.lobes == ["RUL"])
        let definite = try parser.parse(id: "p7", text: "FINDINGS: Ground glass areas are observed in the right lower lobe. The "
            + "described findings were primarily evaluated in favor of the infectious process.")
        #expect(definite.findings.map(\.lobes) == [["RLL"], ["RLL"]])
        let again = try parser.parse(id: "p8", text: "FINDINGS: A 12 mm nodule is observed in the left upper lobe. This appearance "
            + "was evaluated in favor of granuloma.")
        #expect(again.findings.map(\.type) == ["nodule"])
        // What a present finding says "it" is, the weak findings it names are: interpreted, their labels its own (audit
        // UUUUU, train_577); only possible, they keep theirs.
        let sequela = try parser.parse(id: "p18", text: "FINDINGS: Density increases are observed in both upper lobes. The "
            + "outlook was primarily evaluated in favor of sequelae change.")
        #expect(sequela.findings.first?.interpreted == true && sequela.labels[.lungOpacity] == 0)
        let possible = try parser.parse(id: "p19", text: "FINDINGS: Density increases are observed in both upper lobes. The "
            + "outlook may be compatible with sequelae change.")
        #expect(possible.findings.first?.interpreted == false && possible.labels[.lungOpacity] == 1)
        // A nodule of the thyroid named before is the thyroid's; a lung finding named before is no other organ's.
        let thyroid = try parser.parse(id: "p9", text: "FINDINGS: There is a 12 mm nodule in the right thyroid lobe. It was evaluated "
            + "in favor of a colloid nodule.")
        #expect(thyroid.findings.allSatisfy { $0.category == nil })
        let none = try parser.parse(id: "p10", text: "FINDINGS: Degenerative changes are observed in bone structures. It is "
            + "recommended to evaluate the case in terms of Covid pneumonia.")
        #expect(none.findings.last?.laterality == Laterality.none)
        // So does a sentence that opens with a generic word a reference cue names.
        let these = try parser.parse(id: "p3", text: "FINDINGS: In the central part of the lower lobe of the left lung, there is "
            + "consolidation. This appearance was primarily evaluated in favor of infective pathology.")
        #expect(these.findings.map(\.lobes) == [["LLL"], ["LLL"]])
        // … after a leading clause too; not after "apart from", which sets them apart.
        let framed = try parser.parse(id: "p4", text: "FINDINGS: Consolidation in the left lower lobe. When evaluated together with "
            + "the clinic, these appearances were evaluated in favor of pneumonia.")
        #expect(framed.findings.map(\.lobes) == [["LLL"], ["LLL"]])
        // … and after a connective that opens the sentence, set off by a comma ("However, …").
        let however = try parser.parse(id: "p17", text: "FINDINGS: Consolidation in the left lower lobe. However, during the pandemic "
            + "process, these appearances were thought to be compatible with Covid-19 pneumonia.")
        #expect(however.findings.map(\.lobes) == [["LLL"], ["LLL"]])
        // "It" names all the findings of the sentence before: where they all are.
        let all = try parser.parse(id: "p6", text: "FINDINGS: Consolidation in the right lower lobe and ground glass areas in the "
            + "left upper lobe. The outlook was evaluated in favor of pneumonia.")
        #expect(all.findings.last?.lobes == ["RLL", "LUL"])
        // A pronoun after a leading phrase and a comma; generic words named last as a complement ("in the etiology of the
        // findings"), not a place word ("in the peribronchial area").
        let led = try parser.parse(id: "p11", text: "FINDINGS: Ground glass areas are observed in the right lower lobe. In the first "
            + "place, it appears to be compatible with Covid-19 viral pneumonia.")
        #expect(led.findings.map(\.lobes) == [["RLL"], ["RLL"]])
        let etiology = try parser.parse(id: "p12", text: "FINDINGS: Ground glass areas are observed in the right lower lobe. Viral "
            + "pneumonias are considered in the etiology of the findings.")
        #expect(etiology.findings.map(\.lobes) == [["RLL"], ["RLL"]])
        // A generic word that opens the sentence names them too ("Findings consistent with viral pneumonia.").
        let opening = try parser.parse(id: "p14", text: "FINDINGS: Ground glass areas are observed in the right lower lobe. "
            + "Findings consistent with viral pneumonia.")
        #expect(opening.findings.map(\.lobes) == [["RLL"], ["RLL"]])
        // One of the same type named and placed earlier is that one again, whichever sentence the pronoun names.
        let restated = try parser.parse(id: "p16", text: "FINDINGS: Emphysematous changes in both lungs. A nodule in the right lower "
            + "lobe. IMPRESSION: Findings compatible with emphysema.")
        #expect(restated.findings.map(\.type) == ["emphysema", "nodule"])
        // Not one placed elsewhere than all the findings of the sentence the pronoun names.
        let elsewhere = try parser.parse(id: "p18", text: "FINDINGS: Ground glass areas in the lower lobes of both lungs. It was "
            + "evaluated in favor of an infective process. Focal consolidation in the right upper lobe. However, it was evaluated "
            + "as an infective process.")
        #expect(elsewhere.findings.filter { $0.type == "pneumonia" }.map(\.lobes) == [["RLL", "LLL"], ["RUL"]])
        let denied = try parser.parse(id: "p15", text: "FINDINGS: Ground glass areas are observed in the right lower lobe. "
            + "Findings compatible with pneumonia were not detected.")
        #expect(denied.findings.map(\.lobes) == [["RLL"], []])
        let area = try parser.parse(id: "p13", text: "FINDINGS: Consolidation in the right lower lobe. Areas of faint ground glass "
            + "density are observed in the peribronchial area.")
        #expect(area.findings.last?.laterality == Laterality.none)
        let apartFrom = try parser.parse(id: "p5", text: "FINDINGS: Consolidation in the left lower lobe. Apart from the described "
            + "findings, no pneumonic infiltration was observed.")
        #expect(apartFrom.findings.last?.lobes == [])
    }

    /// "It" right after a sentence about a finding outside the lungs, its reading's words naming lesions of other organs too,
    /// is that finding: no lung finding further back lends it a lobe or a lung category. Read in that finding's type or a
    /// narrower one naming its labels, it is that finding named again, as in one sentence.
    @Test func itAfterAFindingOutsideTheLungsIsThatFinding() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let mediastinal = try parser.parse(id: "o1", text: "FINDINGS: Atelectasis is observed in the right lung lower lobe. A "
            + "soft tissue nodule of 14 mm is seen in the fat planes of the anterior mediastinum. It was evaluated in favor of "
            + "metastasis.")
        #expect(mediastinal.findings.count == 2)
        let metastasis = try #require(mediastinal.findings.last)
        #expect(metastasis.type == "mass" && metastasis.size?.maxMM == 14)
        #expect(metastasis.category == nil && metastasis.lobes.isEmpty && metastasis.laterality == Laterality.none)
        #expect(metastasis.places.contains("mediastinum"))
        #expect(metastasis.explanation.contains { $0.role == "named-again" && $0.origin == "sentence 2" })
        // A sided organ lends its side.
        let hilar = try parser.parse(id: "o2", text: "FINDINGS: Ground glass areas in the left lower lobe. A lymph node of 16 mm "
            + "is observed in the right hilum. It was evaluated in favor of metastasis.")
        #expect(hilar.findings.last.map { "\($0.category == nil) \($0.laterality) \($0.lobes)" } == "true right []")
        // A reading no other organ has (pneumonia) still names the lung findings before; so does any reading after a
        // sentence that also names a lung finding, or after an organ finding that is denied or placed nowhere.
        let pneumonia = try parser.parse(id: "o3", text: "FINDINGS: Consolidation in the left lower lobe. A soft tissue nodule of "
            + "14 mm is seen in the anterior mediastinum. It was evaluated in favor of pneumonia.")
        #expect(pneumonia.findings.last.map { "\($0.type) \($0.lobes)" } == "pneumonia [\"LLL\"]")
        let mixed = try parser.parse(id: "o4", text: "FINDINGS: A nodule of 9 mm in the left lower lobe and a soft tissue nodule "
            + "of 14 mm in the anterior mediastinum are seen. It was evaluated in favor of metastasis.")
        #expect(mixed.findings.last?.lobes == ["LLL"])
        let denied = try parser.parse(id: "o5", text: "FINDINGS: A nodule of 9 mm in the left lower lobe. No mass is seen in the "
            + "anterior mediastinum. It was evaluated in favor of metastasis.")
        #expect(denied.findings.last?.lobes == ["LLL"])
    }

    /// A finding of a later sentence that only the topic organ places and that says no size of its own, read in the type of
    /// the organ's last finding or a narrower one naming its labels, is that finding again; a reading of another kind, or
    /// a measured lesion, stays a finding of its own.
    @Test func aReadingOfTheOrganFindingBeforeIsThatFinding() throws {
        let parser = try Self.engine.makeParser()
        let liver = try parser.parse(id: "t1", text: "FINDINGS: Hypodense solid mass lesions, the largest 33 mm, were observed "
            + "in the liver segment 7. In the current examination, it was newly revealed. It was evaluated in favor of "
            + "metastasis.")
        #expect(liver.findings.map(\.type) == ["mass"])
        #expect(liver.findings.first?.places == ["liver"] && liver.findings.first?.size?.maxMM == 33)
        let number = try parser.parse(id: "t2", text: "FINDINGS: Hypodense mass lesions consistent with metastasis were "
            + "observed in the liver. However, since the examination is without contrast, a clear assessment of the size and "
            + "number of metastases cannot be made.")
        #expect(number.findings.map(\.type) == ["mass"])
        // (another kind: a cyst is no low density named again; nor is a measured lesion beside the one before)
        let cyst = try parser.parse(id: "t3", text: "FINDINGS: Hypodense lesions are observed in the liver. It was evaluated "
            + "in favor of cysts.")
        #expect(cyst.findings.map(\.type) == ["low-density", "cyst"])
        let thyroid = try parser.parse(id: "t4", text: "FINDINGS: A 30 mm nodule was observed in the lower pole of the left "
            + "thyroid lobe. A nodular lesion of 18 mm in diameter is observed in the posterior of this nodule.")
        #expect(thyroid.findings.count == 2)
    }

    /// A lobe or segment named without a side is on the one side the sentence before said; not when that sentence
    /// named both sides, or none.
    /// A pronoun's sentence is the last one before it with placed lung findings, past one whose lung findings say no
    /// place.
    /// An impression diagnosis that only a reference placed, where the last placed findings are, is the one diagnosis of its
    /// kind the findings named: the places it borrowed do not set it apart (audit M21).
    @Test func anImpressionDiagnosisPlacedByReferenceIsTheFindingsOne() throws {
        let parser = try Self.engine.makeParser()
        func pneumonias(_ text: String) throws -> [String] {
            try parser.parse(id: "m21", text: text).findings.filter { $0.type == "pneumonia" }
                .map { "\($0.assertion.rawValue) \($0.laterality.rawValue) \($0.lobes) \($0.sentence)" }
        }
        // (the impression's words name the nodules' lobe last: one pneumonia all the same, where the findings placed it)
        #expect(try pneumonias("FINDINGS: Patchy ground glass areas are observed in the lower lobe of the left lung. The findings "
            + "were evaluated in favor of viral pneumonia. Millimetric calcified nodules are observed in the upper lobe of the "
            + "right lung. IMPRESSION: Findings compatible with viral pneumonia.") == ["present left [\"LLL\"] 1"])
        // (hedged in the impression only: present, as the findings say, and given none of the nodule's places it borrowed;
        // hedged in both: still doubted)
        #expect(try pneumonias("FINDINGS: An infective process is observed. A 4 mm nodule is observed in the left upper lobe. "
            + "IMPRESSION: A nodule in the left upper lobe. It is recommended to be evaluated in terms of infective "
            + "pathologies.") == ["present none [] 0"])
        #expect(try pneumonias("FINDINGS: Pneumonia is considered first in the clinical history. Cylindrical bronchiectasis is "
            + "observed in the lower lobes of both lungs. IMPRESSION: Bronchiectasis in the lower lobes of both lungs. It is "
            + "recommended to be evaluated in terms of infective pathologies.") == ["uncertain none [] 0"])
        // (two of its kind in the findings, read from their appearances: see
        // ``aDiagnosisByReferenceIsWhereTheAppearancesItReadsAre()`` — it is the last one, where its appearance is)
        // One its own words place elsewhere is another.
        #expect(try pneumonias("FINDINGS: Patchy ground glass areas are observed in the lower lobe of the left lung. The findings "
            + "were evaluated in favor of viral pneumonia. IMPRESSION: Pneumonia in the upper lobe of the right lung.").count == 2)
    }

    @Test func aPronounPassesOverASentenceWithoutPlaces() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "p1", text: "FINDINGS: Ground glass areas are observed in the lower lobes of both lungs. "
            + "Ground glass areas are more prominent in peripheral sections. The described findings can be observed in Covid-19 pneumonia.")
        #expect(report.findings.last.map { "\($0.type) \($0.lobes)" } == "pneumonia [\"RLL\", \"LLL\"]")
    }

    /// A pronoun right after a sentence that names lung places and no finding is what that sentence describes there, not
    /// the findings of an earlier sentence; not after a header, nor one of a type named before (audit mechanism M13).
    @Test func aPronounAfterAPlacedSentenceWithoutFindings() throws {
        let parser = try Self.engine.makeParser()
        let tract = try parser.parse(id: "m1", text: "FINDINGS: A 5 mm nodule is seen in the left upper lobe. In the superior "
            + "segment of the right lower lobe, a bronchus seems to reach the pleura and end there. "
            + "It may be compatible with a fistula.")
        #expect(tract.findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes) \($0.segments)" }
            == ["nodule left [\"LUL\"] []", "fistula right [\"RLL\"] [\"RLL-superior\"]"])
        // After a header ending in ";", the findings before it are still what "it" names.
        let header = try parser.parse(id: "m2", text: "FINDINGS: A 5 mm nodule is seen in the left upper lobe. "
            + "Findings described in the right lung; It may be compatible with a fistula.")
        #expect(header.findings.last.map { "\($0.type) \($0.lobes)" } == "fistula [\"LUL\"]")
        // One of a type named before is that one again, where it is.
        let again = try parser.parse(id: "m3", text: "FINDINGS: Ground glass areas in the left upper lobe may be compatible with "
            + "pneumonia. The right lung lower lobe is well aerated. It was evaluated in favor of pneumonia.")
        #expect(again.findings.filter { $0.type == "pneumonia" }.map(\.lobes) == [["LUL"]])
    }

    /// What a pronoun's sentence is said to be, when it can name none of the findings the pronoun names (its type, a broader
    /// or narrower one, one of its restatement group or one it interprets), is the one finding of its type named before,
    /// placed nowhere or where they are, not a finding of its own where they are (audit B33, mechanism M36).
    @Test func anInterpretationTakesPlacesOnlyFromFindingsItCanName() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m36", text: text).findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes) \($0.sentence)" }
        }
        // After a nodule it cannot name, the impression's emphysema is the one the findings named, placed nowhere.
        #expect(try read("FINDINGS: There are findings consistent with emphysema. A 4 mm nodule is seen in the anterior segment "
            + "of the right lung upper lobe. IMPRESSION: Findings compatible with emphysema.")
            == ["emphysema none [] 0", "nodule right [\"RUL\"] 1"])
        // (not when it can name a finding of the sentence it points to: bullae are emphysema, where they are)
        #expect(try read("FINDINGS: There are findings consistent with emphysema. Bullae are observed in the right lung upper "
            + "lobe. IMPRESSION: Findings compatible with emphysema.").last == "emphysema right [\"RUL\"] 2")
        // A hedged mass the impression recommends to tell apart after atelectasis is the one the findings doubted, not a mass
        // where the atelectasis is.
        #expect(try read("FINDINGS: A suspicious hilar space-occupying lesion cannot be excluded. Atelectatic changes are "
            + "observed in the lower lobe of the right lung. IMPRESSION: Contrast-enhanced CT is recommended for the "
            + "differential diagnosis of a space-occupying lesion.") == ["mass none [] 0", "atelectasis right [\"RLL\"] 1"])
        // (two of its type before, one placed nowhere: which one it names is not known, so it stays a finding of its own)
        #expect(try read("FINDINGS: A suspicious hilar space-occupying lesion cannot be excluded. A 3 cm mass is observed in the "
            + "left lung upper lobe. Atelectatic changes are observed in the lower lobe of the right lung. IMPRESSION: "
            + "Contrast-enhanced CT is recommended for the differential diagnosis of a space-occupying lesion.")
            .filter { $0.hasPrefix("mass") }.count == 3)
    }

    /// A diagnosis a pronoun or "the findings" places is where the appearances it reads (`interprets`) are: the last sentence
    /// before it naming one, past later lung findings it does not read, and of that sentence only those it reads; where
    /// no sentence names one, where the last placed findings are, as before (mechanism M69).
    @Test func aDiagnosisByReferenceIsWhereTheAppearancesItReadsAre() throws {
        let parser = try Self.engine.makeParser()
        func pneumonia(_ text: String) throws -> String? {
            try parser.parse(id: "m69", text: text).findings.last { $0.type == "pneumonia" }
                .map { "\($0.laterality.rawValue) \($0.lobes) \($0.segments)" }
        }
        // Past a calcified nodule named last, the impression's pneumonia is where the consolidation is.
        #expect(try pneumonia("FINDINGS: Patchy consolidation areas are observed in both lungs. A calcified nodule of 6 mm is "
            + "observed in the posterior segment of the right lung upper lobe. IMPRESSION: Findings compatible with viral "
            + "pneumonia.") == "bilateral [] []")
        // Of a sentence naming a pleural calcification and tree-in-bud, only the tree-in-bud's place.
        #expect(try pneumonia("FINDINGS: A calcification is observed in the diaphragmatic pleura of the right lung lower lobe, "
            + "and there is a tree-in-bud appearance in the medial segment of the middle lobe. It is recommended to be evaluated "
            + "in terms of infective processes.") == "right [\"RML\"] [\"RML-medial\"]")
        // With no appearance it reads named before, it is still where the last placed findings are.
        #expect(try pneumonia("FINDINGS: Sequelae changes are observed in the left lung upper lobe. A 5 mm nodule is observed "
            + "in the right lung lower lobe. IMPRESSION: Findings compatible with an infective process.")
            == "right [\"RLL\"] []")
        // The last appearance it reads placed nowhere (ground glass "around these nodules"): where all the findings it reads
        // back over are, the consolidation's lobe and the nodules' (not the consolidation's alone).
        #expect(try pneumonia("FINDINGS: In the middle lobe of the right lung, a consolidation area is observed. Nodules of "
            + "ground glass density are observed in the upper lobe of the right lung, and ground glass densities are observed "
            + "around these nodules. These appearances were primarily thought to be those of regressed pneumonia.")
            == "right [\"RUL\", \"RML\"] []")
        // After two infections read from their appearances, the impression's is the last one, where its consolidation is:
        // not a third where the nodule named last is.
        let two = try parser.parse(id: "m69b", text: "FINDINGS: Ground glass areas in the lower lobe of the left lung. It was "
            + "evaluated in favor of an infective process. Consolidation in the upper lobe of the right lung. However, it was "
            + "evaluated as an infective process. A nodule in the right middle lobe. IMPRESSION: Findings compatible with an "
            + "infective process.").findings.filter { $0.type == "pneumonia" }
        #expect(two.map(\.lobes) == [["LLL"], ["RUL"]])
    }

    /// "The described findings" read by a diagnosis reach back over the sentences before it that name placed lung findings:
    /// past one whose lung findings it does not read (no place of that one), up to one that names none (a sentence outside
    /// the lungs ends the run); a weak reading of a diagnosis ("pneumonic infiltration") reads as that diagnosis does,
    /// not the last finding of any type (mechanism M80).
    @Test func aPluralReferenceReachesBackOverTheFindingsItReads() throws {
        let parser = try Self.engine.makeParser()
        func reading(_ text: String, _ type: String) throws -> String? {
            try parser.parse(id: "m80", text: text).findings.last { $0.type == type }
                .map { "\($0.laterality.rawValue) \($0.lobes)" }
        }
        // Past a ground glass nodule, which an infection does not read, to the consolidation before it.
        #expect(try reading("FINDINGS: Consolidation areas are observed in the upper lobe of the left lung. A 6 mm ground glass "
            + "nodule is observed in the superior segment of the right lower lobe. Ground glass densities are observed in the "
            + "lateral segment of the right middle lobe. The described findings were evaluated in favor of an infectious "
            + "process.", "pneumonia") == "bilateral [\"RML\", \"LUL\"]")
        // Not past a sentence about another organ.
        #expect(try reading("FINDINGS: Consolidation areas are observed in the upper lobe of the left lung. A small sliding type "
            + "hiatal hernia is observed. Ground glass densities are observed in the lateral segment of the right middle lobe. "
            + "The described findings were evaluated in favor of an infectious process.", "pneumonia") == "right [\"RML\"]")
        // A pneumonic infiltration the described manifestations may be is where the consolidations and the ground glass are,
        // not only where the ground glass named last is.
        #expect(try reading("FINDINGS: Consolidations are observed in the anterior segment of the right lung upper lobe and in "
            + "the lingula. An irregular nodule is observed in the superior segment of the left lower lobe, with ground glass "
            + "density around it. The described manifestations may be compatible with pneumonic infiltration.",
            "pneumonic-infiltration") == "bilateral [\"RUL\", \"LUL\", \"LLL\"]")
        // With nothing it reads before it, it is still where the last placed finding is.
        #expect(try reading("FINDINGS: Sequelae changes are observed in the left lung upper lobe. A 5 mm nodule is observed in "
            + "the right lung lower lobe. The described findings may be compatible with pneumonic infiltration.",
            "pneumonic-infiltration") == "right [\"RLL\"]")
    }

    /// A lung finding that names no place and no size, right after a sentence that placed one of its type, is that one.
    @Test func aBareRepeatIsTheFindingBefore() throws {
        let parser = try Self.engine.makeParser()
        let repeated = try parser.parse(id: "b1", text: "FINDINGS: Ground glass areas are observed in the lower lobes of both lungs. "
            + "Ground glass areas are more prominent in peripheral sections.")
        #expect(repeated.findings.map(\.lobes) == [["RLL", "LLL"]])
        // … also named again later in its own sentence (audits D12, H12); not one measured, nor one with a side of its own.
        let sameSentence = try parser.parse(id: "b8", text: "FINDINGS: Ground glass densities are observed in the right lower "
            + "lobe, ground glass densities adjacent to the fissure.")
        #expect(sameSentence.findings.count == 1)
        let sided = try parser.parse(id: "b9", text: "FINDINGS: Ground glass densities are observed in the right lower lobe, "
            + "ground glass densities on the left, and a nodule of 4 mm beside a 6 mm nodule.")
        #expect(sided.findings.map(\.type) == ["ground-glass-opacity", "ground-glass-opacity", "nodule", "nodule"])
        let another = try parser.parse(id: "b2", text: "FINDINGS: A 6 mm nodule is observed in the right lung lower lobe. There is a 4 mm "
            + "nodule more caudally.")
        #expect(another.findings.count == 2)
        // One side of a finding there is one of per side is the one named on both sides (audits QQQQQQQQQ, RRRRRRRRR).
        let side = try parser.parse(id: "b4", text: "FINDINGS: Bilateral pleural effusion is observed. The heart is normal. "
            + "Pleural effusion on the left measured 2 cm.")
        #expect(side.findings.map { "\($0.laterality.rawValue) \($0.size?.maxMM ?? 0)" } == ["bilateral 20.0"])
        // … also when it is said to lie by lobes (audit K10).
        let byLobes = try parser.parse(id: "b5", text: "FINDINGS: Bilateral pleural effusion is observed. There is atelectasis "
            + "adjacent to pleural effusion in both lung lower lobes.")
        #expect(byLobes.findings.filter { $0.type == "pleural-effusion" }.count == 1)
        // One of its kind per report named again with places of its own is the one named before (audit S10).
        let hernia = try parser.parse(id: "b7", text: "FINDINGS: A sliding hiatal hernia is observed. The gastric fundus is "
            + "herniated into the thorax.")
        #expect(hernia.findings.count == 1)
        // A measured one named again as several is more of them (audit L10).
        let more = try parser.parse(id: "b6", text: "FINDINGS: A 5 mm nodule is observed in the right lower lobe. Two adjacent "
            + "nodules are seen more caudally.")
        #expect(more.findings.count == 2)
        // Another change says another one (audit GGGGGGG).
        let new = try parser.parse(id: "b3", text: "FINDINGS: Progression is observed in the ground glass areas in the right lung "
            + "upper lobe. There is a focal new ground glass area.")
        #expect(new.findings.map(\.temporal) == [.increased, .new])
    }


    /// A pattern (`pattern` in findings.xml) named again later in its section, where it was, is that one; placed elsewhere
    /// (a lobe of its own), it is another; a nodule, no pattern, named again is another.
    @Test func aPatternNamedAgainIsTheOneBefore() throws {
        let parser = try Self.engine.makeParser()
        let again = try parser.parse(id: "pt1", text: "FINDINGS: Mosaic attenuation pattern was observed in both lungs, especially in "
            + "the lower lobes. There are millimetric nodules in the right lung. Mosaic attenuation was thought to be related to "
            + "the patient's clinical history.")
        #expect(again.findings.map(\.type) == ["mosaic-attenuation", "nodule"])
        #expect(again.findings.first?.lobes == ["RLL", "LLL"])
        let elsewhere = try parser.parse(id: "pt2", text: "FINDINGS: Peribronchial thickenings are observed in both lungs. There is "
            + "atelectasis in the left lower lobe. Peribronchial thickening is also observed in the right middle lobe.")
        #expect(elsewhere.findings.filter { $0.type == "peribronchial-thickening" }.count == 2)
        // One placed nowhere is where it is named again.
        let placing = try parser.parse(id: "pt3", text: "FINDINGS: A mosaic attenuation pattern is observed. There is a 4 mm nodule in "
            + "the left lung upper lobe. Mosaic attenuation in both lungs is more prominent in the lower lobes.")
        #expect(placing.findings.filter { $0.type == "mosaic-attenuation" }.map(\.laterality) == [.bilateral])
        let nodules = try parser.parse(id: "pt4", text: "FINDINGS: A 4 mm nodule is observed in both lungs. There is a nodule in "
            + "the right lung.")
        #expect(nodules.findings.count == 2)
    }

    /// A pattern named again on the sides it was named on, with a lobe or segment at a level the earlier one named none at,
    /// says more of where that one is: one record with the places of both. Said new (or changed otherwise), it is another.
    @Test func aPatternNamedAgainWithALobeOnItsSidesIsTheOneBefore() throws {
        let parser = try Self.engine.makeParser()
        let lobe = try parser.parse(id: "pw1", text: "FINDINGS: Minimal bronchiectasis is observed in the central parts of both "
            + "lungs. There are diffuse emphysematous changes in both lungs. Minimal bronchiectasis and minimal peribronchial "
            + "thickening are observed in both lungs, especially in the lower lobe of the left lung.")
        let bronchiectasis = lobe.findings.filter { $0.type == "bronchiectasis" }
        #expect(bronchiectasis.map { "\($0.laterality.rawValue) \($0.lobes)" } == ["bilateral [\"LLL\"]"])
        let segment = try parser.parse(id: "pw2", text: "FINDINGS: There are bronchial wall thickness increases in the lower lobe "
            + "segment bronchi of both lungs. A 3 mm nodule is observed in the right lung upper lobe. Bronchial wall thickness "
            + "increases are observed in both lower lobe basal segment bronchi of both lungs.")
        let walls = segment.findings.filter { $0.type == "bronchial-wall-thickening" }
        #expect(walls.count == 1)
        #expect(walls.first?.segments.sorted() == ["LLL-basal", "RLL-basal"])
        // Named new there, it is another.
        let new = try parser.parse(id: "pw3", text: "FINDINGS: Peribronchial thickenings are observed in both lungs. There is "
            + "atelectasis in the left lower lobe. Newly developed peribronchial thickenings are observed in the lower lobes of "
            + "both lungs.")
        #expect(new.findings.filter { $0.type == "peribronchial-thickening" }.count == 2)
    }
    /// A landmark placed only by its own words ("adjacent to pleural effusion") is the one an earlier sentence placed (audit
    /// QQQQQQQQQ): the finding next to it is on its side.
    @Test func aLandmarkPlacedByItsOwnWordsIsTheOneNamedBefore() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "lm1", text: "FINDINGS: There is pleural effusion in the right hemithorax. Atelectasis "
            + "adjacent to pleural effusion is observed.")
        #expect(report.findings.map { "\($0.type) \($0.laterality.rawValue)" } == ["pleural-effusion right", "atelectasis right"])
    }

    /// Places past a comma after a landmark named before ("adjacent to the mass, especially in the lingular segment") are the
    /// finding's next to it, not the landmark's (audits UUUUUUUUU, XXXXXXXXX).
    @Test func placesAfterALandmarkAreTheFindingsNextToIt() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "lm2", text: "FINDINGS: There is a mass in the left lung upper lobe. Consolidation is "
            + "observed in the left lung adjacent to the mass, especially in the lingular segment.")
        #expect(report.findings.last.map { "\($0.type) \($0.segments)" } == "consolidation [\"lingula\"]")
        // Its own place, with no comma, stays the landmark's.
        let own = try parser.parse(id: "lm3", text: "FINDINGS: Atelectasis is observed adjacent to the pleural effusion in the right "
            + "hemithorax.")
        #expect(own.findings.first { $0.type == "pleural-effusion" }?.laterality == .right)
    }

    /// "The X" with a lobe named without a side that is none of the earlier X's lobes on its side is another X (audit XXXXXXXXX).
    @Test func aDefiniteMentionInAnotherLobeIsAnother() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "dm1", text: "FINDINGS: Atelectasis is observed in the right lung middle lobe. The "
            + "atelectatic appearance observed in the lower lobe superior segment was present in the previous examination.")
        #expect(report.findings.map(\.lobes) == [["RML"], ["RLL"]])
    }

    /// An impression item opened by a bare quote or a bullet still opens with its first word.
    @Test func aQuoteBeforeTheFirstWordOpensNothing() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "q1", text: "FINDINGS: Ground glass areas are observed in the lower lobes of both lungs. "
            + "IMPRESSION: \" Findings compatible with Covid-19 pneumonia.")
        #expect(report.findings.last.map { "\($0.type) \($0.lobes)" } == "pneumonia [\"RLL\", \"LLL\"]")
    }

    /// A sentence that only doubts lung findings, or only names diagnoses (`diagnosis` in findings.xml), and places none
    /// says what the findings before it are: it is where they are.
    @Test func aSentenceThatOnlyDoubtsNamesTheFindingsBeforeIt() throws {
        let parser = try Self.engine.makeParser()
        let doubt = try parser.parse(id: "h1", text: "FINDINGS: A linear density is observed in the left lung lower lobe. Atelectasis?")
        #expect(doubt.findings.last.map { "\($0.type) \($0.assertion.rawValue) \($0.lobes)" } == "atelectasis uncertain [\"LLL\"]")
        // One that also states a finding is no such sentence.
        let stated = try parser.parse(id: "h2", text: "FINDINGS: A linear density is observed in the left lung lower lobe. There is "
            + "pleural effusion, and atelectasis cannot be excluded.")
        #expect(stated.findings.last?.lobes == [])
        // Nor one that names again a lesion other organs have too.
        let organ = try parser.parse(id: "h3", text: "FINDINGS: A nodule is observed in the right lung lower lobe. Hypodense lesions "
            + "are observed in the liver. Contrast-enhanced MRI is recommended for differential diagnosis of the lesion, including metastasis.")
        #expect(organ.findings.last?.laterality == Laterality.none)
        let diagnosis = try parser.parse(id: "h4", text: "FINDINGS: Ground glass densities are observed in the lower lobes of both "
            + "lungs. Viral pneumonia has been evaluated for Covid-19, and close follow-up is recommended.")
        #expect(diagnosis.findings.last.map { "\($0.type) \($0.assertion.rawValue) \($0.lobes)" } == "pneumonia present [\"RLL\", \"LLL\"]")
        // A diagnosis names the appearances it interprets (`interprets`) of the sentences right before it, back to one that
        // names none.
        let summary = try parser.parse(id: "h6", text: "FINDINGS: Pleuroparenchymal sequelae are observed in the left lung upper "
            + "lobe. Ground glass areas are observed in the right lung upper lobe. Consolidation is observed in the left lung lower "
            + "lobe. The findings were evaluated in favor of Covid-19 pneumonia.")
        #expect(summary.findings.last.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes)" } == "pneumonia bilateral [\"RUL\", \"LLL\"]")
        let contusion = try parser.parse(id: "h7", text: "FINDINGS: Consolidation areas are observed in the right lung lower lobe. "
            + "Ground glass areas are observed in the left lung upper lobe. Findings were evaluated as secondary to contusion.")
        #expect(contusion.findings.last.map { "\($0.type) \($0.lobes)" } == "alveolar-hemorrhage [\"RLL\", \"LUL\"]")
        let edema = try parser.parse(id: "h8", text: "FINDINGS: Ground glass areas are observed in the lower lobes of both lungs. "
            + "Pleural thickening is observed on the right. The outlook was evaluated in favor of pulmonary edema.")
        #expect(edema.findings.last.map { "\($0.type) \($0.lobes)" } == "pulmonary-edema [\"RLL\", \"LLL\"]")
        // An appearance is no diagnosis: it says no more than itself.
        let appearance = try parser.parse(id: "h5", text: "FINDINGS: Ground glass densities are observed in the lower lobes of both "
            + "lungs. There is minimal pleural effusion.")
        #expect(appearance.findings.last?.laterality == Laterality.none)
    }

    /// A fissure named once without a side is in one lung: the one the sentence before's chest findings are all on
    /// (`AttachmentContext.unsidedPlace(inOneLung:)`); not fissures in the plural, nor after a sentence naming both lungs.
    @Test func aFissureWithoutASideTakesTheSideOfTheSentenceBefore() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "f1", text: "FINDINGS: A 5 mm nodule is observed in the left lung upper lobe. A superposed "
            + "2 mm nodule is seen on the major fissure.")
        #expect(report.findings.map(\.laterality) == [.left, .left])
        #expect(report.findings.last?.places == ["major-fissure"])
        #expect(report.findings.last?.explanation.contains { $0.role == "side-from" } == true)
        // (with the lobe it names on that side)
        let lobe = try parser.parse(id: "f4", text: "FINDINGS: A 5 mm nodule is observed in the left lung lower lobe. A 3 mm "
            + "nodule is seen sitting on the fissure in the upper lobe.")
        #expect(lobe.findings.last.map { "\($0.laterality.rawValue) \($0.lobes)" } == "left [\"LUL\"]")
        let plural = try parser.parse(id: "f2", text: "FINDINGS: A 5 mm nodule is observed in the left lung upper lobe. Mild "
            + "thickening of the fissures is seen.")
        #expect(plural.findings.last?.laterality == Laterality.none)
        let both = try parser.parse(id: "f3", text: "FINDINGS: Nodules are observed in both lungs. A 2 mm nodule is seen on the "
            + "interlobar fissure.")
        #expect(both.findings.last?.laterality == Laterality.none)
    }

    /// One lobe's segments named without a side, read on both sides, are on the one side the sentence before said
    /// (explained as `side-from`); not when that sentence named both sides; lobes in the plural keep both (mechanism M156).
    @Test func oneLobesSegmentsTakeTheOneSideOfTheSentenceBefore() throws {
        let parser = try Self.engine.makeParser(explain: true)
        func last(_ text: String) throws -> Finding? { try parser.parse(id: "m156", text: text).findings.last }
        let left = try last("FINDINGS: A ground glass nodule of 4 mm is seen in the left lung upper lobe. Patchy ground glass "
            + "densities are also observed in the segments of the lower lobe.")
        #expect(left.map { "\($0.laterality.rawValue) \($0.lobes)" } == "left [\"LLL\"]")
        #expect(left?.explanation.contains { $0.role == "side-from" } == true)
        let basal = try last("FINDINGS: Fibrotic bands are seen in the right lung middle lobe. Consolidation is observed in the "
            + "lower lobe basal segments.")
        #expect(basal.map { "\($0.laterality.rawValue) \($0.lobes) \($0.segments)" } == "right [\"RLL\"] [\"RLL-basal\"]")
        let both = try last("FINDINGS: Nodules are seen in the right upper lobe and the left upper lobe. Consolidation is observed "
            + "in the lower lobe basal segments.")
        #expect(both.map { "\($0.laterality.rawValue) \($0.lobes)" } == "bilateral [\"RLL\", \"LLL\"]")
        let plural = try last("FINDINGS: Fibrotic bands are seen in the right lung middle lobe. Consolidation is observed in the "
            + "lower lobes.")
        #expect(plural.map { "\($0.laterality.rawValue) \($0.lobes)" } == "bilateral [\"RLL\", \"LLL\"]")
    }

    @Test func aLobeWithoutASideTakesTheSideOfTheSentenceBefore() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "u1", text: "FINDINGS: There is a 3 mm diameter nonspecific nodule in the right lung lower "
            + "lobe laterobasal segment. A nonspecific nodule with a diameter of 2 mm is observed in the superior segment of the lower lobe.")
        #expect(report.findings.map(\.laterality) == [.right, .right])
        #expect(report.findings.last?.segments == ["RLL-superior"])
        #expect(report.findings.last?.explanation.contains { $0.role == "side-from" } == true)
        let both = try parser.parse(id: "u2", text: "FINDINGS: Nodules are observed in both lungs. A nodule is observed in the superior "
            + "segment of the lower lobe.")
        #expect(both.findings.last?.laterality == Laterality.none)
        let apart = try parser.parse(id: "u3", text: "FINDINGS: A nodule in the right lung upper lobe. The heart is normal. A nodule "
            + "is observed in the superior segment of the lower lobe.")
        #expect(apart.findings.last?.lobes == [])
        // Past a sentence whose lung findings name no side, still the side before it.
        let past = try parser.parse(id: "u5", text: "FINDINGS: A 4 mm nodule in the left lung upper lobe. Again, there is a similar "
            + "nodule more caudally. A 3 mm nodule is observed at the posterobasal level of the lower lobe.")
        #expect(past.findings.last?.lobes == ["LLL"])
        // … and past sentences that name no place nor finding of their own ("It is a new finding.").
        let new = try parser.parse(id: "u9", text: "FINDINGS: A 6 mm nodule is observed in the left lung upper lobe. It is a new "
            + "finding. It was not detected in the previous examination. A 4 mm nodule is observed in the superior segment of the "
            + "lower lobe.")
        #expect(new.findings.last?.lobes == ["LLL"])
        // A finding that takes its side from the one an earlier sentence named takes its own lobe on that side.
        let described = try parser.parse(id: "u4", text: "FINDINGS: There is an area of consolidation in the right lung. The heart is "
            + "normal. The described area of consolidation almost completely fills the upper lobe.")
        #expect(described.findings.last?.lobes == ["RUL"])
        // With no side in the sentences before it (another section), the side of an earlier finding of its type in that
        // lobe, on one side only; on both sides, none.
        let impression = try parser.parse(id: "u6", text: "FINDINGS: Pleural-based millimetric nodules are observed in the left lung "
            + "lower lobe. IMPRESSION: Pleural-based millimetric nodules in the posterobasal segment of the lower lobe of the lung.")
        #expect(impression.findings.last?.lobes == ["LLL"])
        let twoSides = try parser.parse(id: "u7", text: "FINDINGS: Nodules are observed in the left lung lower lobe and in the right "
            + "lung lower lobe. IMPRESSION: Nodules in the posterobasal segment of the lower lobe.")
        #expect(twoSides.findings.last?.lobes == [])
        // (measured otherwise: not the findings' nodules with their place drifted, audit mechanism M4)
        let sharedLobe = try parser.parse(id: "u8", text: "FINDINGS: Nodules measuring up to 4 mm are observed in the right lung upper "
            + "lobe and left lung lower lobe. IMPRESSION: A 9 mm nodule in the posterobasal segment of the lower lobe.")
        #expect(sharedLobe.findings.last?.lobes == ["LLL"])
        // Left without a side (the impression sentence before names both lungs), an impression copy in a segment the findings'
        // finding of its type on one side names there is that finding (audit mechanism M32); in a segment it does not
        // name, another.
        let sameSegment = try parser.parse(id: "u10", text: "FINDINGS: A 5 mm nodule is observed in the laterobasal segment of the "
            + "left lung lower lobe. Centrilobular emphysema is observed in both lungs. IMPRESSION: Centrilobular emphysema in both "
            + "lungs. Nodule in the laterobasal segment.")
        #expect(sameSegment.findings.map(\.type) == ["nodule", "centrilobular-emphysema"])
        #expect(sameSegment.findings.first?.segments == ["LLL-lateral-basal"])
        let otherSegment = try parser.parse(id: "u11", text: "FINDINGS: A 5 mm nodule is observed in the superior segment of the "
            + "left lung lower lobe. Centrilobular emphysema is observed in both lungs. IMPRESSION: Centrilobular emphysema in both "
            + "lungs. Nodule in the laterobasal segment.")
        #expect(otherSegment.findings.map(\.type) == ["nodule", "centrilobular-emphysema", "nodule"])
        #expect(otherSegment.findings.last?.lobes == [])
        // (nor in a zone of that side the findings' finding is not in: an upper lobe nodule is not the one in the lower zone)
        let otherZone = try parser.parse(id: "u12", text: "FINDINGS: A 5 mm nodule is observed in the upper lobe of the left lung. "
            + "Centrilobular emphysema is observed in both lungs. IMPRESSION: Centrilobular emphysema in both lungs. Nodule in the "
            + "lower zone.")
        #expect(otherZone.findings.map(\.type) == ["nodule", "centrilobular-emphysema", "nodule"])
    }

    /// A new diagnosis of the impression that no finding of the findings section names is new of the appearances it
    /// interprets where it is, unless placed elsewhere or one of them says a change of its own (audit mechanism M12).
    @Test func aNewDiagnosisOfTheImpressionIsNewOfItsAppearances() throws {
        let parser = try Self.engine.makeParser(explain: false)
        func changes(_ text: String) throws -> [String: TemporalChange?] {
            let findings = try parser.parse(id: "d", text: text).findings
            return Dictionary(findings.map { ($0.type, $0.temporal) }, uniquingKeysWith: { first, _ in first })
        }
        let there = try changes("FINDINGS: Patchy consolidation areas with air bronchograms are seen in the lower lobe of the left "
            + "lung. A few millimetric nodules are observed in the right lung upper lobe. IMPRESSION: Pneumonia in the left "
            + "lung lower lobe has newly developed.")
        #expect(there["consolidation"] == .some(.new))
        #expect(there["air-bronchogram"] == .some(.new))
        #expect(there["nodule"] == .some(nil))
        // (not on the other side, nor when the findings said how they changed)
        let otherSide = try changes("FINDINGS: Patchy consolidation areas are seen in the lower lobe of the left lung. "
            + "IMPRESSION: Pneumonia in the right lung lower lobe has newly developed.")
        #expect(otherSide["consolidation"] == .some(nil))
        let ownChange = try changes("FINDINGS: Ground glass areas in the lower lobe of the left lung have regressed. Patchy "
            + "consolidation areas are seen in the lower lobe of the left lung. IMPRESSION: Pneumonia in the left lung lower "
            + "lobe has newly developed.")
        #expect(ownChange["consolidation"] == .some(nil))
    }

    /// A sentence that names no finding and opens with a size, or with "it", says the size of the first finding of
    /// the sentence before; a size said later in the sentence, or of an earlier study, does not.
    @Test func aSizeWithNoSubjectIsTheSentenceBefore() throws {
        let parser = try Self.engine.makeParser(explain: false)
        func sizes(_ text: String) throws -> [Double?] {
            try parser.parse(id: "s", text: "FINDINGS: " + text).findings.map { $0.size?.maxMM }
        }
        #expect(try sizes("A few millimetric nodules are observed in both lungs. The largest measured 4 mm in the upper lobe "
            + "of the right lung in series 2 images 224.") == [4])
        #expect(try sizes("Minimal effusion was observed in both pleural spaces. Its thickness reaches 33 mm on the right and "
            + "20 mm on the left.") == [33])
        #expect(try sizes("Pericardial effusion is observed. Its diameter was measured 1.5 mm in its most prominent place.") == [1.5])
        #expect(try sizes("There is a nodule containing coarse calcification foci in the right thyroid lobe. "
            + "It measures 21 mm in diameter.") == [21])
        #expect(try sizes("Pericardial effusion is observed. The main pulmonary artery diameter was 30 mm.") == [nil])
        #expect(try sizes("A nodule is observed in the right upper lobe. It was measured as 10 mm in the previous CT examination.")
            == [nil])
        #expect(try sizes("Pleural effusion is observed on the right. Aorta is normal. Its diameter is 32 mm.") == [nil])
        // Framed by today's examination up to its comma, the size said of "it" is today's (probe M169); a finding of its own
        // after the frame keeps its size.
        #expect(try sizes("A nodule is observed in the right upper lobe. It was 15 mm in the previous examination. In the current "
            + "examination, it is 20 mm.") == [20])
        #expect(try sizes("A nodule is observed in the right upper lobe. In the current examination, a new nodule of 5 mm is seen "
            + "in the left lower lobe.") == [nil, 5])
    }

    /// A sentence that names no finding of its own gives today's size to the finding it measures: one that opens with a
    /// verb before the size and names no place but a side, to the sentence before's; one that compares today's size with an
    /// earlier one, to the finding its change goes to (past a sentence without findings). Not the earlier size, not a size
    /// after an article or a word that sets another finding apart, nor one placed in a lobe or an organ.
    @Test func aSizeWithNoSubjectGoesWhereItsChangeGoes() throws {
        let parser = try Self.engine.makeParser(explain: false)
        func sizes(_ text: String) throws -> [Double?] {
            try parser.parse(id: "s", text: "FINDINGS: " + text).findings.map { $0.size?.maxMM }
        }
        #expect(try sizes("Pleural effusion is seen on both sides. Measured 14 mm on the left at its thickest point.") == [14])
        #expect(try sizes("A soft tissue lesion is observed in the subcarinal area. An increase in its transverse dimension was "
            + "noted. It was measured as 18 mm in the previous CT examination, and it was measured as 24 mm in the current "
            + "examination.") == [24])
        #expect(try sizes("A mass is observed in the left lower lobe. In the coronal sections, 64 mm was measured as 52 mm in the "
            + "previous examination, and it shows an increase in size.") == [64])
        // (the adenoma, a finding of its own, keeps its size: the thickening takes none)
        #expect(try sizes("Nodular thickening is seen in the body of the left adrenal gland. An 11 mm adenoma is seen in the "
            + "lateral limb of the right adrenal gland.") == [nil, 11])
        #expect(try sizes("Ground glass areas are observed in both upper lobes. Also, about 3 cm in the anterior segment of the "
            + "left lower lobe.") == [nil])
        #expect(try sizes("A lymph node is observed in the right paratracheal area. In the previous examination, it was 28 mm in "
            + "size and slight regression was detected.") == [nil])
    }

    /// "A similar appearance in the lingula" is a finding like the one named before it (like each finding its phrase names, in
    /// the chest each lung finding of its sentence), in its own place; a similar appearance that a disease "may cause", or that nodules have, is none.
    @Test func aSimilarAppearanceIsLikeTheFindingBefore() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "s1", text: "FINDINGS: Patchy ground glass areas are seen in the right lower lobe. "
            + "A similar appearance is also observed in the lingula. Other viral infections may cause a similar appearance.")
        let glass = report.findings.filter { $0.type == "ground-glass-opacity" }
        #expect(glass.map(\.lobes) == [["RLL"], ["LUL"]])
        #expect(glass.last?.explanation.contains { $0.role == "refers-to" } == true)
        let nodules = try parser.parse(id: "s2", text: "FINDINGS: Nodules with a similar appearance are also seen in the right lung.")
        #expect(nodules.findings.map(\.type) == ["nodule"])
        // Placed outside the chest, it is no lung finding; with nothing named before it, it is none.
        let kidney = try parser.parse(id: "s3", text: "FINDINGS: A 5 mm nodule in the right lower lobe. "
            + "A similar appearance is seen in the upper pole of the left kidney.")
        #expect(kidney.findings.map(\.type) == ["nodule", "nodule"])
        #expect(kidney.findings.last?.labels.isEmpty == true && kidney.findings.last?.category == nil)
        let alone = try parser.parse(id: "s4", text: "FINDINGS: A similar appearance is seen in the left lower lobe.")
        #expect(alone.findings.isEmpty)
        // Like a phrase that names several, it is like each of them (audit WWWWWWWWW).
        let several = try parser.parse(id: "s5", text: "FINDINGS: Ground glass areas and consolidation are observed in the right "
            + "lower lobe. Similar appearances are observed in the left lower lobe.")
        #expect(several.findings.filter { $0.lobes == ["LLL"] }.map(\.type) == ["ground-glass-opacity", "consolidation"])
        // … and, in the chest, like each lung finding of the sentence before (audits Z11, D12).
        let sentence = try parser.parse(id: "s6", text: "FINDINGS: In the right upper lobe there are centriacinar nodules, some "
            + "of which have the appearance of budding trees. Similar appearances are observed in the right lower lobe.")
        #expect(sentence.findings.filter { $0.lobes == ["RLL"] }.map(\.type) == ["centrilobular-nodule", "tree-in-bud"])
    }

    /// A lesion word with no place of its own, after a sentence about an organ outside the chest, is
    /// that organ's; a sentence naming another place ends the organ's turn, and words that name only
    /// lung findings never leave the lungs.
    @Test func anUnplacedLesionIsInTheOrganTheReportIsDescribing() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let thyroid = try parser.parse(id: "t1", text: "FINDINGS: The right thyroid lobe is enlarged and heterogeneous. "
            + "There are hypodense nodules, the largest 14 mm. Ultrasound correlation is recommended.")
        let nodule = try #require(thyroid.findings.first { $0.type == "nodule" })
        #expect(nodule.labels.isEmpty && nodule.category == nil)
        #expect(nodule.anatomy(in: Self.engine.knowledge.anatomy) == ["thyroid"])
        #expect(nodule.explanation.contains { $0.role == "topic" && $0.id == "thyroid" })
        #expect(thyroid.labels[.lungNodule] == 0)
        // Words other organs share ("the parenchyma", "the left lobe", "the lateral segment") neither end
        // the organ's turn nor place a lesion in the lung.
        let shared = try parser.parse(id: "t8", text: "FINDINGS: The left thyroid lobe is enlarged. The parenchyma is heterogeneous. "
            + "There is a hypodense nodule in the lateral segment of the left lobe. Millimetric nodules are seen in the parenchyma.")
        #expect(shared.findings.filter { $0.type == "nodule" }.map { $0.anatomy(in: Self.engine.knowledge.anatomy) } == [["thyroid"], ["thyroid"]])
        #expect(shared.findings.allSatisfy { $0.lobes.isEmpty })
        #expect(shared.labels[.lungNodule] == 0)
        // "The described nodular lesion" is the one described before, an organ's outside the lungs too.
        let described = try parser.parse(id: "t9", text: "FINDINGS: A 20 mm nodular lesion is seen in the anterior mediastinum. "
            + "The lungs are clear. The described nodular lesion could not be characterized in this examination.")
        #expect(described.labels[.lungNodule] == 0)
        // The same sentence after the trachea, or in the impression, is about the lungs.
        let trachea = try parser.parse(id: "t2", text: "FINDINGS: The thyroid gland is heterogeneous. The trachea is midline. "
            + "There are hypodense nodules, the largest 14 mm.")
        #expect(trachea.labels[.lungNodule] == 1)
        let impression = try parser.parse(id: "t3", text: "FINDINGS: The liver is enlarged.\nIMPRESSION: Millimetric nodules.")
        #expect(impression.labels[.lungNodule] == 1)
        // An impression item about an organ keeps its unplaced lesion words there, and only there.
        let item = try parser.parse(id: "t6", text: "IMPRESSION: Ectasia in the left kidney collecting system, hypodense nodular "
            + "lesion with fat density in the lower pole (angiomyolipoma?). Millimetric nodules.")
        #expect(item.findings.filter { $0.type == "nodule" }.map(\.labels.isEmpty) == [true, false])
        // So is a bullet's in a report without an impression header.
        let bullets = try parser.parse(id: "t7", text: "• Hypodense lesions in the liver (cysts?). • Millimetric nodules.")
        #expect(bullets.labels[.lungNodule] == 1)
        // A sentence naming the organ places its own unplaced lesion words there too.
        let kidney = try parser.parse(id: "t4", text: "FINDINGS: A 12 mm hypodense lesion is seen in the right kidney (cyst?).")
        #expect(kidney.findings.filter { $0.type == "cyst" }.map { $0.anatomy(in: Self.engine.knowledge.anatomy) } == [["kidney"]])
        // Consolidation is never an organ's lesion.
        let liver = try parser.parse(id: "t5", text: "FINDINGS: Hypodense lesions are seen in the liver. Consolidation is observed.")
        #expect(liver.labels[.consolidation] == 1)
        // A finding of a type that is another in the organ (`<in>`) is that one there: the upper abdomen's lymph nodes
        // (audits YYYYYYYYY, C10, D10).
        let nodes = try parser.parse(id: "t11", text: "FINDINGS: No upper abdominal free fluid was detected in the sections. "
            + "No pathologically enlarged lymph nodes were observed.")
        #expect(nodes.findings.last?.type == "extrathoracic-lymph-node")
        // Bones are such an organ (audit D10); an organ of the findings' last sentence does not reach the impression, even
        // through a sentence opening with a word for the findings before it.
        let bone = try parser.parse(id: "t10", text: "FINDINGS: Sclerotic lesions are observed in the thoracic vertebrae. The "
            + "lesions described were evaluated in favor of metastases. IMPRESSION: Findings in the lung parenchyma that may be "
            + "compatible with Covid-19 pneumonia and ARDS.")
        #expect(bone.findings.filter { $0.sentence == 1 }.allSatisfy { $0.category == nil })
        #expect(bone.findings.filter { $0.sentence == 2 }.allSatisfy { $0.category != nil })
    }

    /// The JSON written straight from a parsed report is its output record, field for field, with and
    /// without text and explanations, for text with quotes, tabs, accents and characters outside the BMP.
    /// Two vessels said wider than normal one after the other are two vascular enlargements, each with its own diameter: the
    /// second, "The main pulmonary artery …", is no aorta named again with "the" (the construction's finding is its predicate).
    @Test func twoWideVesselsAreTwoFindings() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "v1", text: "FINDINGS: The ascending aorta measures 44 mm and is wider than normal. "
            + "The main pulmonary artery diameter was 32 mm and wider than normal.")
        let wide = report.findings.filter { $0.type == "vascular-enlargement" }
        #expect(wide.map { $0.size?.maxMM } == [44, 32])
        #expect(wide.map(\.text) == ["wider than normal", "wider than normal"])
        // One vessel said wide twice in the findings and again in the impression is one finding.
        let again = try parser.parse(id: "v2", text: "FINDINGS: The ascending aorta measures 44 mm and is wider than normal.\n"
            + "IMPRESSION: Ectasia of the ascending aorta.")
        #expect(again.findings.filter { $0.type == "vascular-enlargement" }.count == 1)
    }

    /// An impression's widened vessel is a copy of the findings' widened vessel only in that vessel: the aorta's dilatation
    /// is no copy of a wide pulmonary trunk (two structures). A summary naming both vessels names again the two findings
    /// that each placed one of them (no third finding); beside the one wide vessel the findings name, it is that one.
    @Test func aWideVesselOfTheImpressionIsACopyInItsOwnVesselOnly() throws {
        let parser = try Self.engine.makeParser()
        func wide(_ text: String) throws -> [[String]] {
            try parser.parse(id: "w", text: text).findings.filter { $0.type == "vascular-enlargement" }.map(\.places)
        }
        #expect(try wide("FINDINGS: The pulmonary trunk diameter was 36 mm and wider than normal.\n"
            + "IMPRESSION: Fusiform dilatation in the ascending aorta.") == [["pulmonary-artery"], ["aorta"]])
        #expect(try wide("FINDINGS: The pulmonary trunk diameter was 36 mm and wider than normal.\n"
            + "IMPRESSION: Dilatation of the pulmonary trunk.") == [["pulmonary-artery"]])
        #expect(try wide("FINDINGS: The ascending aorta measures 45 mm and shows dilatation. The main pulmonary artery measures "
            + "33 mm and shows dilatation.\nIMPRESSION: Dilatation of the thoracic aorta and pulmonary artery.")
            == [["aorta"], ["pulmonary-artery"]])
        #expect(try wide("FINDINGS: The ascending aorta measures 45 mm and shows dilatation.\n"
            + "IMPRESSION: Dilatation of the thoracic aorta and pulmonary artery.") == [["aorta"]])
    }

    /// A sentence that opens with a pronoun and says a vessel is wider than normal is about the vessel the sentence right before
    /// measures: a vascular enlargement there, measured by that diameter, on the predicate's words, never a lung finding.
    @Test func aPronounSaidWideIsTheVesselMeasuredBefore() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let report = try parser.parse(id: "p1", text: "FINDINGS: The descending aorta calibration is 34 mm. "
            + "It is slightly above normal. The pulmonary trunk diameter was measured as 31 mm. It was evaluated as dilated.")
        let wide = report.findings.filter { $0.type == "vascular-enlargement" }
        #expect(wide.map(\.sentence) == [1, 3])
        #expect(wide.map { $0.size?.maxMM } == [34, 31])
        #expect(wide.map(\.text) == ["above normal", "dilated"])
        #expect(wide.allSatisfy { $0.category == nil && $0.lobes.isEmpty && $0.labels.isEmpty })
        #expect(wide.first?.places == ["aorta"])
        #expect(wide.first?.explanation.contains { $0.role == "refers-to" && $0.origin == "sentence 0" } == true)
        #expect(report.findings.count == 2)
        // The same words after another vessel of the same width name that vessel: no repeat of the sentence before.
        let twice = try parser.parse(id: "p2", text: "FINDINGS: The ascending aorta measures 40 mm. It is wider than normal. "
            + "The aortic arch measures 40 mm. It is wider than normal.")
        #expect(twice.findings.filter { $0.type == "vascular-enlargement" }.map(\.sentence) == [1, 3])
        // Not after a measured vessel: the heart (its own construction), a measured organ where the predicate names nothing, a
        // normal vessel, a sentence between, a vessel already said to be wide, the pronoun inside a sentence.
        let heart = try parser.parse(id: "p3", text: "FINDINGS: The heart size is increased. It is larger than normal.")
        #expect(heart.findings.map(\.type) == ["cardiomegaly"])
        let notWide = [
            "The spleen measured 145 mm in its long axis. It is larger than normal.",
            "The descending aorta calibration is 26 mm. It is normal.",
            "The aortic arch calibration is 36 mm. No mediastinal lymph node was observed. It is wider than normal.",
            "The kidney measured 120 mm, and it was larger than normal.",
        ]
        for text in notWide {
            let types = try parser.parse(id: "p4", text: "FINDINGS: " + text).findings.map(\.type)
            #expect(!types.contains("vascular-enlargement") && !types.contains("ectasia"), "\(text)")
        }
        let already = try parser.parse(id: "p5", text: "FINDINGS: The ascending aorta measures 46 mm and is enlarged. "
            + "It is wider than normal.")
        #expect(already.findings.map(\.sentence) == [0])
        // A size said of a lung finding by a pronoun stays that finding's.
        let nodule = try parser.parse(id: "p6", text: "FINDINGS: There is a nodule in the left lower lobe. It is 6 mm.")
        #expect(nodule.findings.map { $0.size?.maxMM } == [6])
    }

    @Test func directWriterAgreesWithTheRecord() throws {
        let parser = try Self.engine.makeParser(explain: true)
        let text = "FINDINGS: Ｎｏ effusion 😀 \"q\"\ttab é. A 5 mm nodule 𝔸 in the right upper lobe, with atelectasis adjacent to it.\n"
            + "IMPRESSION: Nodule. Pericardial effusion-thickening was not observed."
        let parsed = try parser.parse(id: "r\"2", text: text)
        for (includeText, explain) in [(false, false), (true, true)] {
            var writer = JSONWriter()
            parsed.write(to: &writer, engine: Self.engine, includeText: includeText, explain: explain)
            let decoded = try JSONDecoderForTests.decode(ReportRecord.self, from: writer.bytes)
            #expect(decoded == parsed.record(knowledge: TestData.knowledge, includeText: includeText, explain: explain))
        }
    }

    /// A sentence repeated word for word takes its findings from the parser's sentence cache; they must point at where
    /// the repeat stands, in the next report (within one report a repeat is the same findings: one record, the first).
    @Test func repeatedSentenceFindingsPointAtTheRepeat() throws {
        let parser = try Self.engine.makeParser()
        let sentence = "No nodule is observed in the right upper lobe."
        let first = try parser.parse(id: "a", text: "FINDINGS: \(sentence) Heart normal. \(sentence)")
        let second = try parser.parse(id: "b", text: "FINDINGS: Trachea is midline. \(sentence)")
        #expect(first.findings.map(\.sentence) == [0])
        #expect(second.findings.map(\.sentence) == [1])
        for report in [first, second] {
            for finding in report.findings {
                #expect(report.text.text(finding.range) == "nodule")
                #expect(finding.lobes == ["RUL"])
            }
        }
        #expect(first.findings[0].range != second.findings[0].range)
    }

    /// "The described lesion" outside the lungs names the one finding of its organ a lesion could be, whatever word typed
    /// it ("hypodense", "nodular"): its change is that one's, no second record. Two such findings there: it names neither.
    @Test func aLesionNamedAgainOutsideTheLungsIsTheOneOfItsOrgan() throws {
        let parser = try Self.engine.makeParser()
        let liver = try parser.parse(id: "rl1", text: "FINDINGS: A hypodense lesion of 14 mm is observed in segment 6 of the liver. "
            + "The described lesion is stable compared to the previous examination.")
        #expect(liver.findings.map(\.type) == ["low-density"])
        #expect(liver.findings.first?.temporal == .stable)
        #expect(liver.findings.first?.size?.maxMM == 14)
        let adrenal = try parser.parse(id: "rl2", text: "FINDINGS: A millimetric nodular lesion is observed in the medial crus of the "
            + "left adrenal gland. The lesion has not changed compared to the previous examination.")
        #expect(adrenal.findings.map(\.type) == ["nodule"])
        #expect(adrenal.findings.first?.temporal == .stable)
        let two = try parser.parse(id: "rl3", text: "FINDINGS: A hypodense lesion of 9 mm is seen in segment 2 of the liver. "
            + "A hyperdense lesion of 6 mm is seen in segment 5 of the liver. The described lesion is stable.")
        #expect(two.findings.map(\.type) == ["low-density", "high-density", "lesion"])
        #expect(two.findings.map(\.temporal) == [nil, nil, .stable])
        // The largest of the described lesions is a member of that one finding: its size is the set's.
        let largest = try parser.parse(id: "rl4", text: "FINDINGS: Hypodense lesions are observed in both lobes of the liver. "
            + "The largest of the described lesions is in segment 7 and measures 21 mm.")
        #expect(largest.findings.map(\.type) == ["low-density"])
        #expect(largest.findings.first?.size?.maxMM == 21)
    }

    /// "The described lesion" right after a finding outside the lungs that another word named (a lymphadenopathy, a nodular
    /// lesion of an adrenal gland beside a thickening of the other one) is that finding again: its change is that one's, no
    /// lesion record of its own; what it may be is read of that one, which stays present. The lesion named again later
    /// with a place of its own, where that one lies, is that one too. Named farther back, it is a lesion of its own.
    @Test func aLesionRightAfterAFindingOutsideTheLungsIsThatFinding() throws {
        let parser = try Self.engine.makeParser()
        let node = try parser.parse(id: "ro1", text: "FINDINGS: Lymphadenopathy with a short axis of 19 mm is seen in the subcarinal "
            + "region, extending to the left hilum. The described lesion is stable compared to the previous examination.")
        #expect(node.findings.map(\.type) == ["lymphadenopathy"])
        #expect(node.findings.first?.temporal == .stable)
        #expect(node.findings.first?.size?.maxMM == 19)
        let nodes = "FINDINGS: Lymphadenopathy is observed in the right paratracheal region, extending to the right hilum. "
            + "The described lesion may belong to conglomerate lymphadenopathy."
        let conglomerate = try parser.parse(id: "ro2", text: nodes)
        #expect(conglomerate.findings.map(\.type) == ["lymphadenopathy"])
        #expect(conglomerate.findings.first?.assertion == .present)
        // The lesion named again later where that one lies is that one too (its size); placed elsewhere, another one.
        let measured = try parser.parse(id: "ro6", text: nodes + " The short diameter of the lesion described "
            + "in the right paratracheal region was 31 mm.")
        #expect(measured.findings.map(\.type) == ["lymphadenopathy"])
        #expect(measured.findings.first?.size?.maxMM == 31)
        let liver = try parser.parse(id: "ro7", text: nodes + " The described lesion in the liver measures 12 mm.")
        #expect(liver.findings.map(\.type) == ["lymphadenopathy", "lesion"])
        #expect(liver.findings.first?.size == nil)
        let adrenal = try parser.parse(id: "ro3", text: "FINDINGS: Mild thickening is observed in the body of the right adrenal "
            + "gland. A millimetric nodular lesion is observed in the medial crus of the left adrenal gland. The lesion "
            + "cannot be characterized due to its size and has not changed compared to the previous examination.")
        #expect(adrenal.findings.map(\.type) == ["thickening", "nodule"])
        #expect(adrenal.findings.map(\.temporal) == [nil, .stable])
        // Another sentence between: the lesion is not the node's.
        let far = try parser.parse(id: "ro4", text: "FINDINGS: Lymphadenopathy with a short axis of 19 mm is seen in the subcarinal "
            + "region. The heart size is normal. The described lesion is stable compared to the previous examination.")
        #expect(far.findings.map(\.type) == ["lymphadenopathy", "lesion"])
        #expect(far.findings.first?.temporal == nil)
        // A lesion named with a place of its own is another one.
        let own = try parser.parse(id: "ro5", text: "FINDINGS: Lymphadenopathy with a short axis of 19 mm is seen in the subcarinal "
            + "region. A lesion of 8 mm is observed in the lower lobe of the right lung.")
        #expect(own.findings.map(\.type) == ["lymphadenopathy", "lesion"])
    }

    /// An impression lesion outside the lungs typed by other words than the findings' ("nodular lesion" summed up as
    /// "hypodense lesion") restates it in its organ, on its side, at its size; another side, organ or size is another lesion.
    @Test func anImpressionLesionTypedOtherwiseRestatesTheFindingsOne() throws {
        let parser = try Self.engine.makeParser()
        let findings = "FINDINGS: A 17 mm nodular lesion is observed in the corpus of the right adrenal gland. IMPRESSION: "
        let same = try parser.parse(id: "ri1", text: findings + "Hypodense lesion in the right adrenal gland (adenoma?).")
        // (the bracketed reading is a doubted adenoma of its own)
        #expect(same.findings.map(\.type) == ["nodule", "adenoma"])
        #expect(same.findings.last?.assertion == .uncertain)
        #expect(same.findings.first?.size?.maxMM == 17)
        #expect(same.findings.first?.assertion == .present)
        for other in ["Hypodense lesion in the left adrenal gland.", "Hypodense lesion of 30 mm in the right adrenal gland.",
                      "Hypodense lesion in the spleen."] {
            let report = try parser.parse(id: "ri2", text: findings + other)
            #expect(report.findings.map(\.type) == ["nodule", "low-density"], "\(other)")
        }
        // The bare weak noun summing up the typed one is that one too; in another organ it is another lesion.
        let adrenals = "FINDINGS: Nodular lesions measuring 22 mm on the right and 13 mm on the left are observed in both adrenal "
            + "glands. IMPRESSION: "
        let bare = try parser.parse(id: "ri3", text: adrenals + "Lesions in both adrenal glands, adenoma?")
        #expect(bare.findings.map(\.type) == ["nodule", "adenoma"])
        let spleen = try parser.parse(id: "ri4", text: adrenals + "Lesion in the spleen.")
        #expect(spleen.findings.map(\.type) == ["nodule", "lesion"])
    }

    /// A weak word of the impression ("lesion") placed where the findings section named one specific finding its word
    /// could name (a mass: both are nodules) is that finding again, in the lung or outside it; two such findings there,
    /// another place or another size leave it a lesion of its own.
    @Test func anImpressionLesionWhereTheFindingsNamedAMassIsThatMass() throws {
        let parser = try Self.engine.makeParser()
        let mass = "FINDINGS: A mass of 25 mm is observed in the superior segment of the left lung lower lobe. "
        let segment = "in the superior segment of the left lung lower lobe."
        let same = try parser.parse(id: "rw1", text: mass + "IMPRESSION: Stable lesion " + segment)
        #expect(same.findings.map(\.type) == ["mass"])
        #expect(same.findings.first?.temporal == .stable)
        let bone = try parser.parse(id: "rw2", text: "FINDINGS: Findings consistent with metastasis are observed in the bone "
            + "structures. IMPRESSION: Metastatic lesions in bone structures.")
        #expect(bone.findings.map(\.type) == ["mass"])
        // Two findings there it could name, another lobe, another organ or another size: a lesion of its own.
        let two = try parser.parse(id: "rw3", text: mass + "A 6 mm nodule is observed " + segment + " IMPRESSION: Lesion " + segment)
        #expect(two.findings.map(\.type) == ["mass", "nodule", "lesion"])
        for other in ["Lesion in the right lung upper lobe.", "Lesion of 40 mm " + segment] {
            let report = try parser.parse(id: "rw4", text: mass + "IMPRESSION: " + other)
            #expect(report.findings.map(\.type) == ["mass", "lesion"], "\(other)")
        }
        let spleen = try parser.parse(id: "rw5", text: "FINDINGS: Findings consistent with metastasis are observed in the bone "
            + "structures. IMPRESSION: Metastatic lesions in the spleen.")
        #expect(spleen.findings.map(\.type) == ["mass", "lesion"])
    }

    /// An impression copy in words of its own (`renames`: a fibroatelectasis or a linear one calling the findings'
    /// atelectasis a sequela) placed where the findings section named an atelectasis is that atelectasis, labelled as the
    /// findings' word says; in another lobe, or a plain sequela (no type it renames), it is a finding of its own.
    @Test func anImpressionFibroatelectasisWhereTheFindingsNamedAnAtelectasisIsThatAtelectasis() throws {
        let parser = try Self.engine.makeParser()
        let linear = "FINDINGS: Linear atelectasis is observed in the medial segment of the right lung middle lobe. IMPRESSION: "
        let same = try parser.parse(id: "rf1", text: linear + "Fibroatelectatic changes in the right lung middle lobe.")
        #expect(same.findings.map(\.type) == ["linear-atelectasis"])
        #expect(same.labels[.atelectasis] == 1 && same.labels[.pulmonaryFibroticSequela] == 0)
        let subsegmental = try parser.parse(id: "rf2", text: "FINDINGS: Subsegmental atelectasis is seen in the lower lobe of "
            + "the left lung. IMPRESSION: Linear fibroatelectasis in the left lung lower lobe.")
        #expect(subsegmental.findings.map(\.type) == ["subsegmental-atelectasis"])
        // Another lobe, or a sequela word that renames no atelectasis: two findings.
        let elsewhere = try parser.parse(id: "rf3", text: linear + "Fibroatelectatic changes in the left lung lower lobe.")
        #expect(elsewhere.findings.map(\.type) == ["linear-atelectasis", "fibroatelectasis"])
        #expect(elsewhere.labels[.pulmonaryFibroticSequela] == 1)
        let sequela = try parser.parse(id: "rf4", text: linear + "Sequelae changes in the right lung middle lobe.")
        #expect(sequela.findings.map(\.type) == ["linear-atelectasis", "fibrotic-sequela"])
    }

    /// An impression copy of a narrower type than the one finding of its lineage the findings section named there (the
    /// vertebrae's degenerative changes a spondylosis, a lung density a ground glass one) is that finding, now of the copy's
    /// type (in the lungs, one of a weak word); not a diagnosis, a doubted narrower word, one in another lobe, nor one with
    /// two findings it could name.
    @Test func anImpressionCopyOfANarrowerTypeIsTheFindingsOneOfItsLineage() throws {
        let parser = try Self.engine.makeParser()
        let spine = try parser.parse(id: "rn1", text: "FINDINGS: Degenerative changes are seen in the thoracic vertebrae. "
            + "IMPRESSION: Thoracic spondylosis.")
        #expect(spine.findings.map { "\($0.type) \($0.sentence)" } == ["spondylosis 0"])
        let density = "FINDINGS: Patchy density increases are seen in the lower lobes of both lungs. IMPRESSION: "
        let groundGlass = try parser.parse(id: "rn2", text: density + "Ground glass densities in the lower lobes of both lungs.")
        #expect(groundGlass.findings.map { "\($0.type) \($0.sentence)" } == ["ground-glass-opacity 0"])
        #expect(groundGlass.findings.first?.category == .init(rawValue: "2c"))
        #expect(groundGlass.labels[.lungOpacity] == 1)
        // Another lobe: a finding of its own.
        let elsewhere = try parser.parse(id: "rn3", text: "FINDINGS: Patchy density increases are seen in the upper lobe of the "
            + "right lung. IMPRESSION: Ground glass densities in the lower lobe of the left lung.")
        #expect(elsewhere.findings.map(\.type) == ["opacity", "ground-glass-opacity"])
        // Two findings of its lineage it could name: neither.
        let two = try parser.parse(id: "rn4", text: "FINDINGS: Density increases are seen in the upper lobe of the right lung. "
            + "Density increases are seen in the lower lobe of the right lung. IMPRESSION: Ground glass densities in the right lung.")
        #expect(two.findings.map(\.type) == ["opacity", "opacity", "ground-glass-opacity"])
        // A diagnosis reads the findings' appearance; a doubted narrower word doubts only what it adds.
        let pneumonia = try parser.parse(id: "rn5", text: "FINDINGS: Consolidation is seen in the lower lobe of the left lung. "
            + "IMPRESSION: Pneumonia in the lower lobe of the left lung.")
        #expect(pneumonia.findings.map(\.type) == ["consolidation", "pneumonia"])
        let doubted = try parser.parse(id: "rn6", text: "FINDINGS: Pleural effusion with a thick wall is seen on the right. "
            + "IMPRESSION: Possible empyema on the right.")
        #expect(doubted.findings.map { "\($0.type) \($0.assertion.rawValue)" } == ["pleural-effusion present", "empyema uncertain"])
        let doubtedGlass = try parser.parse(id: "rn7", text: "FINDINGS: Density increases are seen in the lower lobe of the right "
            + "lung. IMPRESSION: Possible ground glass densities in the lower lobe of the right lung.")
        #expect(doubtedGlass.findings.map { "\($0.type) \($0.assertion.rawValue)" }
            == ["opacity present", "ground-glass-opacity uncertain"])
    }

    /// An impression copy outside the lungs that names no place, in a broader word than the one finding of the findings
    /// section it could name (plaques said alone after coronary ones, a bare lymph node after an axillary one), is that
    /// finding, which keeps its type and labels; two findings it could name (one of them of the lungs too), a place of its
    /// own elsewhere or another assertion leave it a finding of its own.
    @Test func anUnplacedImpressionCopyOfABroaderWordIsTheSoleNarrowerFinding() throws {
        let parser = try Self.engine.makeParser()
        let coronary = "FINDINGS: Calcified atheroma plaques are seen in the walls of the coronary arteries. IMPRESSION: "
        let plaques = try parser.parse(id: "rk1", text: coronary + "Calcified atherosclerotic plaques.")
        #expect(plaques.findings.map { "\($0.type) \($0.sentence)" } == ["coronary-artery-calcification 0"])
        #expect(plaques.labels[.arterialWallCalcification] == 0 && plaques.labels[.coronaryArteryWallCalcification] == 1)
        let node = try parser.parse(id: "rk2", text: "FINDINGS: A lymph node of 9 mm is seen in the right axilla. IMPRESSION: "
            + "Lymph node.")
        #expect(node.findings.map { "\($0.type) \($0.sentence)" } == ["extrathoracic-lymph-node 0"])
        #expect(node.labels[.lymphadenopathy] == 0)
        // Two findings it could name: neither.
        let two = try parser.parse(id: "rk3", text: "FINDINGS: Calcified atheroma plaques are seen in the walls of the coronary "
            + "arteries. Calcified plaques are seen in the wall of the abdominal aorta. IMPRESSION: Calcified atherosclerotic plaques.")
        #expect(two.findings.map(\.type)
            == ["coronary-artery-calcification", "extrathoracic-arterial-calcification", "arterial-wall-calcification"])
        // A lung finding it could name too counts: a fluid collection after a pericardial and a pleural effusion is neither.
        let fluid = try parser.parse(id: "rk4", text: "FINDINGS: Minimal pericardial effusion is seen. Pleural effusion is "
            + "seen on the right. IMPRESSION: Fluid collection.")
        #expect(fluid.findings.map(\.type) == ["pericardial-effusion", "pleural-effusion", "fluid"])
        // A place of its own elsewhere: a finding of its own.
        let placed = try parser.parse(id: "rk5", text: coronary + "Calcified atherosclerotic plaques in the aortic arch.")
        #expect(placed.findings.map(\.type) == ["coronary-artery-calcification", "arterial-wall-calcification"])
        #expect(placed.labels[.arterialWallCalcification] == 1)
        // Doubted where the findings are sure: another.
        let doubted = try parser.parse(id: "rk6", text: "FINDINGS: A lymph node of 9 mm is seen in the right axilla. "
            + "IMPRESSION: Lymph node?")
        #expect(doubted.findings.map { "\($0.type) \($0.assertion.rawValue)" }
            == ["extrathoracic-lymph-node present", "lymphadenopathy uncertain"])
    }

    /// A finding a reference cue names again with a place of its own, in a broader word than the earlier finding there (of
    /// that one's lineage, or the word its type restates: a density increase after nodular ones, consolidation after a
    /// pneumonic infiltration, nodules after ground glass ones), is that finding when none of its very type is; another
    /// lobe, or two such findings there, leave it a finding of its own.
    @Test func aBroaderWordNamingAFindingAgainWithItsPlaceIsTheNarrowerOne() throws {
        let parser = try Self.engine.makeParser()
        let nodular = "FINDINGS: Nodular density increases are seen in the left lung lower lobe. "
        let same = try parser.parse(id: "rb1", text: nodular + "IMPRESSION: The density increase in the left lung lower lobe "
            + "is nonspecific.")
        #expect(same.findings.map(\.type) == ["nodular-opacity"])
        let pneumonic = try parser.parse(id: "rb2", text: "FINDINGS: There was pneumonic infiltration in the upper lobe of the "
            + "right lung. The consolidation area in the upper lobe of the right lung has regressed.")
        #expect(pneumonic.findings.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["pneumonic-infiltration decreased"])
        let glass = try parser.parse(id: "rb3", text: "FINDINGS: Ground glass nodules are seen in the left lung lower lobe. "
            + "The described nodules in the left lung lower lobe measure up to 4 mm.")
        #expect(glass.findings.map(\.type) == ["ground-glass-nodule"])
        #expect(glass.findings.first?.size?.maxMM == 4)
        // Another lobe, or two narrower findings there: a finding of its own.
        let elsewhere = try parser.parse(id: "rb4", text: nodular + "IMPRESSION: The density increase in the right lung upper "
            + "lobe is nonspecific.")
        #expect(elsewhere.findings.map(\.type) == ["nodular-opacity", "opacity"])
        let two = try parser.parse(id: "rb5", text: nodular + "Ground glass density increases are seen in the left lung lower "
            + "lobe. IMPRESSION: The density increase in the left lung lower lobe is nonspecific.")
        #expect(two.findings.map(\.type) == ["nodular-opacity", "ground-glass-opacity", "opacity"])
    }

    /// A diagnosis hedged in the impression and placed by the findings it is said of, all named after a plain finding of its
    /// type and one of them of a kind its word can name ("Metastasis or granulomatous process cannot be told apart" after
    /// nodules, themselves named after a mass), says what those nodules are: no second reading of the mass. Said of the
    /// mass itself (its sentence), of later findings of no broader type than its own, or of doubted ones, it is that mass
    /// again.
    @Test func aHedgedDiagnosisOfLaterFindingsIsNotAnEarlierPlainOneOfItsType() throws {
        let parser = try Self.engine.makeParser()
        let findings = "FINDINGS: A soft tissue mass of 46 mm is seen in the lower lobe of the left lung. Spiculated nodules "
            + "are seen in both lungs, the largest 6 mm. "
        let nodules = try parser.parse(id: "hd1", text: findings + "IMPRESSION: A mass in the lower lobe of the left lung. "
            + "Spiculated nodules in both lungs. Metastasis or granulomatous process cannot be differentiated.")
        #expect(nodules.findings.filter { $0.type == "mass" }.map { "\($0.assertion.rawValue) \($0.laterality.rawValue)" }
            == ["present left", "uncertain bilateral"])
        // Said of the mass itself: that mass again, present.
        let itself = try parser.parse(id: "hd2", text: "FINDINGS: A soft tissue mass of 46 mm is seen in the lower lobe of the "
            + "left lung. It may be consistent with metastasis.")
        #expect(itself.findings.filter { $0.type == "mass" }.map(\.assertion) == [.present])
        // Said of a later finding its word cannot name (a ground glass area around the mass): the mass again.
        let around = try parser.parse(id: "hd3", text: "FINDINGS: A soft tissue mass of 46 mm is seen in the lower lobe of the "
            + "left lung. A ground glass area is seen in the lower lobe of the left lung. It may be consistent with metastasis.")
        #expect(around.findings.filter { $0.type == "mass" }.map(\.assertion) == [.present])
        // Said of later nodules that are doubted themselves: nothing there it says what it is of, the mass again.
        let doubted = try parser.parse(id: "hd4", text: findings + "IMPRESSION: A mass in the lower lobe of the left lung. "
            + "Possible nodules in both lungs. Metastasis or granulomatous process cannot be differentiated.")
        #expect(doubted.findings.filter { $0.type == "mass" }.map(\.assertion) == [.present])
    }

    /// A finding's text is the report's words from its first token to its last: sliced by offsets in a plain ASCII report,
    /// converted in one with letters outside ASCII (a Turkish letter, a character outside the Basic Multilingual Plane
    /// before the finding), where a UTF-16 offset is no byte offset.
    /// (A parser of its own per report, and sentences that differ: a sentence read before is not read again.)
    @Test func aChangeACopyInBothLungsSaysWhereItNamesALobeIsTheMembersThere() throws {
        let parser = try Self.engine.makeParser()
        // A copy summing up nodules on both sides whose change is said of one member it places (mechanism 118, audit lab
        // 577): only the nodule in that lobe changed, not the one on the other side.
        let nodules = "FINDINGS: A 6 mm nodule is observed in the anterior segment of the right lung upper lobe. A 3 mm nodule is "
            + "observed in the superior segment of the left lung lower lobe. IMPRESSION: "
        let member = try parser.parse(id: "m1", text: nodules + "Bilateral pulmonary nodules, the size of the large nodule in the "
            + "right lung upper lobe anterior has increased compared to the previous examination.")
        #expect(member.findings.map { "\($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" } == ["right increased", "left -"])
        // The nodules said to have increased, placed in both lungs only, are all of them.
        let all = try parser.parse(id: "m2", text: nodules + "Pulmonary nodules in both lungs have increased in size compared to "
            + "the previous examination.")
        #expect(all.findings.map { "\($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" } == ["right increased", "left increased"])
        // So are those in the lobes the copy names, each in one of them.
        let lobes = try parser.parse(id: "m3", text: nodules + "Increased nodules in the right lung upper lobe and the left lung "
            + "lower lobe.")
        #expect(lobes.findings.map { "\($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" } == ["right increased", "left increased"])
    }

    /// A findings-section sentence whose only places are where an emphasis predicate puts a finding most ("… are more
    /// prominent in the lower lobes") narrows the finding of its type named before: no second record, the earlier one keeping
    /// its places. One placed elsewhere, or placed also where it is, is a finding of its own. (Mechanism 125, audit lab 178.)
    @Test func anEmphasisPredicateNamesTheFindingBeforeAgain() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String, _ type: String) throws -> [String] {
            try parser.parse(id: "e", text: "FINDINGS: " + text).findings.filter { $0.type == type }
                .map { "\($0.laterality.rawValue) \($0.lobes.joined(separator: ","))" }
        }
        // Where it is most, after it was placed in both lungs: the one finding, still in both lungs.
        #expect(try read("Ground glass densities are observed in both lungs. Ground glass densities are more prominent in the "
            + "upper lobes.", "ground-glass-opacity") == ["bilateral "])
        #expect(try read("There are emphysematous changes in both lungs. Emphysematous changes are more marked in the upper "
            + "lobes of the lung.", "emphysema") == ["bilateral "])
        // Most marked in a lobe of the one lung it was placed in.
        #expect(try read("Consolidation areas are seen in the left lung. Consolidation areas are more prominent in the left "
            + "lung lower lobe.", "consolidation") == ["left "])
        // The last one of its type on the other side: another finding.
        #expect(try read("A 4 mm nodule is seen in the right lung upper lobe. Nodules are more prominent in the left lung lower "
            + "lobe.", "nodule") == ["right RUL", "left LLL"])
        // In both lungs after one on one side only: more than that one.
        #expect(try read("Ground glass densities are observed in the right lung. Ground glass densities are more prominent in "
            + "the lower lobes of both lungs.", "ground-glass-opacity") == ["right ", "bilateral RLL,LLL"])
        // Placed plainly besides where it is most: a finding of its own.
        #expect(try read("Ground glass densities are observed in the left lung. Ground glass densities are observed in the right "
            + "lung, more prominent in the lower lobe.", "ground-glass-opacity").count == 2)
        // A definite re-mention in another lobe is another nodule.
        #expect(try read("A 5 mm nodule is seen in the right lung upper lobe. The nodule in the left lung lower lobe measures "
            + "3 mm.", "nodule") == ["right RUL", "left LLL"])
    }

    /// A denial said again later in its section, of its type and placed just as it is, is that denial: one record. A denial
    /// of its type in another place, or placed nowhere, stays apart.
    @Test func aDenialSaidAgainWhereItWasDeniedIsOneDenial() throws {
        let parser = try Self.engine.makeParser()
        func denials(_ text: String, _ type: String) throws -> [String] {
            try parser.parse(id: "d", text: text).findings.filter { $0.type == type && $0.assertion == .absent }
                .map { "\($0.sentence) \($0.laterality.rawValue) \($0.places.sorted().joined(separator: ","))" }
        }
        // Two sentences apart, in other words, on both sides.
        #expect(try denials("FINDINGS: Pleural effusion-thickening was not seen in both hemithorax. The heart size is normal. "
            + "Bilateral pleural effusion was not seen.", "pleural-effusion") == ["0 bilateral pleura"])
        #expect(try denials("FINDINGS: No enlarged lymph node was seen in the mediastinum. The heart is normal. Enlarged lymph "
            + "nodes were not detected in the mediastinum.", "lymphadenopathy") == ["0 none mediastinum"])
        // Right after, nearly word for word, outside the lungs.
        #expect(try denials("FINDINGS: No free fluid or enlarged lymph node was seen in the upper abdominal sections. No free "
            + "fluid or enlarged lymph node was noted in the upper abdominal sections.", "fluid") == ["0 none abdomen"])
        // The other lung, another station, another organ: another denial.
        #expect(try denials("FINDINGS: No nodule was detected in the right lung. The trachea is open. No nodule was detected in "
            + "the left lung.", "nodule") == ["0 right ", "2 left "])
        #expect(try denials("FINDINGS: No enlarged lymph node was seen in the mediastinum. The heart is normal. No enlarged "
            + "lymph node was seen in the hilar regions.", "lymphadenopathy") == ["0 none mediastinum", "2 none hilum"])
        #expect(try denials("FINDINGS: No mass was seen in the liver. No mass was seen in the spleen.", "mass")
            == ["0 none liver", "1 none spleen"])
        // Placed nowhere: too little to be the same denial.
        #expect(try denials("FINDINGS: No mass was detected. The heart is normal. No mass was seen.", "mass").count == 2)
    }

    @Test func findingTextIsTheReportsWordsWithOrWithoutNonASCII() throws {
        for text in ["FINDINGS: A 7 mm nodule is seen in the left lower lobe.",
                     "FINDINGS: Göğüs 😀 kafesi. A 6 mm nodule is seen in the right upper lobe.",
                     "FINDINGS: In the göğüs 😀 wall region, a 5 mm nodule is seen in the left upper lobe."] {
            let parser = try Self.engine.makeParser()
            let record = try parser.parse(id: "t", text: text).record(knowledge: TestData.knowledge)
            let nodule = try #require(record.findings.first { $0.type == "nodule" })
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[nodule.start..<nodule.end])
            #expect(nodule.text == String(view))
            #expect(nodule.text.hasSuffix("nodule"))
            #expect(!nodule.text.contains("😀") && !nodule.text.contains("lobe"))
        }
    }
    /// "Bronchiectasis is sometimes accompanied by structural distortion": a lung finding accompanying one its sentence places
    /// nowhere is where the last one of that type named before is; one of a type named before is that one again.
    @Test func aFindingAccompanyingOneNamedBeforeIsWhereThatOneIs() throws {
        let parser = try Self.engine.makeParser()
        let report = try parser.parse(id: "acc1", text: "FINDINGS: Bronchiectasis and peribronchial thickening are observed in "
            + "the right lung. Bronchiectasis is sometimes accompanied by structural distortion and loss of volume.")
        #expect(report.findings.first { $0.type == "distortion" }?.laterality == .right)
        #expect(report.findings.first { $0.type == "volume-loss" }?.laterality == .right)
        let glass = try parser.parse(id: "acc2", text: "FINDINGS: Ground glass areas are observed in both lungs, being more "
            + "prominent in the peripheral areas. Ground glass areas are accompanied by linear density increases in places.")
        #expect(glass.findings.first { $0.type == "linear-opacity" }?.laterality == .bilateral)
        // Accompanying one named nowhere before, it stays where nothing says.
        let alone = try parser.parse(id: "acc3", text: "FINDINGS: Bronchiectasis is sometimes accompanied by structural distortion.")
        #expect(alone.findings.first { $0.type == "distortion" }?.laterality == Laterality.none)
        // One of its type named before is that one again: one finding, where it was said.
        let again = try parser.parse(id: "acc4", text: "FINDINGS: Consolidation areas are observed in the right lung lower lobe. "
            + "Linear atelectasis is observed in the left lung lower lobe. Consolidations are accompanied by linear atelectasis.")
        let atelectasis = again.findings.filter { $0.type == "linear-atelectasis" }
        #expect(atelectasis.map(\.laterality) == [.left])
    }

    /// A finding placed by the one it lies next to, named in an earlier sentence: by a proximity cue that opens its sentence
    /// ("In the vicinity of the mass, …", "Adjacent to it, …"), by a weak word for it ("the described lesion" after a mass),
    /// or by a place anaphor naming it ("in this mass localization"); a lung landmark placed in a lobe lends it to the one
    /// named later that names none; a place anaphor right after a header naming a place is the header's.
    @Test func aFindingNextToOneNamedBeforeTakesItsPlace() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m162", text: text).findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes)" }
        }
        #expect(try read("FINDINGS: A 3 cm mass is seen in the left lower lobe. In the vicinity of the mass, there are satellite "
            + "nodules. Adjacent to it, there are ground glass opacities.")
            == ["mass left [\"LLL\"]", "nodule left [\"LLL\"]", "ground-glass-opacity left [\"LLL\"]"])
        #expect(try read("FINDINGS: A mass is seen in the right upper lobe. Satellite nodules are observed in the anterior "
            + "neighborhood of the described lesion.") == ["mass right [\"RUL\"]", "nodule right [\"RUL\"]"])
        #expect(try read("FINDINGS: A mass is seen in the left lower lobe. A consolidation area is observed in this mass "
            + "localization, and fibrotic bands are observed.")
            == ["mass left [\"LLL\"]", "consolidation left [\"LLL\"]", "fibrotic-band none []"])
        #expect(try read("FINDINGS: In the neighborhood of the mass described in the left upper lobe, there are septal "
            + "thickenings. The primary mass in the left lung is stable.")
            == ["septal-thickening left [\"LUL\"]", "mass left [\"LUL\"]"])
        #expect(try read("FINDINGS: Linear atelectasis is observed in the left lung lower lobe. IMPRESSION: Fullness in the "
            + "right lung hilum; The presence of a mass in this localization could not be ruled out.")
            == ["linear-atelectasis left [\"LLL\"]", "mass right []"])
    }

    /// A proximity cue that opens its sentence names a finding the comma after it closes: the finding after the comma is
    /// the subject, next to it, no list item with it.
    @Test func aFrontedLandmarkClosesAtItsComma() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m165", text: text).findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes)" }
        }
        #expect(try read("FINDINGS: A mass of 4 cm is seen in the upper lobe of the left lung. Next to the mass, patchy ground "
            + "glass opacities are observed.") == ["mass left [\"LUL\"]", "ground-glass-opacity left [\"LUL\"]"])
        #expect(try read("FINDINGS: There is a 9 mm nodule in the right lower lobe. Adjacent to the nodule, ground glass areas "
            + "are seen.") == ["nodule right [\"RLL\"]", "ground-glass-opacity right [\"RLL\"]"])
    }

    /// A node of the mediastinum beside a lung segment or lobe (past a proximity word inside its place, or right after a
    /// proximity cue) takes the landmark's side only; a pleural finding keeps its lobe.
    @Test func aLungLandmarkLendsAMediastinalFindingOnlyItsSide() throws {
        let parser = try Self.engine.makeParser()
        func read(_ text: String) throws -> [String] {
            try parser.parse(id: "m165", text: text).findings.map { "\($0.type) \($0.laterality.rawValue) \($0.lobes)" }
        }
        #expect(try read("FINDINGS: Small lymph nodes are seen in the paraesophageal area adjacent to the posterobasal segment "
            + "of the lower lobe of the left lung.") == ["lymphadenopathy left []"])
        #expect(try read("FINDINGS: A lymph node of 11 mm is observed adjacent to the upper lobe of the right lung.")
            == ["lymphadenopathy right []"])
        #expect(try read("FINDINGS: Pleural thickening is observed in the pleura adjacent to the lateral basal segment of the "
            + "lower lobe of the right lung.") == ["pleural-thickening right [\"RLL\"]"])
    }
}
