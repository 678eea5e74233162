/// One ReXGroundingCT record: a volume and its finding strings keyed by finding ID.
public struct DatasetRecord: Sendable {
    /// The volume name ("train_1741_b_2.nii.gz").
    public var volume: String?
    /// "train", "val" or "test" when the record came from the challenge file's groups.
    public var split: String?
    /// Finding ID ("0", "1", …) and text, in ID order.
    public var findings: [(id: String, text: String)]
    /// The dataset's category code per finding ID.
    public var categories: [String: String]
    /// Where the record starts: line (JSON lines) or position in its list (1-based).
    public var line: Int
    /// Why the record could not be read.
    public var error: String?
}

/// Reads ReXGroundingCT datasets: a JSON list of records, a single record, the challenge file's
/// `{"train": […], "val": […], "test": […]}`, or JSON lines of records. Records use `findings` /
/// `categories` (the dataset's keys) or `rexgrounding_findings` / `rexgrounding_categories`, and
/// `name` or `volume` for the volume.
public enum DatasetReader {
    /// Every record of a file ("-": standard input), in order; unreadable ones carry an error.
    /// - Throws: ``InputError`` when the input cannot be opened or read.
    public static func records(path: String) throws -> [DatasetRecord] {
        let bytes = try ByteSource(path: path).readAll()
        if let whole = try? JSONParser.parse(bytes) {
            return records(in: whole)
        }
        var result: [DatasetRecord] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let value = try JSONParser.parse(Array(line))
                result += records(in: value).map { record in
                    var record = record
                    record.line = lineNumber
                    return record
                }
            } catch {
                result.append(DatasetRecord(volume: nil, split: nil, findings: [], categories: [:], line: lineNumber,
                                            error: "\(error)"))
            }
        }
        return result
    }

    /// The records in one parsed JSON value.
    static func records(in value: JSONValue, split: String? = nil) -> [DatasetRecord] {
        if let list = value.array {
            return list.enumerated().map { record($1, split: split, position: $0 + 1) }
        }
        if let members = value.members, record(value, split: split, position: 1).error != nil,
           members.contains(where: { $0.value.array != nil }) {
            return members.flatMap { member in member.value.array == nil ? [] : records(in: member.value, split: member.key) }
        }
        return [record(value, split: split, position: 1)]
    }

    static func record(_ value: JSONValue, split: String?, position: Int) -> DatasetRecord {
        let volume = (value["name"] ?? value["volume"] ?? value["volume_to_annotate"])?.scalarText
        guard let findings = value["findings"]?.members ?? value["rexgrounding_findings"]?.members else {
            return DatasetRecord(volume: volume, split: split, findings: [], categories: [:], line: position,
                                 error: "no findings object (expected \"findings\" or \"rexgrounding_findings\")")
        }
        var categories: [String: String] = [:]
        for member in value["categories"]?.members ?? value["rexgrounding_categories"]?.members ?? [] {
            if let code = member.value.scalarText { categories[member.key] = code }
        }
        let ordered = findings.compactMap { member in member.value.string.map { (id: member.key, text: $0) } }
            .sorted { (Int($0.id) ?? Int.max, $0.id) < (Int($1.id) ?? Int.max, $1.id) }
        return DatasetRecord(volume: volume, split: split, findings: ordered, categories: categories, line: position)
    }
}
