import Foundation

/// A file with given contents in a fresh temporary directory.
func temporaryFile(_ contents: String, name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("radio-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent(name).path
    try contents.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
