import Foundation

/// One record of a sqllogictest file (SQLite's format): a statement expected to succeed or
/// fail, or a query with its column types, sort mode and expected values.
struct SQLLogicRecord {
    enum Kind {
        case statementOK
        /// The expected error message fragment, when the record gives one (after `statement error`
        /// on its line, or after `----`).
        case statementError(String?)
        case query(types: String, sort: SortMode, expected: [String])
    }

    enum SortMode: String {
        case nosort, rowsort, valuesort
    }

    var kind: Kind
    var sql: String
    /// 1-based line of the record's first line, for failure messages.
    var line: Int

    /// Parses a whole file; blank lines separate records, `#` starts a comment line.
    static func parse(_ text: String) throws -> [SQLLogicRecord] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var records: [SQLLogicRecord] = []
        var index = 0
        while index < lines.count {
            let header = lines[index].trimmingCharacters(in: .whitespaces)
            let start = index + 1
            index += 1
            if header.isEmpty || header.hasPrefix("#") || header.hasPrefix("hash-threshold") { continue }
            var sqlLines: [String] = []
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty, lines[index] != "----" {
                sqlLines.append(lines[index])
                index += 1
            }
            var resultLines: [String] = []
            if index < lines.count, lines[index] == "----" {
                index += 1
                while index < lines.count, !lines[index].isEmpty {
                    resultLines.append(lines[index])
                    index += 1
                }
            }
            let sql = sqlLines.joined(separator: "\n")
            let words = header.split(separator: " ").map(String.init)
            switch words.first {
            case "statement" where words.count > 1 && words[1] == "ok":
                records.append(SQLLogicRecord(kind: .statementOK, sql: sql, line: start))
            case "statement" where words.count > 1 && words[1] == "error":
                // The expected message fragment follows `statement error` on its line, or `----`.
                let inline = header.dropFirst("statement error".count).trimmingCharacters(in: .whitespaces)
                let message = !inline.isEmpty ? inline : resultLines.isEmpty ? nil : resultLines.joined(separator: "\n")
                records.append(SQLLogicRecord(kind: .statementError(message), sql: sql, line: start))
            case "query" where words.count > 1:
                let sort = words.count > 2 ? SortMode(rawValue: words[2]) : .nosort
                guard let sort else { throw SQLLogicFailure(line: start, message: "unknown sort mode \(words[2])") }
                let values = resultLines.flatMap { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                records.append(SQLLogicRecord(kind: .query(types: words[1], sort: sort, expected: values), sql: sql, line: start))
            default:
                throw SQLLogicFailure(line: start, message: "unknown record \(header)")
            }
        }
        return records
    }
}

struct SQLLogicFailure: Error, CustomStringConvertible {
    var line: Int
    var message: String

    var description: String { "line \(line): \(message)" }
}
