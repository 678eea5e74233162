/// Our corrections to ICU's sentence boundaries, as data. Loaded from `Grammars/sentences.xml`
/// (split and join rules) and the abbreviation entries of `Lexicons/cues.xml`.
public struct SentenceRules: Sendable {
    /// A word that, followed by ".", does not end a sentence ("approx.", "e.g.", "No. 4").
    public struct Abbreviation: Sendable {
        /// The word without its final period, lower-cased unless ``caseSensitive``.
        public var text: [UInt16]
        /// Compare exactly ("No" but not "no").
        public var caseSensitive: Bool
        /// Only when a number follows ("No. 4", "Fig. 2"), so that "… was seen. No effusion." still splits.
        public var onlyBeforeNumber: Bool
        /// Where the entry was defined (file:line), for `--explain`.
        public var origin: String

        public init(text: String, caseSensitive: Bool, onlyBeforeNumber: Bool, origin: String) {
            self.text = Array((caseSensitive ? text : text.lowercased()).utf16)
            self.caseSensitive = caseSensitive
            self.onlyBeforeNumber = onlyBeforeNumber
            self.origin = origin
        }
    }

    /// An extra boundary ICU does not make: after (or before) a character, when the neighbours fit.
    public struct Split: Sendable {
        /// Where the boundary goes relative to ``character``.
        public enum Placement: Sendable { case after, before }

        /// The character at the boundary (";", ".", " ", "·").
        public var character: UInt16
        public var placement: Placement
        /// Required class of the character before ``character``, if any.
        public var previous: CharClassSet?
        /// Required class of the first character of the next sentence (after optional spaces), if any.
        public var next: CharClassSet?
        /// Whether spaces may stand between ``character`` and the next sentence (no line breaks).
        public var allowSpace: Bool
        /// Whether at least one space must stand there.
        public var requireSpace: Bool
        /// Whether the next sentence must start with a capitalised word (a capital, then a lower-case letter).
        public var capitalizedWord = false
        /// Next words that keep their capital inside a sentence (names, months: "Covid", "March"), exactly as written.
        public var unlessNext: [[UInt16]] = []
        /// Words before ``character`` after which no boundary goes (lower-cased: "right" in "on the right Stable …").
        public var unlessPrevious: [[UInt16]] = []
        /// Next words the boundary needs, exactly as written ("no" in "… is natural. no lymph node …"); empty: any.
        public var onlyNext: [[UInt16]] = []
        /// Whether a sentence ending at ``character`` with no finding of its own is a header framing the next one's side
        /// ("In the right lung; There are nodules in the upper lobe").
        public var frames = false
        /// Rule id and origin, for `--explain`.
        public var id: String

        public init(character: UInt16, placement: Placement, previous: CharClassSet?, next: CharClassSet?,
                    allowSpace: Bool, requireSpace: Bool, id: String) {
            self.character = character
            self.placement = placement
            self.previous = previous
            self.next = next
            self.allowSpace = allowSpace
            self.requireSpace = requireSpace
            self.id = id
        }
    }

    public var abbreviations: [Abbreviation]
    public var splits: [Split]
    /// Drop an ICU boundary when the next sentence would start with a lower-case letter
    /// ("(metastasis?) was considered"), unless a blank line separates them.
    public var joinBeforeLowercase: Bool
    /// Drop an ICU boundary after a list number that stands alone ("1. Nodule …").
    public var joinAfterEnumerator: Bool
    /// Drop an ICU boundary inside a bracket that closes on the same line ("(small airway disease? Small vessel disease?)").
    public var joinInsideBrackets = false
    /// Treat a single line break inside a paragraph as a space (hard-wrapped reports).
    public var unwrapLineBreaks: Bool

    public init(abbreviations: [Abbreviation], splits: [Split], joinBeforeLowercase: Bool, joinAfterEnumerator: Bool,
                unwrapLineBreaks: Bool) {
        self.abbreviations = abbreviations
        self.splits = splits
        self.joinBeforeLowercase = joinBeforeLowercase
        self.joinAfterEnumerator = joinAfterEnumerator
        self.unwrapLineBreaks = unwrapLineBreaks
    }
}
