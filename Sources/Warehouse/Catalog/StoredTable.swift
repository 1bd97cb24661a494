/// A table in the catalog: its declaration, its rows, and the statistics ANALYZE gathered.
public struct StoredTable: Sendable {
    public var definition: TableDefinition
    public var storage: TableStorage
    /// What the last ANALYZE found; nil until the table is analyzed.
    public var statistics: TableStatistics?
    /// Which version of the table this is: the catalog gives each table it stores a new
    /// generation, so a commit rewrites only tables whose generation it has not written yet.
    public internal(set) var generation: UInt64 = 0

    public init(definition: TableDefinition, configuration: StorageConfiguration) {
        self.definition = definition
        storage = TableStorage(layout: TableLayout(definition), configuration: configuration)
    }

    /// How stale the statistics are, 0 (current) to 100 (out of date), as SVV_TABLE_INFO's
    /// `stats_off`: the rows inserted or deleted since ANALYZE against the larger of the row
    /// counts then and now; 100 for a table holding rows that was never analyzed.
    public var statsOff: Double {
        guard let statistics else { return storage.rowCount > 0 ? 100 : 0 }
        let changed = storage.modifiedRows - statistics.modifiedRowsAtAnalyze
        guard changed > 0 else { return 0 }
        return min(100, 100 * Double(changed) / Double(max(storage.rowCount, statistics.rowCount, 1)))
    }
}
