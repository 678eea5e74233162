/// The ontology as integer tables, for the hot path: every question the location reader asks
/// ("the lobe of this segment", "the left-lung segment named posterior-basal in the lower lobe")
/// answered without strings or copies. A class: handing it around costs one reference count, not
/// one per table.
public final class AnatomyIndex: Sendable {
    /// Per structure: the index of its lobe (itself for a lobe), or -1 above lobe level.
    public let lobe: [Int]
    /// Per structure: itself and everything it is part of, nearest first.
    public let ancestors: [[Int]]
    /// The regions where lung and pleural findings belong.
    public static let chestRegions: Set<String> = ["lung", "pleura", "airway", "thorax"]
    /// Per structure: whether its region is a chest one (``chestRegions``).
    public let inChest: [Bool]
    /// Lobe index by (side, level): "right"/"upper" → RUL.
    private let lobes: [String: Int]
    /// Lobe indices by side, in the ontology's order.
    private let lobesBySide: [Side: [Int]]
    /// Lobe index by level, for levels that only one lobe has (the middle lobe).
    private let onlyLobes: [String: Int]
    /// Lung index by side.
    private let lungs: [Side: Int]
    /// Segment-name → segments (and segment groups) it names, with whether it is their first name and whether it names
    /// them only with their lobe's level said (``AnatomyStructure/lobeSegmentNames``).
    private let segments: [String: [SegmentName]]
    /// Structure index by code ("apex", "RUL").
    private let codes: [String: Int]
    /// Lung zone index by level ("lower" → the lower lung zone).
    private let zones: [String: Int]

    /// One segment a segment name names.
    private struct SegmentName {
        var structure: Int
        /// Whether it is the segment's first name.
        var primary: Bool
        /// Whether it names the segment only where the segment's lobe level is given.
        var withLobe = false
    }

    public init(_ anatomy: Anatomy) {
        let structures = anatomy.structures
        var ancestors: [[Int]] = []
        var lobe: [Int] = []
        for structure in structures {
            let chain = anatomy.ancestry(of: structure.id).compactMap { anatomy.index(of: $0.id) }
            ancestors.append(chain)
            lobe.append(anatomy.lobe(of: structure.id).flatMap { anatomy.index(of: $0.id) } ?? -1)
        }
        var lobes: [String: Int] = [:]
        var lobesBySide: [Side: [Int]] = [:]
        var lungs: [Side: Int] = [:]
        var segments: [String: [SegmentName]] = [:]
        var codes: [String: Int] = [:]
        var zones: [String: Int] = [:]
        for (index, structure) in structures.enumerated() {
            if structure.kind == .zone, let level = structure.level { zones[level] = index }
            if structure.kind == .lobe, let side = structure.side, let level = structure.level {
                lobes["\(side.rawValue)/\(level)"] = index
                lobesBySide[side, default: []].append(index)
            }
            if structure.kind == .lung, let side = structure.side { lungs[side] = index }
            if structure.kind == .segment || structure.kind == .segmentGroup {
                for (position, name) in structure.segmentNames.enumerated() {
                    segments[name, default: []].append(SegmentName(structure: index, primary: position == 0))
                }
                for name in structure.lobeSegmentNames {
                    segments[name, default: []].append(SegmentName(structure: index, primary: false, withLobe: true))
                }
            }
            if let code = structure.code, codes[code] == nil { codes[code] = index }
        }
        self.lobe = lobe
        self.zones = zones
        self.ancestors = ancestors
        self.inChest = structures.map { Self.chestRegions.contains($0.region) }
        self.lobes = lobes
        self.lobesBySide = lobesBySide
        var levels: [String: [Int]] = [:]
        for index in lobes.values.sorted() { levels[structures[index].level ?? "", default: []].append(index) }
        self.onlyLobes = levels.compactMapValues { $0.count == 1 ? $0[0] : nil }
        self.lungs = lungs
        self.segments = segments
        self.codes = codes
    }

    /// Whether one structure is the other, holds it or lies in it.
    @inline(__always)
    public func nested(_ one: Int, _ other: Int) -> Bool {
        ancestors[one].contains(other) || ancestors[other].contains(one)
    }

    /// The lobe of a side and level; a level only one lobe has (the middle lobe) needs no side and
    /// outranks a side carried over to it ("the left lower lobe and the middle lobe").
    public func lobe(side: Side?, level: String, in anatomy: Anatomy) -> Int? {
        if let only = onlyLobes[level] { return only }
        guard let side else { return nil }
        return lobes["\(side.rawValue)/\(level)"]
    }

    /// Every lobe of a side (of both lungs without one), in the ontology's order.
    public func lobes(side: Side?) -> [Int] {
        side.map { lobesBySide[$0] ?? [] } ?? lobes.values.sorted()
    }

    /// The lung of a side.
    public func lung(_ side: Side) -> Int? { lungs[side] }

    /// The lung zone of a level ("upper", "middle", "lower").
    public func zone(level: String) -> Int? { zones[level] }

    /// The structure with a code.
    public func structure(code: String) -> Int? { codes[code] }

    /// The sides of the segments a segment name names ("inferior-lingular": the left only).
    public func sides(ofSegmentsNamed name: String, in anatomy: Anatomy) -> Set<Side> {
        Set((segments[name] ?? []).compactMap { $0.withLobe ? nil : anatomy.structures[$0.structure].side })
    }

    /// The one segment of a side and lobe level with a name; without side and level only a segment's
    /// first (primary) name counts; when several fit, the one whose first name it is. Nil otherwise. A name that holds only
    /// with the lobe said (`lobeSegment`) counts only when the level is given.
    public func segment(named name: String, side: Side?, level: String?, in anatomy: Anatomy) -> Int? {
        var found: [SegmentName] = []
        for candidate in segments[name] ?? [] {
            if candidate.withLobe && level == nil { continue }
            // (the structure's fields read in place: no copy of its strings)
            if let side, anatomy.structures[candidate.structure].side != side { continue }
            if let level {
                let lobeIndex = lobe[candidate.structure]
                guard lobeIndex >= 0, anatomy.structures[lobeIndex].level == level else { continue }
            } else if side == nil && !candidate.primary {
                continue
            }
            found.append(candidate)
        }
        if found.count == 1 { return found[0].structure }
        // Several fit: the one this is the first name of ("anterior segment of the left lung").
        let primary = found.filter(\.primary)
        return primary.count == 1 ? primary[0].structure : nil
    }
}
