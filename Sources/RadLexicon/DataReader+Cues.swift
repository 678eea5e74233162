import RadText
import RadXML

extension DataReader {
    /// Reads a `<cues>` document (validated against `cues.xsd`).
    mutating func readCues(_ root: XMLElement, into base: inout KnowledgeBase) {
        for element in root.children {
            let id = element["id"] ?? ""
            switch element.name {
            case "cue":
                var cue = Cue(
                    id: id, type: CueType(rawValue: element["type"] ?? "") ?? .negation,
                    direction: CueDirection(rawValue: element["direction"] ?? "forward") ?? .forward,
                    window: element["window"].flatMap { Int($0) },
                    reach: element["reach"].flatMap(RecapReach.init(rawValue:)),
                    terms: element.terms, origin: element.origin)
                cue.member = element.flag("member")
                cue.some = element.flag("some")
                cue.reachesLastAtEnd = element.flag("last-at-end")
                cue.holdsVerb = element.flag("verb")
                cue.offersAlternatives = element.flag("alternatives")
                cue.sparesNamedBefore = element.flag("spares-named-before")
                base.cues.cues.append(cue)
            case "temporal":
                if let value = TemporalChange(rawValue: element["value"] ?? "") {
                    var word = TemporalWord(change: value, ofFindingAfter: element.flag("of-finding-after"))
                    word.yields = element.flag("yields")
                    base.cues.temporal.append(ValuedWord(id: id, value: word, terms: element.terms, origin: element.origin))
                }
            case "quantity":
                if let value = Quantity(rawValue: element["value"] ?? "") {
                    base.cues.quantities.append(ValuedWord(id: id, value: value, terms: element.terms, origin: element.origin))
                }
            case "size-qualifier":
                if let value = SizeQualifier(rawValue: element["value"] ?? "") {
                    let word = SizeQualifierWord(qualifier: value, ofFindingBefore: element.flag("of-finding-before"))
                    base.cues.sizeQualifiers.append(ValuedWord(id: id, value: word, terms: element.terms, origin: element.origin))
                }
            case "size-word":
                base.cues.sizeWords.append(ValuedWord(id: id, value: true, terms: element.terms, origin: element.origin))
            case "unit":
                guard let millimetres = Double(element["millimetres"] ?? ""), millimetres > 0 else {
                    report(element, "a unit needs a positive number of millimetres")
                    continue
                }
                base.cues.units.append(ValuedWord(id: id, value: millimetres, terms: element.terms, origin: element.origin))
            case "abbreviation":
                let entry = (text: element["text"] ?? "", caseSensitive: element.flag("case-sensitive"),
                             beforeNumber: element.flag("before-number"), origin: element.origin)
                base.cues.abbreviations.append(entry)
                base.sentenceRules.abbreviations.append(SentenceRules.Abbreviation(
                    text: entry.text, caseSensitive: entry.caseSensitive, onlyBeforeNumber: entry.beforeNumber,
                    origin: entry.origin.description))
            default:
                break
            }
        }
    }
}
