import Foundation
import Testing
@testable import Warehouse

/// Randomised queries run on this engine and on a real PostgreSQL 15 server (started in a
/// temporary directory for the suite) must return the same rows, compared as sorted multisets.
/// A server that cannot start fails the test with its logs rather than skipping it.
@Suite(.serialized) struct PostgresDifferentialTests {
    static let marker = "~~end of result~~"

    @Test func randomQueriesAgreeWithPostgreSQL() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        for seed in [UInt64(11), 2_024, 77_777] {
            var generator = PostgresQueryGenerator(seed: seed)
            let setup = generator.setupStatements()
            let queries = (0..<100).map { _ in generator.query() }
            let schema = "seed\(seed)"
            var script = "CREATE SCHEMA \(schema);\nSET search_path TO \(schema);\n"
            script += setup.map { $0 + ";\n" }.joined()
            for query in queries { script += query + ";\nSELECT '\(Self.marker)';\n" }
            let expected = Self.split(try server.psql(script))
            try #require(expected.count == queries.count)
            #expect(expected.reduce(0) { $0 + $1.count } > 500, "the queries return rows to compare")

            let database = Database()
            for statement in setup { _ = try database.execute(statement) }
            for (index, query) in queries.enumerated() {
                let result = try #require(try database.execute(query).last)
                let rows = result.rows.map { $0.map { $0.isNull ? "NULL" : $0.text }.joined(separator: "|") }.sorted()
                #expect(rows == expected[index], "seed \(seed): \(query)")
            }
        }
    }

    /// psql's output cut at the markers, each query's lines sorted.
    static func split(_ text: String) -> [[String]] {
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
