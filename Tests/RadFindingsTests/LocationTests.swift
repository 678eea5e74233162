import RadFindings
import RadTestSupport
import Testing

/// Locations (Grammars/locations.xml read against Lexicons/anatomy.xml).
@Suite struct LocationTests {
    let extract = try! Extract()

    static let cases: [(String, String, [String], [String])] = [
        // sentence, laterality, lobes, segments
        ("A nodule in the posterobasal segment of the lower lobe of the left lung.", "left", ["LLL"], ["LLL-posterior-basal"]),
        ("A nodule in the left lung lower lobe posterobasal segment.", "left", ["LLL"], ["LLL-posterior-basal"]),
        ("A few nodules are observed in the upper and lower lobes of the right lung.", "right", ["RUL", "RLL"], []),
        ("Atelectasis in the left upper, right middle and left lower lobes.", "bilateral", ["RML", "LUL", "LLL"], []),
        ("Atelectasis in the upper lobe and lower lobe of the right lung.", "right", ["RUL", "RLL"], []),
        ("Bronchiectasis in both lower lobes.", "bilateral", ["RLL", "LLL"], []),
        ("Emphysema in the upper lobes.", "bilateral", ["RUL", "LUL"], []),
        ("Ground glass densities in both lungs.", "bilateral", [], []),
        ("Linear atelectasis in the lingula.", "left", ["LUL"], ["lingula"]),
        ("A nodule in the inferior lingular segment of the left upper lobe.", "left", ["LUL"], ["LUL-inferior-lingular"]),
        ("A nodule in the right lung middle lobe medial segment.", "right", ["RML"], ["RML-medial"]),
        ("A nodule in the middle lobe.", "right", ["RML"], []),
        ("Bibasilar atelectasis is seen.", "bilateral", [], []),
        ("Consolidation in the laterobasal segment of the right lung lower lobe and the anteromediobasal segment of the left lung lower lobe.",
         "bilateral", ["RLL", "LLL"], ["RLL-lateral-basal", "LLL-anteromedial-basal"]),
        ("Nodules in the right lung middle lobe, in the left lung lower lobe basal segment and lower lobe superior segment.",
         "bilateral", ["RML", "LLL"], ["LLL-basal", "LLL-superior"]),
        ("A nodule in the apicoposterior segment of the left upper lobe.", "left", ["LUL"], ["LUL-apicoposterior"]),
        // The right upper lobe's "apicoposterior" is its apical and posterior segments together (audit YYYYYY).
        ("Ground glass densities are observed in the apicoposterior of the upper lobe of the right lung.", "right", ["RUL"],
         ["RUL-apicoposterior"]),
        // The left lung's "apical segment" is its upper lobe's apicoposterior one, not the lower lobe's superior one.
        ("Sequela fibrotic densities are observed in the apical segments of both lungs.", "bilateral", ["RUL", "LUL"],
         ["LUL-apicoposterior", "RUL-apical"]),
        ("A calcified nodule in the apical segment of the left lung.", "left", ["LUL"], ["LUL-apicoposterior"]),
        // probe P171: a lower lobe's "apical segment" is its superior segment (`lobeSegment`), with the lobe said only.
        ("A 4 mm nodule is seen in the apical segment of the left lower lobe.", "left", ["LLL"], ["LLL-superior"]),
        ("A nodule is seen in the right lung lower lobe apical segment.", "right", ["RLL"], ["RLL-superior"]),
        ("Nodules in the apical segments of both lower lobes.", "bilateral", ["RLL", "LLL"], ["LLL-superior", "RLL-superior"]),
        ("Linear scarring in the apical segment of the right upper lobe.", "right", ["RUL"], ["RUL-apical"]),
        ("Scarring in the right lung apical segment.", "right", ["RUL"], ["RUL-apical"]),
        // probe P171: numbered segments hold with their lobe said (`lobeSegment`); a bare "S4 segment" names none.
        ("A 3 mm nodule is seen in the S6 segment of the right lower lobe.", "right", ["RLL"], ["RLL-superior"]),
        // probe m174: Latin segment names (the name after its head) and the Latin head; "posterio basal", "anteriobasal".
        ("A 4 mm nodule is seen in the segmentum apicale of the right upper lobe.", "right", ["RUL"], ["RUL-apical"]),
        ("A nodule is seen in the left lower lobe segmentum basale posterius.", "left", ["LLL"], ["LLL-posterior-basal"]),
        ("A nodule is seen in the superior segmentum of the right lower lobe.", "right", ["RLL"], ["RLL-superior"]),
        ("A nodule is seen in the posterio basal segment of the left lower lobe.", "left", ["LLL"], ["LLL-posterior-basal"]),
        ("Ground glass is seen in the anteriobasal segment of the right lower lobe.", "right", ["RLL"], ["RLL-anterior-basal"]),
        ("A 3 mm nodule is seen in the left upper lobe S1+2 segment.", "left", ["LUL"], ["LUL-apicoposterior"]),
        ("Atelectasis in the left upper lobe S4 segment.", "left", ["LUL"], ["LUL-superior-lingular"]),
        ("Atelectasis in the right middle lobe S4 segment.", "right", ["RML"], ["RML-lateral"]),
        ("Consolidation in the right lung lower lobe S10.", "right", ["RLL"], ["RLL-posterior-basal"]),
        ("Atelectasis in the S4 segment.", "none", [], []),
        // probe P171: the left upper lobe's superior division is no superior lingular segment.
        ("Ground glass is seen in the left upper lobe superior division.", "left", ["LUL"], ["LUL-superior-division"]),
        ("Ground glass is seen in the superior division of the left upper lobe.", "left", ["LUL"], ["LUL-superior-division"]),
        ("Ground glass is seen in the left upper lobe superior lingular segment.", "left", ["LUL"], ["LUL-superior-lingular"]),
        // A side said only where the finding is most is one of both sides.
        ("Especially on the left, atelectasis adjacent to the effusion is observed.", "bilateral", [], []),
        ("Bilateral left prominent pleural effusion.", "bilateral", [], []),
        // probe P171: "more on the left" after lobes of both sides says where it is most (emphasis), not its only side.
        ("There are nodules in the lower lobes, more on the left.", "bilateral", ["RLL", "LLL"], []),
        ("There is atelectasis in the lower lobe on the left.", "left", ["LLL"], []),
        // A segment word that is also a zone, ending its item right after its lobe, is that lobe's segment.
        ("Linear atelectatic changes were observed in the left lung lower lobe basal.", "left", ["LLL"], ["LLL-basal"]),
        ("Sequelae fibrotic changes in the right lung upper lobe apical.", "right", ["RUL"], ["RUL-apical"]),
        ("Sequelae in the upper lobe apical parts of both lungs.", "bilateral", ["RUL", "LUL"], []),
        // Audit MMMMM: segment typos.
        ("Nonspecific subpleural nodules in the right lung lower lobe lateralobasal segment.", "right", ["RLL"],
         ["RLL-lateral-basal"]),
        ("Pleuroparenchymal linear densities are observed, especially in the mid-lower zones, slightly more on the right.",
         "bilateral", [], []),
        ("Parenchymal air trapping more prominent on the right.", "bilateral", [], []),
        // A place in both lungs that says no side stays in both when a side is said only where the finding is most …
        ("Centriacinar nodules are seen in all lobes, more prominently in the left lower lobe.", "bilateral",
         ["RUL", "RML", "RLL", "LUL", "LLL"], []),
        ("Reticular densities in the upper lobes, more marked in the anterior segment of the right upper lobe.", "bilateral",
         ["RUL", "LUL"], ["RUL-anterior"]),
        // … not when a side is said plainly, nor for one lobe that needs a side.
        ("In the left lung, centriacinar nodules are seen in all lobes, more prominently in the lower lobe.", "left",
         ["LUL", "LLL"], []),
        ("Reticular densities in the upper lobe, more marked in the anterior segment on the right.", "right", ["RUL"], ["RUL-anterior"]),
        // Sentences that exposed bugs.
        ("Consolidation in the paramediastinal part of the right lower lobe's superior and mediobasal segments.", "right", ["RLL"],
         ["RLL-superior", "RLL-medial-basal"]),
        ("Linear atelectasis in the basal segments of the lower lobe and the posterior aspect of the right lung.", "right", ["RLL"],
         ["RLL-basal"]),
        ("Fibrosis in the posterior and apical segments of the right upper lobe.", "right", ["RUL"], ["RUL-posterior", "RUL-apical"]),
        // A named segment or part of a lobe heads the segment words before it ("lingular segments" is the lingula).
        ("Ground glass areas in the anterior and lingular segments of the left lung upper lobe.", "left", ["LUL"],
         ["LUL-anterior", "lingula"]),
        ("Nodules in the mediobasal subsegment and posterobasal segment of the left lower lobe.", "left", ["LLL"],
         ["LLL-anteromedial-basal", "LLL-posterior-basal"]),
        ("A nodule in the anterior segment of the left lung.", "left", ["LUL"], ["LUL-anterior"]),
        ("A 10 mm nodule in the peripheral subpleural region of the superior segment of the left lower lobe.", "left", ["LLL"],
         ["LLL-superior"]),
        ("A lesion in the paramediastinal area, mostly in the upper lobe of the right lung.", "right", ["RUL"], []),
        ("Two nodules, each measuring 2 mm, in the laterobasal segment of the lower lobe of the left lung.", "left", ["LLL"],
         ["LLL-lateral-basal"]),
        ("Minimal pleural effusion measuring 6 mm in thickness on the left.", "left", [], []),
        ("The largest nodule is 10 millimeters in the lower lobe posterobasal segment on the right.", "right", ["RLL"],
         ["RLL-posterior-basal"]),
        // A segment name the lobe does not have still names the lobe; a lobe named with the segment
        // outranks a level borrowed from the next place.
        ("Scarring is seen in the apicoposterior segments of both upper lobes.", "bilateral", ["RUL", "LUL"],
         ["RUL-apicoposterior", "LUL-apicoposterior"]),
        // A level borrowed from the next place of a list does not hold for a segment only another lobe has.
        ("Linear atelectasis in the right middle lobe, left lower lingular segment, and basal segments of both lower lobes.",
         "bilateral", ["RML", "RLL", "LUL", "LLL"], ["LUL-inferior-lingular", "LLL-basal", "RLL-basal"]),
        ("Fibrotic changes in the inferior lingular segment and superior segment of the left lower lobe.", "left", ["LUL", "LLL"],
         ["LUL-inferior-lingular", "LLL-superior"]),
        ("Fibrotic recessions in the basal segments of the right lung middle lobe and left lung lower lobe.", "bilateral", ["RML", "LLL"], []),
        ("Fibrosis in the medial segment of the right middle lobe and the inferior lingular segment of the left upper lobe.",
         "bilateral", ["RML", "LUL"], ["RML-medial", "LUL-inferior-lingular"]),
        // A place that does not say its side takes the side another place of the finding says.
        ("Consolidation in the left lower lobe posterior basal and lateral basal segments, including the subpleural region of the posterior segment.",
         "left", ["LLL"], ["LLL-posterior-basal", "LLL-lateral-basal"]),
        ("Atelectasis in the right lung, more prominent in the middle and lower lobes.", "right", ["RML", "RLL"], []),
        // … and under a singular head (MT), "the middle and lower lobe" is the right lung's two lobes (audit K14).
        ("Consolidation is observed in the middle and lower lobe.", "right", ["RML", "RLL"], []),
        // Nothing says a side before the lobe: it is in both lungs when a place says both.
        ("Patchy ground glass areas are seen in the lower lobe, more prominent on the right in both lungs.", "bilateral", ["RLL", "LLL"], []),
        ("Patchy ground glass areas in the lower lobe, more prominent on the right.", "right", ["RLL"], []),
        ("Consolidation in the lower lobe of the right lung, predominantly in the basal segments.", "right", ["RLL"], ["RLL-basal"]),
        ("Nodules in the left lung lower lobe and middle lobe.", "bilateral", ["RML", "LLL"], []),
        ("Ground glass opacities in the basal segments of the upper lobes and the right middle lobe.",
         "bilateral", ["RUL", "RML", "LUL"], []),
        ("Nodular consolidations in the left lung upper and lower lobes.", "left", ["LUL", "LLL"], []),
        // "both" pairing places before a single side is no side.
        ("Small nodules in both the upper and lower lobes of the left lung.", "left", ["LUL", "LLL"], []),
        ("Bronchiectasis in both upper and lower lobes.", "bilateral", ["RUL", "RLL", "LUL", "LLL"], []),
        // A place named as left out is no place of the finding.
        ("Scattered linear atelectasis in the aerated parts of both lungs, excluding the right lower lobe.", "bilateral", [], []),
        // The plural without a side and nothing narrower: both lungs.
        ("Nonspecific subcentimeter nodules in the lungs.", "bilateral", [], []),
        ("Scarring changes at the apices.", "bilateral", [], []),
        ("Fibroatelectatic changes are seen in the basals.", "bilateral", [], []),
        ("Slight ground glass opacities in all lobes.", "bilateral", ["RUL", "RML", "RLL", "LUL", "LLL"], []),
        ("A 13 mm hypodense lesion in the liver between segments 5-8.", "none", [], []),
        // With an organ outside the chest named, a place of words other organs share is that organ's part.
        ("Simple cysts are seen in both kidneys, the largest in the upper pole-middle section on the left.", "bilateral", [], []),
        // … but a single organ's part (anatomy.xml `unpaired`) named by side apart from the organ word is no side either.
        ("Hypodense lesions in the liver, the largest in the medial segment of the left lobe.", "none", [], []),
        ("Multiple simple cysts are seen in the liver, the largest measuring 14 mm in the left lobe.", "none", [], []),
        ("In the liver, hypodense lesions are observed in both lobes, the largest 19 mm in segment 6 of the right lobe.", "none", [], []),
        ("Hypodense lesions are seen in the spleen, the largest in the upper pole on the left.", "none", [], []),
        ("Cortical cysts are seen in the kidneys, the largest 11 mm in the upper pole on the right.", "right", [], []),
        // Places listed before an organ's place, without a head noun of their own, are the organ's.
        ("Hypodense nodular lesions in the lateral and medial segments of the left lobe of the liver.", "none", [], []),
        ("Hypodense cysts in the middle part and inferior pole of the left kidney.", "left", [], []),
        // The liver's lobe named after the liver is no lung side.
        ("A 9 mm hypodense lesion in the posterior segment of the liver right lobe.", "none", [], []),
        // A single organ's lobe named by its side is no side of the body (anatomy.xml `unpaired`), however it is worded; a
        // paired organ keeps its side.
        ("A 15 mm hypodense lesion is seen in the right liver lobe.", "none", [], []),
        ("A hypodense nodular lesion of 8 mm in the left hepatic lobe.", "none", [], []),
        ("Hypodense cysts are observed in both lobes of the liver.", "none", [], []),
        ("A 6 mm hypodense lesion in segment 2 of the left liver lobe.", "none", [], []),
        ("Hypodense lesions are seen in the right liver lobe and the left kidney.", "left", [], []),
        ("A 12 mm nodule in the left adrenal gland.", "left", [], []),
        // A structure named with the other side's word is its counterpart there (anatomy.xml `counterpart`).
        ("Focal ground glass opacities in the middle lobe of the left lung.", "left", ["LUL"], ["lingula"]),
        // A level with "zone", "part", "section" names the lung's zone, not a lobe (SPEC: the lobes the text names).
        ("Ground glass density increases in the middle zone of the left lung.", "left", [], []),
        ("Ground glass density increases in the middle and lower zones of the left lung.", "left", [], []),
        ("Emphysematous changes are observed in the upper parts of both lungs.", "bilateral", [], []),
        ("Ground glass densities in the middle zone and the lower lobe posterobasal segments of the right lung.", "right", ["RLL"], ["RLL-posterior-basal"]),
        // ... but a lobe before the area word is named ("the lower lobe basal region", "the upper lobe apical level").
        ("Atelectatic changes in the left lower lobe basal region.", "left", ["LLL"], []),
        ("Tree-in-bud opacities in the right upper lobe apical level.", "right", ["RUL"], []),
        ("Ground glass densities in the peripheral regions of the upper lobes of both lungs.", "bilateral", ["RUL", "LUL"], []),
        // A side carried from a place before it is no side said for the middle lobe.
        ("Atelectasis in the left lower lobe and the middle lobe.", "bilateral", ["RML", "LLL"], []),
        ("Atelectasis in the middle and left lower lobes.", "bilateral", ["RML", "LLL"], []),
        // The left lung's "middle lobe" is the lingula: its lateral segment, the superior lingular one.
        ("A tiny nodule in the left lung middle lobe lateral segment.", "left", ["LUL"], ["LUL-superior-lingular"]),
        ("Atelectatic changes in right lung middle lobe medial and left lung upper lobe inferior lingular segments.",
         "bilateral", ["RML", "LUL"], ["RML-medial", "LUL-inferior-lingular"]),
        ("Linear density in the lingular segment on the right.", "right", ["RML"], []),
        // A single lobe or segment without a side, after the side is said.
        ("Scattered centrilobular nodules in the left lung, more marked in the lower lobe.", "left", ["LLL"], []),
        ("Several nodules in the right lung, the largest 6 mm in the lower lobe lateral basal segment.", "right", ["RLL"],
         ["RLL-lateral-basal"]),
        ("Two small nodules in the lower lobe posterobasal segment, located in the lateral part of the right lung.", "right",
         ["RLL"], ["RLL-posterior-basal"]),
        ("A few tiny nodules in the paravertebral area on the right lower lobe.", "right", ["RLL"], []),
        // Both sides said together: the lobe on each side; a left and a right place do not make both.
        ("Faint ground glass opacities at the lower lobe level in both lungs.", "bilateral", ["RLL", "LLL"], []),
        ("Several nodules in the left lung, the largest 3 mm in the lower lobe laterobasal segment, and 2 mm in the right lung.",
         "bilateral", ["LLL"], ["LLL-lateral-basal"]),
        // "inferior segment" of the left upper lobe is the lingula's; "lingula inferior" is that segment, as "inferior
        // lingular" is.
        ("Linear atelectasis in the left upper lobe lingula inferior segment.", "left", ["LUL"], ["LUL-inferior-lingular"]),
        ("Consolidation in the left upper lobe inferior segment.", "left", ["LUL"], ["LUL-inferior-lingular"]),
        ("Minimal scarring in the linguloinferior segment of the left lung.", "left", ["LUL"], ["LUL-inferior-lingular"]),
        ("Bullae in the left lower lingular segment.", "left", ["LUL"], ["LUL-inferior-lingular"]),
        ("There are sequelae changes in the linguistic segment.", "left", ["LUL"], ["lingula"]),
        ("A 4 mm nodule in the psterobasal segment of the right lower lobe.", "right", ["RLL"], ["RLL-posterior-basal"]),
        // "anterobasal" names a segment of both lower lobes: no side of its own; the side said before gives it.
        ("A 3 mm nodule in the lower lobe anterobasal segment.", "none", [], []),
        ("No mass lesion was detected in either lung.", "bilateral", [], []),
        // A segment word that ends its item after its lobe is that lobe's segment, not the next item's level.
        ("Ground glass areas in the left lung lower lobe superior, lower lobe mediobasal and posterobasal segments.", "left",
         ["LLL"], ["LLL-superior", "LLL-anteromedial-basal", "LLL-posterior-basal"]),
        ("Millimetric nodules in the right lung lower lobe superior and upper lobe superior.", "right", ["RUL", "RLL"], ["RLL-superior"]),
        ("In the left lung, fibroatelectatic changes in the lower lobe anterobasal segment.", "left", ["LLL"], ["LLL-anteromedial-basal"]),
        ("Consolidation in the superior and middle parts of the lower lobe of the left lung.", "left", ["LLL"], []),
        // A generic head inside a place ("area") does not cut it: the segment stays the named lobe's.
        ("Emphysema in the posterobasal area of the upper lobe of the right lung.", "right", ["RUL"], []),
        ("Minimal fibrotic densities in the posterobasal areas of both lungs.", "bilateral", ["RLL", "LLL"],
         ["RLL-posterior-basal", "LLL-posterior-basal"]),
        // "all lobes", "all segments": every lobe of the side; "almost all" names none in particular.
        ("Patchy ground glass opacities are seen in all lobes of both lungs.", "bilateral", ["RUL", "RML", "RLL", "LUL", "LLL"], []),
        ("Consolidation areas involving all segments of the left lung.", "left", ["LUL", "LLL"], []),
        ("Septal thickening in all segments of the lower lobes.", "bilateral", ["RLL", "LLL"], []),
        ("Ground glass opacities in almost all lobes of both lungs.", "bilateral", [], []),
        // Audit A39: "all lung lobes" names them all too.
        ("Consolidation areas are seen involving all lung lobes.", "bilateral", ["RUL", "RML", "RLL", "LUL", "LLL"], []),
        ("Consolidation areas are seen involving almost all lung lobes.", "bilateral", [], []),
        ("Scattered nodules in both lungs, all of them smaller than 4 mm.", "bilateral", [], []),
        // "in each lung" is both; "each other", "each measuring" name no side.
        ("One millimetric nonspecific nodule in each lung.", "bilateral", [], []),
        ("Two nonspecific nodules, each measuring 4 mm, in the superior segment of the left upper lobe.", "left", ["LUL"], ["LUL-superior-lingular"]),
        ("Two millimetric nodules adjacent to each other in the lingular segment of the left lung.", "left", ["LUL"], ["lingula"]),
        // A lobe "in the right lung" said right after it is that lung's, not the side carried from before.
        ("Consolidation is seen in the upper lobe of the left lung, in the lower lobe posteriorly in the right lung.", "bilateral", ["RLL", "LUL"], []),
        ("Consolidation is seen in the upper lobe of the left lung, in the lower lobe and in the lingula.", "left", ["LUL", "LLL"], ["lingula"]),
        // "of both lungs" reaches past a lobe that only one lung has; a lobe's own side still reaches its neighbours.
        ("Nodules are seen in the upper lobe, middle lobe and lower lobe of both lungs.", "bilateral", ["RUL", "RML", "RLL", "LUL", "LLL"], []),
        ("Consolidation areas in the medial and lateral segments of the right middle lobe.", "right", ["RML"], ["RML-medial", "RML-lateral"]),
        // A side said after a list closes it: it covers lobes named in the plural before it, not a side said before a
        // lobe's level, nor "both", nor a lobe of one lung named with no side said.
        ("Tree-in-bud opacities are seen in the lower lobes and lingular segments of the left lung.", "left", ["LUL", "LLL"], ["lingula"]),
        ("Consolidation areas in the upper lobes and the lower lobe posterobasal segment of the right lung.", "right",
         ["RUL", "RLL"], ["RLL-posterior-basal"]),
        ("Nodules in the upper lobes of the left lung.", "left", ["LUL"], []),
        ("Ground glass opacities in the upper lobes and the left lung lower lobe.", "bilateral", ["RUL", "LUL", "LLL"], []),
        ("Bronchiectasis in both upper lobes and the left lower lobe.", "bilateral", ["RUL", "LUL", "LLL"], []),
        ("Emphysema in the upper lobes of both lungs and the middle lobe of the right lung.", "bilateral", ["RUL", "RML", "LUL"], []),
        ("Nodules in the upper lobes and the lingula.", "bilateral", ["RUL", "LUL"], ["lingula"]),
        ("Ground glass densities in the lower lobes and at the level of the lingular segment on the left.", "bilateral",
         ["RLL", "LUL", "LLL"], ["lingula"]),
        // A removed lobe is no place of what is seen now.
        ("Operated lung cancer, left lower lobectomized, left stable pleural effusion.", "left", [], []),
        // The minor fissure is the right lung's, however it is called.
        ("A 4 mm nodule is observed at the level of the minor interlobar fissure.", "right", [], []),
        // probe P172: both sides listed before a plural lung or lobe word name that level's lobe on each side.
        ("Nodules are seen in the upper lobes of the right and left lungs.", "bilateral", ["RUL", "LUL"], []),
        ("Ground glass areas in the left and right lower lobes.", "bilateral", ["RLL", "LLL"], []),
        // ... but an unpaired organ's lobes stay sideless, and sides said apart keep their own lobes.
        ("Hypodense lesions in the right and left lobes of the liver.", "none", [], []),
        ("Atelectasis in the right middle lobe and the left lower lobe.", "bilateral", ["RML", "LLL"], []),
        // A comparison of the sides names both (probe P172); one side said alone stays that side.
        ("Pleural effusion is seen, right greater than left.", "bilateral", [], []),
        ("Nodules in the right more than left lower lobes.", "bilateral", ["RLL", "LLL"], []),
        ("Pleural effusion is seen on the right, greater than expected.", "right", [], []),
        // probe P175: the short side words, with or without their period (which ends no sentence, before a capital too).
        ("Lt pleural effusion.", "left", [], []),
        ("A nodule in lt. lower lobe.", "left", ["LLL"], []),
        ("Lt. Pleural thickening.", "left", [], []),
        ("Bilat. pleural effusion.", "bilateral", [], []),
        ("Bilat pleural effusion.", "bilateral", [], []),
        // ... not "RT", radiotherapy in these reports.
        ("Post-RT sequelae changes in the upper lobe.", "none", [], []),
    ]

