import RadFindings
import RadTestSupport
import Testing

/// Assertion cues (Lexicons/cues.xml) and their scope.
@Suite struct AssertionTests {
    let extract = try! Extract()

    func assertions(_ text: String) throws -> [String: String] {
        Dictionary(try extract.findings(text).map { ($0.type, $0.assertion.rawValue) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func forwardNegation() throws {
        #expect(try assertions("No pleural effusion.") == ["pleural-effusion": "absent"])
        #expect(try assertions("There is no nodule or consolidation in both lungs.") == ["nodule": "absent", "consolidation": "absent"])
        // Alternative qualities of one noun are two findings, each denied ("nodular and patchy" is one).
        #expect(try assertions("No nodular or infiltrative lesion was seen in either lung.") == ["nodule": "absent", "opacity": "absent"])
        // "no" after a dash denies both sides; a bare "no" denies only what follows it.
        #expect(try assertions("Pleural effusion - no significant thickening was detected.") == ["pleural-effusion": "absent", "thickening": "absent"])
        #expect(try assertions("Patchy subpleural ground glass densities with no clear borders are observed bilaterally.")
            == ["ground-glass-opacity": "present"])
    }

    /// Probe P175: "w/o" is "without", "r/o" the question "to rule out".
    @Test func slashAbbreviations() throws {
        #expect(try assertions("Nodule in the right lower lobe w/o calcification.") == ["nodule": "present", "calcification": "absent"])
        #expect(try assertions("Nodule in the right lower lobe w/ calcification.") == ["nodule": "present", "calcification": "present"])
        #expect(try assertions("R/O pneumonia in the left upper lobe.") == ["pneumonia": "uncertain"])
    }

    @Test func aDeniedChangeKeepsTheFinding() throws {
        // "No regression" denies a change, not the consolidation: it is there, unchanged.
        let kept = try #require(try extract.finding("consolidation",
            in: "No significant regression was detected in the consolidation areas in both lungs."))
        #expect(kept.assertion == .present)
        #expect(kept.temporal == .stable)
        #expect(try extract.finding("pleural-effusion", in: "The pleural effusion on the right has not regressed.")?.assertion == .present)
        // A denied finding word is still denied.
        #expect(try assertions("There is no increase in density in both lungs.") == ["opacity": "absent"])
    }

    @Test func backwardNegationOfACompound() throws {
        let findings = try extract.findings("Pleural effusion-thickening was not detected.")
        #expect(findings.map(\.type) == ["pleural-effusion", "pleural-thickening"])
        #expect(findings.allSatisfy { $0.assertion == .absent })
        #expect(try assertions("CT findings showing viral pneumonia are not available.") == ["pneumonia": "absent"])
        let pericardial = try extract.findings("Pericardial effusion-thickening was not observed.")
        #expect(pericardial.map(\.type) == ["pericardial-effusion", "pericardial-thickening"])
        // A conjunct with a modifier of its own keeps it.
        let both = try extract.findings("Pericardial, pleural effusion was not detected.")
        #expect(Set(both.map(\.type)) == ["pericardial-effusion", "pleural-effusion"])
        #expect(both.allSatisfy { $0.assertion == .absent })
    }

