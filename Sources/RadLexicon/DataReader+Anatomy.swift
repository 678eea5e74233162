import RadXML

extension DataReader {
    /// Reads an `<anatomy>` document (validated against `anatomy.xsd`).
    mutating func readAnatomy(_ root: XMLElement, into anatomy: inout Anatomy) {
        for element in root.children {
            switch element.name {
            case "structure":
                var structure = AnatomyStructure(
                    id: element["id"] ?? "",
                    kind: StructureKind(rawValue: element["kind"] ?? "") ?? .organ,
                    region: element["region"] ?? "other",
                    partOf: element["partOf"],
                    side: element["side"].flatMap(Side.init(rawValue:)),
                    level: element["level"],
                    segmentNames: (element["segment"] ?? "").split(separator: " ").map(String.init),
                    code: element["code"],
                    label: element["label"],
                    radlex: element["radlex"],
                    terms: element.terms,
                    origin: element.origin)
                structure.counterpart = element["counterpart"]
                structure.topic = element.flag("topic")
                structure.unpaired = element.flag("unpaired")
                structure.inOneLung = element.flag("inOneLung")
                structure.paired = element.flag("paired")
                structure.inLobe = element["inLobe"]
                structure.lobeSegmentNames = (element["lobeSegment"] ?? "").split(separator: " ").map(String.init)
                if structure.kind == .lobe && structure.code == nil {
                    report(element, "a lobe needs a code (RUL, RML, RLL, LUL, LLL)")
                }
                if !anatomy.add(structure) {
                    report(element, "structure id '\(structure.id)' is already defined at \(anatomy.structure(structure.id)!.origin)")
                }
            case "word":
                guard let feature = AnatomyFeature(rawValue: element["feature"] ?? "") else { continue }
                var word = AnatomyWord(feature: feature, value: element["value"] ?? "", terms: element.terms, origin: element.origin)
                word.beforeHead = element["before-head"]
                word.afterHead = element["after-head"]
                word.shared = element.flag("shared")
                word.every = element.flag("every")
                word.level = element["level"]
                anatomy.add(word)
            default:
                break
            }
        }
    }
}
