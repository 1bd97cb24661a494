/// SVV_DISKUSAGE: STV_TBL_PERM joined to STV_BLOCKLIST, one row per block with its table's
/// name and database.
struct SVVDiskUsage: SystemRelation {
    let name = "svv_diskusage"
    let columns = [
        SystemColumn("db_id", .integer), SystemColumn("name", .char(length: 72)), SystemColumn("slice", .integer),
        SystemColumn("col", .integer), SystemColumn("tbl", .integer), SystemColumn("blocknum", .integer),
        SystemColumn("num_values", .integer), SystemColumn("minvalue", .bigint), SystemColumn("maxvalue", .bigint),
        SystemColumn("sb_pos", .integer), SystemColumn("pinned", .integer), SystemColumn("on_disk", .integer),
        SystemColumn("modified", .integer), SystemColumn("hdr_modified", .integer), SystemColumn("unsorted", .integer),
        SystemColumn("tombstone", .integer), SystemColumn("preferred_diskno", .integer), SystemColumn("temporary", .integer),
        SystemColumn("newblock", .integer),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        let database = SystemValues.databaseID(state.database)
        return try SystemRelations.vectors(columns, BlockListing.rows(in: state.catalog).enumerated().map { position, block in
            [.integer(database), .string(CharColumn.fit(block.table.name, 72)), .integer(Int32(block.slice)),
             .integer(Int32(block.column)), .integer(block.table.id), .integer(Int32(clamping: block.blockNumber)),
             .integer(Int32(clamping: block.valueCount))] + BlockListing.zoneAndState(block, position: position)
        })
    }
}
