import CRadICU

/// What the tokenizer and the sentence rules need to know about a UTF-16 code unit.
///
/// ASCII is answered inline; everything else asks ICU (through the C facade) for the general
/// category, which keeps non-English letters, non-breaking spaces and typographic dashes right.
public enum CharClass: UInt8, Sendable {
    case other, upper, lower, letter, digit, space, dash, punct

    /// Letters of any case.
    @inlinable public var isLetter: Bool { self == .upper || self == .lower || self == .letter }

    /// Letters of any case, or digits.
    @inlinable public var isLetterOrDigit: Bool { isLetter || self == .digit }
}

/// A set of character classes, as a bit mask.
public struct CharClassSet: Sendable, Equatable {
    private var bits: UInt8 = 0

    public init(_ classes: [CharClass] = []) {
        for member in classes { insert(member) }
    }

    public mutating func insert(_ member: CharClass) { bits |= 1 << member.rawValue }

    @inlinable @inline(__always)
    public func contains(_ member: CharClass) -> Bool { bitsValue & (1 << member.rawValue) != 0 }

    @usableFromInline var bitsValue: UInt8 { bits }
}

extension UInt16 {
    /// The class of this code unit (surrogates count as letters: scripts outside the BMP are
    /// rare in reports and never structural).
    @inlinable @inline(__always)
    public var charClass: CharClass {
        if self < 0x80 { return asciiClass }
        if self & 0xF800 == 0xD800 { return .letter }
        return CharClass(rawValue: UInt8(radicu_char_class(UInt32(self)))) ?? .other
    }

    /// The class of an ASCII code unit (a plain switch: no table, no lazy global).
    @inlinable @inline(__always)
    var asciiClass: CharClass {
        switch self {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return .space
        case 0x2D: return .dash
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return .punct
        default: return .other
        }
    }

    /// Line feed, carriage return, or a Unicode line/paragraph separator (the common units between 0x0E and 0x84, letters
    /// and spaces, answered by two comparisons).
    @inlinable @inline(__always)
    public var isLineBreak: Bool {
        if self <= 0x0D { return self == 0x0A || self == 0x0D }
        return self >= 0x85 && (self == 0x85 || self == 0x2028 || self == 0x2029)
    }
}
