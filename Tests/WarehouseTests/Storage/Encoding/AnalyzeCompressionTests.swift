import Testing
@testable import Warehouse

/// ANALYZE COMPRESSION reports, per column, the encoding that stores a sample of the real
/// data in the fewest bytes and the estimated reduction, in Redshift's output shape. Blocks
/// are Redshift's 1 MB, so per-block dictionaries weigh what they weigh in Redshift.
@Suite struct AnalyzeCompressionTests {
    private let database = Database()

    init() throws {
        _ = try database.execute("CREATE TABLE digits (d INT); INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)")
    }

    private func report(_ sql: String) throws -> [[String]] {
        let result = try #require(try database.execute(sql).last)
        #expect(result.columns.map(\.name) == ["Table", "Column", "Encoding", "Est_reduction_pct"])
        return result.batches.flatMap { batch in
            let compact = batch.compacted()
            return (0..<compact.count).map { row in compact.columns.map { $0.datum(at: row).text } }
        }
    }

    private func makeTable() throws {
        try database.execute("""
            CREATE TABLE sales (sale_id BIGINT, region VARCHAR(20), amount BIGINT ENCODE raw, comment VARCHAR(100),
                                sold DATE, ok BOOLEAN) SORTKEY (sold)
            """)
        try database.execute("""
            INSERT INTO sales SELECT n, 'region ' || (n * n % 9973 % 10), (n * 7919) % 100003,
                   'customer ' || (n % 13) || ' said the parcel arrived late', DATE '2024-01-01' + n / 50, n % 2 = 0
            FROM (\(StorageFixture.numbers)) AS numbers
            """)
    }

    @Test func suggestionsMatchTheData() throws {
        try makeTable()
        let rows = try report("ANALYZE COMPRESSION sales")
        #expect(rows.map { $0[0] } == Array(repeating: "sales", count: 6))
        #expect(rows.map { $0[1] } == ["sale_id", "region", "amount", "comment", "sold", "ok"])
        let suggested = Dictionary(uniqueKeysWithValues: rows.map { ($0[1], $0[2]) })
        let reduction = Dictionary(uniqueKeysWithValues: rows.map { ($0[1], Double($0[3]) ?? -1) })
        #expect(["az64", "delta"].contains(suggested["sale_id"]))
        #expect(suggested["region"] == "bytedict")
        #expect((reduction["region"] ?? 0) > 10)
        #expect(["lzo", "zstd", "text255", "text32k", "bytedict"].contains(suggested["comment"]))
        // The sort key column is not analyzed: its encoding now, nothing saved.
        #expect(rows[4][2] == "raw" && rows[4][3] == "0.00")
        #expect(rows[3][3].split(separator: ".").last?.count == 2)
        // Advisory only: the table keeps its encodings.
        #expect(database.storedTable(named: "sales")?.storage.layout.encodings == [.az64, .lzo, .raw, .lzo, .raw, .raw])
    }

    @Test func columnsLeftOutShowNotApplicable() throws {
        try makeTable()
        let rows = try report("ANALYZE COMPRESSION sales (region, amount) COMPROWS 5000")
        #expect(rows.filter { $0[2] == "N/A" }.map { $0[1] } == ["sale_id", "comment", "sold", "ok"])
        #expect(rows.filter { $0[2] == "N/A" }.allSatisfy { $0[3] == "0.00" })
        #expect(rows[1][2] == "bytedict")
    }

    @Test func badRequestsFail() throws {
        try makeTable()
        #expect(throws: SQLError.self) { try database.execute("ANALYZE COMPRESSION sales COMPROWS 10") }
        #expect(throws: SQLError.self) { try database.execute("ANALYZE COMPRESSION sales (nope)") }
        #expect(throws: SQLError.self) { try database.execute("ANALYZE COMPRESSION missing") }
    }
}
