import RadLexicon

/// Whether the report says a finding is there.
public enum Assertion: String, Sendable, Codable {
    case present, absent, uncertain

    /// Whether one of two assertions is present and the other uncertain: the same finding, hedged where it is described
    /// and stated plainly where it is named again, or the other way round.
    func isHedgedOnce(with other: Assertion) -> Bool {
        self != other && self != .absent && other != .absent
    }
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
    /// "quantity", "placed-in", "reference", "accompaniment", "refers-to" (the finding of an earlier sentence
    /// whose place it takes), "recap" (the sentence whose words name this finding again and say its change),
    /// "named-again" (a later sentence's "the described nodule": this finding again, merged into it), "topic"
    /// (the organ an earlier sentence is about, for a finding that names no place), "also-names" (a term's `alsoNames` or
    /// a construction's `alsoType`: the second finding the same words name), "organ" (the organ the type's own word names,
    /// `organ` in findings.xml, for a finding placed in no part of it).
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
enum Antecedent: Sendable, Equatable {
    case none
    /// "There is also volume loss in this localization": the last finding before it that has a place. `beside`: a
    /// proximity pronoun put it next to that one ("Atelectasis is seen in the adjacent lung parenchyma" after a pleural
    /// effusion), so a lung, pleural or airway finding takes none of the structures of another chest compartment
    /// (`ReportParser.placesBeside`).
    case place(beside: Bool)
    /// "The described nodule is stable": the last finding of its type before it that has a place; with none, and
    /// `orPronoun` ("The described findings were evaluated in favor of the infectious process"), as `pronoun`.
    case sameType(orPronoun: Bool)
    /// "The largest of the paraesophageal lymph nodes was measured as 9 mm": a finding with a place of its own that a
    /// reference cue names is the last one of its type named in an earlier sentence, asserted alike, whose place covers
    /// its own; with none, the one earlier finding of a narrower type found there (`soleNarrower(restatedBy:in:past:)`);
    /// with none of those either, a finding of its own. `reaching`: its only places are where it reaches ("The mass invades the
    /// mediastinum"), so any earlier one of its type not placed elsewhere is it.
    case restated(reaching: Bool)
    /// "The largest of these nodules is observed in the right lower lobe": one of those a reference cue marked `member`
    /// names, with a place of its own: the last finding of its type named in an earlier sentence, asserted alike, not
    /// placed elsewhere, is it, its place added; with none, a finding of its own.
    case member
    /// "Two nodules in the right lung, one of them 8 mm. The other one measures 5 mm.": a sentence that names no finding and
    /// opens with a reference cue marked `some` names some one of the set of the sentence before, not the largest: that set,
    /// its place added, its size where larger than the set's.
    case someMember
    /// "A similar appearance in the lingula": the type of the last present finding named before it.
    case likePrevious
    /// "… in the right lower lobe. It is observed as a budding tree view.": a finding without a place, in a sentence
    /// that opens with a pronoun for the findings before it, is where the placed lung or pleural findings of the last
    /// sentence before it with lung or pleural findings are.
    case pronoun
    /// "Ground glass areas around the described consolidation areas": next to a finding of this type named in an
    /// earlier sentence, on the side and in the lobes of the last one placed, not in its pleura or fissure
    /// (`ReportParser.placesBeside`).
    case near(Int)
    /// "Bronchiectasis is sometimes accompanied by structural distortion": accompanying a finding of this type that its
    /// sentence places nowhere (one named in an earlier sentence), where the last one placed is — unless one of its own
    /// type was named before it (that one again, as a finding with no place said: see `none`).
    case accompanying(Int)
    /// "The described appearance has regressed", "other findings are stable", "it is stable": no finding of
    /// its own, it names findings of earlier sentences (which ones: the reach, and the organs its words name, as its
    /// structures: "the other lung findings are stable"); the change said of it is theirs.
    case recap(RecapReach)
    /// "No lytic lesion was observed in the bone structures. There are degenerative changes.": a generic word said alone
    /// with no place, whose type is a finding of its own only in an organ a report describes over several sentences (`<in>`
    /// of findings.xml, into a `topic` organ): no finding of its sentence, held for the parser, which makes it that finding
    /// when the sentence right before it is about that organ, and drops it otherwise.
    case organInFocus

