import RadLexicon

extension AttachmentContext {
    /// The structures that stay with one type of a phrase its places gave several (`placedTypes(of:in:into:)`, `<in>` of
    /// findings.xml): those where a rule chose that type ("Calcified atheroma plaques are observed in the aorta and coronary
    /// arteries": the coronary artery calcification in the coronary arteries, the aorta's wall calcification in the aorta),
    /// and for the phrase's own type those no rule gave another ("No lymph node was observed in the mediastinum, hilum or
    /// axilla": no lymphadenopathy in the mediastinum and hilum, no extrathoracic node in the axilla). Zones and body
    /// regions say where, not in what, and a structure no type of the phrase took stays with every one.
    /// All of them when the places gave one type.
    func structuresKept(_ structures: [Int], choosing type: Int, of mention: FindingMention, among placed: [Int]) -> [Int] {
        guard placed.count > 1 else { return structures }
        let anatomy = engine.knowledge.anatomy
        return structures.filter { structure in
            let kind = anatomy.structures[structure].kind
            guard kind != .zone && kind != .region else { return true }
            let chosen = types(choosing: structure, of: mention, among: placed)
            // (a lobe or segment no rule moves says where in the lung, for every type: "sequelae thickening in the costal
            // pleura adjacent to the lower lobe")
            if engine.placeTables.isLungPart[structure] && !chosen.contains(where: { $0 != mention.type }) { return true }
            return chosen.isEmpty || chosen.contains(type)
        }
    }

    /// The types of `placed` a structure gives a mention: its rule's type for the mention's own type and for its head's, or
    /// the own type itself where no rule moves it.
    private func types(choosing structure: Int, of mention: FindingMention, among placed: [Int]) -> [Int] {
        var chosen: [Int] = []
        let own = engine.relocation(of: mention.type, in: structure) ?? mention.type
        if placed.contains(own) { chosen.append(own) }
        if let head = mention.headType, let target = engine.relocation(of: head, in: structure), placed.contains(target) {
            chosen.append(target)
        }
        return chosen
    }
}
