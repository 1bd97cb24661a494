import Foundation
import Warehouse

/// Prints query results the way psql does: the aligned table (header centred, `-+-` rule,
/// numbers right-aligned, `(N rows)` footer), tuples only (`-t`), CSV (`--csv`, RFC 4180 with a
/// header, NULL as empty, booleans t/f) or JSON (`--json`, one array of objects per result).
struct ResultFormatter {
    enum Format {
        case aligned, csv, json
    }

    var format: Format = .aligned
    var tuplesOnly = false

    /// The text psql writes to standard output for one statement's result.
    func render(_ result: StatementResult) -> String {
        guard result.returnsRows else { return format == .json ? "" : result.commandTag + "\n" }
        let rows = result.rows.map { $0.map { $0.isNull ? nil : $0.text } }
        switch format {
        case .aligned: return aligned(result.columns, rows)
        case .csv: return csv(result.columns, rows)
        case .json: return json(result.columns, result.rows)
        }
    }

    private static func isNumeric(_ type: DataType) -> Bool { type.isNumeric }

    /// Column widths count the header even with `-t`, as psql's do. A value with line breaks
    /// takes several lines, each but its last marked with `+` where the column ends.
    private func aligned(_ columns: [StatementResult.Column], _ rows: [[String?]]) -> String {
        let cells = rows.map { $0.map { ($0 ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
        let widths = columns.indices.map { index in
            cells.reduce(columns[index].name.count) { width, row in row[index].reduce(width) { max($0, $1.count) } }
        }
        var lines: [String] = []
        if !tuplesOnly {
            let header = columns.indices.map { index -> String in
                let name = columns[index].name, room = widths[index] - name.count
                let left = room / 2
                return String(repeating: " ", count: left) + name + String(repeating: " ", count: room - left)
            }
            lines.append(" " + header.joined(separator: " | ") + " ")
            lines.append(widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+"))
        }
        for row in cells {
            let height = row.map(\.count).max() ?? 1
            for lineNumber in 0..<height {
                var line = " "
                for index in columns.indices {
                    let parts = row[index]
                    let value = lineNumber < parts.count ? parts[lineNumber] : ""
                    let continues = lineNumber < parts.count - 1
                    let pad = String(repeating: " ", count: widths[index] - value.count)
                    let last = index == columns.count - 1
                    if Self.isNumeric(columns[index].type) {
                        line += pad + value
                    } else {
                        line += last && !continues ? value : value + pad
                    }
                    if last {
                        if continues { line += "+" }
                    } else {
                        line += continues ? "+| " : " | "
                    }
                }
                lines.append(line)
            }
        }
        if !tuplesOnly { lines.append(rows.count == 1 ? "(1 row)" : "(\(rows.count) rows)") }
        return lines.map { $0 + "\n" }.joined() + "\n"
    }

    private func csv(_ columns: [StatementResult.Column], _ rows: [[String?]]) -> String {
        func field(_ value: String?) -> String {
            guard let value else { return "" }
            let needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value == "\\."
            return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var lines: [String] = []
        if !tuplesOnly { lines.append(columns.map { field($0.name) }.joined(separator: ",")) }
        lines += rows.map { $0.map(field).joined(separator: ",") }
        return lines.map { $0 + "\n" }.joined()
    }

    private func json(_ columns: [StatementResult.Column], _ rows: [[Datum]]) -> String {
        let objects = rows.map { row in
            "  {" + zip(columns, row).map { Self.quoted($0.name) + ": " + Self.jsonValue($1) }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func jsonValue(_ datum: Datum) -> String {
        switch datum {
        case .null: return "null"
        case .boolean(let value): return value ? "true" : "false"
        case .smallint, .integer, .bigint, .decimal: return datum.text
        case .real(let value) where value.isFinite: return datum.text
        case .double(let value) where value.isFinite: return datum.text
        default: return quoted(datum.text)
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
