import RadLexicon

/// Whether the report says a finding is there.
public enum Assertion: String, Sendable, Codable {
    case present, absent, uncertain
}

/// Which side a finding is on.
public enum Laterality: String, Sendable, Codable {
    case left, right, bilateral, none
}

/// A lesion measurement in millimetres.
public struct Size: Sendable, Codable, Equatable {
    /// The largest dimension ("6x4 mm" → 6, "1.2 cm" → 12, "2-3 mm" → 3).
    public var maxMM: Double
    /// Every dimension in the order written (for a range: its bounds).
    public var dimsMM: [Double]
    public var qualifier: SizeQualifier

    public init(maxMM: Double, dimsMM: [Double], qualifier: SizeQualifier) {
        self.maxMM = maxMM
        self.dimsMM = dimsMM
        self.qualifier = qualifier
    }

    enum CodingKeys: String, CodingKey {
        case maxMM = "max_mm", dimsMM = "dims_mm", qualifier
    }
}

/// One step of the reasoning behind a finding, for `--explain`: what was used and where it is defined.
public struct ExplainStep: Sendable, Codable, Equatable {
    /// "term", "modifier", "rule", "cue", "proximity", "location", "size", "size-word", "temporal",
    /// "quantity", "placed-in", "reference", "refers-to" (the finding of an earlier sentence whose place
    /// it takes).
    public var role: String
    /// The entry or rule id.
    public var id: String
    /// The words of the report it matched.
    public var text: String
    /// file:line of the lexicon entry or rule.
    public var origin: String
}

/// Explanation steps, recorded only when `--explain` asks for them (the step is not even built
/// otherwise).
struct ExplainLog {
    let enabled: Bool
    private(set) var steps: [ExplainStep]

    init(enabled: Bool, steps: [ExplainStep] = []) {
        self.enabled = enabled
        self.steps = steps
    }

    mutating func add(_ step: @autoclosure () -> ExplainStep) {
        if enabled { steps.append(step()) }
    }
}

/// Where a finding without a place of its own takes one from an earlier sentence.
enum Antecedent: Sendable {
    case none
    /// "There is also volume loss in this localization": the last finding before it that has a place.
    case place
    /// "The described nodule is stable": the last finding of its type before it that has a place.
    case sameType
}

/// A finding extracted from a report, normalised against the ontology. Positions are UTF-16
/// offsets into the report text until the record is made.
public struct Finding: Sendable {
    /// The finding type id (`Lexicons/findings.xml`).
    public var type: String
    public var category: FindingCategory?
    public var assertion: Assertion
    public var laterality: Laterality
    /// Lobe codes, sorted (RUL, RML, RLL, LUL, LLL order of `lobeOrder`).
    public var lobes: [String]
    /// Segment and lobe-part ids (e.g. "LLL-posterior-basal", "lingula").
    public var segments: [String]
    /// Other places named (zones, pleura, organs): structure ids.
    public var places: [String]
    public var size: Size?
    /// A size said in words ("millimetric", "subcentimeter"): the size-word id.
    public var sizeWord: String?
    public var multiple: Bool
    public var temporal: TemporalChange?
    /// Index of the sentence in the report.
    public var sentence: Int
    /// UTF-16 range of the finding phrase.
    public var range: Range<Int>
    public var text: String
    /// CT-RATE labels this finding turns on when present.
    public var labels: [CTRateLabel]
    /// A later finding of the sentence names this one ("density increase consistent with
    /// consolidation"): the labels are that finding's.
    public var interpreted: Bool
    /// Structure ids of every place attached (lobes, segments, zones, organs).
    public var anatomy: [String]
    public var explanation: [ExplainStep]
    /// What an earlier sentence supplies (resolved per report, since sentences are read on their own).
    var antecedent: Antecedent = .none

    /// Focal ⇔ category 2x.
    public var focal: Bool? { category?.isFocal }
}
