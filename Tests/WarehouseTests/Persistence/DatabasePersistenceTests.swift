import Foundation
import Testing
@testable import Warehouse

@Suite struct DatabasePersistenceTests {
    static let allTypes = """
        CREATE TABLE everything (
            id BIGINT IDENTITY(10, 5) PRIMARY KEY, s SMALLINT DEFAULT 7, i INTEGER NOT NULL, d DECIMAL(12,3),
            w DECIMAL(30,4), r REAL, f DOUBLE PRECISION, b BOOLEAN, c CHAR(4) ENCODE bytedict, v VARCHAR(20) DEFAULT 'x' || 'y',
            dt DATE, t TIME, tz TIMETZ, ts TIMESTAMP SORTKEY, tstz TIMESTAMPTZ, UNIQUE (i))
            DISTSTYLE KEY DISTKEY(i) BACKUP NO
        """
    static let rowsSQL = """
        INSERT INTO everything (s, i, d, w, r, f, b, c, v, dt, t, tz, ts, tstz) VALUES
        (1, 1, 1.5, '12345678901234567890.1234', 1.25, -2.5, true, 'ab', 'hello', '2024-02-29', '12:34:56', '01:02:03+00', '2024-01-01 10:00:00', '2024-01-01 10:00:00+00'),
        (NULL, 2, NULL, -1, NULL, 'NaN', false, NULL, '', NULL, NULL, NULL, NULL, NULL),
        (3, 3, -0.001, 0, 3.5, '1e300', NULL, 'wxyz', 'ünïcödé', '1900-01-01', '00:00:00', '23:59:59+00', '1999-12-31 23:59:59.999999', '2000-01-01 00:00:00+00')
        """

    @Test func everyTypeAndTableAttributeSurvivesReopening() throws {
        let fixture = PersistenceFixture()
        let database = try fixture.open()
        try PersistenceFixture.run(database, Self.allTypes)
        try PersistenceFixture.run(database, Self.rowsSQL)
        try PersistenceFixture.run(database, """
            CREATE SCHEMA sales;
            CREATE TABLE sales.events (k INT, at DATE, note VARCHAR(20), FOREIGN KEY (k) REFERENCES everything (id))
                DISTSTYLE EVEN INTERLEAVED SORTKEY (k, at);
            INSERT INTO sales.events SELECT i, dt, v FROM everything;
            INSERT INTO sales.events SELECT i + 10, dt, v FROM everything;
            DELETE FROM sales.events WHERE k = 2;
            CREATE TABLE auto_t (a INT);
            INSERT INTO auto_t VALUES (1), (2);
            CREATE VIEW sales.recent (key, note) AS SELECT k, note FROM sales.events WHERE k > 1;
            ANALYZE everything;
            CREATE TEMP TABLE scratchpad (n INT);
            SET search_path TO sales, public
            """)
        let load = LoadCommitRecord(userID: 100, query: 7, slice: 2, name: "t", filename: "s3://b/k", byteOffset: 0,
                                    linesScanned: 3, errors: -1, currentTime: 42, status: 1, fileFormat: "Text")
        try database.durably { () throws(SQLError) in
            database.loadHistory.record(errors: [], commits: [load])
            database.lastQueryID = 7
        }
        let before = try snapshot(database)
        let expectedIdentity = database.storedTable(named: "everything")?.definition.identityNext

        let reopened = try fixture.open()
        #expect(try snapshot(reopened) == before)
        #expect(reopened.storedTable(named: "everything")?.definition.identityNext == expectedIdentity)
        #expect(reopened.storedTable(named: "scratchpad") == nil)
        #expect(reopened.loadHistory.commits == [load])
        #expect(reopened.lastQueryID == 7)
        #expect(try PersistenceFixture.rows(reopened, "SHOW search_path") != [["sales, public"]])
        // The identity and default continue where they were.
        try PersistenceFixture.run(reopened, "INSERT INTO everything (i) VALUES (4)")
        #expect(try PersistenceFixture.rows(reopened, "SELECT id, s, v FROM everything WHERE i = 4") == [["25", "7", "xy"]])
    }

