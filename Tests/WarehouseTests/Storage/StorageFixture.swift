@testable import Warehouse

/// A 4-slice database with small blocks (1 KB: 256 INTEGER values), so a few thousand
/// generated rows span many blocks per slice, and helpers to load and inspect tables.
struct StorageFixture {
    let database = Database(shape: .scratch, blockBytes: 1024)

    init() throws {
        _ = try database.execute("CREATE TABLE digits (d INT); INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)")
    }

    /// `SELECT` text yielding column `n` = 0..<10000 in order of the digits' cross product.
    static let numbers = "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM digits a, digits b, digits c, digits e"

    @discardableResult
    func run(_ sql: String) throws -> [StatementResult] { try database.execute(sql) }

    func count(_ sql: String) throws -> Int64 {
        switch try database.execute(sql).last?.batches.first?.compacted().columns[0].datum(at: 0) {
        case .bigint(let value)?: return value
        case .integer(let value)?: return Int64(value)
        default: return -1
        }
    }

    func storage(_ table: String) throws -> TableStorage {
        guard let stored = database.storedTable(named: table) else { throw SQLError(SQLState.undefinedTable, table) }
        return stored.storage
    }

    /// The values of `column` on each slice, read from its blocks.
    func values(_ table: String, column: Int) throws -> [[Datum]] {
        let storage = try storage(table)
        return try (0..<storage.configuration.shape.sliceCount).map { slice in
            try storage.blocks(column: column, slice: slice).flatMap { try $0.payload().decode().datums }
        }
    }

    /// Blocks read and skipped by the last statement's scans of `table`.
    func scanCounts(_ table: String) -> (read: Int, skipped: Int) {
        let scans = database.lastStatementScans.filter { $0.table == table }
        return (scans.reduce(0) { $0 + $1.blocksRead }, scans.reduce(0) { $0 + $1.blocksSkipped })
    }
}
