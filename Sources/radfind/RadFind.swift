import ArgumentParser

/// `radfind`: chest CT reports → structured lung and pleural findings.
@main
struct RadFind: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radfind",
        abstract: "Reads chest CT reports and writes their lung and pleural findings as JSON lines.",
        discussion: """
            Every command reads files or standard input (-), writes JSON lines to standard output \
            (or --output FILE), diagnostics to standard error, and keeps input order.
            """,
        subcommands: [ParseCommand.self, StructureCommand.self, LexiconCommand.self])
}
