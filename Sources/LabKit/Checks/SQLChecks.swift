import Foundation
import Warehouse

/// The checks that read the learner's database: table designs, query values, and handed-in
/// queries compared with the reference query on the learner's own data.
enum SQLChecks {
    static func assess(_ expected: TableExpectation, in context: CheckContext) -> CheckEvaluator.Outcome {
        let found: (definition: TableDefinition, rowCount: Int)
        do {
            let database = try context.database().database
            try database.refresh()
            guard let table = database.table(named: expected.name) else {
                return .init(passed: false, found: "there is no table \(expected.name)")
            }
            found = table
        } catch {
            return .init(passed: false, found: "\(error)")
        }
        let table = found.definition
        var differences: [String] = []
        if let columns = expected.columns {
            let actual = table.columns.map { "\($0.name) \($0.type.sqlName)" }
            let wanted = columns.map { "\($0.name) \($0.type)" }
            if actual != wanted { differences.append("columns are (\(actual.joined(separator: ", ")))") }
        }
        if let style = expected.distStyle, table.effectiveDistStyle.rawValue != style.uppercased() {
            differences.append("DISTSTYLE is \(table.effectiveDistStyle.rawValue)")
        }
        if let key = expected.distKey, table.distKey != key {
            differences.append(table.distKey.map { "DISTKEY is \($0)" } ?? "it has no DISTKEY")
        }
        if let sortKey = expected.sortKey, table.sortKey != sortKey {
            differences.append(table.sortKey.isEmpty ? "it has no SORTKEY" : "SORTKEY is (\(table.sortKey.joined(separator: ", ")))")
        }
        if let style = expected.sortKeyStyle, !table.sortKey.isEmpty,
           (table.sortKeyStyle?.rawValue ?? "COMPOUND") != style.uppercased() {
            differences.append("the sort key is \((table.sortKeyStyle?.rawValue ?? "COMPOUND").lowercased())")
        }
        for (column, encoding) in expected.encodings ?? [] {
            let declared = table.columns.first { $0.name == column }?.encoding
            if declared?.lowercased() != encoding.lowercased() {
                differences.append("\(column) is " + (declared.map { "ENCODE \($0)" } ?? "without an ENCODE"))
            }
        }
        if let rows = expected.minimumRows, found.rowCount < rows {
            differences.append("it holds \(found.rowCount) row(s)")
        }
        return .init(passed: differences.isEmpty,
                     found: differences.isEmpty ? "table \(expected.name) as expected" : "table \(expected.name): " + differences.joined(separator: "; "))
    }

    static func assess(query: String, test: JSONAssertion.Test, in context: CheckContext) -> CheckEvaluator.Outcome {
        let result: StatementResult
        do {
            guard let last = try context.database().execute(query).last else {
                return .init(passed: false, found: "the check's query returned nothing")
            }
            result = last
        } catch let error as SQLError {
            return .init(passed: false, found: "the query failed: \(error.message)")
        } catch {
            return .init(passed: false, found: "\(error)")
        }
        let values: [Any] = result.rows.first.map { $0.prefix(1).map { $0.isNull ? "NULL" : $0.text } } ?? []
        if case .atLeast(let minimum) = test {
            let number = values.first.flatMap { Double("\($0)") } ?? 0
            return .init(passed: number >= minimum, found: "the query returned \(values.first.map { "\($0)" } ?? "no rows")")
        }
        return .init(passed: CheckEvaluator.holds(test, values, context: context),
                     found: "the query returned \(values.first.map { "\($0)" } ?? "no rows")")
    }

