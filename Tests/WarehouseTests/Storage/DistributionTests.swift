import Testing
@testable import Warehouse

@Suite struct DistributionTests {
    @Test func aSkewedDistKeyPilesRowsOnOneSliceWhileEvenSpreadsThem() throws {
        let lab = try StorageFixture()
        // 70% of the rows share key 0; the rest have distinct keys.
        let rows = "SELECT CASE WHEN n % 10 < 7 THEN 0 ELSE n END, n FROM (\(StorageFixture.numbers)) g"
        try lab.run("CREATE TABLE skewed (k INT, v INT) DISTKEY(k); INSERT INTO skewed \(rows)")
        try lab.run("CREATE TABLE spread (k INT, v INT) DISTSTYLE EVEN; INSERT INTO spread \(rows)")
        let skewed = try lab.storage("skewed"), spread = try lab.storage("spread")
        #expect(skewed.rowsPerSlice.reduce(0, +) == 10000)
        #expect(spread.rowsPerSlice == [2500, 2500, 2500, 2500])
        #expect(try #require(skewed.skewRows) > 2.5)
        #expect(spread.skewRows == 1)
        #expect(skewed.distribution.label(columnNames: ["k", "v"]) == "KEY(k)")
        #expect(try lab.count("SELECT COUNT(*) FROM skewed WHERE k = 0") == 7000)
    }

    @Test func equalKeysLandOnOneSlice() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE keyed (k INT DISTKEY, v INT); INSERT INTO keyed SELECT n % 50, n FROM (\(StorageFixture.numbers)) g")
        let keysPerSlice = try lab.values("keyed", column: 0).map(Set.init)
        #expect(keysPerSlice.reduce(0) { $0 + $1.count } == 50)
        #expect(Set(keysPerSlice.flatMap { $0 }).count == 50)
        #expect(keysPerSlice.filter { !$0.isEmpty }.count > 1)
    }

    @Test func allKeepsACopyOnTheFirstSliceOfEachNode() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE dim (id INT, name VARCHAR(20)) DISTSTYLE ALL")
        try lab.run("INSERT INTO dim SELECT n, 'name' || n FROM (\(StorageFixture.numbers)) g WHERE n < 1000")
        let storage = try lab.storage("dim")
        #expect(storage.rowsPerSlice == [1000, 0, 1000, 0])
        #expect(storage.skewRows == nil)
        #expect(try lab.count("SELECT COUNT(*) FROM dim") == 1000)
        try lab.run("DELETE FROM dim WHERE id < 10")
        #expect(try lab.storage("dim").deletedRowsPerSlice == [10, 0, 10, 0])
        #expect(try lab.count("SELECT COUNT(*) FROM dim") == 990)
    }

    @Test func autoIsAllWhileSmallThenEvenOrKeyOnThePrimaryKey() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE plain (v INT); INSERT INTO plain VALUES (1), (2)")
        try lab.run("CREATE TABLE keyed (id INT PRIMARY KEY, v INT); INSERT INTO keyed VALUES (1, 1)")
        #expect(try lab.storage("plain").distribution.label(columnNames: ["v"]) == "AUTO(ALL)")
        try lab.run("INSERT INTO plain SELECT n FROM (\(StorageFixture.numbers)) g")
        try lab.run("INSERT INTO keyed SELECT n + 2, n FROM (\(StorageFixture.numbers)) g")
        let plain = try lab.storage("plain"), keyed = try lab.storage("keyed")
        #expect(plain.distribution.label(columnNames: ["v"]) == "AUTO(EVEN)")
        #expect(keyed.distribution.label(columnNames: ["id", "v"]) == "AUTO(KEY(id))")
        #expect(plain.rowsPerSlice.allSatisfy { $0 > 2000 })
        #expect(try lab.count("SELECT COUNT(*) FROM plain") == 10002)
        #expect(try lab.count("SELECT SUM(v) FROM plain") == 49_995_003)
        // A first load too big for ALL lands where AUTO would move it, sorted.
        try lab.run("CREATE TABLE big SORTKEY(n) AS \(StorageFixture.numbers)")
        let big = try lab.storage("big")
        #expect(big.distribution == EffectiveDistribution(placement: .even, automatic: true))
        #expect(big.rowsPerSlice == [2500, 2500, 2500, 2500])
        #expect(big.unsortedPercent == 0)
    }

    @Test func alterDistStyleRedistributesTheRows() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (k INT, v INT) DISTKEY(k); INSERT INTO t SELECT n % 3, n FROM (\(StorageFixture.numbers)) g")
        #expect(try lab.storage("t").rowsPerSlice.contains(0))
        try lab.run("ALTER TABLE t ALTER DISTSTYLE EVEN")
        #expect(try lab.storage("t").rowsPerSlice == [2500, 2500, 2500, 2500])
        try lab.run("ALTER TABLE t ALTER DISTKEY v")
        let storage = try lab.storage("t")
        #expect(storage.distribution.placement == .key(column: 1))
        #expect(!storage.rowsPerSlice.contains(0))
        #expect(try lab.count("SELECT SUM(v) FROM t") == 49_995_000)
    }
}
