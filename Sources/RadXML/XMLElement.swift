/// An element of a parsed XML document: name, attributes, children and text, plus the line it
/// starts on, so that everything built from it can say where it came from.
///
/// Lexicon and grammar files are small (thousands of elements), so a plain Swift tree copied out
/// of libxml2 once at load time is simpler and safer than keeping libxml2 nodes alive.
public struct XMLElement: Sendable {
    /// The local name (no namespace prefix).
    public var name: String
    /// Attributes in document order.
    public var attributes: [(name: String, value: String)]
    /// Child elements in document order (text and comments are not children).
    public var children: [XMLElement]
    /// The concatenated text directly inside this element, entity references resolved.
    public var text: String
    /// ``text`` without the white space (and line breaks) around it.
    public var trimmedText: String {
        if Self.isVisibleASCII(text.utf8.first), Self.isVisibleASCII(text.utf8.last) { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
    /// Whether a byte is an ASCII character that is no white space: a text that starts and ends with one has nothing to
    /// trim (no character that holds it at its end can start with white space), so ``trimmedText`` need not walk its
    /// characters, which costs ~1.7 k instructions a term at every start-up.
    private static func isVisibleASCII(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte > 0x20 && byte < 0x7F
    }

    /// 1-based line of the start tag.
    public var line: Int
    /// The file the element was read from.
    public var file: String

    public init(name: String, attributes: [(name: String, value: String)] = [], children: [XMLElement] = [],
                text: String = "", line: Int = 0, file: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        self.file = file
    }

    /// The value of an attribute, or nil.
    public subscript(attribute: String) -> String? {
        attributes.first { $0.name == attribute }?.value
    }

    /// The child elements with a given name.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The first child element with a given name.
    public func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// A diagnostic located at this element.
    public func diagnostic(_ message: String) -> XMLDiagnostic {
        XMLDiagnostic(file: file, line: line, message: message)
    }
}
