/// How much a finding word says on its own.
public enum Specificity: String, Sendable, Comparable {
    /// Nothing alone ("changes", "areas"): only an adjective finding before it gives it a type.
    case generic
    /// A finding alone ("opacity", "lesion"), but an adjective finding before it wins ("nodular opacity").
    case weak
    case specific

    /// Ordered from generic to specific.
    public static func < (lhs: Specificity, rhs: Specificity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .generic: 0
        case .weak: 1
        case .specific: 2
        }
    }
}

/// Which earlier findings a word that names findings of earlier sentences stands for.
public enum RecapReach: String, Sendable {
    /// "There is a nodule in the liver. It is stable.": those of the last sentence with findings before it.
    case sentenceBefore = "sentence-before"
    /// "The described appearance has regressed" (a reference cue before a generic word): those of the
    /// sentences right before it.
    case sentencesBefore = "sentences-before"
    /// "Other findings are stable" (a recap cue): every finding before it.
    case report
    /// "When compared with the old CTs dated …, no significant difference was found." (a change framed by a
    /// comparison, naming nothing, after a sentence without findings): every finding before it, none set apart. Given by
    /// the reader, no findings.xml value.
    case examination
}

/// A finding type of `findings.xml`: its words, ReXGroundingCT category and CT-RATE labels.
public struct FindingType: Sendable {
    /// Canonical id ("nodule", "linear-atelectasis").
    public var id: String
    /// ReXGroundingCT category; nil outside lung and pleura.
    public var category: FindingCategory?
    /// Where the finding lives when the text names no place ("lung", "pleura", "heart", …).
    public var region: String
    /// RadLex ID (verified), and whether it is only the nearest class.
    public var radlex: String?
    public var radlexApproximate: Bool
    /// CT-RATE labels a present finding of this type turns on.
    public var labels: [CTRateLabel]
    public var specificity: Specificity
    public var terms: [Term]
    /// The broader type this one is a kind of ("linear-atelectasis" → "atelectasis").
    public var parent: String?
    /// Its words also name lesions of other organs ("nodule", "cyst"): unplaced, it is in the organ the
    /// sentences before it are about (`otherOrgans` in findings.xml).
    public var otherOrgans = false
    /// The type of a finding a dataset string describes without naming one (`unnamed` in findings.xml).
    public var unnamed = false
    /// Whether a finding of this type has a side and lobes (`sided="false"` in findings.xml: the heart's size,
    /// a pericardial effusion).
    public var sided = true
    /// The structure id of the organ the type's own word names (`organ` in findings.xml: "hepatosteatosis" → "liver"): a
    /// finding placed in no part of it is placed there too.
    public var organ: String?
    /// As an adjective it says what a finding comes from, not what kind it is (`cause` in findings.xml): a weak
    /// head keeps the type its place gives it besides ("sequelae thickening in the costal pleura").
    public var cause = false
    /// A diagnosis, not an appearance (`diagnosis` in findings.xml): named without a place, in a sentence that places
    /// nothing, it says what the findings before it are ("Viral pneumonia has been evaluated for Covid-19").
    public var diagnosis = false
    /// The appearances a diagnosis names (`interprets` in findings.xml; their narrower types too): after sentences that
    /// name them, it is where the findings of all of them are, not only the last one's.
    public var interprets: [String] = []
    /// The findings a sign of this type is seen inside (`within` in findings.xml; their narrower types too): one its
    /// sentence places nowhere is where the one named closest before it is ("… consolidation. There are also air
    /// bronchograms.").
    public var within: [String] = []
    /// The type this one is another name for in a summary (`restates` in findings.xml): an impression mention of it
    /// is a findings-section finding of that type, or of another type restating it, said again in other words.
    public var restates: String?
    /// The types a copy of this one names again in words of its own (`renames` in findings.xml; their narrower types and
    /// those restating them too): an impression mention of it, placed where the findings-section finding is, is that
    /// finding, which keeps its own labels ("linear atelectasis" summed up as "fibroatelectatic changes").
    public var renames: [String] = []
    /// One per side, or one at all when it has no side (`single` in findings.xml): named again with no place of another
    /// side, it is the one named before ("Pericardial effusion is observed. Pericardial effusion measured 24 mm").
    public var single = false
    /// A pattern over the lungs that a report describes once (`pattern` in findings.xml): named again later in its
    /// section where it was, it is the one named before ("Mosaic attenuation was found to be secondary to …").
    public var pattern = false
    /// A finding that goes with another one named beside it (`secondary` in findings.xml: an atelectasis beside an
    /// effusion): a size said of a phrase naming both is the other one's.
    public var secondary = false
    /// A word that, alone in its sentence, names findings of earlier sentences ("it": `recap` in findings.xml).
    public var recap: RecapReach?
    /// Structure id → the type the finding has when placed there; `alone`: only when it is placed nowhere else (see
    /// `alone` of `<in>` in findings.xsd).
    public var relocations: [(structure: String, type: String, alone: Bool)] = []
    public var origin: Origin

