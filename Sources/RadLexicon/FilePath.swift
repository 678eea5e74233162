import FoundationEssentials

/// Path arithmetic on plain strings, as `NSString`'s path methods do it (FoundationEssentials, which
/// the engine links instead of Foundation, has no `NSString`).
enum FilePath {
    /// `folder/name`, with one slash between them.
    static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The path without its last component ("/a/b/c" → "/a/b", "/a" → "/", "c" → "").
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The path with "." and ".." components resolved (lexically; relative paths made absolute against
    /// the working directory).
    static func standardized(_ path: String) -> String {
        URL(filePath: path).standardized.path(percentEncoded: false)
    }
}
