import FoundationEssentials
import RadText
import RadXML

/// Loads data files into a ``KnowledgeBase``: each file is parsed safely, validated against the
/// schema its root element names, read, and the whole set is then checked for dangling references
/// and duplicates. Every problem of every file is collected before failing.
public enum KnowledgeBaseLoader {
    /// Loads every data file of a directory.
    /// - Throws: ``DataError`` listing every problem with file and line.
    public static func load(from directory: DataDirectory) throws -> KnowledgeBase {
        try load(files: directory.dataFiles(), directory: directory)
    }

    /// Loads `files` with the schemas of `directory`; the bundled files of kinds that `files` lack
    /// are added, so a file can be checked on its own against the rest of the data.
    /// - Throws: ``DataError`` listing every problem with file and line.
    public static func load(files: [String], directory: DataDirectory, completingFromBundle: Bool = false) throws
        -> KnowledgeBase
    {
        var reader = DataReader(directory: directory)
        var documents: [(kind: DataKind, root: XMLElement)] = []
        for file in files {
            if let document = reader.parse(file) { documents.append(document) }
        }
        if completingFromBundle {
            let given = Set(documents.map(\.kind))
            for file in directory.dataFiles() where !files.contains(file) {
                if let document = reader.parse(file), !given.contains(document.kind) { documents.append(document) }
            }
        }
        var base = KnowledgeBase()
        for (kind, root) in documents {
            reader.read(kind, root, into: &base)
        }
        reader.checkReferences(base)
        guard reader.diagnostics.isEmpty else { throw DataError(reader.diagnostics) }
        base.files = documents.map { directory.relative($0.root.file) }
        return base
    }
}

/// The state of one load: compiled schemas and the problems found so far.
struct DataReader {
    let directory: DataDirectory
    var diagnostics: [XMLDiagnostic] = []
    private var schemas: [DataKind: XMLSchema] = [:]

    init(directory: DataDirectory) {
        self.directory = directory
    }

    /// Parses and validates one file; nil (with diagnostics) when it fails.
    mutating func parse(_ file: String) -> (kind: DataKind, root: XMLElement)? {
        do {
            var kind: DataKind? = nil
            let root = try XMLLoader.load(file: file) { rootName in
                guard let found = DataKind(rawValue: rootName) else {
                    throw XMLLoadError([XMLDiagnostic(file: file, line: 0, message:
                        "unknown root element <\(rootName)>; a data file is one of: "
                        + DataKind.allCases.map { "<\($0.rawValue)>" }.joined(separator: ", "))])
                }
                kind = found
                return try schema(for: found)
            }
            guard let kind else { return nil }
            var relativeRoot = root
            relativeRoot.relabel(file: directory.relative(file))
            return (kind, relativeRoot)
        } catch let error as XMLLoadError {
            diagnostics += error.diagnostics
        } catch {
            diagnostics.append(XMLDiagnostic(file: file, line: 0, message: "\(error)"))
        }
        return nil
    }

    private mutating func schema(for kind: DataKind) throws -> XMLSchema {
        if let cached = schemas[kind] { return cached }
        let schema = try XMLSchema(file: directory.schema(for: kind))
        schemas[kind] = schema
        return schema
    }

    /// Reads a validated document into the knowledge base.
    mutating func read(_ kind: DataKind, _ root: XMLElement, into base: inout KnowledgeBase) {
        switch kind {
        case .anatomy: readAnatomy(root, into: &base.anatomy)
        case .findings: readFindings(root, into: &base.findings)
        case .cues: readCues(root, into: &base)
        case .segmentation: readSegmentation(root, into: &base)
        case .grammar: base.grammarDocuments.append(root)
        }
    }

    mutating func report(_ element: XMLElement, _ message: String) {
        diagnostics.append(element.diagnostic(message))
    }
}

extension XMLElement {
    /// Rewrites the file name of this element and its descendants.
    mutating func relabel(file: String) {
        self.file = file
        for index in children.indices { children[index].relabel(file: file) }
    }

    /// An xs:boolean attribute ("true"/"1"), `absent` (false unless given) when missing.
    func flag(_ name: String, absent: Bool = false) -> Bool {
        self[name].map { $0 == "true" || $0 == "1" } ?? absent
    }

    /// Where this element was defined.
    var origin: Origin { Origin(file: file, line: line) }

    /// The `<term>` children as terms (read in place: no array of the term elements is copied out first).
    var terms: [Term] {
        children.compactMap { child in
            guard child.name == "term" else { return nil }
            return Term(text: child.trimmedText, plural: child.flag("plural"), adjective: child.flag("adjective"),
                        standalone: child.flag("standalone"), signs: child.flag("signs"), alsoNames: child["alsoNames"],
                        origin: child.origin)
        }
    }
}
