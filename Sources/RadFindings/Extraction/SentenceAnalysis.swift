import RadGrammar
import RadLexicon
import RadText

/// A measurement read by a size rule, in millimetres.
struct Measurement {
    var tokens: Range<Int>
    var size: Size
    var rule: Int
    /// Its qualifier says it is of the finding named before it ("nodules …, the largest 6 mm").
    var ofFindingBefore = false
    /// Measured in an earlier examination ("74 mm in the previous examination"): compared with today's size, never
    /// a finding's size.
    var earlier = false
    /// The organ or vessel the words before it name as what is measured ("The diameter of the ascending aorta is 40 mm"),
    /// not a lesion: the size only of a finding of that organ (see `AttachmentContext.keepSizesInClause`).
    var organ: Int? = nil

    /// A bound said of a finding ("up to 5 mm", "smaller than 1 cm", "more than 1 cm": `upto`, `atleast`), not a size
    /// measured of it or of its largest member ("6 mm", "about 6 mm", "the largest 6 mm": `ofFindingBefore`). A size of
    /// its largest member, in its sentence or a later one, says more (`AttachmentContext.findings`, `Finding.takeSize`).
    var bound: Bool { !ofFindingBefore && (size.qualifier == .upto || size.qualifier == .atleast) }
}

/// The one organ or vessel a sentence measures ("The aortic arch calibration is 33 mm."), and its measurement: what a pronoun
/// opening the next sentence stands for ("It is wider than normal.").
struct MeasuredOrgan: Sendable {
    /// Index into the anatomy's structures.
    var organ: Int
    var size: Size
    /// The measurement's words and its size rule, for `--explain`.
    var text: String
    var rule: Int
}

/// The sides named or implied by places, as two bits.
struct Sides: OptionSet, Sendable {
    let rawValue: UInt8
    static let left = Sides(rawValue: 1)
    static let right = Sides(rawValue: 2)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// One side, or both for "bilateral".
    init(_ side: Side) {
        switch side {
        case .left: self = .left
        case .right: self = .right
        case .bilateral: self = [.left, .right]
        }
    }

    /// How many sides (0, 1 or 2).
    var count: Int { rawValue.nonzeroBitCount }
}

/// A place read from a location phrase.
struct Place {
    var tokens: Range<Int>
    /// Indices into the anatomy's structures.
    var structures: [Int]
    /// Sides named or implied.
    var sides: Sides
    var rule: Int
    /// Whether the place says its side (a side word, or a structure of one side such as the lingula).
    var sideSaid = true
    /// For a place that does not say its side but names lobes or segments ("the lower lobes", "the
    /// posterior segment"): its structures on the left and on the right, for when another place of the
    /// same finding says the side.
    var ifLeft: [Int] = []
    var ifRight: [Int] = []
    /// Read on both sides only for want of a side, though it names one lobe's segments ("the lower lobe segments"; see
    /// `LocationReader.namesOneLobesSegments`): `ifLeft` or `ifRight` is what it names once a side is given.
    var sideOpen = false
    /// The sides of the place's last item that names one ("… right lung lower lobe superior segment, in the left lung
    /// lower lobe anteromedial segment": left), for a place after it that says none.
    var lastSides: Sides = []
    /// Whether the place names, without a side and in the singular, only structures each lung has one of ("the fissure",
    /// `AnatomyStructure.inOneLung`): it is in one lung, on the side its context gives.
    var liesInOneLung = false
    /// A lobe or segment that names nothing until a side is given ("more prominent in the lower lobe").
    var needsSide: Bool { structures.isEmpty && sides.isEmpty && !refersBack && !(ifLeft.isEmpty && ifRight.isEmpty) }
    /// Whether the place's lobes and segments are all named past a proximity word inside its words ("the retrocrural region
    /// adjacent to the mediobasal segment of the lower lobe of the right lung"): what the rest lies next to.
    var lungPartsOnlyBeside = false
    /// "in this localization": a place named again; it belongs to the phrases after it when its clause has any.
    var isAnaphor = false
    /// An anaphor with nothing before it in the sentence: its place is an earlier sentence's.
    var refersBack = false
    /// Only sides and words other organs share ("in the parenchyma of the right lobe"): in a report
    /// describing such an organ, the organ's place rather than the lung's.
    var vague = false
    /// "ground glass densities in places" (a `vague-location` rule): the finding's own place, saying nowhere (no side,
    /// lobe nor organ); it ends the list's sharing of places back to the finding, and is no place of it after that.
    var onlyEndsSharing = false
}

/// A finding phrase's reading: the type after modifiers, the head's tokens and the phrase's tokens.
struct FindingMention {
    var type: Int
    var head: Range<Int>
    var phrase: Range<Int>
    var plural: Bool
    /// The mention is several by words other than its head noun: the plural weak noun after it ("emphysema areas"), the
    /// next conjunct it borrowed that number from, or the plural head of the hyphenated pair it opens. A type one per side or a diagnosis that its place retypes it to takes no
    /// number from them ("emphysema areas" in the mediastinum: one pneumomediastinum).
    var numberFromOtherWords = false
    /// An interpretation cue says a later finding names this one ("density increases consistent with
    /// consolidation"): it stays a finding, but its labels are the later finding's to give.
    var interpreted = false
    /// The mention that interprets this one (index in the sentence's mentions).
    var interpreter: Int?
    /// The mention follows "with" and describes the one before it ("nodules with ground-glass
    /// halo"): measurements and temporal words of the phrase belong to that one.
    var isFeature = false
    /// The mention is an adjective standing alone ("…, some calcified"): it describes, and takes no size.
    var isAdjective = false
    /// The weak type the head noun named before an adjective finding replaced it ("sequelae thickening": a
    /// thickening): where an `<in>` rule places the head's type, that rule's type is the finding's.
    var headType: Int? = nil
    /// The weak type its head noun names when words before the noun typed the finding otherwise ("hypodense lesion": a
    /// lesion typed `low-density`; "nodular lesion": one typed `nodule`): what a copy in other words may share with it.
    var noun: Int? = nil
    /// A construction whose `subject` capture, a pronoun opening the sentence, stands for what the sentence before measures
    /// ("… is 33 mm. It is wider than normal."): the parser places it there (see `ReportParser.placeOnOrganMeasuredBefore`).
    var subjectBefore = false
    var explanation: [ExplainStep]
}
