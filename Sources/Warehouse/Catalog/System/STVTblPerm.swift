/// STV_TBL_PERM: one row per user table per slice, with the rows stored there (deleted rows
/// included until VACUUM), the rows of its sorted region and its blocks.
struct STVTblPerm: SystemRelation {
    let name = "stv_tbl_perm"
    let columns = [
        SystemColumn("slice", .integer), SystemColumn("id", .integer), SystemColumn("name", .char(length: 72)),
        SystemColumn("rows", .bigint), SystemColumn("sorted_rows", .bigint), SystemColumn("temp", .integer),
        SystemColumn("db_id", .integer), SystemColumn("insert_pristine", .integer), SystemColumn("delete_pristine", .integer),
        SystemColumn("backup", .integer), SystemColumn("dist_style", .integer), SystemColumn("block_count", .integer),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        let database = SystemValues.databaseID(state.database)
        let rows = UserTable.all(in: state.catalog).flatMap { table -> [[Datum]] in
            let storage = table.table.storage, definition = table.table.definition
            var blocksPerSlice = [Int](repeating: 0, count: storage.rowsPerSlice.count)
            for block in BlockListing.rows(of: table) { blocksPerSlice[block.slice] += 1 }
            return storage.rowsPerSlice.indices.map { slice in
                // Pristine: no rows added to the unsorted region, or none deleted, since the last VACUUM.
                [.integer(Int32(slice)), .integer(table.id), .string(CharColumn.fit(table.name, 72)),
                 .bigint(Int64(storage.rowsPerSlice[slice])), .bigint(Int64(storage.sortedRowsPerSlice[slice])),
                 .integer(definition.temporary ? 1 : 0), .integer(database),
                 .integer(storage.rowsPerSlice[slice] == storage.sortedRowsPerSlice[slice] ? 1 : 0),
                 .integer(storage.deletedRowsPerSlice[slice] == 0 ? 1 : 0), .integer(definition.backup ? 1 : 0),
                 .integer(Self.distStyleCode(storage.distribution)), .integer(Int32(clamping: blocksPerSlice[slice]))]
            }
        }
        return try SystemRelations.vectors(columns, rows)
    }

    /// Redshift's numbering of distribution styles: 0 EVEN, 1 KEY, 8 ALL, and 10, 11, 12 for
    /// AUTO(ALL), AUTO(EVEN), AUTO(KEY).
    static func distStyleCode(_ distribution: EffectiveDistribution) -> Int32 {
        switch (distribution.placement, distribution.automatic) {
        case (.even, false): 0
        case (.key, false): 1
        case (.all, false): 8
        case (.all, true): 10
        case (.even, true): 11
        case (.key, true): 12
        }
    }
}
