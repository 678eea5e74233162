import Glibc

/// Buffered output to standard output or a file, one JSON line at a time.
public final class OutputSink {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16
    /// The name used in diagnostics.
    public let name: String

    /// Standard output, or a file ("-" or nil means standard output).
    /// - Throws: ``InputError`` when the file cannot be created.
    public init(path: String?) throws {
        if let path, path != "-" {
            let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard opened >= 0 else {
                throw InputError(file: path, line: 0, message: "cannot create: \(String(cString: strerror(errno)))")
            }
            descriptor = opened
            ownsDescriptor = true
            name = path
        } else {
            descriptor = 1
            ownsDescriptor = false
            name = "-"
        }
        buffer.reserveCapacity(flushThreshold * 2)
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends bytes that are already whole lines (each ending in "\n").
    public func writeLines(_ bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count >= flushThreshold { flush() }
        if bytes.count >= flushThreshold {
            writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends one line (the bytes, then "\n").
    public func writeLine(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Writes everything buffered (a closed pipe ends the process quietly, as for any Unix filter).
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer(writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            offset += written
        }
    }
}

/// Writes a line to standard error.
public func printError(_ message: String) {
    var line = Array(message.utf8)
    line.append(0x0A)
    line.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
}
