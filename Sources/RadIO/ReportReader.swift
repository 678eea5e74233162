/// Input formats `radfind parse` understands.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Decide from the file extension (.csv, .jsonl/.ndjson/.json, anything else text) or, for
    /// standard input, from the first bytes.
    case auto
    /// The whole input is one report; its id is the file name without a ".txt" extension.
    case text
    /// One JSON object per line.
    case jsonl
    /// CSV with a header row (CT-RATE: VolumeName, ClinicalInformation_EN, Technique_EN, Findings_EN, Impressions_EN).
    case ctrateCSV = "ctrate-csv"
}

/// Reads reports one at a time from a file or standard input, in input order, never skipping one:
/// a record that cannot be read comes back as a ``ReportInput`` with an error in its place.
public struct ReportReader {
    private enum State {
        case text(ByteSource, done: Bool)
        case jsonl(LineReader)
        case csv(CSVReader, header: [String]?)
    }

    private var state: State
    /// The input's name ("-" for standard input).
    public let name: String
    /// The format actually used (never ``InputFormat/auto``).
    public let format: InputFormat

    /// Opens an input.
    /// - Throws: ``InputError`` when it cannot be opened.
    public init(path: String, format: InputFormat) throws {
        let source = try ByteSource(path: path)
        name = path
        var resolved = format
        var prefix: [UInt8] = []
        _ = try source.read(into: &prefix, count: 4096)
        // (a byte-order mark, which Windows editors write, is no text: "\u{FEFF}{"id": …" is JSON, its file's text starts
        // after it)
        if prefix.starts(with: Self.byteOrderMark) { prefix.removeFirst(Self.byteOrderMark.count) }
        if format == .auto {
            if path == "-" {
                resolved = Self.sniff(prefix)
            } else {
                resolved = Self.format(forExtensionOf: path)
            }
        }
        self.format = resolved
        source.unread(prefix)
        let replay = source
        switch resolved {
        case .text, .auto: state = .text(replay, done: false)
        case .jsonl: state = .jsonl(LineReader(source: replay))
        case .ctrateCSV: state = .csv(CSVReader(source: replay), header: nil)
        }
    }

    /// The next report, nil at the end of the input.
    /// - Throws: ``InputError`` on a read error (the input cannot go on).
    public mutating func next() throws -> ReportInput? {
        switch state {
        case let .text(source, done):
            guard !done else { return nil }
            state = .text(source, done: true)
            let bytes = try source.readAll()
            return ReportInput(id: Self.textID(name), line: 1, text: String(decoding: bytes, as: UTF8.self))
        case var .jsonl(lines):
            defer { state = .jsonl(lines) }
            while let line = try lines.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return Self.jsonRecord(line, number: lines.lineNumber)
            }
            return nil
        case .csv(var reader, var header):
            defer { state = .csv(reader, header: header) }
            while let record = try reader.next() {
                guard let columns = header else {
                    if let error = record.error {
                        return ReportInput(id: nil, line: record.line, text: nil, error: "CSV header: \(error)")
                    }
                    header = record.fields.map { field in
                        field.trimmingWhitespace().drop { $0 == "\u{FEFF}" }.trimmingWhitespace()
                    }
                    continue
                }
                return Self.csvRecord(record, columns: columns)
            }
            return nil
        }
    }

    static func jsonRecord(_ line: [UInt8], number: Int) -> ReportInput {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return ReportInput(id: nil, line: number, text: nil, error: "\(error)")
        }
        guard value.members != nil else {
            return ReportInput(id: nil, line: number, text: nil, error: "expected a JSON object with an id and report text")
        }
        return ReportInput.from(line: number) { value[$0]?.scalarText }
    }

    static func csvRecord(_ record: CSVReader.Record, columns: [String]) -> ReportInput {
        if let error = record.error {
            let id = ReportInput.idKeys.lazy.compactMap { columns.firstIndex(of: $0) }.first
                .flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
            return ReportInput(id: id, line: record.line, text: nil, error: error)
        }
        guard record.fields.count == columns.count else {
            return ReportInput(id: nil, line: record.line, text: nil,
                               error: "expected \(columns.count) fields as in the header, found \(record.fields.count)")
        }
        return ReportInput.from(line: record.line) { key in
            columns.firstIndex(of: key).map { record.fields[$0] }
        }
    }

    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func format(forExtensionOf path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .ctrateCSV }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
        return .text
    }

    /// Standard input: "{" first → JSON lines; a header row naming a known column → CSV; else text.
    static func sniff(_ prefix: [UInt8]) -> InputFormat {
        guard let first = prefix.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .text }
        if first == UInt8(ascii: "{") { return .jsonl }
        let firstLine = String(decoding: prefix.prefix { $0 != 0x0A }, as: UTF8.self)
        let cells = firstLine.split(separator: ",").map { $0.trimmingCharacters(in: "\" \r") }
        let known = Set(ReportInput.idKeys + ReportInput.textKeys + ReportInput.sectionKeys.flatMap(\.keys))
        return cells.count > 1 && cells.contains(where: known.contains) ? .ctrateCSV : .text
    }

    static func textID(_ path: String) -> String {
        if path == "-" { return "stdin" }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        return base.lowercased().hasSuffix(".txt") ? String(base.dropLast(4)) : base
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
