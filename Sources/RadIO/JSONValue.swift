/// A parsed JSON value. Object keys keep their order, so records can be echoed faithfully.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The member of an object (first with that key), nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The string value, nil for other kinds.
    public var string: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    /// The number value, nil for other kinds.
    public var number: Double? {
        if case let .number(value) = self { return value }
        return nil
    }

    /// The elements of an array, nil for other kinds.
    public var array: [JSONValue]? {
        if case let .array(value) = self { return value }
        return nil
    }

    /// The members of an object, nil for other kinds.
    public var members: [(key: String, value: JSONValue)]? {
        if case let .object(value) = self { return value }
        return nil
    }

    /// A string, or the text of a number ("53" for 53), for ids that datasets store either way.
    public var scalarText: String? {
        switch self {
        case let .string(value): return value
        case let .number(value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        default: return nil
        }
    }
}
