import RadLexicon

/// What the attachment asks of each structure and finding type, worked out once when the engine is
/// built: flags and ranks read by index instead of string sets hashed per finding. A class: the engine hands out one
/// reference, not a copy of every table (with a reference count each) wherever the tables are read.
final class PlaceTables: Sendable {
    /// The regions whose side is the lung's too: a lobe without a side takes it ("between the right main
    /// bronchus and the superior vena cava … towards the upper lobe bronchus").
    private static let lungSideRegions: Set<String> = AnatomyIndex.chestRegions.union(["mediastinum", "vessel"])
    /// Structure kinds reported in `segments`.
    private static let segmentKinds: Set<StructureKind> = [.segment, .segmentGroup, .lobePart]
    /// Structure kinds reported through `lobes` and `segments` (not as other places).
    private static let lungKinds: Set<StructureKind> = [.lobe, .segment, .segmentGroup, .lobePart, .lung]

    /// Per structure: the position of its lobe in ``Finding/lobeOrder``, or -1.
    let lobeRank: [Int]
    /// Per structure: whether it is reported in `segments`.
    let isSegment: [Bool]
    /// Per structure: whether it is reported through `lobes` and `segments`.
    let isLungPart: [Bool]
    /// Per structure: whether its region takes the lung's side (``lungSideRegions``).
    let takesLungSide: [Bool]
    /// Per finding type: whether its region is a chest one (`AnatomyIndex.chestRegions`).
    let typeInChest: [Bool]
    /// Per finding type: whether it is a specific type of the lung region (a nodule, not a weak "lesion"), which a pleural
    /// place lent it or said beside it does not retype (`AttachmentContext.structuresNotRetyping`).
    let isSpecificLungType: [Bool]
    /// Per structure: whether it is of the pleura's region (the pleura, its space, a fissure).
    let isPleural: [Bool]
    /// The region in findings.xml of a type that may lie in the lungs or in any other organ.
    static let anyRegion = "other"
    /// Per finding type: whether its region is an organ beside the lungs, no chest one nor ``anyRegion`` (a mediastinal lymph
    /// node, not a lung, pleural or airway finding, nor a weak "soft tissue"): a lung landmark lends it only its side.
    let besideLungs: [Bool]
    /// Per finding type: the indices of its broader types, nearest first ("linear-atelectasis" → "atelectasis").
    let broaderTypes: [[Int]]
    /// Per finding type: the indices of the appearances it interprets (`interprets` in findings.xml).
    let interpretedTypes: [[Int]]
    /// Per finding type: the indices of the types a sign of it is seen inside (`within` in findings.xml).
    let hostTypes: [[Int]]
    /// Per finding type: the type it restates in a summary (`restates` in findings.xml), else itself; two types of one
    /// group name one finding when an impression says it again in other words.
    let restatementGroup: [Int]
    /// Per finding type: the indices of the types a copy of it names again in words of its own (`renames` in
    /// findings.xml).
    let renamedTypes: [[Int]]
    /// Per finding type: whether an adjective term names it ("hypodense": `low-density`), so that a weak word after such
    /// an adjective may be of it.
    let namedByAdjective: [Bool]
    /// Per finding type: the types a modifier refines it to ("osseous" before a lesion: `bone-lesion`).
    let refinedTypes: [[Int]]
    /// Per finding type: its `<in>` rules of findings.xml in their order, by index: the structure, the type a finding
    /// placed there is (nil for a type findings.xml does not define), and whether only one placed nowhere else is of it
    /// (`alone`). See ``Engine/relocationRule(of:in:)``.
    let relocations: [[(structure: Int, type: Int?, alone: Bool)]]
    /// Per finding type: the organ its own word names (`organ` in findings.xml), as a structure index, or nil.
    let impliedOrgan: [Int?]