    /// Whether it is `near`, `accompanying` or a place beside another (`place(beside: true)`: "atelectasis in the adjacent
    /// lung parenchyma"): a finding of its own, placed by the one it is next to.
    var isNear: Bool {
        switch self {
        case .near, .accompanying, .place(beside: true): true
        default: false
        }
    }
    /// Whether it is `recap`: no finding of its own, a word for findings of earlier sentences.
    var isRecap: Bool { if case .recap = self { true } else { false } }

    /// Whether it is a place named again (`place`), beside that place or not.
    var isPlace: Bool { if case .place = self { true } else { false } }
}

/// Where a finding stands in a clause that names findings again and says what they are ("The described nodules were
/// evaluated in favor of granulomas", "These nodular lesions may belong to metastatic nodules").
enum InterpretationRole: Sendable, Equatable {
    case none
    /// Named again by a reference cue before what the clause says it is ("The described nodules …").
    case subject
    /// What the clause says such a finding is ("… in favor of granulomas"): a reading of findings named before.
    case reading
}

/// A lobe or segment, or a place in one lung ("the fissure"), named without a side: its structures on the left and on the
/// right, and its words. A class: most findings have none, and a nil reference keeps their facts small.
final class UnsidedPlace: Sendable {
    let left: [Int]
    let right: [Int]
    let text: String

    init(left: [Int], right: [Int], text: String) {
        self.left = left
        self.right = right
        self.text = text
    }
}

/// Where a finding's own words place it, when some of its places are another comma list item's (see
/// `Facts.ownPlaces`). A class: most findings borrow none, and a nil reference keeps their facts small.
final class OwnPlaces: Sendable {
    let laterality: Laterality
    /// Its own places, as indices into `KnowledgeBase.anatomy.structures`.
    let structures: [Int]

    init(laterality: Laterality, structures: [Int]) {
        self.laterality = laterality
        self.structures = structures
    }

    /// Its own words place it nowhere: every place it has was lent.
    var isEmpty: Bool { laterality == .none && structures.isEmpty }
}

/// A finding extracted from a report, normalised against the ontology. Positions are UTF-16
/// offsets into the report text until the record is made.
///
/// What the sentence's text decides is kept in one shared, copy-on-write storage: a finding taken
/// from the sentence cache, moved, or written costs one reference count, not one per field.
public struct Finding: Sendable {
    /// The facts of a finding that its sentence's text decides.
    struct Facts: Sendable {
        /// The type as an index in `KnowledgeBase.findings.types` and as its id: set together (at
        /// construction and by `retype(as:)`), the id kept so that a finding reads without the lexicon.
        var typeIndex: Int
        var type: String
        var category: FindingCategory?
        var assertion: Assertion
        var laterality: Laterality
        var lobes: [String]
        var segments: [String]
        var places: [String]
        var size: Size?
        var sizeWord: String?
        var multiple: Bool
        var temporal: TemporalChange?
        var text: String
        var labels: [CTRateLabel]
        var interpreted: Bool
        var structures: [Int]
        var explanation: [ExplainStep]
        var antecedent: Antecedent = .none
        var vaguelyPlaced = false
        /// Every place of its sentence it has stands past another finding named after it: places a list item shares with
        /// the item after it ("A, B and C in the right lung": A's and B's), not its own words.
        var placeShared = false
        /// Set when the comma list lent it places of another item (`AttachmentContext.borrowedPlaces`: "The fullness of the
        /// hilum, the narrowing of the bronchi in both lungs, a possible hilar mass" — neither hilum is the narrowing's):
        /// where its own words alone place it.
        var ownPlaces: OwnPlaces? = nil
        /// A lobe or segment its sentence named without a side ("a nodule in the laterobasal segment"): the
        /// structures it is on either side, for the side an earlier sentence says.
        var unsided: UnsidedPlace? = nil
        /// Its lobes or segments are one lobe's named without a side ("atelectasis in the lower lobe segments"), read on both
        /// sides for want of one: the structures they are on either side, for the one side its context says
        /// (`ReportParser.narrowOpenSide`).
        var sideOpen: UnsidedPlace? = nil
        /// The change is one a recap gave from further than the sentence right after ("Compared to the CT film dated
        /// …, the findings are progressive" after two sentences or more).
        var changeRecapped = false
        /// The change is one a recap gave (from any distance), not the finding's own words.
        var changeFromRecap = false
        /// The change word stands in or right before its phrase ("stable interlobular septal thickenings"): the
        /// finding's own, whatever else its sentence names.
        var changeAttributive = false
        /// The change is one that yields to another said of the finding (`yields` in cues.xml: "also observed in the
        /// previous examination" says only that it was there before, read stable when nothing says how it changed).
        var changeYields = false
        /// Words before it set the findings named before apart ("Apart from this, there is a new nodule …": `reach`
        /// report of a scope end): another finding than those, whatever its type.
        var setApart = false
        /// A cue of its clause says plainly it is there (`AttachmentContext.affirmed`), not only no hedge or denial
        /// reaching it.
        var affirmed = false
        /// Named again, or read, in a clause that says what findings named before are (see ``InterpretationRole``).
        var interpretation: InterpretationRole = .none
        /// The weak type of its head noun, when words before the noun or its place typed it otherwise (see
        /// `FindingMention.noun`; "a lesion in the left scapula": a bone lesion named by "lesion").
        var noun: Int? = nil
        /// Named only as a definite landmark or comparison standard of another finding ("adjacent to the effusion",
        /// "compared to the atelectatic lung": see `AttachmentContext.definiteLandmarks`).
        var landmark = false
        /// Its sentence places it only where an emphasis predicate said of it puts it most ("Emphysematous changes are more
        /// prominent in the lower lobes": see `AttachmentContext.mostMarkedOnly`), not where it is.
        var mostMarked = false
        /// Its size is a bound said of it (`Measurement.bound`: "lymph nodes with short axes less than 1 cm"), none measured
        /// of it or of its largest member: a measured size of its largest member said later says more (`takeSize`).
        var sizeBound = false
        /// Every dimension its sentence measured of it, of all its sizes (`size` keeps the largest): "lymph nodes measuring
        /// up to 10 mm in the short axis and 17 mm in the long axis" said 10 and 17 mm (see `ReportParser.boundMet`).
        var dimensionsSaid: [Double] = []
    }

