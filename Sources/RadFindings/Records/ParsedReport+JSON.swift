import RadIO
import RadLexicon
import RadText

extension ParsedReport {
    /// Writes the report's output record (``record(knowledge:includeText:explain:)``, field for field)
    /// as one compact JSON object, straight from the parsed report: sentence texts are transcoded from
    /// the report's UTF-16, lexicon facts come from tables built once. Labels in CT-RATE's order.
    public func write(to writer: inout JSONWriter, engine: Engine, includeText: Bool = false, explain: Bool = false) {
        writer.beginObject()
        writer.key("id")
        writer.string(id)
        if includeText {
            writer.key("text")
            writer.string(text.string)
        }
        writer.key("sentences")
        writer.beginArray()
        text.utf16.withUnsafeBufferPointer { units in
            for sentence in sentences {
                writer.beginObject()
                writer.key("index"); writer.number(sentence.index)
                writer.key("section"); writer.string(sentence.section.rawValue)
                writer.key("start"); writer.number(text.scalarOffset(sentence.range.lowerBound))
                writer.key("end"); writer.number(text.scalarOffset(sentence.range.upperBound))
                writer.key("text"); writer.string(utf16: UnsafeBufferPointer(rebasing: units[sentence.range]))
                writer.endObject()
            }
        }
        writer.endArray()
        writer.key("findings")
        writer.beginArray()
        for (index, finding) in findings.enumerated() {
            finding.write(id: index, to: &writer, text: text, tables: engine.outputTables, explain: explain)
        }
        writer.endArray()
        writer.key("labels")
        writer.beginObject()
        for (key, present) in zip(engine.outputTables.labelKeys, presentFlags) {
            writer.key(plain: key)
            writer.number(present ? 1 : 0)
        }
        writer.endObject()
        writer.endObject()
    }
}

extension Finding {
    /// Writes the finding as one JSON object, in the order of the command-line contract.
    func write(id: Int, to writer: inout JSONWriter, text: ReportText, tables: OutputTables, explain: Bool) {
        writer.beginObject()
        writer.key("id"); writer.number(id)
        writer.key("text"); writer.string(self.text)
        writer.key("type"); writer.string(type)
        writer.key("category"); writer.optionalString(category?.rawValue)
        writer.key("focal"); if let focal { writer.bool(focal) } else { writer.null() }
        writer.key("assertion"); writer.string(assertion.rawValue)
        writer.key("laterality"); writer.string(laterality.rawValue)
        writer.key("lobes"); writer.stringArray(lobes)
        writer.key("segments"); writer.stringArray(segments)
        writer.key("places"); writer.stringArray(places)
        writer.key("size"); Size.write(size, to: &writer)
        writer.key("size_word"); writer.optionalString(sizeWord)
        writer.key("multiple"); writer.bool(multiple)
        writer.key("temporal"); writer.optionalString(temporal?.rawValue)
        writer.key("sentence"); writer.number(sentence)
        writer.key("start"); writer.number(text.scalarOffset(range.lowerBound))
        writer.key("end"); writer.number(text.scalarOffset(range.upperBound))
        writer.key("ontology")
        writer.beginObject()
        writer.members(json: tables.ontology(ofType: typeIndex))
        writer.key("anatomy")
        writer.beginArray()
        for structure in structures { writer.value(json: tables.object(ofStructure: structure)) }
        writer.endArray()
        writer.endObject()
        writer.key("labels")
        writer.beginArray()
        for label in labels { writer.string(label.rawValue) }
        writer.endArray()
        writer.key("interpreted"); writer.bool(interpreted)
        if explain {
            writer.key("explain")
            ExplainStep.write(explanation, to: &writer)
        }
        writer.endObject()
    }
}

extension Size {
    /// Writes a size as `{"max_mm", "dims_mm", "qualifier"}`, or null.
    static func write(_ size: Size?, to writer: inout JSONWriter) {
        guard let size else { return writer.null() }
        writer.beginObject()
        writer.key("max_mm"); writer.number(size.maxMM)
        writer.key("dims_mm"); writer.beginArray(); for dim in size.dimsMM { writer.number(dim) }; writer.endArray()
        writer.key("qualifier"); writer.string(size.qualifier.rawValue)
        writer.endObject()
    }
}

extension ExplainStep {
    /// Writes explanation steps as an array of `{"role", "id", "text", "origin"}`.
    static func write(_ steps: [ExplainStep], to writer: inout JSONWriter) {
        writer.beginArray()
        for step in steps {
            writer.beginObject()
            writer.key("role"); writer.string(step.role)
            writer.key("id"); writer.string(step.id)
            writer.key("text"); writer.string(step.text)
            writer.key("origin"); writer.string(step.origin)
            writer.endObject()
        }
        writer.endArray()
    }
}
