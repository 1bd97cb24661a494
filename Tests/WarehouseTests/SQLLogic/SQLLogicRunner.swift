import Foundation
@testable import Warehouse

/// Runs sqllogictest records against a fresh `Database`, reporting every mismatch. The
/// database's clock is pinned to 2008-12-04 16:10:43.976353 UTC (the instant of Redshift's
/// GETDATE/SYSDATE examples) so records can state what the clock functions return.
struct SQLLogicRunner {
    let database: Database = {
        let database = Database()
        database.clock = { Date(timeIntervalSince1970: 1_228_407_043.976353) }
        return database
    }()

    /// The failures of the file's records, in order; empty when all pass.
    func run(_ records: [SQLLogicRecord]) -> [SQLLogicFailure] {
        records.compactMap(run)
    }

    private func run(_ record: SQLLogicRecord) -> SQLLogicFailure? {
        func fail(_ message: String) -> SQLLogicFailure {
            SQLLogicFailure(line: record.line, message: "\(message)\n  in: \(record.sql)")
        }
        let results: [StatementResult]
        do {
            results = try database.execute(record.sql)
        } catch {
            if case .statementError(let expected) = record.kind {
                if let expected, !error.message.contains(expected) {
                    return fail("expected an error containing \"\(expected)\", got \"\(error.message)\"")
                }
                return nil
            }
            return fail("unexpected error: \(error.message)")
        }
        switch record.kind {
        case .statementOK:
            return nil
        case .statementError:
            return fail("expected an error, the statement succeeded")
        case .query(let types, let sort, let expected):
            guard let result = results.last, result.returnsRows else { return fail("the query returned no rows") }
            guard result.columns.count == types.count else {
                return fail("expected \(types.count) columns, got \(result.columns.count)")
            }
            var rows = result.rows.map { $0.map(Self.text) }
            var actual: [String]
            switch sort {
            case .nosort: actual = rows.flatMap { $0 }
            case .rowsort:
                rows.sort { $0.joined(separator: "\u{1}") < $1.joined(separator: "\u{1}") }
                actual = rows.flatMap { $0 }
            case .valuesort: actual = rows.flatMap { $0 }.sorted()
            }
            var wanted = expected
            if sort == .rowsort, types.count > 0 {
                var chunks = stride(from: 0, to: wanted.count, by: types.count).map {
                    Array(wanted[$0..<min($0 + types.count, wanted.count)])
                }
                chunks.sort { $0.joined(separator: "\u{1}") < $1.joined(separator: "\u{1}") }
                wanted = chunks.flatMap { $0 }
            } else if sort == .valuesort {
                wanted.sort()
            }
            guard actual == wanted else {
                return fail("expected:\n\(wanted.joined(separator: " | "))\ngot:\n\(actual.joined(separator: " | "))")
            }
            return nil
        }
    }

    /// A value as the files write it: NULL, `(empty)` for an empty string, floats with three
    /// decimals (SQLite's convention), everything else as Redshift prints it.
    static func text(_ datum: Datum) -> String {
        switch datum {
        case .null: "NULL"
        case .real(let value): String(format: "%.3f", Double(value))
        case .double(let value): String(format: "%.3f", value)
        case .string(let value) where value.isEmpty: "(empty)"
        default: datum.text
        }
    }
}
