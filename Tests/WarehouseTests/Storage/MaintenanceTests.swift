import Testing
@testable import Warehouse

@Suite struct MaintenanceTests {
    /// A sorted 10,000-row table `t(n, v)` on 4 slices.
    func loaded() throws -> StorageFixture {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT, v INT) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO t SELECT n, n % 10 FROM (\(StorageFixture.numbers)) g")
        return lab
    }

    @Test func deleteMarksRowsAndVacuumReclaimsThem() throws {
        let lab = try loaded()
        #expect(try lab.run("DELETE FROM t WHERE n < 2000").last?.commandTag == "DELETE 2000")
        var storage = try lab.storage("t")
        #expect(storage.storedRowCount == 10000)
        #expect(storage.deletedRowCount == 2000)
        #expect((0..<4).flatMap { storage.deletionBlocks(slice: $0) }.map(\.deletedRows).reduce(0, +) == 2000)
        #expect(storage.deletionBlocks(slice: 0).map(\.rows) == stride(from: 0, to: 2500, by: 128).map { $0..<min($0 + 128, 2500) })
        #expect(try lab.count("SELECT COUNT(*) FROM t") == 8000)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE n < 3000") == 1000)
        #expect(try lab.run("DELETE FROM t WHERE n < 2000").last?.commandTag == "DELETE 0")
        try lab.run("VACUUM DELETE ONLY t")
        storage = try lab.storage("t")
        #expect(storage.storedRowCount == 8000)
        #expect(storage.deletedRowCount == 0)
        #expect(storage.unsortedRowCount == 0)
        #expect(try lab.count("SELECT MIN(n) FROM t") == 2000)
    }

    @Test func theDeleteThresholdDecidesWhetherSpaceIsReclaimed() throws {
        let lab = try loaded()
        try lab.run("DELETE FROM t WHERE n < 300")
        try lab.run("VACUUM DELETE ONLY t")
        #expect(try lab.storage("t").deletedRowCount == 300, "97% of the rows are live: above the 95% threshold")
        var storage = try lab.storage("t")
        #expect(try storage.vacuum(.full, thresholdPercent: 95).status == "Skipped(sorted>=95%)")
        #expect(try storage.vacuum(.deleteOnly, thresholdPercent: 0).status == "Skipped(sorted>=0%)")
        #expect(try storage.vacuum(.full, thresholdPercent: 100) == VacuumOutcome(sorted: false, reclaimedRows: 300, status: "Finished"))
        #expect(try lab.storage("t").deletedRowCount == 300, "the catalog's table is a separate value")
        try lab.run("VACUUM DELETE ONLY t TO 100 PERCENT")
        #expect(try lab.storage("t").deletedRowCount == 0)
    }

    @Test func laterLoadsGoToTheUnsortedRegionAndVacuumSortsThem() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT, v INT) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO t SELECT n, 0 FROM (\(StorageFixture.numbers)) g WHERE n % 2 = 0")
        try lab.run("INSERT INTO t SELECT n, 1 FROM (\(StorageFixture.numbers)) g WHERE n % 2 = 1")
        #expect(try lab.storage("t").unsortedPercent == 50)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE n BETWEEN 100 AND 199") == 100)
        let before = lab.scanCounts("t")
        try lab.run("VACUUM SORT ONLY t TO 40 PERCENT")
        #expect(try lab.storage("t").unsortedPercent == 50, "50% sorted is above a 40% threshold")
        try lab.run("VACUUM t")
        let storage = try lab.storage("t")
        #expect(storage.unsortedPercent == 0)
        #expect(storage.sortedRowsPerSlice == storage.rowsPerSlice)
        #expect(try lab.count("SELECT COUNT(*) FROM t WHERE n BETWEEN 100 AND 199") == 100)
        #expect(lab.scanCounts("t").read < before.read)
    }

    @Test func updateMarksTheOldRowAndAppendsTheNewOne() throws {
        let lab = try loaded()
        #expect(try lab.run("UPDATE t SET v = 100 WHERE n < 100").last?.commandTag == "UPDATE 100")
        var storage = try lab.storage("t")
        #expect(storage.deletedRowCount == 100)
        #expect(storage.unsortedRowCount == 100)
        #expect(try lab.count("SELECT SUM(v) FROM t WHERE n < 100") == 10000)
        #expect(try lab.count("SELECT COUNT(*) FROM t") == 10000)
        try lab.run("VACUUM FULL t TO 100 PERCENT")
        storage = try lab.storage("t")
        #expect(storage.storedRowCount == 10000)
        #expect(storage.deletedRowCount == 0)
        #expect(storage.unsortedPercent == 0)
    }

    @Test func sortOnlyKeepsDeletedRowsAndVacuumWorksWithoutASortKey() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE heap (n INT) DISTSTYLE EVEN; INSERT INTO heap SELECT n FROM (\(StorageFixture.numbers)) g")
        try lab.run("DELETE FROM heap WHERE n % 2 = 0")
        #expect(try lab.storage("heap").unsortedPercent == nil)
        try lab.run("VACUUM SORT ONLY heap")
        #expect(try lab.storage("heap").deletedRowCount == 5000)
        try lab.run("VACUUM heap")
        #expect(try lab.storage("heap").storedRowCount == 5000)
        #expect(try lab.count("SELECT COUNT(*) FROM heap WHERE n % 2 = 0") == 0)
    }

    @Test func reindexRecomputesTheInterleavedDistribution() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE z (a INT, b INT) DISTSTYLE EVEN INTERLEAVED SORTKEY(a, b)")
        try lab.run("INSERT INTO z SELECT n / 100, n % 100 FROM (\(StorageFixture.numbers)) g WHERE n < 1000")
        // Later rows lie beyond the first load's boundaries for `a` (0...9) and crowd into its
        // last bucket, so sorting orders them by `b` alone and a filter on `a` barely prunes.
        try lab.run("INSERT INTO z SELECT n / 100, n % 100 FROM (\(StorageFixture.numbers)) g WHERE n >= 1000")
        try lab.run("VACUUM z TO 100 PERCENT")
        #expect(try lab.count("SELECT COUNT(*) FROM z WHERE a = 42") == 100)
        let stale = lab.scanCounts("z")
        try lab.run("VACUUM REINDEX z")
        #expect(try lab.count("SELECT COUNT(*) FROM z WHERE a = 42") == 100)
        let fresh = lab.scanCounts("z")
        #expect(fresh.skipped > stale.skipped)
        #expect(try lab.storage("z").unsortedPercent == 0)
    }

    @Test func vacuumRefusesWhatRedshiftRefuses() throws {
        let lab = try loaded()
        #expect(throws: SQLError.self) { try lab.run("VACUUM REINDEX") }
        #expect(throws: SQLError.self) { try lab.run("VACUUM REINDEX t TO 50 PERCENT") }
        #expect(throws: SQLError.self) { try lab.run("VACUUM t TO 101 PERCENT") }
        #expect(throws: SQLError.self) { try lab.run("VACUUM nope") }
        try lab.run("BEGIN")
        #expect(throws: SQLError.self) { try lab.run("VACUUM t") }
        try lab.run("ROLLBACK")
        #expect(try lab.run("VACUUM").last?.commandTag == "VACUUM")
    }

    @Test func rollbackRestoresDeletedRows() throws {
        let lab = try loaded()
        try lab.run("BEGIN; DELETE FROM t WHERE n < 5000; INSERT INTO t VALUES (1, 1)")
        #expect(try lab.count("SELECT COUNT(*) FROM t") == 5001)
        try lab.run("ROLLBACK")
        #expect(try lab.count("SELECT COUNT(*) FROM t") == 10000)
        #expect(try lab.storage("t").deletedRowCount == 0)
        #expect(try lab.storage("t").unsortedRowCount == 0)
    }

    @Test func analyzeGathersStatisticsAndResetsStatsOff() throws {
        let lab = try loaded()
        try lab.run("ALTER TABLE t ADD COLUMN note VARCHAR(10) DEFAULT NULL")
        #expect(lab.database.storedTable(named: "t")?.statsOff == 100)
        try lab.run("ANALYZE t")
        var table = try #require(lab.database.storedTable(named: "t"))
        #expect(table.statsOff == 0)
        let statistics = try #require(table.statistics)
        #expect(statistics.rowCount == 10000)
        let n = try #require(statistics.columns["n"]), v = try #require(statistics.columns["v"])
        #expect(abs(n.distinctCount - 10000) < 300)
        #expect(v.distinctCount == 10)
        #expect(n.minimum == .integer(0) && n.maximum == .integer(9999))
        #expect(statistics.columns["note"]?.nullFraction == 1)
        try lab.run("INSERT INTO t (n, v) SELECT n, 0 FROM (\(StorageFixture.numbers)) g WHERE n < 5000")
        table = try #require(lab.database.storedTable(named: "t"))
        #expect(abs(table.statsOff - 100.0 * 5000 / 15000) < 0.01)
        try lab.run("ANALYZE t (n)")
        #expect(lab.database.storedTable(named: "t")?.statsOff == 0)
        #expect(lab.database.storedTable(named: "t")?.statistics?.rowCount == 15000)
        try lab.run("DELETE FROM t WHERE n = 1")
        #expect(try lab.run("ANALYZE t").last?.commandTag == "ANALYZE SKIP")
        #expect(try lab.run("SET analyze_threshold_percent TO 0; ANALYZE VERBOSE t").last?.notices == [Notice(severity: "INFO", "analyzing \"public.t\"")])
        #expect(lab.database.storedTable(named: "t")?.statistics?.rowCount == 14998, "n = 1 was in both loads")
        #expect(throws: SQLError.self) { try lab.run("ANALYZE t (nope)") }
    }
}
