/// What an assertion cue does.
public enum CueType: String, Sendable {
    /// The finding is absent ("no", "was not detected").
    case negation
    /// The finding is uncertain ("possibly", "cannot be excluded", "?").
    case uncertainty
    /// Looks like a cue and is not one ("no change"): blocks the shorter cue inside it.
    case pseudo
    /// Ends the reach of a cue ("but", "however", ";").
    case scopeEnd = "scope-end"
    /// Opens a relative clause ("which", "whose"): ends the reach of a cue, but places inside the clause
    /// still describe the finding before it.
    case relative
    /// A clause's verb ("is observed", "was detected"): a comma after it, before any other finding,
    /// ends the clause for cues ("No mass is observed in both lungs, sequelae in the apices").
    case predicate
    /// What follows names what precedes ("density increase consistent with consolidation"): a weak
    /// finding before it is the finding after it, not a second one.
    case interpretation
    /// A finding without a place of its own is where the finding after the cue is ("atelectasis
    /// adjacent to this nodule"), or, backward, where the finding before it is ("ground glass around it").
    case proximity
    /// The finding after it goes with the finding before it ("consolidation in the right lower lobe
    /// accompanied by air bronchograms"): without a place of its own it is where that one is.
    case accompaniment
    /// The finding after it was named before ("the described nodule"): without a place of its own it is
    /// where the last finding of its type is.
    case reference
    /// The word after it names, with a place of its own, a finding like one named before ("a similar
    /// appearance in the left lower lobe"): it is of that finding's type.
    case likeness
    /// The generic word after it names every finding named before ("other findings are stable"): a change
    /// said of it is theirs. (A reference cue before a generic word names the findings of the sentences
    /// right before it: "the described appearance has regressed".)
    case recap
    /// Opens what the report is compared with, up to the next comma or semicolon ("When compared with the old thorax CTs
    /// dated September 22, 2015, no significant difference was found"): a frame, not a subject.
    case comparison
    /// Opens the case's history ("in a patient with", "in the case with"), up to the next comma, bracket or other cue, or
    /// up to "in" or "on" before a place of the sentence ("In the case with a history of thyroid carcinoma, a mass …"): what
    /// it names is no finding of this examination, and its places are no other finding's.
    case history
    /// Says where a finding is most ("more prominent on the right", "slightly more on the right"): the place after it
    /// is where the finding is most, not all of where it is.
    case emphasis
    /// Says where a finding reaches ("extends to", "invades", "continues to"): the place right after it is where the
    /// finding reaches, which for a finding named again is no place of its own ("The mass invades the mediastinum").
    case `extension`
    /// Says what the finding before it causes ("causing", "which caused", "leading to"): the finding after it goes with
    /// the one before it, as after an accompaniment cue, and a place after it that the result takes is the result's, not
    /// that of a cause placed before the cue or named before ("This cavitary lesion caused atelectasis in the lower lobe").
    case result
    /// Opens, right after a comma, a participial clause about a structure the finding before it acts on ("compressing",
    /// "obliterating", "surrounding"): the places up to the clause's end are the clause's (a finding named in it), not
    /// those of the finding before the comma ("a mass in the left upper lobe, compressing the lower lobe bronchi").
    case participle

    /// Whether what the cue introduces goes with the finding before it (accompaniment and result cues): without a place
    /// of its own it is where that one is.
    public var accompanies: Bool { self == .accompaniment || self == .result }
}

/// Where a cue's reach extends.
public enum CueDirection: String, Sendable {
    case forward, backward, both
}

