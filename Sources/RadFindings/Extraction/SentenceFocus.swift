import RadLexicon

/// What a sentence is about, for the findings of the sentences after it that name no place:
/// "Both thyroid lobes are heterogeneous. There are hypodense nodules." — the nodules are the
/// thyroid's, not the lungs'.
enum SentenceFocus: Sendable, Equatable {
    /// Names no place: what the sentences before it were about still holds.
    case carried
    /// Names a place that is not a topic organ (nor only words other organs share): no organ is in
    /// focus after it.
    case elsewhere
    /// Names topic organs only (`topic` in anatomy.xml): the first one's structure index.
    case organ(Int)

    /// The focus of a sentence with these places.
    init(places: [Place], anatomy: Anatomy) {
        var organ: Int? = nil
        for place in places where !place.vague {
            for structure in place.structures {
                guard anatomy.structures[structure].topic else {
                    self = .elsewhere
                    return
                }
                organ = organ ?? structure
            }
        }
        self = organ.map(SentenceFocus.organ) ?? .carried
    }
}

/// A header sentence with no finding of its own, ended by a framing character (`frames` in segmentation.xml: "In the
/// right lung; There are nodules in the upper lobe"): the lung sides it names, for the next sentence's lung findings
/// that name none, and the lobes and segments it lists, for all of them ("Right lung lower lobe superior segment; Ground
/// glass areas in the left lung lower lobe": in both).
struct SentenceFrame: Sendable, Equatable {
    var sides: Sides
    /// The lobes, segments and lobe parts the header names (structure indices), sides resolved.
    var parts: [Int] = []
}

/// A sentence's findings, what it is about, and the side it frames the next sentence with.
struct SentenceReading {
    var findings: [Finding]
    var focus: SentenceFocus
    var frame: SentenceFrame? = nil
    /// For a sentence with no finding, nor a header, the lung places it names: where "it" of the next sentence is.
    var lungPlaces: OwnPlaces? = nil
    /// The one organ the sentence measures, for a pronoun opening the next sentence.
    var measured: MeasuredOrgan? = nil
    /// The findings (indices in `findings`) said of a pronoun that stands for what the sentence before measures ("It is
    /// wider than normal."): unplaced until the parser places them there.
    var subjectBefore: [Int] = []
    /// Findings held for the organ the sentence before is about (`Antecedent.organInFocus`): none of the sentence's own.
    var heldForOrgan: [Finding] = []
}