    /// What a reopened database must reproduce: every table's definition, statistics and
    /// storage (blocks, zone maps, deletion marks, sorted rows) and every view's and table's rows.
    private func snapshot(_ database: Database) throws -> [String] {
        var lines: [String] = []
        for (schemaName, schema) in database.catalog.schemas.sorted(by: { $0.key < $1.key }) {
            lines.append("schema \(schemaName)")
            for (name, table) in schema.tables.sorted(by: { $0.key < $1.key }) where !table.definition.temporary {
                var definition = table.definition
                let defaults = definition.columns.map { $0.defaultValue?.description ?? "" }
                for index in definition.columns.indices { definition.columns[index].defaultValue = nil }
                let constraints = definition.constraints.map(Self.describe)
                definition.constraints = []
                lines.append("table \(name) \(definition) defaults \(defaults) constraints \(constraints)")
                if let statistics = table.statistics {
                    lines.append("statistics \(statistics.rowCount) \(statistics.modifiedRowsAtAnalyze) \(statistics.columns.sorted { $0.key < $1.key })")
                }
                let storage = table.storage
                lines.append("storage \(storage.layout) \(storage.distribution) \(storage.modifiedRows) \(storage.evenCursor) \(storage.interleavedIndex.map { $0.boundaries.map { $0.count } } ?? [])")
                for slice in storage.slices {
                    lines.append("slice \(slice.rowCount) sorted \(slice.sortedRowCount) deleted \(slice.deletedCount) deletion blocks \(slice.deletions.map { [$0.firstRow, $0.rowCount, $0.deletedCount] })")
                    for chain in slice.columns {
                        lines.append(chain.map { "\($0.firstRow)+\($0.rowCount) [\($0.zoneMap.minimum), \($0.zoneMap.maximum)] nulls \($0.zoneMap.nullCount)" }.joined(separator: "; "))
                    }
                }
                lines += try PersistenceFixture.rows(database, "SELECT * FROM \(schemaName).\(name) ORDER BY 1").map { $0.joined(separator: "|") }
            }
            for (name, view) in schema.views.sorted(by: { $0.key < $1.key }) {
                lines.append("view \(name) \(view.columnNames) \(view.query) \(view.withNoSchemaBinding)")
                lines += try PersistenceFixture.rows(database, "SELECT * FROM \(schemaName).\(name) ORDER BY 1").map { $0.joined(separator: "|") }
            }
        }
        return lines
    }

    private static func describe(_ constraint: TableConstraintKind) -> String {
        switch constraint {
        case .primaryKey(let columns): "primary key \(columns.map(\.value))"
        case .unique(let columns): "unique \(columns.map(\.value))"
        case .foreignKey(let columns, let table, let referenced): "foreign key \(columns.map(\.value)) \(table) \(referenced.map(\.value))"
        }
    }

    @Test func aTransactionIsDurableOnlyAtCommitAndAFailedStatementNotAtAll() throws {
        let fixture = PersistenceFixture()
        let database = try fixture.open()
        try PersistenceFixture.run(database, "CREATE TABLE t (n INT); INSERT INTO t VALUES (1); BEGIN; INSERT INTO t VALUES (2)")
        #expect(throws: SQLError.self) { try PersistenceFixture.run(database, "INSERT INTO t VALUES (1 / 0)") }
        try PersistenceFixture.run(database, "ROLLBACK; BEGIN; INSERT INTO t VALUES (3)")
        // A reader waits for the writer's open transaction, then gives up with a clear error.
        let error = #expect(throws: SQLError.self) { try fixture.open(lockWaitSeconds: 0.1) }
        #expect(error?.message.contains("database is locked by another lab process") == true)
        try PersistenceFixture.run(database, "COMMIT")
        #expect(try PersistenceFixture.rows(try fixture.open(), "SELECT n FROM t ORDER BY n") == [["1"], ["3"]])
    }

    @Test func aSecondDatabaseSeesTheOthersCommitsAndACommitRewritesOnlyChangedTables() throws {
        let fixture = PersistenceFixture()
        let first = try fixture.open()
        try PersistenceFixture.run(first, "CREATE TABLE a (n INT); CREATE TABLE b (n INT); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1)")
        let second = try fixture.open()
        let tableFiles = fixture.files.filter { $0.hasPrefix("table-") }
        try PersistenceFixture.run(first, "INSERT INTO a VALUES (2)")
        let after = fixture.files.filter { $0.hasPrefix("table-") }
        #expect(after.count == 2)
        #expect(Set(after).intersection(tableFiles).count == 1)
        try PersistenceFixture.run(second, "INSERT INTO b SELECT n FROM a")
        #expect(try PersistenceFixture.rows(first, "SELECT count(*) FROM b") == [["1"]])
        try PersistenceFixture.run(first, "SELECT 1")
        #expect(try PersistenceFixture.rows(first, "SELECT count(*) FROM b") == [["3"]])
    }

    @Test func aDamagedFileIsReportedByName() throws {
        let fixture = PersistenceFixture()
        // EVEN, so the scan below reads every payload the pack holds (an ALL table's copies on
        // other nodes are never read, so damage there would surface only if they were).
        try PersistenceFixture.run(try fixture.open(), "CREATE TABLE t (n INT, s VARCHAR(20)) DISTSTYLE EVEN; INSERT INTO t VALUES (1, 'one'), (2, 'two')")
        for name in fixture.files where name != DatabaseDirectory.lockFileName {
            let url = fixture.directory.appendingPathComponent(name)
            let original = try Data(contentsOf: url)
            var damaged = original
            damaged[damaged.count / 2] ^= 0x20
            try damaged.write(to: url)
            // A pack's payloads are read, and checked, when a scan first needs them.
            let error = #expect(throws: SQLError.self) { try PersistenceFixture.rows(try fixture.open(), "SELECT sum(n), max(s) FROM t") }
            #expect(error?.sqlState == SQLState.dataCorrupted)
            #expect(error?.message.contains("database file \"\(name)\" is damaged") == true)
            try original.write(to: url)
        }
        #expect(try PersistenceFixture.rows(try fixture.open(), "SELECT count(*) FROM t") == [["2"]])
    }

