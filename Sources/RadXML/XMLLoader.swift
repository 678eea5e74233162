import CLibXML2
import FoundationEssentials

/// Loads XML files safely with libxml2 and copies them into ``XMLElement`` trees.
///
/// Safety: network access is off (`XML_PARSE_NONET`), entities are never substituted from
/// outside the document (no `XML_PARSE_NOENT`, no DTD loading), libxml2's entity-amplification
/// limits stay on (no `XML_PARSE_HUGE`), and any document type declaration is refused outright,
/// so neither external entities nor entity expansion bombs can reach the tree. Errors arrive
/// through per-parse structured handlers (never libxml2's global error state) as
/// ``XMLDiagnostic``s with file and line.
public enum XMLLoader {
    /// Reads and parses a file, optionally validating it against a schema.
    /// - Throws: ``XMLLoadError`` naming the file and line of each problem.
    public static func load(file path: String, schema: XMLSchema? = nil) throws -> XMLElement {
        try load(file: path) { _ in schema }
    }

    /// Reads and parses a file, then validates it against the schema `schemaFor` picks for its root
    /// element's name (nil: no validation).
    /// - Throws: ``XMLLoadError`` naming the file and line of each problem, or what `schemaFor` throws.
    public static func load(file path: String, schemaFor: (String) throws -> XMLSchema?) throws -> XMLElement {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XMLLoadError([XMLDiagnostic(file: path, line: 0, message: "cannot open file")])
        }
        return try parse(data: data, name: path, schemaFor: schemaFor)
    }

    /// Parses XML held in memory; `name` stands for the file in diagnostics.
    /// - Throws: ``XMLLoadError`` naming `name` and the line of each problem.
    public static func parse(data: Data, name: String, schema: XMLSchema? = nil) throws -> XMLElement {
        try parse(data: data, name: name) { _ in schema }
    }

    /// Parses XML held in memory and validates it against the schema chosen by its root element's name.
    public static func parse(data: Data, name: String, schemaFor: (String) throws -> XMLSchema?) throws -> XMLElement {
        let document = try XMLParsedDocument(data: data, name: name)
        if let schema = try schemaFor(document.rootName) {
            try schema.validate(document)
        }
        return document.tree()
    }
}

/// A libxml2 document, alive as long as this object. Internal: callers get ``XMLElement`` trees.
final class XMLParsedDocument {
    let pointer: xmlDocPtr
    let name: String

    init(data: Data, name: String) throws {
        _ = libxml2Initialized
        self.name = name
        let sink = DiagnosticSink(file: name)
        guard let ctxt = xmlNewParserCtxt() else {
            throw XMLLoadError([XMLDiagnostic(file: name, line: 0, message: "libxml2 could not allocate a parser")])
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        ctxt.pointee._private = sinkPointer
        ctxt.pointee.sax.pointee.serror = parserErrorCallback
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
        let parsed: xmlDocPtr? = withExtendedLifetime(sink) {
            data.withUnsafeBytes { raw in
                xmlCtxtReadMemory(ctxt, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                                  name, nil, options)
            }
        }
        guard let parsed, ctxt.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            if sink.diagnostics.isEmpty, let last = xmlCtxtGetLastError(ctxt) {
                sink.record(last.pointee)
            }
            if sink.diagnostics.isEmpty {
                sink.diagnostics.append(XMLDiagnostic(file: name, line: 0, message: "not well-formed XML"))
            }
            throw XMLLoadError(sink.diagnostics)
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw XMLLoadError([XMLDiagnostic(
                file: name, line: Self.line(of: "<!DOCTYPE", in: data),
                message: "document type declarations (and with them entities) are not allowed in RadFindings data files")])
        }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    /// The name of the root element ("" for an empty document).
    var rootName: String {
        guard let root = xmlDocGetRootElement(pointer) else { return "" }
        return String(cString: root.pointee.name)
    }

    /// The whole document as a Swift tree.
    func tree() -> XMLElement {
        guard let root = xmlDocGetRootElement(pointer) else {
            return XMLElement(name: "", file: name)
        }
        return Self.element(root, file: name)
    }

    private static func element(_ node: xmlNodePtr, file: String) -> XMLElement {
        var result = XMLElement(name: String(cString: node.pointee.name), line: Int(xmlGetLineNo(node)), file: file)
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            var value = ""
            if let content = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                value = String(cString: content)
                clibxml2_free(content)
            }
            result.attributes.append((name, value))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(element(current, file: file))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    result.text += String(cString: content)
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    /// 1-based line of the first occurrence of `marker`, or 1.
    private static func line(of marker: String, in data: Data) -> Int {
        let needle = Array(marker.utf8)
        let bytes = [UInt8](data)
        var line = 1
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            if bytes[index] == needle[0] && Array(bytes[index..<index + needle.count]) == needle { return line }
            index += 1
        }
        return 1
    }
}

/// Collects diagnostics from libxml2 callbacks for one parse or validation.
final class DiagnosticSink {
    let file: String
    var diagnostics: [XMLDiagnostic] = []

    init(file: String) { self.file = file }

    func record(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        while message.last?.isNewline == true || message.last == " " { message.removeLast() }
        let file = error.file.map { String(cString: $0) } ?? self.file
        diagnostics.append(XMLDiagnostic(file: file, line: Int(error.line), column: Int(error.int2), message: message))
    }
}

/// libxml2 must be initialised once before threads use it.
let libxml2Initialized: Void = { xmlInitParser() }()

/// Parser errors: libxml2 passes the parser context; our sink travels in its `_private` field
/// (`userData` must stay the context itself, which the SAX2 tree builder relies on).
private let parserErrorCallback: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let sink = ctxt.pointee._private else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(sink).takeUnretainedValue().record(error.pointee)
}

/// Schema errors: libxml2 passes the pointer we registered, which is the sink itself.
let schemaErrorCallback: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
}
