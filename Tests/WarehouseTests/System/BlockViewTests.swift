import Testing
@testable import Warehouse

/// STV_BLOCKLIST, SVV_DISKUSAGE, STV_TBL_PERM and STV_SLICES list the blocks, rows and slices
/// storage really holds.
@Suite struct BlockViewTests {
    @Test func blocklistMinAndMaxFollowZoneMaps() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE s (n INT, word VARCHAR(12)) DISTSTYLE EVEN SORTKEY(n)")
        try lab.run("INSERT INTO s SELECT n, 'w' || n FROM (\(StorageFixture.numbers)) q")
        let storage = try lab.storage("s")
        let blocks = try lab.rows("""
            select b.slice, b.blocknum, b.num_values, b.minvalue, b.maxvalue, b.unsorted from stv_blocklist b
            join stv_tbl_perm p on p.id = b.tbl and p.slice = b.slice where trim(p.name) = 's' and b.col = 0
            order by b.slice, b.blocknum
            """)
        let expected: [[Datum]] = (0..<4).flatMap { slice in
            storage.blocks(column: 0, slice: slice).enumerated().map { number, block -> [Datum] in
                [.integer(Int32(slice)), .integer(Int32(number)), .integer(Int32(block.rowCount)),
                 .bigint(Int64(block.zoneMap.minimum.integerValue)), .bigint(Int64(block.zoneMap.maximum.integerValue)), .integer(0)]
            }
        }
        #expect(blocks.count > 8)
        #expect(blocks == expected)
        // Sorted on n: each slice's blocks cover ascending, non-overlapping ranges.
        #expect(try lab.number("select count(*) from stv_blocklist a join stv_blocklist b on a.tbl = b.tbl and a.slice = b.slice and a.col = b.col and b.blocknum = a.blocknum + 1 where a.col = 0 and a.maxvalue >= b.minvalue") == 0)
        // Strings: the first 8 bytes as a big-endian integer ('w0' < 'w9999').
        let word = try lab.rows("select min(minvalue), max(maxvalue) from svv_diskusage where trim(name) = 's' and col = 1")
        #expect(word == [[.bigint(ZoneMapInteger.value(.string("w0"))!), .bigint(ZoneMapInteger.value(.string("w9999"))!)]])
        #expect(ZoneMapInteger.value(.string("ab"))! < ZoneMapInteger.value(.string("b"))!)
    }

    @Test func unsortedBlocksAndDeletionMarksAreListed() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE s (n INT) DISTSTYLE EVEN SORTKEY(n); INSERT INTO s \(StorageFixture.numbers)")
        #expect(try lab.number("select count(*) from svv_diskusage where trim(name) = 's' and unsorted = 1") == 0)
        try lab.run("INSERT INTO s \(StorageFixture.numbers)")
        #expect(try #require(try lab.number("select count(*) from svv_diskusage where trim(name) = 's' and unsorted = 1")) > 0)
        try lab.run("DELETE FROM s WHERE n < 100")
        // DELETE_XID is the second hidden column: number of user columns + 1.
        #expect(try lab.number("select sum(num_values) from stv_blocklist b join stv_tbl_perm p on p.id = b.tbl and p.slice = b.slice where trim(p.name) = 's' and b.col = 2") == 20_000)
        #expect(try lab.number("select count(*) from stv_blocklist where col = 1") == 0)
    }

    @Test func tblPermCountsRowsPerSlice() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE e (n INT) DISTSTYLE EVEN SORTKEY(n); INSERT INTO e VALUES (1),(2),(3),(4),(5),(6)")
        try lab.run("CREATE TABLE a (n INT) DISTSTYLE ALL; INSERT INTO a VALUES (1),(2)")
        #expect(try lab.rows("select slice, rows, sorted_rows, dist_style from stv_tbl_perm where trim(name) = 'e' order by slice") == [
            [.integer(0), .bigint(2), .bigint(2), .integer(0)], [.integer(1), .bigint(2), .bigint(2), .integer(0)],
            [.integer(2), .bigint(1), .bigint(1), .integer(0)], [.integer(3), .bigint(1), .bigint(1), .integer(0)],
        ])
        // ALL keeps a copy on the first slice of each node.
        #expect(try lab.rows("select slice, rows, dist_style from stv_tbl_perm where trim(name) = 'a' and rows > 0 order by slice") == [
            [.integer(0), .bigint(2), .integer(8)], [.integer(2), .bigint(2), .integer(8)],
        ])
        try lab.run("INSERT INTO e VALUES (0)")
        #expect(try lab.number("select sum(rows) - sum(sorted_rows) from stv_tbl_perm where trim(name) = 'e'") == 1)
        try lab.run("DELETE FROM e WHERE n > 4")
        #expect(try lab.number("select sum(rows) from stv_tbl_perm where trim(name) = 'e'") == 7)
        try lab.run("VACUUM e")
        #expect(try lab.number("select sum(rows) from stv_tbl_perm where trim(name) = 'e'") == 5)
        #expect(try lab.number("select count(distinct id) from stv_tbl_perm where trim(name) in ('e', 'a')") == 2)
    }

    @Test func slicesFollowTheClusterShape() throws {
        let database = Database(shape: try ClusterShape(nodeType: "ra3.4xlarge", nodeCount: 2))
        let rows = try database.execute("select node, slice, localslice, type from stv_slices order by slice").last?.rows ?? []
        #expect(rows.count == 8)
        #expect(rows[5] == [.integer(1), .integer(5), .integer(1), .string("D")])
    }
}

extension Datum {
    /// An integer value of an INTEGER datum, for comparing with STV_BLOCKLIST's BIGINT.
    var integerValue: Int32 {
        if case .integer(let value) = self { return value }
        return -1
    }
}
