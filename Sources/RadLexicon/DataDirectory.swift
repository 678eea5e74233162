import FoundationEssentials
import RadXML

/// The directory holding `Lexicons/` and `Grammars/`.
///
/// Found without configuration, in this order: an explicit path (`--data-dir`), the environment
/// variable `RADFIND_DATA`, beside the running executable (or in `../share/radfind` from it), any
/// parent of the executable's folder (a `swift run` or `swift build` checkout), and finally the
/// source tree this module was compiled from.
public struct DataDirectory: Sendable, Equatable {
    /// Absolute or relative path of the directory.
    public let path: String

    /// A data directory at a known path.
    /// - Throws: ``DataError`` when `Lexicons/` or `Grammars/` is missing there.
    public init(path: String) throws {
        guard Self.holdsData(path) else {
            throw DataError([XMLDiagnostic(file: path, line: 0, message: "not a RadFindings data directory (needs Lexicons/ and Grammars/)")])
        }
        self.path = path
    }

    private init(unchecked path: String) { self.path = path }

    /// Finds the data directory (see the type's description).
    /// - Parameter override: an explicit path, which must hold the data.
    public static func locate(override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> DataDirectory
    {
        if let override { return try DataDirectory(path: override) }
        if let fromEnvironment = environment["RADFIND_DATA"], !fromEnvironment.isEmpty {
            return try DataDirectory(path: fromEnvironment)
        }
        var candidates: [String] = []
        if let executable = executablePath() {
            let folder = FilePath.parent(of: executable)
            candidates.append(folder)
            candidates.append(FilePath.join(folder, "../share/radfind"))
            var parent = folder
            while parent != "/" && !parent.isEmpty {
                parent = FilePath.parent(of: parent)
                candidates.append(parent)
            }
        }
        candidates.append(sourceTreeRoot)
        for candidate in candidates where holdsData(candidate) {
            return DataDirectory(unchecked: FilePath.standardized(candidate))
        }
        throw DataError([XMLDiagnostic(file: "Lexicons/", line: 0, message: "cannot find the RadFindings data (Lexicons/ and Grammars/); pass --data-dir or set RADFIND_DATA")])
    }

    /// The folder of a kind of data file.
    public func folder(for kind: DataKind) -> String {
        FilePath.join(path, kind.folder)
    }

    /// The schema file of a kind.
    public func schema(for kind: DataKind) -> String {
        FilePath.join(folder(for: kind), kind.schemaFile)
    }

    /// Every `.xml` data file of the directory, `Lexicons/` then `Grammars/`, sorted by name.
    public func dataFiles() -> [String] {
        var files: [String] = []
        for folder in ["Lexicons", "Grammars"] {
            let full = FilePath.join(path, folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            files += names.filter { $0.hasSuffix(".xml") }.sorted().map { FilePath.join(full, $0) }
        }
        return files
    }

    /// `file` relative to this directory when it lies inside it.
    public func relative(_ file: String) -> String {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }

    private static func holdsData(_ path: String) -> Bool {
        var isDirectory = false
        for folder in ["Lexicons", "Grammars"] {
            guard FileManager.default.fileExists(atPath: FilePath.join(path, folder), isDirectory: &isDirectory), isDirectory
            else { return false }
        }
        return true
    }

    private static func executablePath() -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return CommandLine.arguments.first.map(FilePath.standardized)
    }

    /// The package root this file was compiled in (Sources/RadLexicon/DataDirectory.swift → ../../..).
    private static let sourceTreeRoot: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = FilePath.parent(of: path) }
        return path
    }()
}
