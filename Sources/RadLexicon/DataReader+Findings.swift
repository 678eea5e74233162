import RadXML

extension DataReader {
    /// Reads a `<findings>` document (validated against `findings.xsd`).
    mutating func readFindings(_ root: XMLElement, into lexicon: inout FindingLexicon) {
        for element in root.children {
            switch element.name {
            case "finding":
                let labels = element.children(named: "label").compactMap { label -> CTRateLabel? in
                    let name = label.trimmedText
                    guard let known = CTRateLabel(rawValue: name) else {
                        report(label, "unknown CT-RATE label '\(name)'")
                        return nil
                    }
                    return known
                }
                var type = FindingType(
                    id: element["id"] ?? "",
                    category: element["category"].flatMap(FindingCategory.init(rawValue:)),
                    region: element["region"] ?? "lung",
                    radlex: element["radlex"],
                    radlexApproximate: element.flag("approximate"),
                    labels: labels,
                    specificity: Specificity(rawValue: element["specificity"] ?? "specific") ?? .specific,
                    terms: element.terms,
                    origin: element.origin)
                type.parent = element["parent"]
                type.otherOrgans = element.flag("otherOrgans")
                type.unnamed = element.flag("unnamed")
                type.sided = element.flag("sided", absent: true)
                type.organ = element["organ"]
                type.cause = element.flag("cause")
                type.diagnosis = element.flag("diagnosis")
                type.interprets = (element["interprets"] ?? "").split(separator: " ").map(String.init)
                type.restates = element["restates"]
                type.within = (element["within"] ?? "").split(separator: " ").map(String.init)
                type.renames = (element["renames"] ?? "").split(separator: " ").map(String.init)
                type.single = element.flag("single")
                type.pattern = element.flag("pattern")
                type.secondary = element.flag("secondary")
                type.recap = element["recap"].flatMap(RecapReach.init(rawValue:))
                if type.unnamed, let other = lexicon.unnamedType {
                    report(element, "only one finding can be unnamed; '\(lexicon.types[other].id)' already is")
                }
                type.relocations = element.children(named: "in").map {
                    (structure: $0["structure"] ?? "", type: $0["type"] ?? "", alone: $0.flag("alone"))
                }
                if !lexicon.add(type) {
                    report(element, "finding id '\(type.id)' is already defined at \(lexicon.type(type.id)!.origin)")
                }
            case "modifier":
                let refinements = element.children(named: "refine").map {
                    (from: $0["from"] ?? "", to: $0["to"] ?? "", shared: Sharing(rawValue: $0["shared"] ?? "") ?? .narrowing)
                }
                lexicon.add(FindingModifier(id: element["id"] ?? "", terms: element.terms, refinements: refinements,
                                            origin: element.origin))
            default:
                break
            }
        }
    }
}
