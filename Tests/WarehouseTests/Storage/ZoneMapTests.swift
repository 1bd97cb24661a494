import Testing
@testable import Warehouse

@Suite struct ZoneMapTests {
    @Test func blocksHoldWhatFitsInTheirBytesWithZoneMaps() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT, big BIGINT ENCODE RAW, s VARCHAR(20) ENCODE RAW) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO t SELECT n, n, 'abcdefghij' FROM (\(StorageFixture.numbers)) g")
        let storage = try lab.storage("t")
        let ints = storage.blocks(column: 0, slice: 1), bigs = storage.blocks(column: 1, slice: 1)
        let strings = storage.blocks(column: 2, slice: 1)
        #expect(ints.map(\.rowCount) == [256, 256, 256, 256, 256, 256, 256, 256, 256, 196])
        #expect(bigs.first?.rowCount == 128)
        #expect(strings.first?.rowCount == 102)
        // One load into an empty table is the sorted region: block ranges follow each other.
        let values = try lab.values("t", column: 0)[1]
        #expect(ints.first?.zoneMap.minimum == values.first)
        #expect(ints.last?.zoneMap.maximum == values.last)
        for (block, next) in zip(ints, ints.dropFirst()) {
            guard case .integer(let high) = block.zoneMap.maximum, case .integer(let low) = next.zoneMap.minimum else {
                Issue.record("zone maps should hold integers")
                continue
            }
            #expect(high < low)
        }
        #expect(ints.allSatisfy { $0.zoneMap.nullCount == 0 })
    }

    @Test func aRangeOnTheSortKeySkipsBlocksThatAnUnsortedCopyMustRead() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE sorted (n INT, v INT) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("CREATE TABLE unsorted (n INT ENCODE RAW, v INT) DISTSTYLE EVEN")
        // The same rows, generated in a scrambled order (7919 is prime to 10000).
        let rows = "SELECT (n * 7919) % 10000, n FROM (\(StorageFixture.numbers)) g"
        try lab.run("INSERT INTO sorted \(rows); INSERT INTO unsorted \(rows)")
        let query = "SELECT COUNT(*) FROM %@ WHERE n BETWEEN 1000 AND 1099"
        #expect(try lab.count(query.replacingOccurrences(of: "%@", with: "sorted")) == 100)
        let sorted = lab.scanCounts("sorted")
        #expect(try lab.count(query.replacingOccurrences(of: "%@", with: "unsorted")) == 100)
        let unsorted = lab.scanCounts("unsorted")
        #expect(sorted.read + sorted.skipped == 40)
        #expect(sorted.read <= 8)
        #expect(unsorted.skipped == 0)
        #expect(unsorted.read == 40)
    }

    @Test func inListsComparisonsAndNullTestsSkipBlocks() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT, maybe INT) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO t SELECT n, CASE WHEN n < 5000 THEN NULL ELSE n END FROM (\(StorageFixture.numbers)) g")
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE n IN (5, 9000)") == 2)
        #expect(lab.scanCounts("t").read <= 8)
        #expect(lab.scanCounts("t").read + lab.scanCounts("t").skipped == 40)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE 9990 < n") == 9)
        #expect(lab.scanCounts("t").read <= 4)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE maybe IS NULL") == 5000)
        #expect(lab.scanCounts("t").skipped > 0)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE CAST(n AS BIGINT) >= 9000") == 1000)
        #expect(lab.scanCounts("t").skipped > 0)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE n > 99.5") == 9900)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE n = NULL") == 0)
    }

    @Test func anInterleavedKeySkipsBlocksOnItsSecondColumn() throws {
        let lab = try StorageFixture()
        let rows = "SELECT n / 100, n % 100 FROM (\(StorageFixture.numbers)) g"
        try lab.run("CREATE TABLE zorder (a INT, b INT) DISTSTYLE EVEN INTERLEAVED SORTKEY(a, b); INSERT INTO zorder \(rows)")
        try lab.run("CREATE TABLE compound (a INT, b INT) DISTSTYLE EVEN COMPOUND SORTKEY(a, b); INSERT INTO compound \(rows)")
        #expect(try lab.count("SELECT COUNT(*) FROM zorder WHERE b = 7") == 100)
        let interleaved = lab.scanCounts("zorder")
        #expect(try lab.count("SELECT COUNT(*) FROM compound WHERE b = 7") == 100)
        let compound = lab.scanCounts("compound")
        #expect(compound.skipped == 0)
        #expect(interleaved.skipped * 3 > interleaved.read + interleaved.skipped)
        // The first column still prunes as well.
        #expect(try lab.count("SELECT COUNT(*) FROM zorder WHERE a = 42") == 100)
        #expect(lab.scanCounts("zorder").skipped * 3 > 40)
    }

    @Test func scansReturnTheSameRowsInTheSameOrderEveryTime() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT, s VARCHAR(10)) DISTKEY(n); INSERT INTO t SELECT n, 'x' || n FROM (\(StorageFixture.numbers)) g")
        let first = try lab.run("SELECT n, s FROM t WHERE n % 7 = 0").last?.batches.flatMap { $0.compacted().columns[0].datums }
        let second = try lab.run("SELECT n, s FROM t WHERE n % 7 = 0").last?.batches.flatMap { $0.compacted().columns[0].datums }
        #expect(first?.count == 1429)
        #expect(first == second)
    }
}