    public init(id: String, category: FindingCategory?, region: String, radlex: String?, radlexApproximate: Bool,
                labels: [CTRateLabel], specificity: Specificity = .specific, terms: [Term], origin: Origin) {
        self.id = id
        self.category = category
        self.region = region
        self.radlex = radlex
        self.radlexApproximate = radlexApproximate
        self.labels = labels
        self.specificity = specificity
        self.terms = terms
        self.origin = origin
    }

    /// Focal ⇔ category 2x; nil when there is no category.
    public var focal: Bool? { category?.isFocal }
}

/// Whether a modifier's refinement applies when the modifier stands in another conjunct or after "with".
public enum Sharing: String, Sendable {
    /// Only when the refined type is a kind of the finding ("pleural effusion-thickening").
    case narrowing
    /// Always ("pericardial thickening-effusion").
    case always
    /// Never ("sequelae changes and atelectasis": two findings).
    case never
}

/// A word that refines a finding type when it qualifies it ("linear" atelectasis).
public struct FindingModifier: Sendable {
    public var id: String
    public var terms: [Term]
    /// from finding id → to finding id, and how the refinement is shared across conjuncts.
    public var refinements: [(from: String, to: String, shared: Sharing)]
    public var origin: Origin

    public init(id: String, terms: [Term], refinements: [(from: String, to: String, shared: Sharing)], origin: Origin) {
        self.id = id
        self.terms = terms
        self.refinements = refinements
        self.origin = origin
    }

    /// The refined type for a finding type, if this modifier refines it.
    public func refine(_ findingID: String) -> String? {
        refinements.first { $0.from == findingID }?.to
    }

    /// How the refinement of a type applies across conjuncts and after "with".
    public func sharing(of findingID: String) -> Sharing {
        refinements.first { $0.from == findingID }?.shared ?? .narrowing
    }
}

/// All finding types and modifiers.
public struct FindingLexicon: Sendable {
    public private(set) var types: [FindingType] = []
    public private(set) var modifiers: [FindingModifier] = []
    private var typeIndex: [String: Int] = [:]
    /// The index of the type marked `unnamed`, if any.
    public private(set) var unnamedType: Int?

    public init() {}

    /// Adds a type; false when the id is taken.
    @discardableResult
    public mutating func add(_ type: FindingType) -> Bool {
        guard typeIndex[type.id] == nil else { return false }
        typeIndex[type.id] = types.count
        if type.unnamed { unnamedType = types.count }
        types.append(type)
        return true
    }

    public mutating func add(_ modifier: FindingModifier) {
        modifiers.append(modifier)
    }

    /// The type with an id.
    public func type(_ id: String) -> FindingType? {
        typeIndex[id].map { types[$0] }
    }

    /// The index of a type in ``types``.
    public func index(of id: String) -> Int? { typeIndex[id] }

    /// The type and its broader types, nearest first (cycles stop the walk).
    public func lineage(of id: String) -> [String] {
        var result: [String] = []
        var current = typeIndex[id]
        while let index = current, !result.contains(types[index].id) {
            result.append(types[index].id)
            current = types[index].parent.flatMap { typeIndex[$0] }
        }
        return result
    }
}
