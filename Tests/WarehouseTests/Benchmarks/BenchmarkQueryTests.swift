import Foundation
import Testing
@testable import Warehouse

/// The 22 TPC-H and 13 Star Schema Benchmark queries at scale factor 0.01, run on the engine and
/// checked against DuckDB's answers on the same data (`bench/tpch/generate.py`).
@Suite struct BenchmarkQueryTests {
    static let tpch = LoadedBenchmark("tpch")
    static let ssb = LoadedBenchmark("ssb")

    @Test func everyQueryFileIsPresent() {
        #expect(BenchmarkData.queryNames("tpch").count == 22)
        #expect(BenchmarkData.queryNames("ssb").count == 13)
    }

    @Test(arguments: BenchmarkData.queryNames("tpch"))
    func tpchQuery(_ name: String) throws {
        try check("tpch", name, on: Self.tpch)
    }

    @Test(arguments: BenchmarkData.queryNames("ssb"))
    func ssbQuery(_ name: String) throws {
        try check("ssb", name, on: Self.ssb)
    }

    private func check(_ benchmark: String, _ name: String, on database: LoadedBenchmark) throws {
        let sql = try BenchmarkData.queryText(benchmark, name)
        let result = try database.run(sql)
        let comparison = AnswerComparison(ordered: sql.lowercased().contains("order by"))
        if let mismatch = comparison.mismatch(result, expected: try BenchmarkData.answer(benchmark, name)) {
            Issue.record("\(benchmark) \(name): \(mismatch)")
        }
    }
}