    /// "X - no Y" (MT of a Turkish denial of both, "X-Y saptanmadı"): the cue inside the phrase denies what stands on both
    /// sides of it, as if it stood between two phrases (audit M34).
    @Test func aDashNoInsideAPhraseDeniesBothSides() throws {
        let findings = try extract.findings("Pleural effusion - no thickening was observed on either side.")
        #expect(findings.map(\.type) == ["pleural-effusion", "pleural-thickening"])
        #expect(findings.allSatisfy { $0.assertion == .absent })
        // A head the organ word does not type stays what it is, and is denied too.
        #expect(try assertions("Pleural effusion - no pneumothorax was seen.") == ["pleural-effusion": "absent", "pneumothorax": "absent"])
        // A list before the cue is denied as a whole, as when the cue ended its phrase.
        #expect(try assertions("A nodule and pleural effusion - no thickening was detected.")
            == ["nodule": "absent", "pleural-effusion": "absent", "pleural-thickening": "absent"])
        // "- no change" is no denial: the effusion is there, unchanged.
        #expect(try assertions("Mild pericardial effusion - no change compared to the prior study.") == ["pericardial-effusion": "present"])
        // … and says the finding is unchanged, with an en dash too.
        #expect(try extract.finding("pericardial-effusion", in: "Mild pericardial effusion - no change compared to the prior study.")?
            .temporal == .stable)
        let enDash = try #require(try extract.finding("pericardial-effusion",
            in: "Mild pericardial effusion – no significant change compared to the prior study."))
        #expect(enDash.assertion == .present && enDash.temporal == .stable)
        // An en dash before "no" and a finding denies both sides, as "- no" does.
        #expect(try assertions("Pericardial effusion – no thickening was observed.")
            == ["pericardial-effusion": "absent", "pericardial-thickening": "absent"])
    }

    @Test func uncertainty() throws {
        #expect(try assertions("Pneumonia cannot be excluded.") == ["pneumonia": "uncertain"])
        #expect(try assertions("Possibly a small nodule in the right lung.") == ["nodule": "uncertain"])
        #expect(try assertions("Consolidation suspicious for pneumonia in the left lower lobe.")["pneumonia"] == "uncertain")
        #expect(try assertions("These appearances may primarily be compatible with atelectasis.")["atelectasis"] == "uncertain")
        #expect(try assertions("This appearance may belong to a sequelae change.")["fibrotic-sequela"] == "uncertain")
        #expect(try assertions("This appearance may also belong to a metastatic mass.")["mass"] == "uncertain")
        // A differential ends at the comma after its alternatives; a denial goes on (audit GGGGGG).
        let differential = try assertions("Nodular consolidations that may be due to lymphoma involvement or infections, bilateral "
            + "pleural effusion and pericardial effusion.")
        #expect(differential["pneumonia"] == "uncertain" && differential["pleural-effusion"] == "present")
        #expect(try assertions("No pneumonic infiltration or consolidation area, malignant mass or nodule was observed.")["nodule"]
            == "absent")
        // "Indeterminate" describes a finding; "are considered" doubts only what stands right before it.
        #expect(try assertions("Indeterminate subcentimeter pulmonary nodules in both lungs.")["nodule"] == "present")
        let considered = try assertions(
            "Subpleural ground-glass density areas are observed in both lungs, and viral pneumonias are considered in the etiology.")
        #expect(considered["ground-glass-opacity"] == "present")
        #expect(considered["pneumonia"] == "uncertain")
        #expect(try assertions("Other viral pneumonias can be considered in the differential diagnosis.")["pneumonia"] == "uncertain")
        // What is to be excluded is not found.
        #expect(try assertions("Close follow-up is recommended after exclusion of infectious processes.")["pneumonia"] == "uncertain")
        #expect(try assertions("Follow-up is recommended after infectious process exclusion.")["pneumonia"] == "uncertain")
        // "which can be considered as" still names what stands before it: the densities are the mosaic pattern.
        let named = try extract.findings("Densities, which can be considered as mosaic attenuation pattern, are observed in both lower lobes.")
        #expect(named.first { $0.type == "opacity" }?.labels.isEmpty == true)
        // Neither "lost their normal" nor a negation in a "whose" clause denies the finding.
        #expect(try assertions("Lymph nodes have lost their normal oval configuration.")["lymphadenopathy"] == "present")
        #expect(try assertions("A mass with pleural thickness increase whose borders cannot be distinguished is observed.")["mass"] == "present")
        // "cannot be differentiated": a differential, for what stands right before it only.
        #expect(try assertions("Metastasis or an infective process cannot be differentiated.")["mass"] == "uncertain")
        #expect(try assertions("Empyema discrimination cannot be made on this non-contrast study.")["empyema"] == "uncertain")
        #expect(try assertions("Empyema could not be definitively ruled out.")["empyema"] == "uncertain")
        let far = try assertions("A small pleural effusion is seen on the right, and its nature cannot be differentiated.")
        #expect(far["pleural-effusion"] == "present")
        // Audit R37: "suggested", as "suggests", doubts what it suggests, not what does the suggesting.
        let suggested = try assertions("Centrilobular nodules in both lungs suggested bronchiolitis.")
        #expect(suggested["bronchiolitis"] == "uncertain" && suggested["centrilobular-nodule"] == "present")
    }

    @Test func whatCouldNotBeEvaluatedIsUncertain() throws {
        #expect(try assertions("The mediastinal lymph nodes could not be evaluated optimally in this unenhanced study.")
            == ["lymphadenopathy": "uncertain"])
        #expect(try assertions("Assessment of the hilar lymph nodes could not be made clearly without contrast.")
            == ["lymphadenopathy": "uncertain"])
        #expect(try assertions("Atelectasis-consolidation differentiation could not be made in the left lower lobe.")
            == ["atelectasis": "uncertain", "consolidation": "uncertain"])
        // "not optimally evaluated" is the study's limit, not a denial of what was seen despite it (train_216).
        #expect(try assertions("In addition, although not optimally evaluated in contrast-enhanced sections, hyperdense "
            + "appearances, the largest of which is 4 mm in diameter, were observed in both kidneys, compatible with stones.")
            == ["high-density": "present", "calculus": "present"])
        // Only what was to be evaluated: a comparison that could not be made doubts nothing.
        #expect(try assertions("Several hypodense lesions in the liver; comparison could not be made.") == ["low-density": "present"])
    }

    @Test func aDifferentialDiagnosisIsUncertain() throws {
        #expect(try assertions("Bacterial pneumonia is also included in the differential diagnosis.") == ["pneumonia": "uncertain"])
        // The finding a differential is of, named again by a reference cue, is still there: only the readings are doubted.
        #expect(try assertions("Old sequelae are in the differential diagnosis of the atelectatic change.")
            == ["fibrotic-sequela": "uncertain", "atelectasis": "present"])
        // Without a reference cue, what the differential names is doubted, whatever its type.
        #expect(try assertions("The differential diagnosis includes consolidation and atelectasis.")
            == ["consolidation": "uncertain", "atelectasis": "uncertain"])
    }

    @Test func aDifferentialSparesTheFindingItIsOf() throws {
        // "for the consolidation": the consolidation seen before, once and still there; the readings, doubted, are where it is.
        let differential = try extract.findings("A consolidation is seen in the left lower lobe. "
            + "The differential diagnosis includes pneumonia and atelectasis for the consolidation.")
        #expect(differential.map { "\($0.type) \($0.assertion.rawValue) \($0.lobes)" }
            == ["consolidation present [\"LLL\"]", "pneumonia uncertain [\"LLL\"]", "atelectasis uncertain [\"LLL\"]"])
        // Only the finding the reference cue names: "the described nodule includes granuloma" leaves the granuloma doubted.
        #expect(try extract.findings("A nodule is seen in the right upper lobe. The differential diagnosis of the described nodule "
            + "includes granuloma and metastasis.").map { "\($0.type) \($0.assertion.rawValue)" }
            == ["nodule present", "mass uncertain"])
        // A hedge that is no differential still doubts a finding named again: a second, doubted consolidation.
        #expect(try extract.findings("A consolidation is seen in the left lower lobe. Findings suggesting the consolidation are noted.")
            .map(\.assertion.rawValue) == ["present", "uncertain"])
        // What the appearance is atypical for is unlikely: uncertain, neither found nor denied.
        #expect(try assertions("The appearance is atypical for Covid-19 pneumonia.") == ["pneumonia": "uncertain"])
        #expect(try assertions("These findings are not typical for viral pneumonia.") == ["pneumonia": "uncertain"])
        // "cannot be differentiated from": both sides of the differential, not the first only.
        #expect(try assertions("Consolidation in the right lower lobe cannot be differentiated from atelectasis.")
            == ["consolidation": "uncertain", "atelectasis": "uncertain"])
        // Close by only: the consolidation seen is not part of the differential.
        #expect(try assertions("Consolidation areas are seen in the right lower lobe, and pneumonia is included in the differential diagnosis.")
            == ["consolidation": "present", "pneumonia": "uncertain"])
    }

    /// A forward doubt reaches the whole list it opens, past its window, but not a clause after ", and".
    @Test func aDoubtReachesItsWholeList() throws {
        let list = try assertions("A hypodense lesion in the left kidney cannot be differentiated from a simple cyst and renal pelvic ectasia.")
        #expect(list["cyst"] == "uncertain")
        #expect(list["hydronephrosis"] == "uncertain")
        let hyphenated = try assertions("A hypodense lesion in the right kidney cannot be differentiated from a simple cyst-collecting system ectasia.")
        #expect(hyphenated["hydronephrosis"] == "uncertain")
        #expect(try assertions("The consolidation cannot be differentiated from atelectasis, and a small pleural effusion is observed on the left.")
            == ["consolidation": "uncertain", "atelectasis": "uncertain", "pleural-effusion": "present"])
    }

    @Test func aQuestionMarkReachesOnlyItsWord() throws {
        let result = try assertions("A nodular lesion (metastasis?) in the posterobasal segment of the right lower lobe.")
        #expect(result["mass"] == "uncertain")
        #expect(result["nodule"] == "present")
    }

    /// A question that closes a bracket doubts what the bracket holds, nothing before it; a cue inside brackets does not
    /// reach back out of them.
    @Test func aQuestionClosingABracketDoubtsTheBracket() throws {
        let result = try assertions("Budding tree appearance in the right lung lower lobe (dilated bronchioles filled with infected material?).")
        #expect(result["bronchiectasis"] == "uncertain")
        #expect(result["tree-in-bud"] == "present")
        // Its bracket opened in the sentence before: only the word before it.
        #expect(try assertions("Mosaic attenuation pattern in both lungs, small vessel disease?).")
            == ["mosaic-attenuation": "present", "small-vessel-disease": "uncertain"])
        #expect(try assertions("Consolidation in the left upper lobe (the appearance may be pneumonic)")["consolidation"] == "present")
    }

    @Test func scopeEndsAtButAndSemicolon() throws {
        #expect(try assertions("No pleural effusion, but atelectasis is seen in the left lower lobe.")
            == ["pleural-effusion": "absent", "atelectasis": "present"])
        #expect(try assertions("No consolidation; nodules in both lungs.") == ["consolidation": "absent", "nodule": "present"])
        // A clause opened by "although" ends at its comma: the cue after it doubts only the main clause.
        let although = try assertions("Although the described nodular lesions in the right lung may belong to nodular consolidation, metastasis cannot be excluded.")
        #expect(although["nodule"] == "present")
        #expect(although["mass"] == "uncertain")
    }

    @Test func noDifferenceIsNoNegation() throws {
        let nodules = try #require(try extract.finding("nodule", in: "No significant difference was found in the number and size of pulmonary nodules."))
        #expect(nodules.assertion == .present)
        #expect(nodules.temporal == .stable)
        #expect(try assertions("There was no difference in the interlobular septal thickenings in both lungs.") == ["septal-thickening": "present"])
        #expect(try assertions("No nodule was detected in both lungs.") == ["nodule": "absent"])
    }

    @Test func aCommaAfterTheVerbEndsTheNegatedClause() throws {
        #expect(try assertions("No active infiltration or mass lesion is observed in both lungs, sequela changes in the apices of both lungs.")
            == ["opacity": "absent", "mass": "absent", "fibrotic-sequela": "present"])
        #expect(try assertions("The esophageal calibration is normal, no tumoral wall thickening is observed, and a sliding type hiatal hernia is seen.")["hiatal-hernia"]
            == "present")
        // A change word is the clause's verb too: what resolved is not what is stable.
        #expect(try assertions("Nodules are stable, and the consolidation has resolved.") == ["nodule": "present", "consolidation": "absent"])
        // A verb inside a relative clause closes nothing: the cue after it still reaches the finding.
        #expect(try assertions("The pleural effusion on the left, which was observed in the previous examination, was not detected in the current examination.")
            == ["pleural-effusion": "absent"])
        // So does an "and" right after it: the doubt after it is of what it names.
        #expect(try assertions("A newly emerging 3 mm nonspecific nodule in the left lung upper lobe is observed and metastasis cannot be excluded.")
            == ["nodule": "present", "mass": "uncertain"])
        #expect(try assertions("A nodule is observed in the left lung upper lobe; metastasis cannot be excluded.")["nodule"] == "present")
        #expect(try assertions("A nodule in the left lung upper lobe and metastasis cannot be excluded.")["nodule"] == "uncertain")
        // A relative clause between commas ends at its closing comma when "and" takes up the main clause:
        // its doubt stays inside, even for a finding read in one list with the clause's last word.
        #expect(try assertions("A nodule is observed in the right lower lobe, which may be compatible with granuloma, and pleural effusion is present.")["pleural-effusion"]
            == "present")
        #expect(try assertions("Ground glass densities in both lungs, which may be compatible with infection in the first place, and focal consolidations have regressed.")
            == ["ground-glass-opacity": "present", "pneumonia": "uncertain", "consolidation": "present"])
        // A list inside the clause keeps the doubt throughout.
        #expect(try assertions("Nodules, which may be compatible with atelectasis, consolidation or pneumonia, were observed.")
            == ["nodule": "present", "atelectasis": "uncertain", "consolidation": "uncertain", "pneumonia": "uncertain"])
        // Sizes still reach across it.
        let nodules = try #require(try extract.findings("A few nodules were observed in both lungs, the largest of which was 5 mm in diameter.").first)
        #expect(nodules.size?.maxMM == 5)
    }

    @Test func differentialsAndRecommendationsAreUncertain() throws {
        // A hedge inside brackets does not reach past them.
        #expect(try assertions("Soft tissue density in the right hilum (it may be a mass in this view), subcarinal lymphadenopathy "
            + "and pleural effusion are observed.") == ["soft-tissue": "present", "mass": "uncertain", "lymphadenopathy": "present",
                                                       "pleural-effusion": "present"])
        // A bracketed aside does not count toward a cue's reach.
        #expect(try assertions("Viral pneumonias (Covid-19 pneumonia) are considered in the etiology of the findings.")
            == ["pneumonia": "uncertain"])
        #expect(try assertions("Ground glass densities are observed in both lungs, and viral pneumonia (Covid-19 pneumonia, "
            + "influenza pneumonia) is primarily considered.") == ["ground-glass-opacity": "present", "pneumonia": "uncertain"])
        #expect(try assertions("Influenza pneumonia, organizing pneumonia and drug toxicity may cause a similar appearance.") == ["pneumonia": "uncertain"])
        #expect(try assertions("Clinical laboratory correlation is recommended for small airway disease.") == ["bronchiolitis": "uncertain"])
        #expect(try assertions("It may suggest other viral pneumonias in the differential diagnosis.") == ["pneumonia": "uncertain"])
        #expect(try assertions("However, Covid-19 pneumonia mentioned in the clinical information may cause these findings.") == ["pneumonia": "uncertain"])
        #expect(try assertions("It is recommended to evaluate for infective processes.") == ["pneumonia": "uncertain"])
        // What "should also be kept in mind" is a possibility, as what "should be kept in mind" is (probe P168).
        #expect(try assertions("Consolidation is seen in the left lower lobe; alveolar hemorrhage should also be kept in mind.")
            == ["consolidation": "present", "alveolar-hemorrhage": "uncertain"])
        // Evaluating what was seen, with another test, doubts nothing.
        #expect(try assertions("It is recommended to evaluate the nodules with PET-CT.") == ["nodule": "present"])
        // "not specific to" doubts what follows; a plain "not specific" denies nothing (what "can be evaluated in favor
        // of" is doubted, as "findings can be evaluated in favor of" is).
        #expect(try assertions("Ground-glass densities in both lungs (not specific to Covid pneumonia, but clinical correlation is recommended).")
            == ["ground-glass-opacity": "present", "pneumonia": "uncertain"])
        #expect(try assertions("The appearances are not specific and can be evaluated in favor of the infective process.") == ["pneumonia": "uncertain"])
        // A follow-up recommended for a nodule says the nodule is there.
        #expect(try assertions("Follow-up is recommended for the nodule in the right upper lobe.") == ["nodule": "present"])
        // … and one named in the sentence before, followed "for this" or "for the", is that one again: no second, doubted
        // or unplaced one.
        let parser = try ReportParserTests.engine.makeParser()
        for follow in ["Follow-up is recommended for this nodule.", "Follow-up is recommended for the lesion."] {
            let findings = try parser.parse(id: "f1", text: "FINDINGS: A 9 mm ground glass nodule in the right upper lobe. "
                + follow).findings
            #expect(findings.map(\.type) == ["ground-glass-nodule"])
            #expect(findings.map(\.assertion) == [.present])
        }
        // What could not be characterized denies nothing after it.
        #expect(try assertions("The parenchyma area in the left lower lobe could not be characterized because of the subpleural ground glass density.")
            == ["ground-glass-opacity": "present"])
    }

    @Test func aCueAfterAListDeniesTheWholeList() throws {
        #expect(try assertions("Peribronchial thickness increases and interlobular septal thickenings in both lungs, which were observed in the previous examination, are not observed in the current examination.")
            == ["peribronchial-thickening": "absent", "septal-thickening": "absent"])
        // Only a list: a finding in a clause of its own keeps its assertion.
        #expect(try assertions("Peribronchial thickening is seen in both lower lobes, septal thickenings in both lungs are not observed in the current examination.")
            == ["peribronchial-thickening": "present", "septal-thickening": "absent"])
        // Almost complete regression leaves the finding there, smaller.
        let consolidation = try #require(try extract.finding("consolidation", in: "The consolidation in the right lower lobe showed almost complete regression."))
        #expect(consolidation.assertion == .present && consolidation.temporal == .decreased)
        #expect(try assertions("The consolidation in the right lower lobe showed complete regression.") == ["consolidation": "absent"])
    }

    @Test func aBackwardCueReachesPastPlaces() throws {
        // Twelve words of places between the finding and its cue; the cue still reaches it.
        #expect(try assertions("Millimetric nodules described in the anterior segment of the upper lobe of the left lung in the previous examination are not observed in this examination.")
            == ["nodule": "absent"])
        #expect(try assertions("Mild pleural effusion is observed in the right lung and was not detected in the previous examination.")
            == ["pleural-effusion": "present"])
    }

    @Test func normalMeansAbsent() throws {
        #expect(try assertions("Parenchyma density is normal.").values.allSatisfy { $0 == "absent" })
    }

    /// "No new nodule was observed": the denial is of new ones only (earlier ones may still be there), so the absent finding
    /// keeps "new", its scope, as a resolved one keeps "resolved" (a copy of the impression matches it by it: "No nodule …
    /// No new nodule …" are two); "no nodule" alone has no change (probe M173).
    @Test func aDeniedNewFindingKeepsItsChange() throws {
        func read(_ sentence: String) throws -> [String] {
            try extract.findings(sentence).map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
        }
        #expect(try read("No new consolidation area was detected in the left lung.") == ["consolidation absent new"])
        #expect(try read("No newly developed nodule is seen in either lung.") == ["nodule absent new"])
        #expect(try read("No consolidation area was detected in the left lung.") == ["consolidation absent -"])
    }

    @Test func resolvedMeansAbsent() throws {
        #expect(try assertions("The ground glass opacity in the left upper lobe has completely regressed.")["ground-glass-opacity"] == "absent")
        let effusion = try #require(try extract.findings("The effusion observed in the left hemithorax shows complete resolution.").first)
        #expect(effusion.assertion == .absent)
        #expect(effusion.temporal == .resolved)
        let infiltration = try #require(try extract.findings("Findings consistent with the infiltration observed on 29.04.2020 show full regression.").first)
        #expect(infiltration.assertion == .absent && infiltration.temporal == .resolved)
        // "has resolved": the denial's longer words name the change too
        let gone = try #require(try extract.findings("The previously seen effusion on the right has resolved.").first)
        #expect(gone.assertion == .absent && gone.temporal == .resolved)
        // The nominal "resolution of": gone since then, the finding right after it only; a partial one is smaller, still there.
        let nominal = try extract.findings("Resolution of the nodule in the right upper lobe is noted.")
        #expect(nominal.map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" } == ["nodule absent resolved"])
        let partial = try extract.findings("Partial resolution of the consolidation in the left lower lobe is observed.")
        #expect(partial.map { "\($0.type) \($0.assertion.rawValue) \($0.temporal?.rawValue ?? "-")" }
            == ["consolidation present decreased"])
        // "partial" is a known word now; a lymph node's partial calcification is still the node's own (constructions.xml).
        #expect(try extract.findings("A lymph node showing partial calcification is seen in the subcarinal area.").map(\.type)
            == ["lymphadenopathy"])
        // "completely resolved", "regressed completely", "not present (seen) in the current examination": so are these (the
        // last two probe P170)
        for sentence in ["The consolidation in the left lower lobe noted before has completely resolved.",
                         "The nodule described in the right upper lobe has regressed completely.",
                         "The mass described before in the left lung upper lobe is not present in the current examination.",
                         "The effusion seen on the right in the previous examination is not seen in the current examination."] {
            let finding = try #require(try extract.findings(sentence).first)
            #expect(finding.assertion == .absent && finding.temporal == .resolved, "\(sentence)")
        }
        // Not present with no examination named: denied, no change.
        let denied = try #require(try extract.findings("A pneumothorax is not present in the right hemithorax.").first)
        #expect(denied.assertion == .absent && denied.temporal == nil)
        // A device said to be taken away ("had been removed", "has since been removed", "was withdrawn"): absent, gone since then.
        for sentence in ["The chest tube on the left had been removed.", "The drainage catheter seen before was withdrawn.",
                         "The right pleural drain has since been removed."] {
            let device = try #require(try extract.finding("medical-material", in: sentence), "\(sentence)")
            #expect(device.assertion == .absent && device.temporal == .resolved, "\(sentence)")
        }
        // "could not be observed in this examination", as "… in the current examination": not there now
        #expect(try assertions("The consolidation described before in the lingula could not be observed in this "
            + "examination.")["consolidation"] == "absent")
    }

    /// "There is no change in …" compares; it denies nothing. "Suggests" and "suspicious findings for" doubt.
    @Test func comparisonsAndSuggestionsAreNoDenials() throws {
        let consolidation = try #require(try extract.finding("consolidation", in: "There is no change in the size and appearance of the "
            + "consolidations described above in both lungs."))
        #expect(consolidation.assertion == .present && consolidation.temporal == .stable)
        #expect(try assertions("The absence of subpleural involvement suggests more pneumocystis jiroveci pneumonia.")["pneumonia"] == "uncertain")
        #expect(try assertions("High suspicious findings for Covid-19 pneumonia in the lung parenchyma.") == ["pneumonia": "uncertain"])
        #expect(try assertions("Infective pathology is considered in its etiology.") == ["pneumonia": "uncertain"])
        #expect(try assertions("There was no finding suggestive of infiltration in both lungs.") == ["opacity": "absent"])
        let atelectasis = try #require(try extract.findings("The left lung has a subtotal atelectasis appearance and its volume has decreased.").first)
        #expect(atelectasis.temporal == nil)
        #expect(try extract.findings("There is an increase in the prevalence of ground glass areas.").first?.temporal == .increased)
    }

    /// "Smaller than in the previous examination", "bigger than the previous": a change since the earlier study; "smaller
    /// than 4 mm" stays a size's upper bound, no change.
    @Test func aComparativeWithThePreviousStudyIsAChange() throws {
        #expect(try extract.finding("nodule", in: "The nodule in the left lower lobe is smaller than in the previous "
            + "examination.")?.temporal == .decreased)
        #expect(try extract.finding("nodule", in: "The nodule in the right upper lobe is larger than in the previous "
            + "study.")?.temporal == .increased)
        #expect(try extract.finding("mass", in: "The mass in the right upper lobe is bigger than the previous "
            + "examination.")?.temporal == .increased)
        #expect(try extract.finding("nodule", in: "A nodule smaller than 4 mm is seen in the middle lobe.")?.temporal == nil)
    }

    /// "Has become larger", "more prominent than in the previous examination" grew; "maintains its size", "did not change in
    /// size" stayed; "more prominent on the right" says where, no change (probe P170).
    @Test func growthAndStabilityInOtherWords() throws {
        #expect(try extract.finding("nodule", in: "The nodule in the left lung lower lobe has become larger.")?.temporal == .increased)
        #expect(try extract.finding("pleural-effusion", in: "The pleural effusion on the left is more prominent than in the previous "
            + "examination.")?.temporal == .increased)
        #expect(try extract.finding("nodule", in: "The nodule in the right lung middle lobe maintains its size.")?.temporal == .stable)
        #expect(try extract.finding("nodule", in: "The nodule in the left lung upper lobe did not change in size.")?.temporal == .stable)
        #expect(try extract.finding("mass", in: "The mass in the right lung lower lobe did not show any change in size compared to "
            + "the previous examination.")?.temporal == .stable)
        #expect(try extract.finding("pleural-effusion", in: "Bilateral pleural effusion is more prominent on the right.")?.temporal == nil)
        // "No increase in size", "without a significant change": unchanged, nothing denied; "without calcification" no change.
        let recap = try #require(try extract.finding("nodule", in: "A nodule is seen in the left lung lower lobe. No increase in size "
            + "was observed."))
        #expect(recap.assertion == .present && recap.temporal == .stable)
        let without = try #require(try extract.finding("nodule", in: "A nodule of 5 mm is seen in the right lung middle lobe, without a "
            + "significant change in size."))
        #expect(without.assertion == .present && without.temporal == .stable)
        #expect(try extract.finding("nodule", in: "A nodule without calcification is seen in the right lung middle lobe.")?.temporal == nil)
    }

    /// Change words in other words still (probe P170): "partial resorption", "have become less evident", "have faded", "has
    /// almost disappeared" (still there) are decreases; "has doubled in size", "have become more evident" increases; "a similar
    /// appearance to the previous examination" stable; the density of "increased in extent and density" is no opacity. "More
    /// evident in the right lung" says where, "a similar appearance in the lingula" a likeness: no change.
    @Test func changeWordsInOtherWords() throws {
        func change(_ type: String, _ sentence: String) throws -> String {
            let finding = try #require(try extract.finding(type, in: sentence), "\(sentence)")
            return "\(finding.assertion.rawValue) \(finding.temporal?.rawValue ?? "-")"
        }
        #expect(try change("consolidation", "The consolidation in the right lung lower lobe shows partial resorption.") == "present decreased")
        #expect(try change("ground-glass-opacity", "The ground glass areas in the left lung have become less evident.") == "present decreased")
        #expect(try change("ground-glass-opacity", "The ground glass areas in the left lung have faded.") == "present decreased")
        #expect(try change("pleural-effusion", "The pleural effusion on the left has almost disappeared.") == "present decreased")
        #expect(try change("nodule", "The nodule in the left lung lower lobe has doubled in size.") == "present increased")
        #expect(try change("ground-glass-opacity", "The ground glass areas in both lungs have become more evident.") == "present increased")
        #expect(try change("nodule", "The nodule in the left lung lower lobe shows a similar appearance to the previous examination.")
            == "present stable")
        let spread = try extract.findings("The ground glass areas in the right lung have increased in extent and density.")
        #expect(spread.map { "\($0.type) \($0.temporal?.rawValue ?? "-")" } == ["ground-glass-opacity increased"])
        #expect(try change("ground-glass-opacity", "Ground glass opacities are more evident in the left lung.") == "present -")
        let likeness = try extract.findings("A nodule is seen in the left lung upper lobe and a similar appearance is observed in the "
            + "right lung middle lobe.")
        #expect(likeness.map { $0.temporal } == [nil, nil])
    }

    /// "An increase in the X", "a decrease in the X" change the finding right after them, and no other.
    @Test func anIncreaseInTheFindingChangesIt() throws {
        #expect(try extract.finding("pleural-effusion", in: "Compared to the previous examination, there is an increase in the "
            + "pleural effusion on the right.")?.temporal == .increased)
        #expect(try extract.finding("consolidation", in: "There was a slight decrease in the consolidation areas in the lower lobe "
            + "of the right lung.")?.temporal == .decreased)
        #expect(try extract.finding("nodule", in: "There is an increase in the left lung upper lobe, a nodule of 5 mm.")?.temporal == nil)
        #expect(try extract.finding("reticulation", in: "In the superior segments of the bilateral lower lobes, there are increases in "
            + "the posterior subpleural reticular density.")?.temporal == nil)
        // Without "the" too, for a decrease or reduction (audit mechanism M20b); not a finding named "decrease in …".
        #expect(try extract.finding("consolidation", in: "A decrease in consolidations in the superior segment of the right lung "
            + "lower lobe is noted.")?.temporal == .decreased)
        #expect(try extract.finding("bronchiectasis", in: "Reduction in bronchiectasis in both lower lobes.")?.temporal == .decreased)
        #expect(try extract.finding("low-density", in: "A decrease in density consistent with steatosis is observed in the liver.")?
            .temporal == nil)
        #expect(try extract.finding("emphysema", in: "There is a decrease in emphysematous density in both lungs.")?.temporal == nil)
    }

    /// What a denied finding is "compatible with" is denied too, however far the negation stands.
    @Test func aDeniedFindingsInterpretationIsDenied() throws {
        let pneumonia = try #require(try extract.finding("pneumonia", in: "Apart from this, no significant nodule formation in "
            + "both lungs, pleural effusion, pneumothorax or any finding compatible with pneumonia were detected."))
        #expect(pneumonia.assertion == .absent)
        #expect(try extract.finding("pneumonia", in: "Pleural effusion and consolidation compatible with pneumonia were detected.")?.assertion
            == .present)
        // Places and link words between the denied finding and a second interpretation cue do not part them.
        let embolism = try #require(try extract.finding("pulmonary-embolism", in: "There is no filling defect in favor of "
            + "thrombus or mass in the heart cavities and in favor of embolism in the pulmonary vascular structures."))
        #expect(embolism.assertion == .absent)
        #expect(try extract.finding("pulmonary-embolism", in: "Mass in the left atrium is observed and in favor of embolism in the "
            + "lower lobe arteries, contrast study is recommended.")?.assertion != .absent)
    }

    /// Audit T and U wordings: "may primarily belong to", "high suspicion for" and "cannot be clearly differentiated
    /// between" doubt; "not found to be compatible with" denies; "also observed in the patient's previous" is no change.
    @Test func hedgesAndDenialsOfTheAudits() throws {
        #expect(try assertions("The nodular density increases in the middle lobe may primarily belong to the atelectatic parenchyma.")["atelectasis"]
            == "uncertain")
        #expect(try assertions("Consolidation areas with high suspicion for Covid-19 pneumonia in both lower lobes.")["pneumonia"] == "uncertain")
        let between = try assertions("Densities that cannot be clearly differentiated between ground glass and mosaic attenuation are observed.")
        #expect(between["ground-glass-opacity"] == "uncertain" && between["mosaic-attenuation"] == "uncertain")
        #expect(try assertions("It was not found to be compatible with pneumonia.") == ["pneumonia": "absent"])
        #expect(try extract.findings("There are millimetric nodules in both lungs, which were also observed in the patient's previous CT examination.")
            .first?.temporal == .stable)
    }

    /// "Section No: 71/192" points at an image; its "No" denies nothing.
    @Test func anImageNumberIsNoNegation() throws {
        #expect(try assertions("A newly emerged (Section No: 55/192) nodule of 3 mm in diameter was observed in the left lung upper lobe.")
            == ["nodule": "present"])
        #expect(try assertions("No nodule was observed (Image No: 55).") == ["nodule": "absent"])
    }

    /// A question right after a finding's place doubts that finding, as it does right after the finding ("Kidney cyst?"): the
    /// place and the "in the" that brings it in stand between. It does not reach an item listed before the finding it doubts.
    @Test func aQuestionAfterAPlaceDoubtsTheFindingPlaced() throws {
        #expect(try assertions("Cyst in the left kidney?") == ["cyst": "uncertain"])
        #expect(try assertions("Hemangioma in the liver?") == ["hemangioma": "uncertain"])
        #expect(try assertions("Nodule in the lower lobe of the left lung?") == ["nodule": "uncertain"])
        #expect(try assertions("Cyst in the left kidney.") == ["cyst": "present"])
        #expect(try assertions("Pleural effusion on the left, nodule in the right lung?")
            == ["pleural-effusion": "present", "nodule": "uncertain"])
        #expect(try assertions("Nodules in both lungs, metastasis?") == ["nodule": "present", "mass": "uncertain"])
        #expect(try assertions("Atelectasis in the left lower lobe, pneumonia?") == ["atelectasis": "present", "pneumonia": "uncertain"])
    }

    /// Mechanism 134: a question that closes its sentence doubts the last finding of its clause however far it stands; the
    /// findings named before that one keep their assertion, and a lone "?" after a full stop doubts nothing.
    @Test func aQuestionClosingItsSentenceDoubtsItsLastFinding() throws {
        #expect(try assertions("One hypodense cyst with a size of 14 mm measured in the posterior of the right lobe of the liver?")
            == ["cyst": "uncertain"])
        #expect(try assertions("Nodular increase in thickness adenoma in the left adrenal gland, in which fat density is also observed?")["adenoma"]
            == "uncertain")
        #expect(try assertions("Central mass in the right lung, postobstructive atelectasis in the right upper lobe anterior segment?")
            == ["mass": "present", "atelectasis": "uncertain"])
        #expect(try assertions("One hypodense cyst with a size of 14 mm measured in the posterior of the right lobe of the liver.")
            == ["cyst": "present"])
        #expect(try assertions("Degenerative changes are observed in the bone structures in the study area. ?.")
            .values.allSatisfy { $0 == "present" })
    }

    /// Audit QQQQQQQ: a question after "in the first place" doubts the diagnosis it ranks; without "?" it stays present.
    @Test func aQuestionAfterInTheFirstPlace() throws {
        #expect(try assertions("Early infectious process pneumonia in the first place?")["pneumonia"] == "uncertain")
        #expect(try assertions("Early infectious process pneumonia in the first place.")["pneumonia"] == "present")
        // Audit UUUUUUUU: "(small airway disease?, small vessel disease)" doubts both; audit TTTTTTTT: "No pathological finding
        // was detected in the dilated bronchial wall" denies nothing in the bronchiectasis named before.
        let pair = try assertions("Mosaic attenuation pattern in both lungs (small airway disease?, small vessel disease).")
        #expect(pair["bronchiolitis"] == "uncertain" && pair["small-vessel-disease"] == "uncertain")
        #expect(try extract.findings("Cylindrical bronchiectasis is observed in the right lower lobe. No pathological finding was "
            + "detected in the dilated bronchial wall.").allSatisfy { $0.assertion == .present })
        // Audit DDDDDDDDD: "widely reported imaging findings for X" doubts X, as "… features of".
        #expect(try assertions("Widely reported imaging findings for Covid-19 pneumonia due to pandemic.")["pneumonia"] == "uncertain")
        // Audit E11: what "has turned into" something else is gone.
        #expect(try assertions("The consolidation areas observed in the previous examination have turned into ground glass "
            + "densities in the current examination.")["consolidation"] == "absent")
        // Audit TTTTTTTTT: "should be considered in the differential diagnosis" reaches past a short phrase on its subject.
        let differential = try assertions("Small airway disease and viral pneumonia developing on this basis should be considered in the "
            + "differential diagnosis.")
        #expect(differential["bronchiolitis"] == "uncertain" && differential["pneumonia"] == "uncertain")
        // Audit YYYYYYYYY: its active-voice calque "imaging features that commonly report X".
        #expect(try assertions("The appearance is consistent with imaging features that commonly report Covid-19 pneumonia.")["pneumonia"]
            == "uncertain")
        // Audit QQQQQQQQQ: "commonly cited imaging findings of X" too.
        #expect(try assertions("The areas are compatible with the commonly cited imaging findings of Covid-19 pneumonia.")["pneumonia"]
            == "uncertain")
        // Audit KKKKKKKK: the active voice of "frequently encountered in".
        #expect(try assertions("Findings are among the findings we frequently encounter in Covid-19 pneumonia.")["pneumonia"]
            == "uncertain")
    }

    /// Audit IIIIIIII: the infection of "the sequelae of previous TB infection" is past; lymph nodes that "cannot be distinguished
    /// from vascular structures" are there; "an increase is observed in X" is X's increase.
    @Test func pastInfectionAndIndistinctNodes() throws {
        #expect(try assertions("Findings favoring the sequelae of previous TB infection.")["pneumonia"] == "absent")
        #expect(try assertions("Due to the lack of contrast material, peribronchial lymph nodes cannot be distinguished from vascular "
            + "structures.")["lymphadenopathy"] == "present")
        #expect(try extract.findings("An increase is observed in bronchiectasis in both lungs.").first?.temporal == .increased)
        // Audit LLLLLLLL: an earlier examination named without "previous": no change.
        #expect(try extract.findings("Pleural effusion on the right is also present in the examination of the case dated last "
            + "year.").first?.temporal == .stable)
        // Audit C14: "could not be observed in the current examination" is gone now; the atelectasis it is due to is there.
        let unseen = try extract.findings("The nodule seen in the previous study in the left lower lobe could not be observed in the "
            + "current examination due to atelectasis.")
        #expect(unseen.map(\.assertion) == [.absent, .present])
        // Audit I14: "This view" (MT of "this appearance") names the findings of the sentence before.
        #expect(try extract.findings("Peribronchial thickening is observed in both lungs. This view is new compared with the previous "
            + "study.").first?.temporal == .new)
        // Audit H14: what the patient "was followed up for" is history, not a finding of this examination; audit T50: nor a
        // denied one (it said the consolidation the case was followed for was gone). A nodule followed up and seen is there.
        #expect(try assertions("Nodules are seen in both lungs of the patient, who was followed up for consolidation in the right "
            + "lung.") == ["nodule": "present"])
        #expect(try assertions("Tree-in-bud densities are noted in the left lower lobe in the case, who was followed up for "
            + "bronchiectasis.") == ["tree-in-bud": "present"])
        #expect(try assertions("A nodule that was followed up in the right middle lobe for two years is seen again.")
            == ["nodule": "present"])
        // Sweep U31: "no appearance suggestive of X" denies X; a reason after "since" is seen, not hedged.
        #expect(try assertions("No appearance suggestive of a fracture line was detected in the ribs.")["fracture"] == "absent")
        #expect(try assertions("Hypersensitivity pneumonitis may be considered in the differential diagnosis, since the old "
            + "nodules in both lungs have regressed.")["nodule"] == "present")
        // Sweep P31: an operated tumour is the case's history: no finding of this examination, its organ no place of the next.
        #expect(try extract.findings("Operated colon tumor on follow-up. A 4 mm nodule is seen in the right upper lobe.")
            .map { "\($0.type) \($0.laterality.rawValue)" } == ["nodule right"])
        #expect(try extract.findings("A mass is observed in the colon.").map(\.type) == ["mass"])
        // Audit D14: "were formed in the current examination" is new.
        #expect(try extract.findings("Several nodules were formed in the current examination in the right lung.").first?.temporal == .new)
        // Audit B14: "continues" ending the sentence is still there; "continues to the apex" an extension, no change.
        #expect(try extract.findings("When compared with the previous study, the ground glass area in the lower lobe of the left lung "
            + "continues.").first?.temporal == .stable)
        #expect(try extract.findings("The pleural effusion on the right continues to the apex of the lung.").first?.temporal == nil)
    }

    /// Audit DDDDDDDD: a lymph node that "cannot be distinguished in non-contrast examination" is a limit of the study (doubted,
    /// not denied); "in favor of malignancy" names no mass of its own.
    @Test func limitsOfTheStudyAndWhatADeniedLesionWouldBe() throws {
        #expect(try assertions("At the hilar level, the pathological size of the lymph node cannot be distinguished in non-contrast "
            + "examination.")["lymphadenopathy"] == "uncertain")
        #expect(try extract.findings("No mass or nodular lesion in favor of malignancy was detected in both lungs.")
            .allSatisfy { $0.assertion == .absent } )
        #expect(try extract.findings("No mass or nodular lesion in favor of malignancy was detected in both lungs.").count == 2)
    }

    /// Audit SSSSSSS: "correlations are recommended for X" doubts X; "that decrease from previous examination" is a decrease.
    @Test func correlationsAndDecreasesOfTheAudits() throws {
        #expect(try assertions("Clinical and laboratory correlations are recommended for viral pneumonias.")["pneumonia"] == "uncertain")
        // Audit Y13: "primarily" and an unknown hyphenated pair keep a list of considerations one phrase, all of it doubted.
        #expect(try extract.findings("Evaluation in terms of infective processes, primarily bacterial pneumonias and bacterial-viral "
            + "pneumonias, is suggested.").allSatisfy { $0.assertion == .uncertain })
        #expect(try extract.findings("Bilateral pleural effusion that decrease from previous examination is observed.").first?.temporal
            == .decreased)
    }

    /// Sweep N32 (negation scopes): a mass "with distinguishable borders" is this data's denial template; what denied nodules
    /// would be suspicious for is denied with them; an enhancement denied in lesions leaves the lesions; after a denial, ", and"
    /// sequelae bands in their own places are there; a study limit ("do not work and enter") denies nothing.
    @Test func negationScopesOfSweepN() throws {
        #expect(try assertions("Detection of a mass lesion with distinguishable borders in both lungs.")["mass"] == "absent")
        #expect(try extract.findings("Nodules with high suspicion of metastasis were not detected.")
            .allSatisfy { $0.assertion == .absent })
        let uptake = try assertions("No significant contrast material uptake was detected in the hypodense lesions in the liver.")
        #expect(uptake["low-density"] == "present")
        let bands = try assertions("There is no finding in favor of pneumonic infiltration in both lung parenchyma, and "
            + "pleuroparenchymal sequelae bands in both apices.")
        #expect(bands["pneumonic-infiltration"] == "absent" && bands["fibrotic-band"] == "present")
        #expect(try assertions("The upper abdominal organs do not work and enter the partial state, and findings in favor of "
            + "steatosis are observed in the liver.")["hepatosteatosis"] == "present")
        #expect(try assertions("A nodule without calcification is observed in the right lower lobe.")["nodule"] == "present")
        // Audit K32: "similar lesions can be observed in" a disease doubts the disease and names no lesion of its own.
        #expect(try extract.findings("Ground glass areas are observed in the right upper lobe. Similar lesions can be observed in "
            + "Covid-19 pneumonia.").map { "\($0.type) \($0.assertion.rawValue)" }
            == ["ground-glass-opacity present", "pneumonia uncertain"])
        // Sweep V: what a check is recommended for is not seen; a liver density decreased "in line with" steatosis is read as
        // it (interpreted, no change over time).
        #expect(try assertions("It is recommended to check for ground glass density in the right lower lobe.")["ground-glass-opacity"]
            == "uncertain")
        let liver = try extract.findings("Liver parenchyma density decreased in line with hepatosteatosis.")
        #expect(liver.map { "\($0.type) \($0.interpreted) \($0.temporal?.rawValue ?? "-")" }
            == ["low-density true -", "hepatosteatosis false -"])
    }

    @Test func findingsInClinicalInformationAreNotFindings() throws {
        #expect(try extract.findings("CLINICAL INFORMATION: Pneumonia?\nFINDINGS: Lungs are clear.").isEmpty)
    }

    /// Each finding the sentence names gets its own assertion, read in phrase order; a generic word its place gives no type
    /// ("peribronchial foci") is no finding, beside one that is.
    @Test func eachNamedFindingGetsItsOwnAssertion() throws {
        let list = try extract.findings("No pleural effusion or pneumothorax was detected, but there is a nodule.")
        #expect(list.map(\.type) == ["pleural-effusion", "pneumothorax", "nodule"])
        #expect(list.map(\.assertion) == [.absent, .absent, .present])
        #expect(try extract.findings("Peribronchial foci and a nodule in the right lower lobe are seen.").map(\.type) == ["nodule"])
        #expect(try extract.findings("Peribronchial foci are seen.").isEmpty)
    }
    /// Mechanism 140: readings an interpretation cue offers as alternatives joined by "or" are a differential, each doubted;
    /// the appearance read stays present. "X or Y" with no reading cue, alternatives that all go with another finding (a
    /// band atelectasis or sequelae, labelled both), and a denial are left as they were.
    @Test func alternativeReadingsAreDoubted() throws {
        let mosaic = try assertions("There is mosaic attenuation consistent with small airway or small vessel disease in both lung "
            + "parenchyma.")
        #expect(mosaic["mosaic-attenuation"] == "present" && mosaic["bronchiolitis"] == "uncertain"
            && mosaic["small-vessel-disease"] == "uncertain")
        let kidney = try assertions("There is an appearance compatible with ectasia or cyst in the pelvicalyceal system in the left "
            + "kidney.")
        #expect(kidney["hydronephrosis"] == "uncertain" && kidney["cyst"] == "uncertain")
        let plain = try assertions("Nodules or masses are observed in both lungs.")
        #expect(plain.values.allSatisfy { $0 == "present" })
        let band = try assertions("In the left lung, a linear increase in density consistent with band atelectasis or sequelae "
            + "changes is observed in the upper lobe.")
        #expect(band["linear-atelectasis"] == "present" && band["fibrotic-sequela"] == "present")
        let denied = try assertions("No finding consistent with pleural effusion or pneumothorax was detected.")
        #expect(denied["pleural-effusion"] == "absent" && denied["pneumothorax"] == "absent")
        // A cue offering alternatives (`alternatives` in cues.xml) names a differential as well; one finding after it is
        // the neighbour the lesion merges with, still there.
        let merged = try assertions("The opacity in the left lower lobe could not be distinguished from atelectasis or pneumonia.")
        #expect(merged["atelectasis"] == "uncertain" && merged["pneumonia"] == "uncertain")
        let neighbour = try assertions("The mass cannot be distinguished from atelectasis in the right lower lobe.")
        #expect(neighbour["mass"] == "present" && neighbour["atelectasis"] == "present")
        let adjective = try assertions("The opacity is indistinguishable from pneumonia or atelectasis.")
        #expect(adjective["pneumonia"] == "uncertain" && adjective["atelectasis"] == "uncertain")
    }
    /// A bracket after a finding naming readings of other types joined by commas or "or", with no question mark, is a
    /// differential too: each reading doubted, the finding before the bracket present. A bracket listing findings with
    /// "and", or readings that all go with another finding (secondary), is left as it was.
    @Test func bracketedAlternativeReadingsAreDoubted() throws {
        let mosaic = try assertions("Patchy mosaic attenuation is noted in the lower lobes of both lungs (small vessel disease, "
            + "small airway disease).")
        #expect(mosaic["mosaic-attenuation"] == "present" && mosaic["bronchiolitis"] == "uncertain"
            && mosaic["small-vessel-disease"] == "uncertain")
        let glass = try assertions("Ground glass densities are seen in both lungs (viral pneumonia or pulmonary edema).")
        #expect(glass["ground-glass-opacity"] == "present" && glass["pneumonia"] == "uncertain"
            && glass["pulmonary-edema"] == "uncertain")
        let both = try assertions("Density increases are observed in the left lower lobe (consolidation and atelectasis).")
        #expect(both["consolidation"] == "present" && both["atelectasis"] == "present")
        let scar = try assertions("Linear densities are present in the right middle lobe (atelectasis, sequelae).")
        #expect(scar["atelectasis"] == "present" && scar["fibrotic-sequela"] == "present")
    }

    @Test func anExistentialDenialStopsAtAClauseWithItsOwnSubject() throws {
        // "There is no" holds its clause's verb: the clause after "and" with a subject and verb of its own is not denied.
        let sides = try extract.findings("There is no effusion in the right pleural space, and a minimal effusion is observed "
            + "in the left pleural space.")
        #expect(sides.map(\.assertion) == [.absent, .present])
        #expect(try assertions("There is no pneumothorax, and a minimal pleural effusion is observed on the right.")
            == ["pneumothorax": "absent", "pleural-effusion": "present"])
        // A list after it, or an "and" without a verb of its own after it, stays denied.
        #expect(try assertions("There is no pleural effusion, thickening, and pneumothorax.")
            == ["pleural-effusion": "absent", "pleural-thickening": "absent", "pneumothorax": "absent"])
        #expect(try assertions("There are no nodules in the right lung, and masses in the left lung.")
            == ["nodule": "absent", "mass": "absent"])
    }

    @Test func anExistentialDenialKeepsItsLongerForms() throws {
        // The past tense holds its verb too.
        #expect(try extract.findings("There were no nodules in the right lung, and a 4 mm nodule is observed in the left lung "
            + "lower lobe.").map(\.assertion) == [.absent, .present])
        // "there is no" does not cut "no finding suggestive of" short, leaving the hedge "suggestive of".
        #expect(try assertions("There is no finding suggestive of active infiltration in both lungs.") == ["opacity": "absent"])
        #expect(try assertions("There are no findings suggestive of pneumonia.") == ["pneumonia": "absent"])
        #expect(try assertions("There is no appearance that could be evaluated in favor of pneumonic infiltration.")
            == ["pneumonic-infiltration": "absent"])
    }

    /// Probe P174: "not ruled out" is a doubt (a double negation), not a denial by "not" nor a finding left present.
    @Test func aDenialOfExclusionIsADoubt() throws {
        #expect(try assertions("Pneumonia is not ruled out.") == ["pneumonia": "uncertain"])
        #expect(try assertions("A mass lesion has not been ruled out in the left hilum.") == ["mass": "uncertain"])
        // A plain backward denial stays one.
        #expect(try assertions("Pneumonia was not detected.") == ["pneumonia": "absent"])
    }

    /// Probe P174: a modal presence after the finding ("may be present", "may exist") doubts it.
    @Test func aModalPresenceIsADoubt() throws {
        #expect(try assertions("A small nodule may be present in the left lower lobe.") == ["nodule": "uncertain"])
        #expect(try assertions("Consolidation may exist in the right lower lobe.") == ["consolidation": "uncertain"])
        #expect(try assertions("A small nodule is present in the left lower lobe.") == ["nodule": "present"])
    }

    /// Probe P174: a doubt said after a comma of a subject of its own doubts neither the finding before the comma nor a
    /// finding that is its evidence; a list it closes with "or" is doubted as a whole.
    @Test func aDoubtAfterACommaIsSaidOfItsOwnSubject() throws {
        #expect(try assertions("Nodules in both lungs, metastasis cannot be excluded.") == ["nodule": "present", "mass": "uncertain"])
        #expect(try assertions("Consolidation in the right upper lobe, an underlying mass cannot be excluded.")
            == ["consolidation": "present", "mass": "uncertain"])
        #expect(try assertions("Atelectasis in the right lower lobe, and a central mass cannot be ruled out.")
            == ["atelectasis": "present", "mass": "uncertain"])
        let evidence = try assertions("Considering the consolidation with air bronchograms, pneumonia is primarily considered.")
        #expect(evidence["consolidation"] == "present" && evidence["pneumonia"] == "uncertain")
        #expect(try assertions("Metastasis, pneumonia or atelectasis cannot be excluded.")
            == ["mass": "uncertain", "pneumonia": "uncertain", "atelectasis": "uncertain"])
        #expect(try assertions("Pleural effusion and atelectasis cannot be excluded.")
            == ["pleural-effusion": "uncertain", "atelectasis": "uncertain"])
    }

    /// Probe P174: what a denied finding suggests is denied with it ("suggestive of", "suggesting"), not doubted.
    @Test func whatADeniedFindingSuggestsIsDenied() throws {
        #expect(try assertions("No nodule suggestive of metastasis was detected.") == ["nodule": "absent", "mass": "absent"])
        #expect(try assertions("No filling defect suggesting pulmonary embolism was observed in the pulmonary arteries.")
            == ["filling-defect": "absent", "pulmonary-embolism": "absent"])
        // What a finding that is there suggests stays doubted.
        let glass = try assertions("Ground glass opacities suggesting viral pneumonia are observed in both lungs.")
        #expect(glass["ground-glass-opacity"] == "present" && glass["pneumonia"] == "uncertain")
    }

    /// Probe P174: a clause verb ends its clause at an "and" after the places said right after it: the doubt of the clause
    /// after it is not the finding's before it. With no verb, the list before the cue is doubted whole.
    @Test func aClauseVerbEndsItsClauseAtAnAndPastItsPlaces() throws {
        #expect(try assertions("A 3 mm nodule is observed in the left upper lobe and metastasis cannot be excluded.")
            == ["nodule": "present", "mass": "uncertain"])
        #expect(try assertions("A nodule in the left upper lobe and metastasis cannot be excluded.")
            == ["nodule": "uncertain", "mass": "uncertain"])
    }
}