/// An assertion cue.
public struct Cue: Sendable {
    public var id: String
    public var type: CueType
    public var direction: CueDirection
    /// Most tokens between the cue and the finding it reaches; nil: the grammar's default.
    public var window: Int?
    /// For a reference cue: which findings a generic word it names, singular and alone in a sentence without findings,
    /// recaps (`reach` in cues.xml: "This appearance was also present before" names the last sentence's, not all before).
    public var reach: RecapReach? = nil
    /// For a reference cue: what it names is one of those named before (`member` in cues.xml: "The largest of these
    /// nodules is observed in the right lower lobe" is the set of nodules named before, its place added).
    public var member = false
    /// For a reference cue: what it names is some one of those named before, not the largest (`some` in cues.xml: "One of
    /// them is in the left lower lobe", "The other one measures 5 mm").
    public var some = false
    /// Closing its sentence, it reaches the last finding named before it in its clause, however far (`last-at-end` in cues.xml:
    /// the question of "Nodular increase in thickness adenoma in the left adrenal gland, in which fat density is also
    /// observed?"); elsewhere only its window.
    public var reachesLastAtEnd = false
    /// For a negation cue: it holds its clause's verb, the subject after it (`verb` in cues.xml: "There is no effusion on
    /// the right, and a minimal effusion is observed on the left"): an "and" that opens a clause with a subject and verb of
    /// its own ends its reach, as one after a clause verb does.
    public var holdsVerb = false
    /// The findings of other types it names right after it, joined by "or", are a differential, each doubted, as after an
    /// interpretation cue (`alternatives` in cues.xml: "The lesion could not be distinguished from atelectasis or
    /// consolidation"); one finding after it is not ("… cannot be distinguished from atelectasis": a neighbour it merges with).
    public var offersAlternatives = false
    /// For an uncertainty cue: it doubts what a finding may be, not one seen before (`spares-named-before` in cues.xml: "The
    /// differential diagnosis includes pneumonia and atelectasis for the consolidation"): a finding it reaches that a
    /// reference cue names as one named before ("the consolidation", "the described consolidated areas") stays present.
    public var sparesNamedBefore = false
    public var terms: [Term]
    public var origin: Origin
}

/// Temporal change.
public enum TemporalChange: String, Sendable, Codable {
    case new, stable, increased, decreased, resolved
}

/// What a temporal word says of the finding it names.
public struct TemporalWord: Sendable {
    public var change: TemporalChange
    /// It names only the finding whose phrase starts right after it ("an increase in the pleural effusion"); with none
    /// there, nothing ("wall thickness increase in the esophagus").
    public var ofFindingAfter: Bool
    /// Another change word said of the same finding wins (`yields` in cues.xml: "also present in the previous examination
    /// and has regressed" is decreased).
    public var yields = false
}

/// Words of one kind that carry one value: temporal change, quantity, size words, units.
public struct ValuedWord<Value: Sendable>: Sendable {
    public var id: String
    public var value: Value
    public var terms: [Term]
    public var origin: Origin
}

/// Singular or several.
public enum Quantity: String, Sendable {
    case single, multiple
}

/// How a measurement is qualified.
public enum SizeQualifier: String, Sendable, Codable {
    /// `atleast`: a lower bound ("a short diameter of more than 1 cm").
    case approx, upto, atleast, range, exact
}

/// What a size qualifier word says of its measurement.
public struct SizeQualifierWord: Sendable {
    public var qualifier: SizeQualifier
    /// The measurement is of the finding named before it ("nodules …, the largest 6 mm"), never of one after it.
    public var ofFindingBefore: Bool
}

/// All cue words, and the abbreviations that do not end a sentence.
public struct CueLexicon: Sendable {
    public var cues: [Cue] = []
    public var temporal: [ValuedWord<TemporalWord>] = []
    public var quantities: [ValuedWord<Quantity>] = []
    /// Sizes in words ("millimetric"): the value is unused.
    public var sizeWords: [ValuedWord<Bool>] = []
    /// Words that qualify a measurement ("approximately", "up to").
    public var sizeQualifiers: [ValuedWord<SizeQualifierWord>] = []
    /// Units of length, valued in millimetres.
    public var units: [ValuedWord<Double>] = []
    public var abbreviations: [(text: String, caseSensitive: Bool, beforeNumber: Bool, origin: Origin)] = []

    public init() {}
}
