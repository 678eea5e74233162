import RadLexicon

/// Organ adjectives that each type one finding of a phrase ("pleural or pericardial effusion": a pleural and a pericardial
/// effusion) place only the finding they type: each keeps the organ of its own region.
extension AttachmentContext {
    /// "Pericardial or pleural effusion and thickening", "pericardial, left pleural effusion": the structures of the phrase's
    /// own place words (in it or right before it, up to the mention's head) that lie in the region of another finding of the
    /// phrase and not in this one's are that finding's alone (the pleura is no place of the pericardial effusion), when those
    /// words name this one's organ too. Adjectives that only place one type ("mediastinal and hilar lymph nodes") name no
    /// region of another type: all keep them; a place past the head ("… on the right") is shared as before.
    func organsOfOtherItems(_ index: Int, among mentions: [FindingMention], places: [Place], placesOf: [[Int]]) -> [Int] {
        let mention = mentions[index]
        let types = engine.knowledge.findings.types
        let own = types[mention.type].region
        let others = Set(mentions.lazy.filter { $0.phrase == mention.phrase }.map { types[$0.type].region }.filter { $0 != own })
        let readings = organsOfOtherReadings(index, among: mentions, places: places, placesOf: placesOf)
        guard !others.isEmpty else { return readings }
        let structures = engine.knowledge.anatomy.structures
        let named = placesOf[index].flatMap { placeIndex -> [Int] in
            let place = places[placeIndex]
            guard place.tokens.upperBound <= mention.head.lowerBound,
                  place.tokens.lowerBound >= mention.phrase.lowerBound || isPremodifier(place, of: mention, among: places)
            else { return [] }
            return place.structures
        }
        // (only words that name this finding's organ too: "consolidation-peribronchovascular thickenings" names one)
        guard named.contains(where: { structures[$0].region == own }) else { return readings }
        return readings + named.filter { others.contains(structures[$0].region) }
    }

    /// "Liver and spleen appear enlarged", "hepatosplenomegaly in the liver and spleen", "hepatomegaly and splenomegaly in the
    /// liver and spleen": of the findings one phrase names (by a rule's `alsoType`, a term's `alsoNames`, or as list items),
    /// each of its own organ (`organ` in findings.xml), another's organ is that one's alone, when the places name this one's
    /// organ too (the spleen is no place of the hepatomegaly). Findings of one organ share it ("hepatosteatosis and
    /// hepatomegaly in the liver").
    private func organsOfOtherReadings(_ index: Int, among mentions: [FindingMention], places: [Place],
                                       placesOf: [[Int]]) -> [Int] {
        let mention = mentions[index]
        let implied = engine.placeTables.impliedOrgan
        guard let own = implied[mention.type] else { return [] }
        let others = mentions.compactMap { $0.phrase == mention.phrase ? implied[$0.type] : nil }.filter { $0 != own }
        guard !others.isEmpty else { return [] }
        let named = placesOf[index].flatMap { places[$0].structures }
        guard named.contains(own) else { return [] }
        return named.filter(others.contains)
    }
}
