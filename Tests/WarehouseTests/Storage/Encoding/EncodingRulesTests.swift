import Testing
@testable import Warehouse

/// Redshift's type rules for ENCODE at CREATE TABLE and ALTER TABLE, and the encodings columns
/// get when none is declared.
@Suite struct EncodingRulesTests {
    private func error(_ database: Database, _ sql: String) -> String? {
        do {
            _ = try database.execute(sql)
            return nil
        } catch {
            return (error as? SQLError)?.message
        }
    }

    @Test(arguments: [
        ("INT", "TEXT255"), ("INTEGER", "MOSTLY32"), ("VARCHAR(10)", "AZ64"), ("BOOLEAN", "BYTEDICT"), ("SMALLINT", "MOSTLY16"),
        ("VARCHAR(10)", "DELTA"), ("REAL", "DELTA"), ("DOUBLE PRECISION", "AZ64"), ("CHAR(4)", "TEXT32K"), ("BOOLEAN", "LZO"),
        ("SMALLINT", "DELTA32K"), ("TIMESTAMPTZ", "DELTA"), ("INT", "SNAPPY"),
    ])
    func invalidEncodingForTheTypeIsRejected(_ type: String, _ encoding: String) {
        let database = Database()
        #expect(error(database, "CREATE TABLE t (x \(type) ENCODE \(encoding))") == "invalid encoding type specified for column \"x\"")
        #expect(database.storedTable(named: "t") == nil)
    }

    @Test func validEncodingsAreStoredAsDeclared() throws {
        let database = Database()
        _ = try database.execute("""
            CREATE TABLE t (a SMALLINT ENCODE MOSTLY8, b BIGINT ENCODE mostly32, c VARCHAR(20) ENCODE text255,
                            d DATE ENCODE delta32k, e BOOLEAN ENCODE runlength, f DECIMAL(12,2) ENCODE az64, g REAL ENCODE bytedict)
            """)
        let layout = try #require(database.storedTable(named: "t")).storage.layout
        #expect(layout.encodings == [.mostly8, .mostly32, .text255, .delta32k, .runlength, .az64, .bytedict])
    }

    @Test func defaultsFollowRedshift() throws {
        let database = Database()
        _ = try database.execute("""
            CREATE TABLE t (k INT, n BIGINT, b BOOLEAN, r REAL, d DOUBLE PRECISION, s VARCHAR(9), c CHAR(3), dt DATE,
                            ts TIMESTAMP, tm TIME, m DECIMAL(9,2), z INT ENCODE zstd) SORTKEY (k, dt)
            """)
        let layout = try #require(database.storedTable(named: "t")).storage.layout
        #expect(layout.encodings == [.raw, .az64, .raw, .raw, .raw, .lzo, .lzo, .raw, .az64, .az64, .az64, .zstd])
    }

    @Test func alterColumnEncodeChecksTheTypeAndReencodes() throws {
        let database = Database(shape: .scratch, blockBytes: 1024)
        _ = try database.execute("CREATE TABLE t (a INT, s VARCHAR(10)); INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, NULL)")
        #expect(error(database, "ALTER TABLE t ALTER COLUMN s ENCODE mostly8") == "invalid encoding type specified for column \"s\"")
        _ = try database.execute("ALTER TABLE t ALTER COLUMN a ENCODE delta, ALTER COLUMN s ENCODE bytedict")
        let table = try #require(database.storedTable(named: "t"))
        #expect(table.storage.layout.encodings == [.delta, .bytedict])
        let rows = try database.execute("SELECT a, s FROM t ORDER BY a").last?.batches.flatMap { $0.compacted().columns[1].datums }
        #expect(rows == [.string("x"), .string("y"), .null])
    }
}
