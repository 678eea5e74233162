/// One problem found in an XML file, with its location.
///
/// Printed as `file:line:column: message` (column omitted when libxml2 does not know it), the form
/// editors and CI logs turn into links. Lines and columns are 1-based; 0 means unknown.
public struct XMLDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file the problem is in, as it was given to the loader.
    public var file: String
    /// 1-based line, 0 when unknown (e.g. the file could not be opened).
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// What is wrong, in libxml2's or our own words, without a trailing newline.
    public var message: String

    public init(file: String, line: Int, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): \(message)"
    }
}

/// Why an XML file could not be loaded: one or more diagnostics, each naming file and line.
public struct XMLLoadError: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order libxml2 reported them.
    public var diagnostics: [XMLDiagnostic]

    public init(_ diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
