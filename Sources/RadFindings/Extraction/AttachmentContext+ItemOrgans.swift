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
        let types = engine.knowledge.findings.types
        let phrase = mentions[index].phrase
        let own = types[mentions[index].type].region
        let readings = organsOfOtherReadings(index, among: mentions, places: places, placesOf: placesOf)
        // (the other regions are gathered only for a phrase that reads a type of another region, as few do: the loop reads
        // each mention's fields in place, with no copy of the mention)
        var others = Set<String>()
        for other in mentions.indices where mentions[other].phrase == phrase && types[mentions[other].type].region != own {
            others.insert(types[mentions[other].type].region)
        }
        guard !others.isEmpty else { return readings }
        let mention = mentions[index]
        let structures = engine.knowledge.anatomy.structures
        let named = placesOf[index].flatMap { placeIndex -> [Int] in
            let place = places[placeIndex]
            guard place.tokens.upperBound <= mention.head.lowerBound,
                  place.tokens.lowerBound >= mention.phrase.lowerBound || isPremodifier(place.tokens, of: mention.phrase, among: places)
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
        let implied = engine.placeTables.impliedOrgan
        // (fields read in place: most mentions imply no organ, and a copy of the mention would cost more than the check)
        guard let own = implied[mentions[index].type] else { return [] }
        let phrase = mentions[index].phrase
        let others = mentions.compactMap { $0.phrase == phrase ? implied[$0.type] : nil }.filter { $0 != own }
        guard !others.isEmpty else { return [] }
        let named = placesOf[index].flatMap { places[$0].structures }
        guard named.contains(own) else { return [] }
        return named.filter(others.contains)
    }
}
