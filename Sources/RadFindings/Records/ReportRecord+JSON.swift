import RadIO

extension ReportRecord {
    /// Writes the record as one compact JSON object (field order as in the command-line contract).
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
        for finding in findings {
            writer.beginObject()
            writer.key("id"); writer.number(finding.id)
            writer.key("text"); writer.string(finding.text)
            writer.key("type"); writer.string(finding.type)
            writer.endObject()
        }
        writer.endArray()
        writer.key("labels")
        writer.beginObject()
        for name in labels.keys.sorted() {
            writer.key(name)
            writer.number(labels[name]!)
        }
        writer.endObject()
        writer.endObject()
    }
}
