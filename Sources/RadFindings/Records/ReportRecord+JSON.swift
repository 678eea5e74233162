import RadIO
import RadLexicon

extension ReportRecord {
    /// Writes the record as one compact JSON object (field order as in the command-line contract;
    /// labels in CT-RATE's order).
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.string(id)
        if let text {
            writer.key("text")
            writer.string(text)
        }
        writer.key("sentences")
        writer.beginArray()
        for sentence in sentences {
            writer.beginObject()
            writer.key("index"); writer.number(sentence.index)
            writer.key("section"); writer.string(sentence.section)
            writer.key("start"); writer.number(sentence.start)
            writer.key("end"); writer.number(sentence.end)
            writer.key("text"); writer.string(sentence.text)
            writer.endObject()
        }
        writer.endArray()
        writer.key("findings")
        writer.beginArray()
        for finding in findings { finding.write(to: &writer) }
        writer.endArray()
        writer.key("labels")
        writer.beginObject()
        for label in CTRateLabel.allCases {
            guard let value = labels[label.rawValue] else { continue }
            writer.dynamicKey(label.rawValue)
            writer.number(value)
        }
        writer.endObject()
        writer.endObject()
    }
}

extension FindingRecord {
    /// Writes the finding as one JSON object, in the order of the command-line contract.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.number(id)
        writer.key("text"); writer.string(text)
        writer.key("type"); writer.string(type)
        writer.key("category"); writer.optionalString(category)
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
        writer.key("start"); writer.number(start)
        writer.key("end"); writer.number(end)
        writer.key("ontology")
        writer.beginObject()
        writer.key("finding"); writer.string(ontology.finding)
        writer.key("lineage"); writer.stringArray(ontology.lineage)
        writer.key("radlex"); writer.optionalString(ontology.radlex)
        writer.key("radlex_approximate"); writer.bool(ontology.radlexApproximate)
        writer.key("anatomy")
        writer.beginArray()
        for reference in ontology.anatomy {
            writer.beginObject()
            writer.key("id"); writer.string(reference.id)
            writer.key("radlex"); writer.optionalString(reference.radlex)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.key("labels"); writer.stringArray(labels)
        writer.key("interpreted"); writer.bool(interpreted)
        if let explain {
            writer.key("explain")
            ExplainStep.write(explain, to: &writer)
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
