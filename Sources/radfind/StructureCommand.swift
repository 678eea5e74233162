import ArgumentParser
import RadFindings
import RadIO

/// `radfind structure`: one JSON line per dataset finding.
struct StructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Read ReXGroundingCT finding strings into structured records (one JSON line per finding ID).",
        discussion: """
            Reads dataset.json (a list), MICCAI_challenge_dataset.json ({"train", "val", "test"}), a single \
            record, or JSON lines of records. Each line keeps the dataset's own "category" and adds the \
            engine's reading: predicted_category, type, focal, laterality, lobes, segments, size, multiple, \
            temporal. A record that cannot be read yields {"volume", "line", "error"}; the exit status is then 1.
            """)

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("Dataset files, or - for standard input (the default).", valueName: "dataset"))
    var datasets: [String] = []

    func run() throws {
        let engine = try data.engine()
        let parser = try engine.makeParser(explain: outputOptions.explain)
        let sink = try outputOptions.sink()
        var writer = JSONWriter()
        var failures = 0
        for dataset in datasets.isEmpty ? ["-"] : datasets {
            let records: [DatasetRecord]
            do {
                records = try DatasetReader.records(path: dataset)
            } catch {
                printError("radfind: \(error)")
                failures += 1
                continue
            }
            for record in records {
                if let error = record.error {
                    failures += 1
                    printError("radfind: \(dataset):\(record.line): \(error)")
                    writer.reset()
                    writer.beginObject()
                    writer.key("volume"); writer.optionalString(record.volume)
                    writer.key("file"); writer.string(dataset)
                    writer.key("line"); writer.number(record.line)
                    writer.key("error"); writer.string(error)
                    writer.endObject()
                    sink.writeLine(writer.bytes)
                    continue
                }
                for finding in record.findings {
                    writer.reset()
                    StructuredFindingRecord(
                        volume: record.volume, split: record.split, findingID: finding.id, text: finding.text,
                        category: record.categories[finding.id],
                        finding: parser.structure(phrase: finding.text, explain: outputOptions.explain)
                    ).write(to: &writer)
                    sink.writeLine(writer.bytes)
                }
            }
        }
        sink.flush()
        finish(failures: failures)
    }
}
