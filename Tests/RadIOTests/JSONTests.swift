import RadIO
import Testing

/// The JSON parser and writer.
@Suite struct JSONTests {
    @Test func parsesNestedValuesInOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, -3e2, true, null], "a": {"x": "y"}}"#)
        #expect(value.members?.map(\.key) == ["b", "a"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .number(-300), .bool(true), .null]))
        #expect(value["a"]?["x"]?.string == "y")
    }

    @Test func rejectsInvalidJSONWithAnOffset() {
        for text in ["{\"a\": }", "[1, 2", "{\"a\": 1} x", "\"unterminated", "{\"a\" 1}", "01x", "\"tab\there\""] {
            #expect(throws: JSONParser.Error.self, "\(text)") { try JSONParser.parse(text) }
        }
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(String(repeating: "[", count: 10_000)) }
    }

    @Test func writerEscapesAndRoundTrips() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("text"); writer.string("a \"quote\"\\ \n\t\u{1} é 😀")
        writer.key("n"); writer.number(12.0)
        writer.key("x"); writer.number(2.5)
        writer.key("list"); writer.beginArray(); writer.number(1); writer.null(); writer.bool(false); writer.endArray()
        writer.key("empty"); writer.beginObject(); writer.endObject()
        writer.endObject()
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == #"{"text":"a \"quote\"\\ \n\t\u0001 é 😀","n":12,"x":2.5,"list":[1,null,false],"empty":{}}"#)
        let parsed = try JSONParser.parse(writer.bytes)
        #expect(parsed["text"]?.string == "a \"quote\"\\ \n\t\u{1} é 😀")
    }

    /// UTF-16 slices are transcoded as written: escapes, 2-, 3- and 4-byte UTF-8, and U+FFFD for a lone
    /// surrogate.
    @Test func writerTranscodesUTF16() {
        let units = Array("q\"\t é ｎ 😀".utf16) + [0xD800, 0x41]
        var writer = JSONWriter()
        units.withUnsafeBufferPointer { writer.string(utf16: $0) }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"q\\\"\\t é ｎ 😀\u{FFFD}A\"")
    }

    /// Values and members rendered once are written again with their separators, as if written in place.
    @Test func writerCopiesRenderedValuesAndMembers() {
        let members = JSONWriter.renderedMembers { writer in
            writer.key("finding"); writer.string("nodule")
            writer.key("lineage"); writer.stringArray(["nodule"])
        }
        let value = JSONWriter.rendered { writer in
            writer.beginObject(); writer.key("id"); writer.string("RUL"); writer.endObject()
        }
        var writer = JSONWriter()
        writer.beginObject()
        writer.members(json: [])
        writer.key("id"); writer.number(3)
        writer.members(json: members)
        writer.key("anatomy"); writer.beginArray(); writer.value(json: value); writer.value(json: value); writer.endArray()
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"id":3,"finding":"nodule","lineage":["nodule"],"anatomy":[{"id":"RUL"},{"id":"RUL"}]}"#)
    }

    /// A long text of wide characters and escapes outgrows a small buffer midway: every byte still lands.
    @Test func writerTranscodesUTF16PastItsBuffer() {
        let text = String(repeating: "a é ｎ 😀 \n \"", count: 400)
        var writer = JSONWriter(capacity: 16)
        Array(text.utf16).withUnsafeBufferPointer { writer.string(utf16: $0) }
        var expected = JSONWriter(capacity: 16)
        expected.string(text)
        #expect(writer.bytes == expected.bytes)
        #expect(writer.bytes.count > 7_000)
    }

    @Test func writerWritesIntegersDigitByDigit() {
        var writer = JSONWriter()
        writer.beginArray()
        for value in [0, 7, -42, 1_234_567, Int.max, Int.min] { writer.number(value) }
        writer.number(-3.0)
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == "[0,7,-42,1234567,9223372036854775807,-9223372036854775808,-3]")
    }

    /// Digits are written straight into the buffer: numbers of every length outgrow a small one and all land whole.
    @Test func writerWritesIntegersPastItsBuffer() {
        let values = (0..<300).map { $0 * $0 * 7_919 * ($0 % 2 == 0 ? 1 : -1) }
        var writer = JSONWriter(capacity: 16)
        writer.beginArray()
        for value in values { writer.number(value) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[" + values.map(String.init).joined(separator: ",") + "]")
    }

    @Test func writerWritesPreparedKeysWithSeparators() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key(plain: Array("Lung nodule".utf8))
        writer.number(1)
        writer.key(plain: Array("Hiatal hernia".utf8))
        writer.number(0)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"Lung nodule\":1,\"Hiatal hernia\":0}")
    }
}