    init(knowledge: KnowledgeBase, index: AnatomyIndex) {
        let structures = knowledge.anatomy.structures
        lobeRank = structures.indices.map { structure in
            let lobe = index.lobe[structure]
            guard lobe >= 0, let code = structures[lobe].code else { return -1 }
            return Finding.lobeOrder.firstIndex(of: code) ?? -1
        }
        isSegment = structures.map { Self.segmentKinds.contains($0.kind) }
        isLungPart = structures.map { Self.lungKinds.contains($0.kind) }
        takesLungSide = structures.map { Self.lungSideRegions.contains($0.region) }
        typeInChest = knowledge.findings.types.map { AnatomyIndex.chestRegions.contains($0.region) }
        isSpecificLungType = knowledge.findings.types.map { $0.specificity == .specific && $0.region == "lung" }
        isPleural = structures.map { $0.region == "pleura" }
        besideLungs = knowledge.findings.types.map { !AnatomyIndex.chestRegions.contains($0.region) && $0.region != Self.anyRegion }
        let findings = knowledge.findings
        broaderTypes = findings.types.map { type in findings.lineage(of: type.id).dropFirst().compactMap(findings.index(of:)) }
        interpretedTypes = findings.types.map { $0.interprets.compactMap(findings.index(of:)) }
        hostTypes = findings.types.map { $0.within.compactMap(findings.index(of:)) }
        restatementGroup = findings.types.indices.map { index in findings.types[index].restates.flatMap(findings.index(of:)) ?? index }
        renamedTypes = findings.types.map { $0.renames.compactMap(findings.index(of:)) }
        namedByAdjective = findings.types.map { $0.terms.contains(where: \.adjective) }
        refinedTypes = findings.types.map { type in findings.modifiers.compactMap { $0.refine(type.id) }.compactMap(findings.index(of:)) }
        impliedOrgan = findings.types.map { type in type.organ.flatMap(knowledge.anatomy.index(of:)) }
        relocations = findings.types.map { type in
            // (a rule of a structure the anatomy does not know never applies: no structure has its id)
            type.relocations.compactMap { rule in
                knowledge.anatomy.index(of: rule.structure).map {
                    (structure: $0, type: findings.index(of: rule.type), alone: rule.alone)
                }
            }
        }
    }

    /// Whether a finding of one type is one a weak word of the other (`word`) may name as a landmark: of the lineage the
    /// word's broader types head ("adjacent to the lesion" after a nodular lesion, a nodule or a mass).
    func weakWord(_ word: Int, names type: Int) -> Bool {
        broaderTypes[word].contains { type == $0 || narrows(type, to: $0) }
    }

    /// Whether two finding types are one, or one is a broader type of the other.
    func inOneLineage(_ one: Int, _ other: Int) -> Bool {
        one == other || broaderTypes[one].contains(other) || broaderTypes[other].contains(one)
    }

    /// Whether a type is the other one or a narrower one (its `parent` chain reaches the other).
    func isKind(_ type: Int, of other: Int) -> Bool {
        type == other || broaderTypes[type].contains(other)
    }

    /// Whether a finding of one type may be named again by a word of the other: they are of one lineage or of one
    /// restatement group.
    func kin(_ one: Int, _ other: Int) -> Bool {
        inOneLineage(one, other) || restatementGroup[one] == restatementGroup[other]
    }

    /// Whether a finding of one type is named again by a broader word (`word`): its type is a narrower one, or one that
    /// `restates` the word ("centriacinar nodules" named again as "the described nodules").
    func narrows(_ type: Int, to word: Int) -> Bool {
        broaderTypes[type].contains(word) || type != word && restatementGroup[type] == word
    }

    /// Whether a finding of one type may be named again by a word of the other (`word`) summing it up: of its type, a
    /// narrower one, or one of its restatement group.
    func namesAgain(_ type: Int, as word: Int) -> Bool {
        isKind(type, of: word) || restatementGroup[type] == restatementGroup[word]
    }

    /// Whether a copy of one type (`copy`) names again, in words of its own, a finding of the other: of a type it
    /// `renames`, a narrower one or one restating it.
    func renames(_ copy: Int, _ type: Int) -> Bool {
        renamedTypes[copy].contains { namesAgain(type, as: $0) }
    }

    /// The lobe codes of structures, in ``Finding/lobeOrder``.
    func lobeCodes(of structures: [Int]) -> [String] {
        var present: UInt8 = 0
        for structure in structures where lobeRank[structure] >= 0 { present |= 1 << UInt8(lobeRank[structure]) }
        guard present != 0 else { return [] }
        return Finding.lobeOrder.indices.filter { present & (1 << UInt8($0)) != 0 }.map { Finding.lobeOrder[$0] }
    }
}