    static func compare(submitted: String?, reference: String, rules: AnswerRules,
                        in context: CheckContext) -> CheckEvaluator.Outcome {
        guard let query = submitted?.trimmingCharacters(in: .whitespacesAndNewlines), !query.isEmpty else {
            return .init(passed: false, found: "no query handed in yet (submit <query>, or write it in the step's answers file)")
        }
        if let canonical = try? Parser.parse(query).first?.description {
            if let missing = rules.requires.first(where: { !$0.appears(in: canonical) }) {
                return .init(passed: false, found: "your query does not use \(missing.rawValue), which the step asks for")
            }
            if let used = rules.forbids.first(where: { $0.appears(in: canonical) }) {
                return .init(passed: false, found: "your query uses \(used.rawValue), which the step rules out")
            }
        }
        let database: any SQLTarget
        do { database = try context.database() } catch { return .init(passed: false, found: "\(error)") }
        var yours: [[String]], wanted: [[String]]
        do {
            yours = try rows(of: query, in: database)
        } catch let error as SQLError {
            return .init(passed: false, found: "your query failed: \(error.message)")
        } catch {
            return .init(passed: false, found: "\(error)")
        }
        do { wanted = try rows(of: reference, in: database) } catch {
            return .init(passed: false, found: "the reference query cannot run on your data yet: \(error)")
        }
        if rules.anyColumnOrder {
            yours = yours.map { $0.sorted() }
            wanted = wanted.map { $0.sorted() }
        }
        if yours.count != wanted.count {
            return .init(passed: false, found: "your query returns \(yours.count) row(s); the expected answer has \(wanted.count)")
        }
        if let first = yours.first, let expected = wanted.first, first.count != expected.count {
            return .init(passed: false, found: "your query returns \(first.count) column(s); the expected answer has \(expected.count)")
        }
        func same(_ a: [[String]], _ b: [[String]]) -> Bool {
            zip(a, b).allSatisfy { row, other in zip(row, other).allSatisfy { cellsMatch($0, $1, tolerance: rules.tolerance) } }
        }
        let sortedYours = yours.sorted { $0.lexicographicallyPrecedes($1) }
        let sortedWanted = wanted.sorted { $0.lexicographicallyPrecedes($1) }
        if rules.ordered ? same(yours, wanted) : same(sortedYours, sortedWanted) {
            return .init(passed: true, found: "your query returns the expected \(wanted.count) row(s)")
        }
        return .init(passed: false, found: rules.ordered && same(sortedYours, sortedWanted)
                     ? "the right rows, but not in the order the step asks for" : "some rows differ from the expected answer")
    }

    /// Cells match as text, or as numbers within the tolerance.
    /// The values a hand-in may equal: the query's first column, or every match of `pattern` in
    /// any of its cells (EXPLAIN's rows are lines of a plan).
    static func values(of query: String, matching pattern: String?, in context: CheckContext) throws -> [String] {
        let result: StatementResult
        do {
            guard let last = try context.database().execute(query).last else { return [] }
            result = last
        } catch let error as SQLError {
            throw SQLCheckError("the check's query failed: \(error.message)")
        }
        let cells = result.rows.map { $0.map { $0.isNull ? "NULL" : $0.text } }
        guard let pattern else { return cells.compactMap(\.first) }
        let regex = try Regex(pattern)
        return cells.flatMap { row in row.flatMap { cell in cell.matches(of: regex).map { String(cell[$0.range]) } } }
    }

    private static func cellsMatch(_ a: String, _ b: String, tolerance: Double) -> Bool {
        if a == b { return true }
        guard tolerance > 0, let x = Double(a), let y = Double(b) else { return false }
        return abs(x - y) <= tolerance
    }

    /// A read-only query's rows as text, as psql would print the values.
    private static func rows(of query: String, in database: any SQLTarget) throws -> [[String]] {
        let statements = try Parser.parse(query)
        guard statements.count == 1, case .query = statements[0].kind else {
            throw SQLCheckError("hand in exactly one SELECT statement")
        }
        try database.database.refresh()
        return try database.database.execute(statements[0]).rows.map { $0.map { $0.isNull ? "NULL" : $0.text } }
    }
}

/// A SQL check that could not run, worded for the learner.
struct SQLCheckError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
