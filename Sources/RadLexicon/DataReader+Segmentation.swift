import RadText
import RadXML

extension DataReader {
    /// Reads a `<segmentation>` document (validated against `segmentation.xsd`).
    mutating func readSegmentation(_ root: XMLElement, into base: inout KnowledgeBase) {
        if let sections = root.child(named: "sections") {
            var headers = base.sectionRules.headers
            for header in sections.children(named: "header") {
                guard let kind = SectionKind(rawValue: header["section"] ?? "") else { continue }
                headers.append(SectionRules.Header(name: header.trimmedText, kind: kind, origin: header.origin.description,
                                                   endsWithPeriod: header["period"].map(Self.flag) ?? false))
            }
            var markers = base.sectionRules.markers
            for marker in sections.children(named: "marker") {
                guard let kind = SectionKind(rawValue: marker["section"] ?? ""),
                      let character = marker.text.utf16.first else { continue }
                markers.append(SectionRules.Marker(character: character, kind: kind, glued: marker["glued"].map(Self.flag) ?? false))
            }
            let defaultKind = SectionKind(rawValue: sections["default"] ?? "findings") ?? .findings
            base.sectionRules = SectionRules(headers: headers, markers: markers, defaultKind: defaultKind)
        }
        if let sentences = root.child(named: "sentences") {
            base.sentenceRules.unwrapLineBreaks = sentences["unwrap-line-breaks"].map(Self.flag) ?? true
            base.sentenceRules.joinBeforeLowercase = sentences["join-before-lowercase"].map(Self.flag) ?? true
            base.sentenceRules.joinAfterEnumerator = sentences["join-after-enumerator"].map(Self.flag) ?? true
            base.sentenceRules.joinInsideBrackets = sentences["join-inside-brackets"].map(Self.flag) ?? false
            for split in sentences.children(named: "split") {
                let placement: SentenceRules.Split.Placement = split["before"] != nil ? .before : .after
                guard let character = (split["after"] ?? split["before"])?.utf16.first else {
                    report(split, "a split rule needs after=\"c\" or before=\"c\"")
                    continue
                }
                let space = split["space"] ?? "allowed"
                var rule = SentenceRules.Split(
                    character: character,
                    placement: placement,
                    previous: split["previous"].map(Self.classes),
                    next: split["next"].map(Self.classes),
                    allowSpace: space != "none",
                    requireSpace: space == "required",
                    id: "\(split["id"] ?? "split") (\(split.origin))")
                rule.capitalizedWord = split["next-word"] == "capitalized"
                rule.frames = split.flag("frames")
                rule.unlessNext = Self.words(split.child(named: "unless-next")?.trimmedText, lowercased: false)
                rule.unlessPrevious = Self.words(split.child(named: "unless-previous")?.trimmedText, lowercased: true)
                rule.onlyNext = Self.words(split.child(named: "only-next")?.trimmedText, lowercased: false)
                base.sentenceRules.splits.append(rule)
            }
        }
    }

    /// A space-separated word list as UTF-16 words.
    private static func words(_ list: String?, lowercased: Bool) -> [[UInt16]] {
        (list ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map { Array((lowercased ? $0.lowercased() : String($0)).utf16) }
    }

    private static func flag(_ value: String) -> Bool { value == "true" || value == "1" }

    /// "upper lower" → the character classes; "letter" means any letter.
    private static func classes(_ list: String) -> CharClassSet {
        var result = CharClassSet()
        for name in list.split(separator: " ") {
            switch name {
            case "upper": result.insert(.upper)
            case "lower": result.insert(.lower)
            case "letter": [CharClass.upper, .lower, .letter].forEach { result.insert($0) }
            case "digit": result.insert(.digit)
            case "punct": [CharClass.punct, .dash].forEach { result.insert($0) }
            case "space": result.insert(.space)
            default: break
            }
        }
        return result
    }
}
