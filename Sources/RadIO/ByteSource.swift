import Glibc

/// Reads a file or standard input in chunks, so that memory stays bounded whatever the input size.
public final class ByteSource {
    private let descriptor: Int32
    private let closeOnDeinit: Bool
    private var pending: [UInt8] = []
    /// The name used in diagnostics ("-" for standard input).
    public let name: String

    /// Opens a file; "-" reads standard input.
    /// - Throws: ``InputError`` when the file cannot be opened.
    public init(path: String) throws {
        name = path
        if path == "-" {
            descriptor = 0
            closeOnDeinit = false
        } else {
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw InputError(file: path, line: 0, message: "cannot open: \(String(cString: strerror(errno)))")
            }
            var status = stat()
            if fstat(opened, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw InputError(file: path, line: 0, message: "is a directory")
            }
            descriptor = opened
            closeOnDeinit = true
        }
    }

    deinit {
        if closeOnDeinit { close(descriptor) }
    }

    /// Appends up to `count` bytes to `buffer`; returns how many were read (0 at the end).
    /// - Throws: ``InputError`` on a read error.
    public func read(into buffer: inout [UInt8], count: Int = 1 << 20) throws -> Int {
        if !pending.isEmpty {
            let taken = min(count, pending.count)
            buffer.append(contentsOf: pending[0..<taken])
            pending.removeFirst(taken)
            return taken
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var got = 0
        while true {
            got = buffer.withUnsafeMutableBufferPointer { raw in
                Glibc.read(descriptor, raw.baseAddress! + start, count)
            }
            if got >= 0 || errno != EINTR { break }
        }
        buffer.removeLast(count - max(got, 0))
        if got < 0 {
            throw InputError(file: name, line: 0, message: "read error: \(String(cString: strerror(errno)))")
        }
        return got
    }

    /// Puts bytes back in front of the input (after sniffing its format).
    public func unread(_ bytes: [UInt8]) {
        pending = bytes + pending
    }

    /// The whole remaining input (for plain-text reports, which are one record per file).
    public func readAll() throws -> [UInt8] {
        var buffer: [UInt8] = []
        while try read(into: &buffer) > 0 {}
        return buffer
    }
}

/// An input that cannot be read at all (missing file, unreadable): the whole input is lost, so the
/// CLI reports it and exits non-zero.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
