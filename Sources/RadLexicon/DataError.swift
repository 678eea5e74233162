import RadXML

/// Data files that could not be loaded or do not make sense: every problem, each naming file and line.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [XMLDiagnostic]

    public init(_ diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
