import ArgumentParser
import RadFindings
import RadIO
import RadLexicon

/// `radfind lexicon …`: work on the data files.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check lexicon, ontology and grammar files.",
        subcommands: [Check.self])

    /// `radfind lexicon check [FILES…]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate data files against their XSD schemas, check their references and grammar examples.",
            discussion: """
                Without files, checks every bundled file. Given files replace the bundled files of their \
                kinds (anatomy, findings, cues, segmentation, grammar). Problems are printed as \
                file:line: message; the exit status is 1 if there is any.
                """)

        @OptionGroup var data: DataOptions

        @Argument(help: ArgumentHelp("Data files to check (default: the bundled ones).", valueName: "file"))
        var files: [String] = []

        func run() throws {
            let directory = try data.directory()
            let chosen = files.isEmpty ? directory.dataFiles() : files
            do {
                let base = try KnowledgeBaseLoader.load(files: chosen, directory: directory, completingFromBundle: !files.isEmpty)
                let engine = try Engine(knowledge: base)
                let failures = GrammarExamples.check(engine)
                guard failures.isEmpty else { throw DataError(failures) }
                printError("radfind: \(chosen.count) file(s) checked, no problems "
                    + "(\(base.findings.types.count) finding types, \(base.anatomy.structures.count) structures, "
                    + "\(engine.grammar.rules.count) grammar rules with their examples)")
            } catch let error as DataError {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                printError("radfind: \(error.diagnostics.count) problem(s)")
                throw ExitCode(1)
            }
        }
    }
}
