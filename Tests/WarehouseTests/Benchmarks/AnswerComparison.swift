import Foundation
@testable import Warehouse

/// Compares a query's result with DuckDB's answer. Numbers match within a tolerance: relative
/// 1e-6 (DuckDB sums and averages in doubles where Redshift keeps decimals), widened to half a
/// unit of the result's last decimal place, since Redshift's AVG and division keep a fixed scale
/// (AVG of DECIMAL(15,2) is rounded to 2 places) where DuckDB returns the full quotient. Strings
/// match with trailing blanks ignored (CHAR(n) pads). Rows are compared in order when the query
/// has ORDER BY, else as multisets.
struct AnswerComparison {
    var ordered: Bool

    /// Why the result differs from the answer, or nil when it matches.
    func mismatch(_ result: StatementResult, expected: (columns: [String], rows: [[String]])) -> String? {
        guard result.columns.count == expected.columns.count else {
            return "\(result.columns.count) columns, expected \(expected.columns.count) (\(expected.columns.joined(separator: ", ")))"
        }
        var actual = result.rows
        var wanted = expected.rows
        guard actual.count == wanted.count else {
            return "\(actual.count) rows, expected \(wanted.count); first row \(actual.first.map(describe) ?? "none"), "
                + "expected \(wanted.first?.joined(separator: "|") ?? "none")"
        }
        if !ordered {
            actual.sort { describe($0) < describe($1) }
            wanted.sort { $0.joined(separator: "|") < $1.joined(separator: "|") }
        }
        for (index, (row, answer)) in zip(actual, wanted).enumerated() {
            for (column, (value, text)) in zip(row, answer).enumerated() where !matches(value, text) {
                return "row \(index + 1) column \(expected.columns[column]): \(value.text) (\(describe(row))), "
                    + "expected \(text) (\(answer.joined(separator: "|")))"
            }
        }
        return nil
    }

    private func describe(_ row: [Datum]) -> String {
        row.map { Self.canonical($0) }.joined(separator: "|")
    }

    /// A value's text for sorting unordered results the way the answer's text sorts.
    private static func canonical(_ value: Datum) -> String {
        if case .string(let text) = value { return trimmed(text) }
        return value.text
    }

    private static func trimmed(_ text: String) -> String {
        String(text.reversed().drop(while: { $0 == " " }).reversed())
    }

    func matches(_ value: Datum, _ text: String) -> Bool {
        switch value {
        case .null:
            return text.isEmpty
        case .smallint, .integer, .bigint, .decimal, .real, .double:
            guard let expected = Double(text), let actual = Double(value.text) else { return false }
            var tolerance = max(1e-6 * abs(expected), 1e-9)
            if case .decimal(let decimal) = value {
                let scale = decimal.description.split(separator: ".").dropFirst().first?.count ?? 0
                tolerance = max(tolerance, 0.5 * pow(10, -Double(scale)) + 1e-12)
            }
            return abs(actual - expected) <= tolerance
        case .string(let string):
            return Self.trimmed(string) == Self.trimmed(text)
        default:
            return value.text == text
        }
    }
}
