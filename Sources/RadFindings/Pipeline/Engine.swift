import RadGrammar
import RadLexicon
import RadText
import RadXML

/// The loaded and compiled data, shared by every thread: build it once, then make one
/// ``ReportParser`` per thread with ``makeParser()``.
public final class Engine: Sendable {
    public let knowledge: KnowledgeBase
    public let lexicon: CompiledLexicon
    public let grammar: Grammar
    /// The ontology as integer tables.
    public let anatomyIndex: AnatomyIndex
    /// Form ids and numbers the extraction code needs.
    let words: FunctionWords
    let settings: ExtractionSettings
    /// Per type and structure, what the output writes of it.
    let outputTables: OutputTables
    /// Per type and structure, what the attachment of places asks of it.
    let placeTables: PlaceTables

    /// Compiles a knowledge base: the lexicon into one matcher, the grammar rules into programs.
    /// - Throws: ``DataError`` when a grammar pattern cannot be parsed.
    public init(knowledge: KnowledgeBase) throws {
        let rules = try GrammarSource.rules(from: knowledge.grammarDocuments)
        let typeProblems = rules.flatMap { Self.typeProblems(of: $0, in: knowledge.findings) }
        if !typeProblems.isEmpty { throw DataError(typeProblems) }
        let literals = GrammarSource.literals(of: rules) + FunctionWords.all + FunctionWords.frameEndForms
        self.knowledge = knowledge
        lexicon = CompiledLexicon(knowledge: knowledge, extraForms: literals)
        grammar = Grammar(rules: rules, knowledge: knowledge, lexicon: lexicon)
        words = FunctionWords(vocabulary: lexicon.vocabulary)
        anatomyIndex = AnatomyIndex(knowledge.anatomy)
        settings = ExtractionSettings(documents: knowledge.grammarDocuments)
        outputTables = OutputTables(knowledge)
        placeTables = PlaceTables(knowledge: knowledge, index: anatomyIndex)
    }

    /// What is wrong with the finding types a rule names: a construction's `type` must be a finding type, and its
    /// `alsoType` (the second finding its words name, "the liver and spleen are enlarged": splenomegaly besides the
    /// hepatomegaly) another one; no other rule names a second type.
    private static func typeProblems(of rule: GrammarRule, in findings: FindingLexicon) -> [XMLDiagnostic] {
        func problem(_ message: String) -> XMLDiagnostic {
            XMLDiagnostic(file: rule.origin.file, line: rule.origin.line, message: "rule '\(rule.id)' \(message)")
        }
        let type = rule.attributes["type"]
        let alsoType = rule.attributes["alsoType"]
        guard rule.action == "finding" else {
            return alsoType == nil ? [] : [problem("names a second finding type (alsoType) but is no finding rule")]
        }
        var problems: [XMLDiagnostic] = []
        if findings.type(type ?? "") == nil { problems.append(problem("names unknown finding type '\(type ?? "")'")) }
        if let alsoType {
            if findings.type(alsoType) == nil {
                problems.append(problem("names unknown finding type '\(alsoType)' (alsoType)"))
            } else if alsoType == type {
                problems.append(problem("names finding type '\(alsoType)' twice (type and alsoType)"))
            }
        }
        return problems
    }

    /// Loads the data directory (see ``DataDirectory/locate(override:environment:)``) and compiles it.
    /// - Throws: ``DataError`` with every problem of the data files.
    public convenience init(dataDirectory: DataDirectory) throws {
        try self.init(knowledge: try KnowledgeBaseLoader.load(from: dataDirectory))
    }

    /// The type a finding of `type` placed in a structure is (`<in>` of `findings.xml`), nil when no
    /// rule applies. The rule of the nearest structure wins: the abdominal aorta's, not the aorta's.
    /// (read from ``PlaceTables/relocations`` by index: no structure id compared, no type id looked up)
    func relocation(of type: Int, in structure: Int) -> Int? {
        relocationRule(of: type, in: structure)?.type
    }

