import Testing
@testable import Warehouse

/// Sealed blocks hold their column's encoded bytes, fill up to the block size in encoded
/// bytes, and queries see the same rows whatever the encodings.
@Suite struct EncodedStorageTests {
    static let columns = "id BIGINT, qty INT, city VARCHAR(20), note VARCHAR(60), price DECIMAL(10,2), day DATE, flag BOOLEAN"
    static let fill = """
        INSERT INTO %@ SELECT n, n % 7, 'city ' || (n % 10), 'order ' || n || ' shipped late again', n * 1.25,
               DATE '2024-01-01' + (n / 100), n % 3 = 0 FROM (\(StorageFixture.numbers)) AS numbers ORDER BY n
        """

    private func load(_ fixture: StorageFixture, _ table: String, encodings: String?) throws {
        let declared = encodings.map { _ in
            "id BIGINT ENCODE delta, qty INT ENCODE mostly8, city VARCHAR(20) ENCODE bytedict, note VARCHAR(60) ENCODE text255, "
                + "price DECIMAL(10,2) ENCODE zstd, day DATE ENCODE runlength, flag BOOLEAN ENCODE runlength"
        }
        let raw = "id BIGINT ENCODE raw, qty INT ENCODE raw, city VARCHAR(20) ENCODE raw, note VARCHAR(60) ENCODE raw, "
            + "price DECIMAL(10,2) ENCODE raw, day DATE ENCODE raw, flag BOOLEAN ENCODE raw"
        try fixture.run("CREATE TABLE \(table) (\(declared ?? raw))")
        try fixture.run(Self.fill.replacingOccurrences(of: "%@", with: table))
    }

    private func rows(_ fixture: StorageFixture, _ sql: String) throws -> [[Datum]] {
        try fixture.run(sql).last?.batches.flatMap { batch in
            let compact = batch.compacted()
            return (0..<compact.count).map { row in compact.columns.map { $0.datum(at: row) } }
        } ?? []
    }

    @Test func queriesSeeTheSameRowsWithAndWithoutEncodings() throws {
        let fixture = try StorageFixture()
        try load(fixture, "plain", encodings: nil)
        try load(fixture, "packed", encodings: "declared")
        try fixture.run("CREATE TABLE auto (\(Self.columns))")
        try fixture.run(Self.fill.replacingOccurrences(of: "%@", with: "auto"))
        let queries = [
            "SELECT * FROM %@ ORDER BY id",
            "SELECT city, count(*), sum(price), min(day), max(note) FROM %@ GROUP BY city ORDER BY city",
            "SELECT id, note FROM %@ WHERE qty = 3 AND day BETWEEN DATE '2024-01-20' AND DATE '2024-02-10' AND flag ORDER BY id",
        ]
        for query in queries {
            let expected = try rows(fixture, query.replacingOccurrences(of: "%@", with: "plain"))
            #expect(!expected.isEmpty)
            for table in ["packed", "auto"] {
                #expect(try rows(fixture, query.replacingOccurrences(of: "%@", with: table)) == expected, "\(query) on \(table)")
            }
        }
    }

    @Test func sealedBlocksAreEncodedAndHoldMoreRows() throws {
        let fixture = try StorageFixture()
        try load(fixture, "plain", encodings: nil)
        try load(fixture, "packed", encodings: "declared")
        let plain = try fixture.storage("plain"), packed = try fixture.storage("packed")
        // Every column but the flag, whose short runs RUNLENGTH cannot shrink.
        for column in 0..<6 {
            let blocks = (0..<4).flatMap { packed.blocks(column: column, slice: $0) }
            #expect(blocks.allSatisfy { !$0.isRaw }, "column \(column)")
            #expect(blocks.allSatisfy { $0.storedBytes <= 1024 })
            let plainBlocks = (0..<4).reduce(0) { $0 + plain.blocks(column: column, slice: $1).count }
            #expect(blocks.count * 2 < plainBlocks, "column \(column): \(blocks.count) encoded blocks vs \(plainBlocks) RAW")
            #expect(packed.storedBytes(column: column) * 2 < plain.storedBytes(column: column))
        }
        #expect(packed.storedBytesPerColumn.count == 7)
    }

    @Test func aSmallTableIsStoredEncodedToo() throws {
        let database = Database()
        _ = try database.execute("CREATE TABLE t (id INT, city VARCHAR(10) ENCODE bytedict, ok BOOLEAN)")
        _ = try database.execute("INSERT INTO t VALUES (1, 'oslo', true), (2, 'oslo', NULL), (3, NULL, false)")
        _ = try database.execute("INSERT INTO t VALUES (4, 'rome', true)")
        let storage = try #require(database.storedTable(named: "t")).storage
        let payloads = try (0..<3).flatMap { column in try storage.blocks(column: column, slice: 0).map { try $0.payload() } }
        #expect(payloads.count == 3)
        guard case .encoded(let id) = payloads[0], case .encoded(let city) = payloads[1], case .raw = payloads[2] else {
            Issue.record("INTEGER (AZ64) and BYTEDICT blocks should be encoded, BOOLEAN (RAW) not")
            return
        }
        #expect(id.encoding == .az64 && id.count == 4)
        #expect(city.encoding == .bytedict && city.count == 4)
        let cities = try database.execute("SELECT city FROM t ORDER BY id").last?.batches.flatMap { $0.compacted().columns[0].datums }
        #expect(cities == [.string("oslo"), .string("oslo"), .null, .string("rome")])
    }

    @Test func smallLoadsDeletesAndVacuumKeepTheRows() throws {
        let fixture = try StorageFixture()
        try load(fixture, "packed", encodings: "declared")
        for batch in 0..<5 {
            try fixture.run("INSERT INTO packed SELECT n + 10000 + \(batch * 1000), 1, 'city x', 'late', 1.00, DATE '2025-01-01', true FROM (\(StorageFixture.numbers)) AS numbers WHERE n < 1000")
        }
        try fixture.run("DELETE FROM packed WHERE id % 5 = 0")
        #expect(try fixture.count("SELECT count(*) FROM packed") == 12_000)
        #expect(try fixture.count("SELECT sum(qty) FROM packed WHERE city = 'city x'") == 4000)
        try fixture.run("VACUUM packed")
        #expect(try fixture.count("SELECT count(*) FROM packed") == 12_000)
        #expect(try fixture.count("SELECT count(*) FROM packed WHERE note LIKE '%shipped late again'") == 8000)
        #expect(try fixture.storage("packed").deletedRowCount == 0)
    }
}
