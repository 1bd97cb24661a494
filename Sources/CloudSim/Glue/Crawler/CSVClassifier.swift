/// Glue's built-in CSV classifier: tries comma, pipe, tab, semicolon and Ctrl-A in that order
/// and takes the first delimiter that splits every record into the same number (at least two)
/// of columns over at least two records. The first record is a header when every value in it
/// reads as a string, each but the last is under 150 characters, and at least one column of
/// the records below reads as something other than a string; otherwise the columns are named
/// `col0`, `col1`, ….
enum CSVClassifier {
    static let delimiters: [Unicode.Scalar] = [",", "|", "\t", ";", "\u{1}"]

    static func classify(_ text: String, size: Int) -> InferredSchema? {
        for delimiter in delimiters {
            let parsed = DelimitedText(text, delimiter: delimiter)
            let records = parsed.records
            guard records.count >= 2, let width = records.first?.count, width >= 2,
                  records.allSatisfy({ $0.count == width }) else { continue }
            let header = hasHeader(records)
            let rows = header ? records.dropFirst() : records[...]
            let types = (0..<width).map { column in rows.map { GlueType.ofText($0[column]) }.reduce(nil, GlueType.unify) }
            let names = header ? columnNames(records[0]) : (0..<width).map { "col\($0)" }
            return InferredSchema(format: .csv(delimiter: delimiter, header: header),
                                  columns: zip(names, types).map { GlueType.Field(name: $0, type: $1) },
                                  recordCount: rows.count, size: size, quoted: parsed.quoted)
        }
        return nil
    }

    private static func hasHeader(_ records: [[String]]) -> Bool {
        let first = records[0]
        guard first.allSatisfy({ GlueType.ofText($0) == .string }),
              first.dropLast().allSatisfy({ $0.count < 150 }) else { return false }
        return (0..<first.count).contains { column in
            let type = records.dropFirst().map { GlueType.ofText($0[column]) }.reduce(nil, GlueType.unify)
            return type != nil && type != .string
        }
    }

    /// Header values as column names: trimmed and lower case, as Hive keeps them.
    private static func columnNames(_ header: [String]) -> [String] {
        header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }
}
