import CRadICU

/// Case folding and NFKC for token forms: ASCII inline, everything else through ICU's
/// NFKC_Casefold normaliser ("ＭＲＩ" → "mri", "ﬁndings" → "findings", "İ" → "i̇"). An en dash, which NFKC keeps,
/// reads as the hyphen it stands for between two words ("pleural thickening – effusion" is the pair "thickening-effusion",
/// "3–5 mm" the range "3-5 mm"), and so do the other hyphens a word processor puts in ("ground‐glass", the non-breaking
/// "ground‑glass", the figure dash, the minus sign of "2−3 mm"), so lexicons, grammars and the readers of phrases see one
/// dash form. (The em dash, a clause break, keeps its own form.)
struct TokenNormalizer {
    /// The hyphen (U+2010), non-breaking hyphen (U+2011), figure dash (U+2012), en dash (U+2013) and minus sign (U+2212),
    /// whose forms are the hyphen-minus.
    private static let hyphenLike: [UInt16] = [0x2010, 0x2011, 0x2012, 0x2013, 0x2212]
    /// The hyphen-minus.
    private static let hyphen: UInt16 = 0x2D

    private var icuOutput: [UInt16] = Array(repeating: 0, count: 64)

    /// Whether every unit is ASCII (whose form is the text with its letters lower-cased).
    @inline(__always)
    static func isASCII(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        !units.contains { $0 >= 0x80 }
    }

    /// Appends the normalised form of `units` to `form`.
    mutating func append(_ units: UnsafeBufferPointer<UInt16>, to form: inout [UInt16]) {
        if Self.isASCII(units) {
            for unit in units {
                form.append(unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit)
            }
            return
        }
        if units.count == 1 && Self.hyphenLike.contains(units[0]) {
            form.append(Self.hyphen)
            return
        }
        while true {
            var status: Int32 = 0
            let capacity = Int32(icuOutput.count)
            let length = icuOutput.withUnsafeMutableBufferPointer { out in
                radicu_nfkc_casefold(units.baseAddress!, Int32(units.count), out.baseAddress, capacity, &status)
            }
            if status == RADICU_BUFFER_OVERFLOW {
                icuOutput = Array(repeating: 0, count: Int(length) + 16)
                continue
            }
            if status > 0 {  // ICU failed: keep the text as it is rather than lose the token
                form.append(contentsOf: units)
            } else {
                form.append(contentsOf: icuOutput[0..<Int(length)])
            }
            return
        }
    }
}
