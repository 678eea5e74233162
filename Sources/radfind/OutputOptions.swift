import ArgumentParser
import RadIO

/// Where output goes, and whether findings carry their explanation.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Add to each finding the lexicon entries, rules and cues that produced it (file:line).")
    var explain = false

    /// The output, or a clean exit when it cannot be created.
    func sink() throws -> OutputSink {
        do { return try OutputSink(path: output) } catch { throw Failure("\(error)") }
    }
}

/// Ends a command: a summary on standard error and exit status 1 when anything could not be read.
func finish(failures: Int) throws {
    guard failures > 0 else { return }
    printError("radfind: \(failures) record(s) or input(s) could not be read")
    throw ExitCode(1)
}
