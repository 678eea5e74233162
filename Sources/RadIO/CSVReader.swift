/// Reads RFC 4180 CSV, streaming: quoted fields may hold commas, doubled quotes and line breaks.
///
/// Each record comes with the line it starts on. A record that breaks the format (text after a
/// closing quote, a quote never closed) comes back with an error instead of fields, and reading
/// goes on at the next record.
public struct CSVReader {
    /// One record: its fields, or why it could not be read.
    public struct Record {
        public var fields: [String]
        /// 1-based line where the record starts.
        public var line: Int
        public var error: String?
    }

    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var line = 1

    public init(source: ByteSource) {
        self.source = source
    }

    /// The next record, nil at the end.
    /// - Throws: ``InputError`` on a read error.
    public mutating func next() throws -> Record? {
        // Skip blank lines between records.
        while true {
            guard try ensure(1) else { return nil }
            if buffer[position] == 0x0A {
                position += 1
                line += 1
            } else if buffer[position] == 0x0D {
                position += 1
            } else {
                break
            }
        }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var error: String? = nil
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        while true {
            guard try ensure(1) else {
                if inQuotes { error = error ?? "quoted field never closed (opened on line \(startLine))" }
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(fields: fields, line: startLine, error: error)
            }
            let byte = buffer[position]
            position += 1
            if inQuotes {
                if byte == 0x22 {
                    if try ensure(1), buffer[position] == 0x22 {
                        field.append(0x22)
                        position += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x2C:  // ,
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                quoted = false
                afterQuote = false
            case 0x0A:
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(fields: fields, line: startLine, error: error)
            case 0x0D:
                break
            case 0x22 where field.isEmpty && !quoted:
                quoted = true
                inQuotes = true
            default:
                if afterQuote {
                    error = error ?? "unexpected text after a closing quote on line \(line)"
                }
                field.append(byte)
            }
        }
    }

    /// Makes at least `count` unread bytes available; false at the end of input.
    private mutating func ensure(_ count: Int) throws -> Bool {
        while buffer.count - position < count {
            if finished { return false }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            if try source.read(into: &buffer) == 0 { finished = true }
        }
        return true
    }
}
