import RadIO
import Testing

/// Reading reports from CSV, JSON lines and text: every record in order, broken ones in place.
@Suite struct ReportReaderTests {
    func read(_ contents: String, name: String, format: InputFormat = .auto) throws -> [ReportInput] {
        var reader = try ReportReader(path: try temporaryFile(contents, name: name), format: format)
        var result: [ReportInput] = []
        while let next = try reader.next() { result.append(next) }
        return result
    }

    static let header = "VolumeName,ClinicalInformation_EN,Technique_EN,Findings_EN,Impressions_EN\n"

    @Test func csvQuotedCommasNewlinesAndQuotes() throws {
        let csv = Self.header + """
            valid_1_a,Not given.,"Axial, 1.5 mm.","Trachea, both main bronchi are open.
            A ""small"" nodule.",Nodule.
            valid_2_a,,,Lungs are clear.,
            """
        let reports = try read(csv, name: "reports.csv")
        #expect(reports.map(\.id) == ["valid_1_a", "valid_2_a"])
        #expect(reports.map(\.line) == [2, 4])
        #expect(reports[0].text == """
            CLINICAL INFORMATION: Not given.
            TECHNIQUE: Axial, 1.5 mm.
            FINDINGS: Trachea, both main bronchi are open.
            A "small" nodule.
            IMPRESSION: Nodule.
            """)
        #expect(reports[1].text == "FINDINGS: Lungs are clear.")
    }

    /// Probe P175: a row whose report fields are all empty is an empty report, as an empty "text" is; a JSON record with
    /// no report field at all stays an error.
    @Test func csvRowOfEmptyFieldsIsAnEmptyReport() throws {
        let reports = try read(Self.header + "valid_11_a,,,,\nvalid_12_a,,,Clear.,\n", name: "blank.csv")
        #expect(reports.map(\.id) == ["valid_11_a", "valid_12_a"])
        #expect(reports[0].error == nil && reports[0].text == "")
        let json = try read("{\"id\": \"d\", \"findings\": \" \", \"impressions\": \"\"}\n{\"id\": \"e\"}\n", name: "blank.jsonl")
        #expect(json[0].error == nil && json[0].text == "")
        #expect(json[1].error?.contains("no report text") == true)
    }

    /// Probe P175: a byte-order mark opening a JSON lines or text file is no part of its first record.
    @Test func byteOrderMarkOpeningJSONLinesOrText() throws {
        let json = try read("\u{FEFF}{\"id\": \"a\", \"text\": \"Nodule.\"}\n{\"id\": \"b\", \"text\": \"Clear.\"}\n", name: "bom.jsonl")
        #expect(json.map(\.id) == ["a", "b"] && json[0].error == nil)
        let text = try read("\u{FEFF}FINDINGS: Nodule.", name: "bom.txt")
        #expect(text.first?.text == "FINDINGS: Nodule.")
    }

    @Test func csvWithCRLFAndByteOrderMark() throws {
        let csv = "\u{FEFF}VolumeName,Findings_EN\r\nvalid_3_a,\"Line one.\r\nLine two.\"\r\nvalid_4_a,Clear.\r\n"
        let reports = try read(csv, name: "crlf.csv")
        #expect(reports.map(\.id) == ["valid_3_a", "valid_4_a"])
        #expect(reports[0].text == "FINDINGS: Line one.\r\nLine two.")
    }

    @Test func csvBrokenRecordsStayInPlace() throws {
        let csv = Self.header + """
            valid_5_a,x,y,Clear.,Fine.
            valid_6_a,x,y,Clear.
            valid_7_a,x,"y"z,Clear.,Fine.
            valid_8_a,x,y,Clear.,Fine.
            valid_9_a,x,y,"never closed,Fine.
            """
        let reports = try read(csv, name: "broken.csv")
        #expect(reports.count == 5)
        #expect(reports[0].error == nil)
        #expect(reports[1].error?.contains("expected 5 fields") == true)
        #expect(reports[2].error?.contains("after a closing quote") == true)
        #expect(reports[2].id == "valid_7_a")
        #expect(reports[3].error == nil && reports[3].id == "valid_8_a")
        #expect(reports[4].error?.contains("never closed") == true)
        #expect(reports.map(\.line) == [2, 3, 4, 5, 6])
    }

    @Test func csvHeaderOnlyHasNoReports() throws {
        #expect(try read(Self.header, name: "empty.csv").isEmpty)
    }

    @Test func jsonLinesWithIdsTextsAndErrors() throws {
        let jsonl = """
            {"id": "a", "text": "Lungs are clear."}

            {"accession": 17, "findings": "Nodule.", "impressions": "Nodule."}
            {"volume": "valid_1_a", "report_text": "Caf\\u00e9 \\ud83d\\ude00 \\"quoted\\"."}
            not json
            [1, 2]
            {"id": "b", "note": "no text here"}
            {"VolumeName": "c", "Findings_EN": "Clear.", "Impressions_EN": ""}
            """
        let reports = try read(jsonl, name: "reports.jsonl")
        #expect(reports.map(\.id) == ["a", "17", "valid_1_a", nil, nil, "b", "c"])
        #expect(reports.map(\.line) == [1, 3, 4, 5, 6, 7, 8])
        #expect(reports[1].text == "FINDINGS: Nodule.\nIMPRESSION: Nodule.")
        #expect(reports[2].text == "Café 😀 \"quoted\".")
        #expect(reports[3].error?.hasPrefix("invalid JSON at byte 1") == true)
        #expect(reports[4].error?.contains("expected a JSON object") == true)
        #expect(reports[5].error?.contains("no report text") == true)
        #expect(reports[6].text == "FINDINGS: Clear.")
    }

    @Test func plainTextIsOneReportNamedAfterTheFile() throws {
        let reports = try read("FINDINGS: Clear.\nIMPRESSION: Normal.\n", name: "valid_10_a.txt")
        #expect(reports.count == 1)
        #expect(reports[0].id == "valid_10_a")
        #expect(reports[0].text == "FINDINGS: Clear.\nIMPRESSION: Normal.\n")
    }

    @Test func explicitFormatOverridesTheExtension() throws {
        let reports = try read("{\"id\": \"x\", \"text\": \"Clear.\"}\n", name: "reports.txt", format: .jsonl)
        #expect(reports.first?.id == "x")
    }

    @Test func missingFileThrows() {
        #expect(throws: InputError.self) { try ReportReader(path: "/nonexistent/reports.jsonl", format: .auto) }
    }
}