    /// The shared storage of the facts, mutated only while uniquely referenced.
    private final class Box: @unchecked Sendable {
        var facts: Facts
        init(_ facts: Facts) { self.facts = facts }
    }

    private var box: Box
    /// Index of the sentence in the report.
    public var sentence: Int
    /// UTF-16 range of the finding phrase.
    public var range: Range<Int>

    init(_ facts: Facts, sentence: Int, range: Range<Int>) {
        box = Box(facts)
        self.sentence = sentence
        self.range = range
    }

    private mutating func update(_ change: (inout Facts) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.facts) }
        change(&box.facts)
    }

    /// The finding type id (`Lexicons/findings.xml`).
    public var type: String { box.facts.type }
    /// The type's index in `KnowledgeBase.findings.types`.
    public var typeIndex: Int { box.facts.typeIndex }

    /// Takes the type of another finding ("a similar appearance": the type named before).
    mutating func retype(as model: Finding) {
        retype(to: model.typeIndex, id: model.type)
    }
    /// Gives the finding another type (its index in the finding lexicon and its id).
    mutating func retype(to typeIndex: Int, id: String) {
        update {
            $0.typeIndex = typeIndex
            $0.type = id
        }
    }
    public var category: FindingCategory? {
        get { box.facts.category }
        set { update { $0.category = newValue } }
    }
    public var assertion: Assertion {
        get { box.facts.assertion }
        set { update { $0.assertion = newValue } }
    }
    public var laterality: Laterality {
        get { box.facts.laterality }
        set { update { $0.laterality = newValue } }
    }
    /// Lobe codes, sorted (RUL, RML, RLL, LUL, LLL order of `lobeOrder`).
    public var lobes: [String] {
        get { box.facts.lobes }
        set { update { $0.lobes = newValue } }
    }
    /// Segment and lobe-part ids (e.g. "LLL-posterior-basal", "lingula").
    public var segments: [String] {
        get { box.facts.segments }
        set { update { $0.segments = newValue } }
    }
    /// Other places named (zones, pleura, organs): structure ids.
    public var places: [String] {
        get { box.facts.places }
        set { update { $0.places = newValue } }
    }
    public var size: Size? {
        get { box.facts.size }
        set { update { $0.size = newValue } }
    }
    /// Takes the assertion of a mention that names it again: said plainly where it was hedged (or the other way round),
    /// it is there; in one sentence, where one mention is doubted and the other present only as nothing doubts it (no cue
    /// affirms either), it is doubted ("Viral pneumonias (a Covid-19 pneumonia is thought of)").
    mutating func takeAssertion(of later: Finding) {
        if later.sentence == sentence && later.assertion.isHedgedOnce(with: assertion) && !later.affirmed && !affirmed {
            assertion = .uncertain
        } else if later.assertion == .present {
            assertion = .present
        }
    }
    /// Whether its size is a bound said of it, none measured (see `Facts.sizeBound`).
    var sizeBound: Bool {
        get { box.facts.sizeBound }
        set { update { $0.sizeBound = newValue } }
    }
    /// Every dimension its sentence measured of it (see `Facts.dimensionsSaid`).
    var dimensionsSaid: [Double] { box.facts.dimensionsSaid }
    /// Takes a size said of it again, when it has none, or has only a bound and this one is measured of it as a whole or of
    /// its largest member (`whole`: "Lymph nodes with short axes less than 1 cm. The largest of them measures 7 mm." is 7
    /// mm; not a copy's size, "up to 9 mm" summed up as "8 mm"); a measured size it has stays. Returns whether it took it.
    @discardableResult
    mutating func takeSize(_ other: Size?, bound: Bool, whole: Bool) -> Bool {
        guard let other, size == nil || whole && sizeBound && !bound else { return false }
        size = other
        sizeBound = bound
        return true
    }
    /// A size said in words ("millimetric", "subcentimeter"): the size-word id.
    public var sizeWord: String? {
        get { box.facts.sizeWord }
        set { update { $0.sizeWord = newValue } }
    }
    public var multiple: Bool {
        get { box.facts.multiple }
        set { update { $0.multiple = newValue } }
    }
    public var temporal: TemporalChange? {
        get { box.facts.temporal }
        set { update { $0.temporal = newValue } }
    }
    public var text: String {
        get { box.facts.text }
        set { update { $0.text = newValue } }
    }
    /// CT-RATE labels this finding turns on when present.
    public var labels: [CTRateLabel] {
        get { box.facts.labels }
        set { update { $0.labels = newValue } }
    }
    /// A later finding of the sentence names this one ("density increase consistent with
    /// consolidation"): the labels are that finding's.
    public var interpreted: Bool {
        get { box.facts.interpreted }
        set { update { $0.interpreted = newValue } }
    }
    /// Every place attached (lobes, segments, zones, organs), as indices into
    /// `KnowledgeBase.anatomy.structures`.
    public var structures: [Int] {
        get { box.facts.structures }
        set { update { $0.structures = newValue } }
    }

    /// Structure ids of every place attached (lobes, segments, zones, organs).
    public func anatomy(in anatomy: Anatomy) -> [String] {
        structures.map { anatomy.structures[$0].id }
    }
    public var explanation: [ExplainStep] {
        get { box.facts.explanation }
        set { update { $0.explanation = newValue } }
    }
    /// What an earlier sentence supplies (resolved per report, since sentences are read on their own).
    var antecedent: Antecedent {
        get { box.facts.antecedent }
        set { update { $0.antecedent = newValue } }
    }

    /// Placed only by sides and words other organs share ("in the parenchyma of the right lobe").
    var vaguelyPlaced: Bool { box.facts.vaguelyPlaced }

    /// Placed only by places past a later list item (see `Facts.placeShared`).
    var placeShared: Bool { box.facts.placeShared }

    /// Where its own words alone place it, when some of its places are another list item's (see `Facts.ownPlaces`).
    var ownPlaces: OwnPlaces? { box.facts.ownPlaces }

    /// Focal ⇔ category 2x.
    public var focal: Bool? { box.facts.category?.isFocal }

    /// Whether the change is one a recap gave from further than the sentence right after.
    var changeRecapped: Bool {
        get { box.facts.changeRecapped }
        set { update { $0.changeRecapped = newValue } }
    }

    /// Whether the change is one a recap gave, from any distance.
    var changeFromRecap: Bool {
        get { box.facts.changeFromRecap }
        set { update { $0.changeFromRecap = newValue } }
    }

    /// Whether the change word stands in or right before the finding's phrase.
    var changeAttributive: Bool { box.facts.changeAttributive }

    /// Whether the change is one that yields to another said of the finding (see `Facts.changeYields`).
    var changeYields: Bool {
        get { box.facts.changeYields }
        set { update { $0.changeYields = newValue } }
    }

    /// Whether words before it set the findings named before apart ("Apart from this, …").
    var setApart: Bool { box.facts.setApart }

    /// Whether a cue of its clause says plainly it is there (see `Facts.affirmed`).
    var affirmed: Bool { box.facts.affirmed }

    /// Named again, or read, in a clause that says what findings named before are (see ``InterpretationRole``).
    var interpretation: InterpretationRole { box.facts.interpretation }

    /// The weak type of its head noun, when words before the noun or its place typed it otherwise ("hypodense lesion",
    /// "a lesion in the rib": a lesion).
    var noun: Int? { box.facts.noun }

    /// Named only as a definite landmark or comparison standard of another finding ("soft tissue swelling around the
    /// fracture"): a finding of its type named elsewhere in the report is it (see `ReportParser.dropLandmarksNamedElsewhere`).
    var isLandmark: Bool { box.facts.landmark }

    /// Whether its sentence places it only where it is most marked (see `Facts.mostMarked`): a finding named before,
    /// narrowed (see `ReportParser.mergeMostMarkedRementions`).
    var mostMarked: Bool { box.facts.mostMarked }

    /// A lobe or segment its sentence named without a side (see ``UnsidedPlace``).
    var unsided: UnsidedPlace? {
        get { box.facts.unsided }
        set { update { $0.unsided = newValue } }
    }

    /// One lobe's segments it names without a side, read on both sides (see `Facts.sideOpen`).
    var sideOpen: UnsidedPlace? {
        get { box.facts.sideOpen }
        set { update { $0.sideOpen = newValue } }
    }

    /// Adds the sides, lobes, segments and places of other findings to this one's (without repeats;
    /// lobes in `lobeOrder`): for a finding placed by others.
    mutating func addPlaces(of others: [Finding]) {
        laterality = others.reduce(laterality) { $0.union($1.laterality) }
        let lobeSet = Set(lobes + others.flatMap(\.lobes))
        lobes = Finding.lobeOrder.filter(lobeSet.contains)
        segments = (segments + others.flatMap(\.segments)).uniqued()
        places = (places + others.flatMap(\.places)).uniqued()
        structures = (structures + others.flatMap(\.structures)).uniqued()
    }

    /// Whether this finding lies where `other` is: on its side or none (or one side of a bilateral one), its lobes, segments
    /// and other places among the other's, and no lobe named without a side. `openWhereUnnamed`: a level the other names
    /// nothing at holds any ("in both lungs" holds "in the right lower lobe"; one with no side, any side).
    func lies(within other: Finding, openWhereUnnamed: Bool = false) -> Bool {
        func among<T: Equatable>(_ mine: [T], _ theirs: [T]) -> Bool {
            openWhereUnnamed && theirs.isEmpty || mine.allSatisfy(theirs.contains)
        }
        return unsided == nil
            && (laterality == .none || laterality == other.laterality || other.laterality == .bilateral
                || openWhereUnnamed && other.laterality == .none)
            && among(lobes, other.lobes) && among(segments, other.segments) && among(places, other.places)
    }

    /// Whether this finding and `other` say no different change: one of the two says none, or both say the same.
    func changeAgrees(with other: Finding) -> Bool {
        temporal == nil || other.temporal == nil || temporal == other.temporal
    }

    /// Whether its change is a weak "stable" (see `Facts.changeYields`: "Dilatation of the bile ducts, also observed in the
    /// previous examination") that a later mention's own change in size stands for: "… IMPRESSION: Slightly increased
    /// dilatation of the bile ducts" says how the finding seen before changed. Not "new" or "resolved", which say it was
    /// not there before or is not there now.
    func changeYields(to later: Finding) -> Bool {
        changeYields && temporal == .stable && !later.changeYields && !later.changeFromRecap
            && (later.temporal == .increased || later.temporal == .decreased)
    }
}
