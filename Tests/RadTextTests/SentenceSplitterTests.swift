import RadTestSupport
import RadText
import Testing

/// Sentence boundaries on CT-RATE-style text: ICU plus the rules of Grammars/segmentation.xml and
/// the abbreviations of Lexicons/cues.xml.
@Suite struct SentenceSplitterTests {
    let segmenter = try! Segmenter()

    /// Each case: the report text, and the sentences it must give.
    static let cases: [(String, [String])] = [
        // Abbreviations followed by a number or a capital do not end a sentence.
        ("A nodule measuring approx. 3.5 mm is seen in the right lung. No effusion.",
         ["A nodule measuring approx. 3.5 mm is seen in the right lung.", "No effusion."]),
        ("Small nodules, e.g. near the major fissure, are seen. Stable.",
         ["Small nodules, e.g. near the major fissure, are seen.", "Stable."]),
        ("Lymph node station No. 4 is enlarged. Heart size is normal.",
         ["Lymph node station No. 4 is enlarged.", "Heart size is normal."]),
        ("See Fig. 2 for the nodule. It is stable.", ["See Fig. 2 for the nodule.", "It is stable."]),
        ("Findings, e.g. MRI and CT correlation, are advised. Done.",
         ["Findings, e.g. MRI and CT correlation, are advised.", "Done."]),
        ("Mild changes vs. Prior exam are noted. Done.", ["Mild changes vs. Prior exam are noted.", "Done."]),
        ("Dr. Smith reviewed the images. Done.", ["Dr. Smith reviewed the images.", "Done."]),
        ("The nodule is calcified, i.e. Benign. Done.", ["The nodule is calcified, i.e. Benign.", "Done."]),
        ("Approx. 40% of the left lung is collapsed. Done.", ["Approx. 40% of the left lung is collapsed.", "Done."]),
        ("Nodule of max. 5 mm. Stable.", ["Nodule of max. 5 mm.", "Stable."]),
        ("Compared with e.g. 3 mm before. Stable.", ["Compared with e.g. 3 mm before.", "Stable."]),
        // "No" ends nothing only before a number: a sentence may start with "No".
        ("Heart size is normal. No effusion. No. 7 node is small.",
         ["Heart size is normal.", "No effusion.", "No. 7 node is small."]),
        // A word is an abbreviation only whole: "overlap" (longer than every abbreviation) and "lump" end in "p" (a page
        // before a number) but end their sentences.
        ("There is pleural overlap. 2 nodules are seen in the left lung.",
         ["There is pleural overlap.", "2 nodules are seen in the left lung."]),
        ("A soft tissue lump. 3 nodules in the right lung.", ["A soft tissue lump.", "3 nodules in the right lung."]),
        ("Lesion on p. 4 of the prior report. Stable.", ["Lesion on p. 4 of the prior report.", "Stable."]),
        // "ca." is circa before a number; elsewhere it is the cancer of "lung ca." and ends the sentence.
        ("A nodule of ca. 5 mm is seen. Done.", ["A nodule of ca. 5 mm is seen.", "Done."]),
        ("The patient underwent left lower lobectomy due to lung ca. There is pleural effusion on the left.",
         ["The patient underwent left lower lobectomy due to lung ca.", "There is pleural effusion on the left."]),
        // Decimals and dates are not boundaries.
        ("The nodule is 3.5 mm. It is stable.", ["The nodule is 3.5 mm.", "It is stable."]),
        ("A 1,2 cm mass is seen. Done.", ["A 1,2 cm mass is seen.", "Done."]),
        ("Compared with the CT dated 03.02.2020, the nodule is stable. No effusion.",
         ["Compared with the CT dated 03.02.2020, the nodule is stable.", "No effusion."]),
        ("A 3 x 4 x 5 cm mass. Done.", ["A 3 x 4 x 5 cm mass.", "Done."]),
        ("Nodule (series 3, image 112). Stable.", ["Nodule (series 3, image 112).", "Stable."]),
        // A sentence may start with a number; an abbreviation before one is no end.
        ("No finding compatible with pneumonia. 1-2 nonspecific nodules in both lungs.",
         ["No finding compatible with pneumonia.", "1-2 nonspecific nodules in both lungs."]),
        ("A nodule measuring approx. 5 mm is seen.", ["A nodule measuring approx. 5 mm is seen."]),
        // A missing space after a period still ends the sentence; initials do not.
        ("The heart is normal.The lungs are clear.", ["The heart is normal.", "The lungs are clear."]),
        ("Performed per U.S.A. guidelines. No effusion.", ["Performed per U.S.A. guidelines.", "No effusion."]),
        // CT-RATE's semicolon openings.
        ("When examined in the lung parenchyma window; A few millimetric nodules are observed.",
         ["When examined in the lung parenchyma window;", "A few millimetric nodules are observed."]),
        ("As far as can be seen; Trachea and both main bronchi are open.",
         ["As far as can be seen;", "Trachea and both main bronchi are open."]),
        ("When examined in the lung parenchyma window; no mass was detected in both lungs.",
         ["When examined in the lung parenchyma window; no mass was detected in both lungs."]),
        // … and colon openings, also before a lower-case word (every such colon in CT-RATE ends a header: audit Z12); not a
        // colon before a number.
        ("In the evaluation of both lung parenchyma: A nodule in the right lung lower lobe.",
         ["In the evaluation of both lung parenchyma:", "A nodule in the right lung lower lobe."]),
        ("Nodules in the right lung (IMA: 42) and in the evaluation of both lungs: a nodule in the left lung.",
         ["Nodules in the right lung (IMA: 42) and in the evaluation of both lungs:", "a nodule in the left lung."]),
        // Question marks inside a sentence.
        // A lower-case word after a full stop continues the sentence, but "no" opens one (`only-next`).
        ("Findings were evaluated. findings are stable. Heart is normal. no lymph node was observed. Done.",
         ["Findings were evaluated. findings are stable.", "Heart is normal.", "no lymph node was observed.", "Done."]),
        // ... and so does "could" (audit Q40: an impression item "could not be characterized …" after an item about the kidneys).
        ("Cortical thinning of both kidneys. could not be characterized, an adrenal nodule of 6 mm.",
         ["Cortical thinning of both kidneys.", "could not be characterized, an adrenal nodule of 6 mm."]),
        ("A nodular lesion (metastasis?) to the posterobasal segment is seen. Stable.",
         ["A nodular lesion (metastasis?) to the posterobasal segment is seen.", "Stable."]),
        ("Pneumonia? Clinical correlation is recommended.", ["Pneumonia?", "Clinical correlation is recommended."]),
        // ... nor inside a bracket that closes on its line; one left open ends the sentence as ICU says.
        ("Mosaic attenuation (small airway disease? Small vessel disease?) in both lungs. Done.",
         ["Mosaic attenuation (small airway disease? Small vessel disease?) in both lungs.", "Done."]),
        ("A nodule (granuloma? Stable. Pleural effusion is absent.", ["A nodule (granuloma?", "Stable.", "Pleural effusion is absent."]),
        ("Mosaic attenuation (small airway disease?, small vessel disease?) in both lungs. Done.",
         ["Mosaic attenuation (small airway disease?, small vessel disease?) in both lungs.", "Done."]),
        // A bracket opened only after a boundary does not hold it; one opened before it in its sentence does.
        ("Pneumonia? Clinical correlation (CT) is recommended.", ["Pneumonia?", "Clinical correlation (CT) is recommended."]),
        ("Effusion 1) small. Nodule (granuloma? Metastasis?) in the left lung.",
         ["Effusion 1) small.", "Nodule (granuloma? Metastasis?) in the left lung."]),
        // Line breaks: a lone one is a space, a blank line a boundary, list items stay apart.
        ("A nodule is seen in the right\nlower lobe. No effusion.", ["A nodule is seen in the right\nlower lobe.", "No effusion."]),
        ("A nodule is seen in the right\r\nlower lobe.", ["A nodule is seen in the right\r\nlower lobe."]),
        ("Heart size is normal\n\nLungs are clear", ["Heart size is normal", "Lungs are clear"]),
        // ... also the Unicode line and paragraph separators and NEL; a form feed is no line break.
        ("A nodule is seen in the right\u{2028}lower lobe. Stable.", ["A nodule is seen in the right\u{2028}lower lobe.", "Stable."]),
        ("Heart size is normal\u{2029}\u{2029}Lungs are clear", ["Heart size is normal", "Lungs are clear"]),
        ("Heart size is normal\u{85} \u{85}Lungs are clear", ["Heart size is normal", "Lungs are clear"]),
        ("Heart size is normal\u{0C}\u{0C}Lungs are clear", ["Heart size is normal\u{0C}\u{0C}Lungs are clear"]),
        ("1. Nodule in the right lung.\n2. Pleural effusion.", ["1. Nodule in the right lung.", "2. Pleural effusion."]),
        ("- Nodule in the right lung\n- Pleural effusion", ["- Nodule in the right lung", "- Pleural effusion"]),
        // Probe P175: in a section none of whose lines ends with a stop, the line breaks end its sentences (in capitals, in
        // lower case, with Windows line ends), save one before a lower-case word in a section that capitalises sentences.
        ("A 4 MM NODULE IN THE RIGHT UPPER LOBE\nATELECTASIS IN THE LEFT LOWER LOBE\nNO PLEURAL EFFUSION",
         ["A 4 MM NODULE IN THE RIGHT UPPER LOBE", "ATELECTASIS IN THE LEFT LOWER LOBE", "NO PLEURAL EFFUSION"]),
        ("a 4 mm nodule in the right upper lobe\r\natelectasis in the left lower lobe",
         ["a 4 mm nodule in the right upper lobe", "atelectasis in the left lower lobe"]),
        ("A nodule is seen in the right\nlower lobe", ["A nodule is seen in the right\nlower lobe"]),
        ("A nodule is seen in the right\nATELECTASIS IN THE LEFT LOWER LOBE.",
         ["A nodule is seen in the right\nATELECTASIS IN THE LEFT LOWER LOBE."]),
        // ... and a section in lower case starts its sentences lower-case: a stop ends them there.
        ("no pleural effusion. mild emphysema in both upper lobes.", ["no pleural effusion.", "mild emphysema in both upper lobes."]),
        ("No pleural effusion. Nodule (metastasis?) was seen.", ["No pleural effusion.", "Nodule (metastasis?) was seen."]),
        ("no effusion. nodule of approx. 3 mm.", ["no effusion.", "nodule of approx. 3 mm."]),
        // Lost line breaks in impressions: two spaces before a capital.
        ("Hiatal hernia  Left pleural effusion  Nodular lesion in the right lung",
         ["Hiatal hernia", "Left pleural effusion", "Nodular lesion in the right lung"]),
        ("A nodule in the  right lung.", ["A nodule in the  right lung."]),
        // CT-CLIP impressions: items between bare quotes; a quoted word inside a sentence stays.
        ("\" Emphysema \" Left lung upper lobe irregular solitary nodule.",
         ["\" Emphysema \"", "Left lung upper lobe irregular solitary nodule."]),
        ("Hiatal hernia \" Right lung lower lobe nodule; \" Cardiomegaly",
         ["Hiatal hernia \"", "Right lung lower lobe nodule; \"", "Cardiomegaly"]),
        ("A so-called \"crazy paving\" pattern is seen.", ["A so-called \"crazy paving\" pattern is seen."]),
        // … and before an item that starts with a number (under a header: in a report without one, the quote opens the
        // impression, SectionDetectorTests).
        ("FINDINGS: Vertebral corpus heights are preserved. \" 3 nodules 2-3 mm in both lungs",
         ["Vertebral corpus heights are preserved. \"", "3 nodules 2-3 mm in both lungs"]),
        // … also when the closing quote follows the last word without a space.
        ("\"Volume loss in the left lower lobe\" Mediastinal lymph nodes \"",
         ["\"Volume loss in the left lower lobe\"", "Mediastinal lymph nodes \""]),
        // … and after other punctuation before a capital.
        ("\"Mild mosaic pattern in both lungs.,\" Accessory spleen.", ["\"Mild mosaic pattern in both lungs.,\"", "Accessory spleen."]),
        ("Infection (clinical evaluation is recommended)\" Pleural effusion on the right.",
         ["Infection (clinical evaluation is recommended)\"", "Pleural effusion on the right."]),
        // … and a dash bullet after a stop: ". -Budding tree appearances …".
        ("FINDINGS: No pathology was detected in bone structures. -Budding tree appearances in the left lung.",
         ["No pathology was detected in bone structures. -", "Budding tree appearances in the left lung."]),
        // A stray space before a stop before a number (not a decimal: "1 .5" has no space after the stop).
        ("Sequelae changes around this nodule . 5 mm diameter subpleural nodule in the left lung.",
         ["Sequelae changes around this nodule .", "5 mm diameter subpleural nodule in the left lung."]),
        // Run-on impression items: a capitalised word after a lower-case one starts an item ...
        ("Tracheal wall calcifications Sliding hiatal hernia Emphysema Lumbar hernia in the posterior abdominal wall",
         ["Tracheal wall calcifications", "Sliding hiatal hernia", "Emphysema", "Lumbar hernia in the posterior abdominal wall"]),
        ("Millimetric nodules in both lungs Parenchymal nodule in the left lung",
         ["Millimetric nodules in both lungs", "Parenchymal nodule in the left lung"]),
        // ... but names and months keep their capital, acronyms are no words, and a side, a zone or an adjective
        // belongs to the item after it.
        ("Findings may be significant for Covid-19 pneumonia in a patient with breast Ca and dated March 2019.",
         ["Findings may be significant for Covid-19 pneumonia in a patient with breast Ca and dated March 2019."]),
        ("Compared with the previous PET-CT, on the left Stable soft tissue is seen.",
         ["Compared with the previous PET-CT, on the left Stable soft tissue is seen."]),
        ("Small airway disease? Pulmonary Edema? Bilateral Placing pleural effusion",
         ["Small airway disease?", "Pulmonary Edema?", "Bilateral Placing pleural effusion"]),
        ("A nodule in the left lower lobe (Section No: 52/192) is stable.",
         ["A nodule in the left lower lobe (Section No: 52/192) is stable."]),
        // Bullets.
        ("IMPRESSION: · Hepatosteatosis. · Cardiomegaly.", ["· Hepatosteatosis.", "· Cardiomegaly."]),
        ("· Placing pericardial effusion · Benign renal cyst", ["· Placing pericardial effusion", "· Benign renal cyst"]),
        // A split character is tried against its own rules only, right before the characters they can split before
        // (SentenceSplitter's follower classes): a capital right after ";", a tab in a double space, a bullet not followed
        // by a space; but no colon-rule split without its space, nor a semicolon one before a lower-case word.
        ("When examined in the mediastinal window;A few lymph nodes are seen. Stable.",
         ["When examined in the mediastinal window;", "A few lymph nodes are seen.", "Stable."]),
        ("When examined in the mediastinal window;a few lymph nodes are seen.",
         ["When examined in the mediastinal window;a few lymph nodes are seen."]),
        ("Atelectasis \tRight pleural thickening", ["Atelectasis", "Right pleural thickening"]),
        ("Atelectasis\t Right pleural thickening", ["Atelectasis\t Right pleural thickening"]),
        ("•Hepatomegaly •Splenomegaly", ["•Hepatomegaly", "•Splenomegaly"]),
        ("In the evaluation of the mediastinum:A lymph node is seen.", ["In the evaluation of the mediastinum:A lymph node is seen."]),
        ("Bronchiectasis  ", ["Bronchiectasis"]),
        // White space around sentences is not part of them; empty text has none.
        ("   Heart size is normal.   ", ["Heart size is normal."]),
        ("", []),
        ("  \n \n ", []),
        // Non-ASCII text.
        ("Ｎｏ effusion. Nodül görüldü.", ["Ｎｏ effusion.", "Nodül görüldü."]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try segmenter.texts(text) == expected)
    }

    @Test func offsetsPointIntoTheOriginalText() throws {
        let text = "FINDINGS:  A 5 mm nodule.\nIMPRESSION:\nNodule 😀 seen. Stable."
        let units = Array(text.utf16)
        for sentence in try segmenter.sentences(text) {
            #expect(String(decoding: units[sentence.range], as: UTF16.self) == sentence.text)
        }
    }

    @Test func scalarOffsetsCountSurrogatePairsOnce() {
        let text = ReportText("😀 A nodule. 😀😀 Stable.")
        // "Stable." starts at UTF-16 offset 18; three emoji before it are 6 units, 3 scalars.
        let start = Array(text.string.utf16).count - "Stable.".utf16.count
        #expect(text.scalarOffset(start) == text.string.unicodeScalars.count - "Stable.".unicodeScalars.count)
        #expect(text.scalarOffset(0) == 0)
    }
}
