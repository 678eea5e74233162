import RadTestSupport
import RadText
import Testing

/// Section headers of Grammars/segmentation.xml.
@Suite struct SectionDetectorTests {
    let segmenter = try! Segmenter()

    @Test func headerlessTextIsFindings() throws {
        let sentences = try segmenter.sentences("Trachea is open. Heart is normal.")
        #expect(sentences.map(\.section) == [.findings, .findings])
    }

    @Test func headersOpenSections() throws {
        let text = """
            CLINICAL INFORMATION: Cough.
            TECHNIQUE: Non-contrast images were taken with a section thickness of 1.5 mm.
            FINDINGS: A 5 mm nodule in the right lung.
            IMPRESSION: Nodule.
            """
        let sentences = try segmenter.sentences(text)
        #expect(sentences.map(\.section) == [.clinicalInformation, .technique, .findings, .impression])
        #expect(sentences.map(\.text) == ["Cough.", "Non-contrast images were taken with a section thickness of 1.5 mm.",
                                          "A 5 mm nodule in the right lung.", "Nodule."])
    }

    @Test func headerRightAfterAPeriod() throws {
        let sentences = try segmenter.sentences("The heart is normal.IMPRESSION: Normal study.")
        #expect(sentences.map(\.text) == ["The heart is normal.", "Normal study."])
        #expect(sentences.map(\.section) == [.findings, .impression])
        // "Conclusion." as a sentence of its own (`period` in segmentation.xml); not "conclusion" inside a sentence.
        let period = try segmenter.sentences("Bone structures are normal. Conclusion. Emphysema in both lungs.")
        #expect(period.map(\.section) == [.findings, .impression])
        #expect(try segmenter.sentences("There is no conclusion. Emphysema.").map(\.section) == [.findings, .findings])
    }

    @Test func headerAloneOnItsLineAndAnyCase() throws {
        let sentences = try segmenter.sentences("Findings:\nLungs are clear.\nImpression\nNormal.")
        #expect(sentences.map(\.section) == [.findings, .impression])
        #expect(sentences.map(\.text) == ["Lungs are clear.", "Normal."])
    }

    @Test func headerWordsInsideSentencesAreNotHeaders() throws {
        let sentences = try segmenter.sentences("No findings of pneumonia. The impression is of infection: stable.")
        #expect(sentences.allSatisfy { $0.section == .findings })
    }

    @Test func longestHeaderWins() throws {
        let sentences = try segmenter.sentences("Clinical information: Fever.\nFindings: Clear.")
        #expect(sentences.map(\.section) == [.clinicalInformation, .findings])
    }

    /// CT-CLIP's labelled reports: findings and impression in one text without headers, the impression opening with a
    /// bare quote or bullet at a sentence start. Not inside a sentence, and not where a header says the sections.
    @Test func aMarkerOpensTheImpressionOfAHeaderlessReport() throws {
        let quoted = try segmenter.sentences("No lytic lesion in bone structures. \" Emphysema in both lungs. Hiatal hernia.")
        #expect(quoted.map(\.section) == [.findings, .impression, .impression])
        #expect(quoted.map(\.text) == ["No lytic lesion in bone structures.", "Emphysema in both lungs.", "Hiatal hernia."])
        let bullet = try segmenter.sentences("Heart is normal. • Emphysema in both lungs.")
        #expect(bullet.map(\.section) == [.findings, .impression])
        // … a curly opening quote or a middle-dot bullet too.
        #expect(try segmenter.sentences("Heart is normal. “Emphysema in both lungs.").map(\.section) == [.findings, .impression])
        #expect(try segmenter.sentences("Heart is normal. · Emphysema in both lungs.").map(\.section) == [.findings, .impression])
        // … and a dash bullet glued to its first word (not a dash inside a sentence).
        #expect(try segmenter.sentences("Bone structures are normal. -Budding tree appearances in the left lung.").map(\.section)
            == [.findings, .impression])
        #expect(try segmenter.sentences("Nodules 2-3 mm are observed. Heart is normal.").map(\.section) == [.findings, .findings])
        // … also after a bracket closing right after its sentence's question (audit B12).
        #expect(try segmenter.sentences("A collection in the chest wall (hematoma?) \" Emphysema in both lungs.").map(\.section)
            == [.findings, .impression])
        let inside = try segmenter.sentences("Appearance described as \" tree in bud \" in the right lung. Heart is normal.")
        #expect(inside.map(\.section) == [.findings, .findings])
        let headed = try segmenter.sentences("FINDINGS: Heart is normal. \" Emphysema in both lungs. IMPRESSION: Emphysema.")
        #expect(headed.map(\.section) == [.findings, .findings, .findings, .impression])
        #expect(headed.map(\.text) == ["Heart is normal.", "\"", "Emphysema in both lungs.", "Emphysema."])
    }

    /// Probe P175: a header whose words stand several spaces or a tab apart, and one after a byte-order mark opening the
    /// file (Windows editors write one), opens its section as "CLINICAL INFORMATION:" does.
    @Test func headerWithSpreadWordsOrAfterAByteOrderMark() throws {
        let spread = try segmenter.sentences("CLINICAL   INFORMATION:   Cough.\nCLINICAL\tINFORMATION: Fever.\nFINDINGS:   Nodule.")
        #expect(spread.map(\.section) == [.clinicalInformation, .clinicalInformation, .findings])
        #expect(spread.map(\.text) == ["Cough.", "Fever.", "Nodule."])
        let marked = try segmenter.sentences("\u{FEFF}FINDINGS: A nodule.\nIMPRESSION: Nodule.")
        #expect(marked.map(\.section) == [.findings, .impression])
        #expect(marked.map(\.text) == ["A nodule.", "Nodule."])
        // (the words of a header are still whole words: "CLINICAL INFORMATIONS:" is none)
        #expect(try segmenter.sentences("CLINICAL  INFORMATIONS: Cough.").allSatisfy { $0.section == .findings })
    }

    /// Probe P175: other names of the sections — "Comment:", "Summary:", "Assessment:" an impression, "Description:" the
    /// findings, "Clinical indication:", "Clinical question:", "Clinical data:", "Reason for examination:" the clinical
    /// information; not "Diagnosis:", which also opens a clinical history.
    @Test func otherSectionNames() throws {
        let text = """
            Clinical indication: Fever.
            Description: Consolidation in the right lower lobe.
            Comment: Pneumonia.
            """
        #expect(try segmenter.sentences(text).map(\.section) == [.clinicalInformation, .findings, .impression])
        #expect(try segmenter.sentences("Reason for examination: Cough.\nFindings: Nodule.\nSummary: Nodule.").map(\.section)
            == [.clinicalInformation, .findings, .impression])
        #expect(try segmenter.sentences("Clinical question: Cough.\nClinical data: Fever.\nAssessment: Normal.").map(\.section)
            == [.clinicalInformation, .clinicalInformation, .impression])
        #expect(try segmenter.sentences("Diagnosis: Lung cancer.\nFindings: Nodule.").allSatisfy { $0.section == .findings })
    }

    /// Probe P175: at the start of a line a spaced dash may end a header ("Impression - Pneumonia."); not a dash glued to
    /// it, nor one after a header inside a line.
    @Test func headerEndedByADash() throws {
        let text = "Clinical information - Fever.\nFindings – Consolidation in the right lower lobe.\nImpression - Pneumonia."
        #expect(try segmenter.sentences(text).map(\.section) == [.clinicalInformation, .findings, .impression])
        #expect(try segmenter.sentences(text).map(\.text) == ["Fever.", "Consolidation in the right lower lobe.", "Pneumonia."])
        #expect(try segmenter.sentences("Findings: Nodule.\nImpression-based follow-up is advised.").map(\.section)
            == [.findings, .findings])
        #expect(try segmenter.sentences("Findings: Nodule. Impression - none.").map(\.section) == [.findings, .findings])
    }

    @Test func emptySectionsGiveNoSentences() throws {
        let sentences = try segmenter.sentences("FINDINGS:\nIMPRESSION: Normal.")
        #expect(sentences.map(\.section) == [.impression])
    }
}
