import ArgumentParser
import RadFindings
import RadLexicon

/// Where the lexicons and grammars are.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Directory holding Lexicons/ and Grammars/ (default: beside the executable, else the source checkout).",
        valueName: "dir"))
    var dataDir: String?

    /// The data directory, or a clean exit with the reason.
    func directory() throws -> DataDirectory {
        do {
            return try DataDirectory.locate(override: dataDir)
        } catch let error as DataError {
            throw Failure(error.description)
        }
    }

    /// The compiled engine, or a clean exit listing every data problem.
    func engine() throws -> Engine {
        let directory = try directory()
        do {
            return try Engine(dataDirectory: directory)
        } catch let error as DataError {
            throw Failure("invalid data files:\n" + error.description)
        }
    }
}

/// An error the CLI reports in one message and exit status 1 (not a usage error).
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
