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

    /// The path with "." and ".." components resolved lexically ("/a/b/../c" → "/a/c"); a relative path stays
    /// relative ("bin/../share" → "share", "../data" → "../data").
    static func standardized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var kept: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            if component == "..", let last = kept.last, last != ".." {
                kept.removeLast()
            } else if component != ".." || !absolute {
                kept.append(component)
            }
        }
        let joined = kept.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
