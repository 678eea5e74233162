/// Writes compact JSON into a byte buffer, without `Codable` or intermediate `String`s.
///
/// Commas are managed for you: open containers with ``beginObject()``/``beginArray()``, give each
/// object member a ``key(_:)`` then a value, and close them. The caller keeps calls balanced; nesting
/// goes up to 64 levels. The writer owns its buffer and cannot be copied.
///
/// The small writes (keys, brackets, numbers, booleans) are `@inlinable`: inlined where the output
/// is written, a key's literal is copied as a few constant stores rather than through `memmove`.
public struct JSONWriter: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int
    /// Per nesting level (bit `depth`): whether the container already holds a value.
    @usableFromInline var filled: UInt64 = 0
    @usableFromInline var depth = 0
    @usableFromInline var afterKey = false

    /// A writer whose buffer starts at `capacity` bytes (it grows as needed).
    public init(capacity: Int = 1 << 14) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The JSON written so far (UTF-8), copied out.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Calls `body` with the JSON written so far, in place (valid only during the call).
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Ends a JSON line: writes "\n" and starts the next value at the top level (for JSON lines
    /// written one after another into one buffer).
    public mutating func endLine() {
        append(0x0A)
        filled = 0
        depth = 0
        afterKey = false
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func reset() {
        count = 0
        filled = 0
        depth = 0
        afterKey = false
    }

    /// Makes room for `extra` more bytes.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: extra) }
    }

    /// Moves the bytes into a buffer at least twice as large that holds `extra` more bytes.
    @usableFromInline
    mutating func grow(toHold extra: Int) {
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    @inlinable @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inlinable @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    @inlinable @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inlinable
    public mutating func beginObject() {
        separate()
        append(UInt8(ascii: "{"))
        open()
    }

    @inlinable
    public mutating func endObject() {
        depth -= 1
        append(UInt8(ascii: "}"))
    }

    @inlinable
    public mutating func beginArray() {
        separate()
        append(UInt8(ascii: "["))
        open()
    }

    @inlinable
    public mutating func endArray() {
        depth -= 1
        append(UInt8(ascii: "]"))
    }

    @inlinable @inline(__always)
    mutating func open() {
        depth += 1
        precondition(depth < 64, "JSONWriter: nesting deeper than 64 levels")
        filled &= ~(1 << UInt64(depth))
    }

    /// An object member's key written in the source (no escaping needed: plain ASCII without quotes or
    /// backslashes); the next value written is its value.
    @inlinable @inline(__always)
    public mutating func key(_ name: StaticString) {
        separate()
        let length = name.utf8CodeUnitCount
        reserve(length + 3)
        base[count] = UInt8(ascii: "\"")
        (base + count + 1).update(from: name.utf8Start, count: length)
        base[count + length + 1] = UInt8(ascii: "\"")
        base[count + length + 2] = UInt8(ascii: ":")
        count += length + 3
        afterKey = true
    }

    /// An object member's key given as UTF-8 bytes that need no escaping (plain ASCII without quotes,
    /// backslashes or control characters), prepared once for keys written again and again.
    public mutating func key(plain name: [UInt8]) {
        separate()
        append(UInt8(ascii: "\""))
        name.withUnsafeBufferPointer { append($0) }
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// An object member's key known only at run time; the next value written is its value.
    public mutating func dynamicKey(_ name: String) {
        separate()
        writeString(name)
        append(UInt8(ascii: ":"))
        afterKey = true
    }

    @inlinable
    public mutating func string(_ value: String) {
        separate()
        writeString(value)
    }

    /// A string given as UTF-16 code units (a slice of a report's text), transcoded to UTF-8 as it is
    /// written: no `String` is made. A lone surrogate is written as U+FFFD.
    public mutating func string(utf16 units: UnsafeBufferPointer<UInt16>) {
        separate()
        // Room for the rest of the text at one byte a unit, so that plain ASCII (nearly all of it) is
        // stored without a check per byte; restored after each wider or escaped character.
        reserve(units.count + 2)
        base[count] = UInt8(ascii: "\"")
        count += 1
        var index = appendPlainASCII(units, from: 0)
        while index < units.count {
            let unit = UInt32(units[index])
            index += 1
            switch unit {
            case 0..<0x80:
                appendEscaped(UInt8(unit))
            case 0x80..<0x800:
                append(0xC0 | UInt8(unit >> 6))
                append(0x80 | UInt8(unit & 0x3F))
            case 0xD800..<0xDC00 where index < units.count && units[index] & 0xFC00 == 0xDC00:
                let scalar = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index += 1
                append(0xF0 | UInt8(scalar >> 18))
                append(0x80 | UInt8((scalar >> 12) & 0x3F))
                append(0x80 | UInt8((scalar >> 6) & 0x3F))
                append(0x80 | UInt8(scalar & 0x3F))
            case 0xD800..<0xE000:
                append(0xEF)  // U+FFFD
                append(0xBF)
                append(0xBD)
            default:
                append(0xE0 | UInt8(unit >> 12))
                append(0x80 | UInt8((unit >> 6) & 0x3F))
                append(0x80 | UInt8(unit & 0x3F))
            }
            reserve(units.count - index + 1)
            index = appendPlainASCII(units, from: index)
        }
        append(UInt8(ascii: "\""))
    }

    /// Copies the run of plain ASCII units from `start` on (no quote, backslash or control character: one byte each,
    /// into the room already reserved for them) through local pointers; returns the index after the run.
    @inline(__always)
    private mutating func appendPlainASCII(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let out = base + count
        var index = start
        while index < units.count {
            let unit = units[index]
            guard unit < 0x80 && unit >= 0x20 && unit != 0x22 && unit != 0x5C else { break }
            out[index - start] = UInt8(truncatingIfNeeded: unit)
            index += 1
        }
        count += index - start
        return index
    }

    @inlinable
    public mutating func number(_ value: Int) {
        separate()
        writeDigits(of: value)
    }

    /// A number; integral values are written without a fraction ("12", not "12.0"), non-finite as null.
    public mutating func number(_ value: Double) {
        separate()
        if !value.isFinite {
            append("null")
        } else if value == value.rounded() && abs(value) < 1e15 {
            writeDigits(of: Int(value))
        } else {
            var text = value.description
            text.withUTF8 { append($0) }
        }
    }

    @inlinable
    public mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
    }

    @inlinable
    public mutating func null() {
        separate()
        append("null")
    }

    /// A value rendered before (by ``rendered(_:)``), copied as it is.
    public mutating func value(json: [UInt8]) {
        separate()
        json.withUnsafeBufferPointer { append($0) }
    }

    /// Object members rendered before (by ``renderedMembers(_:)``: `"key":value,…`), copied as they are.
    public mutating func members(json: [UInt8]) {
        guard !json.isEmpty else { return }
        separate()
        json.withUnsafeBufferPointer { append($0) }
    }

    /// The JSON of one value, for writing again and again with ``value(json:)``.
    public static func rendered(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter()
        body(&writer)
        return writer.bytes
    }

    /// The JSON of object members, for writing again and again with ``members(json:)``.
    public static func renderedMembers(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        body(&writer)
        return Array(writer.bytes.dropFirst())
    }

    /// An array of strings.
    @inlinable
    public mutating func stringArray(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// A string, or null when nil.
    @inlinable
    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Any parsed JSON value.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(flag): bool(flag)
        case let .number(number): self.number(number)
        case let .string(text): string(text)
        case let .array(elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case let .object(members):
            beginObject()
            for member in members {
                dynamicKey(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    /// Writes an integer's decimal digits straight into the buffer, last digit first, without building a `String`.
    @usableFromInline
    mutating func writeDigits(of value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var length = 1
        var rest = magnitude / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        reserve(length)
        var position = count + length
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += length
    }

    @inlinable @inline(__always)
    mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        let bit: UInt64 = 1 << UInt64(depth)
        if filled & bit != 0 {
            append(UInt8(ascii: ","))
        } else {
            filled |= bit
        }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// A quote, backslash or control character, escaped.
    private mutating func appendEscaped(_ byte: UInt8) {
        append(0x5C)
        switch byte {
        case 0x22, 0x5C: append(byte)
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        default:
            append("u00")
            append(Self.hexDigits.utf8Start[Int(byte >> 4)])
            append(Self.hexDigits.utf8Start[Int(byte & 0xF)])
        }
    }

    @usableFromInline
    mutating func writeString(_ value: String) {
        append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscaped(byte)
                runStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        append(UInt8(ascii: "\""))
    }
}
