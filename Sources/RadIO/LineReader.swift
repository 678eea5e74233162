import Glibc

/// Splits a ``ByteSource`` into lines (LF or CRLF), streaming, with 1-based line numbers.
public struct LineReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The number of the line most recently returned.
    public private(set) var lineNumber = 0

    public init(source: ByteSource) {
        self.source = source
    }

    /// The offset of the next line feed at or after `start` (memchr).
    private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard start < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next line without its terminator, nil at the end.
    /// - Throws: ``InputError`` on a read error.
    public mutating func next() throws -> [UInt8]? {
        while true {
            if let newline = Self.newline(in: buffer, from: position) {
                var end = newline
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                var line = Array(buffer[position...])
                if line.last == 0x0D { line.removeLast() }
                position = buffer.count
                lineNumber += 1
                return line
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            if try source.read(into: &buffer) == 0 { finished = true }
        }
    }
}