    /// A side closing a list does not reach lobes whose head a place before them shares: that place may say their side
    /// ("bilateral upper and lower lobes").
    @Test func aClosingSideSkipsLobesSharingTheirHeadWithAPlaceBefore() throws {
        let finding = try #require(try extract.finding("ground-glass-opacity",
            in: "Ground-glass opacities in bilateral upper and lower lobes and the middle lobe of the right lung."))
        #expect(finding.laterality.rawValue == "bilateral")
        #expect(finding.lobes.contains("LLL"))
    }

    @Test(arguments: cases)
    func readsPlaces(_ sentence: String, _ laterality: String, _ lobes: [String], _ segments: [String]) throws {
        let finding = try #require(try extract.findings(sentence).first, "\(sentence)")
        #expect(finding.laterality.rawValue == laterality, "\(sentence)")
        #expect(finding.lobes == lobes, "\(sentence)")
        #expect(Set(finding.segments) == Set(segments), "\(sentence)")
    }

    /// Of the findings one phrase lists, the first keeps the place before the phrase and the others the
    /// place after it, when the two say other sides or lobes; alternatives ("or") and emphasis share.
    @Test func listedFindingsKeepTheirOwnPlaces() throws {
        func read(_ sentence: String) throws -> [String: (String, [String])] {
            Dictionary(try extract.findings(sentence).map { ($0.type, ($0.laterality.rawValue, $0.lobes)) }, uniquingKeysWith: { a, _ in a })
        }
        let list = try read("Right pleural effusion, consolidation in the left lower lobe.")
        #expect(list["pleural-effusion"]?.0 == "right" && list["consolidation"]?.0 == "left" && list["consolidation"]?.1 == ["LLL"])
        let lobes = try read("Left lower lobe consolidation and ground glass areas in the lingula.")
        #expect(lobes["consolidation"]?.1 == ["LLL"] && lobes["ground-glass-opacity"]?.1 == ["LUL"])
        let narrower = try read("Bilateral pleural effusion and atelectatic changes on the right.")
        #expect(narrower["pleural-effusion"]?.0 == "bilateral" && narrower["atelectasis"]?.0 == "right")
        // Shared: nothing before, an emphasis before, alternatives.
        #expect(try read("Bronchiectasis and peribronchial thickening in both lower lobes.")["bronchiectasis"]?.1 == ["RLL", "LLL"])
        #expect(try read("More prominent on the right, consolidation and ground glass areas are seen in both lungs.")["consolidation"]?.0
            == "bilateral")
        let alternatives = try read("In the right lung, nodules or cysts are seen, the largest in the upper lobe on the left.")
        #expect(alternatives["nodule"]?.0 == alternatives["cyst"]?.0)
    }

    /// "mediastinal" listed with "hilar" before "lymph nodes" is the nodes' place, not the finding's before.
    @Test func placesListedBeforeAFindingAreItsOwn() throws {
        for sentence in ["Total atelectasis of the left lung, mediastinal and hilar lymph nodes.",
                         "Left lower lobe atelectasis, paratracheal and hilar lymphadenopathies."] {
            let findings = try extract.findings(sentence)
            let atelectasis = try #require(findings.first { $0.type == "atelectasis" }, "\(sentence)")
            #expect(atelectasis.places.isEmpty, "\(sentence)")
            #expect(atelectasis.labels == [.atelectasis], "\(sentence)")
            #expect(findings.first { $0.type == "lymphadenopathy" }?.places.contains("mediastinum") == true, "\(sentence)")
        }
        // A place with a head noun before the list ends the finding before it.
        let nodules = try extract.findings("Nodules in the right upper lobe, left lower lobe and pleural effusion.")
        #expect(nodules.first { $0.type == "nodule" }?.lobes == ["RUL", "LLL"])
        // Level words before a station name nothing without it: no lobe.
        let stations = try extract.findings("There are a few right upper and lower paratracheal mediastinal lymph nodes.")
        #expect(stations.first?.lobes == [] && stations.first?.places == ["mediastinum"])
        // So does a comma before the next finding's own side word.
        let sides = try extract.findings("Atelectatic changes in the left lung upper lobe, right pleural effusion.")
        #expect(sides.map(\.laterality) == [.left, .right])
        #expect(sides.map(\.lobes) == [["LUL"], []])
        // ... also when words no lexicon knows open the next finding (audit CCCCCC, train_651), and after a zone that
        // ends an item before a comma.
        let dependent = try extract.findings("Atelectasis changes in both lungs, dependent nonspecific density increases.")
        #expect(dependent.first { $0.type == "atelectasis" }?.laterality == .bilateral)
        let basals = try extract.findings("A slight consolidation appearance in the basals, and subpleural peripheral linear band appearances.")
        #expect(basals.first { $0.type == "consolidation" }?.places == ["lung-base"])
        #expect(basals.first { $0.type == "fibrotic-band" }?.places == ["subpleural-region"])
    }

    @Test func aSideBeforeTheFindingIsItsOwn() throws {
        let findings = try extract.findings("Right pleural effusion and left lung atelectasis.")
        #expect(findings.first { $0.type == "pleural-effusion" }?.laterality == .right)
        #expect(findings.first { $0.type == "atelectasis" }?.laterality == .left)
    }

    /// A segment named without a side after a list of places of both sides is on the side of the list's last item;
    /// after "both lungs", on both.
    @Test func aSegmentAfterAListIsOnTheSideOfItsLastItem() throws {
        let listed = try extract.findings("Nodules are observed in the right lung lower lobe superior segment, in the left lung lower "
            + "lobe anteromedial segment, adjacent to the fissure, and in the laterobasal segment.")
        #expect(listed.first?.segments == ["RLL-superior", "LLL-anteromedial-basal", "LLL-lateral-basal"])
        let both = try extract.findings("Nodules are observed in both lungs, adjacent to the fissure, and in the laterobasal segment.")
        #expect(both.first?.segments == ["RLL-lateral-basal", "LLL-lateral-basal"])
    }

    /// Segments listed after a segment of a lobe, with no lobe of their own, are of that lobe ("lower lobe lateral and
    /// posterior segments"); a lobe named after them still wins.
    @Test func segmentsListedAfterALobesSegmentAreOfThatLobe() throws {
        #expect(try extract.findings("Nodules in the right lung lower lobe superior and lateral segments.").first?.segments
            == ["RLL-superior", "RLL-lateral-basal"])
        #expect(try extract.findings("Nodules in the lower lobe superior segment and the posterior segment of the upper lobe of the "
            + "right lung.").first?.segments == ["RLL-superior", "RUL-posterior"])
        // A segment "in" the lobe after it is that lobe's.
        #expect(try extract.findings("A nodule is observed in the posterior segment in the lower lobe of the right lung.").first?.segments
            == ["RLL-posterior-basal"])
        // Their plural is the list's, not both lungs': one lobe, on the side the sentence gives, none when it gives none
        // (a lobe said in the plural stays both lungs').
        let unsided = try #require(try extract.findings("Nodules in the upper lobe anterior and posterior segments.").first)
        #expect(unsided.lobes.isEmpty && unsided.segments.isEmpty)
        #expect(try extract.findings("Nodules in the upper lobe anterior and posterior segments are seen on the left.").first?.segments
            == ["LUL-anterior", "LUL-apicoposterior"])
        #expect(try extract.findings("Nodules in the lower lobes lateral and posterior segments.").first?.lobes == ["RLL", "LLL"])
    }

    /// Lobe levels under one plural head, one of them the middle lobe, are the right lung's; without it, both lungs'.
    @Test func lobesListedWithTheMiddleLobeAreTheRightLungs() throws {
        #expect(try extract.findings("There are atelectasis areas in the upper and middle lobes.").first?.lobes == ["RUL", "RML"])
        #expect(try extract.findings("Nodules in the upper and lower lobes.").first?.lobes == ["RUL", "RLL", "LUL", "LLL"])
    }

    /// A fissure named once without a side lies in one lung: on the side its sentence said last before it
    /// (`Place.liesInOneLung`); fissures in the plural take no one side.
    @Test func aFissureNamedWithoutASideTakesItsSentencesSide() throws {
        func nodule(_ sentence: String) throws -> String? {
            try extract.findings(sentence).last.map { "\($0.type) \($0.laterality.rawValue) \($0.places)" }
        }
        #expect(try nodule("Consolidation is observed in the right lower lobe and a nodule of 3 mm is observed on the major "
            + "fissure.") == "nodule right [\"major-fissure\"]")
        #expect(try nodule("Atelectasis is observed in the right lower lobe, and nodules of 3 mm on the fissures.")
            == "nodule none [\"fissure\"]")
    }

    /// The heart's size and a pericardial effusion have no side (`sided="false"`), whatever side a list gives.
    @Test func anUnsidedFindingTakesNoSide() throws {
        let listed = try extract.findings("Bilateral pleural effusion, pericardial effusion.")
        #expect(listed.map(\.laterality) == [.bilateral, .none])
        let heart = try extract.findings("Cardiomegaly, effusion in the left hemithorax.")
        #expect(heart.first { $0.type == "cardiomegaly" }?.laterality == Laterality.none)
        #expect(heart.first { $0.type == "pleural-effusion" }?.laterality == .left)
    }

    @Test func eachFindingKeepsItsOwnPlace() throws {
        let findings = try extract.findings("A 5 mm nodule in the right upper lobe and consolidation in the left lower lobe.")
        #expect(findings.first { $0.type == "nodule" }?.lobes == ["RUL"])
        #expect(findings.first { $0.type == "consolidation" }?.lobes == ["LLL"])
    }

    @Test func aPlaceRunningIntoTheNextFindingIsCutThere() throws {
        let findings = try extract.findings("Atelectasis in both lungs adjacent to the pleural effusion.")
        #expect(findings.first { $0.type == "atelectasis" }?.laterality == .bilateral)
        // (the effusion is in no lung place: on the sides of its clause's lung, mechanism 149, in none of its lobes)
        let effusion = try #require(findings.first { $0.type == "pleural-effusion" })
        #expect(effusion.laterality == .bilateral && effusion.lobes.isEmpty && effusion.places == ["pleura"])
    }

    @Test(arguments: ["A hypodense lesion in the left upper quadrant.",
                      "A mass lesion of 27x18 mm is observed on the small bowel serosa in the right lower quadrant."])
    func anAbdominalQuadrantIsNotLung(_ sentence: String) throws {
        let finding = try #require(try extract.findings(sentence).first)
        #expect(finding.lobes.isEmpty)
        #expect(finding.category == nil)
        #expect(finding.labels.isEmpty)
    }

    /// Audit F35: the translation's "thorax wall" is the chest wall (not the thorax at large), and "both clavicles" are bone.
    @Test func theThoraxWallAndTheClaviclesAreNamedPlaces() throws {
        let sutures = try #require(try extract.findings("Sternotomy sutures are observed in the anterior thorax wall.").first)
        #expect(sutures.places == ["chest-wall"])
        let fracture = try #require(try extract.findings("No fracture was observed in both clavicles.").first)
        #expect(fracture.places == ["bone"] && fracture.category == nil)
    }

    /// A shared word joined by "in" to an organ's part ("the parenchyma in the upper pole of the kidney") is that organ's:
    /// no lung side, no lung category; joined to a lobe it stays the lung's.
    @Test func aSharedWordInAnOrgansPartIsTheOrgans() throws {
        let kidney = try #require(try extract.findings(
            "A linear calcification in the parenchyma in the upper pole of the right kidney.").first)
        #expect(kidney.category == nil && kidney.places == ["kidney"])
        let lung = try #require(try extract.findings("A calcified nodule in the parenchyma in the upper lobe of the right lung.").first)
        #expect(lung.category != nil && lung.lobes == ["RUL"])
    }

    @Test func aLobeWithoutASideIsNoLobeOfAnOrgansSide() throws {
        // The side of a breast or a kidney says nothing of a lobe named without a side.
        let breast = try #require(try extract.finding("high-density", in: "Nodular density in the lower inner part of the right breast."))
        #expect(breast.lobes.isEmpty)
        let kidney = try #require(try extract.findings("A 4 mm stone in the lower pole calyx of the right kidney.").first)
        #expect(kidney.lobes.isEmpty)
        // A lobe without a side, and no side said: no lobe, and the place takes no other finding's.
        let unsided = try #require(try extract.findings("Faint ground glass opacities in the posterobasal segment of the lower lobe.").first)
        #expect(unsided.lobes.isEmpty)
        #expect(unsided.laterality == Laterality.none)
        // It does not keep the side before it from the finding after it.
        let septa = try extract.findings("In the right lung, thickening of the interlobular septa at the posterobasal level, and a focal ground glass density.")
        #expect(septa.first { $0.type == "septal-thickening" }?.lobes == ["RLL"])
        #expect(septa.first { $0.type == "ground-glass-opacity" }?.laterality == .right)
        // A finding placed only by a lobe without a side is on the one side the sentence said before it; the
        // side of a kidney says nothing of it.
        let later = try extract.findings("Centriacinar nodules in the right lung upper lobe anterior segment, and nodular "
            + "consolidation areas are observed in the upper lobe anterior segment.")
        #expect(later.last?.laterality == .right && later.last?.lobes == ["RUL"])
        let organ = try extract.findings("A cyst in the right kidney, and consolidation areas in the lower lobe.")
        #expect(organ.last?.lobes.isEmpty == true)
    }

    /// One lobe's segments named without a side ("the lower lobe segments", "the lower lobe basal segments") are read on
    /// both sides, unless the other findings of their sentence are on one side only: then on that side; lobes named in the
    /// plural keep both sides (mechanism M156).
    @Test func oneLobesSegmentsTakeTheOneSideTheirSentenceSays() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.laterality.rawValue) \($0.lobes) \($0.segments)" }
        }
        #expect(try read("A small pleural effusion on the left, with subsegmental atelectasis in the lower lobe segments beside it.")
            == ["pleural-effusion left [] []", "subsegmental-atelectasis left [\"LLL\"] []"])
        #expect(try read("A nodule in the right lung upper lobe, and linear atelectasis in the lower lobe basal segments.")
            == ["nodule right [\"RUL\"] []", "linear-atelectasis right [\"RLL\"] [\"RLL-basal\"]"])
        // Both sides in the sentence, or none: both lower lobes.
        #expect(try read("A nodule in the right upper lobe, a cyst in the left upper lobe, and atelectasis in the lower lobe segments.")
            .last == "atelectasis bilateral [\"RLL\", \"LLL\"] []")
        #expect(try read("Atelectasis is observed in the lower lobe segments.") == ["atelectasis bilateral [\"RLL\", \"LLL\"] []"])
        // Lobes in the plural are both lungs'.
        #expect(try read("A nodule in the right lung upper lobe, and linear atelectasis in the lower lobes.").last
            == "linear-atelectasis bilateral [\"RLL\", \"LLL\"] []")
    }

    @Test func aLevelWithAnAreaWordNeedsASide() throws {
        // "the middle part" of an abdominal organ is no part of the lung; "the middle zone of the right lung"
        // is its mid zone (no lobe), and "the upper zones" are both lungs'.
        let organ = try #require(try extract.findings("Again, in the middle part, there is hypodensity compatible with a 30 mm cortical cyst.").first)
        #expect(organ.lobes.isEmpty)
        #expect(organ.laterality == .none)
        let lung = try #require(try extract.findings("Ground glass opacities in the middle zone of the right lung.").first)
        #expect(lung.laterality == .right)
        #expect(lung.lobes.isEmpty)
        #expect(lung.places == ["mid-lung-zone"])
        let upper = try #require(try extract.findings("Reticular densities in the upper zones.").first)
        #expect(upper.laterality == .bilateral)
        #expect(upper.places == ["upper-lung-zone"])
    }

    @Test func aSideSaidNextToVesselsCompletesALobe() throws {
        // A side said by places that also name a mediastinal vessel still completes a lobe without one.
        let finding = try #require(try extract.findings(
            "Between the right main bronchus and the superior vena cava, a soft tissue density of 11 mm extending towards the upper lobe bronchus.").first)
        #expect(finding.lobes == ["RUL"])
    }

    @Test func levelWordsBeforeANamedStructureAreItsOwn() throws {
        // "upper and lower paratracheal": lymph node stations, not lobes.
        let finding = try #require(try extract.finding("lymphadenopathy", in: "Right upper-lower paratracheal millimetric lymph nodes are seen."))
        #expect(finding.lobes.isEmpty)
        // A level word with no head noun names no lobe, whatever side comes later.
        let trachea = try #require(try extract.findings("A nodular focus in the middle and distal parts of the trachea and at the level of both main bronchi.").first)
        #expect(trachea.lobes.isEmpty)
        let stations = try #require(try extract.finding("lymphadenopathy",
            in: "Lymph nodes in the prevascular area and in the upper and lower paratracheal area, the largest 12 mm."))
        #expect(stations.lobes.isEmpty)
    }

    @Test func anOrganTakesTheSideAndLevelWords() throws {
        let finding = try #require(try extract.findings("A 12 mm cyst is observed in the lower pole of the left kidney.").first)
        #expect(finding.lobes.isEmpty)
        #expect(finding.laterality == .left)
        #expect(finding.category == nil)
    }

    @Test func theLobeOfAnOrganIsNotALungLobe() throws {
        let finding = try #require(try extract.finding("nodule",
            in: "A calcific nodular lesion of 17x13 mm is seen in the posterior segment caudal of the right lobe of the liver."))
        #expect(finding.lobes.isEmpty)
        #expect(finding.segments.isEmpty)
        #expect(finding.labels.isEmpty)
        // Without "of", the organ is a neighbour: the lobe stays the lung's.
        let lung = try #require(try extract.finding("nodule", in: "A nodule in the posterior segment of the right lower lobe adjacent to the liver."))
        #expect(lung.lobes == ["RLL"])
    }

    @Test func aLevelWordAloneIsNoLobe() throws {
        // "middle" of "proximal-middle sigmoid colon" is no middle lobe.
        let finding = try #require(try extract.finding("thickening", in: "Wall thickness increase in the proximal-middle sigmoid colon."))
        #expect(finding.lobes.isEmpty)
        #expect(try extract.findings("Bilateral upper and lower lobes ground glass opacities.").first?.lobes == ["RUL", "RLL", "LUL", "LLL"])
    }

    @Test func anOrganRightBeforeAFindingIsItsPlace() throws {
        // "liver parenchymal density": the density is the liver's, not a lung opacity (audit J31: no finding of its own).
        #expect(try extract.findings("A change consistent with hepatosteatosis is observed in liver parenchymal density.")
            .allSatisfy { $0.labels.isEmpty })
        let finding = try #require(try extract.finding("opacity", in: "Increased density is observed in the liver parenchyma."))
        #expect(finding.labels.isEmpty)
    }

    @Test func aPlaceAfterARelativeClauseReachesThePhraseBeforeIt() throws {
        // (placed in the spleen, the nodular density is the accessory spleen: audit E41)
        let finding = try #require(try extract.finding("accessory-spleen",
            in: "Nodular density, which may be compatible with an accessory spleen, is observed in the spleen hilum."))
        #expect(finding.places.contains("spleen"))
        #expect(finding.labels.isEmpty)
        #expect(finding.category == nil)
    }

    @Test func thisLocalizationNamesThePlaceAgain() throws {
        let findings = try extract.findings(
            "Bronchiectasis is observed in the right lung middle lobe medial segment, and in this localization, it is accompanied by minimal peribronchial thickening and volume loss.")
        #expect(findings.first { $0.type == "peribronchial-thickening" }?.lobes == ["RML"])
        #expect(findings.first { $0.type == "volume-loss" }?.laterality == .right)
        // With no place before it, the words name nothing.
        let alone = try #require(try extract.finding("nodule", in: "A 4 mm nodule is observed in this localization."))
        #expect(alone.laterality == Laterality.none)
        // "in their place", "in its place": where the findings just named were, gone now or not.
        let replaced = try #require(try extract.finding("linear-atelectasis", in:
            "The consolidation in the left lung lower lobe has resolved. In its place, linear atelectasis is observed."))
        #expect(replaced.lobes == ["LLL"])
        // A lobe without a side named before it in the sentence is the level meant, not the previous sentence's place
        // (whose side completes it).
        let level = try #require(try extract.finding("consolidation", in:
            "A nodule is seen in the right upper lobe. There are sequelae changes at the posterobasal level of the lower lobe and a slight consolidation area at this level."))
        #expect(level.lobes == ["RLL"] && level.segments == ["RLL-posterior-basal"])
        // … and the side the sentence says completes it.
        let sided = try #require(try extract.finding("consolidation", in:
            "A nodule is seen in the right upper lobe. In the left lung, there are sequelae changes at the posterobasal level of the lower lobe and a slight consolidation area at this level."))
        #expect(sided.lobes == ["LLL"])
    }

    /// In or after a sentence about a single organ whose parts are named by side (anatomy.xml `unpaired`), a lobe named by
    /// its side alone is that organ's: no side, no lung lobe. A paired organ's lobe keeps its side; a lung lobe named with
    /// its level stays the lung's.
    @Test func aSingleOrgansLobeNamedAfterItHasNoSide() throws {
        let liver = try #require(try extract.finding("cyst", in:
            "The liver is normal in size. A simple cyst of 7 mm is seen in the right lobe."))
        #expect(liver.laterality == Laterality.none && liver.lobes.isEmpty && liver.places == ["liver"])
        let nodule = try #require(try extract.finding("nodule", in:
            "The liver is normal in size. A nodule of 5 mm is seen in the left lobe."))
        #expect(nodule.laterality == Laterality.none && nodule.lobes.isEmpty && nodule.places == ["liver"])
        let thyroid = try #require(try extract.finding("nodule", in:
            "Both thyroid lobes are heterogeneous. A hypodense nodule of 9 mm is seen in the left lobe."))
        #expect(thyroid.laterality == .left && thyroid.places == ["thyroid"])
        let lung = try #require(try extract.finding("nodule", in:
            "Hypodense lesions are seen in the liver. A 6 mm nodule is observed in the left lower lobe."))
        #expect(lung.laterality == .left && lung.lobes == ["LLL"])
        let sameSentence = try #require(try extract.finding("consolidation", in:
            "A hypodense lesion is seen in the liver, and consolidation is seen in the right lower lobe."))
        #expect(sameSentence.laterality == .right && sameSentence.lobes == ["RLL"])
        // A finding whose words name no other organ's lesion is not that organ's, nor does it lose its side.
        let node = try #require(try extract.finding("lymphadenopathy", in:
            "The liver is normal in size. An enlarged lymph node of 12 mm is seen on the right."))
        #expect(node.laterality == .right && node.places.isEmpty)
    }

    @Test func aPlaceReferenceAfterAnOrganSentenceIsThatOrgans() throws {
        // "at this level" right after a liver sentence is the liver, not the lung lobe named before it: no lung category.
        let liver = try #require(try extract.finding("calcification", in:
            "Consolidation is seen in the left lower lobe. A 9 mm hypodense lesion is observed in segment 7 of the liver. A punctate calcification is noted at this level."))
        #expect(liver.places == ["liver"] && liver.laterality == Laterality.none && liver.lobes.isEmpty)
        #expect(liver.category == nil && liver.labels.isEmpty)
        // So after a mediastinal one, and after a sentence that names a topic organ and no finding.
        let mediastinal = try #require(try extract.finding("mass", in:
            "Ground glass areas in the right upper lobe. Surgical clips are observed in the anterior mediastinum. No residual mass was detected in this localization."))
        #expect(mediastinal.places == ["mediastinum"] && mediastinal.lobes.isEmpty && mediastinal.laterality == Laterality.none)
        let thyroid = try extract.findings(
            "A nodule is seen in the left upper lobe. The thyroid gland extends into the thoracic inlet. At this level, a 30 mm nodule is observed.")
        #expect(thyroid.last?.places == ["thyroid"] && thyroid.last?.lobes == [] && thyroid.last?.category == nil)
        // After a lung sentence it stays the lung's place, as it does after a paired organ's ("the left kidney").
        let lung = try #require(try extract.finding("air-bronchogram", in:
            "A 12 mm hypodense lesion is observed in the liver. Consolidation is seen in the right lower lobe. Air bronchograms are observed in this area."))
        #expect(lung.lobes == ["RLL"] && lung.places.isEmpty)
        let kidney = try #require(try extract.finding("calcification", in:
            "Consolidation is seen in the left lower lobe. A 20 mm cyst is seen in the right kidney. Calcification is noted in this area."))
        #expect(kidney.places == ["kidney"] && kidney.laterality == .right && kidney.lobes.isEmpty)
        // A sentence naming another place and no finding in between ends the look back: no liver.
        let hilar = try #require(try extract.finding("mass", in:
            "A 14 mm hypodense lesion is observed in the liver. In the left hilum, fullness is observed. A mass cannot be excluded in this localization."))
        #expect(!hilar.places.contains("liver"))
    }

    /// A level named again in the next sentence is a slice of the chest: a finding outside the lungs there takes no lobe nor
    /// segment of the lung finding before it; a lung finding, or one whose type may lie anywhere, keeps them.
    @Test func aLevelNamedAgainGivesNoLungLobeToAFindingOutsideTheLungs() throws {
        let bone = try #require(try extract.finding("osteophyte", in:
            "Linear atelectasis is seen in the posterobasal segment of the left lung lower lobe. At this level, osteophytes are observed at the left lateral corners of the vertebral bodies."))
        #expect(bone.lobes.isEmpty && bone.segments.isEmpty)
        #expect(bone.laterality == .left)
        let nodule = try #require(try extract.finding("nodule", in:
            "Linear atelectasis is seen in the posterobasal segment of the left lung lower lobe. At this level, a 4 mm nodule is observed."))
        #expect(nodule.lobes == ["LLL"] && nodule.segments == ["LLL-posterior-basal"])
        let sutures = try #require(try extract.finding("medical-material", in:
            "Volume loss is seen in the upper lobe of the right lung. Surgical suture materials are observed at this level."))
        #expect(sutures.lobes == ["RUL"])
    }

    @Test func aPlaceInARelativeClauseDescribesTheFindingBeforeIt() throws {
        let findings = try extract.findings("There are smooth interlobular septal thickness increases, which are more prominent in the lower lobes of both lungs.")
        #expect(findings.first { $0.type == "septal-thickening" }?.lobes == ["RLL", "LLL"])
        // The negation inside the clause still does not reach back.
        let nodule = try #require(try extract.finding("nodule",
            in: "A 4 mm nodule, which was not observed in the previous examination, is seen in the right upper lobe."))
        #expect(nodule.assertion == .present)
        #expect(nodule.lobes == ["RUL"])
    }

    @Test func aFindingInARelativeClauseIsWhereTheFindingItDescribesIs() throws {
        let bullous = try #require(try extract.finding("bullous-emphysema", in:
            "There are paraseptal emphysematous changes, sequelae of pleuroparenchymal bands in both lung apical segments, which are locally bullous."))
        #expect(bullous.laterality == .bilateral && bullous.lobes == ["RUL", "LUL"])
        let consolidation = try #require(try extract.finding("consolidation", in:
            "There are scattered ground-glass-like density increases in the right lower lobe, which show consolidation from place to place."))
        #expect(consolidation.lobes == ["RLL"])
    }

    @Test func whatAFindingBecameIsWhereTheFindingIs() throws {
        let consolidated = try #require(try extract.finding("consolidation", in:
            "It is seen that the central part of the ground glass density in the superior segment of the right lung lower lobe becomes more consolidated."))
        #expect(consolidated.lobes == ["RLL"] && consolidated.segments == ["RLL-superior"])
        let atelectatic = try #require(try extract.finding("atelectasis", in: "The lower lobe of the right lung adjacent to the pleural effusion is total atelectatic."))
        #expect(atelectatic.lobes == ["RLL"])
    }

    @Test func anInterpretedFindingIsWhereItsInterpretationWasFound() throws {
        let opacity = try #require(try extract.finding("opacity", in:
            "Peripheral subpleural ground glass in both lung lower lobe superior segments, and areas of increased density consistent with consolidation."))
        #expect(opacity.interpreted && opacity.lobes == ["RLL", "LLL"])
    }

    @Test func aFindingInBracketsIsWhereTheFindingBeforeThemIs() throws {
        let findings = try extract.findings("A mosaic attenuation pattern is observed in both lung lower lobes (small airway disease? small vessel disease?).")
        for finding in findings {
            #expect(finding.laterality == .bilateral, "\(finding.type)")
            #expect(finding.lobes == ["RLL", "LLL"], "\(finding.type)")
        }
        // … also in the segments a side completes after the lobe (audit S11).
        let segments = try extract.findings("A focal nodular consolidation area was observed at the junction level of the right lung "
            + "lower lobe, adjacent to the laterobasal-posterobasal segment (infective? atelectasis?).")
        #expect(segments.map(\.segments) == Array(repeating: ["RLL-lateral-basal", "RLL-posterior-basal"], count: 3))
        // The kidney's cyst is the kidney's, not a lung cyst.
        let cyst = try #require(try extract.finding("cyst", in: "A hypodense lesion is observed in the upper pole of the left kidney (cyst?)."))
        #expect(cyst.category == nil)
        #expect(cyst.laterality == .left)
    }

    @Test func aFindingInTheAdjacentParenchymaIsBesideTheOneBefore() throws {
        let atelectasis = try #require(try extract.finding("atelectasis",
            in: "There is minimal pleural effusion in the left hemithorax and passive atelectasis in the accompanying lung parenchyma."))
        #expect(atelectasis.laterality == .left)
        // "accompanying" between linked findings still says nothing of them: one phrase, both sides.
        let peribronchial = try #require(try extract.finding("peribronchial-thickening",
            in: "There is bilateral minimal tubular bronchiectasis and accompanying peribronchial thickness increase."))
        #expect(peribronchial.laterality == .bilateral)
        // Before a finding of its own, "accompanying" links it to the one before, which has the place.
        let nodules = try #require(try extract.finding("nodule", in: "Diffuse fibroatelectasis causing volume loss in the upper lobes of both "
            + "lungs, irregularity in the pleura and accompanying calcific nodules were observed."))
        #expect(nodules.laterality == .bilateral && nodules.lobes == ["RUL", "LUL"])
        // "and adjacent" before a finding links it to the one before as "and accompanying" does; "and adjacent to the X" still
        // names X as the landmark.
        let bands = try #require(try extract.finding("fibrotic-band",
            in: "A calcified nodule is noted in the left upper lobe apical segment, and adjacent fibrotic bands are seen."))
        #expect(bands.laterality == .left && bands.lobes == ["LUL"])
        let landmark = try extract.findings("A mass is seen in the left upper lobe. In the aortic arch, in the left lateral neighborhood "
            + "and adjacent to the mass at the left paratracheal level, enlarged lymph nodes of 30 mm are observed.")
        #expect(landmark.map(\.type) == ["mass", "lymphadenopathy"])
        // "forming a crazy paving pattern": the pattern is where what forms it is.
        let paving = try #require(try extract.finding("crazy-paving", in: "Widespread consolidation areas with interlobular septal thickenings "
            + "were observed in both lungs, forming a crazy paving pattern."))
        #expect(paving.laterality == .bilateral)
    }

    @Test func aFindingNextToAnotherIsWhereThatOneIs() throws {
        let findings = try extract.findings(
            "A 5 mm nodule in the left lung lower lobe laterobasal segment and a linear atelectasis area adjacent to this nodule are observed.")
        #expect(findings.first { $0.type == "linear-atelectasis" }?.lobes == ["LLL"])
        let halo = try extract.findings("Consolidation in the superior segment of the right lung lower lobe and a ground glass area around it are observed.")
        #expect(halo.first { $0.type == "ground-glass-opacity" }?.segments == ["RLL-superior"])
        // An aside in brackets does not stand between the finding and the cue.
        let aside = try extract.findings("Nodular consolidations in the upper lobe of the left lung and ground glass areas (halo sign) are seen around them.")
        #expect(aside.first { $0.type == "ground-glass-opacity" }?.lobes == ["LUL"])
        // "in the vicinity" at the end of the clause: next to the finding before it.
        let vicinity = try extract.findings("Sequelae changes in the anterior segment of the upper lobe of the right lung and traction bronchiectasis are observed in the vicinity.")
        #expect(vicinity.first { $0.type == "bronchiectasis" }?.lobes == ["RUL"])
        // What extends "from this" finding starts where it is; that finding is the landmark, not another one.
        let bands = try extract.findings("There is a consolidation in the right lower lobe, and parenchymal bands extending from this "
            + "consolidation to the pleura are observed.")
        #expect(bands.first { $0.type == "fibrotic-band" }?.lobes == ["RLL"])
        let extending = try extract.findings("A mass is observed in the left upper lobe. Bronchiectasis extending from this mass to "
            + "the pleura is seen.")
        #expect(extending.map(\.type) == ["mass", "bronchiectasis"])
        #expect(extending.first { $0.type == "bronchiectasis" }?.lobes == ["LUL"])
        // "in it" after the finding's own size of two dimensions: its size words do not keep it from the cue (audit T49).
        let cavity = try extract.findings("""
            The consolidation in the middle lobe of the right lung has regressed. However, a cavitation of approximately \
            16x10 mm has developed in it.
            """).first { $0.type == "cavity" }
        #expect(cavity?.laterality == .right && cavity?.lobes == ["RML"])
        // A place of its own wins.
        let own = try extract.findings("A nodule in the right upper lobe and atelectasis in the left lower lobe adjacent to the effusion.")
        #expect(own.first { $0.type == "atelectasis" }?.lobes == ["LLL"])
        // What the cue names, named before in the sentence, is that finding again: one finding, where it was.
        let effusions = try extract.findings(
            "Pleural effusion reaching 18 mm in the left hemithorax and compression atelectasis in the lung parenchyma adjacent to the effusion are observed.")
            .filter { $0.type == "pleural-effusion" }
        #expect(effusions.map(\.laterality) == [.left])
        // … also with a place of its own; named nowhere before, it is a finding.
        let mass = try extract.findings("A 3 cm mass in the right upper lobe and consolidation adjacent to the mass in the right upper lobe.")
        #expect(mass.map(\.type) == ["mass", "consolidation"])
        #expect(try extract.findings("Consolidation adjacent to the nodule in the right upper lobe.").map(\.type) == ["consolidation", "nodule"])
    }

    /// A lung finding placed by the finding it lies next to in another compartment (a pleural effusion, a rib) takes its
    /// side and lobes, not its pleura, hemithorax or bone; a pleural finding beside a pleural one keeps the pleura.
    @Test func aLungFindingNextToAPleuralFindingTakesOnlyItsSide() throws {
        let atelectasis = try #require(try extract.finding("atelectasis", in:
            "Pleural effusion with a thickness of 49 mm on the right and 36 mm on the left and atelectatic changes in the adjacent lung parenchyma were observed."))
        #expect(atelectasis.laterality == .bilateral && atelectasis.places.isEmpty)
        let left = try #require(try extract.finding("atelectasis", in:
            "Effusion reaching approximately 6.5 cm in the thickest part of the left hemithorax and atelectasis in the accompanying parenchyma are observed."))
        #expect(left.laterality == .left && left.places.isEmpty)
        let fibrosis = try #require(try extract.finding("fibrotic-sequela", in:
            "Osteophytes in the thoracic vertebrae and minimal fibrotic densities are seen in the adjacent lung parenchyma."))
        #expect(!fibrosis.places.contains("bone"))
        // Not a pleural finding beside a pleural one.
        let thickening = try #require(try extract.finding("pleural-thickening", in:
            "Pleural effusion in the right hemithorax and pleural thickening adjacent to the effusion are observed."))
        #expect(thickening.places.contains("pleura") && thickening.laterality == .right)
    }

    /// A finding whose only place is a bare "in the periphery" is around the finding named before it, where that one is
    /// (as "in its periphery"); "in the periphery of …" names what it is around, and a place of its own wins.
    @Test func aFindingInThePeripheryIsWhereTheFindingBeforeIs() throws {
        let consolidation = try #require(try extract.finding("consolidation", in:
            "Patchy ground glass densities in the posterobasal segment of the right lung lower lobe and nodular consolidations in the periphery are seen."))
        #expect(consolidation.laterality == .right && consolidation.lobes == ["RLL"])
        #expect(consolidation.segments == ["RLL-posterior-basal"])
        let halo = try #require(try extract.finding("halo-sign", in:
            "A few nodules are seen in the upper lobe of the left lung, one of them with a ground-glass halo in the periphery."))
        #expect(halo.laterality == .left && halo.lobes == ["LUL"])
        let own = try #require(try extract.finding("ground-glass-opacity", in:
            "A nodule in the right upper lobe and ground glass densities in the periphery of the left lower lobe are seen."))
        #expect(own.laterality == .left && own.lobes == ["LLL"])
        // "in the periphery of both lungs" is where the densities are, not around the nodule before them.
        let lungs = try #require(try extract.finding("ground-glass-opacity", in:
            "A nodule is seen in the right upper lobe, and ground glass densities are seen in the periphery of both lungs."))
        #expect(lungs.laterality == .bilateral && lungs.lobes.isEmpty)
    }

    @Test func aFindingAfterWhereNothingWasFoundIsWhereTheSentenceLooked() throws {
        let nodules = try extract.findings("Active infiltration or mass lesion is not seen in both lungs, and there are a few tiny nonspecific nodules.")
        #expect(nodules.first { $0.type == "nodule" }?.laterality == .bilateral)
        // Not from a place outside the chest, nor for a finding outside the lungs.
        let hernia = try extract.findings("No wall thickening is seen in the esophagus, and there is a small hiatal hernia.")
        #expect(hernia.first { $0.type == "hiatal-hernia" }?.places == ["esophagus"]) // (its own word's organ, `organ`)
        let kidney = try extract.findings("No stone is seen in the left kidney, and there are a few tiny lung nodules.")
        #expect(kidney.first { $0.type == "nodule" }?.laterality == Laterality.none)
    }

    @Test func aCapitalAfterAPlaceStartsAnotherStatement() throws {
        // Impressions often run statements together without a stop: the place ends the one before.
        let findings = try extract.findings("Patchy ground glass densities in both lungs Mild emphysema.")
        #expect(findings.first { $0.type == "ground-glass-opacity" }?.laterality == .bilateral)
        #expect(findings.first { $0.type == "emphysema" }?.laterality == Laterality.none)
        // A place right before its finding in the same statement stays its own.
        let own = try extract.findings("Mild emphysema. Right lung lower lobe nodule is seen.")
        #expect(own.first { $0.type == "nodule" }?.lobes == ["RLL"])
    }

    @Test func anAccompanyingFindingIsWhereTheFindingBeforeIs() throws {
        let signs = try extract.findings("There is volume loss in the lower lobe of the right lung, accompanied by air bronchogram signs.")
        #expect(signs.first { $0.type == "air-bronchogram" }?.lobes == ["RLL"])
        let halo = try extract.findings("A nodular density in the left upper lobe apicoposterior segment, around which ground glass areas are seen.")
        #expect(halo.first { $0.type == "ground-glass-opacity" }?.lobes == ["LUL"])
        let inside = try extract.findings("There is a large consolidation area in the lower lobe of the right lung, in which air bronchograms are seen.")
        #expect(inside.first { $0.type == "air-bronchogram" }?.lobes == ["RLL"])
        // A place of its own wins; without a placed finding before the cue, nothing is borrowed.
        let own = try extract.findings("Consolidation in the right lower lobe accompanied by atelectasis in the left lower lobe.")
        #expect(own.first { $0.type == "atelectasis" }?.lobes == ["LLL"])
        let none = try extract.findings("Consolidation accompanied by air bronchograms.")
        #expect(none.first { $0.type == "air-bronchogram" }?.laterality == Laterality.none)
    }

    @Test func theItemsAnAccompanimentListsAreWhereTheFindingBeforeIs() throws {
        let listed = try extract.findings("Pneumonic infiltration is observed in all segments of both lungs in the form of ground glass "
            + "opacity with air bronchograms, septal thickenings and consolidation areas.")
        #expect(listed.first { $0.type == "consolidation" }?.lobes == ["RUL", "RML", "RLL", "LUL", "LLL"])
        let zone = try extract.findings("There are sequelae changes in the left lung lower lobe, accompanied by subpleural nodular densities.")
        #expect(zone.first { $0.type == "nodular-opacity" }?.lobes == ["LLL"])
        // A list item with a place of its own keeps it; an item after a clause cue is no longer listed.
        let own = try extract.findings("Consolidation in the right lower lobe accompanied by air bronchograms and atelectasis in the left lower lobe.")
        #expect(own.first { $0.type == "atelectasis" }?.lobes == ["LLL"])
        let apart = try extract.findings("Consolidation in the right lower lobe accompanied by air bronchograms, but no pleural effusion is seen.")
        #expect(apart.first { $0.type == "pleural-effusion" }?.laterality == Laterality.none)
        // Place words between the cue and its first item describe the item: they count toward no reach.
        let described = try extract.findings("Pneumonic involvement is seen in both lower lobes in the form of bilaterally "
            + "asymmetric mostly subpleural located ground glass opacity with septal thickenings and consolidations.")
        #expect(described.first { $0.type == "consolidation" }?.lobes == ["RLL", "LLL"])
        let single = try extract.findings("Viral infiltration is noted in the lower lobes of both lungs in the form of bilaterally "
            + "symmetrical mainly peripheral subpleural ground glass areas.")
        #expect(single.first { $0.type == "ground-glass-opacity" }?.lobes == ["RLL", "LLL"])
        // Past a comma they count: the next item of the sentence's list is not what the cue introduces.
        let pastComma = try extract.findings("Pleural effusion is seen in the form of layering in the right hemithorax, thickening of "
            + "the bronchial walls centrally.")
        #expect(pastComma.first { $0.type == "bronchial-wall-thickening" }?.laterality == Laterality.none)
    }

    /// ", and the appearance is suspicious for X", "; the appearance …": a clause opening with a generic word for the
    /// findings before it places what it names where they are.
    @Test func aClauseThatNamesTheFindingsBeforeItPlacesItsFindingsThere() throws {
        let andClause = try extract.findings("There are ground glass areas in the right lung lower lobe, and the appearance is "
            + "primarily suspicious for viral pneumonia.")
        #expect(andClause.first { $0.type == "pneumonia" }?.lobes == ["RLL"])
        let semicolon = try extract.findings("Patchy ground glass densities in both lungs; the appearance is highly suspicious for "
            + "Covid-19 pneumonia.")
        #expect(semicolon.first { $0.type == "pneumonia" }?.laterality == .bilateral)
        // Not a clause of its own: "the appearance of" a finding names no findings before it.
        let own = try extract.findings("Ground glass areas in the right lung lower lobe and the appearance of a nodule.")
        #expect(own.first { $0.type == "nodule" }?.laterality == Laterality.none)
    }

    /// A lung finding listed before the last one takes no place after the list that only names organs outside the chest;
    /// one whose words other organs' findings share keeps it. One organ's finding takes no other organ's place.
    @Test func aListedLungFindingTakesNoOrganPlaceOfTheLastItem() throws {
        let aorta = try extract.findings("Sequelae changes in both lungs, emphysematous changes, mild bronchiectasis, mild fusiform "
            + "dilatation of the ascending aorta.")
        #expect(aorta.first { $0.type == "bronchiectasis" }?.category?.rawValue == "1b")
        #expect(aorta.first { $0.type == "bronchiectasis" }?.labels.map(\.rawValue) == ["Bronchiectasis"])
        let bone = try extract.findings("Sequelae changes and mild osteoporosis appearance are observed in the bone structures.")
        #expect(bone.first { $0.type == "fibrotic-sequela" }?.category == nil)
        // The first item's own organ word is no place of a later item of another region: the mosaic is a lung finding.
        let pericardial = try extract.findings("Minimal pericardial effusion, mosaic attenuation pattern (small airway disease?).")
        #expect(pericardial.first { $0.type == "mosaic-attenuation" }?.category?.rawValue == "1f")
        // Nor does a finding of one organ take the place of another organ the last item names (audit X11); the heart's
        // vessels are the heart's.
        let breast = try extract.findings("Mild hiatal hernia, hepatosteatosis, nodular density in the lower inner part of the "
            + "right breast.")
        #expect(breast.filter { $0.type != "high-density" }.map(\.laterality) == [.none, .none])
        let coronary = try extract.findings("There are calcific atheroma plaques and stent-like appearances in the coronary arteries.")
        #expect(coronary.first?.type == "coronary-artery-calcification")
    }

    /// An organ adjective among a later list item's own words ("pericardial" of "slight pericardial effusion") is that item's,
    /// no place of an item before it, in its phrase or an earlier one; nor is a middle item's of a later item of another
    /// region. A place with a head noun, or past the last item, still says where the items before are.
    @Test func aLaterItemsOrganWordPlacesNoItemBeforeIt() throws {
        let list = try extract.findings("Right pleural effusion, slight pericardial effusion, lymphadenopathies near the thyroid gland.")
        let nodes = try #require(list.first { $0.type == "lymphadenopathy" })
        #expect(!nodes.places.contains("pericardium"))
        #expect(nodes.places.contains("thyroid"))
        #expect(list.first { $0.type == "pleural-effusion" }?.places == ["pleura"])
        #expect(list.first { $0.type == "pericardial-effusion" }?.places == ["pericardium"])
        let heart = try extract.findings("Cardiomegaly, slight pericardial effusion.")
        #expect(heart.first { $0.type == "cardiomegaly" }?.places == ["heart"]) // (its own word's organ, not the pericardium)
        #expect(heart.first { $0.type == "pericardial-effusion" }?.places == ["pericardium"])
        // Two phrases joined by "and": the effusion's "pleural" is not the emphysema's.
        let joined = try extract.findings("Emphysema and right pleural effusion.")
        #expect(joined.map(\.places) == [[], ["pleura"]])
        // A place past the last item is every item's; the first item's organ word stays with a later item of its region.
        let shared = try extract.findings("Ground glass opacities and pleural thickening in the left lung upper lobe.")
        #expect(shared.first { $0.type == "ground-glass-opacity" }?.lobes == ["LUL"])
        #expect(shared.first { $0.type == "ground-glass-opacity" }?.places == [])
        let compound = try extract.findings("Pericardial effusion and thickening were not detected.")
        #expect(compound.map(\.type) == ["pericardial-effusion", "pericardial-thickening"])
        // A place with a head noun in the later phrase is where the finding before is.
        let bronchi = try extract.findings("Increased wall thickness is observed in collapsed subsegment bronchi.")
        #expect(bronchi.first?.type == "bronchial-wall-thickening")
    }

    /// In a list of alternatives too, an earlier item's organ word is no place of a later item of another region: the
    /// pleura of "pleural effusion" is not the pneumonia's. Items of the pleura keep it, an organ that makes the item one
    /// of its own findings (`<in>`: a calcification in the pleura) is said of it, and a place word of the lung finding's own
    /// stays.
    @Test func anEarlierAlternativesOrganWordPlacesNoLungItem() throws {
        let list = try extract.findings("No signs of pleural effusion, pneumothorax or pneumonia were seen.")
        #expect(list.first { $0.type == "pneumonia" }?.places == [])
        #expect(list.first { $0.type == "pleural-effusion" }?.places == ["pleura"])
        #expect(list.first { $0.type == "pneumothorax" }?.places == ["pleura"])
        let pleural = try extract.findings("Pleural effusion and pneumothorax are not observed.")
        #expect(pleural.map(\.places) == [["pleura"], ["pleura"]])
        let adjacent = try extract.findings("There is consolidation in the right lower lobe adjacent to the pleura.")
        #expect(adjacent.first { $0.type == "consolidation" }?.lobes == ["RLL"])
        #expect(adjacent.first { $0.type == "consolidation" }?.places.contains("pleura") == true)
        // An organ that makes the later item one of its own findings is said of it: pleural calcifications.
        let compound = try extract.findings("Pleural thickening-plaque-like calcifications are seen in the right lung.")
        #expect(compound.map(\.type) == ["pleural-thickening"])
    }

    /// A clause with its own verb ("is present", "is observed"), then ", and" a clause with a subject of its own: the places
    /// of the second are not the first's, nor are the lung sides it names a pleural finding's of the first.
    @Test func aClauseWithASubjectOfItsOwnLendsNoPlaceBack() throws {
        let present = try extract.findings("Emphysema is present, and a nodule is observed in the left lower lobe.")
        #expect(present.first { $0.type == "emphysema" }?.lobes == [])
        #expect(present.first { $0.type == "emphysema" }?.laterality == Laterality.none)
        #expect(present.first { $0.type == "nodule" }?.lobes == ["LLL"])
        let pleural = try extract.findings("Minimal pleural effusion is observed, and atelectasis is seen in the right lower lobe.")
        #expect(pleural.first { $0.type == "pleural-effusion" }?.laterality == Laterality.none)
        #expect(pleural.first { $0.type == "atelectasis" }?.laterality == .right)
        // One clause: the place after the verb is every finding's.
        let shared = try extract.findings("Emphysema and a nodule are present in the left lower lobe.")
        #expect(shared.map(\.lobes) == [["LLL"], ["LLL"]])
        // A pleural finding in the clause of the lung place it lies by still takes its side.
        let same = try extract.findings("Minimal pleural effusion and atelectasis are seen in the right lower lobe.")
        #expect(same.first { $0.type == "pleural-effusion" }?.laterality == .right)
    }

    /// A place after a list that makes an earlier item a finding of its own organ (`<in>` of findings.xml) is that item's place:
    /// the effusion of "effusion and thickening in the pericardium" is pericardial, as in "effusion-thickening".
    @Test func aPlaceAfterAListRetypesAnEarlierItemOfItsOrgan() throws {
        let list = try extract.findings("Effusion and thickening are observed in the pericardium.")
        #expect(list.map(\.type) == ["pericardial-effusion", "pericardial-thickening"])
        #expect(list.map(\.places) == [["pericardium"], ["pericardium"]])
        // An organ outside the chest still places no chest item listed before it.
        let outside = try extract.findings("Mild bronchiectasis and hepatosteatosis in the liver are noted.")
        #expect(outside.first { $0.type == "bronchiectasis" }?.places == [])
    }

    /// Organ adjectives that each type one finding of a phrase ("pleural or pericardial effusion") place only the finding they
    /// type; adjectives that only place one type ("mediastinal and hilar lymph nodes") place it in all, and a place past the
    /// head ("on the right") is every finding's.
    @Test func coordinatedOrganAdjectivesPlaceOnlyTheirOwnFinding() throws {
        let split = try extract.findings("Pericardial or pleural effusion and thickening was not detected.")
        #expect(split.map(\.type) == ["pericardial-effusion", "pleural-effusion", "pericardial-thickening", "pleural-thickening"])
        #expect(split.map(\.places) == [["pericardium"], ["pleura"], ["pericardium"], ["pleura"]])
        let right = try extract.findings("Pleural and pericardial effusion on the right.")
        #expect(right.first { $0.type == "pleural-effusion" }?.places == ["pleura"])
        #expect(right.first { $0.type == "pleural-effusion" }?.laterality == .right)
        #expect(right.first { $0.type == "pericardial-effusion" }?.places == ["pericardium"])
        let nodes = try extract.findings("Mediastinal and hilar lymph nodes are enlarged.")
        #expect(nodes.map(\.places) == [["mediastinum", "hilum"]])
    }

    /// A diagnosis (`diagnosis` in findings.xml) or a doubted finding named after placed lung findings of its sentence, with
    /// no place of its own, is where they all are; an appearance stated is no diagnosis.
    @Test func aDiagnosisAfterPlacedFindingsIsWhereTheyAre() throws {
        let atypical = try extract.findings("Mild peripheral ground-glass density in the lower basal segment of the left lung is "
            + "atypical for early viral pneumonia.")
        #expect(atypical.first { $0.type == "pneumonia" }?.lobes == ["LLL"])
        let list = try extract.findings("Consolidations in the upper lobes of both lungs and ground-glass densities in the left lung "
            + "lower lobe are typical for Covid-19 pneumonia.")
        #expect(list.first { $0.type == "pneumonia" }?.lobes == ["RUL", "LUL", "LLL"])
        // (an appearance takes none of their lobes: only the sides of its clause's lung, as a pleural finding, mechanism 149)
        let appearance = try extract.findings("Consolidations in the upper lobes of both lungs are accompanied by a pleural effusion.")
        let effusion = try #require(appearance.first { $0.type == "pleural-effusion" })
        #expect(effusion.laterality == .bilateral && effusion.lobes.isEmpty)
        // So is every doubted item of a differential after them.
        let differential = try extract.findings("A round consolidation is observed in the left lung lower lobe, and round "
            + "pneumonia and atelectasis were considered in the differential diagnosis.")
        #expect(differential.first { $0.type == "atelectasis" }?.lobes == ["LLL"])
    }

    @Test func whatAnInterpretationNamesIsWhereTheFindingBeforeIs() throws {
        let findings = try extract.findings("Loculated effusion in the right hemithorax, evaluated in favor of empyema.")
        let empyema = try #require(findings.first { $0.type == "empyema" })
        #expect(empyema.laterality == .right)
        #expect(empyema.labels.map(\.rawValue) == ["Pleural effusion"])
    }

    @Test func aHeadNounAloneIsNoPlace() throws {
        // "areas" is a place's head noun, but alone it names nothing and must not take "both lungs" away.
        let findings = try extract.findings("Ground glass areas and occasional consolidations are observed in both lungs.")
        #expect(findings.map(\.laterality) == [.bilateral, .bilateral])
    }

    @Test func aGenericWordThatNamesNothingTakesNoPlaces() throws {
        // "peribronchial foci" names no finding: the lungs are the ground glass's.
        let finding = try #require(try extract.finding("ground-glass-opacity",
            in: "There are pneumonic infiltration areas of ground glass density in several subpleural and peribronchial foci in both lungs."))
        #expect(finding.laterality == .bilateral)
    }

    @Test func aLevelWordWithANamedStructureIsThatStructures() throws {
        // "lower part of the fissure": no lower lobe; the side after it still counts.
        let finding = try #require(try extract.finding("pleural-thickening", in: "Thickening in the lower part of the fissure on the left."))
        #expect(finding.laterality == .left)
        #expect(finding.lobes.isEmpty)
    }

    @Test func aRelativeClauseBetweenCommasKeepsAListTogether() throws {
        // ", some of which are round in shape," does not cut the consolidations off from their place.
        let findings = try extract.findings(
            "Focal consolidations, some of which are round in shape, and ground-glass areas are observed in the peripheral regions of both lungs.")
        #expect(findings.map(\.laterality) == [.bilateral, .bilateral])
    }

    @Test func aPlaceInsideBracketsThatNameACauseStaysThere() throws {
        // "cardiac" says what the thickening is due to, not where it is: no heart, and the category stays.
        let septa = try #require(try extract.finding("septal-thickening",
            in: "Smooth interlobular septal thickening is seen in both lungs (secondary to cardiac pathology?)."))
        #expect(septa.places.isEmpty)
        #expect(septa.category?.rawValue == "1d")
        // A bracket naming a finding of its own keeps its "vessel"; the place after it is the mosaic's.
        let mosaic = try #require(try extract.finding("mosaic-attenuation",
            in: "Mosaic attenuation pattern (small airway disease? small vessel disease?) more evident in the lower lobes of both lungs."))
        #expect(mosaic.lobes == ["RLL", "LLL"])
        #expect(mosaic.places.isEmpty)
        // A bracket holding only a place still places the finding before it.
        let nodule = try #require(try extract.finding("nodule", in: "A 4 mm nodule (right lower lobe superior segment) is seen."))
        #expect(nodule.lobes == ["RLL"])
    }

    @Test func aPatternTheFindingMakesIsWhereTheFindingIs() throws {
        // "in the appearance of a tree with buds" names the pattern of the nodules before it.
        let pattern = try #require(try extract.finding("tree-in-bud",
            in: "Centriacinar nodules are seen in the superior segment of the left lower lobe, in the appearance of a tree with buds."))
        #expect(pattern.lobes == ["LLL"])
        // With a place of its own it keeps it.
        let own = try #require(try extract.finding("tree-in-bud",
            in: "Centriacinar nodules are seen in the right upper lobe, which look like a budding tree in the left lower lobe."))
        #expect(own.lobes == ["LLL"])
    }

    @Test func anOpeningPlaceFramesTheLaterClauses() throws {
        // "In the right lung," reaches the atelectasis of the second clause, whose lower lobe takes its side.
        let atelectasis = try #require(try extract.finding("atelectasis",
            in: "In the right lung, there is a 5 mm nodule in the upper lobe and there is atelectasis in the lower lobe."))
        #expect(atelectasis.laterality == .right)
        #expect(atelectasis.lobes == ["RLL"])
        // A frame outside the lungs frames no lung finding.
        let other = try #require(try extract.finding("atelectasis",
            in: "In the mediastinum, there are enlarged lymph nodes and there is atelectasis."))
        #expect(other.places.isEmpty)
        // A placed finding right after the opening "in" frames it too (audit XXXXXXXXX); not one later in the sentence.
        let inside = try extract.findings("In the consolidation in the upper lobe of the left lung, there are cavitation and air "
            + "bronchograms.")
        #expect(inside.filter { $0.type != "consolidation" }.allSatisfy { $0.lobes == ["LUL"] })
        let later = try #require(try extract.finding("cavity",
            in: "There is a nodule in the consolidation in the upper lobe of the left lung, and cavitation is observed."))
        #expect(later.lobes.isEmpty)
    }

    /// "In the peripheral nodules in both upper lobes, …": a placed finding after the opening "in" and only place or modifier
    /// words frames the main clause after the comma; so does an opening place for a list item placed only in zones after
    /// an item with a place of its own (audit mechanism M22: opening place phrases).
    @Test func anOpeningPhraseFramesTheMainClause() throws {
        let framed = try extract.findings("In the peripheral cavitary nodules in both upper lobes, ground glass halos and "
            + "consolidated areas are seen.")
        let halo = try #require(framed.first { $0.type == "halo-sign" })
        #expect(halo.laterality == .bilateral && halo.lobes == ["RUL", "LUL"])
        let consolidation = try #require(framed.first { $0.type == "consolidation" })
        #expect(consolidation.laterality == .bilateral && consolidation.lobes == ["RUL", "LUL"])
        // Words of a cue between "in" and the finding: no frame.
        let addition = try #require(try extract.finding("consolidation",
            in: "In addition to the nodule in the right upper lobe, consolidated areas are seen."))
        #expect(addition.laterality == .none && addition.lobes.isEmpty)
        // A zone alone after an item placed on its own takes the opening place; one with a side of its own keeps it.
        let bands = try extract.findings("In all segments of the left lung, ground glass areas, a mild consolidation in the "
            + "basal segments, and subpleural linear bands are seen.")
        let band = try #require(bands.first { $0.type == "fibrotic-band" })
        #expect(band.laterality == .left)
        #expect(bands.first { $0.type == "consolidation" }?.laterality == .left)
        let own = try #require(try extract.finding("fibrotic-band",
            in: "In both lungs, ground glass areas in the lower lobes, and subpleural linear bands in the right upper lobe are seen."))
        #expect(own.laterality == .right && own.lobes == ["RUL"])
    }

    /// A place before a comma that says another side than the finding's own place (an item of a word no lexicon knows: its
    /// place, not the finding's) is not part of it, even of the same organ: the adenoma is in the left adrenal gland only,
    /// the cyst in the right kidney only. A place on the same side still frames the finding, and the side a place before
    /// says completes an own place that says none.
    @Test func aPlaceBeforeACommaOnAnotherSideIsNotTheFindingsOwn() throws {
        let adenoma = try #require(try extract.finding("adenoma",
            in: "Diffuse lobulation in the right adrenal gland, an adenoma in the left adrenal gland."))
        #expect(adenoma.laterality == .left)
        let cyst = try #require(try extract.finding("cyst", in: "Diffuse lobulation in both kidneys, a cyst in the right kidney."))
        #expect(cyst.laterality == .right)
        // (the side said before completes a place that says none; a place on the same side stays)
        #expect(try extract.finding("cyst", in: "Diffuse lobulation in the left kidney, a cyst in the kidney.")?.laterality
            == .left)
        #expect(try extract.finding("cyst", in: "Diffuse lobulation in the left kidney, a cyst in the upper pole of the left "
            + "kidney.")?.laterality == .left)
    }

    @Test func aPlaceBeforeACommaIsNotAFindingsThatNamesItsOwn() throws {
        // The aortic arch is the unknown "prominence"'s: the plaques are in the coronary arteries only.
        #expect(try extract.labels("Mild prominence in the aortic arch, millimetric calcific atheroma plaques in the coronary arteries.")
            == ["Coronary artery wall calcification"])
        // A shift of the mediastinum to one side is no side of the item before it (audit B14).
        #expect(try extract.findings("Atheromatous plaques in the descending aorta and coronary arteries, shift of the mediastinal "
            + "structures to the right.").allSatisfy { $0.laterality == .none })
        // A place opening the sentence frames it, and a side the finding's own place lacks completes it.
        let suture = try #require(try extract.findings("In the left breast, suture materials in the subcutaneous fatty tissue are observed.").first)
        #expect(suture.laterality == .left)
        let cyst = try #require(try extract.finding("cyst",
            in: "An enlargement of 36 mm is observed in the left lobe of the thyroid gland, which contains a cystic area and extends towards the mediastinum."))
        #expect(cyst.laterality == .left)
    }

    /// "The aeration of both lungs is normal and no nodule is seen in the right lung": a place of a clause that names no
    /// finding, before an "and" that opens another clause, is no place of a finding there that names its own (audits A34,
    /// H34); a frame, a side or an organ its own places lack, and a place for a finding with none still reach it.
    @Test func aPlaceOfAnEarlierClauseIsNotAFindingsThatNamesItsOwn() throws {
        #expect(try extract.finding("nodule", in: "Aeration of both lungs is normal and no nodular lesion was detected in the left "
            + "lung parenchyma.")?.laterality == .left)
        let kidney = try extract.findings("There is irregularity in the cortical contour of both kidneys, and a hypodense lesion in "
            + "the right kidney that may be consistent with a simple cyst.")
        #expect(kidney.map(\.type) == ["low-density", "cyst"])
        #expect(kidney.allSatisfy { $0.laterality == .right && $0.places == ["kidney"] })
        let thyroid = try #require(try extract.finding("nodule", in: "Both lobes of the thyroid gland are heterogeneous, and a few "
            + "hypodense nodules are observed on the right."))
        #expect(thyroid.laterality == .right && thyroid.places == ["thyroid"])
        // A finding with no place of its own still takes it; so does one placed only by a lobe without a side.
        #expect(try extract.finding("nodule", in: "The aeration of both lungs is normal and no nodule is seen.")?.laterality
            == .bilateral)
        let emphysema = try #require(try extract.finding("emphysema",
            in: "Both lungs are hyperaerated and emphysematous changes are seen in the upper lobes."))
        #expect(emphysema.laterality == .bilateral && emphysema.lobes == ["RUL", "LUL"])
        // An organ without a side for a finding placed only by a side and where it reaches.
        #expect(try extract.finding("nodule", in: "The thyroid gland is enlarged, and a hypodense nodule extending towards the "
            + "mediastinum is observed in the left lobe.")?.places.contains("thyroid") == true)
        // A place opening the sentence frames it, with or without a list after the comma.
        let framed = try extract.findings("In the right lung, nodules and ground glass areas are observed.")
        #expect(framed.count == 2 && framed.allSatisfy { $0.laterality == .right })
        #expect(try extract.finding("lymphadenopathy", in: "In the mediastinum, prevascular, paratracheal, and calcified lymph nodes "
            + "are observed at the hilar level.")?.places.contains("mediastinum") == true)
        // "A in LOC and B in LOC": each keeps its own.
        let listed = try extract.findings("Nodules are observed in both lungs and consolidation in the right lower lobe.")
        #expect(listed.first { $0.type == "nodule" }?.laterality == .bilateral)
        #expect(listed.first { $0.type == "consolidation" }?.lobes == ["RLL"])
        // The organs of a verb's clause before ", and" are not the atelectasis'.
        #expect(try extract.finding("atelectasis", in: "The heart and mediastinal vascular structures are shifted to the left, and "
            + "atelectasis is observed in the left lung lower lobe.")?.places == [])
    }

    /// "A mass leading to atelectasis in the right lower lobe was observed in the right hilum": a place after a result cue
    /// is the result's, not that of a cause placed elsewhere; a cause placed nowhere else shares it, and what a result cue
    /// introduces without a place of its own is where its cause is (audit mechanism M1).
    @Test func aPlaceAfterAResultCueIsTheResults() throws {
        let led = try extract.findings("A mass leading to atelectasis in the right lower lobe was observed in the right hilum.")
        #expect(led.map(\.type) == ["mass", "atelectasis"])
        #expect(led.first?.lobes == [] && led.first?.places == ["hilum"])
        #expect(led.last?.lobes == ["RLL"])
        let framed = try extract.findings("In the right hilum, a mass causing atelectasis in the right lower lobe is observed.")
        #expect(framed.first?.lobes == [] && framed.last?.lobes == ["RLL"])
        let caused = try extract.findings("A mass in the right lower lobe caused atelectasis.")
        #expect(caused.map(\.lobes) == [["RLL"], ["RLL"]])
        let resulted = try extract.findings("A mass in the left upper lobe led to atelectasis.")
        #expect(resulted.last?.lobes == ["LUL"])
        // A cause placed by nothing else is where its result is; "caused by" names the cause after it.
        #expect(try extract.findings("Fibrotic areas causing structural distortion in the right upper lobe are observed.")
            .map(\.lobes) == [["RUL"], ["RUL"]])
        #expect(try extract.finding("atelectasis", in: "Atelectasis caused by the effusion in the left lower lobe.")?.lobes == ["LLL"])
    }

    /// "In the case with a history of thyroid carcinoma, a mass …": the case's history, from a history cue up to its comma
    /// (or a cue, or "in" before a place of the sentence), names no finding of this examination, and its places are no
    /// finding's (audit mechanism M6: history frames).
    @Test func theCasesHistoryPlacesNothing() throws {
        let mass = try #require(try extract.finding("mass",
            in: "In the case with a history of thyroid carcinoma, a mass is seen in the right upper lobe."))
        #expect(mass.places.isEmpty && mass.lobes == ["RUL"] && mass.category?.rawValue == "2d")
        let nodules = try extract.findings("In a patient with pancreatic carcinoma, nodules in both lungs were interpreted as metastases.")
        #expect(nodules.map(\.type) == ["nodule", "mass"] && nodules.allSatisfy { $0.places.isEmpty })
        // A lung metastasis doubted in a patient with a cancer elsewhere keeps its lung category.
        let doubted = try #require(try extract.finding("mass",
            in: "Metastasis cannot be ruled out in a patient with known gastric cancer, and a biopsy is advised."))
        #expect(doubted.places.isEmpty && doubted.category?.rawValue == "2d" && doubted.assertion == .uncertain)
        // A place after "in" past the history is the finding's again.
        let colon = try #require(try extract.finding("nodule", in: "Nodules are seen in a case with a colon primary in both lungs."))
        #expect(colon.places.isEmpty && colon.laterality == .bilateral)
        // What the history names is no finding, neither there nor denied; a list running on past it is the item after it.
        #expect(try extract.findings("Hilar lymph nodes of normal size in a patient with a prediagnosis of prostate tumor.")
            .map(\.type) == ["lymphadenopathy"])
        let known = try extract.findings("In a patient with a known lung tumor, septal thickening is seen in both lower lobes.")
        #expect(known.map(\.type) == ["septal-thickening"] && known.first?.lobes == ["RLL", "LLL"])
        // Without a history cue, organ words place the finding as before; after the history's comma, places do.
        let thyroid = try #require(try extract.finding("mass", in: "A mass is seen in the right lobe of the thyroid gland."))
        #expect(thyroid.places == ["thyroid"] && thyroid.category == nil)
        let emphysema = try #require(try extract.finding("emphysema",
            in: "In the case with a history of smoking, emphysema is observed in the upper lobes."))
        #expect(emphysema.lobes == ["RUL", "LUL"])
    }

    /// "the operated right lung", "the right operated lung", "the operated left hemithorax": the side operated on is a place
    /// of this examination, not the case's history (the bare cue "operated" still opens one).
    @Test func theOperatedLungIsAPlace() throws {
        for (sentence, type, side) in [("A small pleural effusion is seen in the operated right lung.", "pleural-effusion", "right"),
                                       ("Linear atelectasis is noted in the left operated lung.", "linear-atelectasis", "left"),
                                       ("There is pleural thickening in the operated left hemithorax.", "pleural-thickening", "left")] {
            let finding = try #require(try extract.finding(type, in: sentence), "\(sentence)")
            #expect(finding.laterality.rawValue == side, "\(sentence)")
        }
        let history = try extract.findings("Operated right breast carcinoma. A nodule is seen in the left upper lobe.")
        #expect(history.map { "\($0.type) \($0.laterality.rawValue)" } == ["nodule left"])
    }

    @Test func aSegmentNamedRightAfterItsLobe() throws {
        // "upper lobe posterior" without "segment": the posterior segment.
        let both = try #require(try extract.finding("consolidation",
            in: "Consolidation in the right lung upper lobe posterior and left lung lower lobe superior."))
        #expect(Set(both.segments) == ["RUL-posterior", "LLL-superior"])
        // Not before another head, nor with other words between it and its lobe.
        let areas = try #require(try extract.finding("nodule", in: "Nodules in the right lower lobe posterior areas."))
        #expect(areas.segments.isEmpty)
        let bronchus = try #require(try extract.findings(
            "There is soft tissue density narrowing the left upper lobe bronchus anterior to the pulmonary artery.").first)
        #expect(bronchus.segments.isEmpty)
    }

    /// A lobar bronchus named whole lies in its lobe (`inLobe` in anatomy.xml), as a lobe named before "bronchi" does; a
    /// main bronchus lies in none (probe M168).
    @Test func aLobarBronchusLiesInItsLobe() throws {
        let plug = try #require(try extract.findings("Mucus plugging is seen in the right lower lobe bronchus.").first)
        #expect(plug.laterality == .right && plug.lobes == ["RLL"] && plug.places == ["right-lower-lobe-bronchus"])
        let thickened = try #require(try extract.findings("The wall of the right middle lobe bronchus is thickened.").first)
        #expect(thickened.type == "bronchial-wall-thickening" && thickened.lobes == ["RML"])
        let main = try #require(try extract.findings("Mucus plugging is seen in the right main bronchus.").first)
        #expect(main.laterality == .right && main.lobes == [])
    }

    @Test func theSuperiorLowerLobeIsItsSuperiorSegment() throws {
        // Audit QQQQQQQ: "the superior lower lobe" (MT of the lower lobe's superior segment).
        let nodule = try #require(try extract.finding("nodule", in: "A 4 mm nodule is observed in the superior lower lobe of the left lung."))
        #expect(nodule.lobes == ["LLL"] && nodule.segments == ["LLL-superior"])
        // A plain "superior" before another lobe word stays what it was: no segment without its lower lobe.
        let upper = try #require(try extract.finding("nodule", in: "A 4 mm nodule is observed in the upper lobe of the left lung."))
        #expect(upper.segments.isEmpty)
        // Audit SSSSSSS: "inferiolingular" (a typo) is the inferior lingular segment.
        let lingular = try #require(try extract.finding("nodule", in: "A nodule in the left lung upper lobe inferiolingular segment."))
        #expect(lingular.segments == ["LUL-inferior-lingular"])
        // Audit P38: "the medial superior segment" is the superior segment, no medial basal one beside it.
        let medial = try #require(try extract.finding("nodule", in: "A 4 mm nodule is observed in the medial superior segment of the right lung lower lobe."))
        #expect(medial.segments == ["RLL-superior"])
        // Audit NNNNNNNN, scan S6: "posteromediobasal" (posterior and medial basal together) names both its segments — the
        // left lung's medial basal one is its anteromedial basal segment.
        let basal = try #require(try extract.finding("nodule", in: "A nodule in the posteromediobasal segment of the left lung lower lobe."))
        #expect(basal.segments == ["LLL-posterior-basal", "LLL-anteromedial-basal"])
        // Audit KKKKKKKKK: "the anterior lower lobe" is the lower lobe's anterior basal segment.
        #expect(try extract.finding("nodule", in: "A nodule in the anterior lower lobe of the right lung.")?.segments
            == ["RLL-anterior-basal"])
        // Audit ZZZZZZZZ: "the anterior upper lobe" is the upper lobe's anterior segment.
        #expect(try extract.finding("nodule", in: "A nodule in the anterior upper lobe of the left lung.")?.segments == ["LUL-anterior"])
        // … and "the posterior upper lobe" the posterior segment, on the left the apicoposterior one (audits N11, T11).
        #expect(try extract.finding("nodule", in: "A nodule in the posterior upper lobe of the right lung.")?.segments == ["RUL-posterior"])
        #expect(try extract.finding("nodule", in: "A nodule in the posterior upper lobe of the left lung.")?.segments
            == ["LUL-apicoposterior"])
        #expect(try extract.finding("nodule", in: "A nodule in the apical upper lobe of the right lung.")?.segments == ["RUL-apical"])
        // Segments before "segments of the middle lobe" are the middle lobe's, whatever lobe the next item names (audit U12);
        // not before a lobe named with a side of its own.
        #expect(try extract.finding("ground-glass-opacity", in: "Ground glass areas in the medial and lateral segments of the middle "
            + "lobe, in the lower lobe superior segment of the right lung.")?.segments == ["RML-medial", "RML-lateral", "RLL-superior"])
        #expect(try extract.finding("linear-atelectasis", in: "Linear atelectasis in the left lung lower lobe lateral and posterior segment, "
            + "right lung middle lobe medial segment.")?.segments == ["LLL-lateral-basal", "LLL-posterior-basal", "RML-medial"])
        #expect(try extract.finding("ground-glass-opacity", in: "Ground glass areas in the lateral part of the middle lobe of the right "
            + "lung.")?.segments == ["RML-lateral"])
        // "observed at the described levels": the places just named (audit S12).
        #expect(try extract.findings("Bronchiectasis is observed in the upper lobes of both lungs. Budding tree images are also "
            + "observed at the described levels.").last?.lobes == ["RUL", "LUL"])
        #expect(try extract.finding("nodule", in: "A nodule at the apical level of the left lung upper lobe.")?.segments
            == ["LUL-apicoposterior"])
        #expect(try extract.finding("atelectasis", in: "Mild atelectasis at the basal level of the lower lobe of the right lung.")?
            .segments == ["RLL-basal"])
        #expect(try extract.finding("nodule", in: "Nodules are observed in the superior right lung lower lobe.")?.segments
            == ["RLL-superior"])
        // MT segment names (audit E13): "the linear segment" (lingular), "the lateral right middle lobe".
        #expect(try extract.finding("nodule", in: "A nodule in the linear segment of the upper lobe of the left lung.")?.segments
            == ["lingula"])
        #expect(try extract.finding("nodule", in: "A nodule in the lateral right middle lobe.")?.segments == ["RML-lateral"])
        // "the posterior of the right lung upper lobe" is its posterior segment (audits T11, T12).
        #expect(try extract.finding("nodule", in: "A nodule in the posterior of the right lung upper lobe.")?.segments == ["RUL-posterior"])
        // "in both lungs on the right" (MT of "bilateral, more on the right") is both lungs; "both upper lobes of the right
        // lung" stays the right lung's (audit P12).
        #expect(try extract.finding("emphysema", in: "More diffuse emphysematous changes are observed in both lungs on the right.")?
            .laterality == .bilateral)
        #expect(try extract.finding("opacity", in: "There are patches of density in both upper lobe apical parts of the right lung.")?
            .laterality == .right)
        // "the apical level of the upper lobe" is its apical segment; "the apical level of the right lung" the apex (audit J12).
        #expect(try extract.finding("nodule", in: "A 3 mm nodule at the apical level of the upper lobe of the right lung.")?.segments
            == ["RUL-apical"])
        #expect(try extract.finding("nodule", in: "A 3 mm nodule at the apical level of the right lung.")?.segments == [])
        #expect(try extract.finding("emphysema", in: "Mild emphysema is observed at the apical levels in the upper lobe of the right "
            + "lung.")?.segments == ["RUL-apical"])
        // Audit L14: "right lung upper lobe apical level" (Turkish order) is the apical segment.
        #expect(try extract.finding("nodule", in: "A nodule of 6 mm is seen in the right lung upper lobe apical level.")?.segments
            == ["RUL-apical"])
        // Audit H14: the lower-middle lobe bronchus is one airway, no lower lobe of the finding.
        #expect(try extract.finding("mass", in: "A mass is obliterating the right lower-middle lobe bronchus.")?.lobes == [])
        // Audit S1: the side before the lobe ("the basal level of the right lower lobe"), the plural "basal levels of both
        // lower lobes", and a lingular segment named as part of the lingula (no lingula beside it).
        #expect(try extract.finding("nodule", in: "A nodule at the basal level of the right lower lobe.")?.segments == ["RLL-basal"])
        #expect(try extract.finding("septal-thickening", in: "Septal thickening at the basal levels of both lower lobes.")?.segments
            == ["LLL-basal", "RLL-basal"])
        let lingularPart = try #require(try extract.finding("linear-atelectasis", in: "Linear atelectasis in the inferior segment of the lingula."))
        #expect(lingularPart.segments == ["LUL-inferior-lingular"] && lingularPart.places == [])
        // "the basal level of the left lung lower lobe" is its basal segments, in both word orders (audit C14).
        #expect(try extract.finding("linear-atelectasis", in: "Linear atelectasis is seen at the basal level of the left lung lower lobe.")?
            .segments == ["LLL-basal"])
        #expect(try extract.finding("linear-atelectasis", in: "Linear atelectasis is seen at the basal level of the lower lobe of the left "
            + "lung.")?.segments == ["LLL-basal"])
        // Audit T52: the level said after the lobe ("the right lower lobe at the basal level") is the same basal segments;
        // the level said after a whole lung stays its base, no segment.
        #expect(try extract.finding("consolidation", in: "Patchy consolidation is seen in the right lower lobe at the basal level.")?
            .segments == ["RLL-basal"])
        #expect(try extract.finding("consolidation", in: "Patchy consolidation is seen in the right lung at the basal level.")?
            .segments == [])
        // "the apical region of the upper lobe" likewise (audit Z13); "the apical region of the lung" stays no segment.
        #expect(try extract.finding("mass", in: "A soft tissue lesion is seen in the apical region of the upper lobe of the left lung.")?
            .segments == ["LUL-apicoposterior"])
        #expect(try extract.finding("mass", in: "A soft tissue lesion is seen in the apical region of the left lung.")?.segments
            == [])
        // Audit PPPPPPPP, scan S6: posterolaterobasal and anterolaterobasal name both their segments (was only one part);
        // a plain "laterobasal" still names one.
        #expect(try extract.finding("consolidation", in: "Consolidation in the right lung lower lobe posterolaterobasal segment.")?
            .segments == ["RLL-posterior-basal", "RLL-lateral-basal"])
        #expect(try extract.finding("nodule", in: "A nodule in the left lung lower lobe anterolaterobasal segment.")?.segments
            == ["LLL-lateral-basal", "LLL-anteromedial-basal"])
        #expect(try extract.finding("nodule", in: "A nodule in the left lung lower lobe laterobasal segment.")?.segments
            == ["LLL-lateral-basal"])
    }

    @Test func placeWordsOfTheAudits() throws {
        // Audit TTTTTTT: "on the bilateral right side" (MT of "bilateral, most on the right") is both sides; "pretracheal" is
        // a mediastinal station.
        let septa = try #require(try extract.finding("septal-thickening", in: "Septal thickenings are observed on the bilateral right side."))
        #expect(septa.laterality == .bilateral)
        let node = try #require(try extract.finding("lymphadenopathy", in: "A lymph node of 2 cm is observed on the right pretracheal."))
        #expect(node.places.contains("mediastinum"))
    }

    /// A place after "and" that opens a clause with a subject and a verb of its own is not the first clause's finding's;
    /// places that open the sentence still frame both, and an "and" inside a place or a list before one verb opens no
    /// clause (audit mechanism M7).
    @Test func placesDoNotReachBackIntoAClauseBeforeASubjectOfItsOwn() throws {
        let split = try extract.findings("Bilateral bronchiectasis is observed, and peribronchial thickening and subsegmental "
            + "atelectasis are observed in the right middle lobe.")
        #expect(split.first { $0.type == "bronchiectasis" }?.lobes == [])
        #expect(split.first { $0.type == "subsegmental-atelectasis" }?.lobes == ["RML"])
        let emphysema = try #require(try extract.finding("centrilobular-emphysema", in: "Centrilobular emphysema is observed in "
            + "both lungs, and mild enlargement of the bronchial structures and peribronchial wall thickening are observed in the "
            + "central parts."))
        #expect(emphysema.places == [])
        let framed = try extract.findings("In the left kidney, a 15 mm calculus is observed in the upper pole, and two calculi "
            + "are observed in the lower pole.")
        #expect(framed.map(\.places) == [["kidney"], ["kidney"]])
        let nodes = try extract.findings("Lymph nodes are observed in the mediastinum and bilateral hilar regions, and no "
            + "enlarged lymph nodes are detected.")
        #expect(nodes.first?.places == ["mediastinum", "hilum"])
        let listed = try extract.findings("Emphysema and bullae are observed in the right upper lobe.")
        #expect(listed.map(\.lobes) == [["RUL"], ["RUL"]])
    }

    /// A participle right after a comma ("…, compressing the …", "…, surrounding the …") opens a clause about what the
    /// finding acts on: its places are not the finding's when the finding is placed elsewhere; an extension verb
    /// ("…, extending to the …") still places a new finding where it reaches (audit mechanism M10: participial clauses).
    @Test func placesInAParticipialClauseAreNotTheFindingsBeforeIt() throws {
        let pressing = try #require(try extract.finding("mass", in: "A mass is observed in the left upper lobe, compressing the "
            + "lower lobe bronchi."))
        #expect(pressing.lobes == ["LUL"])
        let around = try #require(try extract.finding("mass", in: "A lobulated mass is seen in the right lung apex, surrounding "
            + "the left subclavian artery."))
        #expect(around.laterality == .right)
        let reaching = try #require(try extract.finding("mass", in: "A mass is observed in the left upper lobe, extending to the "
            + "lower lobe."))
        #expect(reaching.lobes == ["LUL", "LLL"])
        let unplaced = try #require(try extract.finding("mass", in: "A soft tissue mass, surrounding the left main bronchus."))
        #expect(unplaced.laterality == .left)
    }

    /// In a list interrupted by an item placed after its words, a place after a later item is not shared back over a bare
    /// comma: the item between has no place; "and", a verb or no earlier placed item still share it (audit mechanism M8).
    @Test func aPlaceAfterAnInterruptedListIsNotSharedOverABareComma() throws {
        func lobes(_ sentence: String) throws -> [String: [String]] {
            Dictionary(try extract.findings(sentence).map { ($0.type, $0.lobes) }, uniquingKeysWith: { a, _ in a })
        }
        let interrupted = try extract.findings("Emphysema in both lungs, ground glass densities, a consolidation area in the left "
            + "lower lobe.")
        let glass = try #require(interrupted.first { $0.type == "ground-glass-opacity" })
        #expect(glass.laterality == .none && glass.lobes == [])
        #expect(interrupted.first { $0.type == "consolidation" }?.lobes == ["LLL"])
        // Shared: joined by "and", a list with no placed item before, a verb before the place.
        #expect(try lobes("Emphysema in both lungs, ground glass densities and a consolidation area in the left lower lobe.")[
            "ground-glass-opacity"] == ["LLL"])
        #expect(try lobes("Consolidation, ground glass areas and septal thickening in the right lower lobe.")["consolidation"]
            == ["RLL"])
        #expect(try lobes("Mosaic attenuation in both lungs, septal thickening, subpleural bands are observed in the lower "
            + "lobes.")["septal-thickening"] == ["RLL", "LLL"])
    }

    /// A list item placed by its own words outside the lungs and pleura ("Pericardial effusion") interrupts the list: a
    /// place after a later item is not shared back over a bare comma with an item between that names none. An item placed
    /// on its words in the lungs or pleura ("subpleural bands"), no such item, or "and" still share it.
    @Test func anItemPlacedOutsideTheLungsInterruptsTheList() throws {
        let row = try extract.findings("Minimal pericardial effusion, a port catheter, subsegmental atelectasis in the basal "
            + "segments of both lungs.")
        let catheter = try #require(row.first { $0.type == "medical-material" })
        #expect(catheter.laterality == .none && catheter.lobes == [] && catheter.segments == [])
        let atelectasis = try #require(row.first { $0.type == "subsegmental-atelectasis" })
        #expect(atelectasis.laterality == .bilateral && atelectasis.lobes == ["RLL", "LLL"])
        // Shared: an item placed in the pleura, no placed item, "and" joining the place's item to the one before.
        #expect(try extract.finding("bronchiectasis", in: "Pleural thickening, traction bronchiectasis, honeycombing in the "
            + "lower lobes.")?.lobes == ["RLL", "LLL"])
        #expect(try extract.finding("linear-atelectasis", in: "Linear atelectasis, bronchiectasis, peribronchial thickening "
            + "in both lower lobes.")?.lobes == ["RLL", "LLL"])
        #expect(try extract.finding("ground-glass-opacity", in: "Minimal pericardial effusion, ground glass areas and "
            + "consolidation in the right lower lobe.")?.lobes == ["RLL"])
    }

    /// "in places", "from place to place" are an item's own place, saying nowhere: the item after it lends it no side nor lobe,
    /// and it stays open to a place after it and to a pronoun's places (audit mechanism M15).
    @Test func inPlacesIsAnItemsOwnVaguePlace() throws {
        let list = try extract.findings("Ground glass densities in places, a consolidation area in the left lower lobe.")
        let glass = try #require(list.first { $0.type == "ground-glass-opacity" })
        #expect(glass.laterality == .none && glass.lobes == [])
        #expect(list.first { $0.type == "consolidation" }?.lobes == ["LLL"])
        let spread = try #require(try extract.finding("ground-glass-opacity", in: "Ground glass densities from place to place, "
            + "septal thickening in the right lower lobe."))
        #expect(spread.laterality == .none)
        // Not vague: a place after it, and a pronoun's place.
        #expect(try extract.finding("ground-glass-opacity", in: "Ground glass densities in places in the right lower lobe.")?
            .lobes == ["RLL"])
        #expect(try extract.finding("consolidation", in: "Ground glass densities are seen in both lungs, and they are "
            + "consolidated in places.")?.laterality == .bilateral)
    }

    /// The place passes that have nothing to do return early (no phrase placed, no place taken from before a phrase, no
    /// "in places"): a sentence that needs one is still read by it, and one that does not is read as before.
    @Test func placePassesWithNothingToDoLeaveTheSentenceAlone() throws {
        // A place an earlier clause names ("both kidneys … , and") is not the lesion's that names its own; a frame is.
        #expect(try extract.finding("low-density", in: "The cortical contour of both kidneys is irregular, and a hypodense "
            + "lesion is observed in the left kidney.")?.laterality == .left)
        #expect(try extract.finding("low-density", in: "In both kidneys, hypodense lesions are observed.")?.laterality
            == .bilateral)
        // "in places" ends the sharing back of the place after the next item; without it the list shares the lobe.
        let vague = try extract.findings("Ground glass areas in places, a nodule in the left upper lobe.")
        #expect(vague.map(\.laterality) == [.none, .left])
        let shared = try extract.findings("Consolidation and ground glass areas in the right upper lobe.")
        #expect(shared.map(\.lobes) == [["RUL"], ["RUL"]])
        // A later item's organ word is no place of the item before it; with no place at all both stay unplaced.
        let organ = try extract.findings("Slight pericardial effusion, mosaic attenuation pattern.")
        #expect(organ.first { $0.type == "mosaic-attenuation" }?.category?.rawValue == "1f")
        let unplaced = try extract.findings("Emphysema, mosaic attenuation pattern.")
        #expect(unplaced.map(\.type) == ["emphysema", "mosaic-attenuation"] && unplaced.allSatisfy { $0.laterality == .none })
    }

    /// The side a finding is compared with ("compared to the left", "than the right lung") is the reference, not a place of
    /// the finding (audit mechanism M20a).
    @Test func aSideComparedWithIsNoPlace() throws {
        #expect(try extract.finding("thickening", in: "An asymmetrical increase in thickness is observed in the fibers of the right "
            + "sciatic nerve compared to the left.")?.laterality == .right)
        #expect(try extract.finding("volume-loss", in: "The left lung volume is smaller compared to the right.")?.laterality == .left)
        #expect(try extract.finding("atelectasis", in: "There is atelectasis in the left lung, whose volume is smaller than the "
            + "right lung.")?.laterality == .left)
        // Not a comparison with a side: both sides named as places, a comparison with an earlier study.
        #expect(try extract.finding("pleural-effusion", in: "Pleural effusion is observed on the left and the right.")?.laterality
            == .bilateral)
        #expect(try extract.finding("nodule", in: "The nodules in both lungs are stable compared to the previous examination.")?
            .laterality == .bilateral)
    }

    /// Scan T47 places from the data: a nodule's base said by "the base of which" is its own (a relative clause opener, no
    /// lung base); the interatrial septum is the heart's; the pulmonary vascular structures are the pulmonary arteries, not
    /// the aorta of a bare "vascular structures"; the GIS (gastrointestinal system) segments are the bowel; a bone lesion
    /// is the bones' (its type's organ).
    @Test func scanT47PlacesFromTheData() throws {
        let nodule = try #require(try extract.findings("""
            A 6 mm nodule is observed in the lateral segment of the right lower lobe, the base of which lies on the fissure.
            """).first)
        #expect(nodule.places == ["fissure"] && nodule.segments == ["RLL-lateral-basal"])
        // the lung base itself stays one, also with a relative clause after it
        #expect(try extract.findings("Atelectasis is observed at the base of the right lung, which is also present on the left.")
            .first?.places.contains("lung-base") == true)
        #expect(try extract.findings("Surgical material is observed in the interatrial area after the closure of the defect.")
            .first?.places == ["heart"])
        let clot = try extract.findings("No filling defect in favor of embolism is observed in the pulmonary vascular structures.")
        #expect(clot.map(\.places) == [["pulmonary-artery"], ["pulmonary-artery"]])
        // bare vascular structures stay the aorta's
        #expect(try extract.findings("Calcified atheroma plaques are observed in the vascular structures.").first?.places
            == ["aorta"])
        #expect(try extract.findings("No pathological wall thickening is observed in the GIS segments.").first?.places == ["bowel"])
        #expect(try extract.findings("No pathological wall thickening is observed in the esophagus.").first?.places == ["esophagus"])
        // a bone lesion named with no bone word is the bones' (its type's organ); one placed in a rib stays there alone
        #expect(try extract.findings("No lytic-destructive lesion was detected.").first?.places == ["bone"])
        let rib = try #require(try extract.findings("A lytic lesion is observed in the left 5th rib.").first)
        #expect(rib.places == ["bone"] && rib.laterality == .left)
    }

    /// Audit T49: the side word of "the right upper quadrant" is the finding's side, as of any organ ("a solid mass … in the
    /// upper pole of the kidney" there is on the right), and "right upper" there names no upper lobe.
    @Test func anUpperQuadrantTakesItsSideWord() throws {
        let mass = try #require(try extract.findings("""
            In the right upper quadrant, a solid mass of 28 mm is observed in the upper pole of the kidney.
            """).first)
        #expect(mass.laterality == .right && mass.lobes.isEmpty && mass.places == ["abdomen", "kidney"])
        let fluid = try #require(try extract.findings("Minimal free fluid is seen in the left upper quadrant.").first)
        #expect(fluid.laterality == .left && fluid.places == ["abdomen"])
    }
}

/// Segment and lobe places that keep or find their side (audit mechanism M25).
@Suite struct SegmentSideTests {
    let extract = try! Extract()

    /// A lobe straight after a lobe's segment, with no comma, starts another place: the segment stays its lobe's.
    @Test func aLobeAfterALobesSegmentStartsAnotherPlace() throws {
        let list = try #require(try extract.finding("nodule", in: "Nodules are seen in the right lung upper lobe posterior middle lobe "
            + "and the left lung lower lobe."))
        #expect(list.lobes == ["RUL", "RML", "LLL"])
        #expect(list.segments == ["RUL-posterior"])
        #expect(try extract.finding("atelectasis", in: "Atelectasis in the right lung middle lobe medial segment lower lobe.")?.lobes
            == ["RML", "RLL"])
        // Not another place: the lobe the segment is "of".
        #expect(try extract.finding("nodule", in: "A nodule in the posterior segment of the lower lobe of the left lung.")?.segments
            == ["LLL-posterior-basal"])
    }

    /// A segment name of no lobe under both lungs that only one lung's segment has is no segment: both lungs, no lobe.
    @Test func aSegmentOnlyOneLungHasIsNoneOfBothLungs() throws {
        let both = try #require(try extract.finding("atelectasis", in: "Dependent atelectasis is seen in the posterior segments of "
            + "both lungs."))
        #expect(both.laterality == .bilateral && both.lobes == [] && both.segments == [])
        // A name both lungs have, and one of a lobe named.
        #expect(try extract.finding("emphysema", in: "Emphysema in the apical segments of both lungs.")?.lobes == ["RUL", "LUL"])
        #expect(Set(try extract.finding("atelectasis", in: "Atelectasis in the lower lobe posterior segments of both lungs.")?.segments
            ?? []) == ["RLL-posterior-basal", "LLL-posterior-basal"])
    }

    /// A lingular segment after a place of the right lung says its own side: the left.
    @Test func aLingularSegmentAfterARightPlaceIsTheLefts() throws {
        let band = try #require(try extract.finding("linear-atelectasis", in: "Linear atelectasis is observed in the right lung lower lobe "
            + "lateral and superior lingular segment."))
        #expect(band.laterality == .bilateral)
        #expect(band.lobes == ["RLL", "LUL"])
        #expect(band.segments == ["RLL-lateral-basal", "LUL-superior-lingular"])
        // A segment name the right lung has stays on the right.
        #expect(try extract.finding("linear-atelectasis", in: "Linear atelectasis is observed in the right lung middle lobe and lateral "
            + "segment.")?.laterality == .right)
    }

    /// Segment names listed under one plural head say no lung of their own: without a side they take the one said before.
    @Test func listedSegmentsTakeTheSideSaidBefore() throws {
        let parser = try ReportParserTests.engine.makeParser()
        let report = try parser.parse(id: "m25", text: "FINDINGS: Consolidation areas are observed in the left lung lower lobe. "
            + "Compared with the previous examination, the nodules in the medio and posterobasal segments have grown.")
        let nodule = try #require(report.findings.first { $0.type == "nodule" })
        #expect(nodule.laterality == .left)
        #expect(nodule.segments == ["LLL-anteromedial-basal", "LLL-posterior-basal"])
        // One segment name in the plural, and lobes in the plural, are both lungs'.
        #expect(try extract.finding("atelectasis", in: "Atelectasis in the lower lobe posterobasal segments.")?.laterality == .bilateral)
        #expect(try extract.finding("nodule", in: "Nodules in the anterior and posterior segments of the upper lobes.")?.laterality
            == .bilateral)
    }

    /// A lung finding of a later item of the clause, placed nowhere that says a side, is in the whole lungs the finding
    /// before it is placed in; not when that one is placed in a lobe, another side is said, a denial starts, or a finding
    /// outside the lungs stands between (`placesOfWholeLungsBefore`).
    @Test func aLaterItemIsInTheLungsOfTheItemBefore() throws {
        #expect(try extract.finding("bronchiectasis", in: "Emphysematous areas in the right lung and cylindrical bronchiectasis "
            + "reaching the hilum are observed.")?.laterality == .right)
        #expect(try extract.finding("bronchial-wall-thickening", in: "Varicose bronchiectasis is seen in both lungs and bronchial "
            + "wall thickening is present.")?.laterality == .bilateral)
        // A comma list of lung findings after one in both lungs.
        #expect(try extract.finding("nodule", in: "Centrilobular emphysema in both lungs, mild bronchiectasis, a few millimetric "
            + "nodules.")?.laterality == .bilateral)
        #expect(try extract.finding("nodule", in: "Sequela fibrotic bands in the left lung and a few millimetric nodules are "
            + "noted.")?.laterality == .left)
        // A lobe says where its finding is, not where the next item is.
        #expect(try extract.finding("ground-glass-opacity", in: "Consolidation in the left lung lower lobe and ground glass areas "
            + "are observed.")?.laterality == Laterality.none)
        // Another side in the sentence, a denial, or an item outside the lungs between: no side lent.
        #expect([Laterality.none, .left].contains(try extract.finding("nodule", in: "Bullae in the right lung and nodules are "
            + "observed, with pleural thickening on the left.")?.laterality))
        #expect(try extract.finding("nodule", in: "Emphysematous changes are seen in both lungs and no nodule is "
            + "detected.")?.laterality == Laterality.none)
        #expect(try extract.finding("nodule", in: "Atelectasis in the right lung, pericardial effusion and nodules are "
            + "observed.")?.laterality == Laterality.none)
    }

    /// A list's places go to the group of phrases before each (`assignPlaces`): the group starts afresh after a place, so a
    /// later item takes none of an earlier group's place and lends it none of its own.
    @Test func eachGroupOfAListTakesItsOwnPlace() throws {
        let findings = try extract.findings(
            "Emphysema in both upper lobes, a nodule in the right middle lobe, bronchiectasis and mucus plugs in the left lower lobe.")
        #expect(findings.map { "\($0.type) \($0.lobes.joined(separator: "+"))" }
            == ["emphysema RUL+LUL", "nodule RML", "bronchiectasis LLL", "mucus-plug LLL"])
    }

    /// Two findings one phrase lists separate their places when the sides differ (``separateConjuncts``), unless a hyphen or
    /// "or" joins them: then they are one finding named two ways, and both keep every place.
    @Test func alternativesKeepTheirPlacesTogether() throws {
        func sides(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.laterality.rawValue)" }
        }
        #expect(try sides("Right pleural effusion, consolidation in the left lower lobe.")
            == ["pleural-effusion right", "consolidation left"])
        #expect(try sides("Right pleural effusion-thickening in the left hemithorax.")
            == ["pleural-effusion bilateral", "pleural-thickening bilateral"])
        #expect(try sides("Right pleural effusion or thickening in the left lower lobe.")
            == ["pleural-effusion bilateral", "pleural-thickening bilateral"])
    }

    /// An en dash between two finding words, spaced or not, joins a pair as the hyphen does: both halves share the side
    /// and the organ said before the first (val 328_a). Before a clause with no finding it adds nothing.
    @Test func anEnDashPairSharesItsSideAndPlaceAsAHyphenedOneDoes() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map {
                "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue) \($0.places.joined(separator: "+"))"
            }
        }
        let pair = ["pleural-thickening absent bilateral pleura", "pleural-effusion absent bilateral pleura"]
        #expect(try read("Bilateral pleural thickening – effusion was not detected.") == pair)
        #expect(try read("Bilateral pleural thickening–effusion was not detected.") == pair)
        #expect(try read("Bilateral pleural thickening-effusion was not detected.") == pair)
        #expect(try read("Bilateral pleural thickening – stable compared with the previous examination.")
            == ["pleural-thickening present bilateral pleura"])
    }

    /// A header ending in ";" that lists lobes or segments lists where the next sentence's lung findings are, beside the
    /// places they name: its lobes, segments and sides are added to theirs (audit row val 479). Not a header naming a side
    /// or the lungs only, not a header ended otherwise, not past the sentence right after it, not a finding of another organ.
    @Test func aHeaderListingLobesPlacesTheNextSentencesFindingsThereToo() throws {
        let parser = try ReportParserTests.engine.makeParser(explain: true)
        func places(_ text: String) throws -> [String] {
            try parser.parse(id: "m119", text: "FINDINGS: " + text).findings.map {
                "\($0.type) \($0.laterality.rawValue) \($0.lobes.joined(separator: ",")) \($0.segments.joined(separator: ","))"
            }
        }
        // Placed in the other lung: both lungs, the header's lobes and segments added to the finding's own.
        #expect(try places("Left lung upper lobe anterior segment, lower lobe superior segment; Subsegmental atelectasis is seen "
            + "in the right lung middle lobe lateral segment.")
            == ["subsegmental-atelectasis bilateral RML,LUL,LLL RML-lateral,LUL-anterior,LLL-superior"])
        // Placed on the header's side, or nowhere: the header's lobe and segment.
        #expect(try places("Right lung lower lobe posterobasal segment; Ground glass densities are also seen in the right lung "
            + "middle lobe.") == ["ground-glass-opacity right RML,RLL RLL-posterior-basal"])
        #expect(try places("Right lung upper lobe posterior segment; Ground glass densities are observed.")
            == ["ground-glass-opacity right RUL RUL-posterior"])
        let framed = try parser.parse(id: "m119", text: "FINDINGS: Left lung lower lobe superior segment; Nodules are seen in the "
            + "right lung upper lobe.")
        #expect(framed.findings.first?.explanation.contains { $0.role == "framed-by" && $0.origin == "sentence 0" } == true)
        // A header naming a side or the lungs only places no finding that has a place of its own.
        #expect(try places("In the left lung; Nodules are seen in the right lung upper lobe.") == ["nodule right RUL "])
        #expect(try places("When examined in the lung parenchyma window; Nodules are seen in the right lung upper lobe.")
            == ["nodule right RUL "])
        // A place list ended by a full stop is no header; the sentence after the next is not framed; a kidney cyst takes no lobe.
        #expect(try places("Left lung lower lobe superior segment. Nodules are seen in the right lung upper lobe.")
            == ["nodule right RUL "])
        #expect(try places("Left lung lower lobe superior segment; Nodules are seen in the right lung upper lobe. Atelectasis is "
            + "seen in the right lung middle lobe.")
            == ["nodule bilateral RUL,LLL LLL-superior", "atelectasis right RML "])
        #expect(try places("Left lung lower lobe superior segment; A cyst is seen in the right kidney.").allSatisfy {
            !$0.contains("LLL")
        })
    }

    /// What an interpretation cue or brackets say a finding outside the lungs is, placed by its own words only in that
    /// finding's organ ("a parapelvic cyst", "thyroid nodule"), is on that finding's side (audit rows lab 596, lab 184). A
    /// reading naming another structure keeps its own places, with no side.
    @Test func aReadingPlacedInTheOrganOfTheFindingItReadsTakesItsSide() throws {
        let parser = try ReportParserTests.engine.makeParser()
        func places(_ text: String) throws -> [String] {
            try parser.parse(id: "m127", text: "FINDINGS: " + text).findings.map {
                "\($0.type) \($0.laterality.rawValue) \($0.places.joined(separator: ","))"
            }
        }
        #expect(try places("There is a hypodense lesion in the upper part of the left kidney, which may be compatible with a "
            + "parapelvic cyst.") == ["low-density left kidney", "cyst left kidney"])
        #expect(try places("A solid lesion of 22 mm with smooth contours is observed in the left thyroid lobe (thyroid nodule?).")
            .last == "nodule left thyroid")
        // Another organ named by the reading: its own place, no side.
        #expect(try places("A hypodense lesion is observed in the upper pole of the right kidney (adrenal adenoma?).")
            .last?.hasPrefix("adenoma none adrenal") == true)
    }

    /// A finding its places split in two types (`<in>` of findings.xml) is, in each, only where that type was chosen: the
    /// phrase's own type keeps the places no rule moved; a lobe no rule moves stays with both.
    @Test func aFindingSplitByPlaceKeepsThePlacesOfEachType() throws {
        let plaques = try extract.findings("Calcified atheroma plaques are observed in the aorta and coronary arteries.")
        #expect(plaques.first { $0.type == "arterial-wall-calcification" }?.places == ["aorta"])
        #expect(plaques.first { $0.type == "coronary-artery-calcification" }?.places == ["coronary-artery"])
        let nodes = try extract.findings("No lymph node was observed in the mediastinum, hilum or axilla.")
        #expect(nodes.first { $0.type == "lymphadenopathy" }?.places == ["mediastinum", "hilum"])
        #expect(nodes.first { $0.type == "extrathoracic-lymph-node" }?.places == ["axilla"])
        // Not split: one structure, one type.
        let coronary = try extract.findings("Calcified atheroma plaques are observed in the coronary arteries.")
        #expect(coronary.map(\.type) == ["coronary-artery-calcification"])
        #expect(coronary.first?.places == ["coronary-artery"])
        // A lobe no rule moves says where for both types.
        let pleura = try extract.findings("There are sequelae thickenings in the costal pleura in the right lung lower lobe.")
        #expect(pleura.first { $0.type == "pleural-thickening" }?.lobes == ["RLL"])
    }

    /// Mechanism 132: a type whose own word names its organ (`organ` in findings.xml) placed in no part of it is placed there
    /// too, beside its own places and on no side, denied or not; one placed in that organ keeps only its own places.
    @Test func aTypeNamingItsOrganIsInThatOrgan() throws {
        let named = try extract.findings("""
            Hepatosteatosis is observed in the upper abdominal sections. Sliding type hiatal hernia is observed. \
            Cardiomegaly. Scoliosis is observed. No finding in favor of pulmonary embolism.
            """)
        #expect(named.map { "\($0.type) \($0.places)" } == ["hepatosteatosis [\"abdomen\", \"liver\"]",
            "hiatal-hernia [\"esophagus\"]", "cardiomegaly [\"heart\"]", "scoliosis [\"bone\"]",
            "pulmonary-embolism [\"pulmonary-artery\"]"])
        #expect(named.allSatisfy { $0.laterality == Laterality.none })
        // Placed in its organ or a part of it already, or of no type naming an organ: only its own places.
        let placed = try extract.findings("""
            Hepatosteatosis is observed in the left lobe of the liver. A hypodense lesion in the upper abdominal sections. \
            Pericardial effusion was not observed.
            """)
        #expect(placed.map { "\($0.type) \($0.places)" } == ["hepatosteatosis [\"liver\"]", "low-density [\"abdomen\"]",
            "pericardial-effusion [\"pericardium\"]"])
        let explained = try #require(try Extract(explain: true).findings("Splenomegaly is observed.").first)
        #expect(explained.places == ["spleen"] && explained.explanation.last?.role == "organ")
    }

    /// Mechanism 149: a finding of a pleural type that names no side of its own is on the sides its clause's lung places
    /// say, in none of their lobes; not past a scope end, not denied, not one named in brackets, and a side of its own
    /// stands.
    @Test func aPleuralFindingTakesTheSideItsClauseGivesTheLung() throws {
        let both = try extract.findings("""
            Minimal thickening is observed in the pleura accompanying the ground glass in the upper lobe on the right and \
            the lower lobe posterior on the left.
            """)
        let thickening = try #require(both.first { $0.type == "pleural-thickening" })
        #expect(thickening.laterality == .bilateral && thickening.lobes.isEmpty && thickening.places == ["pleura"])
        let right = try extract.findings("""
            In the right lung upper lobe posterior segment, a slight ground glass area and minimal pleural thickening were \
            observed.
            """)
        #expect(right.first { $0.type == "pleural-thickening" }?.laterality == .right)
        let lists = try extract.findings("""
            Peripheral subpleural lines, contour irregularities in the pleura and thickening of the interlobular septa were \
            observed in both lungs.
            """)
        #expect(lists.first { $0.type == "pleural-irregularity" }?.laterality == .bilateral)
        let explained = try Extract(explain: true).findings("""
            Peribronchial thickenings are observed in the right lung middle lobe accompanied by pleural calcifications.
            """)
        let calcification = try #require(explained.first { $0.type == "pleural-thickening" })
        #expect(calcification.laterality == .right && calcification.lobes.isEmpty)
        #expect(calcification.explanation.contains { $0.role == "side-from" && $0.text == "right lung middle lobe" })
        // A side of its own stands; past a scope end, denied, or named in brackets it takes none.
        let own = try extract.findings("Right pleural effusion and left lower lobe atelectasis.")
        #expect(own.first { $0.type == "pleural-effusion" }?.laterality == .right)
        let apart = try extract.findings("Atelectasis in the left lower lobe; pleural thickening.")
        #expect(apart.first { $0.type == "pleural-thickening" }?.laterality == Laterality.none)
        let denied = try extract.findings("No nodule was observed in the right lung, and no pleural effusion was detected.")
        #expect(denied.first { $0.type == "pleural-effusion" }?.laterality == Laterality.none)
        let aside = try extract.findings("""
            Density increases in the apical segments of both lungs, thickening of the posterior pleura and an increase in \
            the thickness of the subpleural fat were observed (sequelae changes).
            """)
        #expect(aside.first { $0.type == "pleural-thickening" }?.laterality == .bilateral)
        #expect(aside.first { $0.type == "fibrotic-sequela" }?.laterality == Laterality.none)
    }

    /// A nodule placed in the pleura is a pleural nodule (no Lung nodule), also "in the pleura in the right lung", whose lung
    /// only says whose pleura it is; one next to the pleura, one lent a pleural place from before its phrase, one on a
    /// fissure, or along a fissure with a pleural extension is a lung nodule, one finding.
    @Test func aNoduleInThePleuraIsAPleuralNodule() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.laterality.rawValue) \($0.places) \($0.labels.map(\.rawValue))" }
        }
        #expect(try read("Nodular lesions are seen in the pleura in the left lung.")
                == ["pleural-nodule left [\"pleura\"] []"])
        #expect(try read("A few nodules are seen in the pleura.") == ["pleural-nodule none [\"pleura\"] []"])
        #expect(try read("A 5 mm nodule is seen adjacent to the pleura in the left lung.")
                == ["nodule left [\"pleura\"] [\"Lung nodule\"]"])
        #expect(try read("A 4 mm nodule is seen adjacent to the pleura.") == ["nodule none [\"pleura\"] [\"Lung nodule\"]"])
        // A pleural place lent from before the phrase (another finding's word) does not retype it.
        #expect(try read("No pleural effusion or pneumothorax is seen, but there is a nodule.").last
                == "nodule none [\"pleura\"] [\"Lung nodule\"]")
        #expect(try read("A 3 mm nodule is seen on the fissure in the right lung.")
                == ["nodule right [\"fissure\"] [\"Lung nodule\"]"])
        #expect(try read("A 6 mm nodule lies along the left major fissure with a pleural extension.")
                == ["nodule left [\"major-fissure\", \"pleura\"] [\"Lung nodule\"]"])
    }

    /// probe P171: a segment number names a lung segment only with its lobe said: the sacral "S1" stays the spine's.
    @Test func aVertebraNumberIsNoLungSegment() throws {
        let findings = try extract.findings("Osteophytes and a sclerotic lesion at the L5-S1 level and in the S1 vertebra.")
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.segments.isEmpty && $0.lobes.isEmpty && $0.places == ["bone"] })
    }

    /// probe m174: the number after "segment" names the segment of the lobe said ("segment 6 of the right lower lobe"), as
    /// "S6" does; the liver's numbered segments name none.
    @Test func aSegmentNumberAfterItsHeadNamesTheLobesSegment() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.laterality.rawValue) \($0.lobes) \($0.segments) \($0.places)" }
        }
        #expect(try read("A 5 mm nodule is seen in segment 6 of the right lower lobe.") == ["right [\"RLL\"] [\"RLL-superior\"] []"])
        #expect(try read("A nodule is seen in the left upper lobe segment 1-2.")
                == ["left [\"LUL\"] [\"LUL-apicoposterior\"] []"])
        #expect(try read("Nodules are seen in segment 6 and segment 10 of the left lower lobe.")
                == ["left [\"LLL\"] [\"LLL-superior\", \"LLL-posterior-basal\"] []"])
        #expect(try read("A hypodense lesion of 10 mm is seen in segment 7 of the liver.") == ["none [] [] [\"liver\"]"])
    }

    /// probe P171: the costophrenic sinus (recess, angle) is the pleural space, so fluid there is a pleural effusion.
    @Test func fluidInTheCostophrenicSinusIsPleural() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.laterality.rawValue) \($0.places)" }
        }
        #expect(try read("Minimal fluid is seen in the left posterior costophrenic recess.")
                == ["pleural-effusion left [\"pleural-space\"]"])
        #expect(try read("A small effusion in the right costophrenic sinus.") == ["pleural-effusion right [\"pleural-space\"]"])
        // Fluid elsewhere in the chest wall stays fluid.
        #expect(try read("Minimal fluid is seen in the left axilla.").map { $0.hasPrefix("pleural-effusion") } == [false])
    }

    /// probe m174: a structure each side has one of (`paired`), named in the plural with no side word, is on both sides;
    /// in the singular it says no side.
    @Test func aPairedStructureInThePluralIsOnBothSides() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.laterality.rawValue) \($0.places)" }
        }
        #expect(try read("Lymph nodes are seen at the level of the hila, the largest 12 mm.")
                == ["lymphadenopathy bilateral [\"hilum\"]"])
        #expect(try read("Minimal fluid is observed in the costophrenic sinuses.") == ["pleural-effusion bilateral [\"pleural-space\"]"])
        // The singular names no side.
        #expect(try read("A lymph node of 12 mm is seen in the hilum.") == ["lymphadenopathy none [\"hilum\"]"])
    }

    @Test func aFindingThatAccompaniesItIsWhereItIs() throws {
        // "accompanies it" said by the verb, as "accompanying it": the added finding is where the one before it is.
        let findings = try extract.findings("Consolidation is observed in the left lung lower lobe, and atelectasis accompanies it.")
        #expect(findings.map(\.type) == ["consolidation", "atelectasis"])
        #expect(findings.map(\.laterality) == [.left, .left])
        #expect(findings.last?.lobes == ["LLL"])
        #expect(try extract.findings("Nodules are seen in the right lung lower lobe, and ground glass halos accompany them.")
            .map(\.laterality) == [.right, .right])
    }

    /// "A mass in the right hilum. Atelectasis is observed distal to it.": what lies beyond the finding before, along its
    /// airway, is on its side.
    @Test func aFindingDistalToItIsOnTheSideOfTheOneBefore() throws {
        let parser = try ReportParserTests.engine.makeParser()
        let findings = try parser.parse(id: "d1", text: "FINDINGS: A mass of 25 mm is observed in the left lung hilum. Subsegmental "
            + "atelectasis is observed distal to it.").findings
        #expect(findings.map(\.laterality) == [.left, .left])
    }

    /// Audit T50: a zone word between a modifier and its head, or between two modifiers, is a place of the one finding
    /// the phrase names, no cut that leaves the modifier a finding of its own.
    @Test func aZoneWordInsideAPhraseKeepsItWhole() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.places)" }
        }
        #expect(try read("A calcified subpleural nodule is seen in the right lower lobe.") == ["nodule [\"subpleural-region\"]"])
        #expect(try read("Linear subpleural atelectasis is seen in the left lower lobe.")
                == ["linear-atelectasis [\"subpleural-region\"]"])
        #expect(try read("A nodular subpleural ground glass area is seen in the left lower lobe.")
                == ["ground-glass-opacity [\"subpleural-region\"]"])
        // Not across "and": the zone is the next item's only.
        #expect(try read("Calcified nodules and subpleural ground glass areas are seen in the right lung.")
                == ["nodule []", "ground-glass-opacity [\"subpleural-region\"]"])
    }
}
