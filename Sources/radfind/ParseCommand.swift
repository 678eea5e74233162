import ArgumentParser
import Dispatch
import FoundationEssentials
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
            {"id", "file", "line", "error"} in its place; the exit status is then 1. Reports are parsed \
            in parallel batches; output keeps input order.
            """)

    @Option(help: "Input format: auto, text, jsonl, ctrate-csv.")
    var format: InputFormat = .auto

    @Flag(help: "Include each report's text (as composed from its fields) in the output.")
    var withText = false

    @Option(help: "Threads to parse with (default: one per core).")
    var jobs: Int?

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("Report files, or - for standard input (the default).", valueName: "input"))
    var inputs: [String] = []

    /// Reports read and parsed together; bounds memory whatever the input size.
    private static let batchSize = 1024

    func run() throws {
        let engine = try data.engine()
        let threads = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let workers = try (0..<threads).map { _ in Worker(parser: try engine.makeParser(explain: outputOptions.explain)) }
        let sink = try outputOptions.sink()
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
            var batch: [ReportInput] = []
            do {
                while let report = try reader.next() {
                    batch.append(report)
                    if batch.count == Self.batchSize {
                        failures += render(batch, input: input, workers: workers, to: sink)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            } catch {
                printError("radfind: \(input): \(error)")
                failures += 1
            }
            failures += render(batch, input: input, workers: workers, to: sink)
        }
        sink.flush()
        finish(failures: failures)
    }

    /// Parses a batch on every parser's thread and writes the lines in input order; returns the
    /// number of records that could not be read.
    private func render(_ batch: [ReportInput], input: String, workers all: [Worker], to sink: OutputSink) -> Int {
        guard !batch.isEmpty else { return 0 }
        // Each worker takes a contiguous run of the batch and writes its lines into its own buffer
        // (kept from batch to batch), so the runs, written in worker order, keep input order.
        let workers = Array(all.prefix(batch.count))
        DispatchQueue.concurrentPerform(iterations: workers.count) { index in
            let worker = workers[index]
            for report in batch[batch.count * index / workers.count..<batch.count * (index + 1) / workers.count] {
                if !write(report, input: input, parser: worker.parser, to: &worker.writer) { worker.failed += 1 }
                worker.writer.endLine()
            }
        }
        var failed = 0
        for worker in workers {
            worker.writer.withBytes { sink.writeLines($0) }
            worker.writer.reset()
            failed += worker.failed
            worker.failed = 0
        }
        return failed
    }

    /// Writes one report's line; false when the record could not be read.
    private func write(_ report: ReportInput, input: String, parser: ReportParser, to writer: inout JSONWriter) -> Bool {
        if let text = report.text, report.error == nil {
            do {
                let parsed = try parser.parse(id: report.id ?? "\(input):\(report.line)", text: text)
                parsed.write(to: &writer, engine: parser.engine, includeText: withText, explain: outputOptions.explain)
                return true
            } catch {
                writeError(ReportInput(id: report.id, line: report.line, text: nil, error: "\(error)"), input: input, to: &writer)
                return false
            }
        }
        writeError(report, input: input, to: &writer)
        return false
    }

    /// Writes the line of a record that could not be read, and says where it is on standard error.
    private func writeError(_ report: ReportInput, input: String, to writer: inout JSONWriter) {
        printError("radfind: \(input):\(report.line): \(report.error ?? "unreadable record")")
        writer.beginObject()
        writer.key("id"); writer.optionalString(report.id)
        writer.key("file"); writer.string(input)
        writer.key("line"); writer.number(report.line)
        writer.key("error"); writer.string(report.error ?? "unreadable record")
        writer.endObject()
    }
}

extension InputFormat: ExpressibleByArgument {}

/// One parsing thread's state: its parser, the buffer its lines are written to, and how many of its
/// records could not be read. During a batch only that thread touches it; between batches only the
/// main thread does.
private final class Worker: @unchecked Sendable {
    let parser: ReportParser
    var writer = JSONWriter()
    var failed = 0

    init(parser: ReportParser) {
        self.parser = parser
    }
}
