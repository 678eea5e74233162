import ArgumentParser
import Dispatch
import Foundation
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
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let parsers = try (0..<workers).map { _ in try engine.makeParser(explain: outputOptions.explain) }
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
                        failures += render(batch, input: input, parsers: parsers, to: sink)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            } catch {
                printError("radfind: \(input): \(error)")
                failures += 1
            }
            failures += render(batch, input: input, parsers: parsers, to: sink)
        }
        sink.flush()
        try finish(failures: failures)
    }

    /// Parses a batch on every parser's thread and writes the lines in input order; returns the
    /// number of records that could not be read.
    private func render(_ batch: [ReportInput], input: String, parsers: [ReportParser], to sink: OutputSink) -> Int {
        guard !batch.isEmpty else { return 0 }
        // Each worker takes a contiguous run of the batch and writes its lines into one buffer, so
        // the runs, written in worker order, keep input order.
        let workers = min(parsers.count, batch.count)
        var chunks = [[UInt8]](repeating: [], count: workers)
        var failed = [Int](repeating: 0, count: workers)
        chunks.withUnsafeMutableBufferPointer { chunks in
            failed.withUnsafeMutableBufferPointer { failed in
                let shared = WorkerShare(parsers: parsers, chunks: chunks, failed: failed)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var writer = JSONWriter()
                    for index in batch.count * worker / workers..<batch.count * (worker + 1) / workers {
                        if !write(batch[index], input: input, parser: shared.parsers[worker], to: &writer) {
                            shared.failed[worker] += 1
                        }
                        writer.endLine()
                    }
                    shared.chunks[worker] = writer.bytes
                }
            }
        }
        for chunk in chunks { sink.writeLines(chunk) }
        return failed.reduce(0, +)
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

/// What the workers of one batch share: worker w uses only `parsers[w]` and writes only the slots
/// of the reports it was given (indices w, w + workers, …), so no two threads touch the same state.
private struct WorkerShare: @unchecked Sendable {
    let parsers: [ReportParser]
    let chunks: UnsafeMutableBufferPointer<[UInt8]>
    let failed: UnsafeMutableBufferPointer<Int>
}