    /// The `<in>` rule of `findings.xml` that holds for a finding of `type` placed in a structure, nil when none does: the
    /// type it gives and whether it gives it only to a finding placed nowhere else (`alone`). The nearest structure's wins.
    func relocationRule(of type: Int, in structure: Int) -> (type: Int, alone: Bool)? {
        let rules = placeTables.relocations[type]
        guard !rules.isEmpty else { return nil }
        for ancestor in anatomyIndex.ancestors[structure] {
            if let rule = rules.first(where: { $0.structure == ancestor }) { return rule.type.map { ($0, rule.alone) } }
        }
        return nil
    }

    /// A parser for the calling thread; with `explain`, findings record how they were read.
    /// - Throws: ``ICUError`` when ICU cannot open its sentence iterator.
    public func makeParser(explain: Bool = false) throws -> ReportParser {
        try ReportParser(engine: self, breaker: ICUSentenceBreaker(locale: "en"), explain: explain)
    }
}

/// The few function words the readers of locations and phrases interpret themselves.
struct FunctionWords: Sendable {
    static let all = ["of", "and", "or", ",", "/", "-", "&", "the", "in", "at", "on", "with", "to", "showing", "containing",
                      "characterized", "'", "’", "s", "(", ")"]
    let of: Int32
    let comma: Int32
    let or: Int32
    /// "and": "an increase in the amount of effusion and lung atelectasis" names the objects of one change.
    let and: Int32
    let coordinators: Set<Int32>
    let hyphen: Int32
    let slash: Int32
    let the: Int32
    /// The possessive "'s" ("the right lower lobe's superior segment"): read like "of".
    let possessive: Set<Int32>
    /// "on" before a side ("the lower lobe on the right"): read like "of".
    let on: Int32
    /// "in": "no significant difference in X, and in Y" names the objects of one change.
    let `in`: Int32
    /// Words after which a finding describes a feature of the one before ("nodules with ground-glass density").
    let features: Set<Int32>
    /// Brackets: what stands between them is an aside ("ground glass areas (halo sign) around them").
    let openBracket: Int32
    let closeBracket: Int32
    /// Every word of `all`: the words that link phrases rather than describe them.
    let linking: Set<Int32>
    /// The marks that end a comparison frame: "When compared with the old CTs dated …," or "…;".
    static let frameEndForms = [",", ";"]
    let frameEnds: Set<Int32>

    init(vocabulary: Vocabulary) {
        of = vocabulary.id(of: "of")
        comma = vocabulary.id(of: ",")
        or = vocabulary.id(of: "or")
        and = vocabulary.id(of: "and")
        coordinators = Set(["and", "or", ",", "&"].map { vocabulary.id(of: $0) })
        hyphen = vocabulary.id(of: "-")
        slash = vocabulary.id(of: "/")
        the = vocabulary.id(of: "the")
        features = Set(["with", "showing", "containing", "characterized"].map { vocabulary.id(of: $0) })
        possessive = Set(["'", "’", "s"].map { vocabulary.id(of: $0) })
        on = vocabulary.id(of: "on")
        `in` = vocabulary.id(of: "in")
        openBracket = vocabulary.id(of: "(")
        closeBracket = vocabulary.id(of: ")")
        linking = Set(Self.all.map { vocabulary.id(of: $0) })
        frameEnds = Set(Self.frameEndForms.map { vocabulary.id(of: $0) })
    }

    /// Whether a word links two conjuncts of a finding phrase: "and", "or", a comma, a hyphen or a slash.
    func linksConjuncts(_ form: Int32) -> Bool {
        coordinators.contains(form) || form == hyphen || form == slash
    }
}

/// Numbers of the `assertion` grammar's parameters.
struct ExtractionSettings: Sendable {
    var forwardWindow = 14
    var backwardWindow = 12

    init(documents: [XMLElement]) {
        for document in documents where document["pass"] == "assertion" {
            for parameter in document.children(named: "parameter") {
                guard let value = Double(parameter["value"] ?? "") else { continue }
                switch parameter["name"] {
                case "forward-window": forwardWindow = Int(value)
                case "backward-window": backwardWindow = Int(value)
                default: break
                }
            }
        }
    }
}