    @Test func leftoversOfAnInterruptedCommitAreRemovedOnOpen() throws {
        let fixture = PersistenceFixture()
        try PersistenceFixture.run(try fixture.open(), "CREATE TABLE t (n INT); INSERT INTO t VALUES (1)")
        let committed = fixture.files
        for name in ["table-999.tbl", "catalog-999.cat", "MANIFEST.tmp", "notes.txt"] {
            try Data("partial".utf8).write(to: fixture.directory.appendingPathComponent(name))
        }
        let reopened = try fixture.open()
        #expect(fixture.files == (committed + ["notes.txt"]).sorted())
        #expect(try PersistenceFixture.rows(reopened, "SELECT n FROM t") == [["1"]])
    }

    @Test func aOneRowChangeWritesOnlyTheBlocksItChangesAndDroppedPacksGo() throws {
        let fixture = PersistenceFixture()
        let database = try fixture.open()
        try PersistenceFixture.run(database, "CREATE TABLE t (n INT, s VARCHAR(20)) DISTSTYLE EVEN")
        try PersistenceFixture.run(database, "INSERT INTO t VALUES " + (1...2000).map { "(\($0), 'row \($0)')" }.joined(separator: ", "))
        func packSizes() throws -> [String: Int] {
            Dictionary(uniqueKeysWithValues: try fixture.files.filter { $0.hasPrefix("pack-") }.map { name in
                (name, try Data(contentsOf: fixture.directory.appendingPathComponent(name)).count)
            })
        }
        let loaded = try packSizes()
        #expect(loaded.count == 1)
        try PersistenceFixture.run(database, "INSERT INTO t VALUES (2001, 'one more')")
        let after = try packSizes()
        #expect(after.count == 2)
        let added = after.filter { loaded[$0.key] == nil }
        // The new pack holds the slice's two rewritten last blocks, not the table.
        #expect(added.count == 1 && (added.first?.value ?? .max) * 20 < (loaded.first?.value ?? 0))
        let reader = try fixture.open()
        #expect(try PersistenceFixture.rows(reader, "SELECT count(*), sum(n), max(s) FROM t") == [["2001", "2003001", "row 999"]])
        // Each payload is checked on its own: a pack cut short or gone is reported by name.
        let newest = fixture.directory.appendingPathComponent(added.first?.key ?? "")
        let packBytes = try Data(contentsOf: newest)
        try packBytes.prefix(packBytes.count / 2).write(to: newest)
        #expect((#expect(throws: SQLError.self) { try PersistenceFixture.rows(try fixture.open(), "SELECT sum(n), max(s) FROM t") })?
            .message.contains("\(newest.lastPathComponent)\" is damaged") == true)
        try FileManager.default.removeItem(at: newest)
        #expect((#expect(throws: SQLError.self) { try fixture.open() })?.message.contains("named by the manifest is missing") == true)
        try packBytes.write(to: newest)
        try PersistenceFixture.run(database, "DELETE FROM t WHERE n > 10")
        #expect(try packSizes() == after)
        try PersistenceFixture.run(database, "VACUUM t")
        #expect(try packSizes().keys.allSatisfy { after[$0] == nil })
        try PersistenceFixture.run(database, "DROP TABLE t")
        #expect(try packSizes().isEmpty)
        #expect(try PersistenceFixture.rows(try fixture.open(), "SELECT count(*) FROM pg_tables WHERE tablename = 't'") == [["0"]])
    }

    @Test func aDatabaseWrittenBeforeBlockPacksStillReadsAndMovesOnWhenChanged() throws {
        let fixture = PersistenceFixture()
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/before-block-packs")
        try FileManager.default.copyItem(at: source, to: fixture.directory)
        let database = try fixture.open()
        #expect(try PersistenceFixture.rows(database, "SELECT id, name, amount FROM t ORDER BY id") == [["1", "ann", "10.50"], ["3", "cy", "3.25"]])
        #expect(try PersistenceFixture.rows(database, "SELECT k, d FROM u ORDER BY k") == [["1", "2024-01-02"], ["2", "2024-01-03"], ["3", "2024-01-04"]])
        try PersistenceFixture.run(database, "INSERT INTO t VALUES (4, 'dee', 1.00)")
        #expect(fixture.files.contains("table-4.tbl"))
        #expect(fixture.files.contains { $0.hasPrefix("pack-") })
        let reopened = try fixture.open()
        #expect(try PersistenceFixture.rows(reopened, "SELECT count(*), sum(amount) FROM t") == [["3", "14.75"]])
        #expect(try PersistenceFixture.rows(reopened, "SELECT count(*) FROM u") == [["3"]])
    }
}
