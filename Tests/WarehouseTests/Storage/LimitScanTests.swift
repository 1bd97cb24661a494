import Testing
@testable import Warehouse

/// A LIMIT over a stored table's scan (with filters and projections) stops reading once it has
/// its rows, and returns the rows a whole scan would have put first.
@Suite struct LimitScanTests {
    private func rows(_ lab: StorageFixture, _ sql: String) throws -> [[Datum]] {
        try lab.run(sql).last?.batches.flatMap { batch -> [[Datum]] in
            let rows = batch.compacted()
            return (0..<rows.count).map { row in rows.columns.map { $0.datum(at: row) } }
        } ?? []
    }

    private func loaded() throws -> StorageFixture {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT, s VARCHAR(12)) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO t SELECT n, 'v' || n FROM (\(StorageFixture.numbers)) g")
        return lab
    }

    @Test func aLimitReadsOnlyTheBlocksItsRowsAreIn() throws {
        let lab = try loaded()
        let all = try rows(lab, "SELECT n FROM t")
        #expect(all.count == 10_000)
        #expect(lab.scanCounts("t").read == 40)
        #expect(try rows(lab, "SELECT n FROM t LIMIT 5") == Array(all.prefix(5)))
        // One batch of 2,048 rows from the first slice: 8 of its 10 blocks of 256 values.
        #expect(lab.scanCounts("t") == (read: 8, skipped: 0))
        #expect(try rows(lab, "SELECT n FROM t LIMIT 3000 OFFSET 2000") == Array(all[2000..<5000]))
        #expect(lab.scanCounts("t").read < 40)
        #expect(try rows(lab, "SELECT n FROM t LIMIT 5 OFFSET 20000").isEmpty)
        #expect(lab.scanCounts("t").read == 40)
    }

    @Test func filtersProjectionsAndDeletedRowsStreamInScanOrder() throws {
        let lab = try loaded()
        let filtered = try rows(lab, "SELECT n * 2, s FROM t WHERE n % 3 = 0")
        #expect(try rows(lab, "SELECT n * 2, s FROM t WHERE n % 3 = 0 LIMIT 100 OFFSET 10") == Array(filtered[10..<110]))
        let nested = "SELECT m + 1 FROM (SELECT n * 2 AS m FROM t WHERE n > 5000) x WHERE m % 4 = 0"
        let whole = try rows(lab, nested)
        #expect(try rows(lab, nested + " LIMIT 7") == Array(whole.prefix(7)))
        // A zone-map skip and a LIMIT together.
        #expect(try rows(lab, "SELECT n FROM t WHERE n BETWEEN 9000 AND 9999 LIMIT 4").count == 4)
        #expect(lab.scanCounts("t").skipped > 0)
        try lab.run("DELETE FROM t WHERE n % 2 = 0")
        let live = try rows(lab, "SELECT n FROM t")
        #expect(live.count == 5000)
        #expect(try rows(lab, "SELECT n FROM t LIMIT 50") == Array(live.prefix(50)))
        #expect(try rows(lab, "SELECT n FROM t LIMIT 0").isEmpty)
    }

    @Test func anOrderedLimitStillSeesEveryRow() throws {
        let lab = try loaded()
        #expect(try rows(lab, "SELECT n FROM t ORDER BY n DESC LIMIT 2") == [[.integer(9999)], [.integer(9998)]])
        #expect(lab.scanCounts("t").read == 40)
        #expect(try rows(lab, "SELECT count(*) FROM (SELECT n FROM t LIMIT 10) x") == [[.bigint(10)]])
    }
}
