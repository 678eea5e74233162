import CLibXML2
import FoundationEssentials

/// A compiled W3C XML Schema (XSD) that documents are validated against at load time.
///
/// The schema file itself is loaded with the same safe options as data files. Not `Sendable`:
/// libxml2 schema objects are used from the thread that loads the data.
public final class XMLSchema {
    private let document: XMLParsedDocument
    private let schema: xmlSchemaPtr
    /// The schema file, as given.
    public let file: String

    /// Loads and compiles an XSD file.
    /// - Throws: ``XMLLoadError`` when the file is missing, malformed or not a valid schema.
    public init(file path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XMLLoadError([XMLDiagnostic(file: path, line: 0, message: "cannot open schema file")])
        }
        file = path
        document = try XMLParsedDocument(data: data, name: path)
        let sink = DiagnosticSink(file: path)
        guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else {
            throw XMLLoadError([XMLDiagnostic(file: path, line: 0, message: "libxml2 could not allocate a schema parser")])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let compiled: xmlSchemaPtr? = withExtendedLifetime(sink) {
            xmlSchemaSetParserStructuredErrors(parser, schemaErrorCallback, Unmanaged.passUnretained(sink).toOpaque())
            return xmlSchemaParse(parser)
        }
        guard let compiled else {
            throw XMLLoadError(sink.diagnostics.isEmpty
                ? [XMLDiagnostic(file: path, line: 0, message: "not a valid XML schema")] : sink.diagnostics)
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates a parsed document; throws every violation with its line.
    func validate(_ document: XMLParsedDocument) throws {
        let sink = DiagnosticSink(file: document.name)
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            throw XMLLoadError([XMLDiagnostic(file: document.name, line: 0, message: "libxml2 could not allocate a validator")])
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let status: Int32 = withExtendedLifetime(sink) {
            xmlSchemaSetValidStructuredErrors(validator, schemaErrorCallback, Unmanaged.passUnretained(sink).toOpaque())
            return xmlSchemaValidateDoc(validator, document.pointer)
        }
        if status != 0 {
            throw XMLLoadError(sink.diagnostics.isEmpty
                ? [XMLDiagnostic(file: document.name, line: 0, message: "does not conform to \(file)")] : sink.diagnostics)
        }
    }
}
