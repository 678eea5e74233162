import RadLexicon
import RadXML

/// Reads grammar documents (validated against `grammar.xsd`) into rules, collecting every problem.
public enum GrammarSource {
    /// The rules of all documents, in document then file order.
    /// - Throws: ``DataError`` naming the file and line of each bad pattern or duplicate id.
    public static func rules(from documents: [XMLElement]) throws -> [GrammarRule] {
        var rules: [GrammarRule] = []
        var problems: [XMLDiagnostic] = []
        var seen: [String: Origin] = [:]
        var rulesPerPass: [String: Int] = [:]
        for document in documents {
            let pass = document["pass"] ?? ""
            var defines: [String: PatternNode] = [:]
            for element in document.children {
                switch element.name {
                case "define":
                    do {
                        defines[element["name"] ?? ""] = try PatternParser.parse(element.text, defines: defines)
                    } catch {
                        problems.append(element.diagnostic("define '\(element["name"] ?? "")': \(error)"))
                    }
                case "rule":
                    let id = element["id"] ?? ""
                    if let previous = seen[id] {
                        problems.append(element.diagnostic("rule id '\(id)' is already used at \(previous)"))
                    }
                    let origin = Origin(file: element.file, line: element.line)
                    seen[id] = origin
                    rulesPerPass[pass, default: 0] += 1
                    if rulesPerPass[pass] == RuleMask.capacity + 1 {
                        problems.append(element.diagnostic("pass '\(pass)' has more than \(RuleMask.capacity) rules (the matcher "
                                                           + "keeps a pass's rules in one \(RuleMask.capacity)-bit mask): split it into two passes"))
                    }
                    guard let patternElement = element.child(named: "pattern") else { continue }
                    do {
                        let pattern = try PatternParser.parse(patternElement.text, defines: defines)
                        var attributes: [String: String] = [:]
                        for attribute in element.attributes { attributes[attribute.name] = attribute.value }
                        rules.append(GrammarRule(
                            id: id, pass: pass, action: element["action"] ?? "", attributes: attributes, pattern: pattern,
                            examples: element.children(named: "example").map { ($0.text, $0["match"] ?? $0.text) },
                            counterexamples: element.children(named: "counterexample").map(\.text),
                            origin: origin))
                    } catch {
                        problems.append(patternElement.diagnostic("rule '\(id)': \(error)"))
                    }
                default:
                    break
                }
            }
        }
        guard problems.isEmpty else { throw DataError(problems) }
        return rules
    }

    /// Every literal the rules mention, so the vocabulary can give them ids.
    public static func literals(of rules: [GrammarRule]) -> [String] {
        var result: Set<String> = []
        func walk(_ node: PatternNode) {
            switch node {
            case let .sequence(items), let .alternatives(items): items.forEach(walk)
            case let .repeated(inner, _, _), let .capture(_, inner): walk(inner)
            case let .element(.literal(text)): result.insert(text)
            case .element: break
            }
        }
        rules.forEach { walk($0.pattern) }
        return result.sorted()
    }
}
