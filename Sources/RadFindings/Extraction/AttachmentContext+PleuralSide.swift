/// The side of the lung a pleural finding's clause names.
extension AttachmentContext {
    /// "Minimal thickening is observed in the pleura accompanying the ground glass in the upper lobe on the right and
    /// the lower lobe posterior on the left", "In the right lung upper lobe posterior segment, … a slight ground glass area
    /// and minimal pleural thickening": the sides the lung places of a finding's clause say (lobes, segments, a lung or a
    /// hemithorax — not the pleura, airways or mediastinum), for a pleural finding that names none of its own: its pleura
    /// lies there, though in no lobe (a finding of the lung placed in the pleura, "a fibrotic band extending towards the
    /// pleura", keeps to its own places). With the places that say them, for `--explain`; none when the clause says none.
    func lungSides(around mention: FindingMention, places: [Place], sameClause: (Int, Int) -> Bool)
        -> (sides: Sides, said: [Place])
    {
        let tables = engine.placeTables
        let structures = engine.knowledge.anatomy.structures
        let inChest = engine.anatomyIndex.inChest
        var sides: Sides = []
        var said: [Place] = []
        for place in places where place.sideSaid && !place.sides.isEmpty
            && !place.structures.isEmpty
            && place.structures.allSatisfy({ tables.isLungPart[$0] || structures[$0].kind == .region && inChest[$0] })
            && sameClause(place.tokens.lowerBound, mention.phrase.lowerBound) {
            sides.formUnion(place.sides)
            said.append(place)
        }
        return (sides, said)
    }
}
