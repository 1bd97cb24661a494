/// Glue's built-in JSON classifier: a file of JSON objects, one per line (or a single object),
/// becomes one column per top-level field (lower case), with nested objects as `struct<…>` and
/// arrays as `array<…>`.
enum JSONClassifier {
    static func classify(_ text: String, size: Int) -> InferredSchema? {
        let records: [[AWSValue.Member]]
        if case .object(let members)? = try? JSONReader.parse(text) {
            records = [members]
        } else {
            var parsed: [[AWSValue.Member]] = []
            for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
                guard case .object(let members)? = try? JSONReader.parse(String(line)) else { return nil }
                parsed.append(members)
            }
            records = parsed
        }
        guard !records.isEmpty else { return nil }
        let columns = records.reduce(into: [GlueType.Field]()) { fields, record in
            fields = GlueType.merge(fields, GlueType.fields(of: record))
        }
        return InferredSchema(format: .json, columns: columns, recordCount: records.count, size: size)
    }
}
