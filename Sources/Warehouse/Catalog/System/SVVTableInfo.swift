/// SVV_TABLE_INFO: one row per user table that holds rows (Redshift leaves empty tables out),
/// every figure measured on the table's storage: its blocks, its slices' row counts, its
/// sorted and unsorted regions and the statistics ANALYZE left.
struct SVVTableInfo: SystemRelation {
    let name = "svv_table_info"
    let columns = [
        SystemColumn("database", .varchar(length: 256)), SystemColumn("schema", .varchar(length: 256)),
        SystemColumn("table_id", .integer), SystemColumn("table", .varchar(length: 256)),
        SystemColumn("encoded", .varchar(length: 256)), SystemColumn("diststyle", .varchar(length: 256)),
        SystemColumn("sortkey1", .varchar(length: 256)), SystemColumn("max_varchar", .integer),
        SystemColumn("sortkey1_enc", .char(length: 32)), SystemColumn("sortkey_num", .integer),
        SystemColumn("size", .bigint), SystemColumn("pct_used", .decimal(precision: 10, scale: 4)),
        SystemColumn("empty", .bigint), SystemColumn("unsorted", .decimal(precision: 5, scale: 2)),
        SystemColumn("stats_off", .decimal(precision: 5, scale: 2)), SystemColumn("tbl_rows", .decimal(precision: 38, scale: 0)),
        SystemColumn("skew_sortkey1", .decimal(precision: 19, scale: 2)), SystemColumn("skew_rows", .decimal(precision: 19, scale: 2)),
        SystemColumn("estimated_visible_rows", .decimal(precision: 38, scale: 0)), SystemColumn("risk_event", .varchar(length: 256)),
        SystemColumn("vacuum_sort_benefit", .decimal(precision: 12, scale: 2)), SystemColumn("create_time", .timestamp),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        let configuration = state.catalog.storageConfiguration
        let rows = UserTable.all(in: state.catalog).filter { $0.table.storage.storedRowCount > 0 }.map { table -> [Datum] in
            let definition = table.table.definition, storage = table.table.storage
            let blocks = BlockListing.rows(of: table)
            let size = blocks.count
            let sortColumn = storage.layout.sortColumns.first
            let encodings = definition.columns.map { ColumnEncodingName.of($0, in: definition) }
            let maxVarchar = definition.columns.compactMap { column -> Int? in
                if case .varchar(let length) = column.type { return length }
                return nil
            }.max() ?? 0
            return [
                .string(state.database), .string(table.schema), .integer(table.id), .string(table.name),
                .string(encodings.contains { $0 != "none" } ? "Y" : "N"),
                .string(storage.distribution.label(columnNames: table.columnNames)),
                sortKey1(definition, sortColumn: sortColumn), .integer(Int32(clamping: maxVarchar)),
                sortColumn.map { .string(CharColumn.fit(encodings[$0], 32)) } ?? .null,
                .integer(Int32(storage.layout.sortColumns.count)), .bigint(Int64(size)),
                SystemValues.numeric(100 * Double(size) * Double(configuration.blockBytes) / Double(configuration.shape.capacityBytes),
                                     scale: 4),
                .bigint(0), SystemValues.numeric(storage.unsortedPercent, scale: 2),
                SystemValues.numeric(table.table.statsOff, scale: 2), SystemValues.count(storage.storedRowCount),
                SystemValues.numeric(sortColumn.flatMap { sortKeySkew(blocks, sortColumn: $0) }, scale: 2),
                SystemValues.numeric(storage.skewRows, scale: 2), SystemValues.count(storage.rowCount), .null,
                SystemValues.numeric(sortColumn.flatMap { vacuumSortBenefit(blocks, sortColumn: $0) }, scale: 2),
                definition.createdAt.map(Datum.timestamp) ?? .null,
            ]
        }
        return try SystemRelations.vectors(columns, rows)
    }

    /// The first sort key column, or `INTERLEAVED` for an interleaved key, as Redshift prints
    /// it; `AUTO(SORTKEY)` for SORTKEY AUTO; NULL without a sort key.
    private func sortKey1(_ definition: TableDefinition, sortColumn: Int?) -> Datum {
        if let sortColumn {
            return .string(definition.sortKeyStyle == .interleaved ? "INTERLEAVED" : definition.columns[sortColumn].name)
        }
        return definition.sortKeyAuto ? .string("AUTO(SORTKEY)") : .null
    }

    /// The size of the largest column that is not the first sort key column over the size of
    /// the first sort key column, both in blocks (Redshift's `skew_sortkey1`): a sort key
    /// column much smaller than the others makes range-restricted scans read many blocks of
    /// the others per block skipped.
    private func sortKeySkew(_ blocks: [BlockRow], sortColumn: Int) -> Double? {
        var perColumn: [Int: Int] = [:]
        for block in blocks where block.column < block.table.table.definition.columns.count {
            perColumn[block.column, default: 0] += 1
        }
        guard let sortBlocks = perColumn[sortColumn], sortBlocks > 0 else { return nil }
        let largest = perColumn.filter { $0.key != sortColumn }.values.max() ?? sortBlocks
        return Double(largest) / Double(sortBlocks)
    }

    /// The percentage of the first sort key column's blocks that lie in unsorted regions: the
    /// blocks a scan restricted on the sort key cannot skip until VACUUM sorts them, the
    /// most a sort could save such a scan.
    private func vacuumSortBenefit(_ blocks: [BlockRow], sortColumn: Int) -> Double? {
        let sortBlocks = blocks.filter { $0.column == sortColumn }
        guard !sortBlocks.isEmpty else { return nil }
        return 100 * Double(sortBlocks.filter(\.unsorted).count) / Double(sortBlocks.count)
    }
}
