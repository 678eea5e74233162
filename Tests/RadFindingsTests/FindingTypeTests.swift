import RadFindings
import RadTestSupport
import Testing

/// Finding types, categories and labels: how modifiers, adjectives and places combine.
@Suite struct FindingTypeTests {
    let extract = try! Extract()

    static let categories: [(String, String, String)] = [
        ("Linear atelectasis in the lingula.", "linear-atelectasis", "2a"),
        ("Fissuritis is observed in the right major fissure.", "pleural-thickening", "2e"),
        // probe P171: fluid said to be fissural is pleural (as interlobar fluid); a fissural thickening is no effusion.
        ("Minimal fissural fluid is seen on the right.", "pleural-effusion", "2e"),
        ("Fissural thickening is seen on the right.", "pleural-thickening", "2e"),
        // An opacity showing air bronchograms is a consolidation; a consolidation with them stays one.
        ("Right middle lobe opacification with air bronchograms.", "consolidation", "2b"),
        ("Areas of increased density with air bronchograms in both lungs.", "consolidation", "2b"),
        ("Consolidation with air bronchograms in the left lower lobe.", "consolidation", "2b"),
        ("A branch view with faint buds in the right upper lobe.", "tree-in-bud", "1e"),
        ("A 7 mm area of free air is observed in the right hemithorax.", "pneumothorax", "2g"),
        ("A pulmonary arteriovenous malformation in the basal segment of the left lower lobe.", "arteriovenous-malformation", "2d"),
        ("A subpleural lymph node of 5 mm is seen adjacent to the major fissure.", "intrapulmonary-lymph-node", "2d"),
        ("Fibrotic sequelae changes in the right upper lobe.", "fibrotic-sequela", "2a"),
        ("Fibrotic bands in both lungs.", "fibrotic-band", "2a"),
        ("Numerous nodules in both lungs.", "nodule", "2d"),
        ("Micronodules in both lungs.", "micronodule", "1e"),
        ("Tree-in-bud opacities in the right lower lobe.", "tree-in-bud", "1e"),
        ("Centrilobular nodular opacities in the right lower lobe.", "centrilobular-opacity", "1e"),
        ("Centriacinar nodules are observed in both lungs.", "centrilobular-nodule", "1e"),
        ("Mass-like consolidation in the posterior basal segment of the right lower lobe.", "consolidation", "2b"),
        ("A mass-like lesion with spiculated margins in the left upper lobe.", "mass", "2d"),
        ("Nodular-like densities in the lingula.", "nodular-opacity", "2d"),
        // A size word between the qualifiers and the noun; the "centro-" spelling.
        ("Centroacinar subcentimeter nodules in both lungs.", "centrilobular-nodule", "1e"),
        ("Areas of nodular density increase were observed in the left lower lobe.", "nodular-opacity", "2d"),
        ("Nodules of ground glass densities were observed in the lingula.", "ground-glass-nodule", "2c"),
        ("Nodular ground-glass opacities in the right upper lobe.", "ground-glass-opacity", "2c"),
        ("A ground-glass nodule in the left upper lobe.", "ground-glass-nodule", "2c"),
        ("Paraseptal emphysema in both upper lobes.", "paraseptal-emphysema", "1c"),
        ("Panlobular emphysematous changes are observed in both lungs.", "panacinar-emphysema", "1c"),
        // Fibroatelectasis is atelectasis (2b); in a line it is a linear opacity (2a).
        ("Fibroatelectatic changes in the right middle lobe.", "fibroatelectasis", "2b"),
        ("Linear fibroatelectatic changes in the right middle lobe.", "linear-fibroatelectasis", "2a"),
        ("Band-like fibroatelectatic changes in the lingula.", "linear-fibroatelectasis", "2a"),
        ("Peribronchial thickening in both lower lobes.", "peribronchial-thickening", "1a"),
        ("Bronchial wall thickening in both lower lobes.", "bronchial-wall-thickening", "1a"),
        ("Interlobular septal thickening in both lungs.", "septal-thickening", "1d"),
        ("Mosaic attenuation pattern in both lungs.", "mosaic-attenuation", "1f"),
        // Misspellings seen in CT-RATE reports, written in our own sentences.
        ("Diffuse mosaic atteniation pattern in both lungs.", "mosaic-attenuation", "1f"),
        ("Minimal peribrochial thickening in the lower lobes.", "peribronchial-thickening", "1a"),
        ("Patchy condolidation areas in the left lower lobe.", "consolidation", "2b"),
        ("Band atelectic change in the middle lobe of the right lung.", "linear-atelectasis", "2a"),
        ("Fibroatelactasis changes in the lingula.", "fibroatelectasis", "2b"),
        ("Minimal pleuraparenchymal sequelae changes in both lung apices.", "fibrotic-sequela", "2a"),
        ("Loculated empyema in the left hemithorax.", "empyema", "2e"),
        ("A subpleural calcified plaque in the left hemithorax measuring 30x12 mm.", "pleural-thickening", "2e"),
        // The hilum is the lung's: a lung finding there keeps its category.
        ("A large area of consolidation in the left lung hilum.", "consolidation", "2b"),
        ("Honeycombing in both lower lobes.", "honeycombing", "2f"),
        // Audit wordings: a predicate or a place after the head, misspellings, a volume that decreased.
        ("The bronchial walls are thickened, predominantly in the central part.", "bronchial-wall-thickening", "1a"),
        ("There is an increase in thickness in the peribronchial area.", "peribronchial-thickening", "1a"),
        ("Slight enlargement of the bronchi is observed in both lower lobes.", "bronchiectasis", "1b"),
        ("Hydropnomothorax on the right.", "pneumothorax", "2g"),
        ("Right lung volume decreased.", "volume-loss", "2b"),
        ("Bud-like tree appearance in the right lower lobe.", "tree-in-bud", "1e"),
        ("Right pneumothorax.", "pneumothorax", "2g"),
        ("Emphysematous changes in both lungs.", "emphysema", "1c"),
        ("Atelectatic changes in the right lower lobe.", "atelectasis", "2b"),
        ("Thickenings in the interlobular septa of both lungs.", "septal-thickening", "1d"),
        ("Areas of infiltration in the laterobasal segment of the right lower lobe.", "opacity", "2b"),
        ("Occasional increases in septal thickness in both lungs.", "septal-thickening", "1d"),
        ("Budding branch pattern in the superior segment of the right lower lobe.", "tree-in-bud", "1e"),
        ("Cobblestone-pattern infiltrates in the upper lobes of both lungs.", "crazy-paving", "2c"),
        ("Thickened bronchial walls in the lower lobes.", "bronchial-wall-thickening", "1a"),
        ("Microcystic changes in the upper lobes of both lungs.", "cyst", "2h"),
        // The prompt's 2a lists subsegmental atelectasis with the linear opacities; a segmental one is an atelectasis.
        ("Subsegmental atelectasis in the inferior lingular segment of the left lung upper lobe.", "subsegmental-atelectasis", "2a"),
        ("Segmental atelectasis in the right lung lower lobe.", "atelectasis", "2b"),
        ("A lung abscess in the apicoposterior segment of the left upper lobe.", "cavity", "2b"),
        ("Slight enlargement in the vascular structures is noted within the ground glass areas.", "vascular-enlargement", "1f"),
        // A reticular fibrotic sequela is a pattern (1d); a scar so described stays a scar (2a).
        ("Reticulonodular fibrotic density increases are observed at both apices.", "reticular-fibrotic-sequela", "1d"),
        ("Increases in reticular fibrotic density at the apex of the right lung.", "reticular-fibrotic-sequela", "1d"),
        ("Reticulonodular fibrotic scarring at both apices.", "fibrotic-sequela", "2a"),
        // A linear atelectasis called a sequela is a linear scar (2a), as "linear fibroatelectasis" is.
        ("Sequelae linear atelectasis is observed in the middle lobe on the right.", "linear-fibroatelectasis", "2a"),
        ("There is a pneumocyst with a diameter of 7 mm in the superior segment of the left lung lower lobe.", "cyst", "2h"),
        ("Paraseptal emphysemas in both upper lobes.", "paraseptal-emphysema", "1c"),
        ("In the first place, it was evaluated in favor of infective processes.", "pneumonia", "2b"),
        // Calcification of the airway wall is an airway finding, not a calcified lung nodule.
        ("Wall calcifications consistent with tracheobronchopathia osteochondroplastica are observed in the trachea and both main bronchi.",
         "airway-wall-calcification", "1f"),
    ]

    @Test(arguments: categories)
    func typesAndCategories(_ sentence: String, _ type: String, _ category: String) throws {
        let finding = try #require(try extract.findings(sentence).first, "\(sentence)")
        #expect(finding.type == type, "\(sentence)")
        #expect(finding.category?.rawValue == category, "\(sentence)")
        #expect(finding.focal == category.hasPrefix("2"))
    }

