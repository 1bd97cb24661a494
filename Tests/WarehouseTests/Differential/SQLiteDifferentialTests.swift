import Foundation
import Testing
@testable import Warehouse

/// Randomised queries run on both this engine and the `sqlite3` CLI must return the same rows
/// (compared as multisets, since neither query orders its output).
@Suite struct SQLiteDifferentialTests {
    static let marker = "~~end of result~~"

    @Test(arguments: [UInt64(7), 1_234, 99_991])
    func randomQueriesAgreeWithSQLite(seed: UInt64) throws {
        var generator = RandomQueryGenerator(seed: seed)
        let setup = generator.setupStatements()
        let queries = (0..<120).map { _ in generator.query() }
        let expected = try Self.sqliteResults(setup: setup, queries: queries)
        try #require(expected.count == queries.count)
        #expect(expected.reduce(0) { $0 + $1.count } > 500, "the queries return rows to compare")

        let database = Database()
        for statement in setup { _ = try database.execute(statement) }
        for (index, query) in queries.enumerated() {
            let result = try #require(try database.execute(query).last)
            let rows = result.rows.map { $0.map { $0.isNull ? "NULL" : $0.text }.joined(separator: "|") }.sorted()
            #expect(rows == expected[index], "\(query)")
        }
    }

    /// Each query's rows as `sqlite3` prints them in list mode, sorted.
    static func sqliteResults(setup: [String], queries: [String]) throws -> [[String]] {
        var script = ".nullvalue NULL\n"
        script += setup.map { $0 + ";\n" }.joined()
        for query in queries { script += query + ";\nSELECT '\(marker)';\n" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", ":memory:"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var results: [[String]] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == marker {
                results.append(current.sorted())
                current = []
            } else if !line.isEmpty {
                current.append(String(line))
            }
        }
        return results
    }
}
