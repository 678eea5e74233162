/// What kind of anatomical structure a concept is.
public enum StructureKind: String, Sendable, Hashable {
    case region, lung, lobe, lobePart = "lobe-part", segment, segmentGroup = "segment-group", zone, pleura, fissure,
         airway, mediastinum, hilum, organ
}

/// Side of the body.
public enum Side: String, Sendable, Codable, Hashable {
    case left, right, bilateral
}

/// A concrete structure of the chest ontology.
public struct AnatomyStructure: Sendable {
    public var id: String
    public var kind: StructureKind
    /// The body region ("lung", "pleura", "heart", …): decides whether findings here get a category.
    public var region: String
    /// The structure this one is part of.
    public var partOf: String?
    public var side: Side?
    /// upper / middle / lower, for lobes.
    public var level: String?
    /// Segment-word values that name this segment within its lobe ("posterior-basal", "posterior").
    public var segmentNames: [String]
    /// The code reported for it: "RUL" for lobes, "LLL-posterior-basal" for segments.
    public var code: String?
    public var label: String?
    /// RadLex ID, verified against the chest subset of the 2017 export.
    public var radlex: String?
    /// The structure of the other side it stands for when named with that side ("the middle lobe of
    /// the left lung" → the lingula).
    public var counterpart: String?
    /// An organ outside the chest that a report describes over several sentences (`topic` in
    /// anatomy.xml): the unplaced findings of the sentences after one naming it are in it.
    public var topic = false
    /// A single organ whose parts are named by side ("the right lobe of the liver", "both lobes of the liver"; `unpaired`
    /// in anatomy.xml): a side word of its place names its part, not a side of the body.
    public var unpaired = false
    /// A structure of which each lung has one, named without a side in the singular ("the fissure", "the major fissure";
    /// `inOneLung` in anatomy.xml): it lies in one lung, whose side the context gives.
    public var inOneLung = false
    /// A structure each side of the chest has one of that the ontology does not split by side ("the hila", "the
    /// costophrenic sinuses"; `paired` in anatomy.xml): named by a plural term without a side word, it is on both sides.
    public var paired = false
    /// The lobe a structure lies in without being part of it (`inLobe` in anatomy.xml): a lobar bronchus is part of the
    /// bronchial tree, and lies in its lobe.
    public var inLobe: String? = nil
    /// Segment-word values that name this segment only where its lobe's level is said (`lobeSegment` in anatomy.xml):
    /// "the apical segment of the left lower lobe" is its superior segment, a bare "apical segment" the upper lobe's.
    public var lobeSegmentNames: [String] = []
    /// Surface forms that name this structure directly ("RUL", "lingula").
    public var terms: [Term]
    public var origin: Origin

    public init(id: String, kind: StructureKind, region: String, partOf: String?, side: Side?, level: String?,
                segmentNames: [String], code: String?, label: String?, radlex: String?, terms: [Term], origin: Origin) {
        self.id = id
        self.kind = kind
        self.region = region
        self.partOf = partOf
        self.side = side
        self.level = level
        self.segmentNames = segmentNames
        self.code = code
        self.label = label
        self.radlex = radlex
        self.terms = terms
        self.origin = origin
    }
}

/// Which piece of a location a word supplies.
public enum AnatomyFeature: String, Sendable {
    case side, structure, level, segment, zone
}

/// A word the location grammar composes: feature + value ("right" = side right).
public struct AnatomyWord: Sendable {
    public var feature: AnatomyFeature
    public var value: String
    /// The word has its meaning only before this head noun ("posterior" names a segment before
    /// "segment", not before "aspect").
    public var beforeHead: String? = nil
    /// The word has that meaning also right after this head noun when no head follows it ("upper lobe
    /// posterior": the posterior segment).
    public var afterHead: String? = nil
    /// The word also names parts of other organs ("parenchyma", "lobe"; `shared` in anatomy.xml).
    public var shared = false
    /// A level word that names every level ("all lobes"; `every` in anatomy.xml).
    public var every = false
    /// The lobe level a segment word says too ("posterior upper": `level` in anatomy.xml).
    public var level: String? = nil
    public var terms: [Term]
    public var origin: Origin

    public init(feature: AnatomyFeature, value: String, terms: [Term], origin: Origin) {
        self.feature = feature
        self.value = value
        self.terms = terms
        self.origin = origin
    }
}

/// The chest ontology: structures with part-of links, and the words that compose locations.
public struct Anatomy: Sendable {
    public private(set) var structures: [AnatomyStructure] = []
    public private(set) var words: [AnatomyWord] = []
    private var indexByID: [String: Int] = [:]

    public init() {}

    /// Adds a structure; false when its id is already taken.
    @discardableResult
    public mutating func add(_ structure: AnatomyStructure) -> Bool {
        guard indexByID[structure.id] == nil else { return false }
        indexByID[structure.id] = structures.count
        structures.append(structure)
        return true
    }

    public mutating func add(_ word: AnatomyWord) {
        words.append(word)
    }

    /// The structure with an id.
    public func structure(_ id: String) -> AnatomyStructure? {
        indexByID[id].map { structures[$0] }
    }

    /// The index of a structure in ``structures``.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The structure and everything it is part of, nearest first (cycles stop the walk).
    public func ancestry(of id: String) -> [AnatomyStructure] {
        var result: [AnatomyStructure] = []
        var seen: Set<String> = []
        var current = structure(id)
        while let node = current, seen.insert(node.id).inserted {
            result.append(node)
            current = node.partOf.flatMap { structure($0) }
        }
        return result
    }

    /// The lobe a structure lies in (itself for a lobe), nil above lobe level: the nearest of its ancestry that is a lobe
    /// or lies in one (`inLobe`).
    public func lobe(of id: String) -> AnatomyStructure? {
        ancestry(of: id).lazy.compactMap { $0.kind == .lobe ? $0 : $0.inLobe.flatMap(self.structure) }.first
    }
}