    /// Cysts named as honeycombing ("honeycomb cysts", cysts forming a honeycomb pattern) are the honeycombing alone, no air
    /// cyst beside it; a cyst named apart from the honeycombing stays a cyst.
    @Test func honeycombCystsAreHoneycombing() throws {
        for sentence in ["Honeycomb cysts are present in the subpleural parts of both lower lobes.",
                         "Honeycombing cysts are seen at the lung bases.",
                         "Peripheral cysts forming a honeycomb appearance are noted in both lower lobes.",
                         "There are air cysts with a honeycomb pattern in the periphery of both lungs."] {
            let findings = try extract.findings(sentence)
            #expect(findings.map(\.type) == ["honeycombing"], "\(sentence)")
            #expect(findings.first?.category?.rawValue == "2f", "\(sentence)")
        }
        #expect(try extract.findings("A thin-walled cyst is seen in the right upper lobe and honeycombing in both lower lobes.")
            .map(\.type) == ["cyst", "honeycombing"])
    }

    /// Bronchiectasis "with thickened walls" or "with wall thickening": the walls are the bronchi's, a bronchial wall
    /// thickening beside the bronchiectasis, not a thickening of no organ; a wall thickening of another organ stays that.
    @Test func thickWallsOfBronchiectasisAreBronchialWallThickening() throws {
        for sentence in ["Varicose bronchiectasis with thickened walls is noted in the left lower lobe.",
                         "Bronchiectases with slight wall thickening are present in both lower lobes."] {
            #expect(try extract.findings(sentence).map(\.type) == ["bronchiectasis", "bronchial-wall-thickening"], "\(sentence)")
        }
        #expect(try extract.findings("Bronchiectasis is noted in the left lower lobe and wall thickening in the esophagus.")
            .map(\.type) == ["bronchiectasis", "thickening"])
    }

    /// Two readings of one phrase that give one type are one finding.
    @Test func onePhraseGivesEachTypeOnce() throws {
        #expect(try extract.findings("No pleural-pericardial effusion or thickening was detected.").map(\.type)
            == ["pleural-effusion", "pericardial-effusion", "pleural-thickening", "pericardial-thickening"])
        // Each modifier of a list before the first head is shared with the later heads.
        #expect(try extract.findings("No pericardial, pleural effusion or thickness increase is observed.").map(\.type)
            == ["pericardial-effusion", "pleural-effusion", "pericardial-thickening", "pleural-thickening"])
    }

    /// One thing named twice in a sentence is one finding (`AttachmentContext.mergeNamedTwice`): a diagnosis said again, and a
    /// weak word whose "of … density" names what it is.
    @Test func oneThingNamedTwiceInASentenceIsOneFinding() throws {
        // A diagnosis said again, plainly once and hedged once: one, present where a cue says it plainly.
        let again = try extract.findings("Patchy ground glass areas are seen in both lower lobes, and they were primarily "
            + "evaluated as secondary to viral pneumonia, PCR testing is recommended in terms of Covid-19 pneumonia.")
        #expect(again.filter { $0.type == "pneumonia" }.map { "\($0.assertion.rawValue) \($0.laterality.rawValue)" }
            == ["present bilateral"])
        // Named in a bracket as a doubted alternative: one.
        #expect(try extract.findings("The findings were evaluated in favor of an infectious process in the right lower lobe "
            + "(bacterial pneumonias?).").filter { $0.type == "pneumonia" }.map(\.assertion.rawValue) == ["present"])
        // Placed apart, two.
        #expect(try extract.findings("There is pneumonia in the right upper lobe, and pneumonia is also seen in the left "
            + "lower lobe.").filter { $0.type == "pneumonia" }.map(\.laterality.rawValue) == ["right", "left"])
        // Denied once and doubted once: two.
        #expect(try extract.findings("No bacterial pneumonia was detected in the right lung, and findings may be compatible "
            + "with viral pneumonia.").filter { $0.type == "pneumonia" }.map(\.assertion.rawValue) == ["absent", "uncertain"])
        // "Lesions of … cyst fluid density": cysts, with the change said between.
        let cysts = try extract.findings("There are lesions of new hypodense cyst fluid density in the left kidney.")
        #expect(cysts.map { "\($0.type) \($0.temporal?.rawValue ?? "-") \($0.multiple)" } == ["cyst new true"])
        // "Areas of increased density … in the ground glass density", past the clause verb: ground glass only.
        #expect(try extract.findings("Areas of increased density were seen in the ground glass density in the left upper lobe.")
            .map { "\($0.type) \($0.lobes)" } == ["ground-glass-opacity [\"LUL\"]"])
        // Not a weak word an interpretation cue names: what the findings before it are read as.
        #expect(try extract.findings("Consolidation areas in the right lower lobe consistent with pneumonic infiltration in "
            + "ground glass density.").map(\.type).contains("pneumonic-infiltration"))
        // Not a specific finding whose words end in no density word, nor one past a place.
        #expect(try extract.findings("Calcifications in the nodule in the right upper lobe.").count == 2)
        #expect(try extract.findings("Areas of increased density in the right lower lobe and in the ground glass density of the "
            + "left lower lobe.").count == 2)
    }

    /// A density adjective said after a clause verb of the finding named before it is how that finding looks, not a
    /// finding of its own (`AttachmentContext.attenuationSaidOf`): one record, the subject's, read as no interpreted one.
    @Test func aDensityAdjectiveSaidOfTheFindingBeforeItsVerbIsThatFinding() throws {
        func types(_ sentence: String) throws -> [String] { try extract.findings(sentence).map(\.type) }
        // After "is observed as", "was seen as" and a degree word no lexicon knows; past the subject's place.
        #expect(try types("Pleural effusion on the left is observed as hyperdense.") == ["pleural-effusion"])
        #expect(try types("A nodule in the right kidney was seen as minimally hypodense.") == ["nodule"])
        let explained = try Extract(explain: true).findings("Pericardial effusion is observed as slightly hyperdense and was "
            + "thought to be hemorrhagic.")
        #expect(explained.map { "\($0.type) \($0.interpreted)" } == ["pericardial-effusion false"])
        // No finding named before the verb: the organ's density is the finding.
        #expect(try types("The liver parenchyma is observed as hypodense.") == ["low-density"])
        #expect(try types("The spleen parenchyma is hypodense.") == ["low-density"])
        // Past a comma, said of another subject: the nodule and the liver's density.
        #expect(try types("A calcified nodule is observed, and the liver is observed as hypodense.") == ["nodule", "low-density"])
        // Said before its noun: unchanged, also when no lexicon knows the noun.
        #expect(try types("A hyperdense nodule is observed in the left upper lobe.") == ["nodule"])
        #expect(try types("A lesion compatible with calcified schwannoma was observed in the spinal canal.").count == 2)
    }

    /// A pattern its sentence names again where it is is one finding (`AttachmentContext.mergeNamedTwice`): it keeps the
    /// places, the size and the change of both.
    @Test func aPatternNamedTwiceInASentenceIsOneFinding() throws {
        let line = { (finding: Finding) in
            "\(finding.type) \(finding.laterality.rawValue) \(finding.lobes) \(finding.temporal?.rawValue ?? "-")"
        }
        // Said over both lungs, then again where it is more marked: one, bilateral, with the lobe it is marked in.
        #expect(try extract.findings("Diffuse thickening of the bronchial walls is seen in both lungs, and thickening of the "
            + "bronchial wall is observed especially in the right lower lobe.").map(line)
            == ["bronchial-wall-thickening bilateral [\"RLL\"] -"])
        // The lobes said with the second naming; the change said of one of them.
        #expect(try extract.findings("Interlobular septal thickenings are seen in both lungs, and septal thickenings have "
            + "increased in the lower lobes.").map(line) == ["septal-thickening bilateral [\"RLL\", \"LLL\"] increased"])
        // Placed apart: two.
        #expect(try extract.findings("Bronchiectasis is observed in the right middle lobe and bronchiectasis is observed in "
            + "the left lower lobe.").map(\.laterality.rawValue) == ["right", "left"])
        // Changed differently: two.
        #expect(try extract.findings("Peribronchial thickenings have increased in the right lower lobe, and peribronchial "
            + "thickenings in both lungs are stable.").map(line).count == 2)
        // Not a pattern: a nodule named again inside the place of another stays a nodule of its own.
        #expect(try extract.findings("A 4 mm nodule is seen in the right upper lobe and a nodule is seen in the apical "
            + "segment of the right upper lobe.").count == 2)
    }

    /// A finding's noun said again to close the place list its phrase opens is the list's head, not a second group
    /// (`AttachmentContext.closesOwnPlaceList`): one finding, with the places of the whole list and the size said of it.
    @Test func aNounClosingItsOwnPlaceListIsOneFinding() throws {
        let line = { (finding: Finding) in
            "\(finding.type) \(finding.laterality.rawValue) \(finding.lobes) \(finding.size?.maxMM ?? 0)"
        }
        // Node stations listed (one word no lexicon knows among them) and the noun said again: one group, measured.
        #expect(try extract.findings("Several lymph nodes are observed in the right lower paratracheal, aortopulmonary and "
            + "subcarinal lymph nodes, the largest of which is 13x9 mm.").map(line) == ["lymphadenopathy right [] 13.0"])
        #expect(try extract.findings("There are a few nodules in the left lung upper lobe peribronchovascular and subpleural "
            + "nodules, the largest of which is 5 mm.").map(line) == ["nodule left [\"LUL\"] 5.0"])
        // A second group placed after its own noun, or set apart by its own size and words: two.
        #expect(try extract.findings("There are nodules in the left lung upper lobe and subpleural nodules in the right lung "
            + "lower lobe.").map(line) == ["nodule left [\"LUL\"] 0.0", "nodule right [\"RLL\"] 0.0"])
        #expect(try extract.findings("A nodule is seen in the right lung middle lobe and a 4 mm calcified nodule.").count == 2)
        // Each measured: two.
        #expect(try extract.findings("Lymph nodes of 14 mm in the prevascular area and subcarinal lymph nodes of 8 mm are "
            + "observed.").count == 2)
        // Asserted otherwise: two.
        #expect(try extract.findings("There are lymph nodes in the paratracheal area, and no enlarged subcarinal lymph nodes.")
            .map(\.assertion.rawValue) == ["present", "absent"])
    }

    /// A finding named again bare right after an accompaniment cue or a differential is the one its sentence named before
    /// (`AttachmentContext.namedAgainAfterLink`): one finding, keeping its own assertion.
    @Test func aFindingNamedAgainAfterALinkIsOneFinding() throws {
        let line = { (finding: Finding) in
            "\(finding.type) \(finding.assertion.rawValue) \(finding.laterality.rawValue) \(finding.lobes)"
        }
        // What the ground glass accompanies is the consolidation named before it: one consolidation.
        #expect(try extract.findings("Patchy consolidations and ground glass areas accompanying consolidations are seen in "
            + "both lower lobes.").map(\.type) == ["consolidation", "ground-glass-opacity"])
        // The differential names the atelectasis of the sentence again: one, present, where it was said to be.
        #expect(try extract.findings("Atelectatic changes are seen in the left lower lobe, and this examination cannot "
            + "distinguish between pneumonia and atelectasis.").filter { $0.type == "atelectasis" }.map(line)
            == ["atelectasis present left [\"LLL\"]"])
        // Named again by a reference cue: one group, with the change said of it.
        #expect(try extract.findings("Lymph nodes of 15 mm are seen at the level of the celiac trunk, and the described "
            + "lymph nodes are stable compared to the previous examination.").map { $0.temporal?.rawValue ?? "-" }
            == ["stable"])
        // Placed apart: two.
        #expect(try extract.findings("Consolidations in the right lower lobe and ground glass areas accompanying "
            + "consolidations in the left upper lobe are observed.").filter { $0.type == "consolidation" }
            .map(\.laterality.rawValue) == ["right", "left"])
        // Measured, or after a denial: two.
        #expect(try extract.findings("Ground glass areas are seen in the right upper lobe, and septal thickenings accompanying "
            + "a 3 cm ground glass area are observed.").filter { $0.type == "ground-glass-opacity" }.count == 2)
        #expect(try extract.findings("No consolidation was detected in the right lung, and ground glass areas accompanying "
            + "consolidation are seen in the left lung.").filter { $0.type == "consolidation" }.map(\.assertion.rawValue)
            == ["absent", "present"])
        // Read as something of its own (the areas that accompany are the pneumonia, the first the atelectasis): two.
        #expect(try extract.findings("There are areas of increased density consistent with atelectasis in the right lower "
            + "lobe, accompanied by areas of density increase consistent with pneumonia.")
            .filter { $0.type == "opacity" }.count == 2)
        // Added by the same link beside one it added before: two.
        #expect(try extract.findings("A consolidation including air bronchograms in the center, including air bronchograms "
            + "with a cavitary look at the periphery, is seen in the right lower lobe.")
            .filter { $0.type == "air-bronchogram" }.count == 2)
        // Named again with no link before it: not this rule's (two).
        #expect(try extract.findings("Consolidations and ground glass areas are seen in both lungs, and consolidations are "
            + "more prominent on the right.").filter { $0.type == "consolidation" }.count == 2)
    }

    /// A generic word names a finding only where an `<in>` rule of its type places it (`AttachmentContext.namesSomething`).
    @Test func aGenericWordNamesAFindingOnlyWhereItIsPlaced() throws {
        #expect(try extract.findings("Minimal free air is noted in the subcutaneous fat of the left chest wall.").map(\.type)
            == ["subcutaneous-emphysema"])
        #expect(try extract.findings("Contour irregularity is seen in the left pleura.").map(\.type) == ["pleural-irregularity"])
        // Placed nowhere, it names nothing.
        #expect(try extract.findings("Free air was seen, and a 5 mm nodule is present in the right lower lobe.").map(\.type)
            == ["nodule"])
    }

    /// A finding named again in brackets right after it is that finding; another type in brackets is a finding of its own.
    @Test func aFindingRestatedInBracketsIsOne() throws {
        #expect(try extract.findings("Heart size has increased (cardiomegaly).").map(\.type) == ["cardiomegaly"])
        #expect(try extract.findings("It may be compatible with opportunistic infections (fungal infection).").count == 1)
        #expect(try extract.findings("Viral pneumonias (Covid-19 pneumonia) are considered in the etiology of the findings.").count == 1)
        #expect(try extract.findings("Consolidation in the right lower lobe (pneumonia).").map(\.type) == ["consolidation", "pneumonia"])
    }

    /// A size word inside the phrase does not cut it: the calcific nodules are one nodule, not a
    /// calcification beside a nodule.
    @Test func aSizeWordStaysInsideThePhrase() throws {
        let findings = try extract.findings("Some calcific millimetric nonspecific nodules were observed in both lungs.")
        #expect(findings.map(\.type) == ["nodule"])
        #expect(findings.first?.sizeWord == "size.millimetric")
        // Halfway between two phrases, a size word is the next one's (an adjective before its noun).
        let list = try extract.findings("Mild emphysematous changes in both lungs, peribronchial thickenings, millimetric nonspecific nodules.")
        #expect(list.first { $0.type == "nodule" }?.sizeWord == "size.millimetric")
        #expect(list.first { $0.type == "peribronchial-thickening" }?.sizeWord == nil)
    }

    /// "Nodules, some of which are calcified" are calcified nodules: one nodule, no calcification beside it.
    @Test func aPartitiveCalcificationIsTheNodules() throws {
        #expect(try extract.findings("Millimetric nonspecific nodules, some of which are calcified, in both lungs.").map(\.type)
            == ["nodule"])
        #expect(try extract.findings("A few nonspecific nodules, some of them purely calcified, are observed in both lungs.").map(\.type)
            == ["nodule"])
        #expect(try extract.findings("Some of the nodules in both lungs contain calcifications.").map(\.type)
            == ["nodule", "calcification"])
    }

    /// Two finding nouns side by side are a list without its commas, unless one is a kind of the other or a
    /// word stands between them.
    @Test func adjacentFindingNounsAreAList() throws {
        #expect(try extract.findings("No pleural effusion pneumothorax was detected.").map { "\($0.type) \($0.assertion.rawValue)" }
            == ["pleural-effusion absent", "pneumothorax absent"])
        #expect(try extract.findings("Paraseptal emphysema bulla formations in both upper lobes.").map(\.type) == ["bulla"])
        // A kind named before its broader type is another finding of the list ("mass nodule": not one nodule); so is a
        // `standalone` weak noun (an infiltration), except after a diagnosis, which it is the appearance of.
        #expect(try extract.findings("No mass nodule infiltration was detected in both lungs.").map { "\($0.type) \($0.assertion.rawValue)" }
            == ["mass absent", "nodule absent", "opacity absent"])
        #expect(try extract.findings("The findings are compatible with Covid pneumonia infiltration.").map(\.type) == ["pneumonia"])
        #expect(try extract.findings("Consolidation areas in the right lower lobe.").map(\.type) == ["consolidation"])
        #expect(try extract.findings("Decreased volume of ground-glass opacities in the right lower lobe.").map(\.type)
            == ["ground-glass-opacity"])
    }

    @Test func coordinatedQualifiersNameSeveralFindings() throws {
        #expect(try extract.findings("Nodular and linear densities in the right lung.").map(\.type) == ["nodular-opacity", "linear-opacity"])
        #expect(try extract.findings("Linear and subsegmental atelectasis in the right lung.").map(\.type)
            == ["linear-atelectasis", "subsegmental-atelectasis"])
        // Two adjectives that each name a finding, before a weak noun, are two findings, in either order.
        #expect(Set(try extract.findings("Ground glass and reticular density changes in the right lower lobe.").map(\.type))
            == ["ground-glass-opacity", "reticulation"])
        #expect(Set(try extract.findings("Emphysematous and bronchiectatic changes in both lungs.").map(\.type))
            == ["emphysema", "bronchiectasis"])
        // Two subtypes of one finding are both kept, with the adjective that types a weak head borrowed.
        #expect(try extract.findings("Centrilobular and paraseptal emphysema are observed in both lungs.").map(\.type)
            == ["centrilobular-emphysema", "paraseptal-emphysema"])
        #expect(try extract.findings("Centriacinar and paraseptal emphysematous changes in the upper lobes.").map(\.type)
            == ["centrilobular-emphysema", "paraseptal-emphysema"])
        #expect(try extract.findings("Centrilobular and panlobular emphysema in both lungs.").map(\.type)
            == ["centrilobular-emphysema", "panacinar-emphysema"])
        // … also after "areas of" (audit O10).
        #expect(try extract.findings("There are areas of centrilobular and paraseptal emphysema in both lungs.").map(\.type)
            == ["centrilobular-emphysema", "paraseptal-emphysema"])
        // … and after the head, "in (the) X style" (audit Y13).
        #expect(try extract.findings("Emphysema in the centrilobular style is seen in both lungs.").map(\.type) == ["centrilobular-emphysema"])
        // … "of the X type" after it, and "X type" before it: one subtype, no plain emphysema beside it (M166).
        #expect(try extract.findings("Emphysema of the panlobular type is observed in both lower lobes.").map(\.type)
            == ["panacinar-emphysema"])
        #expect(try extract.findings("Panlobular type emphysema is observed in both lower lobes.").map(\.type) == ["panacinar-emphysema"])
        // "sentracinar" (MT spelling) is centrilobular (audit C14).
        #expect(try extract.findings("Mild sentracinar and paraseptal emphysema in both upper lobes.").map(\.type)
            == ["centrilobular-emphysema", "paraseptal-emphysema"])
        #expect(try extract.findings("Pericardial thickening-effusion was not detected.").map(\.type).sorted()
            == ["pericardial-effusion", "pericardial-thickening"])
        // So are two side by side with no link (audit RRRRRRRRR); a kind both name together, or one naming the other in other
        // words, or modifiers before a weak head, stay one finding.
        #expect(try extract.findings("Centrilobular paraseptal emphysema is observed in both lungs.").map(\.type)
            == ["centrilobular-emphysema", "paraseptal-emphysema"])
        #expect(try extract.findings("Diffuse centriacinar paraseptal emphysematous changes in both lungs.").map(\.type)
            == ["centrilobular-emphysema", "paraseptal-emphysema"])
        // Two organ modifiers side by side name one finding per organ, as with a comma between them (audit M34); the heads
        // after the hyphen share both organs.
        #expect(try extract.findings("Pleural pericardial effusion-thickening was not seen.").map(\.type)
            == ["pleural-effusion", "pericardial-effusion", "pleural-thickening", "pericardial-thickening"])
        #expect(try extract.findings("Pericardial pleural effusion is not observed.").map(\.type) == ["pericardial-effusion", "pleural-effusion"])
        // One organ modifier, or another modifier beside the organ's, is one finding.
        #expect(try extract.findings("Calcific pleural thickening in the left hemithorax.").map(\.type) == ["pleural-thickening"])
        #expect(try extract.findings("Pericardial effusion-thickening was not seen.").map(\.type)
            == ["pericardial-effusion", "pericardial-thickening"])
        #expect(try extract.findings("Linear atelectasis sequelae change in both lungs.").map(\.type) == ["linear-fibroatelectasis"])
        #expect(try extract.findings("Subsegmental linear atelectasis in the right lower lobe.").count == 1)
        #expect(try extract.findings("Nodular ground glass densities in both lungs.").count == 1)
        // One that only qualifies the other's finding stays one finding.
        #expect(try extract.findings("Nodular and patchy ground-glass opacities in both lungs.").map(\.type) == ["ground-glass-opacity"])
        #expect(try extract.findings("Fibrotic and atelectatic changes in the left lower lobe.").map(\.type) == ["fibroatelectasis"])
    }

    @Test func aWeakFindingConsistentWithAnotherLabelsNothing() throws {
        let findings = try extract.findings("Density increases consistent with consolidation in the left lower lobe.")
        #expect(findings.first { $0.type == "opacity" }?.labels.isEmpty == true)
        #expect(findings.first { $0.type == "consolidation" }?.labels.map(\.rawValue) == ["Consolidation"])
        // A weak finding of another type names it too.
        #expect(try extract.labels("Opacities seen on the chest radiograph, thought to be compatible with pneumonic infiltration, "
            + "are no longer seen in the bases of both lungs in this examination.").isEmpty)
        // What an interpretation names of the finding's own type is that finding again.
        #expect(try extract.findings("Pleuroparenchymal density increases consistent with sequelae are observed in the apex of the "
            + "right lung.").map(\.type) == ["fibrotic-sequela"])
        #expect(try extract.findings("Metallic sutures compatible with sternotomy were observed in the sternum.").map(\.type)
            == ["medical-material"])
        // An interpretation that is only possible leaves the finding seen its own labels.
        #expect(try extract.labels("In the lower lobes of both lungs, density increases are observed in the basal segments, which may "
            + "be compatible with pneumonia.") == ["Lung opacity"])
    }

    /// "Masses in both adrenal glands … evaluated in favor of metastases": what an interpretation cue says a finding is, of
    /// its own type or of a narrower one, is that finding named again: one finding, with the labels of both, of the
    /// narrower type when that is a specific one naming the finding's labels.
    @Test func aReadingOfTheTypeAPlaceGaveIsThatFinding() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.text) \($0.interpreted)" }
        }
        // An interpretation cue after a density its place made a mucus plug: one finding, as doubted as the reading.
        #expect(try read("A nodular density was seen in the left lateral wall of the distal trachea, which may be consistent "
            + "with secretion.") == ["mucus-plug uncertain nodular density false"])
        // A reading in brackets further on, past places: one, its size kept.
        let plug = try extract.findings("There is a 4 mm linear density in the lumen of the trachea at the level of the thoracic "
            + "inlet (mucus plug?).")
        #expect(plug.map { "\($0.type) \($0.assertion.rawValue) \($0.size?.maxMM ?? 0)" } == ["mucus-plug uncertain 4.0"])
        // A reading said plainly of a weak word: one present finding, no longer interpreted by the other.
        #expect(try read("Densities consistent with mucus secretion are observed in the lumen of the trachea and the left main "
            + "bronchus.") == ["mucus-plug present Densities false"])
        // Not a finding its place left as it is: the density in the lung and its doubted reading stay two.
        #expect(try read("A nodular density, which may be compatible with secretion, is observed in the posterior segment of the "
            + "right upper lobe.") == ["nodular-opacity present nodular density false", "mucus-plug uncertain secretion false"])
        // Nor one another finding stands between it and the bracket: the bracket reads the nodule.
        #expect(try read("A linear density in the trachea and a nodule in the right upper lobe (mucus?).")
            == ["mucus-plug present linear density false", "nodule present nodule false", "mucus-plug uncertain mucus false"])
    }

    /// "A well-defined cyst (congenital mediastinal cyst?)": a doubted reading of a finding's own type, in brackets after it
    /// or after an interpretation cue, with no other finding between, is that finding, as doubted as the reading.
    @Test func aDoubtedReadingOfItsOwnTypeIsThatFinding() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.text)" }
        }
        // In brackets, past modifiers inside and places before it: one possible cyst.
        #expect(try read("A unilocular, well-defined cyst (congenital mediastinal cyst?) in the left anterolateral neighborhood "
            + "of the aortic arch in the anterior mediastinum.") == ["cyst uncertain cyst"])
        #expect(try read("A millimetric-sized hypodense nodular lesion was observed in the left thyroid lobe (nodule?).")
            == ["nodule uncertain hypodense nodular lesion"])
        // After a hedged interpretation cue: one possible sequela; said plainly, one present sequela as before.
        #expect(try read("Fibrotic densities that may be compatible with sequelae changes in the upper lobes of both lungs.")
            == ["fibrotic-sequela uncertain Fibrotic densities"])
        #expect(try read("Fibrotic densities that are compatible with sequelae changes in the upper lobes of both lungs.")
            == ["fibrotic-sequela present Fibrotic densities"])
        // Not a reading of another type ("lesion … (cyst?)"), nor one another finding stands before: the bracket reads
        // the nodule, and the kidney cyst stays present.
        #expect(try read("A hypodense lesion is observed in the liver (cyst?).")
            == ["low-density present hypodense lesion", "cyst uncertain cyst"])
        #expect(try read("A cyst in the right kidney and a nodule in the left adrenal gland (cyst?).")
            == ["cyst present cyst", "nodule present nodule", "cyst uncertain cyst"])
    }

    @Test func aPlainReadingThatItsPlaceTypesAlikeIsThatFinding() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.text)" }
        }
        // Free air in the fat is subcutaneous emphysema, and so is the emphysema the cue right after it reads there: one.
        #expect(try read("Free air images consistent with emphysema are seen in the fatty planes of the right axillary region.")
            == ["subcutaneous-emphysema present Free air images"])
        #expect(try read("Free air image compatible with emphysema in the subcutaneous fat of the left chest wall.")
            == ["subcutaneous-emphysema present Free air image"])
        // A reading of another type stays beside the finding.
        #expect(try read("A density consistent with pneumonia is observed in the lower lobe of the left lung.")
            == ["opacity present density", "pneumonia present pneumonia"])
        // Emphysema in the fat that no cue reads as the free air, or that the cue reads as another finding, stays apart.
        #expect(try read("Free air images are seen in the fatty planes of the right axillary region, and emphysema is "
            + "observed in the fat between the pectoral muscles.")
            == ["subcutaneous-emphysema present Free air images", "subcutaneous-emphysema present emphysema"])
        #expect(try read("Free air images are seen in the fatty planes of the right axillary region, a lymph node compatible "
            + "with emphysema in the fat.")
            == ["subcutaneous-emphysema present Free air images", "lymphadenopathy present lymph node",
                "subcutaneous-emphysema present emphysema"])
    }

    @Test func bothHalvesOfAHyphenatedPairTakeThePluralHead() throws {
        func numbers(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.multiple)" }
        }
        // The first half of a hyphenated pair names as many as the plural head after it, and a plural weak noun that gives
        // way to a finding noun ("bleb formations") says its number.
        #expect(try numbers("Emphysematous bleb-bulla formations are seen in the apical segments of both upper lobes.")
            == ["bleb true", "bulla true"])
        #expect(try numbers("There are bulla-bleb formations in the left upper lobe.") == ["bulla true", "bleb true"])
        #expect(try numbers("Bleb formations are seen in the apex of the right lung.") == ["bleb true"])
        #expect(try numbers("Ground glass-consolidation areas are observed in the right lower lobe.")
            == ["ground-glass-opacity true", "consolidation true"])
        #expect(try numbers("Nodule-nodular consolidations are seen in the lower lobe of the left lung.")
            == ["nodule true", "consolidation true"])
        // Not a half with a number of its own, nor a plural half before a singular one.
        #expect(try numbers("A bulla-blebs are seen in the apex of the left lung.") == ["bulla false", "bleb true"])
        #expect(try numbers("Consolidations-ground glass opacity in the right middle lobe.")
            == ["consolidation true", "ground-glass-opacity false"])
        // Not across "and": one effusion beside several changes; nor a weak noun's plural for a finding one per side or a
        // diagnosis.
        #expect(try numbers("Pleural effusion and atelectatic changes are observed on the right.")
            == ["pleural-effusion false", "atelectasis true"])
        #expect(try numbers("Pleural effusion areas with a thickness of 20 mm on the left.") == ["pleural-effusion false"])
        #expect(try numbers("Pneumonia foci are observed in the lower lobe of the right lung.") == ["pneumonia false"])
    }

    @Test func aPluralThatNamesTheSignsOfOneFindingGivesItNoNumber() throws {
        func numbers(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.multiple)" }
        }
        // "findings", "manifestations" and "features" name the signs of one finding (`signs` in findings.xml).
        #expect(try numbers("Bronchiolitis findings are seen in the lower lobe of the left lung.") == ["bronchiolitis false"])
        #expect(try numbers("Marked lumbar spondylosis findings.") == ["spondylosis false"])
        #expect(try numbers("Osteoporosis manifestations are seen in the thoracic vertebrae.") == ["osteoporosis false"])
        #expect(try numbers("Ground glass opacities in both lungs (pulmonary overload findings).")
            == ["ground-glass-opacity true", "pulmonary-edema false"])
        // "areas", "formations" and "foci" still name several, and so does a finding noun's own plural.
        #expect(try numbers("Air trapping areas are observed in the lower lobes of both lungs.") == ["air-trapping true"])
        #expect(try numbers("Bronchiectasis formations are seen in the middle lobe.") == ["bronchiectasis true"])
        #expect(try numbers("Nodules findings are seen in the right upper lobe.") == ["nodule true"])
        // A weak noun's number is not taken by a type one per side that the place retypes the finding to (the guard on the
        // type after the place, not only on the word's own type); in the lungs the same words are several.
        #expect(try numbers("Emphysema areas are observed in the anterior mediastinum.") == ["pneumomediastinum false"])
        #expect(try numbers("Emphysema areas are observed in the upper lobes of both lungs.") == ["emphysema true"])
    }

    @Test func aReadingOfTheFindingsOwnOrANarrowerTypeIsThatFinding() throws {
        // Its own type, past places and a verb: one mass, measured before the cue.
        let masses = try extract.findings("There are masses of 42 mm in both kidneys and were evaluated in favor of metastases.")
        #expect(masses.map(\.type) == ["mass"] && masses.first?.size?.maxMM == 42)
        #expect(try extract.findings("Pleuroparenchymal density increases in the apical segments of both upper lobes are "
            + "consistent with the change in sequelae.").map(\.type) == ["fibrotic-sequela"])
        // A narrower type: the finding is that one, its size and places kept, not interpreted.
        let nodes = try extract.findings("Nodules of 5 mm adjacent to the left major fissure were observed, and were primarily "
            + "evaluated in favor of intrapulmonary lymph nodes.")
        #expect(nodes.map { "\($0.type) \($0.laterality.rawValue) \($0.size?.maxMM ?? 0) \($0.interpreted)" }
            == ["intrapulmonary-lymph-node left 5.0 false"])
        #expect(nodes.first?.labels.map(\.rawValue) == ["Lung nodule"])
        // What the reading alone measures is the finding's.
        #expect(try extract.findings("In the right middle lobe there is a nodular appearance evaluated in favor of an 8x5 mm "
            + "subpleural lymph node.").map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["intrapulmonary-lymph-node 8.0"])
        // Not a narrower one naming fewer labels: the finding and its reading stay two.
        #expect(try extract.findings("Mosaic attenuation in the form of aeration differences is seen in both lungs.").map(\.type)
            == ["mosaic-attenuation", "aeration-difference"])
        #expect(try extract.findings("Nodules with irregular borders in both lungs were evaluated in favor of metastases.").map(\.type)
            == ["nodule", "mass"])
        // Never a broader one: what the finding is read as is another finding.
        #expect(try extract.findings("Parenchymal bands compatible with sequelae changes are seen in the left upper lobe.").map(\.type)
            == ["fibrotic-band", "fibrotic-sequela"])
        let bronchograms = try extract.findings("There are areas of increased density in the right lower lobe superior segment "
            + "and the left lower lobe posterobasal segment in the air bronchograms, which are compatible with consolidation.")
        // (the air bronchograms, placed nowhere, are where the consolidation they are seen in is: `within` in findings.xml)
        #expect(bronchograms.map { "\($0.type) \($0.lobes)" } == ["opacity [\"RLL\", \"LLL\"]",
                                                                 "air-bronchogram [\"RLL\", \"LLL\"]",
                                                                 "consolidation [\"RLL\", \"LLL\"]"])
        // A reading right after a finding of its type is skipped, its places not the finding's.
        #expect(try extract.findings("Bullous changes in the lower lobes of both lungs and enlargement of the bronchi consistent "
            + "with bronchiectasis are observed.").map { "\($0.type) \($0.laterality.rawValue)" }
            == ["bullous-emphysema bilateral", "bronchiectasis none"])
        // A narrower kind outside the chest reads the finding (`interpreter`) as before.
        #expect(try extract.findings("A nodular mass lesion measuring 24x20 mm was observed in the right adrenal gland, "
            + "consistent with adenoma.").map { "\($0.type) \($0.interpreted)" } == ["mass true", "adenoma false"])
        // Nor a weak word: "the nodular lesion … is seen as two lesions" stays beside the nodule.
        #expect(try extract.findings("A nodular lesion in the right upper lobe has decreased in size and is seen as two separate "
            + "lesions.").map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["nodule decreased", "lesion -"])
        // A comparison frame names another finding than the one read.
        #expect(try extract.findings("When evaluated together with the mass in the right lung, it was evaluated in favor of "
            + "metastasis.").count == 2)
        // Not a diagnosis read into it, a reading only possible, nor a weak finding another one reads.
        #expect(try extract.findings("Consolidations in both lower lobes are evaluated in favor of pneumonic infiltration.").map(\.type)
            == ["consolidation", "pneumonic-infiltration"])
        #expect(try extract.findings("Nodules in the right lower lobe, which may be compatible with metastasis.")
            .map { "\($0.type) \($0.assertion.rawValue)" } == ["nodule present", "mass uncertain"])
        #expect(try extract.findings("Areas of increased density consistent with ground glass opacities in the lingula.")
            .map { "\($0.type) \($0.interpreted)" } == ["opacity true", "ground-glass-opacity false"])
    }

    /// Airway and hemorrhage findings of their own; "sequela" between the words of a reticular fibrosis.
    @Test func lessCommonFindingsHaveTypes() throws {
        let diverticulum = try #require(try extract.findings("There is a large tracheal diverticulum on the right posterolateral side.").first)
        #expect(diverticulum.type == "tracheal-diverticulum" && diverticulum.category?.rawValue == "1f")
        #expect(try extract.findings("Also, viral pneumonia or diffuse alveolar hemorrhage may be considered in the differential diagnosis.")
            .map { "\($0.type) \($0.assertion.rawValue)" } == ["pneumonia uncertain", "alveolar-hemorrhage uncertain"])
        #expect(try extract.findings("Reticulonodular sequela fibrotic density increases were observed in both lung apexes.").first?.type
            == "reticular-fibrotic-sequela")
        #expect(try extract.findings("There are linear ateectasis in the lower lobe of both lungs.").first?.type == "linear-atelectasis")
        #expect(try extract.findings("Widespread bud landscapes in both lungs.").first?.type == "tree-in-bud")
        #expect(try extract.findings("Linear fibrotic recessions causing structural distortion of the parenchyma in both lungs.")
            .map(\.type) == ["fibrotic-band", "distortion"])
        #expect(try extract.findings("Soft tissue densities compatible with the plug inside the bronchiectatic structures.")
            .contains { $0.type == "mucus-plug" })
    }

    /// A mass of a pelvic organ is no lung mass, present or absent.
    @Test func aPelvicMassIsNoLungMass() throws {
        let mass = try #require(try extract.findings("No mass was detected in the uterus and both adnexal sites.").first)
        #expect(mass.type == "mass" && mass.category == nil && mass.assertion == .absent)
    }

    /// A lytic or sclerotic lesion is a bone's, even where the sentence names no bone.
    @Test func aLyticLesionIsNoLungLesion() throws {
        let lesion = try #require(try extract.findings("No lytic-destructive lesion was detected.").first)
        #expect(lesion.type == "bone-lesion" && lesion.category == nil && lesion.assertion == .absent)
        #expect(try extract.findings("Sclerotic metastases are stable in the right 7th rib.").first?.type == "bone-lesion")
    }

    @Test func aValveReplacementIsMedicalMaterialNotAPlace() throws {
        // The longer term wins over "aortic valve" read as the heart.
        #expect(try extract.labels("Cardiomegaly, aortic valve replacement.") == ["Cardiomegaly", "Medical material"])
        #expect(try extract.labels("A prosthetic mitral valve is observed.") == ["Medical material"])
    }

    @Test func theSpinesNarrowingIsNoAirways() throws {
        let narrowing = try #require(try extract.findings(
            "Degenerative narrowing of the spinal canal and the neural foramina is observed at the lumbar level.").first)
        #expect(narrowing.category == nil)
        #expect(try extract.findings("Narrowing of the right upper lobe bronchus is observed.").first?.category == .init(rawValue: "1f"))
    }

    /// A lung word used of another organ in its own clause is that organ's finding (`<in>` of findings.xml): a collapsed
    /// vertebra is a fracture; a narrowed spinal canal, vessel or bowel no airway narrowing; a hernia's cavity no lung
    /// cavity. A place of the type's own region beside the other organ keeps the lung type alone.
    @Test func aLungWordUsedOfAnotherOrganIsThatOrgans() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.category?.rawValue ?? "-")" }
        }
        #expect(try read("Collapse is observed in the T9 vertebral body.") == ["fracture -"])
        #expect(try read("Collapse of the middle lobe of the right lung is observed.") == ["atelectasis 2b"])
        #expect(try read("Atelectasis in the left lower lobe adjacent to the thoracic vertebrae.") == ["atelectasis 2b"])
        #expect(try read("There is stenosis of the spinal canal at the lumbar level.") == ["narrowing -"])
        #expect(try read("Partial occlusion is seen in the left subclavian vein.") == ["narrowing -"])
        #expect(try read("Soft tissue narrowing the right lower lobe bronchus posterior to the pulmonary artery.")
            == ["airway-narrowing 1f"])
        #expect(try read("Narrowing of the left main bronchus is observed.") == ["airway-narrowing 1f"])
        #expect(try read("Small bowel loops are seen in the hernia cavity.") == ["hernia -"])
        #expect(try read("A cavity is observed in the right lower lobe.") == ["cavity 2b"])
    }

    @Test func placesGiveTypes() throws {
        #expect(try extract.labels("Calcific atheroma plaques are observed in the aorta and coronary arteries.")
            == ["Arterial wall calcification", "Coronary artery wall calcification"])
        #expect(try extract.labels("Minimal effusion was observed in the pericardial space.") == ["Pericardial effusion"])
        #expect(try extract.findings("Free air in the right pleural space.").first?.type == "pneumothorax")
        // A body region says where the organ named with it is: it neither keeps the lung type nor makes it the lung's.
        #expect(try extract.findings("Emphysema is observed under the skin extending to the axilla in the left hemithorax.").map(\.type)
            == ["subcutaneous-emphysema"])
        // A place another type takes (the trachea: an airway nodule) leaves the phrase's own type where
        // its other places are: the thyroid's nodule is no lung nodule.
        #expect(try extract.labels("A large nodule in the right thyroid lobe displaces the trachea to the left.").isEmpty)
        #expect(try extract.labels("A 6 mm nodule in the right lung and a nodule in the trachea.") == ["Lung nodule"])
        // A lobe says where a weak word's structure is: no generic copy beside the type the structure gives.
        #expect(try extract.findings("Minimal thickening in the bronchial structures in the left lung lower lobe.").map(\.type)
            == ["bronchial-wall-thickening"])
        #expect(try extract.findings("Diffuse mild ectasia is observed in the bronchial structures in both lungs.").map(\.type)
            == ["bronchiectasis"])
        #expect(try extract.findings("Slight thickening is observed in the left lower lobe.").map(\.type) == ["thickening"])
        // Effusion around the kidneys is fluid; a subdiaphragmatic lesion is the abdomen's.
        #expect(try extract.findings("There is minimal free effusion around both kidneys.").map(\.type) == ["fluid"])
        #expect(try extract.findings("Nonspecific solidified lesion in the left subdiaphragmatic area.").first?.category == nil)
    }

    /// A weak word that an `<in>` rule retypes at one of its places names that one thing wherever else it is placed
    /// (`AttachmentContext.placedTypes`): no copy of the weak type beside it. A specific type named at places that are
    /// different things keeps its record beside the ones the rules give.
    @Test func aWeakWordRetypedAtOnePlaceIsOneFinding() throws {
        func types(_ sentence: String) throws -> [String] { try extract.findings(sentence).map(\.type) }
        #expect(try types("Densities are observed in the lumen of the trachea and the left main bronchus.") == ["mucus-plug"])
        #expect(try types("Mild ectasia is noted in the mediastinum and the ascending aorta.") == ["vascular-enlargement"])
        #expect(try types("A hernia containing intra-abdominal fat is seen at the level of the esophageal hiatus.")
            == ["hiatal-hernia"])
        #expect(try types("Air densities are observed in the intrahepatic bile ducts of the liver.") == ["pneumobilia"])
        // The places stay the finding's.
        #expect(try extract.findings("Mild ectasia is noted in the mediastinum and the ascending aorta.").first?.places
            == ["mediastinum", "aorta"])
        // Specific types: the mediastinal nodes and the axillary ones, the aortic and the coronary plaques are two findings each.
        #expect(try types("No enlarged lymph nodes were seen in the mediastinum or in the axillae.")
            == ["lymphadenopathy", "extrathoracic-lymph-node"])
        #expect(try types("Calcific plaques are seen in the aortic arch and the coronary arteries.")
            == ["arterial-wall-calcification", "coronary-artery-calcification"])
        // No rule at any place: the weak word stays itself.
        #expect(try types("Mild ectasia is noted in the mediastinum.") == ["ectasia"])
    }

    @Test func annotatorConventions() throws {
        #expect(try extract.labels("Lymph nodes with a short axis of 7 mm in the mediastinum.") == ["Lymphadenopathy"])
        #expect(try extract.labels("Sequelae changes at the apex of both lungs.") == ["Pulmonary fibrotic sequela"])
        #expect(try extract.labels("Nodular ground glass areas in both lungs.") == ["Lung opacity"])
        #expect(try extract.labels("A spiculated mass in the right upper lobe.").isEmpty)
        #expect(try extract.labels("Heart size increased.") == ["Cardiomegaly"])
        #expect(try extract.labels("The cardiothoracic index increased in favor of the heart.") == ["Cardiomegaly"])
        #expect(try extract.labels("Heart size is normal.").isEmpty)
    }

    /// Sentences that exposed label bugs, written in CT-RATE style.
    static let labelCases: [(String, Set<String>)] = [
        ("The heart is larger than normal.", ["Cardiomegaly"]),
        ("An increase in heart size was observed.", ["Cardiomegaly"]),
        ("An increase in favor of the heart is observed in CTO.", ["Cardiomegaly"]),
        ("CTO is within the normal range.", []),
        ("Heart sizes were significantly increased.", ["Cardiomegaly"]),
        // "bundle" between the place word and the thickness; a fissure's pleura thickened is no lung finding.
        ("Septal thickenings accompanied by an increase in peribronchovascular bundle thickness.", ["Interlobular septal thickening", "Peribronchial thickening"]),
        // "Nodular" only describes a ground-glass opacity, also coordinated; "ground glass" and a
        // consolidation are two findings.
        ("Nodular and patchy ground-glass opacities in both lungs.", ["Lung opacity"]),
        ("Ground glass and consolidation areas are observed in both lungs.", ["Lung opacity", "Consolidation"]),
        // A shape named after a plaque is no vessel wall plaque.
        ("Plaque-like calcified thickening of the pericardium is seen.", []),
        ("A plaque-like thickness increase is observed in the right pleura.", []),
        ("There is an appearance compatible with pericardial thickening-mild effusion.", ["Pericardial effusion"]),
        ("There is a stable effusion measuring 8 mm at the apex level in the deepest part of the pericardium.", ["Pericardial effusion"]),
        ("Calcified atheroma plaques are observed in the abdominal aortic wall.", []),
        // A misspelt sternotomy is still one.
        ("Sternatomy wires are observed.", ["Medical material"]),
        // The cement of a vertebroplasty named by itself is a device.
        ("Cement material is seen in the L2 vertebral body.", ["Medical material"]),
        ("After the fracture, cement was placed in the T8 vertebra.", ["Medical material"]),
        ("There is arteriosclerosis in the aorta.", ["Arterial wall calcification"]),
        ("Calcified changes were observed in the wall of the abdominal aorta.", []),
        ("A pleural calcific plaque in the upper lobe of the right lung.", []),
        ("There are LAPs of approximately 23x14 mm in the subcarinal area.", ["Lymphadenopathy"]),
        ("Lymph nodes that are not pathological in size are observed in the mediastinum.", ["Lymphadenopathy"]),
        ("An 11x7 mm lymph node was observed in the left axillary region.", []),
        ("No lymph node in pathological size was observed in the mediastinal lymph node stations.", []),
        ("The pleural effusion on the left, which was observed in the previous examination, was not detected in the current examination.", []),
        ("Increased aeration is observed in both lower lobes.", []),
        ("Ground glass consolidations in both lungs.", ["Lung opacity"]),
        ("Air bronchograms are observed in the atelectatic lower lobe.", ["Atelectasis"]),
        ("There are findings of fracture and sequelae in the proximal humerus on the right.", []),
        ("Linear band appearances are observed in the right lung.", ["Pulmonary fibrotic sequela"]),
        ("Centriacinar nodular infiltrates were observed in the lower lobes of both lungs.", ["Lung opacity"]),
        // A linear density alone is an opacity; named as a sequela it is a fibrotic sequela too.
        ("Linear density increases are observed in the upper lobe of the right lung.", ["Lung opacity"]),
        ("Sequela pleuroparenchymal linear density increases in the upper lobe of the right lung.",
         ["Lung opacity", "Pulmonary fibrotic sequela"]),
        ("Linear sequelae densities are seen in the apical segment of the right upper lobe.",
         ["Lung opacity", "Pulmonary fibrotic sequela"]),
        ("Sequelae pleuroparenchymal bands at the apex of both lungs.", ["Pulmonary fibrotic sequela"]),
        ("Crazy paving appearance is observed in the subpleural area of the right lung middle lobe.", []),
        ("Parenchymal density was minimally decreased, consistent with mild hepatosteatosis.", []),
        ("Clinical and laboratory correlation of the findings in terms of infiltration is recommended.", []),
        ("The infiltration observed on 12.03.2021 shows full regression.", []),
        ("Heart contour and size are normal. Pericardial effusion - no thickening was detected.", []),
        ("Minimal pericardial effusion - no change compared to the previous examination.", ["Pericardial effusion"]),
        ("Nodular lesions in the omentum were evaluated in favor of peritoneal implants.", []),
        ("A port catheter is observed in the right hemithorax.", ["Medical material"]),
        ("Chest tubes are observed in both pleural spaces.", ["Medical material"]),
        // A filter in the inferior vena cava (probe P168).
        ("An IVC filter is partially seen in the upper abdominal sections.", ["Medical material"]),
        ("A subpleural ground-glass nodule in the posterobasal segment of the lower lobe of the left lung, which was observed in the previous examination, was not detected in the current examination.", []),
        ("Mild pleural effusion is observed in the right lung and was not detected in the previous examination.", ["Pleural effusion"]),
        ("Significant mass, nodule and infiltration were not distinguished in both lungs.", []),
        ("Band atelectatic changes in ground glass density were noted in the basal segments of both lower lobes.", ["Atelectasis", "Lung opacity"]),
        ("An increase in thickness is observed in the peribronchial sheath.", ["Peribronchial thickening"]),
        ("There is mild thickening in the central peribronchial sheath.", ["Peribronchial thickening"]),
        ("No pathological increase in wall thickness was observed in the thoracic esophagus.", []),
        ("There are emphysematous changes in the skin and subcutaneous tissue of the left chest wall.", ["Emphysema"]),
        ("There is no pathological increase in wall thickness in the esophagus, and there is a hiatal hernia at the lower end.", ["Hiatal hernia"]),
        ("Diaphragmatic hernia with intra-abdominal fatty planes is observed at the level of the esophagogastric junction.", ["Hiatal hernia"]),
        ("There is a left inguinal hernia.", []),
        ("Atherosclerosis.", []),
        ("Millimetric atherosclerotic changes are observed in the thoracic aorta.", ["Arterial wall calcification"]),
        ("Calcified atherosclerotic changes.", ["Arterial wall calcification"]),
        ("Slight aeration differences are observed in the parenchyma.", []),
        ("Mosaic attenuation in the form of aeration differences is observed.", ["Mosaic attenuation pattern"]),
        ("Interstitial thickening is observed in both lungs.", ["Interlobular septal thickening"]),
        ("There is linear density in the trachea at the supracarinal level.", []),
        ("Metallic circular density is available in the left hemithorax.", ["Medical material"]),
        ("A hypodense lesion of 20 mm with a density of approximately 27 HU is seen in the left adrenal gland.", []),
        // A density in HU after "with" measures the finding; a density named after "with" is still one (probe M171).
        ("A nodule with a density of 35 HU is seen in the right upper lobe.", ["Lung nodule"]),
        ("A nodule with a ground glass density is seen in the right upper lobe.", ["Lung nodule", "Lung opacity"]),
        ("A density compatible with calculi is observed in the gallbladder.", []),
        ("Degenerative Schmorl nodule impressions in the thoracic end plates.", []),
        ("Hypodense nodular lesions consistent with bilateral renal cortical cysts.", []),
        ("Millimetric calcific nodules are observed in the walls of the trachea and main bronchi.", []),
        ("Lymph nodes of 12 mm are observed at the hepatic hilum.", []),
        ("Radiopacities are observed in the lower lobe of the right lung.", ["Lung opacity"]),
        ("It has sequelae changes and atelectasis.", ["Pulmonary fibrotic sequela", "Atelectasis"]),
        ("Sequelae atelectasis is observed in the middle lobe of the right lung.", ["Pulmonary fibrotic sequela"]),
        ("A 7x4 mm intrapulmonary lymph node was observed on the left.", ["Lung nodule"]),
        ("The right jugular central venous catheter, which was observed in the previous examination, was removed.", []),
        ("Nodular lesions in the omentum were evaluated in favor of the implant.", []),
        ("Bilateral intrapectoral breast implants are observed.", ["Medical material"]),
        ("Diffuse nodular calcifications are observed in the walls of the trachea and both main bronchi.", []),
        ("A calcified nodule is observed in the upper lobe of the right lung.", ["Lung nodule"]),
        ("Active infiltration or mass lesion cannot be distinguished in the parenchyma on this background.", []),
        ("In both kidneys, thin-walled nodules or cysts without thick septa are observed, the largest 30 mm.", []),
        ("Mild effusion is observed in the perihepatic and perisplenic areas.", []),
        ("There is effusion in the pericholecystic area.", []),
        ("Lymph nodes with fatty hiluses that did not reach pathological size were observed in both axillae.", []),
        ("Metastatic nodules are observed in the skin and subcutaneous fat tissue in the posterolateral part of the right thorax.", []),
        ("Fullness and nodular appearance in both adrenals.", []),
        ("The vascular structures could not be evaluated optimally without contrast, and lymph nodes with a short diameter of 12 mm are observed in the mediastinum.", ["Lymphadenopathy"]),
        ("The lung bases could not be evaluated optimally due to breathing artifacts, and the cardiothoracic ratio increased.", ["Cardiomegaly"]),
        ("Thickening of the internodular septa is observed in the periphery of both lungs.", ["Interlobular septal thickening"]),
        // A band that is the shape of the finding before it is no fibrotic band.
        ("Atelectasis in the form of thick bands is seen in the left lower lobe.", ["Atelectasis"]),
        ("Ground glass densities in the form of bands are seen at the lung bases.", ["Lung opacity"]),
        ("Sequela pleuroparenchymal bands are seen at the left lung base.", ["Pulmonary fibrotic sequela"]),
        // "Infiltrative" is an opacity only when nothing else names the lesion.
        ("Findings in favor of infiltrative tumors are observed, unchanged in size.", []),
        // Pelvic organs, the pectoral muscle: no lung finding.
        ("Significant increase in density consistent with bile sludge in the lumen of the bladder.", []),
        ("Density compatible with the pace maker is observed at the left pectoral level.", ["Medical material"]),
        // "Pleural" of the effusion is not the nodules'.
        ("Bilateral pleural effusion, nodules in the parenchyma of both lungs.", ["Pleural effusion", "Lung nodule"]),
        // A typo of the pericardium still names it; a "phantom tumor" is fluid in a fissure.
        ("Minimal effusion is observed in the inferior percardium.", ["Pericardial effusion"]),
        ("On the left, there is a pleural effusion in the form of a phantom tumor in the fissure.", ["Pleural effusion"]),
        // Probe P173: the heart said enlarged after a look verb, or its enlargement "of the heart"; a chamber's is none.
        ("The heart was observed to be enlarged.", ["Cardiomegaly"]),
        ("Heart appears enlarged.", ["Cardiomegaly"]),
        ("The heart size was found to be increased.", ["Cardiomegaly"]),
        ("Enlargement of the heart was observed.", ["Cardiomegaly"]),
        ("The heart was found to be normal in size.", []),
        ("Enlargement of the heart chambers was observed.", []),
        // Atheromatous changes are atherosclerotic ones: a wall calcification where a vessel is named, none alone.
        ("Atheromatous changes were present in the aorta.", ["Arterial wall calcification"]),
        ("Atheromatosis was observed in the aortic arch.", ["Arterial wall calcification"]),
        ("Atheromatous changes in the coronary arteries.", ["Coronary artery wall calcification"]),
        ("Atheromatous changes.", []),
        // Devices in other words: staples, coils, lines, screws, a clip, an implant in a bone; end plates and "leading to" are none.
        ("Surgical staples are observed in the left lung upper lobe.", ["Medical material"]),
        ("Embolization coils are observed in the left lung lower lobe.", ["Medical material"]),
        ("A PICC line is observed in the right basilic vein.", ["Medical material"]),
        ("Plate and screws are observed in the right clavicle.", ["Medical material"]),
        ("An implant is observed in the right humerus.", ["Medical material"]),
        ("A clip was observed in the gallbladder bed.", ["Medical material"]),
        ("Degenerative changes are observed in the vertebral end plates.", []),
        ("The mass narrows the bronchus, leading to atelectasis in the lower lobe.", ["Atelectasis"]),
        // The stomach passing up into the chest in other words; another hernia, or one denied, is none.
        ("Herniation of the stomach into the thorax was observed.", ["Hiatal hernia"]),
        ("The gastric fundus herniates into the posterior mediastinum.", ["Hiatal hernia"]),
        ("Intrathoracic stomach is observed.", ["Hiatal hernia"]),
        ("No herniation of the stomach was observed.", []),
        ("Herniation of the omental fat through the umbilicus is observed.", []),
        // The heart's septa are no interlobular septa; the lungs' still are.
        ("Interatrial septal thickening was observed.", []),
        ("Thickening of the interventricular septum was observed.", []),
        ("Interlobular septal thickening was observed in both lungs.", ["Interlobular septal thickening"]),
        // Signs and devices named otherwise; the heart's look; the stomach's herniation as an adjective and a noun.
        ("Signet ring sign is observed in the lower lobes.", ["Bronchiectasis"]),
        ("Kerley B lines are observed in both lungs.", ["Interlobular septal thickening"]),
        ("A cardiac pacing device is observed in the left chest wall.", ["Medical material"]),
        ("The heart has an enlarged appearance.", ["Cardiomegaly"]),
        ("The heart has a normal appearance.", []),
        ("Gastric herniation into the mediastinum is observed.", ["Hiatal hernia"]),
        ("Hiatal herniation is observed.", ["Hiatal hernia"]),
        ("Bronchiectasies are observed in the lower lobes.", ["Bronchiectasis"]),
        ("A permcath is observed in the right internal jugular vein.", ["Medical material"]),
        ("A CVC is observed in the right internal jugular vein.", ["Medical material"]),
        // Grown "compared to normal" is larger than normal, no denial; normal compared to an old scan still is.
        ("Heart sizes increased compared to normal.", ["Cardiomegaly"]),
        ("Heart size was evaluated as normal compared to the previous examination.", []),
        // The coronary arteries by a plural noun or an abbreviation.
        ("Calcified plaques are observed in the coronaries.", ["Coronary artery wall calcification"]),
        ("Calcified plaques are observed in the LCx.", ["Coronary artery wall calcification"]),
        ("The coronaries are calcified.", ["Coronary artery wall calcification"]),
        // One word for both effusions; a big heart.
        ("Pleuropericardial effusion is observed.", ["Pleural effusion", "Pericardial effusion"]),
        ("No pleuropericardial effusion was observed.", []),
        ("The heart is big.", ["Cardiomegaly"]),
        ("The heart is not big.", []),
    ]

    @Test(arguments: labelCases)
    func labelConventions(_ sentence: String, _ labels: Set<String>) throws {
        #expect(try extract.labels(sentence) == labels, "\(sentence)")
    }

    /// More audited wordings (audits QQQQQQQQQ–P11), one sentence each: what the lexicon change reads.
    @Test func laterAuditedWordings() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        // Types: one finding where the words name one (not a generic opacity, cyst or nodule beside it).
        #expect(try read("Diffuse consolidation-infiltration areas in the right hemithorax.") == ["consolidation present -"])
        #expect(try read("Emphysema areas are panacinar in the right lung lower lobe.") == ["emphysema present -"])
        #expect(try read("Pulmonary nodules in the form of a budding tree are seen in the right lower lobe.") == ["tree-in-bud present -"])
        #expect(try read("Density increases in reticulonodular fibrotic sequelae in both lung apexes.")
            == ["reticular-fibrotic-sequela present -"])
        #expect(try read("Sequela density increases in the form of a pleuroparenchymal band in the middle lobe.")
            == ["fibrotic-band present -"])
        #expect(try read("An empyema-like fluid collection is observed in the pleural space.") == ["pleural-effusion present -"])
        #expect(try read("The nodule is observed in the right upper lobe, and it is largely calcified.") == ["nodule present -"])
        #expect(try read("Bull formations were observed in the left lung apex.") == ["bulla present -"])
        #expect(try read("Lymphangitis carcinomatosus in both lungs?") == ["lymphangitic-carcinomatosis uncertain -"])
        #expect(try read("Increased focal aeration in the right lower lobe.") == ["hyperaeration present -"])
        #expect(try read("A thin-walled collection area is observed in the liver.") == ["fluid present -"])
        #expect(try read("Nodules with a short axis below 1 cm are seen in the mediastinum.") == ["lymphadenopathy present -"])
        // Not lung or not arterial: pericardial plaques, the abdominal aorta with the iliac arteries, a device to revise.
        #expect(try extract.labels("Pericardial coarse calcified plaques are seen.").isEmpty)
        #expect(try extract.labels("Atherosclerotic changes in aorta and iliac arteries.").isEmpty)
        #expect(try read("Catheter revision is recommended.") == [])
        // Changes: a state is no change, a comma item "smaller" no decrease, seen in the previous CT stable.
        #expect(try read("Liver parenchyma density has decreased significantly in favor of adiposity.")
            == ["low-density present -", "hepatosteatosis present -"])
        #expect(try read("Lymph nodes are observed in the mediastinum, smaller lymph nodes are also present.")
            == ["lymphadenopathy present -", "lymphadenopathy present -"])
        #expect(try read("The sequelae changes described are observed in the previous CT.") == ["fibrotic-sequela present stable"])
        #expect(try read("Liver density has decreased significantly in line with fatty deposits.")
            == ["low-density present -", "hepatosteatosis present -"])
        // A bronchus said to be narrowed; a subsegmental level after the noun; calcifications the host contains; the thymus.
        #expect(try read("The left upper lobe bronchus is markedly narrowed.") == ["airway-narrowing present -"])
        #expect(try read("There is also an area of atelectasis at subsegmental level in the lingula.")
            == ["subsegmental-atelectasis present -"])
        #expect(try read("A mass is observed in the right upper lobe. The mass has irregular borders and contains calcifications.")
            == ["mass present -"])
        // … or has, the size said before it the host's (probe M169); a calcification a clause of its own places is one.
        #expect(try read("A nodule is seen in the left lower lobe. It is 6 mm in size and has calcification.") == ["nodule present -"])
        #expect(try read("A nodule is seen in the left lower lobe, and calcification is seen in the aortic wall.")
            == ["nodule present -", "arterial-wall-calcification present -"])
        #expect(try extract.findings("A nodular lesion of 20 mm is observed in the anterior mediastinum. This lesion may belong to "
            + "a thymic mass.").allSatisfy { $0.category == nil })
        // Audits U11–X11: a bulla-bleb pair in a translation slip (a real bullet is a foreign body); nodules' own calcification;
        // hypersensitivity pneumonitis by its first word; the case's history; a vascular enlargement sign.
        #expect(try read("Bullet-bleb formations are observed at the apical level.") == ["bulla present -", "bleb present -"])
        #expect(try read("Bullet fragments are observed in the right hemithorax.") == ["medical-material present -"])
        #expect(try read("Apart from this, nodules with calcification in the lungs are observed.") == ["nodule present -"])
        #expect(try read("Etiologies such as hypersensitivity may be considered in the differential diagnosis.")
            == ["interstitial-lung-disease uncertain -"])
        #expect(try read("It was learned that there was a mass in this localization on PET-CT.") == ["mass absent -"])
        #expect(try read("There are pleural thickness increases with sequelae calcifications in the left upper lobe pleura.")
            == ["pleural-thickening present -"])
        #expect(try read("The nodules in the left lung upper lobe, which have decreased density and turned into ground glass, "
            + "decreased in size.") == ["nodule present decreased"])
        #expect(try read("Cervical vertebra MR examination is recommended for metastasis.") == ["mass uncertain -"])
        #expect(try extract.findings("There are millimeter-sized lymph nodes in the mediastinum. There was no significant increase "
            + "in these findings compared to the previous examination.").map(\.temporal) == [.stable])
        #expect(try read("It is understood that ground glass areas appear in this examination.") == ["ground-glass-opacity present new"])
        #expect(try read("Cardiac cavities appear enlarged.") == ["cardiomegaly present -"])
        #expect(try read("Tree appearances with buds were observed in the right upper lobe.") == ["tree-in-bud present -"])
        // Audit B31: the vertebrae's densities and the chest's soft tissue "plans" (planes) said to be normal are no findings.
        #expect(try read("Vertebral body heights, alignments and densities are within normal limits.") == [])
        #expect(try read("The surrounding soft tissue plans are natural.") == [])
        #expect(try read("Soft tissues around the chest are natural.") == [])
        #expect(try read("Increased densities are observed in the left lower lobe.") == ["opacity present -"])
        // Audit D31: an abdominal organ's features listed as normal, an abdominal vessel not narrowed, lytic lesions named as
        // bone lesions, an enlarged organ's wall said "increased" (a state).
        #expect(try read("The contour, size and parenchymal density of the spleen are normal.") == [])
        // (audit mechanism M24: the list with commas only, "contour, size, parenchymal density of" an organ)
        #expect(try read("Contour, size, parenchymal density of the spleen are normal.") == [])
        #expect(try read("No stenosis-occlusion was observed in the abdominal aorta.") == [])
        #expect(try read("Narrowing of the right main bronchus is observed.") == ["airway-narrowing present -"])
        #expect(try read("Widespread lytic bone lesions compatible with myeloma.").first == "bone-lesion present -")
        #expect(try read("Increased esophageal wall thickness.") == ["thickening present -"])
        // Audit E31: the fatty liver a low liver density is consistent with (MT "adiposity"); fluid densities around the liver;
        // edema of the soft tissues.
        #expect(try read("Liver parenchyma density is diffusely decreased, consistent with mild adiposity.")
            == ["low-density present -", "hepatosteatosis present -"])
        #expect(try read("Minimal perihepatic fluid densities are seen.") == ["fluid present -"])
        #expect(try read("Diffuse soft tissue edema persists.") == [])
        // Sweep A31: more normal templates (an organ's contour, size and density; the thymus's fatty involution); no size change.
        #expect(try read("The liver contour and size, and parenchymal density are normal.") == [])
        #expect(try read("Thymus shows hypodense areas compatible with fatty involution and no mass configuration.")
            == ["mass absent -"])
        #expect(try read("The mass in the left lower lobe shows no significant size change.") == ["mass present stable"])
        // Audit F31: a resected lesion is gone; a liver's density losses; healed rib fractures named with "sequel".
        #expect(try read("The expansile mass in the right upper lobe was resected.") == ["mass absent -"])
        #expect(try read("Diffuse density losses in the liver, consistent with fatty liver.")
            == ["low-density present -", "hepatosteatosis present -"])
        #expect(try read("Sequel rib fractures are seen on the left.") == ["fracture present -"])
        // Audit G31: "more than one" is several; what the case is followed up for is history; "in line with" interprets.
        #expect(try extract.findings("More than one parapelvic cyst is observed in the left kidney.").map(\.multiple) == [true])
        #expect(try read("Findings are stable in the case followed up for testicular tumor.") == [])
        #expect(try extract.findings("Liver density decreased, in line with steatosis.").map(\.interpreted) == [true, false])
        // Audit I31: an air-fluid level the effusion shows is no fluid finding of its own; destructive bone lesions.
        #expect(try read("A loculated effusion is observed in the left hemithorax with air-fluid leveling.")
            == ["pleural-effusion present -"])
        // … nor one a cavity or a bronchiectasis holds, said with the noun "level" (probe P168).
        #expect(try read("A thick-walled cavity with an air-fluid level is observed in the right upper lobe.") == ["cavity present -"])
        #expect(try read("Varicose bronchiectasis containing air-fluid levels is seen in the left lower lobe.")
            == ["bronchiectasis present -"])
        // … nor one said in a sentence of its own to lie in the cavity named before (probe M170); one in the pleural space is
        // the pleural air and fluid still.
        #expect(try read("A cavitary lesion is seen in the left lower lobe. An air-fluid level is observed in the cavity.")
            == ["cavity present -"])
        #expect(try read("An air-fluid level is observed in the pleural cavity on the left.")
            == ["pneumothorax present -", "pleural-effusion present -"])
        #expect(try read("No lytic or destructive bone lesions were observed.").allSatisfy { $0.hasPrefix("bone-lesion absent") })
        // Audit J31: a fatty change seen in the liver's parenchymal density: no opacity of its own.
        #expect(try read("A change consistent with hepatosteatosis is observed in liver parenchymal density.")
            == ["hepatosteatosis present -"])
        // Sweep C31: the pleura retracted; atelectatic changes in the form of a band.
        #expect(try read("Micro-retractions are observed on the pleural surfaces of both lungs.") == ["pleural-irregularity present -"])
        #expect(try read("Atelectatic band-like changes in the left lower lobe.") == ["linear-atelectasis present -"])
        // Audit M31: the fluid attenuation of a cyst is its content, no fluid finding (nor the one taking its size).
        let cysts = try extract.findings("Cysts in fluid attenuation, the largest 41 mm, are observed in both kidneys.")
        #expect(cysts.map(\.type) == ["cyst"] && cysts.first?.size?.maxMM == 41)
        // Audit O31: the periphery of a consolidation is a place, no consolidation of its own.
        #expect(try read("Septal thickenings were observed in the consolidation periphery of both lower lobes.")
            == ["septal-thickening present -"])
        // Audit P31: the fatty deposits a low liver density is in line with are the hepatosteatosis.
        #expect(try read("Liver parenchyma density decreased in line with fatty deposits.")
            == ["low-density present -", "hepatosteatosis present -"])
        // Sweep T31: a thick wall said "increased" and a response category are no changes; a number unchanged leaves a size
        // change said before it. Audit Q31: splenomegaly, pneumomediastinum, air in the subcutaneous fat.
        #expect(try read("Gallbladder wall thickness increased.") == ["thickening present -"])
        #expect(try extract.findings("Lymph nodes with a short diameter of 12 mm in the mediastinum increased in size compared to "
            + "the previous CT, and no significant change was observed in the number of lymph nodes.").map(\.temporal)
            .allSatisfy { $0 != .stable })
        #expect(try read("Splenomegaly is observed.") == ["splenomegaly present -"])
        #expect(try read("Pneumomediastinum is observed.") == ["pneumomediastinum present -"])
        #expect(try extract.labels("Air images are observed in the subcutaneous fatty tissues anterior to the sternum.")
            .contains("Emphysema"))
        // Audit A32: the liver's density named as a frame, then its decrease: one low density; the bones' density decreased is
        // a state (no opacity, no change); the densities of several devices are the devices; a curve facing a side is no side.
        #expect(try read("In the liver parenchyma density, a reduction in density is seen, suggesting steatosis.")
            == ["low-density present -", "hepatosteatosis uncertain -"])
        #expect(try read("The density of the bone structures has decreased.") == ["osteoporosis present -"])
        #expect(try read("Densities of several clips are seen at the gastroesophageal junction.") == ["medical-material present -"])
        #expect(try extract.findings("Right-facing scoliosis is seen in the thoracic vertebrae, with fractures of the vertebral "
            + "bodies.").map { "\($0.type) \($0.laterality.rawValue)" } == ["scoliosis none", "fracture none"])
        #expect(try extract.findings("Fractures are observed in the right ribs.").map(\.laterality) == [.right])
        // Sweep D32: the thymus remnant's triangular density is no opacity (one in a lobe is); an organ's homogeneous density;
        // the "paraaortal" spelling beside the abdominal aorta.
        #expect(try read("A triangular density secondary to the thymic remnant is observed in the anterior mediastinum.") == [])
        #expect(try read("A triangular density is observed in the lingula.") == ["opacity present -"])
        #expect(try read("The liver parenchyma density is homogeneous.") == [])
        #expect(try read("Paraaortal millimetric lymph nodes are observed.") == ["extrathoracic-lymph-node present -"])
        // Audit D32: emphysema named in the mediastinum is air there; vertebroplasty a device; the vertebrae's density lowered a
        // low density (read as the osteopenia it is consistent with, audit D36); the pulmonary vessels' expansion a vascular
        // enlargement.
        #expect(try read("Emphysema areas are observed in the anterior mediastinum.") == ["pneumomediastinum present -"])
        #expect(try read("A hyperdense appearance of vertebroplasty is observed in the L1 vertebra.") == ["medical-material present -"])
        #expect(try read("There is a decrease in vertebral densities consistent with osteopenia.")
            == ["osteoporosis present -"])
        #expect(try read("Minimal expansion of the pulmonary vascular structures is observed.") == ["vascular-enlargement present -"])
        // Audit C32: a vessel measured, "and" its state: a vascular enlargement of that width; bronchi widened in their centre;
        // pneumoconiosis; "there is a clearing" (a regression) said of the finding before.
        let trunk = try extract.findings("The pulmonary trunk is 36 mm and ectatic.")
        #expect(trunk.map(\.type) == ["vascular-enlargement"] && trunk.first?.size?.maxMM == 36)
        #expect(try read("The pulmonary trunk is 26 mm.") == [])
        #expect(try read("There is minimal enlargement in the center of the bronchial structures in both lower lobes.")
            == ["bronchiectasis present -"])
        #expect(try read("The findings were interpreted in favor of pneumoconiosis.") == ["interstitial-lung-disease present -"])
        #expect(try extract.findings("Pleural thickening on the left. According to the previous examination, there is a clearing.")
            .map(\.temporal) == [.decreased])
        // Audit E32: hepatosplenomegaly names the liver and the spleen enlarged; a content "increased and heterogeneous" is a
        // state; a pattern the findings before are "creating" lies where they are.
        #expect(try read("Hepatosplenomegaly.") == ["hepatomegaly present -", "splenomegaly present -"])
        #expect(try read("The gallbladder intraluminal density is increased and heterogeneous.") == ["high-density present -"])
        let paving = try extract.findings("Septal thickenings are observed in the ground glass areas in the right lower lobe, "
            + "creating a cobblestone appearance.")
        #expect(paving.map(\.type) == ["septal-thickening", "ground-glass-opacity", "crazy-paving"])
        #expect(paving.last?.lobes == ["RLL"])
        // Audit F32: plaques after a sentence about the abdominal aorta are its own; a collection's air-fluid level no fluid of
        // its own; the "macrocalculus" spelling.
        #expect(try read("The abdominal aorta has a normal calibre. Millimetric calcific atheroma plaques are observed.")
            == ["extrathoracic-arterial-calcification present -"])
        #expect(try read("An air-fluid leveled organized collection area is observed in the right hemithorax.") == ["fluid present -"])
        #expect(try extract.findings("Two macrocalculus appearances, the largest 11 mm, are observed in the gallbladder.")
            .map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["calculus 11.0"])
        // Audit G32: a collection in the abdomen is fluid; an organ's parenchyma density "has a" look: the look, no opacity.
        #expect(try read("No intraabdominal collection was observed.") == ["fluid absent -"])
        #expect(try read("The liver parenchyma density has a hypodense appearance.") == ["low-density present -"])
        // Audit H32: fluid loculations; a lesion holding cystic areas stays a lesion; swollen soft tissues are a place.
        #expect(try read("Fluid loculations are observed in the right lobe of the liver.") == ["fluid present -"])
        #expect(try read("A solidified lesion containing cystic areas is observed in the left subdiaphragmatic area.")
            == ["lesion present -"])
        // Scan T45: an edematous chest wall is subcutaneous edema (was no finding)
        #expect(try read("Surrounding soft tissue and muscle structures are intensely edematous.") == ["subcutaneous-edema present -"])
        #expect(try read("A soft tissue density is observed in the anterior mediastinum.").count == 1)
        // Sweep R32: a mass named again that extends from one layer to another (the second place far on) is that mass; an
        // accessory spleen "of the same density as" the spleen is no opacity.
        #expect(try read("A mass is observed in the left chest wall. The mass extends from the intercostal space to the "
            + "subcutaneous fatty tissue.") == ["mass present -"])
        #expect(try read("A splenule of the same density as the spleen, 10 mm in diameter, is observed.") == [])
        // Audit I32: a steatosis misspelling; a finding seen before that "could not be visualized" now is gone; a metastatic
        // appearance in a rib is a mass there; a liver lobe's segment named by side is the liver's (no body side).
        #expect(try read("Hepatostetaosis is present in the liver.") == ["hepatosteatosis present -"])
        #expect(try read("The hypodense lesion observed in the previous examination could not be visualized in this examination.")
            == ["low-density absent resolved"])
        let rib = try extract.findings("A metastatic appearance is observed in the right first rib.")
        #expect(rib.map(\.type) == ["mass"] && rib.first?.category == nil)
        #expect(try extract.findings("A hypodense lesion is observed in the left lobe lateral segment of the liver.")
            .map(\.laterality) == [.none])
        // Audit L32: a renal angiomyolipoma is an organ mass outside the chest (no lung category).
        let tumour = try extract.findings("There is a 13 mm angiomyolipoma in the right kidney.")
        #expect(tumour.map(\.type) == ["angiomyolipoma"] && tumour.first?.category == nil && tumour.first?.size?.maxMM == 13)
        // Sweep I32: an impression calling the thyroid gland larger is the gland's state, no change for its nodules.
        #expect(try extract.findings("FINDINGS: There are some calcified nodules in the left thyroid gland. IMPRESSION: Increased "
            + "left thyroid gland size, calcified nodules in the thyroid.").map(\.temporal) == [nil])
        // Audit N32: a torn diaphragm; fat densities inside a lesion are low densities, no opacity.
        #expect(try read("Findings consistent with diaphragmatic rupture are observed on the left.")
            == ["diaphragmatic-rupture present -"])
        #expect(try read("A low-density lesion is observed in the left adrenal gland, in which fat densities are observed.")
            .allSatisfy { $0.hasPrefix("low-density") })
        // Audit M32: a nodule's own base is no lung base; the hepatic veins are vessels, not the liver; "non-specific" after a
        // comma inside one phrase.
        #expect(try extract.findings("A 5 mm nodule whose base sits on the major fissure is observed in the right lower lobe.")
            .map(\.places) == [["major-fissure"]])
        #expect(try read("The inferior vena cava is wider than normal in the inferior and hepatic veins.")
            == ["vascular-enlargement present -"])
        #expect(try read("A millimeter-sized, calcified, non-specific parenchymal nodule in the right lung.") == ["nodule present -"])
        // Audit O32: calcified mediastinal lymph nodes are the nodes (no calcification of their own); a steatosis misspelling.
        #expect(try read("Calcified mediastinal lymph nodes are observed in the right upper paratracheal area.")
            == ["lymphadenopathy present -"])
        #expect(try read("The liver parenchyma has an appearance compatible with stratosis.").contains("hepatosteatosis present -"))
        // Audit B33: a widened trachea is tracheomegaly, so the impression's "Tracheomegaly." names it again.
        let trachea = try extract.findings("FINDINGS: The trachea is dilated. IMPRESSION: Tracheomegaly.")
        #expect(trachea.map(\.type) == ["tracheomegaly"] && trachea.first?.sentence == 0)
        // Audit A33: a fusiform aneurysm named as a noun widens its vessel; a density lying in the thymic remnant is the
        // remnant (no opacity); widened segmental airways in MT wording are bronchiectasis.
        let aneurysm = try extract.findings("A fusiform aneurysm is observed in the abdominal aorta, 35 mm.")
        #expect(aneurysm.map(\.type) == ["vascular-enlargement"] && aneurysm.first?.size?.maxMM == 35)
        #expect(try read("A linear density is observed in the thymic remnant.").isEmpty)
        #expect(try read("There is increased calibration in the subsegmental bronchi of the left lower lobe.")
            == ["bronchiectasis present -"])
        // Audit D33: a hollow organ's homogeneous wall thickness is a normal statement; the veins' widened diameter before a
        // comma is their state, no change of the next list item (scan T46: the widened splenic vein, a vein of the portal
        // system, is read as the portal vein's dilatation).
        #expect(try read("Bladder filling is natural, homogeneous wall thickness.").isEmpty)
        #expect(try read("Splenic vein diameter increased, splenomegaly.")
            == ["portal-vein-dilatation present -", "splenomegaly present -"])
        // Audit C33: nodular lesions called metastatic are one nodule (no generic lesion beside it); lesions seen on the
        // earlier CT scan are stable.
        let metastases = try extract.findings("Multiple nodular metastatic lesions are observed in the liver, the largest 14 mm.")
        #expect(metastases.map(\.type) == ["nodule"] && metastases.first?.size?.maxMM == 14)
        #expect(try read("Hypodense lesions observed in the previous CT scan are present in the liver.")
            == ["low-density present stable"])
        // Audit E33: nodules "with ground glass density" are ground-glass nodules, no opacity beside them.
        #expect(try read("Nodules with ground glass density were not detected in both lungs.") == ["ground-glass-nodule absent -"])
        // Audit F33: ascites is fluid; the pulmonary cone is the pulmonary artery; "the distinction between A and B could not
        // be made" doubts both.
        #expect(try read("Intraabdominal ascites is observed.") == ["fluid present -"])
        #expect(try extract.findings("The pulmonary cone is wider than normal, 36 mm.").map(\.places) == [["pulmonary-artery"]])
        #expect(try extract.findings("The distinction between a hemorrhagic cyst and a solid lesion could not be made in the "
            + "left kidney.").map(\.assertion) == [.uncertain, .uncertain])
        // Audits G33 / H33: the mediastinal and costal pleura together are the parietal pleura (one thickening, no mediastinal
        // one); vertebroplasty cement in MT wording is material; a fatty-looking liver is steatosis; a node in the
        // supraclavicular fossa is extrathoracic, beside a mediastinal one.
        #expect(try read("Irregular thickenings are observed in the mediastinal and costal pleura on the right.")
            == ["pleural-thickening present -"])
        #expect(try read("Surgical filling materials are observed in the T11 and T12 vertebrae.") == ["medical-material present -"])
        #expect(try read("The liver is observed in fatty appearance.") == ["hepatosteatosis present -"])
        #expect(try read("No lymph node is observed in the supraclavicular fossa.") == ["extrathoracic-lymph-node absent -"])
        #expect(try extract.findings("Lymph nodes in the mediastinum and supraclavicular regions.").map(\.type)
            == ["lymphadenopathy", "extrathoracic-lymph-node"])
        // Sweep W: misspellings no lexicon term read (a finding, a place, the MT plural of a segment).
        #expect(try read("Pnomomediastinum is observed.") == ["pneumomediastinum present -"])
        #expect(try extract.findings("A subplebral nodule of 4 mm is seen in the right lower lobe.").map(\.places) == [["subpleural-region"]])
        #expect(try extract.findings("Ground glass densities in the right lung upper lobe posteriors.").map(\.segments)
            == [["RUL-posterior"]])
        // Audits I33 / J33: a hemangioma of a vertebra is a bone lesion; air in the bile ducts is pneumobilia (not free air by
        // the liver); a femoral herniation pit is a bone lesion; a lung laceration is typed as a contusion; an enhancement
        // pattern is no nodule; bone "adjacent to the fracture line" names the fracture again.
        #expect(try read("Hemangioma was observed in the T9 vertebra.") == ["bone-lesion present -"])
        #expect(try read("Air images are present in the intrahepatic bile ducts.") == ["pneumobilia present -"])
        #expect(try read("A herniation pit is observed in the left femoral head.") == ["bone-lesion present -"])
        #expect(try read("Density compatible with a parenchymal laceration is observed in the left upper lobe.")
            == ["opacity present -", "alveolar-hemorrhage present -"])
        #expect(try read("The mass lesion shows peripheral nodular enhancement in the liver.") == ["mass present -"])
        #expect(try read("A fracture is observed in the right 6th rib, with callus in the bone structures adjacent to the "
            + "fracture line.") == ["fracture present -"])
        // Audits K33 / L33: "in the direction of suspicious X" doubts X; what the case was treated for is history; the front
        // wall of the chest is the chest wall.
        #expect(try extract.findings("A hyperdensity in the left kidney was evaluated in the direction of suspicious calculus.")
            .first { $0.type == "calculus" }?.assertion == .uncertain)
        #expect(try read("In the case who was treated for Covid-19 pneumonia, ground glass densities are observed in the right "
            + "lower lobe.") == ["ground-glass-opacity present -"])
        #expect(try extract.findings("A port catheter is observed on the left anterior wall of the chest.").map(\.places)
            == [["chest-wall"]])
        // Audit M33: an organ's nodular thickness said to increase is one measured thickening, no nodule beside it.
        let limb = try extract.findings("An increase in nodular thickness reaching 9 mm is observed in the medial crus of the left "
            + "adrenal gland.")
        #expect(limb.map(\.type) == ["thickening"] && limb.first?.size?.maxMM == 9)
        // Audit P33: a node's thickened cortex is the node's shape, no thickening of its own.
        #expect(try read("Lymph nodes with thickened cortex are observed in the right axilla, the largest 12 mm.")
            == ["extrathoracic-lymph-node present -"])
        // Audit O33: bone density lowered by osteopenia is that osteopenia (scan T41), no opacity.
        #expect(try read("There is a decrease in osteopenic density in the bone structures.") == ["osteoporosis present -"])
        // Audits A34–D34: an enlarged spleen said by its size; an organ said to look thick; a wall lesion named by its
        // polyp-like look (not when that look is the shape of a lesion named before it); a misspelled tracheostomy; plural
        // "areas of consolidation" several.
        #expect(try read("Spleen sizes were increased.") == ["splenomegaly present -"])
        #expect(try read("Spleen size is normal.").isEmpty)
        #expect(try read("A thick appearance is observed in both adrenal glands.") == ["thickening present -"])
        #expect(try read("A 5x4 mm polypoid appearance is seen on the left wall of the trachea.") == ["polypoid-lesion present -"])
        #expect(try read("A soft tissue formation with a polypoid appearance is seen in the right main bronchus.")
            == ["soft-tissue present -"])
        #expect(try read("Changes secondary to tracheostemia are observed.") == ["medical-material present -"])
        #expect(try extract.finding("consolidation", in: "Areas of consolidation are seen in the left lower lobe.")?.multiple == true)
        // A sentence opening lower-case on "both" after a full stop is a sentence of its own: the denial before it has no side.
        #expect(try extract.finding("thickening", in: "No wall thickening was detected in the esophagus. both hemithorax AP "
            + "diameters are increased.")?.laterality == Laterality.none)
        // Audits E34–G34: "evaluated in the direction of" reads (not when "suspicious" follows: a doubt); calcifications
        // placed in the bronchial walls are the airway wall's; cirrhosis.
        #expect(try read("Calcific foci in the left kidney were evaluated in the direction of calculi.")
            == ["calcification present -", "calculus present -"])
        #expect(try extract.finding("calcification", in: "Calcific foci in the left kidney were evaluated in the direction of "
            + "calculi.")?.interpreted == true)
        #expect(try extract.finding("calculus", in: "A hyperdense focus in the left kidney was evaluated in the direction of "
            + "suspicious calculus.")?.assertion == .uncertain)
        #expect(try read("Calcifications in the bronchial walls are observed in the right lung.")
            == ["airway-wall-calcification present -"])
        #expect(try read("Chronic liver parenchymal disease (cirrhosis) is noted.")
            == ["chronic-liver-disease present -", "cirrhosis present -"])
        // Audit H34: the spleen said enlarged with no size word (with the liver: the hepatomegaly too); "pericardia" a
        // truncated "pericardial"; a lesion "belonging to" a nodule is read as it.
        #expect(try read("Liver and spleen appear enlarged.") == ["hepatomegaly present -", "splenomegaly present -"])
        #expect(try read("The spleen is not enlarged.").isEmpty)
        #expect(try read("Pericardia, pleural effusion or thickening were not observed.") == ["pericardial-effusion absent -",
            "pleural-effusion absent -", "pericardial-thickening absent -", "pleural-thickening absent -"])
        #expect(try extract.finding("lesion", in: "A lesion belonging to a hypodense nodule is seen in the right thyroid lobe.")?
            .interpreted == true)
        // Audit J34: what a lesion holds ("in which fat densities are observed") or is said to be of ("The lesion is of fluid
        // density") is no finding of its own.
        #expect(try read("A 14 mm low-density lesion is seen in the left adrenal gland, in which fat densities are observed.")
            == ["low-density present -"])
        #expect(try extract.findings("A hypodense lesion is observed in the right lobe of the liver. The lesion is of fluid "
            + "density.").count == 1)
        // Audit L34: myelolipoma, an adrenal tumour outside the chest; an impression item "increased pulmonary artery
        // diameters" is the widened vessel.
        #expect(try read("A 40 mm fat-containing appearance in the right adrenal gland in favor of myelolipoma.")
            == ["myelolipoma present -"])
        #expect(try read("Pericardial effusion, increased pulmonary artery diameters.")
            == ["pericardial-effusion present -", "vascular-enlargement present -"])
        // Audit I34: free air in the abdomen; the spleen measured and said enlarged; a collection named by its low
        // attenuation is fluid; a lesion "in the fat density" has no low density beside it.
        #expect(try read("There is intraabdominal free air after the operation.") == ["pneumoperitoneum present -"])
        #expect(try read("Free air images inside the abdomen are observed.") == ["pneumoperitoneum present -"])
        #expect(try read("Spleen craniocaudal length was 152 mm and enlarged.") == ["splenomegaly present -"])
        #expect(try read("A 20x30 mm low-density collection is seen adjacent to the graft.") == ["fluid present -"])
        #expect(try read("A 12 mm lesion in the fat density is seen in the left kidney, compatible with angiomyolipoma.")
            == ["lesion present -", "angiomyolipoma present -"])
        // Audit M34: "the liver in both lobes" is the liver (no body side); a bracketed "fat necrosis calcification?" reads the
        // calcification before it, no second one.
        #expect(try extract.finding("low-density", in: "Multiple hypodense lesions are observed in the liver in both lobes.")?
            .laterality == Laterality.none)
        #expect(try read("A nodule with rim calcification is seen in the left breast (fat necrosis calcification?).")
            == ["nodule present -"])
        // Audit O34: a sentence the translation opened lower-case on an organ word is a sentence of its own (its "bilateral"
        // places nothing before it); sequelae calcifications of the liver are calcifications, no lung sequela.
        #expect(try extract.finding("linear-atelectasis", in: "Linear atelectasis is seen in the lingular segment of the left "
            + "lung. parenchymal aeration of bilateral lungs is normal.")?.laterality == .left)
        #expect(try read("Sequelae nodular calcifications are seen in the right lobe of the liver.") == ["calcification present -"])
        // Audit N34: a device's part named in a "whose" clause and said to end somewhere is that device again; a mass "in
        // infiltrative nature" holds no opacity of its own.
        #expect(try read("A port catheter is observed in the right subclavian vein, whose catheters end in the right atrium.")
            == ["medical-material present -"])
        #expect(try read("A large mass lesion in infiltrative nature is seen in the right upper lobe.") == ["mass present -"])
        // Audit P34: the liver's or spleen's size said grown (also "measured as … and increased"); a bile duct measured and
        // wider than normal is dilated.
        #expect(try read("The size of the liver entering the cross-sectional area has increased.") == ["hepatomegaly present -"])
        #expect(try read("The size of the liver lesion has increased.") != ["hepatomegaly present -"])
        #expect(try read("The spleen cc size was measured as 155 mm and increased.") == ["splenomegaly present -"])
        #expect(try read("The common bile duct measures 10 mm at its widest point and is wider than normal.")
            == ["ectasia present -"])
        // Audit U34: the translation's "fattening" of a lowered liver density is hepatosteatosis.
        #expect(try read("Liver parenchyma density has decreased in favor of fattening.").contains("hepatosteatosis present -"))
        // Audit S34: a prominent aortic arch is its widening; "prominent" before the coronary arteries is no finding.
        #expect(try read("Slight prominence in the aortic arch.") == ["vascular-enlargement present -"])
        // Audit V34: both thyroid lobes said grown "in size" after the verb are a goiter.
        #expect(try read("Both thyroid lobes and isthmus are increased in size.") == ["goiter present -"])
        // Audit Y34: a thickened (subpleural) interstitial tissue is septal thickening, no interstitial lung disease.
        #expect(try read("Thickening of the subpleural interstitial tissue is observed in both lungs.")
            == ["septal-thickening present -"])
        // Audit W34: air placed in the mediastinum is pneumomediastinum; air inside a consolidation's center is none.
        #expect(try read("Air images are observed in the anterior mediastinum.") == ["pneumomediastinum present -"])
        #expect(try read("Consolidation in the air center is observed in the right hilar region.").contains("pneumomediastinum present -")
            == false)
        // Audit B35: a sentence singling out one of the lesions just described names no new lesion (and keeps its place).
        #expect(try read("Among the lesions, the one in the right kidney has a hyperdense appearance.") == ["high-density present -"])
        // Audit C35: the translation's "contamination" of fat planes is fat stranding, a raised density of that fat (no opacity).
        #expect(try read("Contaminations are observed in the perirenal fat planes of the left kidney.") == ["high-density present -"])
        // Audit D35: the translation's "microcalcular" image in a kidney is a small stone.
        #expect(try read("A microcalcular image is observed in the left kidney.") == ["calculus present -"])
        // Audit G35: the fat an adrenal lesion is said to contain is its content, no low density of its own.
        #expect(try read("A 14 mm nodular lesion containing fat densities is observed in the left adrenal gland.")
            .contains("low-density present -") == false)
        // Audit H35: the spleen said to be larger than normal is splenomegaly; its normal size is none.
        #expect(try read("The spleen is observed to be larger than normal.") == ["splenomegaly present -"])
        #expect(try read("The spleen is observed to be of normal size.") == [])
        // Audit I35: a calcified focus doubted to be a polyp is that possible polyp (no second calcification); a fatty liver has
        // no side from a stone in the kidney beside it; a decrease said across "parenchymal" is the finding's change.
        #expect(try read("A calcified focus (calcified polyp?) is observed in the gallbladder wall.")
            == ["calcification present -", "polypoid-lesion uncertain -"])
        #expect(try extract.findings("Hepatosteatosis and a 3 mm stone in the left kidney.").map(\.laterality) == [.none, .left])
        #expect(try read("There is a minimal decrease in parenchymal ground glass densities in the right lung.")
            == ["ground-glass-opacity present decreased"])
        // Audit L35: a lipoma of a chest-wall muscle and colonic diverticula are organ findings outside the lungs (no category);
        // a diverticulum said of the trachea stays the tracheal one.
        #expect(try read("A 21x18 mm lipoma is observed in the left latissimus dorsi muscle.") == ["lipoma present -"])
        #expect(try extract.findings("Diverticula were observed in the descending colon.").map { "\($0.type) \($0.category == nil)" }
            == ["diverticulum true"])
        #expect(try read("A 4 mm diverticulum is observed in the right posterolateral wall of the trachea.")
            == ["tracheal-diverticulum present -"])
        // Audit A36: the thyroid's size said as an of-phrase before its verb is a goiter (its normal size none); air densities
        // in the bile ducts are pneumobilia, as the air finding's.
        #expect(try read("The size of the thyroid gland has increased and its contour is lobulated.") == ["goiter present -"])
        #expect(try read("The size of the thyroid gland is normal.") == [])
        #expect(try read("Air densities are seen in the bile ducts.") == ["pneumobilia present -"])
        // Audit D36: a lowered bone density (osteoporosis, osteopenia, an osteoporotic appearance) is a bone finding without a
        // category; doubted in brackets it is uncertain; degenerative changes named beside it are still read.
        #expect(try read("An osteopenic appearance is observed in the thoracic vertebrae.") == ["osteoporosis present -"])
        #expect(try read("Sclerotic changes in the vertebral bodies (osteoporosis?).").contains("osteoporosis uncertain -"))
        #expect(try read("Degenerative changes and osteopenia are observed in the bone structures.")
            .contains("degenerative-bone-change present -"))
        // Audit E36: "formations" and "images" after a finding noun make it plural; a bare cage is a device (the rib cage is
        // the chest wall); a liver lobe named level before side is no lung lobe.
        #expect(try extract.findings("Bulla formations are observed in the apical segments of both lungs.").map(\.multiple)
            == [true])
        #expect(try extract.findings("Calculus images are observed in the right kidney.").map(\.multiple) == [true])
        // Audit T50: an adjective term alone before "and" shares the number of the plural head after it; a noun keeps its own,
        // and a singular head after it leaves both one.
        #expect(try extract.findings("Ground glass and consolidation areas are seen in both lower lobes.").map(\.multiple)
            == [true, true])
        #expect(try extract.findings("Pleural effusion and atelectatic changes are seen on the right.").map(\.multiple)
            == [false, true])
        #expect(try extract.findings("Ground glass and consolidation area is seen in the left lower lobe.").map(\.multiple)
            == [false, false])
        #expect(try read("A cage is observed in the C5-C6 intervertebral disc space.") == ["medical-material present -"])
        #expect(try read("The rib cage is symmetrical.") == [])
        #expect(try extract.findings("Hypodense lesions are observed in the superior right lobe of the liver.").map(\.lobes)
            == [[]])
        // Audit F36: the liver's length measured and then said larger than normal is hepatomegaly (measured alone, none); a
        // fatty-liver change placed in the liver's parenchymal density at the sentence end is no opacity.
        #expect(try read("The hepatic vertical length was measured 168 mm and was larger than normal.") == ["hepatomegaly present -"])
        #expect(try read("The hepatic vertical length was measured 150 mm.") == [])
        #expect(try read("Changes consistent with hepatosteatosis in liver parenchyma density.") == ["hepatosteatosis present -"])
        // Audit I36: "consolidation areas" names several, as "areas of consolidation". Audit J36: the organ a finding compresses
        // (and the direction it pushes) is no place of the finding.
        #expect(try extract.findings("Patchy consolidation areas are observed in the lower lobe of the left lung.").map(\.multiple)
            == [true])
        #expect(try extract.findings("A consolidation area is observed in the lower lobe of the left lung.").map(\.multiple)
            == [false])
        #expect(try extract.findings("Lymphadenopathies in the mediastinum compress the esophagus laterally.").map(\.places)
            == [["mediastinum"]])
        // Audit K36: "free liquid", a literal translation of free fluid, is fluid (an air-liquid level stays none).
        #expect(try read("Free liquid was not observed in the abdomen.") == ["fluid absent -"])
        // Audit L36: "porotic", the short form, is osteoporosis too; degenerative changes named beside it are still read.
        #expect(try read("The bone structure is slightly porotic.") == ["osteoporosis present -"])
        #expect(try read("Porotic appearance and degenerative changes in the bone structures.")
            == ["osteoporosis present -", "degenerative-bone-change present -"])
        // Audit T50: the misspellings "osteoprosis" and "osteoparotic" are osteoporosis too; osteophytes are still not.
        #expect(try read("Coarse trabeculae in keeping with osteoprosis are seen in the thoracic vertebrae.")
            == ["osteoporosis present -"])
        #expect(try read("Osteoparotic appearance of the vertebral bodies.") == ["osteoporosis present -"])
        #expect(try read("Anterior osteophytes are seen in the thoracic vertebrae.") == ["osteophyte present -"])
        // Audit A37: an infection doubted in brackets after a gallbladder finding is no lung infection; after a lung
        // consolidation it still is one.
        #expect(try read("Diffuse thickening of the gallbladder wall is observed (cholecystitis? infection?).")
            == ["thickening present -"])
        #expect(try read("Patchy consolidation in the right lower lobe (infection?).")
            == ["consolidation present -", "pneumonia uncertain -"])
        // Audit D37: osteoarthritis, as noun or adjective, is bone and joint wear (one finding with "degenerative" before
        // it), denied as such.
        #expect(try read("Minimal degenerative osteoarthritis changes are observed in the thoracic vertebrae.")
            == ["degenerative-bone-change present -"])
        #expect(try read("No osteoarthritic changes are observed in the bone structures.") == ["degenerative-bone-change absent -"])
        // Audit E37: "areas of ground glass" names several, as "areas of consolidation" (one area, one); "cardiac" before
        // a pacemaker is part of its name, no heart place of the device.
        #expect(try extract.findings("Areas of ground glass are observed in the peripheral and central parts of both lungs.")
            .map(\.multiple) == [true])
        #expect(try extract.findings("An area of ground glass is observed in the lower lobe of the right lung.").map(\.multiple)
            == [false])
        #expect(try extract.findings("A cardiac pacemaker is observed in the left chest wall.").map(\.places) == [["chest-wall"]])
        // Audit G37: an unknown hyphenated pair between modifiers is one of them (one lesion, no low density beside it;
        // two nouns joined by "and" stay two findings); osteoarthrosis is joint wear.
        #expect(try read("A sclerotic benign-looking hypodense nonspecific lesion is observed in the left clavicle.")
            == ["low-density present -"])
        #expect(try read("A sclerotic benign-looking lesion and a hypodense cyst are observed in the left kidney.")
            == ["bone-lesion present -", "cyst present -"])
        #expect(try read("Signs of osteoarthrosis are observed in both shoulder joints.") == ["degenerative-bone-change present -"])
        // Audit J37: a plural head after a term names several ("… thickness increases", "atelectasis areas"; one area, one);
        // "a calculi image" is one stone; a contusion placed in an abdominal organ is no lung bleeding (in a lobe it is).
        #expect(try extract.findings("Bronchial wall thickness increases are observed in both lungs.").map(\.multiple) == [true])
        #expect(try extract.findings("Interlobular septal thickness increases are observed in both lungs.").map(\.multiple)
            == [true])
        #expect(try extract.findings("Linear atelectasis areas are observed in the lower lobes of both lungs.").map(\.multiple)
            == [true])
        #expect(try extract.findings("A linear atelectasis area is observed in the lower lobe of the left lung.").map(\.multiple)
            == [false])
        #expect(try extract.findings("A 4 mm diameter calculi image is observed in the right kidney.").map(\.multiple) == [false])
        #expect(try read("There is no contusion or laceration in the spleen.") == [])
        #expect(try read("Contusion areas are observed in the right lower lobe.") == ["alveolar-hemorrhage present -"])
        // Audit K37: "diameter increase", the compound noun, is the widening "increase in diameter" names.
        #expect(try extract.findings("Slight diffuse diameter increase is observed in the ascending aorta.").map(\.type)
            == ["vascular-enlargement"])
        // Audit H37: "the mediastinal (main) vascular structures" are the great vessels, one place — a finding said of them
        // is not split into a mediastinal one and a vessel one (mediastinal lymph nodes stay in the mediastinum).
        #expect(try extract.findings("Atherosclerotic changes are observed in the mediastinal vascular structures.")
            .map { "\($0.type) \($0.places)" } == ["arterial-wall-calcification [\"aorta\"]"])
        #expect(try extract.findings("Mediastinal lymph nodes are observed.").map(\.places) == [["mediastinum"]])
        // Audit O37: prominent intrahepatic bile ducts are their widening; a mass that "narrows" a named bronchus (the finite
        // verb) narrows that airway — not a distance it narrows.
        #expect(try read("The intrahepatic bile ducts are prominent.") == ["ectasia present -"])
        #expect(try read("The hilar mass narrows the right upper lobe bronchus.") == ["mass present -", "airway-narrowing present -"])
        #expect(try read("The mass narrows the distance between the ribs.") == ["mass present -"])
        // Audit L37: degenerative changes after a clause on the bone structures are bone wear (bare ones stay unread);
        // hyperplasia of a gland is a finding of its own (the thymus's a kind of it), "lymphoid hyperplasia" none.
        #expect(try read("There is a slight decrease in density in the bone structures in the study area, and degenerative changes are observed.")
            == ["osteoporosis present -", "degenerative-bone-change present -"])
        #expect(try read("Degenerative changes are present.") == [])
        #expect(try read("Diffuse thickening of both adrenal glands was evaluated in favor of hyperplasia.")
            == ["thickening present -", "hyperplasia present -"])
        #expect(try read("Scar tissue or lymphoid hyperplasia is considered in the right lower lobe.")
            == ["fibrotic-sequela uncertain -"])
        // Audit N37: a vessel's calibre "greater than normal" is its widening, with the size said.
        #expect(try extract.findings("The left pulmonary artery calibration is greater than normal at 31 mm.")
            .map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["vascular-enlargement 31.0"])
        // Audit P37: implants of the liver capsule; the bones' "decreased densities" a low density of the bones (no opacity,
        // no change); nodes "thought to belong to" reactive ones are those nodes, one finding.
        #expect(try read("Capsular implants are observed in the right lobe of the liver.") == ["peritoneal-implant present -"])
        #expect(try read("Decreased densities of the bone structures are observed.") == ["osteoporosis present -"])
        #expect(try read("Mediastinal lymph nodes were thought to belong to reactive lymph nodes.") == ["lymphadenopathy present -"])
        // Audit S37: an aberrant subclavian artery is a vascular variant of its own (one, no side); a lytic lesion of soft
        // tissue density is a bone lesion; "liver and spleen sizes increased" names both enlargements. Audit U37: "an increase
        // in the size of the spleen" is splenomegaly, of a spleen cyst the cyst's change. Audit T37: "… and volume losses are
        // observed" closes a list with a volume loss of its own.
        #expect(try read("An aberrant right subclavian artery is observed.") == ["aberrant-subclavian-artery present -"])
        #expect(try read("A lytic soft tissue lesion is observed in the left 6th rib.") == ["bone-lesion present -"])
        #expect(try read("Liver and spleen sizes increased.") == ["hepatomegaly present -", "splenomegaly present -"])
        #expect(try read("There is an increase in the size of the spleen.") == ["splenomegaly present -"])
        #expect(try read("There is an increase in the size of the spleen cyst.") == ["cyst present increased"])
        #expect(try read("Bronchiectasis, peribronchial thickening and volume losses are observed in the middle lobe.")
            == ["bronchiectasis present -", "peribronchial-thickening present -", "volume-loss present -"])
        // Audit D38: more prominent bone trabeculae beside osteopenia are no change of it; fractures named by their lines
        // are fractures, several when the lines are.
        #expect(try read("Mild osteopenia and increased trabeculation are observed in the vertebrae.") == ["osteoporosis present -"])
        #expect(try read("Mild osteopenia has increased compared to the previous examination.") == ["osteoporosis present increased"])
        #expect(try extract.findings("Old fracture lines are observed in the left 4th and 5th ribs.").map { "\($0.type) \($0.multiple)" }
            == ["fracture true"])
        // Audit C38: a thyroid parenchyma called hypertrophic is a goiter (the gland called heterogeneous is not); an impression
        // "density increase" where the findings placed a linear one names that one (linear-opacity restates opacity).
        #expect(try read("Thyroid parenchyma is hypertrophic.") == ["goiter present -"])
        #expect(try read("The thyroid gland is heterogeneous.") == [])
        #expect(try extract.findings("Findings: Linear density increases are observed in the middle lobe of the right lung.\n"
            + "Impression: Density increases in the middle lobe of the right lung, consistent with atelectasis.")
            .map(\.type) == ["linear-opacity", "atelectasis"])
        // Audit A38: fat planes "soiled" are fat stranding, a raised density of the fat.
        #expect(try read("Fatty planes at the level of the upper mediastinum are slightly soiled.") == ["high-density present -"])
        // Audit E38: a numbered response-assessment role ("target 3 lesion") names the mass measured, no lesion of its own.
        #expect(try read("The pleural mass in the right hemithorax measures 45 mm (target 3 lesion).") == ["mass present -"])
        // Audit F38: degenerative (hypertrophic) changes of the facet joints are bone wear; a liver "larger than normal" is
        // hepatomegaly (a liver lesion larger than before is not).
        #expect(try read("Degenerative hypertrophic changes are observed in the facet joints of the thoracic spine.")
            == ["degenerative-bone-change present -"])
        #expect(try read("The liver is larger than normal.") == ["hepatomegaly present -"])
        #expect(try extract.findings("The liver cyst is larger than normal.").map(\.type) == ["cyst"])
        // Audit G38: diffuse idiopathic skeletal hyperostosis (and its MT forms) is a bone finding of its own, a kind of bone
        // wear; a spine finding "not adjacent to" the aorta is placed, not denied.
        #expect(try read("Findings consistent with diffuse idiopathic skeletal hyperostosis at the lower thoracic level.")
            == ["dish present -"])
        #expect(try read("Flowing osteophytes not adjacent to the aorta, compatible with DISH, are observed in the thoracic vertebrae.")
            == ["osteophyte present -", "dish present -"])
        // Audit H38: a vertebra slipped over the one below is a spondylolisthesis, a bone finding with no side.
        #expect(try read("Grade 1 anterolisthesis of L4 over L5 is observed.") == ["spondylolisthesis present -"])
        // Audit I38: bone islets (islands) are benign bone lesions; "left/right coronary artery" names the vessel, so the aorta
        // named beside it takes no body side from it.
        #expect(try read("Millimetric bone islets are observed in the left 7th rib.") == ["bone-lesion present -"])
        #expect(try extract.findings("Calcific atheroma plaques were observed in the right coronary artery and aortic arch.")
            .map(\.laterality) == [.none, .none])
        // Audit K38: the shared size of the liver and spleen said increased gives the splenomegaly (and the hepatomegaly over
        // the same words: construction.hepatosplenomegaly's alsoType).
        #expect(try read("The size of the liver and spleen entering the section area has increased.").contains("splenomegaly present -"))
        // Audit N38: an organ's grown size said to "appear" so, measured by its diameter, or of one thyroid lobe: its enlargement.
        #expect(try read("The spleen size appears to be increased.") == ["splenomegaly present -"])
        #expect(try read("Liver AP diameter was measured 175 mm and increased.") == ["hepatomegaly present -"])
        #expect(try read("The size of the left lobe of the thyroid gland has increased.") == ["goiter present -"])
        #expect(try read("The spleen size appears to be normal.") == [])
        // Audit Q38: degenerative changes in the end plates are bone wear (the end plates a bone place).
        #expect(try read("Osteophytes and degenerative changes in end plates are present in the thoracic spine.")
            .contains("degenerative-bone-change present -"))
        // Audit B39: gas in a worn joint space read as wear in the same phrase is that wear (scan T46: the vacuum phenomenon, a
        // kind of the bones' wear, read alone too; beside a disc narrowing the pair is one entry, so the narrowing stays the
        // disc's, see aVacuumPhenomenonIsWearOfTheBones).
        #expect(try read("A vacuum phenomenon consistent with degeneration is seen in the left sacroiliac joint.")
            == ["vacuum-phenomenon present -"])
        #expect(try read("A vacuum phenomenon is seen in the left sacroiliac joint.") == ["vacuum-phenomenon present -"])
        // Audit D39: wear said after a porotic-appearance clause on the bones ("… and (there are) widespread degenerative
        // changes") is that bone wear, beside the osteoporosis; "signs of reverse halo" in several places are several halos.
        #expect(try read("The vertebrae have a porotic appearance and there are widespread degenerative changes.")
            .contains("degenerative-bone-change present -"))
        // (the bare wear after "and", not said widespread, stays unread)
        #expect(try read("The valve has a thickened appearance and there are degenerative changes.")
            .contains("degenerative-bone-change present -") == false)
        #expect(try extract.findings("There are signs of reversed halo in several places in both lungs.").map { "\($0.type) \($0.multiple)" }
            == ["halo-sign true"])
        // Findings outside the lungs named by their own words: enlarged kidneys, syndesmophytes, mediastinitis, subcutaneous
        // oedema (anasarca), peritoneal carcinomatosis (an omental cake), gastritis, multiple myeloma, an intramural hematoma;
        // each denied, and a look-alike word ("carcinomatosis" of the lungs, "edematous" of another organ, the known disease
        // of a history) names none of them.
        #expect(try read("Nephromegaly is noted on both sides in the upper abdominal sections.") == ["nephromegaly present -"])
        #expect(try read("There is no nephromegaly.") == ["nephromegaly absent -"])
        #expect(try read("Syndesmophytes joining one another are seen on the anterior faces of the lower thoracic vertebrae.")
            == ["syndesmophyte present -"])
        #expect(try read("No syndesmophyte was detected in the thoracic spine.") == ["syndesmophyte absent -"])
        #expect(try read("Increased density of the mediastinal fat planes (mediastinitis?).").contains("mediastinitis uncertain -"))
        #expect(try read("No finding suggestive of mediastinitis was observed.") == ["mediastinitis absent -"])
        #expect(try read("Anasarca-style edema is seen in the skin and subcutaneous tissues of the chest wall.")
            == ["subcutaneous-edema present -"])
        #expect(try read("Subcutaneous edema is seen along the right lateral chest wall.") == ["subcutaneous-edema present -"])
        // Scan T45: an edematous gallbladder wall is gallbladder edema (was no finding)
        #expect(try read("The wall of the gallbladder is mildly edematous.") == ["gallbladder-edema present -"])
        #expect(try read("Nodular densities in the omentum, compatible with peritoneal carcinomatosis, have newly developed.")
            .contains("peritoneal-carcinomatosis present new"))
        #expect(try read("An appearance compatible with an omental cake is seen in the left upper quadrant.")
            == ["peritoneal-carcinomatosis present -"])
        #expect(try read("Findings compatible with alveolar carcinomatosis are seen in the left lung.")
            .contains { $0.hasPrefix("peritoneal-carcinomatosis") } == false)
        #expect(try read("Smooth thickening of the gastric wall, which may be in favor of chronic gastritis.")
            .contains("gastritis uncertain -"))
        #expect(try read("Multiple myeloma at follow-up.") == ["multiple-myeloma present -"])
        #expect(try read("In the case, which was learned to have multiple myeloma, lytic lesions are seen in the ribs.")
            == ["bone-lesion present -"])
        #expect(try read("Sclerotic lesions in a case with multiple myeloma anamnesis are seen in the sternum.")
            == ["bone-lesion present -"])
        #expect(try read("The examination of the case with multiple myeloma anamnesis was compared with the previous CT.") == [])
        #expect(try read("An intramural hematoma is seen in the wall of the descending aorta.") == ["intramural-hematoma present -"])
        #expect(try read("No intramural hematoma or dissection was seen in the aorta.")
            == ["intramural-hematoma absent -", "aortic-dissection absent -"])
        // Audit I39: the dimensions of one sided thyroid lobe said increased: a goiter (not the dimensions of a nodule).
        #expect(try read("The dimensions of the right thyroid lobe have increased.") == ["goiter present -"])
        #expect(try read("The dimensions of the nodule in the right thyroid lobe have increased.").contains("goiter present -") == false)
        // Audit J39: end-plate spurs named by their pointed shape with the spur adjective before it are osteophytes (several
        // when the word is plural); the abdominal aorta denied wider beside a denied narrowing is a denied enlargement.
        #expect(try extract.findings("Osteophytic taperings are observed in the thoracic vertebral end plates.")
            .map { "\($0.type) \($0.multiple)" } == ["osteophyte true"])
        #expect(try read("Mild hypertrophic tapering in the anterior end plates of the vertebrae.") == ["osteophyte present -"])
        #expect(try read("No enlargement or stenosis-occlusion was observed in the abdominal aorta.") == ["vascular-enlargement absent -"])
        // Audit K39: a vessel measured, then its state after a comma ("…, increased and dilated"): the widening, with that size.
        #expect(try extract.findings("The diameter of the main pulmonary artery is 35 mm, enlarged and dilated.")
            .map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["vascular-enlargement 35.0"])
        #expect(try extract.findings("The ascending aorta is 38 mm, slightly ectatic.").map { "\($0.type) \($0.size?.maxMM ?? 0)" }
            == ["vascular-enlargement 38.0"])
        // Audit L39: the fat beside a kidney named "pararenal" places a finding at the kidney, as "perirenal" does.
        #expect(try extract.findings("Increased density is observed in the left pararenal fat planes.").first?.places
            .contains("kidney") == true)
        // Audit D40: the widening named as a noun before a great vessel or the vena cava, as before the pulmonary artery;
        // "enlargement" of an organ is not a vessel's.
        #expect(try read("Slight enlargement of the superior vena cava is noted.") == ["vascular-enlargement present -"])
        #expect(try read("No enlargement of the superior vena cava was seen.") == ["vascular-enlargement absent -"])
        #expect(try read("Enlargement of the spleen is noted.").contains("vascular-enlargement present -") == false)
        // Audit C40: the airway-cartilage disease named as such is a finding of its own, of the airway-wall calcification's
        // kind; the wall calcifications read as it are interpreted, not lost.
        #expect(try read("Findings consistent with tracheopathia osteochondroplastica are seen in the trachea.")
            == ["tracheobronchopathy-osteochondroplastica present -"])
        #expect(try extract.findings("Wall calcifications compatible with tracheobronchopathia osteochondroplastica in the main bronchi.")
            .map { "\($0.type) \($0.interpreted)" }
            == ["airway-wall-calcification true", "tracheobronchopathy-osteochondroplastica false"])
        #expect(try read("Calcifications are seen in the tracheal cartilage rings.").contains { $0.hasPrefix("tracheobronchopathy") } == false)
        // T40: splenic tissue apart from the spleen is a finding (a kind of nodule: the nodule read as it is interpreted); a
        // diagnosis of raised pulmonary pressure; a kidney's cortex named thinner (not the ribs' cortex).
        #expect(try extract.findings("In the upper abdominal sections, an accessory spleen measuring 11 mm is seen next to the splenic hilum.")
            .map { "\($0.type) \($0.assertion) \($0.size?.maxMM ?? 0) \($0.places.contains("spleen"))" }
            == ["accessory-spleen present 11.0 true"])
        #expect(try read("No accessory spleen is seen near the spleen.") == ["accessory-spleen absent -"])
        #expect(try extract.findings("A nodular formation compatible with an accessory spleen is seen at the splenic hilum.")
            .map { "\($0.type) \($0.interpreted)" } == ["nodule true", "accessory-spleen false"])
        #expect(try read("The main pulmonary artery measures 36 mm; findings are consistent with pulmonary hypertension.")
            .contains("pulmonary-hypertension present -"))
        #expect(try read("No findings in favor of pulmonary hypertension were detected.") == ["pulmonary-hypertension absent -"])
        #expect(try read("It is recommended to be examined for pulmonary hypertension.") == ["pulmonary-hypertension uncertain -"])
        #expect(try extract.findings("Thinning of the renal cortex is noted in the left kidney.")
            .map { "\($0.type) \($0.assertion) \($0.laterality)" } == ["renal-cortical-thinning present left"])
        #expect(try read("Cortical thinning of the ribs is noted.").contains { $0.hasPrefix("renal-cortical-thinning") } == false)
        // Audit F40: an organ's limb said by a predicate to be thick is a thickening of it; a fluid "in the adjacent" fissure
        // lies beside the finding of the sentence before and takes its side (with no finding before, no side).
        #expect(try extract.findings("The lateral limb of the left adrenal gland is thick.")
            .map { "\($0.type) \($0.laterality) \($0.places)" } == ["thickening left [\"adrenal\"]"])
        #expect(try extract.findings("Pneumonic consolidation is observed in the lower lobe of the left lung. Minimal pleural effusion "
            + "is observed in the adjacent major fissure.").map { "\($0.type) \($0.laterality)" }
            == ["consolidation left", "pleural-effusion left"])
        #expect(try extract.findings("Minimal pleural effusion is observed in the adjacent major fissure.").map(\.laterality) == [.none])
        // Audit E40: a fat attenuation said after a lesion's noun as what it holds ("with areas of", "with millimetric", "a
        // location of" fat density) is the lesion's content, no low-density finding beside it; a fat area on its own is one.
        #expect(try read("A hypodense nodular lesion with areas of fat density is observed in the right adrenal gland.")
            == ["nodule present -"])
        #expect(try read("A 9 mm lesion with millimetric fat density is seen in the left kidney.") == ["lesion present -"])
        #expect(try read("An area of fat density is observed in the anterior mediastinum.") == ["low-density present -"])
        // Audit H40: the normal thymus remnant worded as soft tissue of it is the thymus, no soft-tissue finding; a soft tissue
        // density of its own in the mediastinum stays one.
        #expect(try read("Soft tissue remnants of the thymus are observed in the anterior mediastinum.") == [])
        #expect(try read("An appearance of soft tissue density of the thymus is noted in the anterior mediastinum.") == [])
        // Audits L40, M40: the MT spelling "hyperosteosis" of the idiopathic hyperostosis; a growth named as a noun before what
        // grew ("dimensional increase in …") is an increase, as a "dimensional reduction" is a decrease.
        #expect(try read("Findings compatible with idiopathic bone hyperosteosis are observed in the thoracic vertebrae.")
            == ["dish present -"])
        #expect(try read("Slight dimensional increase is observed in the nodules in the right lung compared to the previous examination.")
            == ["nodule present increased"])
        // Audit N40: an operation the patient underwent, named at the end of a sentence of findings, is history: its organ is
        // no place of the finding before it.
        #expect(try extract.findings("An incisional hernia containing bowel loops is observed in the anterior abdominal wall in the "
            + "patient who underwent liver transplantation.").map { $0.places.contains("liver") } == [false])
        // "Degenerative changes" said alone right after a sentence about the bones are the bones' wear (the report's focus);
        // alone, after a sentence about the lungs or another organ, or denied after a bone sentence, they are no wear found.
        #expect(try read("No destructive lesion is seen in the bony structures. Degenerative changes were noted.")
            == ["bone-lesion absent -", "degenerative-bone-change present -"])
        #expect(try read("The heights of the thoracic vertebral bodies are normal. There are mild degenerative changes.")
            == ["degenerative-bone-change present -"])
        #expect(try read("No sclerotic lesion is seen in the bony structures. There are no degenerative changes.")
            == ["bone-lesion absent -", "degenerative-bone-change absent -"])
        #expect(try read("There are degenerative changes.") == [])
        #expect(try read("A 4 mm nodule is seen in the left lower lobe. Degenerative changes are present.") == ["nodule present -"])
        #expect(try read("The spleen is normal in size. Degenerative changes were observed.") == [])
        // Audit Q40: an adrenal limb rendered "genus"/"genu" said to be full (plump) is a thickening of that gland.
        #expect(try extract.findings("The left adrenal genus is full.").map { "\($0.type) \($0.laterality)" } == ["thickening left"])
        // Audits R40, S40: small foci of air are a finding only where a place makes them one (in the fat or chest wall, soft-tissue
        // emphysema; in a consolidation's signs, nothing of their own); "degenerative findings" of the bones are their wear.
        #expect(try extract.findings("Millimetric air bubbles are observed in the subcutaneous fat tissue of the left chest wall.")
            .map { "\($0.type) \($0.laterality) \($0.multiple)" } == ["subcutaneous-emphysema left true"])
        #expect(try read("Air bubbles are seen.") == [])
        #expect(try read("Consolidation with air bronchogram and air bubble signs is observed in the right upper lobe.")
            == ["consolidation present -", "air-bronchogram present -"])
        #expect(try read("Degenerative findings are observed in the thoracic vertebrae.") == ["degenerative-bone-change present -"])
        // Audits T40, V40: the spaces between vertebral bodies said narrowed are a narrowing of the spine (no airway's, no
        // category), preserved ones none; the hyperostosis of the bones named from "bone" on (the degree word before it stays
        // out of the lexicon); the spleen measured along an axis and said above normal is enlarged.
        #expect(try extract.findings("Intervertebral disc spaces are mildly narrowed at the thoracic level.")
            .map { "\($0.type) \($0.category?.rawValue ?? "-")" } == ["narrowing -"])
        #expect(try read("Intervertebral disc distances are preserved.") == [])
        #expect(try read("Findings compatible with diffuse bone hyperostosis are observed in the thoracic vertebrae.")
            == ["dish present -"])
        #expect(try read("The spleen measures 150 mm in the craniocaudal axis and is above normal.") == ["splenomegaly present -"])
        #expect(try read("The spleen measures 110 mm in the craniocaudal axis and is normal.") == [])
        // Audit X40: a loose piece of bone beside a rib after trauma is the fracture.
        #expect(try extract.findings("A bone fragment is observed near the fourth rib on the left.")
            .map { "\($0.type) \($0.laterality)" } == ["fracture left"])
        // Audits A41, B41: a reticular density of osteopenic bone is the osteoporosis, no lung reticulation; sequelae in the
        // kidneys are what a kidney disease left, no lung fibrosis; the supraclavicular fossa under its MT misspellings.
        #expect(try read("Reticular density increases due to osteopenia are observed in the bone structures.")
            == ["osteoporosis present -"])
        #expect(try read("Reticular density increases are observed in the lower lobe of the right lung.") == ["reticulation present -"])
        #expect(try read("Cortical irregularities compatible with sequelae are observed in both kidney parenchyma.") == [])
        #expect(try read("Sequelae fibrotic changes are seen in the right lung upper lobe.") == ["fibrotic-sequela present -"])
        #expect(try extract.findings("No lymph node was observed in both subraclavicular fossas.")
            .map { "\($0.type) \($0.places)" } == ["extrathoracic-lymph-node [\"supraclavicular\"]"])
        // Audit D41: the bare "aortopulmonary" (the window's nodal station) is in the mediastinum.
        #expect(try extract.findings("Calcified lymph nodes are observed in the aortopulmonary and left hilar regions.")
            .map { "\($0.type) \($0.places)" } == ["lymphadenopathy [\"mediastinum\", \"hilum\"]"])
        #expect(try extract.findings("Calcified lymph nodes are observed in the left hilar region.")
            .map { "\($0.type) \($0.places)" } == ["lymphadenopathy [\"hilum\"]"])
        // Audit F41: lymph nodes of the chest wall (pectoral regions, beside the subclavius) are outside the chest.
        #expect(try read("No pathologically enlarged lymph nodes were detected in bilateral pectoral regions.")
            == ["extrathoracic-lymph-node absent -"])
        #expect(try read("Lymph nodes with a short axis of 12 mm are observed in the mediastinum.") == ["lymphadenopathy present -"])
        // Audit E41: a nodular density by the spleen is the accessory spleen it is read as, one record with its size.
        #expect(try extract.findings("A 12 mm nodular density is observed in the anterior of the spleen, which is considered to be compatible with the accessory spleen.")
            .map { "\($0.type) \($0.size?.maxMM ?? 0)" } == ["accessory-spleen 12.0"])
        #expect(try read("A 6 mm nodular density is observed in the right lung lower lobe.") == ["nodular-opacity present -"])
        // Scan T41: the veins are no part of the aorta; a density decrease of the bones is their osteopenia while a hypodense
        // lesion there stays a lesion; air densities are air, read by their place.
        #expect(try extract.findings("There is a catheter in the superior vena cava.").map { "\($0.type) \($0.places)" }
            == ["medical-material [\"systemic-vein\"]"])
        #expect(try extract.findings("The inferior vena cava is prominent.").map { "\($0.type) \($0.places)" }
            == ["vascular-enlargement [\"systemic-vein\"]"])
        #expect(try read("There is a diffuse density reduction in the bone structures.") == ["osteoporosis present -"])
        #expect(try read("A hypodense lesion is observed in the T7 vertebral body.") == ["low-density present -"])
        #expect(try read("Air densities were observed in the mediastinum.") == ["pneumomediastinum present -"])
        // Scan T42: a density seen outside the lungs (in the kidney, the perirenal fat) is no lung opacity; in the lung it is.
        #expect(try read("Density compatible with 3 mm diameter calculi is observed in the middle part of the left kidney.")
            == ["high-density present -", "calculus present -"])
        // (scan T46: the oedema it is read as, placed in the perirenal fat, is that space's oedema beside it)
        #expect(try read("Density increases consistent with edema-inflammation were observed in the left perirenal fatty planes.")
            == ["high-density present -", "perirenal-edema present -"])
        #expect(try read("Density increases are observed in the right lung lower lobe.") == ["opacity present -"])
        // Scans T43, T44: chronic liver disease, a bare hematoma and periportal edema are findings of their own; paraaortic
        // nodes listed among mediastinal stations are mediastinal; a sequela in a rib is no lung fibrosis; the pelvis is no bone.
        #expect(try read("A hematoma of 65 mm is observed in the left chest wall.") == ["hematoma present -"])
        #expect(try read("Lymph nodes are observed in the prevascular, subcranial, and paraaortic areas.") == ["lymphadenopathy present -"])
        // Scan T45: the sequela of a rib is its old fracture (was no finding)
        #expect(try read("Sequelae changes are observed in the right 4th rib.") == ["fracture present -"])
        // … and calluses "secondary to previous fractures" read the fractures, no denial (was absent); the soft tissue planes
        // around the great vessels are the mediastinum's, no chest-wall oedema.
        #expect(try read("Calluses secondary to previous fractures are observed in the left 5th and 6th ribs.")
            == ["fracture present -"])
        // (scan T46: the mediastinum's oedema)
        #expect(try read("Edema is observed in the soft tissue planes around the main vascular structures.")
            == ["mediastinal-edema present -"])
        #expect(try extract.findings("Free fluid is observed in the pelvis.").map(\.places) == [["pelvic-organ"]])
        // Audits I42, J42: "in liver parenchyma density" leaves the liver readable as the place; the liver's density said to
        // change in a fatty liver is no opacity of its own; machine-translated spellings of tracheobronchopathia.
        #expect(try extract.findings("A diffuse hypodense appearance secondary to hepatosteatosis is observed in liver "
            + "parenchyma density as far as can be seen.").map(\.places) == [["liver"], ["liver"]])
        #expect(try read("There are density changes consistent with hepatosteatosis in the liver.") == ["hepatosteatosis present -"])
        #expect(try read("Liver parenchyma density shows a decrease compatible with hepatosteatosis.")
            == ["hepatosteatosis present -"])
        #expect(try read("Tracheobronkopatia osteochondroplastica is considered.")
            == ["tracheobronchopathy-osteochondroplastica uncertain -"])
        // Audit J42: a finding that "cannot be distinguished on previous" examinations was not there before: new.
        #expect(try read("A 5 mm nodule is observed in the left lung upper lobe, which cannot be distinguished on previous "
            + "examinations.") == ["nodule present new"])
        // A clot and its CT sign: a filling defect in a heart cavity or vessel, a pulmonary embolism in the pulmonary arteries
        // (thrombus placed there), each denied by a template sentence's "no … compatible with …".
        #expect(try read("No mass or filling defect compatible with thrombus was seen in the heart cavities.")
            == ["mass absent -", "filling-defect absent -", "thrombus absent -"])
        #expect(try read("Thrombus is observed in the left main pulmonary artery.") == ["pulmonary-embolism present -"])
        #expect(try read("A mural thrombus is seen in the descending aorta.") == ["thrombus present -"])
        #expect(try read("Filling defects consistent with embolism are seen in the right lower lobe arteries.")
            == ["filling-defect present -", "pulmonary-embolism present -"])
        // Audit R31: a decrease in the calibre ("calibration") of bronchi is a narrowing.
        #expect(try read("A significant decrease in the calibration of the right upper lobe segment bronchi is observed.")
            .contains("airway-narrowing present -"))
        // Audit N31: the "ectaic" misspelling.
        #expect(try read("The ascending aorta has an ectaic appearance.").first?.hasSuffix("present -") == true)
        // Audit K31: lytic-sclerotic bone lesions; a hypodense look seen in the liver's parenchyma density, no opacity.
        #expect(try read("Lytic-sclerotic bone lesions were also observed in the other bone structures.") == ["bone-lesion present -"])
        #expect(try extract.findings("A hypodense appearance is observed in liver parenchyma density.").allSatisfy { $0.type != "opacity" })
        // Audit H31: "the dimensions are" stands for the lesion just named.
        #expect(try extract.findings("There is a hypodense lesion in the pancreas. Compared to the previous examination, the "
            + "dimensions are stable.").map(\.temporal) == [.stable])
        // Sweep M31: findings the words name that no term held: rib fractures, bone foci, clips, aeration states.
        #expect(try read("Old fractures are observed in the left 5th and 6th ribs, and rib fractures on the right.")
            .contains("fracture present -"))
        #expect(try read("A small sclerotic focus is observed in the right 7th rib.") == ["bone-lesion present -"])
        #expect(try read("Clip appearances are observed in the gallbladder bed.") == ["medical-material present -"])
        #expect(try read("Lung parenchymal aeration is increased.") == ["hyperaeration present -"])
        #expect(try read("The right lower lobe aeration is markedly decreased.") == ["aeration-loss present -"])
        // Audits A31, C31: a doubted reading with the adverb; a steatosis typo; patchy soft-tissue densities; a mediastinum typo;
        // the lingula's subsegment named with the lung.
        #expect(try read("Diffuse marrow signal changes, evaluated suspiciously in favor of infiltration.") == ["opacity uncertain -"])
        #expect(try read("Liver density is decreased in line with hyposteatosis.") == ["low-density present -", "hepatosteatosis present -"])
        #expect(try read("Volume loss accompanied by appearances of soft tissue density in the right lower lobe.")
            == ["volume-loss present -", "opacity present -"])
        #expect(try extract.findings("In meidyasthenia, lymph nodes of 12 mm are observed.").first?.places == ["mediastinum"])
        #expect(try extract.finding("fibrotic-band", in: "A band is observed in the superior subsegment of the left lung lingular "
            + "segment.")?.segments == ["LUL-superior-lingular"])
        // Audits O12–R12: a liver state; other (abdominal) organs; the lower lobe's basal level.
        #expect(try read("Liver density decreased in line with hepatosteatosis.").allSatisfy { $0.hasSuffix(" -") })
        #expect(try extract.findings("Upper abdominal organs are normal. No space-occupying lesion was detected in other organs.")
            .allSatisfy { $0.category == nil })
        #expect(try extract.finding("fibrotic-band", in: "A sequela parenchymal band is observed at the basal level in the lower "
            + "lobe of the right lung.")?.segments == ["RLL-basal"])
        #expect(try read("Consolidation is observed in the right lower lobe, and a reduction in size is observed.")
            == ["consolidation present decreased"])
        #expect(try extract.findings("Millimetric nodules are observed in both lungs. The number and dimensions are stable.")
            .map(\.temporal) == [.stable])
        #expect(try read("The outlook was evaluated in favor of fibrotic sequelae changes in the case with Covid-19 pneumonia.")
            == ["fibrotic-sequela present -", "pneumonia absent -"])
        #expect(try read("The diameter of the ascending aorta is 43.5 mm and it has an aneurysmatic appearance.")
            == ["vascular-enlargement present -"])
        // Audit V13: the aorta's widening is an item of its own (its place does not retype the coronary plaques).
        #expect(try extract.labels("Calcified atherosclerotic plaques in the coronary arteries, slight increase in diameter in the "
            + "ascending aorta.") == ["Coronary artery wall calcification"])
        // Audit T13: a question after the whole-lung place; "The patient has an increase in size" (the lesions before).
        #expect(try read("Small airway disease in the lung parenchyma? small vessel disease?").allSatisfy { $0.contains("uncertain") })
        #expect(try extract.findings("Nodular lesions are observed in the right lower lobe. The patient has an increase in size "
            + "compared to the previous CT examination.").map(\.temporal) == [.increased])
        // Audits O13, P13: a pulmonary hematoma; the case's treated metastatic nodule; pelvic node chains (no iliac bone).
        #expect(try read("No pulmonary hematoma was observed.") == ["alveolar-hemorrhage absent -"])
        #expect(try read("It was learned that metastatic nodule and radiotherapy were performed in this localization.")
            .allSatisfy { $0.contains("absent") })
        #expect(try extract.findings("Bilateral iliac and inguinal lymph nodes were not observed.").allSatisfy { $0.type != "lymphadenopathy" })
        // Audit I13: bronchial wall prominence (MT); an infiltration lesion.
        #expect(try read("Protrusion in the bronchial wall is observed in both lungs.") == ["bronchial-wall-thickening present -"])
        #expect(try read("No active infiltration lesion was detected in both lungs.") == ["opacity absent -"])
        // Audit G13: a linear density consistent with sequelae is one finding with both labels.
        let linear = try extract.findings("There are linear density increases consistent with sequelae in the right middle lobe.")
        #expect(linear.map(\.type) == ["fibrotic-linear-opacity"])
        #expect(linear.first?.labels.map(\.rawValue).sorted() == ["Lung opacity", "Pulmonary fibrotic sequela"])
        // Audit F13: a wall named after the verb; "clear increase in".
        #expect(try read("Minimal thickening is observed in the bronchial wall towards the lower lobes in both lungs.")
            == ["bronchial-wall-thickening present -"])
        #expect(try read("There is a clear increase in interlobular septal thickening.") == ["septal-thickening present increased"])
        // Audit B13: reticulated nodular (reticulonodular); a differential between mass and atelectasis.
        #expect(try read("Reticulated nodular opacity increases were observed in the lower lobe of the right lung.")
            .allSatisfy { !$0.hasPrefix("nodular-opacity") })
        #expect(try read("This examination cannot distinguish between mass and atelectasis.").allSatisfy { $0.contains("uncertain") })
        // Audit W12: a lesion just named set apart; what an infection left.
        #expect(try read("Apart from this nodule, millimetric calcific nodules are observed in both lungs.") == ["nodule present -"])
        #expect(try read("Resolution period in the right lower lobe, consistent with infection-sequelae.")
            .allSatisfy { $0.hasPrefix("fibrotic-sequela") })
        // Audits U12, V12: MT "calcules"; a dependent vascular density (the lung's, not the aorta's).
        #expect(try read("Millimetric calcules were observed in both kidneys.") == ["calculus present -"])
        #expect(try extract.findings("It is recommended to evaluate for dependent vascular density.").allSatisfy { $0.places.isEmpty })
        // Audit P12: one report's arterial plaques; nodules' own calcification; what was at a place before.
        #expect(try extract.findings("Atheroma plaques are observed in the aorta. Calcific atheroma plaques are also present at the "
            + "level of the aortic root.").count == 1)
        #expect(try read("Multiple, mostly calcified, nonspecific parenchymal nodules are observed in both lungs.") == ["nodule present -"])
        #expect(try read("A nodular density of 6 mm is observed in the right lower lobe, and a 10x8 mm consolidation area was "
            + "observed at this level in the previous examination.") == ["nodular-opacity present -", "consolidation absent resolved"])
        // Audits L12–N12: a general statement of what a disease may look like; septal "protrusions" (MT of prominence); wide atria.
        #expect(try read("AML lung involvement can also be in the form of consolidation.") == ["consolidation uncertain -"])
        #expect(try read("Mild protrusions are observed in the interlobular septa in both lower lobes.") == ["septal-thickening present -"])
        #expect(try read("Calcific plaques in coronary arteries, increased biatrial diameter.")
            == ["coronary-artery-calcification present -", "cardiac-chamber-enlargement present -"])
        #expect(try read("The patient has a cardiac pacemaker and atheroma plaques are present in the coronary arteries.")
            == ["medical-material present -", "coronary-artery-calcification present -"])
        #expect(try read("Findings of pulmonary overload secondary to heart failure.") == ["pulmonary-edema present -"])
        // Audits C12–E12: an infiltration named after a lesion with no comma; both sides of "or it may be due to".
        #expect(try read("No mass or nodular space-occupying lesion infiltrative involvement or consolidation area was observed.")
            == ["mass absent -", "nodule absent -", "opacity absent -", "consolidation absent -"])
        #expect(try read("The findings may be distal airway diseases or it may be due to pneumonic infiltration.")
            == ["bronchiolitis uncertain -", "pneumonic-infiltration uncertain -"])
        #expect(try read("Pericardial effusion, increased left ventricular diameter.")
            == ["pericardial-effusion present -", "cardiac-chamber-enlargement present -"])
        #expect(try read("Increased aneurysmatic diameter in the ascending aorta, calcific atheroma plaques in the coronary arteries.")
            .allSatisfy { $0.hasSuffix(" -") })
        #expect(try read("Consolidation areas with vascular expansion in the left lower lobe.")
            == ["consolidation present -", "vascular-enlargement present -"])
    }

    /// Wordings the hand audits found read wrongly, fixed in the lexicons: one sentence each.
    @Test func auditedWordings() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        // A mass's effect is no mass; fluid around the liver is no pleural effusion, fluid in a fissure is one.
        #expect(try read("There is thymic tissue in the anterior mediastinum without mass effect.") == [])
        #expect(try read("Mild effusion is observed in the perihepatic area.") == ["fluid present -"])
        #expect(try read("There is fluid localization in the fissure on the right side.") == ["pleural-effusion present -"])
        // A disease the image "can be seen in" is considered; "do not suggest" still denies it.
        #expect(try read("Imaging features can be seen in Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("The findings do not suggest Covid-19 pneumonia.") == ["pneumonia absent -"])
        // Gone since the previous examination; one ground glass finding, not an opacity beside it.
        #expect(try read("The consolidative area observed in the previous examination cannot be selected in the current "
            + "examination.") == ["consolidation absent resolved"])
        #expect(try read("Density increases in ground glass density were observed in both lungs.") == ["ground-glass-opacity present -"])
        // Which node, not a decrease; neither regression nor progression: no change.
        #expect(try read("However, there is an increase in size of approximately 40% in the smaller lymph node adjacent to it.")
            == ["lymphadenopathy present increased"])
        #expect(try read("No significant regression-progression was detected in the consolidation areas in the right lower lobe.")
            == ["consolidation present stable"])
        // A wide vessel is no change over time, nor is the finding next to it changed; a nodular consolidation is
        // no nodule.
        #expect(try read("Cardiomegaly, increased calibration of the descending aorta.") == ["cardiomegaly present -"])
        #expect(try read("Nodular-patchy consolidation areas in the left lower lobe.") == ["consolidation present -"])
        // The heart's cavities are no lung cavity; the thickening around bronchi is peribronchial; "liner" is a typo.
        #expect(try read("No mass was detected in the heart cavities.") == ["mass absent -"])
        #expect(try read("Minimal thickening around bronchial structures in the left lung lower lobe.")
            == ["peribronchial-thickening present -"])
        #expect(try read("Liner sequelae densities in the middle lobe.") == ["fibrotic-band present -"])
        // Not selected now: gone; a regression to be confirmed is not seen; numerous septa are thickened ones.
        #expect(try read("The consolidation areas observed in the previous examination are not selected in this examination.")
            == ["consolidation absent resolved"])
        #expect(try read("Consolidation in the right lower lobe; it would be appropriate to confirm the regression with imaging.")
            == ["consolidation present -"])
        #expect(try read("Crazy paving appearance accompanied by numerous interlobular septa in both lungs.")
            == ["crazy-paving present -", "septal-thickening present -"])
        // A tree with peribronchial buds is a tree-in-bud; calcified bronchial walls are the airway's cartilage.
        #expect(try read("Nodular densities in the appearance of a tree with peribronchial buds in the left lower lobe.")
            .contains("tree-in-bud present -"))
        #expect(try read("There are appearances of bronchial wall calcifications.") == ["airway-wall-calcification present -"])
        // Audit HH: "icy" glass is frosted glass; typos; the pleura's nodular thickness; bone words are no places of
        // material or of the lung; a hedge before "in favor of"; "developed on this background" and "smaller
        // bronchioles" are no change; an increase in the size of a finding is one; a lumen not seen denies nothing.
        #expect(try read("Icy-like density increases in the right lower lobe.") == ["ground-glass-opacity present -"])
        #expect(try read("Hiyatal hernia is observed.") == ["hiatal-hernia present -"])
        #expect(try read("Loss of lung volume in the left lower lobe.") == ["volume-loss present -"])
        #expect(try read("Increased nodular thickness in the pleura on the right.") == ["pleural-thickening present -"])
        #expect(try read("L3 vertebra right transverse prosthesis fracture.").allSatisfy { !$0.hasPrefix("medical-material") })
        #expect(try read("Radiological findings can be evaluated in favor of early Covid pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("Early stage fibrosis developed on this background in both lower lobes.").allSatisfy { $0.hasSuffix(" -") })
        #expect(try read("An increase in the size of the nodule in the right upper lobe was observed.") == ["nodule present increased"])
        #expect(try read("Hiatal hernia, esophagus mid-distal lumen cannot be distinguished.") == ["hiatal-hernia present -"])
        #expect(try read("Demicronodular densities in the right upper lobe.") == ["micronodule present -"])
        #expect(try read("Thickening of the walls of smaller bronchioles in both lower lobes.").allSatisfy { $0.hasSuffix(" -") })
        #expect(try extract.findings("Calcification in the anterior longitudinal ligaments.").allSatisfy { $0.category == nil })
        // Audit II: a denial before "could be evaluated in favor of"; "not one of the typical findings" doubts; a lesion
        // not told apart from its neighbour is there; "smaller sized" compares with what was named, not with the past;
        // lymphangitis carcinomatosa is a finding of its own; a gloss after the heart's construction is that finding.
        #expect(try read("There was no appearance that could be evaluated in favor of pneumonic infiltration.")
            == ["pneumonic-infiltration absent -"])
        #expect(try read("The described appearance is not one of the typical findings in Covid-19 pneumonia.")
            == ["pneumonia uncertain -"])
        #expect(try read("A soft tissue mass that cannot be distinguished from the aorta is observed.") == ["mass present -"])
        #expect(try read("Apart from these, there are smaller sized millimetric nodules in both lungs.") == ["nodule present -"])
        #expect(try read("The described appearance may be that of lymphangitis carcinomatosa.")
            == ["lymphangitic-carcinomatosis uncertain -"])
        #expect(try read("CTO increased in favor of the heart (cardiomegaly).") == ["cardiomegaly present -"])
        // Audit KK: a follow-up for a disease doubts it, one for "the" finding does not; "a smaller" area is no
        // decrease; an increase from the previous examination is one; fluid around the gallbladder and a
        // rectosigmoid tumor are no chest findings.
        #expect(try read("Clinical laboratory correlation and close follow-up are recommended for early viral pneumonia.")
            == ["pneumonia uncertain -"])
        #expect(try read("Follow-up is recommended for the nodule in the right upper lobe.") == ["nodule present -"])
        #expect(try read("There is also a smaller area of consolidation in the basal segments of the lower lobe of the right lung.")
            == ["consolidation present -"])
        #expect(try read("Areas of consolidation in the left lung that increase from previous examination.")
            == ["consolidation present increased"])
        #expect(try read("There is effusion in the pericholecystic area.") == ["fluid present -"])
        #expect(try extract.findings("The case was operated for rectosigmoid tumor.").allSatisfy { $0.category == nil })
        // Audit JJ: a branch with buds is a tree-in-bud; increased density in ground glass is one ground glass finding;
        // a bracketed name before "are considered" is still doubted, as is a cause that "may have developed"; the
        // segmental bronchi's wall calcification is the airway's; one sequela, not a hyphen pair.
        #expect(try read("Branch with bud view is observed in the posterior segment of the right lung upper lobe.")
            == ["tree-in-bud present -"])
        #expect(try read("There are areas of increased density in ground glass density in the posterior upper lobe of both lungs.")
            == ["ground-glass-opacity present -"])
        #expect(try read("Viral pneumonias (Covid-19 pneumonia) are considered in the etiology of the findings.")
            == ["pneumonia uncertain -"])
        #expect(try read("Millimetric nodules in both lungs, which may have developed on the basis of infection.")
            == ["nodule present -", "pneumonia uncertain -"])
        #expect(try read("Wall calcifications consistent with tracheobronchopathy osteochondroplastica were observed in the walls "
            + "of both main bronchi and segmental bronchi.")
            == ["airway-wall-calcification present -", "tracheobronchopathy-osteochondroplastica present -"])
        #expect(try read("Sequelae pleuroparenchymal-fibrotic recessions in both upper lobes.") == ["fibrotic-sequela present -"])
        #expect(try extract.findings("A nodule is observed in the left lung lingula segment inferior.").first?.segments == ["LUL-inferior-lingular"])
        // A sequela names the cause of the thickening it qualifies: in the pleura, a pleural thickening besides; a
        // nodular thickening is a nodule wherever it is.
        #expect(try read("Sequelae thickening was observed in the posterior costal pleura on the left.")
            == ["pleural-thickening present -", "fibrotic-sequela present -"])
        #expect(try read("Nodular thickening was observed at the fissure level on the left.") == ["nodule present -"])
        // Audit MM: a change in the number of findings is theirs, "no increase in the number" denies no finding; nerves
        // are no lung; "considered compatible with" interprets what was seen; misspelt paratracheal stations are no lobes.
        #expect(try read("However, an increase in the number and size of the nodules is observed in this examination.")
            == ["nodule present increased"])
        #expect(try read("There is a decrease in the size and number of lymph nodes observed in the mediastinum.")
            == ["lymphadenopathy present decreased"])
        #expect(try read("No increase in the number of nodules in both lungs.") == ["nodule present -"])
        #expect(try extract.findings("Malignant infiltration in cauda equina fibers and in the left brachial plexus.")
            .allSatisfy { $0.category == nil })
        #expect(try read("Diffuse density increase in lung parenchyma was considered compatible with mild parenchymal fibrosis.")
            .allSatisfy { $0.contains(" present ") })
        #expect(try extract.findings("There is a right upper pratrecheal millimetric lymph node.").first?.lobes == [])
        // Audit LL: diseases a pattern "can be traced in" or is "frequently observed in" are doubted; a thickened
        // fissure is pleural thickening; a distance to the carina is no size.
        #expect(try read("These findings are also frequently observed in Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("The outlook can be traced in Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("There is a focal increase in fissure thickness in the major fissure in the left lung.")
            == ["pleural-thickening present -"])
        #expect(try extract.findings("Tracheostomy cannula ending 5 cm proximal to the carina was observed.").first?.size == nil)
        // Audits NN and OO: cardiac stasis is pulmonary oedema; "blep" is a bleb; imaging features "reported in" a
        // disease and an "evaluation for" one doubt it; "no typical findings suggestive of" denies; a decrease in the
        // density of a finding is its regression; a suboptimal evaluation doubts; "clay" is a mistranslated mass.
        #expect(try read("The described findings were evaluated in favor of cardiac stasis in the first place.")
            == ["pulmonary-edema present -"])
        #expect(try read("A few smaller blep views are seen on the right.") == ["bleb present -"])
        #expect(try read("There are imaging features that are frequently reported in Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("Evaluation for early interstitial lung disease is recommended.") == ["interstitial-lung-disease uncertain -"])
        #expect(try read("No typical findings suggestive of Covid-19 pneumonia were detected in the patient.") == ["pneumonia absent -"])
        #expect(try read("A decrease in the density of the consolidations found in the previous examination is observed.")
            == ["consolidation present decreased"])
        #expect(try read("Evaluation of mediastinal lymph nodes is suboptimal due to the presence of pericardial effusion.")
            .first == "lymphadenopathy uncertain -")
        #expect(try read("No clay or infiltrative lesion was detected in both lungs.") == ["mass absent -", "opacity absent -"])
        // Audit PP: "budding trees"; the neck is no lung, its nodes are extrathoracic; a hedge stops at "because";
        // total regression is resolution, an almost complete one a decrease.
        #expect(try read("There are centriacinar nodules, some of which have the appearance of budding trees, in the right lower lobe.")
            .contains("tree-in-bud present -"))
        #expect(try extract.findings("In case of clinical necessity, cervical MR is appropriate in terms of cervical metastasis.")
            .allSatisfy { $0.category == nil })
        #expect(try read("Round-shaped lymph nodes are observed in the left cervical chain.") == ["extrathoracic-lymph-node present -"])
        #expect(try read("It might be a sequela because it was observed in linear fibrotic band extensions from this area.")
            .contains("fibrotic-band present -"))
        #expect(try read("In the current examination, total regression was observed in the consolidation areas.")
            == ["consolidation absent resolved"])
        #expect(try read("It is understood that the nodules have almost completely disappeared.") == ["nodule present decreased"])
        // Audit QQ: "does not show any significant change" is stable, not a denial; what "comes to mind" is doubted;
        // mucus impactions are mucus plugs; an icy density is ground glass; "in terms of progression" is no change;
        // the upper quadrants are the abdomen's.
        #expect(try read("Minimal pleural effusion is observed in both hemithorax, which does not show any significant change "
            + "compared to the previous examination.") == ["pleural-effusion present stable"])
        #expect(try read("However, pneumonic infiltration comes to mind first.") == ["pneumonic-infiltration uncertain -"])
        #expect(try read("Peribronchial thickening and mucus impactions in the segmental bronchi.").contains("mucus-plug present -"))
        #expect(try read("In the right lower lobe, a nodule with an icy density is observed.")
            == ["ground-glass-nodule present -", "ground-glass-opacity present -"])
        #expect(try extract.findings("Nodular lesions compatible with metastasis in both upper quadrants.").allSatisfy { $0.lobes.isEmpty })
        // Audits RR and SS: a testicular tumor is no lung mass; mistranslated "pelvic thickening" (pleural),
        // "hypovolamic", "pericardia".
        #expect(try extract.findings("Findings are stable in the case followed up due to testicular tumor.").allSatisfy { $0.category == nil })
        #expect(try read("The described appearance may belong to a subpleural nodule or focal pelvic thickening.")
            .contains("pleural-thickening uncertain -"))
        #expect(try read("The right upper lobe of the lung is mildly hypovolamic.") == ["volume-loss present -"])
        #expect(try read("Pericardia, pleural effusion or thickening were not observed.").contains("pericardial-effusion absent -"))
        // Audits TT and UU: pneumonias that "may cause similar appearances" are a differential; "considered to be" and
        // "can be evaluated secondary to" doubt; an increase in the areas of a finding is its change; subpleural
        // interstitial spaces are a place; spicule extensions place nothing.
        #expect(try read("Other infectious agents such as influenza and other organized pneumonias should be considered in the "
            + "differential diagnosis as they may cause similar appearances.").allSatisfy { $0.hasPrefix("pneumonia uncertain") })
        #expect(try read("The described appearance was considered to be an infective pathology.") == ["pneumonia uncertain -"])
        #expect(try read("In the presence of clinical correlation, it can be evaluated secondary to the infective process.")
            == ["pneumonia uncertain -"])
        #expect(try read("There is an increase in the areas of consolidation in both lungs compared to the previous examination.")
            == ["consolidation present increased"])
        #expect(try read("There are fine linear lines in the subpleural interstitial spaces.").allSatisfy { !$0.hasPrefix("interstitial") })
        // Audit WW: an inhomogeneous aeration is an aeration difference; alveolar microlithiasis is a finding of its own;
        // what "was observed in the current examination" is new.
        #expect(try read("Aeration of lung parenchyma areas is inhomogeneous.") == ["aeration-difference present -"])
        #expect(try read("Appearance compatible with alveolar microlithiasis in the lung.").contains("alveolar-microlithiasis present -"))
        #expect(try read("In the lower lobe of the right lung, micronodular opacities were observed in the current examination.")
            == ["micronodule present new"])
        // Audit VV: "the outlook" is the appearance; interlobar fluid is pleural; an increase in their size is theirs.
        #expect(try read("The outlook was evaluated in favor of cardiac stasis.") == ["pulmonary-edema present -"])
        #expect(try read("Interlobar fluid is observed on the right.") == ["pleural-effusion present -"])
        // Audit XX: linear subsegmentary atelectasis is linear; a herniated stomach is a hiatal hernia.
        #expect(try read("Linear subsegmentary atelectasis in both lower lobes.") == ["linear-atelectasis present -"])
        #expect(try read("The gastric fundus is herniated from the hiatus.") == ["hiatal-hernia present -"])
        // Audit YY: what "has been lost" is gone; what a finding is "causing" goes with it; "in mass or lesion structure"
        // names no finding.
        #expect(try read("The ground glass appearances observed in previous reviews have been lost in the current examination.")
            == ["ground-glass-opacity absent resolved"])
        #expect(try extract.findings("There is parenchymal fibrosis in the right lung apical causing volume loss and structural distortion.")
            .allSatisfy { $0.laterality == .right })
        #expect(try read("No space-occupying lesion in mass or lesion structure was observed.").count == 1)
        #expect(try read("Compared to the previous examination, the number of nodules is constant, but there is an increase in "
            + "their size.") == ["nodule present increased"])
        // Audit ZZ: a thinner effusion regressed; plaques in the thoracic and abdominal aorta are arterial wall calcification.
        #expect(try read("There is a decrease in the thickness of bilateral pleural effusion.") == ["pleural-effusion present decreased"])
        #expect(try extract.labels("Calcific atheroma plaques are observed in the walls of the thoracic and abdominal aorta.")
            == ["Arterial wall calcification"])
        // Audit AAA: "(infective?)" doubts an infection, an infective cause is none; what was previously seen as a
        // consolidation is one no more; a tree-like appearance is tree-in-bud.
        #expect(try read("Patchy alveolar consolidation (infective?) in the anterior segment of the right lung upper lobe.")
            == ["consolidation present -", "pneumonia uncertain -"])
        #expect(try read("Other infective causes can be evaluated in the differential diagnosis.") == [])
        #expect(try read("The appearances that were previously observed as consolidation were observed as frosted glass areas in "
            + "this examination.") == ["consolidation absent resolved", "ground-glass-opacity present -"])
        #expect(try read("Areas of consolidation in tree-like appearance were observed in the left lung lower lobe.")
            == ["consolidation present -", "tree-in-bud present -"])
        // Audits BBB and CCC: hypersensitivity pneumonia is an interstitial disease; what is to be evaluated together
        // with the clinic is considered; fluid in the spleen is no pleural effusion; thickened interlobular interstitial
        // tissue is septal thickening; the ureter is no lung.
        #expect(try read("The appearance is non-specific (bronchiolitis?, secondary to infection?, hypersensitivity pneumonia?).")
            .contains("interstitial-lung-disease uncertain -"))
        #expect(try read("It is recommended to evaluate the infective process together with clinical and laboratory findings.")
            == ["pneumonia uncertain -"])
        #expect(try read("Mild subcapsular effusion is observed in the spleen.") == ["fluid present -"])
        #expect(try read("In the left lung, thickenings are observed in the interlobular and subpleural interstitial tissue.")
            == ["septal-thickening present -"])
        #expect(try extract.findings("Soft tissue densities extending around the ureter, adjacent to the psoas, in the middle part "
            + "of the left.").allSatisfy { $0.category == nil })
        // Audit DDD: a tracheostomy is medical material; a lung contusion is bleeding into it; "superiority" is the
        // superior segment.
        #expect(try extract.labels("Tracheostomy is observed.") == ["Medical material"])
        #expect(try read("Traumatic pneumothorax, hemothorax, alveolar contusion were not observed.").contains("alveolar-hemorrhage absent -"))
        #expect(try extract.findings("A nodule is observed in the right lung lower lobe superiority.").first?.segments == ["RLL-superior"])
        // Audit EEE: an additional finding is new; what is not observed in this examination is gone; "no difference in
        // meaning" compares with no earlier study; pleural densities are the pleura's.
        #expect(try read("Ground-glass-like density increase observed in the upper lobe of the right lung is an additional finding.")
            == ["ground-glass-opacity present new"])
        #expect(try read("Millimetric nodules described in the left upper lobe in the previous examination are not observed in this "
            + "examination.") == ["nodule absent resolved"])
        #expect(try read("Pleural effusion with air images in it (no difference in meaning in empyema).").allSatisfy { $0.hasSuffix(" -") })
        #expect(try read("Traction bronchiectasis and pleural density increases are observed.").contains("pleural-thickening present -"))
        #expect(try read("There is an increase in the sizes of the lymph nodes in the mediastinum.") == ["lymphadenopathy present increased"])
        // Audits FFF and GGG: a bud appearance is tree-in-bud; what is considered "in its etiology" is where the finding it
        // explains is; "manifestations" name the findings before.
        #expect(try read("Widespread bud appearance in the left lung.") == ["tree-in-bud present -"])
        #expect(try extract.findings("An area of nodular lesion has been noted in the right lower lobe, and infective pathology is "
            + "considered in its etiology.").map(\.lobes) == [["RLL"], ["RLL"]])
        #expect(try extract.findings("Ground glass areas in the right lower lobe. The described manifestations were evaluated in "
            + "favor of viral pneumonia.").map(\.lobes) == [["RLL"], ["RLL"]])
        // Audit HHH: what an image "can be observed during" and what "suggest the etiology" are considered; an infection
        // after which to follow up is none; interlobular thickness is septal thickening.
        #expect(try read("The outlook can be observed during the resolution period of Covid-19 pneumonia.") == ["pneumonia uncertain decreased"])
        #expect(try read("Viral pneumonias suggest the etiology of the findings.") == ["pneumonia uncertain -"])
        #expect(try read("After the infection has been treated, elective evaluation is recommended.") == [])
        #expect(try read("Increases in interseptal and interlobular thickness in both lungs.") == ["septal-thickening present -"])
        // Audit III: an infiltrating lesion is an opacity; stable in number is no stable size; "atl" is the lower lobe.
        #expect(try read("No mass or infiltrating lesion was detected in both lungs.") == ["mass absent -", "opacity absent -"])
        #expect(try read("Parenchymal nodules in the right lung, which are stable in number compared to previous examination, "
            + "but increasing in size.") == ["nodule present increased"])
        #expect(try extract.findings("Peribronchial thickening is observed around the atl lobe bronchi of the left lung.").first?.lobes
            == ["LLL"])
        // Audit JJJ: septa that are thick; rib cartilage is no lung; "entered the cyst" (the section) names none;
        // central lobular emphysema; a misspelt atherosclerosis.
        #expect(try read("Interlobular septa are thick (secondary to cardiac stasis?).").contains("septal-thickening present -"))
        #expect(try extract.findings("Dense costochondral calcifications are observed.").allSatisfy { $0.category == nil })
        #expect(try read("It has partially entered the cyst.") == [])
        #expect(try read("Paraseptal-central lobular emphysema appearance is observed in the upper lobe of both lungs.")
            == ["paraseptal-emphysema present -", "centrilobular-emphysema present -"])
        #expect(try extract.labels("Atheroscleortic changes in the aorta and coronary arteries.")
            == ["Arterial wall calcification", "Coronary artery wall calcification"])
        // Audit KKK: a (distal) airway disease is bronchiolitis; heart failure is no place; what "should be kept in mind"
        // is considered; "subsgmentary" is subsegmental.
        #expect(try read("Mosaic density differences in both lungs (airway disease?).").contains("bronchiolitis uncertain -"))
        #expect(try extract.findings("Effusions thought to be secondary to heart failure.").first?.category?.rawValue == "2e")
        #expect(try read("Ground glass density in both lungs (viral infections developed on the basis of small airway diseases "
            + "should be kept in mind).").contains("pneumonia uncertain -"))
        #expect(try read("Subsgmentary atelectatic changes were observed in the right lower lobe.") == ["subsegmental-atelectasis present -"])
        // Audit LLL: a urinary infection is no lung's; ice glass is ground glass; a reduction in the size of a finding
        // is its regression; a "reitculonodular" density is reticulation.
        #expect(try extract.findings("In the etiology of fever, urinary infection should be excluded.").allSatisfy { $0.category == nil })
        #expect(try read("Diffuse crazy paving pattern, patchy ice glass densities in both lungs.").contains("ground-glass-opacity present -"))
        #expect(try read("A reduction in the size of the lymph nodes in the mediastinum is observed.") == ["lymphadenopathy present decreased"])
        #expect(try read("In the upper lobe, reitculonodular density increases are observed.") == ["reticulation present -"])
        // Audit MMM: an anastomosis line is the bowel's; nodes at the abdominal aorta are extrathoracic; fluid in the
        // superior paracardiac recess is pericardial; what is considered "in the etiology" is where the finding before is.
        #expect(try extract.findings("No mass lesion was detected at the level of the gastrojejunostomy anastomosis line.")
            .allSatisfy { $0.category == nil })
        #expect(try read("Lymph nodes with a short axis of 7 mm were observed adjacent to the abdominal aorta.")
            == ["extrathoracic-lymph-node present -"])
        #expect(try read("Fluid is present in superior paracardiac recess.") == ["pericardial-effusion present -"])
        #expect(try extract.findings("Consolidation area in the lower lobe of the left lung; infectious pathologies are considered "
            + "in the etiology.").map(\.lobes) == [["LLL"], ["LLL"]])
        // Audit NNN: an "infected process" is an infection; what "may accompany" is possible.
        #expect(try read("It may be accompanied by an infected process.") == ["pneumonia uncertain -"])
        #expect(try read("Ground glass areas in the right lung (infected process may accompany).")
            == ["ground-glass-opacity present -", "pneumonia uncertain -"])
        // Audit OOO: what evaluation is recommended for, or what should be excluded, is considered; "showed a minimal
        // increase compared to the previous" is an increase; a smaller lung volume is volume loss, no change.
        #expect(try read("Clinical and laboratory evaluation is recommended for Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("Other viral pneumonias should be excluded in the differential diagnosis.") == ["pneumonia uncertain -"])
        #expect(try read("The left pleural effusion showed a minimal increase compared to the previous examination.")
            == ["pleural-effusion present increased"])
        #expect(try read("Atelectasis is observed in the right lower lobe and the volume of the right lung is decreased.")
            == ["atelectasis present -", "volume-loss present -"])
        // Audit PPP: a pattern that cannot be clearly distinguished is in doubt; "radiological findings" name the findings
        // before, as "the findings".
        #expect(try read("Ground glass-mosaic attenuation pattern cannot be clearly distinguished in both lungs.")
            == ["ground-glass-opacity uncertain -", "mosaic-attenuation uncertain -"])
        #expect(try extract.findings("Ground glass areas in the right lower lobe. Radiological findings were evaluated as compatible "
            + "with Covid pneumonia.").map(\.lobes) == [["RLL"], ["RLL"]])
        // Audit QQQ: a diffusely decreased liver density is no change; a smaller lung is volume loss.
        #expect(try read("Liver parenchyma density is diffusely decreased in line with fatty deposits.").allSatisfy { $0.hasSuffix(" -") })
        #expect(try read("The right lung volume is smaller than the left one.") == ["volume-loss present -"])
        // Audit RRR: the brachiocephalic trunk is an artery; lymph nodes in the breast are outside the chest, along the
        // internal mammary artery inside it; a "tissue density" is a soft tissue.
        #expect(try read("Wall calcification is observed in the posterior wall of the truncus brachiocephalicus.")
            == ["arterial-wall-calcification present -"])
        #expect(try read("There is a soft tissue lesion in the right breast (intramammary lymph node?).")
            == ["soft-tissue present -", "extrathoracic-lymph-node uncertain -"])
        #expect(try read("Lymph nodes are observed in the left internal mammary artery trace.") == ["lymphadenopathy present -"])
        #expect(try read("Masses in tissue density are observed in the anterior mediastinum.") == ["mass present -", "soft-tissue present -"])
        // Audit SSS: follow-up recommended for a finding doubts it; "revealed on current examination" is new; the described
        // localizations are the places named before; "medial lobe" is the middle lobe; a sequela parenchymal band is one
        // band; thickenings of the interstitial elements are septal; peribronchovascular nodes are hilar; infectious
        // involvement is a pneumonia; "suspicious in favor of" doubts.
        #expect(try read("Clinical laboratory correlation and follow-up for early viral pneumonia of patchy ground-glass densities "
            + "in the right lung is recommended.") == ["pneumonia uncertain -"])
        #expect(try read("Pericardial-pleural effusion revealed on current examination.")
            == ["pericardial-effusion present new", "pleural-effusion present new"])
        #expect(try extract.findings("Linear atelectasis is observed in the middle lobe and both lung lower lobes. Millimetric calcific "
            + "nodules are observed in the described localizations.").last?.lobes == ["RML", "RLL", "LLL"])
        #expect(try extract.findings("A nodule of 4 mm is observed in the medial lobe of the right lung.").first?.lobes == ["RML"])
        #expect(try read("A sequela parenchymal band is observed in the left lung lower lobe.") == ["fibrotic-band present -"])
        #expect(try read("Focal consolidations, thickenings in the interstitial elements are observed in the right lung upper lobe.")
            == ["consolidation present -", "septal-thickening present -"])
        #expect(try read("Pathologically sized lymph nodes in the mediastinum, both hilum, and in the peribronchovascular area.")
            == ["lymphadenopathy present -"])
        #expect(try read("No active infectious involvement was detected in the lung parenchyma.") == ["pneumonia absent -"])
        #expect(try read("Consolidation areas highly suspicious in favor of postobstructive bronchopneumonia are observed in the right "
            + "lower lobe.") == ["consolidation present -", "pneumonia uncertain -"])
        // Audit TTT: an image that fits the early or the resolution phase has no change; "nodular gynecomastia" is the
        // breast's; "consultative" is MT for "consolidative"; density increases in the style of ground glass are one.
        #expect(try read("The outlook may be seen in the early phase of Covid-19 pneumonia or in the resolution phase.")
            == ["pneumonia uncertain -"])
        let breast = try extract.findings("Bilateral nodular gynecomastia was observed.")
        #expect(breast.map(\.places) == [["breast"]] && breast.allSatisfy { $0.labels.isEmpty && $0.category == nil })
        #expect(try read("There are consultative areas that show scattered confluence in places and predominantly observed peripherally - "
            + "there are density increases in the style of ground glass.") == ["consolidation present -", "ground-glass-opacity present -"])
        #expect(try extract.findings("Ground glass areas are observed in the right lung lower lobe superiorly.").first?.segments
            == ["RLL-superior"])
        // Audit UUU: fixators and aortic grafts are medical material; "cardiomeali" is MT for cardiomegaly; suture materials
        // "belonging to" a sternotomy are one device.
        #expect(try read("There is an internal fixator extending between the L4 and S1 vertebrae.") == ["medical-material present -"])
        #expect(try read("Aortic graft and valve replacement in the aortic valve.") == ["medical-material present -"])
        #expect(try read("Cardiomeali.") == ["cardiomegaly present -"])
        #expect(try read("There are metallic suture materials belonging to sternotomy in the sternum.") == ["medical-material present -"])
        // Audit VVV: "imaging features" name the findings before them, as "imaging findings".
        #expect(try extract.findings("Ground glass areas are observed in the lower lobes of both lungs. Imaging features can be seen "
            + "in Covid-19 pneumonia.").last?.lobes == ["RLL", "LLL"])
        // Audit WWW: "in the differential diagnosis" doubts what precedes it, and after an opening comma what follows;
        // no dimensional difference is stable.
        #expect(try read("There are other viral pneumonias in the differential diagnosis.") == ["pneumonia uncertain -"])
        #expect(try read("In the differential diagnosis, primarily Covid pneumonia is included.") == ["pneumonia uncertain -"])
        #expect(try read("No significant dimensional and numerical differences were detected in millimetric lymph nodes in the "
            + "aorticopulmonary window.") == ["lymphadenopathy present stable"])
        // Audit YYY: a limit of the study "in terms of focal lesion" finds nothing; density increases in the form of ground
        // glass are one; a hamartoma is a nodule; emphysema of the thorax walls is subcutaneous; expansion of the
        // vascular structures is their enlargement.
        #expect(try read("Both lung parenchyma are not optimally evaluated, especially in terms of focal lesion.") == [])
        #expect(try read("In the bilateral lower lobe, density increases in the form of ground glass are observed.")
            == ["ground-glass-opacity present -"])
        #expect(try read("The hamartomatous lesion in the posterior segment of the right lung upper lobe, approximately 18x13 mm, is stable.")
            == ["nodule present stable"])
        #expect(try read("Emphysematous changes are observed in the anterior and lateral walls of the thorax.")
            == ["subcutaneous-emphysema present -"])
        #expect(try read("There is minimal expansion in the vascular structures within the ground glass appearances.")
            == ["vascular-enlargement present -", "ground-glass-opacity present -"])
        // Audit XXX: "centri acinar" is centrilobular; "not significantly different" is stable, and "significantly" still
        // reads as a degree word ("Heart sizes were significantly increased").
        #expect(try read("Centri acinar emphysema areas are present in the upper lobe of the left lung.")
            == ["centrilobular-emphysema present -"])
        #expect(try read("Atelectasis changes in both lungs that are not significantly different.") == ["atelectasis present stable"])
        #expect(try read("Heart sizes were significantly increased.") == ["cardiomegaly present -"])
        // Audit ZZZ: "often observed in" doubts; reticulonodular fibrotic sequelae are reticular (1d); a nodular
        // space-occupying lesion is a nodule.
        #expect(try read("The described findings can often be observed in Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("Density increases of reticulonodular fibrotic sequelae were observed in both lung apexes.")
            == ["reticular-fibrotic-sequela present -"])
        #expect(try read("No suspicious mass or nodular space-occupying lesion was observed.") == ["mass absent -", "nodule absent -"])
        // Audit AAAA: "with nodular configuration" is a shape, no nodule; "lat" is MT for "alt" (lower).
        #expect(try read("Enlarged lymph nodes with nodular configuration are observed in the mediastinum.") == ["lymphadenopathy present -"])
        #expect(try extract.findings("A nodule is observed in the right lung lat lobe posterobasal segment.").first?.lobes == ["RLL"])
        // Audit CCCC: a smaller hemithorax is volume loss; leukemic infiltration is of the bones; calibration increases in
        // the peribronchovascular sheath are peribronchial thickening.
        #expect(try extract.findings("Right hemithorax volume decreased.").map { "\($0.type) \($0.laterality)" } == ["volume-loss right"])
        #expect(try read("Widespread lytic lesions are observed in the bone structures, and this is significant in terms of leukemic "
            + "infiltration.").allSatisfy { $0.hasPrefix("bone-lesion") })
        #expect(try read("Calibration increases are observed in the peribronchovascular sheath, especially at the central level.")
            == ["peribronchial-thickening present -"])
        // Audit BBBB: geographic aeration areas are a mosaic pattern; "also available in the previous review" is stable.
        #expect(try read("Geographic aeration areas are observed in both lungs.") == ["mosaic-attenuation present -"])
        #expect(try read("Areas of faint ground glass density are observed in the right lung. It is also available in the previous "
            + "review of the case.") == ["ground-glass-opacity present stable"])
        // Audit EEEE: "bula" is a bulla; increased peribronchovascular thickness is peribronchial thickening; "bicateral".
        #expect(try read("Bula formation in the upper lobe of the right lung.") == ["bulla present -"])
        #expect(try read("There are areas of bronchiectasis and increased peribronchovascular thickness in both lungs.")
            == ["bronchiectasis present -", "peribronchial-thickening present -"])
        #expect(try extract.findings("Bicateral pleural effusion was not detected.").first?.laterality == .bilateral)
        // Audit DDDD: a disease the findings are "secondary to previous" is not there now; "cannot be completely excluded"
        // doubts; "showed significant resorption" is smaller.
        #expect(try read("Atelectasis and ground-glass appearances secondary to previous pneumonia are observed in the right lung lower lobe.")
            == ["atelectasis present -", "ground-glass-opacity present -", "pneumonia absent -"])
        #expect(try read("Although the presence of an underlying mass cannot be completely excluded, it was evaluated in favor of "
            + "atelectasis.") == ["mass uncertain -", "atelectasis present -"])
        #expect(try read("Consolidations in this area showed significant resorption.") == ["consolidation present decreased"])
        // "slightly" is a known word (the emphasis "slightly more"); the heart's degree words still read.
        #expect(try read("Heart sizes are slightly increased.") == ["cardiomegaly present -"])
        // Audit FFFF: "gives the impression of" doubts the word after it; a concession then a hedge doubts; a ground glass halo
        // leaves the nodule solid; "caviter" is cavitary.
        #expect(try read("A fissure-based nodule is observed, which also gives the impression of sequelae.")
            == ["nodule present -", "fibrotic-sequela uncertain -"])
        #expect(try read("Although there is no specific Covid pneumonia appearance, it is suspicious for the onset.") == ["pneumonia uncertain -"])
        #expect(try read("A 6 mm nodule with a ground glass halo is observed in the right lung upper lobe.")
            == ["nodule present -", "halo-sign present -"])
        #expect(try read("Caviter lesion in the right lung upper lobe.") == ["cavity present -"])
        // Audit GGGG: a heart "observed larger" is cardiomegaly; "loading" is volume overload (oedema); an effusion in fat is
        // fluid, no pleural effusion.
        #expect(try read("The heart was observed larger than normal.") == ["cardiomegaly present -"])
        #expect(try read("The described findings are compatible with loading.") == ["pulmonary-edema present -"])
        #expect(try read("A mild effusion and edema are observed in the fatty tissues in the left perinephric area.").first == "fluid present -")
        // Audit JJJJ: a lesion "in soft tissue density" is one lesion; the tracheostomy level is a place on the trachea, no
        // device; effusions "not detected in the current study" are gone since then.
        #expect(try read("In the left lung lower lobe superior segment, lesions in soft tissue density are observed.")
            == ["mass present -"])
        #expect(try read("Tracheal calibration was markedly increased at the tracheostomy level.") == [])
        #expect(try read("The effusions observed in the previous study were not detected in the current study.")
            == ["pleural-effusion absent resolved"])
        // Audit LLLL: an azygos fissure is a variant, no lung finding (and keeps its place from the list item before it); an
        // effusion in the deepest part of the heart is pericardial; a subcutaneous effusion is fluid.
        #expect(try read("Mild sequelae changes in the middle lobe of the right lung, azygos fissure variation in the upper lobe "
            + "on the right.") == ["fibrotic-sequela present -", "azygos-lobe present -"])
        #expect(try read("An effusion measuring 6 mm in the deepest part of the heart was observed.") == ["pericardial-effusion present -"])
        #expect(try read("Clinical correlation is recommended in terms of subcutaneous effusion.") == ["fluid uncertain -"])
        // Audit MMMM: a granulomatous infection that sequelae are "of" is of the past; a misspelt atherosclerosis.
        #expect(try read("Sequelae of previous granulomatous infection in the upper lobes of both lungs.")
            == ["fibrotic-sequela present -", "pneumonia absent -"])
        #expect(try read("There are calcified atheroscleroric changes in the wall of the thoracic aorta.")
            == ["arterial-wall-calcification present -"])
        // Audits NNNN and OOOO: more of it lower down is no change; resorbed is smaller; a bone metastasis denied is no lung
        // mass; a cavitating lesion is a cavity; "acinet" (MT typo) opacities are ground glass.
        #expect(try read("Consolidation areas are observed in both lung parenchyma with increasing prevalence towards the bases.")
            == ["consolidation present -"])
        #expect(try read("The consolidative area in the upper lobe of the left lung has been resorbed in the current examination.")
            == ["consolidation present decreased"])
        #expect(try read("No lytic-destructive lesion in favor of metastasis was observed.") == ["bone-lesion absent -"])
        #expect(try read("There is a cavitating lesion measuring up to 18 mm in the right lung lower lobe.") == ["cavity present -"])
        #expect(try read("Acinet opacities are observed in the right lung lower lobe.") == ["ground-glass-opacity present -"])
        // Audit QQQQ: patches of soft tissue density are opacities, no mass; the upper trachea is no upper lobe.
        #expect(try read("There are patches of soft tissue density in the apical part of the right lung upper lobe.")
            == ["opacity present -"])
        #expect(try extract.findings("A sessile polypoid lesion in the right upper trachea.").first?.lobes == [])
        // Audit RRRR: no size difference is stable; allergic alveolitis is an interstitial disease; the cystic duct is no cyst;
        // tuberculosis is an infection.
        #expect(try read("A central necrotic nodular lesion is observed and no size difference was detected.")
            == ["nodule present stable"])
        #expect(try read("Allergic alveolitis?") == ["interstitial-lung-disease uncertain -"])
        #expect(try read("Possible choledocholithiasis appearance in the choledoch-cystic duct.") == ["calculus uncertain -"])
        #expect(try read("The described appearances are consistent with the diagnosis of tuberculosis.") == ["pneumonia present -"])
        #expect(try read("Findings are dubious for Covid pneumonia.") == ["pneumonia uncertain -"])
        // Audit SSSS: "evident according to the previous" (MT of "became more marked") is an increase; "not observed in other
        // examinations" is new; an increase in the thickness of the peribronchial wall is peribronchial thickening.
        #expect(try read("A smear-like pleural effusion is observed in the basals bilaterally, and it has become evident according "
            + "to the previous examination.") == ["pleural-effusion present increased"])
        #expect(try read("There are lesions in the subcutaneous fatty tissue that were not observed in other examinations.")
            == ["lesion present new"])
        #expect(try read("Mild enlargement of the bronchial structures and increase in the thickness of the peribronchial wall are "
            + "observed.").contains("peribronchial-thickening present -"))
        // Audit TTTT: the thoraco-abdominal aorta is the thoracic aorta too.
        #expect(try read("Calcified atherosclerotic changes in the wall of the thoraco-abdominal aorta.")
            == ["arterial-wall-calcification present -"])
        // Audit UUUU: tbc (MT abbreviation) is tuberculosis, its sequelae are sequelae, no infection now; "elevations" are ribs
        // (MT of "kot").
        #expect(try read("Tbc should be considered in the differential diagnosis.") == ["pneumonia uncertain -"])
        #expect(try read("Past tuberculosis sequela findings in both upper lobes.") == ["fibrotic-sequela present -"])
        #expect(try extract.findings("Sequelae changes are observed in the 5th elevation on the right.").first?.category == nil)
        // Audit VVVV: a sternal cerclage is medical material; plaques of the abdominal aorta in the upper abdominal sections are
        // outside the chest; "that increase when evaluated" with an earlier examination is an increase.
        #expect(try read("Cerclage is observed in the sternum.") == ["medical-material present -"])
        #expect(try read("Calcified atherosclerotic changes were observed in the wall of the abdominal aorta in the upper abdominal "
            + "sections.") == ["extrathoracic-arterial-calcification present -"])
        #expect(try read("Areas of pneumonic consolidation in both lungs that increase when evaluated in conjunction with the "
            + "previous examination.") == ["consolidation present increased"])
        // Audit WWWW: a collapse fracture is the bone's, no atelectasis (sweep M31: a fracture finding of its own); mucus in the
        // airways is a plug; "air brochogram". (Now a compression fracture, a kind of fracture.)
        #expect(try read("Pathological collapse fracture was observed in L1 vertebra.") == ["compression-fracture present -"])
        #expect(try read("Mucus densities are observed in the right intermediate bronchus.") == ["mucus-plug present -"])
        #expect(try read("Consolidation with an air brochogram is observed in the right lung lower lobe.")
            == ["consolidation present -", "air-bronchogram present -"])
        // Audit YYYY: "in adjacent lung parenchyma" (no article) is beside the finding before.
        #expect(try extract.findings("Bilateral pleural effusion is observed. Areas of atelectasis in adjacent lung parenchyma.")
            .map(\.laterality) == [.bilateral, .bilateral])
        // … on its side, not in its pleura nor its hemithorax, also in a later sentence (probe P168).
        let beside = try extract.findings("Pleural effusion is observed in the left hemithorax. Passive atelectatic changes are "
            + "seen in the neighboring lung parenchyma.")
        #expect(beside.map(\.laterality) == [.left, .left])
        #expect(beside.last?.places == [])
        // … and so does one the effusion causes, in its sentence or the next by "it"; what "it" is said to be, in words that
        // name lesions of other organs too, stays where it is (probe M168).
        let caused = try extract.findings("A pleural effusion is seen on the left, causing compression atelectasis.")
        #expect(caused.map(\.laterality) == [.left, .left] && caused.last?.places == [])
        let causedLater = try extract.findings("There is a right pleural effusion. It leads to passive atelectasis.")
        #expect(causedLater.map(\.laterality) == [.right, .right] && causedLater.last?.places == [])
        #expect(try extract.findings("Nodular thickenings are seen in the pleura on the left. They were considered metastases.")
            .last?.places == ["pleura"])
        // Audit IIIIIII: "and compression atelectasis accompanying it" is beside it too.
        #expect(try extract.findings("There is pleural effusion reaching 3.5 cm at its widest point in the right lung and "
            + "compression atelectasis accompanying it.").map(\.laterality) == [.right, .right])
        // Audit XXXX: an interpretation after a long list of places still names the density before it.
        #expect(try extract.findings("There are density increases in the lateral and posterobasal segment of the right lung lower "
            + "lobe and in the left inferior lingular segment, which are evaluated primarily in favor of atelectasis.")
            .first { $0.type == "opacity" }?.interpreted == true)
        // "bronchopneumanic" (MT typo); a size word after the noun ("nodules in millimeter sizes").
        #expect(try read("Bronchopneumanic infiltration in the left lung lower lobe basal segment.")
            == ["pneumonic-infiltration present -"])
        #expect(try extract.findings("Nonspecific nodules in millimeter sizes are observed in both lungs.").first?.sizeWord != nil)
        // Audit ZZZZ: "frequently reported imaging features of" a disease considers it; "for the onset of" too; peribronchial
        // sheaths (MT of cuffing); band-like soft tissue densities are linear opacities.
        #expect(try read("There are frequently reported imaging features of Covid-19 pneumonia in both lungs.")
            == ["pneumonia uncertain -"])
        #expect(try read("Clinical laboratory correlation is recommended in terms of the onset of an early infectious process.")
            == ["pneumonia uncertain -"])
        #expect(try read("Peribronchial sheaths are present.") == ["peribronchial-thickening present -"])
        #expect(try read("Band-like soft tissue densities are observed in the subpleural areas of both lungs.")
            == ["linear-opacity present -"])
        // Audit AAAAA: fluid in the pleura is a pleural effusion; "not sufficient to diagnose" doubts; infectious events are
        // infections; the gastrointestinal tract is the bowel (its narrowing no airway's).
        #expect(try read("There is free fluid measuring 16 mm at its deepest point in the right pleural area.")
            == ["pleural-effusion present -"])
        #expect(try read("However, the described appearance is not sufficient to diagnose pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("It is recommended to be evaluated in terms of infectious events.") == ["pneumonia uncertain -"])
        #expect(try extract.findings("No occlusion or obstruction was detected in the gastrointestinal tract.")
            .allSatisfy { $0.category == nil })
        // Audit BBBBB: "atelectative" (MT); small airway involvement is the small airways' disease, no narrowing; a dimensional
        // reduction is a decrease; numbered liver segments are the liver's.
        #expect(try read("A thin atelectative lung segment is observed adjacent to it.") == ["atelectasis present -"])
        #expect(try read("Mosaic attenuation pattern secondary to small airway stenosis.").contains("bronchiolitis present -"))
        #expect(try read("Lymph nodes with slight dimensional reductions are observed in the mediastinum.")
            == ["lymphadenopathy present decreased"])
        #expect(try extract.findings("A cyst is observed at the level of segment 7.").first?.category == nil)
        // Audit CCCCC: a polypoid lesion of the trachea is no lung lesion.
        #expect(try extract.findings("A sessile polypoid lesion in the right upper trachea.").first?.category == nil)
        // Audit EEEEE: "infiltrating area" is an opacity; "mediastimal" (typo) is the mediastinum.
        #expect(try read("Active infiltrating area was not observed in both lungs.") == ["opacity absent -"])
        #expect(try extract.findings("Lymph nodes are observed in the mediastimal and hilar regions.").first?.places.contains("mediastinum") == true)
        // Audit UUUUUU: "mediastenal" too.
        #expect(try extract.findings("No prominent lymph node was detected in the mediastenal non-contrast examination.").first?
            .places.contains("mediastinum") == true)
        // Audit DDDDD: "has imaging features that are commonly reported" considers the disease before it; calcific and
        // noncalcific nodules are nodules, no calcification of their own.
        #expect(try read("Covid-19 pneumonia has imaging features that are commonly reported.") == ["pneumonia uncertain -"])
        #expect(try read("Stable calcific-noncalcific parenchymal nodules in both lungs.") == ["nodule present stable"])
        // Audit FFFFF: "suspicious finding for" doubts; a bracketed "(cannot be distinguished from the sequelae)" doubts them.
        #expect(try read("Suspicious finding for Covid-19 pneumonia in the right lung lower lobe.") == ["pneumonia uncertain -"])
        #expect(try read("Irregularly contoured area in the apex of the right lung (cannot be distinguished from the sequelae).")
            .contains("fibrotic-sequela uncertain -"))
        // Audit IIIII: an occluded jugular vein is no airway narrowing.
        #expect(try extract.findings("Thrombus material causing total occlusion at the distal right internal jugular vein.")
            .allSatisfy { $0.category == nil })
        // Audit HHHHH: "frequently observed findings in" doubts; "also present in the patient's examination" is stable;
        // "bud branch view" is a tree-in-bud.
        #expect(try read("Appearances are among the frequently observed findings in Covid-19 pneumonia.") == ["pneumonia uncertain -"])
        #expect(try read("Solid pulmonary nodules in the lung. It is also present in the patient's examination 10 days ago.")
            == ["nodule present stable"])
        #expect(try read("Bud branch view is observed in the right lung lower lobe.") == ["tree-in-bud present -"])
        // Audit JJJJJ: "frequently encountered in" doubts; "no distinction was made between" A and B doubts both.
        #expect(try read("The described findings are among the findings frequently encountered in Covid-19 pneumonia.")
            == ["pneumonia uncertain -"])
        #expect(try read("No distinction was made between round pneumonia and atelectasis.")
            == ["pneumonia uncertain -", "atelectasis uncertain -"])
        // Audit KKKKK: ", typical findings of X are not observed" after a verbless item is a new clause.
        #expect(try read("Dependent density increases in basal segments of both lungs lower lobes, typical findings of pneumonia are "
            + "not observed.") == ["opacity present -", "pneumonia absent -"])
        // Audit LLLLL: "cardia stasis" (MT) is congestion; "can be considered primarily as" doubts; prosthetic material.
        #expect(try read("Findings were initially evaluated as secondary to cardia stasis.") == ["pulmonary-edema present -"])
        #expect(try read("Consolidation area, which can be considered primarily as an infective process.")
            .contains("pneumonia uncertain -"))
        // Audit DDDDDDD: parenchymal volume losses are volume loss; a sequela's multiple calcifications are its own.
        #expect(try read("Parenchymal volume losses secondary to atelectasis are observed at the subsegmental level in the lower "
            + "lobes.").contains("volume-loss present -"))
        #expect(try read("Pleuroparenchymal sequelae densities with multiple calcifications in both upper lobes.")
            .allSatisfy { !$0.hasPrefix("calcification") })
        // Audit EEEEEEE: a wide trachea is no change; tree-in-bud-like nodular appearances are one centrilobular nodule.
        #expect(try read("The calibration of the trachea is increased around the tracheostomy cannula.").allSatisfy { $0.hasSuffix(" -") })
        #expect(try read("Tree-in-bud-like nodular appearances are observed in the right lung middle lobe.")
            == ["centrilobular-nodule present -"])
        // Audit T52: nodules said to form a tree-in-bud pattern are the pattern, no nodule beside it; forming anything else they stay nodules.
        #expect(try read("Nodular infiltrates forming a tree-in-bud pattern are seen in the left lung upper lobe.")
            == ["tree-in-bud present -"])
        #expect(try read("Nodules forming a cluster are seen in the left lung upper lobe.") == ["nodule present -"])
        // Audit T52: a branching pattern with nodules is a tree-in-bud; nodules with no branching stay nodules.
        #expect(try read("A branching pattern with faint nodules is seen in the left lower lobe.") == ["tree-in-bud present -"])
        #expect(try read("Faint nodules are seen in the left lower lobe.") == ["nodule present -"])
        // Audit IIIIIII: "commonly seen imaging features of" doubts; fibroreticular densities are a reticular fibrotic sequela.
        #expect(try read("The view described includes the commonly seen imaging features of Covid-19 pneumonia.")
            == ["pneumonia uncertain -"])
        #expect(try read("Fibroreticular density increases are observed in the apices of both lungs.")
            == ["reticular-fibrotic-sequela present -"])
        // Audit JJJJJJJ: a lesion's cystic component is no cyst; what appeared in a dated earlier examination is not new.
        #expect(try read("There is a lesion with a solid-cystic component at the posterobasal segment level of the lower lobe of "
            + "the right lung.").allSatisfy { !$0.hasPrefix("cyst") })
        #expect(try read("It is understood that this nodule appeared in the examination dated March.").allSatisfy { !$0.hasSuffix(" new") })
        // Audit LLLLLLL: not seen in an earlier examination named by its month denies nothing now.
        #expect(try read("Cystic lesion not observed in the February 2019 CT examination is seen in the right lung upper lobe.")
            == ["cyst present -"])
        // Audit MMMMMMM: "the thoracic aortic wall" is the aorta.
        #expect(try extract.findings("Calcific atheroma plaques are observed in the thoracic aortic wall.").first?.places
            .contains("aorta") == true)
        // Audit PPPPPPP: suture lines are medical material.
        #expect(try read("A dense collection area is observed adjacent to the suture lines.").contains("medical-material present -"))
        // Audit XXXXXXXXX: the typo "amphoesematous"; rib fracture sequelae are a fracture, no fibrotic sequela; "loss of
        // consolidation" is a consolidation gone (not "loss of cystic content").
        #expect(try extract.labels("Amphoesematous changes were observed in both lungs.") == ["Emphysema"])
        #expect(try extract.labels("Healed fracture sequelae are seen in the left fifth rib.").isEmpty)
        #expect(try read("Loss of consolidation is observed in this examination.") == ["consolidation absent resolved"])
        #expect(try read("A solid lesion with loss of cystic content is seen in the right kidney.").allSatisfy { !$0.contains("absent") })
        // Audit O11: peribronchial prominence is peribronchial thickening.
        #expect(try extract.labels("Thickening of interlobular septa and peribronchial prominence in both lungs.")
            .contains("Peribronchial thickening"))
        // Audit A11: the one-word "airbronchograms".
        #expect(try extract.findings("Consolidation with airbronchograms in the right lower lobe.").map(\.type).contains("air-bronchogram"))
        // Audit T10: mesothelioma is a (pleural) mass; "resection due to mesothelioma" is history.
        #expect(try read("Mesothelioma was considered in the differential diagnosis.") == ["mass uncertain -"])
        #expect(try read("In a patient who underwent pleurectomy and resection due to mesothelioma, a pleural effusion is seen.")
            .allSatisfy { !$0.hasPrefix("mass") })
        // Audit R10: "a history of radiotherapy due to malignancy" is of the past.
        #expect(try read("The patient with a history of radiotherapy due to malignancy in the right lung.").allSatisfy { !$0.contains("present") })
        // Audit L10: reticular osteopenia is a bone finding, no lung reticulation.
        #expect(try extract.findings("Reticular osteopenia in the vertebral bodies.").allSatisfy { $0.category == nil })
        // Audit I10: band-passive atelectasis is a linear atelectasis (no fibrotic band); audit J10: a liver density
        // "decreased in line with fatty deposits" is steatosis, no change.
        #expect(try extract.findings("Band-passive atelectasis changes are observed in the middle lobe.").map(\.type)
            == ["linear-atelectasis"])
        #expect(try extract.findings("Liver parenchyma density decreased in line with fatty deposits.").allSatisfy { $0.temporal == nil })
        // Audit G10: the primary "adenoid cystic carcinoma" is no lung cyst; "bronchiectasis has become cystic" neither;
        // nodular thickening of the pleura is a pleural thickening.
        #expect(try extract.findings("In a case with adenoid cystic carcinoma, nodules are observed in both lungs.").map(\.type)
            == ["nodule"])
        #expect(try extract.findings("Bronchiectasis has become cystic in the lower lobes.").map(\.type) == ["bronchiectasis"])
        #expect(try read("Nodular thickening of the pleura is observed on the right.") == ["pleural-thickening present -"])
        // Audit E10: small airway-vascular disease is no aorta; a calcified pleural thickening is no lung calcification.
        #expect(try extract.findings("Mosaic attenuation in both lungs, in terms of small airway-vascular diseases.")
            .allSatisfy { $0.category != nil })
        #expect(try read("Pleural thickness increases with calcifications in the left lung.") == ["pleural-thickening present -"])
        // Audit C10: "lymphangitic spread"; "nodular suspicious space-occupying lesion" is a nodule, no second mass.
        #expect(try read("Interlobular septal thickening in the right lower lobe (lymphangitic spread?).")
            .contains("lymphangitic-carcinomatosis uncertain -"))
        #expect(try extract.findings("No mass or nodular suspicious space-occupying lesion was detected in the lung parenchyma.")
            .map(\.type).sorted() == ["mass", "nodule"])
        // Audit WWWWWWWWW: "the aortic and mitral valve" are heart valves, no aortic wall.
        #expect(try extract.labels("Calcifications are observed in the aortic and mitral valve.").isEmpty)
        // Audit SSSSSSSSS: a balloon (intragastric, of a catheter) is medical material.
        #expect(try read("In the upper abdomen, a balloon is observed in the gastric antrum.").contains("medical-material present -"))
        // Audits KKKKKKKK–NNNNNNNN: a mass in the shoulder is no lung mass; "lend nodes" are lymph nodes; increased parenchymal
        // aeration is a state (the emphysema beside it is not "increased"); tracheal diverticular formations; "and smaller
        // and" (where, not a decrease).
        #expect(try extract.findings("Stable mass lesion in anterior left shoulder.").allSatisfy { $0.category == nil })
        #expect(try read("A large number of lend nodes were observed in the prevascular area.") == ["lymphadenopathy present -"])
        #expect(try extract.findings("Increased parenchymal aeration and mild emphysema in the upper lobes of both lungs.")
            .first { $0.type == "emphysema" }?.temporal == nil)
        #expect(try read("Millimetric diverticular formations are observed in the right posterolateral aspect of the trachea.")
            == ["tracheal-diverticulum present -"])
        #expect(try extract.findings("Ground glass density increases are more prominent in the middle-lower zones, and smaller and "
            + "reticulonodular in the upper zones.").allSatisfy { $0.temporal == nil })
        // Audit QQQQQQQQ: "extending to the pleura," is the mass's place, no pleural thickening; nodules "of the same nature as
        // the primary mass" are likened to it, no second mass.
        #expect(try read("A mass with spiculations extending to the pleura, septal thickening around it in the left upper lobe.")
            .allSatisfy { !$0.hasPrefix("pleural-thickening") })
        #expect(try read("Nodules of the same nature as the primary mass with a diameter of 15x12 mm are seen in both lungs.")
            .filter { $0.hasPrefix("mass") }.isEmpty)
        // Audit WWWWWWWW: "calcific millimetric nodules" after "and" are calcified nodules, no calcification of their own; "the
        // described lesion is a single lesion" names no second lesion.
        #expect(try read("Linear densities and calcific millimetric nodules are seen in the right upper lobe.")
            .allSatisfy { !$0.hasPrefix("calcification") })
        #expect(try read("A lesion is observed in the left lower lobe. Since the described lesion is a single lesion, optimal "
            + "evaluation cannot be made.").filter { $0.hasPrefix("lesion") }.count == 1)
        // Audit AAAAAAAAA: "The described views are accompanied by X" names the findings before (X is where they are).
        #expect(try extract.findings("Ground glass densities are observed in both lungs. The described views are sometimes "
            + "accompanied by millimetric nodules.").first { $0.type == "nodule" }?.laterality == .bilateral)
        // Audits MMMMMMMMM–OOOOOOOOO: an increase in density in the interstitial pattern is interstitial lung disease; crazy
        // paving before a head of another type is read too; "nodular form" is no nodule; "with coarse calcifications around it"
        // is the nodule's; sequelae reticular density increases are a reticular sequela; "suspicious bronchopleural" doubts.
        #expect(try read("An increase in density in the interstitial pattern was observed in both lungs.")
            == ["interstitial-lung-disease present -"])
        #expect(try read("Peripheral crazy paving nodular ground glass densities are seen in both lungs.")
            == ["crazy-paving present -", "ground-glass-opacity present -"])
        #expect(try read("Crazy paving pattern is seen in the lower lobes of both lungs, nodular form in the upper lobes.")
            == ["crazy-paving present -"])
        #expect(try read("A nodule of 12 mm with coarse calcifications around it is seen in the left lower lobe.") == ["nodule present -"])
        #expect(try read("Sequelae reticular density increases are observed in the upper lobes of both lungs.")
            == ["reticular-fibrotic-sequela present -"])
        #expect(try read("Suspicious bronchopleural fistula in the right lung lower lobe.") == ["fistula uncertain -"])
        // Audit PPPPPPPPP: "halosine" (MT) is the halo sign; a mass a lobectomy was done because of is past; "The mass surrounds
        // the artery" names no second mass.
        #expect(try read("A nodule around which some halosine appearance is observed.").contains("halo-sign present -"))
        #expect(try read("The patient underwent left upper lobectomy because of a pleural-based mass.").allSatisfy { !$0.contains("present") })
        #expect(try read("A mass is observed in the left upper lobe. The mass surrounds the subclavian artery.")
            .filter { $0.hasPrefix("mass") }.count == 1)
        // Audit JJJJJJJJJ: retropectoral nodes are axillary (outside the chest); "in one of the lymph nodes" names no new node.
        #expect(try read("Lymph nodes are observed in the left retropectoral region. Asymmetric cortical thickening was observed "
            + "in one of the lymph nodes.").filter { $0.contains("lymph") } == ["extrathoracic-lymph-node present -"])
        // Audit IIIIIIIII: "branches with faint buds" are tree-in-bud; "It was not tracked in the previous review" (MT) is new.
        #expect(try read("In the superior segment of the left lower lobe, there are branches with faint buds. It was not tracked "
            + "in the previous review.") == ["tree-in-bud present new"])
        // Audit EEEEEEEEE: "a nodule with calcific appearance" is a calcified nodule; "bronchi appear collapsed" narrow airways.
        #expect(try read("A 3 mm nodule with calcific appearance is observed in the right upper lobe.") == ["nodule present -"])
        #expect(try read("Lower lobe basal segment bronchi appear collapsed.") == ["airway-narrowing present -"])
        // Audits BBBBBBBBB, CCCCCCCCC: tracheomegaly is a widened trachea, no narrowing; nodules "of calcified character" are
        // calcified nodules; changes of heart failure in both lungs are edema; band-fibrotic recessions are one band.
        #expect(try read("Tracheomegaly.") == ["tracheomegaly present -"])
        #expect(try read("Nodules in both lungs, some of calcified character.").allSatisfy { !$0.hasPrefix("calcification") })
        #expect(try read("Changes of heart failure in both lungs.") == ["pulmonary-edema present -"])
        #expect(try read("Sequela pleuroparenchymal band-fibrotic recessions in the right upper lobe.") == ["fibrotic-band present -"])
        // Audit YYYYYYYY: cystic ectasia in bronchial structures is bronchiectasis; "No significant finding suggestive of X" denies X.
        #expect(try read("Tubular and cystic ectasia in bronchial structures in both lungs.") == ["bronchiectasis present -"])
        #expect(try read("No significant finding suggestive of pneumonia is observed.") == ["pneumonia absent -"])
        // Audit XXXXXXXX: "nodules containing calcification" are nodules (their own calcification, no lung calcification).
        #expect(try read("There are nodules containing calcification in the left lung upper lobe.") == ["nodule present -"])
        // Audit OOOOOOOO: "coronal artery" (MT typo) is the coronary artery; "apks" (typo) the apices.
        #expect(try read("Calcific atheroma plaques are observed in the wall of the coronal arteries.")
            .contains("coronary-artery-calcification present -"))
        #expect(try extract.findings("Sequela parenchymal changes in both lung apks.").first?.places.contains("lung-apex") == true)
        // Audits GGGGGGGG, JJJJJJJJ: "the previous thorax CT" names a study, no place; linear-segmental atelectasis is linear; a
        // bare mass after a neck sentence stays in the neck.
        #expect(try extract.findings("Ground-glass densities are observed in the lower lobe of the left lung, which was not observed "
            + "in the previous thorax CT.").first?.places.contains("thorax") == false)
        #expect(try read("Linear-segmental atelectasis is observed in the middle lobe.") == ["linear-atelectasis present -"])
        #expect(try extract.findings("FINDINGS: Bilateral parapharyngeal distances are preserved. No space-occupying mass was "
            + "detected.").allSatisfy { $0.category == nil })
        // Audits CCCCCCCC–FFFFFFFF: a distorted parenchyma is distortion (and "the right lung is decreased" keeps its side);
        // a diverticular lesion by the trachea is a tracheal diverticulum; "small air-vascular disease" is small airway disease.
        let distorted = try extract.findings("The volume of the left lung is decreased and the parenchyma appears to be distorted.")
        #expect(distorted.map { "\($0.type) \($0.laterality.rawValue)" }.contains("distortion none"))
        #expect(distorted.first { $0.type == "volume-loss" }?.laterality == .left)
        #expect(try read("Diverticular lesion in the right posterolateral part of the trachea.") == ["tracheal-diverticulum present -"])
        #expect(try read("Mosaic perfusion defect is observed in both lungs and is consistent with small air-vascular disease.")
            .contains("bronchiolitis present -"))
        // Audit ZZZZZZZ: effusion in the abdomen is fluid, no pleural effusion; audit YYYYYYY: volume overload is edema.
        #expect(try read("Newly developed widespread effusion in the abdomen is observed.") == ["fluid present new"])
        #expect(try read("Changes due to volume overload in both lungs.").contains("pulmonary-edema present -"))
        // Audit WWWWWWW: "electrodes showing the appearance of a pacemaker" are one device.
        #expect(try read("Electrodes showing the appearance of a pacemaker are observed in the right heart chambers.")
            .filter { $0.hasPrefix("medical-material") }.count == 1)
        // Audit RRRRRRR: operation materials (of a valve operation) are medical material.
        #expect(try read("Materials for heart valve operation are observed.").contains("medical-material present -"))
        #expect(try read("Operation materials were observed in the sternum.").contains("medical-material present -"))
        // Audit KKKKKKK: "subpelvally" (MT typo) is subpleural.
        #expect(try extract.findings("Nonspecific parenchymal nodules located subpelvally in the right lung lower lobe.").first?
            .places.contains("subpleural-region") == true)
        #expect(try read("Prosthetic material was observed in the aortic valve.") == ["medical-material present -"])
        // Audit NNNNN: a fracture is a bone finding of its own (its rib's side stays with it); "spinal" is the spine.
        #expect(try extract.findings("Newly developed pleural effusion on the left, and a displaced fracture in the 7th rib on the right.")
            .map { "\($0.type) \($0.laterality)" } == ["pleural-effusion left", "fracture right"])
        // Audit QQQQQ: a pleuroparenchymal recession is a sequela; fibroatelectatic sequelae are one fibroatelectasis; a decrease
        // in the volume of a lung is volume loss.
        #expect(try read("Pleuroparenchymal recession is observed in the middle lobe of the right lung.") == ["fibrotic-sequela present -"])
        #expect(try read("Fibroatelectatic sequelae changes in both lungs.") == ["fibroatelectasis present -"])
        #expect(try read("There is a decrease in the volume of the right lung.") == ["volume-loss present -"])
        // Audit RRRRR: more subpleural fat is a state, no change; a nodular thickness increase in the pleura is pleural.
        #expect(try read("Calcific thickening in the lateral pleura and increased subpleural adipose tissue in the right hemithorax.")
            .allSatisfy { !$0.hasSuffix("increased") })
        #expect(try read("There is a 10x5 mm nodular thickness increase in the pleura in the inferior lingular segment.")
            == ["pleural-thickening present -"])
        // Audit SSSSS: decreased volumes are small lungs, no decrease of what follows; "not detected in the current CT
        // examination" is gone since; iliac vascular structures are the abdominal aorta's branches.
        #expect(try read("There are decreased volumes of both lungs, sequela pleuroparenchymal bands.").allSatisfy { !$0.hasSuffix("decreased") })
        #expect(try read("The areas of consolidation defined in the right lung in the previous examination were not detected in the "
            + "current CT examination.") == ["consolidation absent resolved"])
        #expect(try read("There are calcified atheromatous plaques on the walls of the abdominal aorta and iliac vascular structures.")
            == ["extrathoracic-arterial-calcification present -"])
        // Audit UUUUU: a run-on impression with every stop lost is a list of items; emphysema is no abdominal wall finding.
        let runOn = try extract.findings("Parenchymal nodule in the right lung Emphysema Lumbar hernia in the posterior abdominal wall")
        #expect(runOn.first { $0.type == "emphysema" }?.category?.rawValue == "1c")
        // Audit TTTTT: "there is no distinction between" is a differential; "non-significantly different" is stable;
        // "ateletatic" is atelectatic; "the same level as" the previous examination is no place.
        #expect(try read("In the right lung hilum, there is no distinction between soft tissue densities and vascular structures.")
            .allSatisfy { $0.contains("uncertain") })
        #expect(try read("Multiple non-significantly different nodules in both lungs.") == ["nodule present stable"])
        #expect(try read("Effusion adjacent to the parenchyma with mild ateletatic changes.").contains("atelectasis present -"))
        let sameLevel = try extract.findings("A nodule is observed in the lingula. The mass in the tail of the pancreas is stable. No "
            + "size difference was observed in the measurement made from the same level as the previous examination of the mass.")
        #expect(sameLevel.map(\.type) == ["nodule", "mass"])
        // Audit UUUUU: "can be compatible with the" is what an area may be.
        #expect(try read("In the right upper lobe there is an area that can be compatible with the soft tissue component.")
            == ["mass uncertain -"])
        // Audits VVVVV and WWWWW: an opening in a narrowing is its decrease; a space-occupying finding is a mass; alveolar
        // interstitial densities are an opacity, no interstitial lung disease; both lingular segments are the lingula.
        #expect(try read("Compared to the previous examination, there is an opening in the narrowing of the right lung upper lobe "
            + "bronchus.") == ["airway-narrowing present decreased"])
        #expect(try read("There is a space-occupying finding measuring up to 46 mm in the right lung lower lobe.") == ["mass present -"])
        #expect(try read("Alveolar interstitial density increases are observed in the right lung upper lobe.") == ["opacity present -"])
        #expect(try extract.findings("A nodule is observed in the left lung superior and inferior lingular segments.").first?.segments
            == ["lingula"])
        // Audit XXXXX: "common findings of" and "doubt in favor of" are hedges; aspergillosis is an infection; a lymph node
        // "cystation" (MT typo of station) is no finding.
        #expect(try read("Nodular ground glass densities in both lungs (common findings in Covid pneumonia).")
            == ["ground-glass-opacity present -", "pneumonia uncertain -"])
        #expect(try read("However, there is doubt in favor of early parenchymal involvement of Covid.") == ["pneumonia uncertain -"])
        #expect(try read("Parenchymal nodules with irregular borders in both lungs (aspergillosis?)").last == "pneumonia uncertain -")
        // Audit YYYYY: "lymph nodules" are lymph nodes; an operating cavity is no lung cavity; cystic necrotic parts are no
        // cyst; a catheter that terminates further on is the one named before; a size of the previous PET CT is an earlier one.
        #expect(try read("Lymph nodules in the right hilar region showing increased size.") == ["lymphadenopathy present increased"])
        #expect(try read("On the right, there is a minimal collection measuring 15 mm in the operating cavity.").allSatisfy { !$0.hasPrefix("cavity") })
        #expect(try read("There is a consolidation area with a cystic necrotic area in the left upper lobe.") == ["consolidation present -"])
        #expect(try read("A port catheter is observed on the right. The port catheter terminates at the superior distal portion of "
            + "the vena cava.") == ["medical-material present -"])
        // Audit G14: idiopathic pulmonary fibrosis is an interstitial lung disease, no fibrotic sequela.
        #expect(try extract.labels("Known idiopathic pulmonary fibrosis.") == [])
        #expect(try extract.findings("Known idiopathic pulmonary fibrosis.").map(\.type) == ["interstitial-lung-disease"])
        // Audit F14: a numbered segment 4 is the liver's (no lung cyst); "a carcinomatous finding?" is a doubted mass.
        #expect(try extract.findings("A hypodense cyst of 12 mm is seen in the right lung segment 4.").first?.category == nil)
        #expect(try extract.findings("A nodular consolidation in the right middle lobe (an infection?, a carcinomatous finding?).")
            .contains { $0.type == "mass" && $0.assertion == .uncertain })
        // Audit S1: peribronchial infiltrates are an airspace opacity, not peribronchial thickening.
        #expect(try extract.findings("Peribronchial infiltrates in the right middle lobe.").map(\.type) == ["opacity"])
        // Audit E14: an effusion behind the sternum is no pleural effusion; a lymph node metastasis is a node, not a mass.
        #expect(try extract.labels("A small effusion is seen in the retrosternal region.") == [])
        #expect(try extract.findings("The mediastinal lesion was evaluated in favor of lymph node metastasis.").map(\.type).contains("mass") == false)
        // Audit D14: fluid around a breast implant is no pleural effusion.
        #expect(try extract.labels("There is minimal effusion around the breast prosthesis on the left.") == [])
        // Audit D14: "periventricular" fluid in a chest CT is pericardial; a "subpelvral" (subpleural) node is intrapulmonary.
        #expect(try read("Minimal periventricular effusion is seen.") == ["pericardial-effusion present -"])
        #expect(try extract.findings("A subpelvral lymph node of 6 mm is seen along the fissure.").map(\.type) == ["intrapulmonary-lymph-node"])
        // Audit A14: a spinal cage is an implant.
        #expect(try read("An anterior corpectomy cage is observed at the cervical level.") == ["medical-material present -"])
        #expect(try read("In the right hilar region, there is lymphadenopathy with a short diameter of 16 mm in the current examination, "
            + "and 10 mm in size in the previous PET CT examination.") == ["lymphadenopathy present increased"])
        // Audit ZZZZZ: "unlikely to be significant for" and "with a low probability" doubt; "areas of post-op atelectasis"
        // are atelectasis where the consolidation is.
        #expect(try read("It is unlikely to be significant for Covid or other viral infections.") == ["pneumonia uncertain -"])
        #expect(try read("Evaluation with the clinic is recommended for other infections with a low probability.") == ["pneumonia uncertain -"])
        let postOp = try extract.findings("Consolidation areas were observed in the medial segment of the right lung middle lobe, and "
            + "these were thought to be areas of post-op atelectasis.")
        #expect(postOp.first { $0.type == "atelectasis" }?.lobes == ["RML"])
        // Audit AAAAAA: "lef node" is a lymph node; a nodule's calcification is no finding of its own; "in mass or nodular
        // structure" says what kind of lesion is denied, no mass and nodule besides.
        #expect(try read("A lobulated soft tissue in the left upper paratracheal area (postop change? Lef node?).").contains("lymphadenopathy uncertain -"))
        #expect(try read("In the posterior basal segment, a nodular formation with a diameter of 11 mm with millimetric calcification is observed.")
            == ["nodule present -"])
        #expect(try read("No suspicious space-occupying lesion is observed in mass or nodular structure.") == ["mass absent -"])
        // Audit BBBBBB: "follow-up is recommended for the onset of" doubts; corticopelvic cysts are the kidneys'; a wider
        // thorax says no change of the findings after it; densities "consisting of" ground glass are the ground glass.
        #expect(try read("Follow-up is recommended for the onset of an early infectious process.") == ["pneumonia uncertain -"])
        #expect(try extract.findings("Bilateral corticoplevic cysts.").first?.category == nil)
        #expect(try read("Thorax AP diameter has increased and emphysematous changes are observed in both lungs.") == ["emphysema present -"])
        #expect(try extract.findings("Densities consisting of ground glass opacities are observed in both lungs.").first?.interpreted == true)
        // Audit CCCCCC: aeration increases are what an emphysematous adjective or an interpretation says they are; secretory
        // changes in the bronchi are mucus.
        #expect(try read("In both lungs, emphysematous aeration increases are observed.") == ["emphysema present -"])
        #expect(try extract.findings("Increased aeration consistent with panlobular emphysema in both lungs.").first?.interpreted == true)
        #expect(try read("Secretory changes in their lumens were observed in the lower lobe bronchi of the right lung.") == ["mucus-plug present -"])
        // Audit EEEEEE: "if there is no change" is a condition, no change found (what a finding was "previously observed as"
        // is gone since: audit AAA's sentence above).
        #expect(try read("The appearance may be pneumonic infiltration in the left upper lobe; tissue diagnosis is recommended if "
            + "there is no change.") == ["pneumonic-infiltration uncertain -"])
        // Audits FFFFFF and GGGGGG: "in its environment" is around it; "not clearly observed in the previous" is new; a cardiac
        // cause is no place; fibroatelectasis sequelae are one fibroatelectasis.
        let environment = try extract.findings("There is a nodule of 11 mm in the posterobasal segment of the right lower lobe. "
            + "Sequelae changes are observed in its environment.")
        #expect(environment.last?.lobes == ["RLL"])
        #expect(try read("A nodule, which was not clearly observed in the previous examination, is seen in the right lower lobe.")
            == ["nodule present new"])
        #expect(try extract.findings("Findings may be compatible with pulmonary edema secondary to cardiac causes.").first?.category?.rawValue
            == "1f")
        #expect(try read("Fibroatelectasis sequelae in both lungs.") == ["fibroatelectasis present -"])
        // Audit DDDDDD: centriacinar ground-glass nodules are centrilobular (1e, as the dataset files them); the density of
        // atelectasis areas is the atelectasis; "left lung upper tube" is the upper lobe, no tube.
        #expect(try extract.findings("Centriacinar ground-glass nodules in the upper lobes of both lungs.").first?.category?.rawValue == "1e")
        #expect(try read("Density of parenchymal atelectasis areas is observed in the lower lobe of the right lung.") == ["atelectasis present -"])
        #expect(try read("Peribronchial thickness increase in the left lung upper tube.") == ["peribronchial-thickening present -"])
        // Audit GGGGGG: a mass that "has shrunk" is smaller.
        #expect(try read("It is understood that the mass in the right upper lobe has shrunk when compared with the previous examination.")
            == ["mass present decreased"])
        // Audit HHHHHH: "also observed in his previous" review is stable.
        #expect(try read("Peribronchial thickening is observed in both lungs, also observed in his previous review.")
            == ["peribronchial-thickening present stable"])
        // Audit JJJJJJ: fibroatelectatic linear densities are linear fibroatelectasis; almost all lung segments are both lungs.
        #expect(try read("Again at this level, there are fibroatelectatic linear densities.") == ["linear-fibroatelectasis present -"])
        #expect(try extract.findings("In almost all lung segments, multiple ground-glass-like density increments are observed.")
            .first?.laterality == .bilateral)
        // Audit IIIIII: an infective-inflammatory process is one infection.
        #expect(try read("It may be compatible with infective-inflammatory processes involving the interstitium.") == ["pneumonia uncertain -"])
        // Audits NNNNNN and OOOOOO: "cast doubt on" doubts; a paraspinal zone between a segment and its lobe; band-like
        // appearances are bands; pleural loculations are loculated fluid; pneumothorax typos; a markedly smaller lobe is no
        // decrease of the atelectasis beside it.
        #expect(try read("The presence of the described nodules has cast doubt on Covid-19 pneumonia.").last == "pneumonia uncertain -")
        #expect(try extract.findings("Focal ground-glass opacity is observed in the posterior segment paraspinal area in the lower lobe of "
            + "the right lung.").first?.lobes == ["RLL"])
        #expect(try read("There are subpleural linear band-like appearances in both lungs.") == ["linear-opacity present -"])
        #expect(try read("Stable pleural loculations are observed in the right lung lower lobe.") == ["pleural-effusion present stable"])
        #expect(try read("Pleural effusion, pneumonthorax were not detected.") == ["pleural-effusion absent -", "pneumothorax absent -"])
        #expect(try read("Lingula volume is markedly decreased and atelectatic changes are present.").allSatisfy { !$0.hasSuffix("decreased") })
        // Audit MMMMMM: "small airway-small vessel disease" names both; neck organs are no lung; small airway nodules are
        // centrilobular.
        #expect(try read("Mosaic attenuation pattern in both lungs (small airway-small vessel disease?).")
            == ["mosaic-attenuation present -", "bronchiolitis uncertain -", "small-vessel-disease uncertain -"])
        #expect(try extract.findings("No mass was detected in the larynx and paralaryngeal region.").first?.category == nil)
        #expect(try extract.findings("Small airway nodules in both lungs.").first?.category?.rawValue == "1e")
        // A smaller lung or lobe named by a predicate on it is volume loss; a smaller nodule is a change.
        #expect(try extract.findings("The volume of the left upper lobe of the lung is decreased.").map { "\($0.type) \($0.lobes)" }
            == ["volume-loss [\"LUL\"]"])
        #expect(try read("The volume of the nodule in the right lung has decreased.") == ["nodule present decreased"])
        // A nodular structure is a nodule, with its size; what a lesion "is observed as" is where the lesion is.
        #expect(try extract.findings("Structural distortion and volume loss in the apical segment of the left lung upper lobe "
            + "accompanied by a nodular structure of approximately 26x24 mm in size.").map { $0.size?.maxMM } == [nil, nil, 26])
        let fragmented = try extract.findings("The soft tissue density lesion in the left lung lower lobe superior segment is observed "
            + "as fragmented nodular structures, the largest of which is 16 mm.")
        #expect(fragmented.first { $0.type == "nodule" }.map { [$0.lobes, [$0.size?.maxMM.description ?? "-"]] } == [["LLL"], ["16.0"]])
        // Audit TTTTTT: a carcinomatous process is a mass, and what is "in its differential diagnosis" is doubted; a size
        // that "could not be given" denies nothing; what a nodule "may have" is doubted.
        #expect(try read("It was evaluated in favor of an abscess, and staph aureus pneumonia and carcinomatous processes are "
            + "present in its differential diagnosis.").filter { $0.hasPrefix("pneumonia") || $0.hasPrefix("mass") }
            == ["pneumonia uncertain -", "mass uncertain -"])
        #expect(try read("Although the size could not be given due to the infiltrative character of the mass, it was measured "
            + "approximately 14 mm in its thickest part.") == ["mass present -"])
        #expect(try read("The described nodule may have a primary or metastatic lung lesion.").contains("lesion uncertain -"))
        // Audit VVVVVV: "precardial" (typo) is the pericardium; "more pronounced than previous" an increase; "not very typical
        // for" doubts.
        #expect(try read("There is a precardial effusion with bilateral smearing.") == ["pericardial-effusion present -"])
        #expect(try read("Crazy paving pattern is observed in the right lung middle lobe, which is more pronounced than previous "
            + "examinations.") == ["crazy-paving present increased"])
        #expect(try read("Although unilateral involvement is not very typical for Covid-19 pneumonia, the findings were "
            + "reported.").first == "pneumonia uncertain -")
        // (named again in the sentence and said plainly there, it is one pneumonia, present: `mergeNamedTwice`)
        #expect(try read("Although unilateral involvement is not very typical for Covid-19 pneumonia, the findings were evaluated "
            + "primarily in favor of Covid-19 pneumonia.") == ["pneumonia present -"])
        // Audit WWWWWW: a calcific plaque-like thickening of the pleura is one pleural thickening.
        #expect(try read("Calcific plaque-like thickening of the pleura was observed on the anterior aspect of the left hemithorax.")
            == ["pleural-thickening present -"])
        // Audit XXXXXX: sequelae of infection are a fibrotic sequela, no infection now.
        #expect(try read("Sequelae of infection are in favor.") == ["fibrotic-sequela present -"])
        // Audit YYYYYY: a density "increased in line with" adiposity is a state, no change.
        #expect(try read("Liver parenchyma density increased in line with advanced adiposity.").allSatisfy { $0.hasSuffix(" -") })
        // Audit AAAAAAA: a degree adverb inside "bronchial walls are thickened"; "upper lobe anteriors" are anterior segments.
        #expect(try read("The bronchial walls are slightly thickened.") == ["bronchial-wall-thickening present -"])
        #expect(try extract.findings("Ground glass areas are observed especially in the right lung middle lobe and upper lobe "
            + "anteriors.").first?.segments.contains("RUL-anterior") == true)
        // Audit CCCCCCC: "increased ground glass density" is a ground glass finding, no change; an aspergilloma is an
        // infection.
        #expect(try read("There are areas of increased ground glass density in both lungs.") == ["ground-glass-opacity present -"])
        #expect(try read("A cavitary lesion with a central nodule in the right lung lower lobe (aspergilloma?).")
            .contains("pneumonia uncertain -"))
    }

    /// (audit mechanism M23) A change said right after a pronoun that opens a clause ("; it is", ", and it has") is the
    /// change of the finding the clause before names, not of a cause or reading named later in the pronoun's clause.
    @Test func aChangeAfterAClauseOpeningPronounIsTheFindingBefore() throws {
        #expect(try extract.findings("Patchy ground glass densities in the lower lobe of the left lung; it is newly developed and can "
            + "be evaluated as secondary to an infectious process.").map(\.temporal) == [.new, nil])
        #expect(try extract.findings("A consolidation area is observed in the right lower lobe, and it is newly developed secondary "
            + "to a pneumonic process.").map(\.temporal) == [.new, nil])
        #expect(try extract.findings("A consolidation area is observed in the right lower lobe and it has recently emerged due to "
            + "aspiration pneumonia.").map(\.temporal) == [.new, nil])
        // Not without the pronoun, nor when the change comes further into the pronoun's clause, after its own verb and cue.
        #expect(try extract.findings("Ground glass densities in the left lower lobe; newly developed pleural effusion on the right.")
            .map(\.temporal) == [nil, .new])
        #expect(try extract.findings("Ground glass densities in the left lower lobe; it is thought that newly developed pneumonia "
            + "may be present.").map(\.temporal) == [nil, .new])
    }

    @Test func temporalChange() throws {
        // "Also present in the previous examination" yields to a change the sentence says (`yields`, audit E10).
        #expect(try extract.findings("Consolidation is observed in the right lower lobe, which was also present in the previous "
            + "examination and has regressed significantly.").map(\.temporal) == [.decreased])
        #expect(try extract.findings("Consolidation is observed in the right lower lobe, which was also present in the previous "
            + "examination.").map(\.temporal) == [.stable])
        // A change said after a clause set off by commas is the finding's the clause describes.
        #expect(try extract.findings("Consolidation in the right lower lobe, accompanied by air bronchograms, has regressed.")
            .map(\.temporal) == [.decreased, nil])
        #expect(try extract.findings("The consolidation in the right lower lobe, which contains air bronchograms, has regressed.")
            .map(\.temporal) == [.decreased, nil])
        // What an interpreted density is said to be has its change too.
        #expect(try extract.findings("Density increases in the right lung lower lobe, which are evaluated in favor of newly developed "
            + "pneumonic infiltration.").map(\.temporal) == [.new, .new])
        // (audit mechanism M11) … and so has what it is said to be when the change comes in a clause after that finding: a
        // change past an interpreting clause stays with the interpretation; past a describing one it is the host's.
        #expect(try extract.findings("Patchy densities in the left lower lobe, which are evaluated in favor of atelectasis, which "
            + "is observed to have newly developed.").map(\.temporal) == [.new, .new])
        #expect(try extract.findings("Patchy densities in the left lower lobe, which contain air bronchograms, which have "
            + "newly developed.").map(\.temporal) == [.new, nil])
        // A change word right before a phrase, with only "the", places and unknown words between, is that phrase's on a tie.
        #expect(try extract.findings("There is an increase in the size of the nodule, an increase in the size of the mediastinal "
            + "lymph nodes.").map(\.temporal) == [.increased, .increased])
        #expect(try extract.findings("Fibroatelectasis sequelae changes and stable nonspecific parenchymal nodules in both lungs.")
            .map(\.temporal) == [nil, .stable])
        #expect(try extract.findings("Cardiomegaly, pericardial effusion and increasing bilateral pleural effusion.").map(\.temporal)
            == [nil, nil, .increased])
        #expect(try extract.findings("A stable 5 mm nodule in the right lung.").first?.temporal == .stable)
        #expect(try extract.findings("Newly developed consolidation in the left lower lobe.").first?.temporal == .new)
        #expect(try extract.findings("The consolidation in the left lower lobe has regressed.").first?.temporal == .decreased)
        #expect(try extract.findings("The nodule in the right upper lobe has enlarged compared to the previous examination.").first?.temporal == .increased)
        // Not seen on an earlier study, whatever the study is called: new, not absent.
        for sentence in ["Slight pleural effusion on the left, which was not seen in the previous thorax CT.",
                         "Ground glass densities in the lingula were not observed in the old CT examination of the patient."] {
            let finding = try #require(try extract.findings(sentence).first, "\(sentence)")
            #expect(finding.assertion == .present && finding.temporal == .new, "\(sentence)")
        }
        // Words that describe rather than compare with an earlier examination.
        #expect(try extract.findings("A mosaic attenuation pattern in both lungs, more prominent in the lower lobes.").first?.temporal == nil)
        #expect(try extract.findings("Enlarged lymph nodes are observed in the mediastinum.").first?.temporal == nil)
        #expect(try extract.findings("A similar appearance can be seen in viral pneumonia.").first?.temporal == nil)
        // The word that names the finding ("CTR increased" is cardiomegaly) is no change since an earlier study.
        #expect(try extract.findings("The cardiothoracic ratio has increased in favor of the heart.").first?.temporal == nil)
        #expect(try extract.findings("Increased peribronchial thickness is observed in both lungs.").first?.temporal == nil)
        // A pneumonia "in the resolution period" is resolving; the image's resolution says nothing of a finding.
        #expect(try extract.findings("Findings compatible with pneumonia in the resolution period in both lungs.").first?.temporal == .decreased)
        #expect(try extract.findings("Image resolution is low due to motion; a nodule in the right upper lobe.").first?.temporal == nil)
        // Seen on the earlier study too: there before, there now.
        #expect(try extract.findings("A few nodules, which were also observed in the previous CT examination, were observed in both lungs.").first?.temporal == .stable)
        #expect(try extract.findings("Sequelae changes at the posterobasal level are also observed in the previous examination.").first?.temporal == .stable)
        // The change word reaches past a long place between it and the finding.
        #expect(try extract.findings("Total atelectasis in the middle lobe of the right lung is observed and has a stable appearance.").first?.temporal == .stable)
        #expect(try extract.findings("The cavitary lesions observed in the lingular segment and the lower lobe superior segment have only recently emerged.")
            .first?.temporal == .new)
        // A change said after a finding's verb is that finding's, not the next one's across "and".
        let pair = try extract.findings("The effusion on the right has increased and the effusion on the left is new.")
        #expect(pair.map(\.temporal) == [.increased, .new])
        let stable = try extract.findings("The nodules in both lungs are stable and the consolidation in the right lower lobe has regressed.")
        #expect(stable.map(\.type) == ["nodule", "consolidation"] && stable.map(\.temporal) == [.stable, .decreased])
        // A change said in a relative clause is the change of the finding the clause describes, not of the one
        // after the clause; a finding named in the clause keeps its own.
        let relative = try extract.findings("Centriacinar ground glass densities in the lower lobes of both lungs, which are "
            + "newly developed in the current examination, and a tree-in-bud appearance.")
        #expect(relative.map(\.temporal) == [.new, nil])
        let named = try extract.findings("Increases in density consistent with consolidation, which is evaluated in favor of "
            + "newly developed pneumonic infiltration.")
        #expect(named.last?.temporal == .new)
        // A change said after a long place is still the finding's; of two change words, the closer one is.
        let far = try extract.findings("A nodule with a diameter of approximately 3 mm is observed in the anterior segment of the upper "
            + "lobe of the right lung, and there was no significant difference compared to the previous examination.")
        #expect(far.first?.temporal == .stable)
        let closer = try extract.findings("In the current examination, no significant change was detected in the right hemithorax "
            + "compared to the previous examination, except for the newly emerged pneumothorax area.")
        #expect(closer.first?.temporal == .new)
        // An adjective opening a list item is still the next phrase's (of two, the closer one).
        let listed = try extract.findings("Linear atelectasis in both lungs, increased and newly developed ground glass densities in both lungs.")
        #expect(listed.map(\.temporal) == [nil, .new])
        // A change said after a list of findings ending in "and" is every item's; not when the list has no "and"
        // (each item its own), nor when the change word opens an item or names the finding after it.
        let subjects = try extract.findings("Compared with the CT scan dated 19.06.2017; total atelectasis in the left lung "
            + "upper lobe, the consolidation in the right lower lobe and multiple calcified nodules in the upper zone are stable.")
        #expect(subjects.map(\.temporal) == [.stable, .stable, .stable])
        let separate = try extract.findings("Atelectatic changes in both lungs, areas of consolidation in both lungs regressing "
            + "from previous examination.")
        #expect(separate.map(\.temporal) == [nil, .decreased])
        let opening = try extract.findings("Bilateral pleural effusion and increased consolidation in the right lower lobe.")
        #expect(opening.map(\.temporal) == [nil, .increased])
        // A change said after what accompanies a finding is the finding's too; not when a relative clause says it
        // of the accompanying one.
        let accompanied = try extract.findings("In the right lung upper lobe, the nodular consolidation areas accompanied by the "
            + "peripheral halo show significant regression.")
        #expect(accompanied.map(\.temporal) == [.decreased, .decreased])
        let ownChange = try extract.findings("Consolidative density is observed in the left lung lower lobe accompanied by air "
            + "bronchograms that were not observed in the previous examination.")
        #expect(ownChange.map(\.temporal) == [nil, .new])
        // A change said before "in" a finding is also said of the findings "and in" introduces after it; not of a
        // finding the list does not reach.
        let inList = try extract.findings("There was no significant difference in the areas of ground glass density in both lungs, "
            + "and in the areas of atelectasis in the upper lobe of the right lung.")
        #expect(inList.map(\.temporal) == [.stable, .stable])
        let outside = try extract.findings("No significant change was observed in the nodules in the right lung and a new "
            + "consolidation in the left lower lobe.")
        #expect(outside.map(\.temporal) == [.stable, .new])
        // … and of one "and" joins right after it (audit N11).
        let amount = try extract.findings("A significant increase was observed in the amount of effusion and lung atelectasis.")
        #expect(amount.map(\.temporal) == [.increased, .increased])
        // "prominent" (a word that names nothing itself) does not turn the opacities into a prominence.
        #expect(try extract.findings("More prominent opacities in the left lung.").first?.type == "opacity")
    }

    /// "The dimensions of the thyroid gland have increased, and a nodule is observed in the left lobe": a change said before
    /// a clause with a subject of its own is not the change of a finding in it; one said after the finding, or in the
    /// finding's own clause, stays (audit mechanism M29).
    @Test func aChangeDoesNotReachIntoAClauseWithASubjectOfItsOwn() throws {
        #expect(try extract.findings("The dimensions of the thyroid gland have increased, and two hypodense nodules are seen "
            + "in the right lobe.").map(\.temporal) == [nil])
        #expect(try extract.findings("The size of the thyroid gland has decreased, and a calcified nodule is observed in the "
            + "left lobe.").map(\.temporal) == [nil])
        // Not a change said of the finding itself, before the "and" or after it.
        let grown = try extract.findings("The nodule in the right lower lobe has increased in size and measures 12 mm.")
        #expect(grown.map { "\($0.temporal?.rawValue ?? "-") \($0.size?.maxMM.description ?? "-")" } == ["increased 12.0"])
        let node = try extract.findings("The lymph node has enlarged, and it measures 15 mm.")
        #expect(node.map { "\($0.temporal?.rawValue ?? "-") \($0.size?.maxMM.description ?? "-")" } == ["increased 15.0"])
        let both = try extract.findings("The nodules in the left lung have increased, and a new consolidation is observed in "
            + "the right lower lobe.")
        #expect(both.map(\.temporal) == [.increased, .new])
    }

    /// "The size of the thyroid gland has increased and a few nodules are observed in both lobes": with no comma before the
    /// "and" too, a change said of the words before a clause with a subject and a verb of its own is not the change of a
    /// finding in it; a change word that opens a list item is an adjective of the finding after it, and a finding with a
    /// change of its own keeps it (audit mechanism M56).
    @Test func aChangeDoesNotReachPastAndIntoAClauseWithASubjectOfItsOwn() throws {
        #expect(try extract.findings("The volume of the right thyroid lobe has increased and a calcified nodule measuring 14 mm "
            + "is seen in the right lobe.").map(\.temporal) == [nil])
        #expect(try extract.findings("The size of the thyroid gland has decreased and several hypodense nodules are observed "
            + "in both lobes.").map(\.temporal) == [nil])
        // Not an adjective that opens the sentence or a list item after a comma.
        #expect(try extract.findings("Increased and confluent consolidation areas are observed in the right lower lobe.")
            .map(\.temporal) == [.increased])
        #expect(try extract.findings("Emphysema in both upper lobes, stable and calcified nodules are observed in the left "
            + "lower lobe.").map(\.temporal) == [nil, .stable])
        // Each clause's finding keeps its own change.
        #expect(try extract.findings("The nodule in the left upper lobe has progressed and a new nodule is observed in the "
            + "right lower lobe.").map(\.temporal) == [.increased, .new])
    }

    /// "There is an increase in size in the right lobe of the thyroid gland and a hypodense nodule": a change said of the
    /// place right after it, before "and", is not the change of a finding after the "and"; one said of a finding before the
    /// "and", of what follows it, or of places the "and" joins, stays (audit mechanism M101 b).
    @Test func aChangeSaidOfAPlaceDoesNotPassOverAndToTheNextFinding() throws {
        #expect(try extract.findings("There is an increase in size in the left lobe of the thyroid gland and a hypodense "
            + "nodule of about 21x18 mm.").map(\.temporal) == [nil])
        #expect(try extract.findings("An increase in size is noted in the right thyroid lobe and it contains a heterogeneous "
            + "hypodense area.").map(\.temporal) == [nil])
        #expect(try extract.findings("Increase in size in the left thyroid lobe and a calcified nodule measuring 9 mm.")
            .map(\.temporal) == [nil])
        // A finding named before the "and" keeps the change, and the next one gets none.
        #expect(try extract.findings("An increase in size is observed in the consolidation in the left lower lobe and a nodule "
            + "in the right upper lobe.").map(\.temporal) == [.increased, nil])
        // Not a change said of what follows it, nor one whose "and" joins places of the finding.
        #expect(try extract.findings("There is an increase in the size and number of the nodules in both lungs.")
            .map(\.temporal) == [.increased])
        #expect(try extract.findings("There is a slight increase in the size of right axillary and mediastinal lymph nodes.")
            .map(\.temporal).allSatisfy { $0 == .increased })
    }

    /// "The consolidated parenchyma area, in which air bronchograms were seen …, showed regression": the phrase is one
    /// consolidation (not a bare adjective), so the change said past the ", in which …," clause is its own, not the air
    /// bronchograms' (audit mechanism M101 c).
    @Test func aChangePastAnInWhichClauseReachesAConsolidatedParenchymaArea() throws {
        let past = try extract.findings("The consolidated parenchyma area, in which air bronchograms were noted in the left lung "
            + "lower lobe on the previous study, has decreased markedly on the current study.")
        #expect(past.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["consolidation decreased", "air-bronchogram -"])
        // Said inside the clause, the change stays the bronchograms'.
        let inside = try extract.findings("The consolidated parenchyma area in the right lower lobe contains newly developed air "
            + "bronchograms.")
        #expect(inside.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["consolidation -", "air-bronchogram new"])
    }

    @Test func aChangeSaidOfAWholeListReachesEveryItem() throws {
        // (audit mechanism M3) A change said of a list of long items after its last one is every item's: in a relative
        // clause after a comma, after "they", as the verb right after the last item, or after "and" past the list's verb.
        let reaching: [(String, String)] = [
            ("Several nodules in the right lung, the largest 6 mm, and consolidation areas in both lower lobes, which have "
                + "progressed compared to the previous examination.", "increased increased"),
            ("Consolidation areas in the upper lobes, which are sometimes associated with the bronchial tree, and ground glass "
                + "densities around them, which are understood to have newly emerged.", "new new"),
            ("A few small lesions extending into the intercostal space in the right upper lobe, and a large mass extending to the "
                + "breast tissue in the middle lobe are observed, and they also increase in size.", "increased increased"),
            ("A few focal nodular consolidations, the largest 6 mm, seen in the posterobasal segment of the left lower lobe, and "
                + "bronchi filled with secretions in places, is newly developed.", "new new"),
            ("Reticular densities in both lower lobes, the largest area 4 cm, and areas of traction bronchiectasis in the "
                + "subpleural regions were observed, and no significant difference was found compared to the previous "
                + "examination.", "stable stable"),
            // … through what joins a finding to the one before it within an item ("in which", "consistent with") …
            ("In both lungs, areas of density increase consistent with consolidation in which air bronchograms are seen, and "
                + "areas of ground glass density were observed, which progressed compared to the previous CT.",
             "increased increased increased increased"),
            // … and past an item the change already reached.
            ("Pleuroparenchymal opacities extending to the pleura in both lower lobes, marked thickening of the bronchial walls, "
                + "and the mass appearance of the left lower lobe bronchi are stable.", "stable stable stable"),
            // … and past a bracketed aside of readings after the last item: not the readings' change.
            ("Consolidation areas in the upper lobes, and ground glass densities around them (septic emboli?, tuberculosis?), "
                + "which are understood to have newly emerged.", "new new - -"),
        ]
        // Not across an item's own verb, a semicolon, or a pronoun that names one finding; an item with a change of its own
        // keeps it.
        let stopping: [(String, String)] = [
            ("Several nodules are observed in the right lung, the largest 6 mm, and consolidation areas in both lower lobes, which "
                + "have progressed compared to the previous examination.", "- increased"),
            ("Reticular densities are seen in both lower lobes, the largest area 4 cm, and areas of traction bronchiectasis in the "
                + "subpleural regions were observed, and no significant difference was found compared to the previous "
                + "examination.", "- stable"),
            ("Several nodules in the right lung, the largest 6 mm; consolidation areas in both lower lobes, which have progressed "
                + "compared to the previous examination.", "- increased"),
            ("In the left lower lobe superior segment, lesions of soft tissue density accompanied by ground glass areas are "
                + "observed, and it is understood that the lesion in the lower lobe has just appeared.", "- - new"),
            ("Stable nodules in the right lung, consolidation areas in the upper lobes, the largest 3 cm, and ground glass "
                + "densities around them, which have newly emerged.", "stable new new"),
        ]
        for (sentence, expected) in reaching + stopping {
            #expect(try extract.findings(sentence).map { $0.temporal?.rawValue ?? "-" }.joined(separator: " ") == expected, "\(sentence)")
        }
        // Neither after "it" nor past what the last item shows: the first item keeps no change.
        let firstUnchanged: [String] = [
            "A few small lesions extending into the intercostal space in the right upper lobe, and a large mass extending to the "
                + "breast tissue in the middle lobe are observed, and it also increases in size.",
            "Pleural effusion and areas of increased density in the adjacent parenchyma, evaluated in favor of atelectasis, and "
                + "lymph nodes with a fusiform shape in the mediastinum showing an increase in size",
        ]
        for sentence in firstUnchanged {
            #expect(try extract.findings(sentence).first?.temporal == nil, "\(sentence)")
        }
    }

    @Test func aChangeInAClauseClosingAListReachesEveryItem() throws {
        // (audit mechanism M124) A clause after a scope end (";", "and there was") that names no finding of its own says
        // its change of the whole list before it, not of its last item only, when the list has an "and" or "or" somewhere.
        let reaching: [(String, String)] = [
            ("Metallic sutures in the left lower lobe superior segment, and fibrotic bands adjacent to the sutures, architectural "
                + "distortion; these findings were also observed in the previous examination.", "stable stable stable"),
            ("Interlobular septal thickening in the right lung, pleuroparenchymal bands and a small amount of fluid in the minor "
                + "fissure; also observed in the previous study.", "stable stable stable"),
            ("Sequelae changes in the left lung apex and a calcified nodule in the right lower lobe; the described findings are "
                + "stable compared to the previous examination.", "stable stable"),
            ("A ground glass nodule of 6 mm in the left upper lobe and a faint nodule were observed, and there was no "
                + "significant difference compared to the previous examination.", "stable stable"),
            ("Emphysema in both lungs and a nodule in the right upper lobe; they are stable.", "stable stable"),
        ]
        // Not across an item's own verb (a full clause before the scope end), past a pronoun that names one finding, to a
        // list without "and" or "or", nor from a clause that names its own finding.
        let stopping: [(String, String)] = [
            ("Nodules are observed in both lungs, and ground glass areas are seen in the left lower lobe; no change compared to "
                + "the previous examination.", "- stable"),
            ("Emphysema in both lungs and a nodule in the right upper lobe; it is stable.", "- stable"),
            ("Emphysema in both lungs, a nodule in the right upper lobe; stable.", "- stable"),
            ("Atelectasis in the left lower lobe and emphysema in both upper lobes; the pleural effusion has increased.",
             "- - increased"),
        ]
        for (sentence, expected) in reaching + stopping {
            #expect(try extract.findings(sentence).map { $0.temporal?.rawValue ?? "-" }.joined(separator: " ") == expected, "\(sentence)")
        }
    }

    /// A great vessel said to be wider than normal, enlarged or dilated by a predicate is a vascular enlargement of that vessel
    /// (construction.vessel-wider-than-normal): never a lung finding, measured by the vessel's diameter when the sentence gives it.
    @Test func aVesselSaidWiderThanNormalIsAVascularEnlargement() throws {
        let wide: [(String, Double?, [String])] = [
            ("The descending aorta measures 36 mm and is slightly enlarged.", 36, ["aorta"]),
            ("The pulmonary trunk diameter was 33 mm and wider than normal.", 33, ["pulmonary-artery"]),
            ("The aortic arch calibration is 36 mm, slightly wider than normal.", 36, ["aorta"]),
            ("The pulmonary trunk calibration is 31 mm, which is above normal.", 31, ["pulmonary-artery"]),
            ("The descending aorta is wider than normal, with an anteroposterior diameter of 34 mm.", 34, ["aorta"]),
            // the size after "dilated by" is the vessel's (the adjective "dilated" alone took none)
            ("The aortic arch is dilated by approximately 38 mm.", 38, ["aorta"]),
            ("Both pulmonary arteries and the pulmonary conus appear wider than normal.", nil, ["pulmonary-artery"]),
            ("There is a larger than normal appearance in the descending aorta and the pulmonary trunk.", nil,
             ["aorta", "pulmonary-artery"]),
        ]
        for (sentence, size, places) in wide {
            let findings = try extract.findings(sentence)
            #expect(findings.map(\.type) == ["vascular-enlargement"], "\(sentence)")
            #expect(findings.first?.size?.maxMM == size, "\(sentence)")
            #expect(findings.first?.places == places, "\(sentence)")
            #expect(findings.allSatisfy { $0.category == nil && $0.lobes.isEmpty }, "\(sentence)")
        }
        // Not a vessel's width: a normal aorta, a measurement alone, the heart, lymph nodes.
        let notWide = [
            "The aorta is of normal width.",
            "The pulmonary trunk diameter is 27 mm.",
            "The heart is enlarged.",
            "Mediastinal lymph nodes are enlarged.",
            "Lymph nodes adjacent to the aortic arch are observed, the largest 9 mm.",
        ]
        for sentence in notWide {
            #expect(try !extract.findings(sentence).contains { $0.type == "vascular-enlargement" }, "\(sentence)")
        }
        #expect(try extract.findings("The heart is enlarged.").map(\.type) == ["cardiomegaly"])
        // A bare predicate names no vessel of its own: no finding of the lung from it.
        #expect(try extract.findings("The ascending aorta calibration was 44 mm. It is wider than normal.")
            .allSatisfy { $0.category == nil && $0.lobes.isEmpty })
    }

    /// Vessels' diameters said to have increased, with no earlier study named, are a vascular enlargement of those vessels
    /// (construction.vessel-wider-than-normal), a state and no change, measured by the first size after the predicate: the
    /// pulmonary trunk and arteries together are one, the pulmonary artery, not the aorta.
    @Test func vesselDiametersSaidIncreasedAreAVascularEnlargement() throws {
        let increased: [(String, Double?, [String])] = [
            ("The diameters of the pulmonary trunk and right and left pulmonary arteries increased.", nil, ["pulmonary-artery"]),
            ("The pulmonary trunk diameter increased, 34 mm.", 34, ["pulmonary-artery"]),
            ("The diameters of the pulmonary trunk and both pulmonary arteries increased by 33 mm, 27 mm and 26 mm, respectively.",
             33, ["pulmonary-artery"]),
            ("The diameter of the pulmonary conus, right and left pulmonary arteries has slightly increased.", nil, ["pulmonary-artery"]),
            ("The descending aorta diameter has increased by 39 mm.", 39, ["aorta"]),
            ("Increase in the diameter of both pulmonary arteries, pericardial effusion.", nil, ["pulmonary-artery"]),
            // "from normal" after the predicate says how it is wide, no vessel said to be normal
            ("The left pulmonary artery calibre increased from normal.", nil, ["pulmonary-artery"]),
        ]
        for (sentence, size, places) in increased {
            let wide = try extract.findings(sentence).filter { $0.type == "vascular-enlargement" }
            #expect(wide.count == 1, "\(sentence)")
            #expect(wide.first?.assertion == .present, "\(sentence)")
            #expect(wide.first?.size?.maxMM == size, "\(sentence)")
            #expect(wide.first?.places == places, "\(sentence)")
            #expect(wide.first?.temporal == nil, "\(sentence)")
        }
        // Not wide: a vessel of normal width or calibre; a dilatation denied stays the aorta's, denied.
        for sentence in ["The pulmonary artery is of normal width.", "The diameter of the main pulmonary artery is normal.",
                         "Pulmonary trunk and both pulmonary artery calibrations are normal."] {
            #expect(try !extract.findings(sentence).contains { $0.type == "vascular-enlargement" && $0.assertion == .present },
                    "\(sentence)")
        }
        let denied = try #require(try extract.findings("No dilatation was observed in the thoracic aorta.").first)
        #expect(denied.type == "vascular-enlargement" && denied.assertion == .absent && denied.places == ["aorta"])
    }

    /// The aorta and the pulmonary arteries are two structures: plaques in the aorta and calcifications of the pulmonary
    /// artery wall are both arterial wall calcifications, each placed in its vessel; the widened pulmonary conus of an impression
    /// list is an item of its own, no place of the aortic plaques after it.
    @Test func theAortaAndThePulmonaryArteryAreTwoVessels() throws {
        let aortic = try #require(try extract.findings("Calcific atheroma plaques are seen in the ascending aorta.").first)
        #expect(aortic.type == "arterial-wall-calcification" && aortic.places == ["aorta"])
        let pulmonary = try #require(try extract.findings(
            "Minimal calcified atherosclerotic changes are seen in the wall of the left pulmonary artery.").first)
        #expect(pulmonary.type == "arterial-wall-calcification" && pulmonary.places == ["pulmonary-artery"])
        let list = try extract.findings("Enlargement of the pulmonary conus, calcified atheroma plaques in the wall of the descending aorta.")
        #expect(list.map(\.type) == ["vascular-enlargement", "arterial-wall-calcification"])
        #expect(list.map(\.places) == [["pulmonary-artery"], ["aorta"]])
        // "enlargement" of what is no great vessel's name stays what it was (the lung's vessels within ground glass)
        #expect(try extract.findings("Slight enlargement in the vascular structures is noted within the ground glass areas.")
            .first { $0.type == "vascular-enlargement" }?.category?.rawValue == "1f")
    }

    /// An adenoma (of an adrenal gland) is an organ finding of its own: named bare, it is one present finding in the
    /// gland; a nodule or mass said to be one is that lesion read as an adenoma (interpreted, measured on either side of the
    /// reading); doubted by a bracketed question or set aside by "rather than", it is no present adenoma.
    @Test func anAdenomaIsAnOrganFindingAndWhatALesionIsReadAs() throws {
        let bare = try extract.findings("A 12 mm adenoma is seen in the medial limb of the left adrenal gland.")
        #expect(bare.map(\.type) == ["adenoma"])
        #expect(bare.first?.assertion == .present && bare.first?.laterality == .left && bare.first?.places == ["adrenal"]
            && bare.first?.size?.maxMM == 12 && bare.first?.category == nil)
        // A nodule read as an adenoma: the nodule is interpreted and keeps the size said after the reading.
        let nodule = try extract.findings("There is a nodular lesion consistent with an adenoma of 18 mm in the right adrenal gland.")
        #expect(nodule.map(\.type) == ["nodule", "adenoma"])
        #expect(nodule.first?.interpreted == true && nodule.allSatisfy { $0.size?.maxMM == 18 && $0.laterality == .right })
        let mass = try extract.findings("A 26 mm mass in the left adrenal gland was evaluated in favor of adenoma.")
        #expect(mass.map(\.type) == ["mass", "adenoma"] && mass.first?.interpreted == true)
        // … not by a reading of another lineage (a cyst is no kind of nodule), nor a lung finding by a narrower lung one.
        #expect(try extract.finding("nodule", in: "A nodular lesion consistent with a cyst is seen in the right kidney.")?
            .interpreted == false)
        #expect(try extract.finding("consolidation", in: "Consolidation consistent with pneumonia in the left lower lobe.")?
            .interpreted == false)
        // Doubted: a bracketed question, a reading set aside by "rather than" (the kind favoured instead is no finding word).
        #expect(try extract.finding("adenoma", in: "A 15 mm hypodense lesion is seen in the right adrenal gland (adenoma?).")?
            .assertion == .uncertain)
        #expect(try extract.finding("adenoma", in: "Diffuse thickening of the left adrenal gland. It was evaluated in favor of "
            + "hyperplasia rather than adenoma.")?.assertion == .uncertain)
        #expect(try extract.finding("adenoma", in: "Nodular lesions favoring adenoma in both adrenal glands.")?.assertion == .present)
        // The impression's bare adenoma is the one the findings named.
        #expect(try extract.findings("FINDINGS: A 14 mm adenoma is observed in the lateral limb of the right adrenal gland. "
            + "IMPRESSION: Right adrenal adenoma.").map(\.type) == ["adenoma"])
    }

    /// An enlarged liver and an enlarged thyroid gland, named by their own word or by the organ's grown size (a state,
    /// no change over time).
    @Test func hepatomegalyAndGoiterNamedOrSaidBySize() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try read("Hepatomegaly is observed.") == ["hepatomegaly present -"])
        #expect(try read("The liver size was mildly increased.") == ["hepatomegaly present -"])
        #expect(try read("There is a slight increase in liver sizes.") == ["hepatomegaly present -"])
        #expect(try read("Liver size is normal.").isEmpty)
        #expect(try read("The liver size is not increased.").isEmpty)
        #expect(try read("Multinodular goitre.") == ["goiter present -"])
        #expect(try read("Both thyroid gland dimensions are increased.") == ["goiter present -"])
        #expect(try read("Increased size of the thyroid gland is observed.") == ["goiter present -"])
        #expect(try read("Thyroid gland sizes are normal.").isEmpty)
        #expect(try read("The size of the thyroid nodule has increased.").allSatisfy { !$0.hasPrefix("goiter") })
    }

    /// A shrunken organ or muscle is one atrophy placed by its organ and on its side; a thymus too large for its age is a
    /// thymic hyperplasia; one word naming two enlarged organs ("hepatosplenomegaly", `alsoNames`) is a finding of each, over
    /// the same words, and its impression copy names both again. None of these is a CT-RATE label.
    @Test func atrophyThymicHyperplasiaAndTwoOrgansInOneWord() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue)" }
        }
        func places(_ text: String) throws -> [[String]] { try extract.findings(text).map(\.places) }
        #expect(try read("The right kidney is atrophic.") == ["atrophy present right"])
        #expect(try places("The right kidney is atrophic.") == [["kidney"]])
        #expect(try read("Chronic atrophic changes in both kidneys.") == ["atrophy present bilateral"])
        #expect(try places("Atrophy is seen in the right lobe of the liver.") == [["liver"]])
        #expect(try places("The pancreas appears atrophic.") == [["pancreas"]])
        #expect(try read("No atrophy is seen in the kidneys.") == ["atrophy absent none"])
        #expect(try read("FINDINGS: The left kidney is atrophic. IMPRESSION: Left atrophic kidney.") == ["atrophy present left"])
        #expect(try extract.labels("The right kidney is atrophic.").isEmpty)
        // A normal organ names none; the lung's volume loss stays what it was.
        #expect(try read("Both kidneys are of normal size.").isEmpty)
        #expect(try extract.findings("Volume loss is observed in the right lower lobe.").map(\.type) == ["volume-loss"])

        #expect(try read("Thymic hyperplasia is observed in the anterior mediastinum.") == ["thymic-hyperplasia present none"])
        #expect(try read("The thymus is hyperplastic.") == ["thymic-hyperplasia present none"])
        #expect(try read("A triangular soft tissue density in the anterior mediastinum (thymic hyperplasia?).")
            == ["soft-tissue present none", "thymic-hyperplasia uncertain none"])
        #expect(try read("The thymus is atrophic.") == ["atrophy present none"])
        #expect(try read("No mass is seen in the thymus.").allSatisfy { !$0.hasPrefix("thymic-hyperplasia") })

        let both = try extract.findings("Hepatosplenomegaly is observed.")
        #expect(both.map(\.type) == ["hepatomegaly", "splenomegaly"])
        #expect(Set(both.map(\.range)).count == 1)
        #expect(try read("No hepatosplenomegaly.") == ["hepatomegaly absent none", "splenomegaly absent none"])
        #expect(try read("FINDINGS: Massive hepatosplenomegaly is seen. IMPRESSION: Hepatosplenomegaly.")
            == ["hepatomegaly present none", "splenomegaly present none"])
        #expect(try read("Hepatomegaly is observed.") == ["hepatomegaly present none"])
        #expect(try read("Splenomegaly is observed.") == ["splenomegaly present none"])
        #expect(try extract.labels("Hepatosplenomegaly is observed.").isEmpty)
        let explained = try Extract(explain: true).findings("Hepatosplenomegaly.")
        #expect(explained.last?.explanation.contains { $0.role == "also-names" && $0.id == "splenomegaly" } == true)
    }

    /// Air and fluid in one pleural space said in one word ("hydropneumothorax", "hemopneumothorax", `alsoNames`) is a
    /// pneumothorax and a pleural effusion over the same words, on its side, with its change (lab 517); denied, neither.
    @Test func aHydropneumothoraxIsAlsoAnEffusion() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue)" }
        }
        #expect(try read("A hydropneumothorax is seen on the right.") == ["pneumothorax present right", "pleural-effusion present right"])
        #expect(try extract.labels("A hydropneumothorax is seen on the right.") == ["Pleural effusion"])
        #expect(try extract.findings("Left hemopneumothorax, which has increased since the prior study.").map(\.temporal)
            == [.increased, .increased])
        #expect(try read("No hydropneumothorax is present.") == ["pneumothorax absent none", "pleural-effusion absent none"])
        #expect(try read("A small pneumothorax is seen on the left.") == ["pneumothorax present left"])
    }

    /// Bare "nodes" are lymph nodes: calcified or not, typed by their station as "lymph nodes" are, denied alike; the
    /// calcification is the nodes' own, no finding beside them.
    @Test func bareNodesAreLymphNodes() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.places)" }
        }
        #expect(try read("Calcified nodes are seen in the subcarinal region.") == ["lymphadenopathy present [\"mediastinum\"]"])
        #expect(try read("Calcific nodes are observed in the left hilum.") == ["lymphadenopathy present [\"hilum\"]"])
        #expect(try read("A few small nodes are seen in the right axilla.") == ["extrathoracic-lymph-node present [\"axilla\"]"])
        #expect(try read("No enlarged nodes were detected in the mediastinum.") == ["lymphadenopathy absent [\"mediastinum\"]"])
    }

    /// Nodes said to be conglomerate are several, however the noun is said: "conglomerate lymph nodes", "conglomerated
    /// nodes", "conglomerate lymphadenopathy" (a quantity word of cues.xml; val 102, 641, lab 85); not one said with the
    /// article ("a conglomerated lymph node", qty.single).
    @Test func conglomerateNodesAreSeveral() throws {
        for sentence in ["Conglomerate lymph nodes are seen in the subcarinal region.",
                         "Conglomerated nodes are observed in the mediastinum.",
                         "Conglomerate lymphadenopathy is observed in the right hilum."] {
            let read = try extract.findings(sentence)
            #expect(read.map(\.type) == ["lymphadenopathy"] && read.map(\.multiple) == [true], "\(sentence)")
        }
        #expect(try extract.findings("A lymph node is seen in the subcarinal region.").map(\.multiple) == [false])
        // … but one said with the article is one matted node (probe M170): "a conglomerated lymph node".
        for sentence in ["A conglomerated lymph node of 30 mm is seen in the subcarinal region.",
                         "A conglomerate lymph node is observed in the right hilum."] {
            #expect(try extract.findings(sentence).map(\.multiple) == [false], "\(sentence)")
        }
    }

    /// One statement of both organs' growth in a construction's words ("the size of the liver and spleen has increased",
    /// "liver and spleen appear enlarged") names the hepatomegaly and, over the same words, the splenomegaly (the rule's
    /// `alsoType`, as "hepatosplenomegaly"'s `alsoNames`); a denial denies both, a normal size names neither, and one
    /// organ said grown alone names its own finding only.
    @Test func twoOrgansGrownInOneConstruction() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue)" }
        }
        let both = ["hepatomegaly present", "splenomegaly present"]
        #expect(try read("The size of the spleen and the liver entering the section area has been increased.") == both)
        #expect(try read("There is an increase in the size of the liver and the spleen on the upper abdominal images.") == both)
        #expect(try read("Liver and spleen appear markedly enlarged.") == both)
        #expect(try read("The spleen and liver are enlarged.") == both)
        #expect(try read("The liver and spleen, which are only partly imaged, appear to have increased in size.") == both)
        #expect(try read("Liver and spleen sizes have increased compared to the lower abdominal organs.") == both)
        let shared = try extract.findings("The size of the liver and spleen has increased.")
        #expect(Set(shared.map(\.range)).count == 1)
        // Denied or normal: both absent, or nothing.
        #expect(try read("There is no increase in the size of the liver and spleen.")
            == ["hepatomegaly absent", "splenomegaly absent"])
        #expect(try read("The size of the liver and spleen is within normal limits.").isEmpty)
        #expect(try read("Liver and spleen appear normal in the upper abdominal sections.").isEmpty)
        // One organ alone: its own finding only.
        #expect(try read("The spleen appears enlarged.") == ["splenomegaly present"])
        #expect(try read("There is an increase in the size of the liver on the images.") == ["hepatomegaly present"])
        #expect(try read("The liver size is normal and the spleen appears enlarged.") == ["splenomegaly present"])
        let explained = try Extract(explain: true).findings("Liver and spleen are enlarged.")
        #expect(explained.last?.explanation.contains {
            $0.role == "also-names" && $0.id == "splenomegaly" && $0.origin.contains("constructions.xml")
        } == true)
    }

    /// Two organs' enlargements named in one phrase each keep their own organ (`organ` in findings.xml) of the organs
    /// the words place them in (`AttachmentContext.organsOfOtherItems`): the spleen is no place of the hepatomegaly.
    @Test func twoOrgansGrownInOneStatementEachKeepTheirOwnOrgan() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.places.joined(separator: ","))" }
        }
        let own = ["hepatomegaly liver", "splenomegaly spleen"]
        #expect(try read("Liver and spleen appear enlarged as far as the images show.") == own)
        #expect(try read("The size of the spleen and the liver has been increased.") == own)
        #expect(try read("Hepatosplenomegaly is seen in the liver and spleen.") == own)
        #expect(try read("Hepatomegaly and splenomegaly are observed in the liver and spleen.") == own)
        // Normal sizes name nothing; one organ grown alone is in that organ.
        #expect(try read("Liver and spleen sizes are normal.").isEmpty)
        #expect(try read("The liver appears enlarged.") == ["hepatomegaly liver"])
        #expect(try read("The spleen appears enlarged.") == ["splenomegaly spleen"])
        // Findings of one organ keep their shared place.
        #expect(try read("Hepatosteatosis and hepatomegaly are observed in the liver.")
            == ["hepatosteatosis liver", "hepatomegaly liver"])
    }

    /// An enlarged prostate gland, named by its own word or by the gland's grown size (a state, no change over time; a measure
    /// alone or a normal size names none), and a widened renal collecting system (hydronephrosis), named as such, as a
    /// dilatation or ectasia placed in the kidney's collecting system, or by the collecting system said to be large. A mass said
    /// to have "infiltration into" an organ reaches it (an extension cue): no infiltrate of its own.
    @Test func prostatomegalyAndHydronephrosisNamedOrSaidOfTheOrgan() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence)
                .map { "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try read("Prostatomegaly.") == ["prostatomegaly present none -"])
        #expect(try read("The prostate gland size has increased and it indents the bladder base.")
            == ["prostatomegaly present none -"])
        #expect(try read("There is an increase in prostate size.") == ["prostatomegaly present none -"])
        #expect(try read("The prostate gland measures 51x44mm and is larger than normal.") == ["prostatomegaly present none -"])
        #expect(try read("Prostate gland sizes are 49x42 mm and have increased.") == ["prostatomegaly present none -"])
        #expect(try read("Prostate gland sizes are natural.").isEmpty)
        #expect(try read("Prostate gland dimensions were measured as 47x36 mm in the axial plane.").isEmpty)
        #expect(try read("The size of the prostate nodule has increased.").allSatisfy { !$0.hasPrefix("prostatomegaly") })
        // The impression's word names the enlargement the findings said by the gland's size: one finding.
        #expect(try extract.findings("FINDINGS: The prostate gland dimensions have increased. IMPRESSION: Prostatomegaly.")
            .map(\.type) == ["prostatomegaly"])

        #expect(try read("Grade 1 hydronephrosis is observed in the right kidney.") == ["hydronephrosis present right -"])
        #expect(try read("Mild pelvicaliectasis was observed in the left kidney.") == ["hydronephrosis present left -"])
        #expect(try read("Minimal dilatation was observed in the pelvicalyceal structures of both kidneys.")
            == ["hydronephrosis present bilateral -"])
        #expect(try read("Ectasia is seen in the right renal collecting system.") == ["hydronephrosis present right -"])
        #expect(try read("No dilatation was detected in the collecting systems.") == ["hydronephrosis absent none -"])
        #expect(try read("Both kidney pelvicalyceal systems are wide.") == ["hydronephrosis present bilateral -"])
        #expect(try read("Kidney collecting systems are natural.").isEmpty)
        #expect(try read("Contour, size and pelvicalyceal structures of both kidneys are normal.").isEmpty)
        // A dilatation elsewhere stays what its own place makes of it.
        #expect(try read("Dilatation is observed in the ascending aorta.") == ["vascular-enlargement present none -"])

        // A mass said to infiltrate an organ reaches it: no infiltrate of its own.
        #expect(try read("Right adrenal mass has infiltration into the upper pole of the kidney.") == ["mass present right -"])
        #expect(try read("Patchy infiltration is observed in the right lower lobe.") == ["opacity present right -"])
    }

    /// Findings of the diaphragm, spine and chest wall a report states outside the lungs: a raised or eventrated
    /// hemidiaphragm on its side, scoliosis (the side it opens to is no side of it), osteophytes, spondylosis and degenerative
    /// changes said of a bone place, pectus excavatum and carinatum. None has a category or a CT-RATE label.
    @Test func diaphragmSpineAndChestWallFindingsHaveTypes() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue)" }
        }
        #expect(try read("The left hemidiaphragm is mildly elevated.") == ["diaphragm-elevation present left"])
        #expect(try read("The right hemidiaphragm shows marked elevation.") == ["diaphragm-elevation present right"])
        #expect(try read("Slight elevation is seen in the right hemidiaphragm.") == ["diaphragm-elevation present right"])
        #expect(try read("Both hemidiaphragms are elevated.") == ["diaphragm-elevation present bilateral"])
        #expect(try read("Eventration is observed in the left hemidiaphragm.") == ["diaphragm-eventration present left"])
        // "elevation" alone is a rib in the translation or a laboratory value, no finding.
        #expect(try read("Healed fracture lines are seen in the 8th elevation on the left.").allSatisfy { !$0.hasPrefix("diaphragm") })
        #expect(try read("Leukocytosis and CRP elevation.").isEmpty)
        #expect(try read("Both hemidiaphragms are in their normal position.").isEmpty)

        #expect(try read("Right-facing scoliosis is seen at the thoracic level.") == ["scoliosis present none"])
        #expect(try read("Mild scoliosis with its opening to the left in the lumbar vertebrae.") == ["scoliosis present none"])
        #expect(try read("Minimal rotoscoliotic changes in the dorsal spine.") == ["scoliosis present none"])
        #expect(try read("No scoliosis is observed.") == ["scoliosis absent none"])

        #expect(try read("Small osteophytes are present at the corners of the thoracic vertebral bodies.") == ["osteophyte present none"])
        #expect(try read("Bridging spur formations on the anterior surface of the thoracic vertebrae.") == ["osteophyte present none"])
        // Osteophytes named with their wear are the osteophytes, no second finding.
        #expect(try read("There are osteophytic degenerative changes at the lumbar vertebral end plates.") == ["osteophyte present none"])
        // An osteophyte named only as what presses on the lung is no finding there; the lung finding keeps its label.
        #expect(try read("Atelectasis secondary to osteophyte compression in the left lower lobe.") == ["atelectasis present left"])
        #expect(try extract.labels("Faint density increases in the left lower lobe secondary to osteophytes.") == ["Lung opacity"])

        let spondylosis = try #require(try extract.finding("spondylosis", in: "Marked lumbar spondylosis."))
        #expect(spondylosis.category == nil && spondylosis.labels.isEmpty)
        #expect(try read("Mild degenerative changes are seen in the thoracic vertebrae.") == ["degenerative-bone-change present none"])
        #expect(try read("Osteodegenerative changes in the bones of the chest.") == ["degenerative-bone-change present none"])
        #expect(try read("Degenerative changes and osteoporosis were noted in the bone structures.")
            == ["degenerative-bone-change present none"])
        // Degenerative changes of no bone place stay unread; a finding word after "and" keeps its own type.
        #expect(try read("There are degenerative changes.").isEmpty)
        #expect(try read("Degenerative changes in the aortic valve leaflets.").allSatisfy { !$0.hasPrefix("degenerative") })
        #expect(try read("There are degenerative changes and decrease in density in the bone structures.")
            .contains { $0.hasPrefix("low-density") })

        #expect(try read("A pectus excavatum deformity is noted.") == ["pectus-excavatum present none"])
        #expect(try read("Pectus carinatum.") == ["pectus-carinatum present none"])
        #expect(try read("No pectus excavatum.") == ["pectus-excavatum absent none"])
        #expect(try extract.labels("The right hemidiaphragm is elevated. Thoracic scoliosis. Pectus excavatum.").isEmpty)
    }

    /// A heart chamber said to be wide (by its size, its diameter, a dilatation or an enlargement before or after it) is a
    /// chamber enlargement placed by that chamber: a finding of the heart with no category and no Cardiomegaly label; a
    /// chamber of normal size names none, a denied one is absent, a catheter ending in a chamber is no enlargement of it.
    @Test func aWideHeartChamberIsItsEnlargement() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.places.joined(separator: ","))" }
        }
        #expect(try read("The right atrium is seen to be larger than normal.") == ["cardiac-chamber-enlargement present right-atrium"])
        #expect(try read("Right ventricular enlargement.") == ["cardiac-chamber-enlargement present right-ventricle"])
        #expect(try read("The left ventricle is mildly dilated.") == ["cardiac-chamber-enlargement present left-ventricle"])
        #expect(try read("Increased biventricular diameter.") == ["cardiac-chamber-enlargement present heart-chamber"])
        // its own "increased" is no change over time; a finding listed after it keeps its own words
        let atrium = try extract.findings("Right atrial diameter has increased and there is a minimal pericardial effusion.")
        #expect(atrium.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" }
            == ["cardiac-chamber-enlargement -", "pericardial-effusion -"])
        #expect(try read("Dilatation of the right atrium and a small pericardial effusion.")
            == ["cardiac-chamber-enlargement present right-atrium", "pericardial-effusion present pericardium"])
        #expect(try extract.findings("The right atrium is seen to be larger than normal.").first?.category == nil)
        #expect(try extract.labels("The right atrium is seen to be larger than normal.").isEmpty)
        // the whole heart stays a cardiomegaly; a normal or denied chamber names no present enlargement
        #expect(try read("The heart is larger than normal.") == ["cardiomegaly present heart"])
        #expect(try read("The heart chambers are of normal size.").isEmpty)
        #expect(try read("No enlargement of the heart chambers.") == ["cardiac-chamber-enlargement absent heart-chamber"])
        #expect(try read("The left ventricle is not dilated.") == ["cardiac-chamber-enlargement absent left-ventricle"])
        #expect(try read("A central venous catheter ends in the right atrium.") == ["medical-material present right-atrium"])
    }

    /// Chronic bronchitis is an airway disease read from thickened bronchial walls: a kind of bronchial wall thickening (1a)
    /// with no CT-RATE label; "chronic" before another finding still says nothing of it.
    @Test func chronicBronchitisIsABronchialWallThickening() throws {
        let bronchitis = try #require(try extract.finding("chronic-bronchitis", in: "Findings consistent with chronic bronchitis."))
        #expect(bronchitis.assertion == .present)
        #expect(bronchitis.category?.rawValue == "1a")
        #expect(try extract.labels("Findings consistent with chronic bronchitis.").isEmpty)
        #expect(try extract.finding("chronic-bronchitis", in: "No finding suggestive of chronic bronchitis.")?.assertion == .absent)
        #expect(try extract.findings("Nodular opacities in the left upper lobe, changes in the sequelae of chronic bronchiolitis?")
            .map { "\($0.type) \($0.text)" } == ["nodular-opacity Nodular opacities", "bronchiolitis sequelae of chronic bronchiolitis"])
    }

    /// A plain "lesion" placed in a bone is a bone lesion (`<in structure="bone">` of the lesion in findings.xml), wherever in
    /// the bones (a rib, a vertebra, the scapula), denied as well; one of the lung stays a lesion. The word named again later
    /// ("the lesions described") names the bone lesion its place made of it (`Finding.noun`), not lung nodules named before.
    @Test func aLesionPlacedInABoneIsABoneLesion() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try read("A metastatic lesion is observed in the right scapula.") == ["bone-lesion present -"])
        #expect(try read("Lesions are seen in the 5th and 6th ribs on the left.") == ["bone-lesion present -"])
        #expect(try read("No lytic-sclerotic lesion was detected in the bone structures.") == ["bone-lesion absent -"])
        #expect(try read("A lesion of 12 mm is observed in the left upper lobe.") == ["lesion present -"])
        #expect(try read("A hypodense lesion of 15 mm is observed in the left adrenal gland.") == ["low-density present -"])
        // Named again by its word in a sentence that says what it is: the bone lesion takes the change, the nodules none.
        #expect(try read("Several small nodules are seen in both lungs. Lesions are observed in the left 3rd and 4th ribs. The "
            + "lesions described were also present in the previous examination and were evaluated in favor of metastases.")
            == ["nodule present -", "bone-lesion present stable", "mass present -"])
        // A lesion of the lung named again so is still the lung lesion.
        #expect(try read("Several small nodules are seen in both lungs. A lesion is observed in the right lower lobe. The lesion "
            + "described was also present in the previous examination and was evaluated in favor of metastasis.")
            .first { $0.hasPrefix("lesion") } == "lesion present stable")
        // An impression copy named by the word in that bone ("cystic lesion") is the bone lesion; in another organ, another.
        #expect(try read("Findings: Benign lesions with sclerotic margins are observed in the left iliac wing. Impression: "
            + "Benign cystic lesion in the left iliac wing.") == ["bone-lesion present -"])
        #expect(try read("Findings: Benign lesions with sclerotic margins are observed in the left iliac wing. Impression: "
            + "Benign cystic lesion in the left kidney.") == ["bone-lesion present -", "cyst present -"])
    }

    /// Findings outside the lungs that audits kept meeting, each a type of its own with no category or CT-RATE label:
    /// gynecomastia (on the side said), an increased kyphosis (its increase its own words, no change), a vertebral height
    /// loss, a compression fracture (a kind of fracture), an aortic dissection (a bare "dissection" only when said of a
    /// great vessel); a metallic or mechanical heart valve is medical material.
    @Test func findingsOutsideTheLungsHaveTypes() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue)" }
        }
        #expect(try read("Gynecomastia is seen on both sides.") == ["gynecomastia present bilateral"])
        #expect(try extract.findings("Gynecomastia is seen on both sides.").map(\.places) == [["breast"]])
        #expect(try read("An increase in glandular tissue consistent with gynecomastia is noted in the left retroareolar region.")
            == ["gynecomastia present left"])
        // Nodular gynecomastia is no nodule; a soft tissue density read as gynecomastia is that, no lung opacity.
        #expect(try read("Bilateral nodular gynecomastia is noted.") == ["gynecomastia present bilateral"])
        let breast = try extract.findings("Soft tissue density consistent with gynecomastia in both retroareolar regions.")
        #expect(breast.map { "\($0.type) \($0.interpreted)" } == ["soft-tissue true", "gynecomastia false"])
        #expect(try extract.labels("Soft tissue density consistent with gynecomastia in both retroareolar regions.").isEmpty)
        #expect(try read("No gynecomastia.") == ["gynecomastia absent none"])

        #expect(try read("Thoracic kyphosis is increased.") == ["kyphosis present none"])
        #expect(try read("A slight increase is seen in dorsal kyphosis.") == ["kyphosis present none"])
        #expect(try read("Kyphotic angulation centred on the T9 vertebra.") == ["kyphosis present none"])
        // The normal curve names nothing.
        #expect(try read("Thoracic kyphosis is preserved.").isEmpty)
        #expect(try read("The dorsal kyphosis configuration is natural.").isEmpty)
        // "increased" is the kyphosis's own word: no change of it, nor of a finding the impression names beside it.
        let spine = try extract.findings("FINDINGS: Degenerative changes are seen in the vertebrae at the lower thoracic level. "
            + "IMPRESSION: Degenerative changes in the lower thoracic vertebrae and increased thoracic kyphosis.")
        #expect(spine.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["degenerative-bone-change -", "kyphosis -"])

        #expect(try read("Height loss is seen in the T11 vertebral body.") == ["vertebral-height-loss present none"])
        #expect(try read("There is mild loss of height at the upper end plate of the L2 vertebra.")
            == ["vertebral-height-loss present none"])
        #expect(try read("No significant height loss is seen in the vertebral bodies.") == ["vertebral-height-loss absent none"])
        #expect(try read("Vertebral corpus heights are preserved.").isEmpty)
        let fracture = try #require(try extract.finding("compression-fracture", in: "A compression fracture of the T9 vertebral body."))
        #expect(fracture.category == nil && fracture.labels.isEmpty)
        // "compression" is a known word now: the compression atelectasis still ends the list the change is said of.
        #expect(try extract.findings("Newly developed pleural effusion and compression atelectasis on the left.")
            .map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["pleural-effusion new", "atelectasis new"])

        #expect(try read("An intimal flap is seen in the descending aorta.") == ["aortic-dissection present none"])
        #expect(try read("Dissection is observed in the ascending aorta, extending to the arch.") == ["aortic-dissection present none"])
        #expect(try read("No dissection was detected in the thoracic aorta.") == ["aortic-dissection absent none"])
        // A surgical dissection of a history is no finding.
        #expect(try read("Status post left axillary dissection.").isEmpty)
        #expect(try read("Right neck dissection was performed for a laryngeal tumour.").allSatisfy { !$0.hasPrefix("aortic-dissection") })

        #expect(try extract.labels("A metallic valve is seen in the mitral position.") == ["Medical material"])
        #expect(try extract.labels("Mechanical aortic valve.") == ["Medical material"])
    }

    /// Abdominal findings named by their own words, none with a category or CT-RATE label: pancreatitis (the pancreas's,
    /// no side), and the portal vein's (a structure of its own in anatomy.xml): a thrombus or a dilatation placed there is
    /// its thrombosis or dilatation, "portal and splenic vein diameter increased" its dilatation, portal hypertension named
    /// as such. Negatives: a normal pancreas or portal venous system names nothing, a thrombus elsewhere stays a thrombus.
    @Test func pancreatitisAndThePortalVeinsFindings() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue) \($0.laterality.rawValue)" }
        }
        #expect(try read("Findings that may be compatible with acute pancreatitis are seen in the head of the pancreas.")
            == ["pancreatitis uncertain none"])
        #expect(try extract.findings("No signs of pancreatitis were detected.").map(\.places) == [["pancreas"]])
        #expect(try extract.labels("Findings that may be compatible with acute pancreatitis are seen in the pancreas.").isEmpty)
        #expect(try read("The pancreas is of normal size and density.").allSatisfy { !$0.hasPrefix("pancreatitis") })

        #expect(try read("A thrombus is seen in the main portal vein.") == ["portal-vein-thrombosis present none"])
        #expect(try read("A thrombus is seen in the left atrial appendage.") == ["thrombus present none"])
        #expect(try read("Dilatation of the portal vein is observed.") == ["portal-vein-dilatation present none"])
        #expect(try read("Portal and splenic vein diameter increased, splenomegaly.")
            == ["portal-vein-dilatation present none", "splenomegaly present none"])
        #expect(try read("The portal vein measures 16 mm at its widest point (portal hypertension).")
            == ["portal-hypertension present none"])
        #expect(try read("Hepatic and portal venous systems are normal.").isEmpty)
    }

    /// Gas in a worn disc or joint (a vacuum phenomenon) is a kind of the bones' wear, read as such or by its sign alone; the
    /// pair "narrowing and vacuum phenomenon" of one place is one entry naming both (`alsoNames`), so the narrowing is the disc
    /// spaces' too, no airway narrowing. Negatives: a bronchus's narrowing stays the airway's, a preserved disc names nothing.
    @Test func aVacuumPhenomenonIsWearOfTheBones() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.places.joined(separator: ","))" }
        }
        #expect(try read("Vacuum phenomena are seen in the lower thoracic intervertebral discs.") == ["vacuum-phenomenon bone"])
        let wear = try #require(try extract.finding("vacuum-phenomenon",
                                                     in: "Vacuum phenomenon consistent with degeneration in both sacroiliac joints."))
        #expect(wear.category == nil && wear.labels.isEmpty)
        #expect(try read("There is a narrowing and vacuum phenomenon in the lumbar intervertebral disc spaces.")
            == ["vacuum-phenomenon bone", "narrowing bone"])
        #expect(try read("A narrowing is seen in the left main bronchus.") == ["airway-narrowing left-main-bronchus"])
        #expect(try read("The intervertebral disc spaces are preserved.").isEmpty)
    }

    /// Air said to be free is read where its place types it, as air is, and in the abdomen (beside an abdominal organ) it is
    /// a pneumoperitoneum; air in an organ's lumen or in a disc is no free air. Negatives: air in the gallbladder or stomach,
    /// free air in the disc spaces name nothing.
    @Test func freeAirIsTypedByItsPlace() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.assertion.rawValue)" }
        }
        #expect(try read("Free air is seen adjacent to the right lobe of the liver.") == ["pneumoperitoneum present"])
        #expect(try read("No free air was detected in the abdomen.") == ["pneumoperitoneum absent"])
        #expect(try read("Free air images are observed in the anterior mediastinum.") == ["pneumomediastinum present"])
        #expect(try read("Air is observed in the gallbladder lumen.").isEmpty)
        #expect(try read("Air is observed in the stomach.").isEmpty)
        #expect(try read("Free air images are seen in the intervertebral disc spaces.").isEmpty)
    }

    /// What radiotherapy left in a lung, named as such, is a kind of fibrotic sequela (2a) with no CT-RATE label (the
    /// annotators do not label it a fibrotic sequela); a bare "changes secondary to radiotherapy" in brackets after another
    /// finding is that finding's reading, no finding of its own. Negative: a sequela in other words keeps its label.
    @Test func aRadiationChangeIsASequelaWithNoLabel() throws {
        let change = try #require(try extract.finding("radiation-change",
                                                       in: "Radiotherapy-related changes in the anterior segment of the right upper lobe."))
        #expect(change.category?.rawValue == "2a" && change.laterality.rawValue == "right")
        #expect(try extract.labels("Radiotherapy-related changes in the anterior segment of the right upper lobe.").isEmpty)
        #expect(try extract.findings("Parenchymal changes secondary to radiotherapy in the left upper lobe.").map(\.type)
            == ["radiation-change"])
        #expect(try extract.labels("Sequelae changes in the left upper lobe.") == ["Pulmonary fibrotic sequela"])
        #expect(try extract.findings("Dense consolidation in the right upper lobe (changes secondary to radiotherapy).").map(\.type)
            == ["consolidation"])
    }

    /// A bare "implant" is read only where its place says what it is: in a breast a prosthesis (Medical material), in the
    /// abdomen a tumour implant of the peritoneum. Negatives: implants in the chest wall and an unplaced one name nothing.
    @Test func anImplantIsTypedByItsPlace() throws {
        #expect(try extract.findings("There is an implant in the right breast.").map(\.type) == ["medical-material"])
        #expect(try extract.labels("There is an implant in the right breast.") == ["Medical material"])
        #expect(try extract.findings("Implants are seen in the omentum.").map(\.type) == ["peritoneal-implant"])
        #expect(try extract.labels("Subcutaneous emphysema is seen in the chest wall at the levels where the implants are placed.")
            == ["Emphysema"])
        #expect(try extract.findings("It should be evaluated in terms of implant.").isEmpty)
    }

    /// Oedema said by a bare word is typed by its place: in the mesentery or the bowel's fat the mesentery's, in the
    /// mediastinal fat the mediastinum's, in the perirenal fat the perirenal space's (on its side). The pair "effusion and
    /// edema" of one place is one entry naming both, so the effusion is that place's fluid, no pleural effusion; an
    /// oedematous bowel wall thickened is one thickening, and "edema-infiltration" one oedema. Negative: oedema placed
    /// nowhere names nothing.
    @Test func oedemaIsTypedByItsPlace() throws {
        func read(_ text: String) throws -> [String] {
            try extract.findings(text).map { "\($0.type) \($0.laterality.rawValue)" }
        }
        #expect(try read("The mesenteric root is edematous.") == ["mesenteric-edema none"])
        #expect(try read("Density increase due to edema is observed in the mediastinal fat planes.")
            == ["high-density none", "mediastinal-edema none"])
        #expect(try read("Density increases consistent with edema-inflammation are seen in the left perirenal fat.")
            == ["high-density left", "perirenal-edema left"])
        #expect(try read("A mild effusion and edema are observed in the fatty tissues in the right perinephric area.")
            == ["fluid right", "perirenal-edema right"])
        #expect(try extract.labels("A mild effusion and edema are observed in the fatty tissues in the right perinephric area.").isEmpty)
        #expect(try read("Edematous wall thickening is seen in the terminal ileum.") == ["thickening none"])
        #expect(try read("An increase in density consistent with edema-infiltration is seen in the pericolonic fat.")
            == ["high-density none", "mesenteric-edema none"])
        #expect(try read("Edema is observed.").isEmpty)
    }

    /// The `<in>` rule of the structure nearest the place wins, whatever the rules' order in findings.xml: atherosclerotic
    /// changes of the abdominal aorta are below the chest although the aorta's rule is listed first (`Engine.relocation`,
    /// read from integer tables). Negatives: the descending aorta keeps the aorta's rule, no place keeps the type, and a
    /// place no rule names leaves the type as its words give it.
    @Test func theNearestStructuresRuleRetypesAFinding() throws {
        func types(_ sentence: String) throws -> [String] { try extract.findings(sentence).map(\.type) }
        #expect(try types("Atherosclerotic changes are observed in the wall of the abdominal aorta.")
            == ["extrathoracic-arterial-calcification"])
        #expect(try types("Atherosclerotic changes are observed in the wall of the descending aorta.") == ["arterial-wall-calcification"])
        #expect(try types("Atherosclerotic changes are observed in the coronary arteries.") == ["coronary-artery-calcification"])
        #expect(try types("Atherosclerotic changes are observed.") == ["atherosclerosis"])
        #expect(try types("Calcified plaques are observed in the right hemithorax.") == ["pleural-thickening"])
        #expect(try types("Calcified plaques are observed in the paratracheal area.") == ["arterial-wall-calcification"])
    }

    /// Scan T47: a gland said to be uneven in its outline and parenchymal density is described, no opacity of it; an
    /// increase in parenchymal density stays an opacity.
    @Test func aGlandsUnevenParenchymalDensityIsNoOpacity() throws {
        #expect(try extract.findings("""
            There are calcified nodules in the thyroid gland. Heterogeneity is observed in contour irregularity and \
            parenchymal density.
            """).map(\.type) == ["nodule"])
        #expect(try extract.findings("An increase in parenchymal density is observed in the right lower lobe.").map(\.type)
            == ["opacity"])
    }

    /// Audit T49: an air-fluid level a cavity is said to give is the cavity's sign, no fluid finding of its own; fluid
    /// said on its own stays a finding.
    @Test func anAirFluidLevelACavityGivesIsNoFluid() throws {
        #expect(try extract.findings("""
            A thick-walled cavitary lesion of 40x30 mm is seen in the upper lobe of the right lung, giving air-fluid leveling.
            """).map(\.type) == ["cavity"])
        #expect(try extract.findings("Minimal fluid is seen in the right upper quadrant.").map(\.type) == ["fluid"])
    }

    /// Audit T53: a lymph node placed only in a lung, a lobe or a segment is an intrapulmonary node (a lung nodule, no
    /// Lymphadenopathy); with a mediastinal or hilar place too it stays a mediastinal node, no intrapulmonary one beside it.
    @Test func aLymphNodeInALungIsIntrapulmonary() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.laterality.rawValue) \($0.labels.map(\.rawValue).joined(separator: ","))" }
        }
        #expect(try read("A stable millimetric lymph node is seen in the left lung.")
            == ["intrapulmonary-lymph-node left Lung nodule"])
        #expect(try read("There is a 4 mm lymph node in the posterior basal segment of the right lower lobe.")
            == ["intrapulmonary-lymph-node right Lung nodule"])
        #expect(try extract.findings("Right hilar lymphadenopathy, scattered nodules in both lungs.").map(\.type)
            == ["lymphadenopathy", "nodule"])
        #expect(try extract.findings("Lymph nodes are seen in the mediastinum and in the right lung.").map(\.type)
            == ["lymphadenopathy"])
    }

    /// Audit T53: a plural weak noun joined by "of" to the finding it names says the number ("areas of atelectasis"), as one
    /// after it does ("atelectasis areas"); one area is one; a finding one per side or a diagnosis takes no number from it.
    @Test func areasOfAFindingAreSeveral() throws {
        func multiple(_ sentence: String) throws -> [Bool] { try extract.findings(sentence).map(\.multiple) }
        #expect(try multiple("Areas of atelectasis are seen in the right lower lobe.") == [true])
        #expect(try multiple("Areas of subsegmental atelectasis are seen in the left lung.") == [true])
        #expect(try multiple("Foci of increased density are seen in the left upper lobe.") == [true])
        #expect(try multiple("An area of atelectasis is seen in the right lower lobe.") == [false])
        #expect(try multiple("Areas of pleural effusion are seen on the left.") == [false])
        // "signs" names the signs of one finding, as "findings" does.
        #expect(try multiple("Signs of loading are observed in both lungs.") == [false])
    }

    /// Audit T53: "band-linear" before an atelectasis is one band (plate) atelectasis, as "linear-band" is; a band named
    /// beside an atelectasis stays a fibrotic band of its own.
    @Test func aBandLinearAtelectasisIsOneLinearAtelectasis() throws {
        #expect(try extract.findings("Band-linear atelectatic changes are seen in the lower lobes of both lungs.").map(\.type)
            == ["linear-atelectasis"])
        #expect(try extract.findings("Bands and linear atelectasis are seen in the right lower lobe.").map(\.type)
            == ["fibrotic-band", "linear-atelectasis"])
    }

    @Test func explanationNamesTheData() throws {
        let explained = try Extract(explain: true)
        let finding = try #require(try explained.findings("Linear atelectasis in the lingula.").first)
        let roles = finding.explanation.map(\.role)
        #expect(roles.contains("term") && roles.contains("modifier") && roles.contains("location"))
        #expect(finding.explanation.allSatisfy { $0.origin.contains(".xml:") })
        #expect(try Extract().findings("Linear atelectasis in the lingula.").first?.explanation.isEmpty == true)
    }
}
