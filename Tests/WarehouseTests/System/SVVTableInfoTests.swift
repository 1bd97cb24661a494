import Foundation
import Testing
@testable import Warehouse

/// SVV_TABLE_INFO reports what storage holds: skew, unsorted share, stats_off and size all
/// follow the data and the maintenance run on it.
@Suite struct SVVTableInfoTests {
    @Test func columnsAndTypesAreRedshifts() throws {
        let lab = try StorageFixture()
        let result = try lab.database.execute("select * from svv_table_info").last
        #expect(result?.columns.map(\.name) == [
            "database", "schema", "table_id", "table", "encoded", "diststyle", "sortkey1", "max_varchar", "sortkey1_enc",
            "sortkey_num", "size", "pct_used", "empty", "unsorted", "stats_off", "tbl_rows", "skew_sortkey1", "skew_rows",
            "estimated_visible_rows", "risk_event", "vacuum_sort_benefit", "create_time",
        ])
        let types = Dictionary(uniqueKeysWithValues: (result?.columns ?? []).map { ($0.name, $0.type) })
        #expect(types["size"] == .bigint)
        #expect(types["pct_used"] == .decimal(precision: 10, scale: 4))
        #expect(types["unsorted"] == .decimal(precision: 5, scale: 2))
        #expect(types["tbl_rows"] == .decimal(precision: 38, scale: 0))
        #expect(types["sortkey1_enc"] == .char(length: 32))
    }

    @Test func skewedKeyShowsSkewAndEvenDoesNot() throws {
        let lab = try StorageFixture()
        // 9 rows in 10 share key 0, so one slice holds most of the table.
        try lab.run("CREATE TABLE skewed (k INT, n INT) DISTKEY(k); INSERT INTO skewed SELECT CASE WHEN n % 10 = 0 THEN n ELSE 0 END, n FROM (\(StorageFixture.numbers)) s")
        try lab.run("CREATE TABLE spread (k INT, n INT) DISTSTYLE EVEN; INSERT INTO spread SELECT n, n FROM (\(StorageFixture.numbers)) s")
        let skewed = try #require(try lab.number("select skew_rows from svv_table_info where \"table\" = 'skewed'"))
        let even = try #require(try lab.number("select skew_rows from svv_table_info where \"table\" = 'spread'"))
        #expect(skewed > 3)
        #expect(even == 1.0)
        #expect(try lab.text("select diststyle from svv_table_info where \"table\" = 'skewed'") == "KEY(k)")
        #expect(try lab.text("select diststyle from svv_table_info where \"table\" = 'spread'") == "EVEN")
        #expect(try lab.number("select tbl_rows from svv_table_info where \"table\" = 'skewed'") == 10_000)
    }

    @Test func autoTablesShowWhereTheEngineKeepsThem() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE small (n INT); INSERT INTO small VALUES (1), (2)")
        #expect(try lab.text("select diststyle from svv_table_info where \"table\" = 'small'") == "AUTO(ALL)")
        #expect(try lab.value("select skew_rows from svv_table_info where \"table\" = 'small'") == .null)
        try lab.run("INSERT INTO small \(StorageFixture.numbers)")
        #expect(try lab.text("select diststyle from svv_table_info where \"table\" = 'small'") == "AUTO(EVEN)")
        try lab.run("CREATE TABLE empty_one (n INT)")
        #expect(try lab.rows("select * from svv_table_info where \"table\" = 'empty_one'").isEmpty)
    }

    @Test func unsortedFollowsLoadsAndVacuum() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE s (n INT, label VARCHAR(20)) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO s SELECT n, 'x' FROM (\(StorageFixture.numbers)) q")
        let query = "select unsorted, vacuum_sort_benefit from svv_table_info where \"table\" = 's'"
        #expect(try lab.rows(query) == [[SystemValues.numeric(0, scale: 2), SystemValues.numeric(0, scale: 2)]])
        try lab.run("INSERT INTO s SELECT n, 'y' FROM (\(StorageFixture.numbers)) q")
        #expect(try lab.number(query) == 50)
        #expect(try #require(try lab.number("select vacuum_sort_benefit from svv_table_info where \"table\" = 's'")) > 0)
        try lab.run("VACUUM s TO 100 PERCENT")
        #expect(try lab.number(query) == 0)
        #expect(try lab.text("select sortkey1 from svv_table_info where \"table\" = 's'") == "n")
        #expect(try lab.number("select sortkey_num from svv_table_info where \"table\" = 's'") == 1)
        #expect(try lab.number("select max_varchar from svv_table_info where \"table\" = 's'") == 20)
        #expect(try lab.text("select trim(sortkey1_enc) from svv_table_info where \"table\" = 's'") == "none")
    }

    @Test func statsOffFollowsAnalyze() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT); INSERT INTO t \(StorageFixture.numbers)")
        let query = "select stats_off from svv_table_info where \"table\" = 't'"
        #expect(try lab.number(query) == 100)
        try lab.run("ANALYZE t")
        #expect(try lab.number(query) == 0)
        try lab.run("INSERT INTO t SELECT n FROM t WHERE n < 5000")
        // 5,000 rows changed against the 15,000 now stored.
        #expect(try lab.number(query) == 33.33)
    }

    @Test func sizeGrowsWithRowsAndMatchesTheBlocklist() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT) DISTSTYLE EVEN; INSERT INTO t SELECT n FROM (\(StorageFixture.numbers)) q WHERE n < 1000")
        let small = try #require(try lab.number("select size from svv_table_info where \"table\" = 't'"))
        try lab.run("INSERT INTO t \(StorageFixture.numbers)")
        let large = try #require(try lab.number("select size from svv_table_info where \"table\" = 't'"))
        #expect(large > small)
        #expect(try lab.number("""
            select count(*) from stv_blocklist b join svv_table_info i on b.tbl = i.table_id where i."table" = 't'
            """) == large)
        #expect(try lab.number("select sum(block_count) from stv_tbl_perm where trim(name) = 't'") == large)
        // 1 KB blocks on a 2-node dc2.large (320 GB): tiny, but above zero.
        let used = try #require(try lab.number("select pct_used from svv_table_info where \"table\" = 't'"))
        #expect(used == (large * 1024 / 320e9 * 100 * 10_000).rounded() / 10_000)
    }

    @Test func createTimeIsWhenCreateTableRan() throws {
        let lab = try StorageFixture()
        lab.database.clock = { Date(timeIntervalSince1970: 1_700_000_000) }
        try lab.run("CREATE TABLE t (n INT); INSERT INTO t VALUES (1)")
        lab.database.clock = { Date(timeIntervalSince1970: 1_800_000_000) }
        try lab.run("INSERT INTO t VALUES (2)")
        #expect(try lab.text("select create_time::varchar from svv_table_info where \"table\" = 't'") == "2023-11-14 22:13:20")
    }
}
