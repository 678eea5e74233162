import ArgumentParser
import RadFindings
import RadIO

/// `radfind parse`: one JSON line per input report.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse reports into sentences, findings and CT-RATE labels (one JSON line per report).",
        discussion: """
            Inputs: plain text (one report per file; id = file name without .txt), JSON lines (id from \
            id/accession/volume/VolumeName; text from text/report_text, or findings + impressions, or the \
            CT-RATE *_EN columns), or CT-RATE CSV. A record that cannot be read yields \
            {"id", "file", "line", "error"} in its place; the exit status is then 1.
            """)

    @Option(help: "Input format: auto, text, jsonl, ctrate-csv.")
    var format: InputFormat = .auto

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Include each report's text (as composed from its fields) in the output.")
    var withText = false

    @Flag(help: "Add to each finding the lexicon entries, rules and cues that produced it (file:line).")
    var explain = false

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("Report files, or - for standard input (the default).", valueName: "input"))
    var inputs: [String] = []

    func run() throws {
        let engine = try data.engine()
        let parser = try engine.makeParser(explain: explain)
        let sink: OutputSink
        do { sink = try OutputSink(path: output) } catch { throw Failure("\(error)") }
        var writer = JSONWriter()
        var failures = 0
        for input in inputs.isEmpty ? ["-"] : inputs {
            var reader: ReportReader
            do {
                reader = try ReportReader(path: input, format: format)
            } catch {
                printError("radfind: \(error)")
                failures += 1
                continue
            }
            do {
                while let report = try reader.next() {
                    writer.reset()
                    if let text = report.text, report.error == nil {
                        let parsed = try parser.parse(id: report.id ?? "\(input):\(report.line)", text: text)
                        parsed.record(knowledge: engine.knowledge, includeText: withText, explain: explain).write(to: &writer)
                    } else {
                        failures += 1
                        writeError(report, input: input, to: &writer)
                    }
                    sink.writeLine(writer.bytes)
                }
            } catch {
                printError("radfind: \(input): \(error)")
                failures += 1
            }
        }
        sink.flush()
        if failures > 0 {
            printError("radfind: \(failures) record(s) or input(s) could not be read")
            throw ExitCode(1)
        }
    }

    private func writeError(_ report: ReportInput, input: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.optionalString(report.id)
        writer.key("file"); writer.string(input)
        writer.key("line"); writer.number(report.line)
        writer.key("error"); writer.string(report.error ?? "unreadable record")
        writer.endObject()
    }
}

extension InputFormat: ExpressibleByArgument {}
