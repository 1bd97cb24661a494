/// STV_BLOCKLIST: one row per stored block of every user table, with its zone map bounds
/// (see `ZoneMapInteger` for how each type becomes a BIGINT) and whether it lies in the
/// unsorted region. Columns about the disk cache the engine has no equivalent of (pinned,
/// modified, num_readers ...) show the value of a block at rest: on disk, not pinned, not modified.
struct STVBlocklist: SystemRelation {
    let name = "stv_blocklist"
    let columns = [
        SystemColumn("slice", .integer), SystemColumn("col", .integer), SystemColumn("tbl", .integer),
        SystemColumn("blocknum", .integer), SystemColumn("num_values", .integer), SystemColumn("extended_limits", .integer),
        SystemColumn("minvalue", .bigint), SystemColumn("maxvalue", .bigint), SystemColumn("sb_pos", .integer),
        SystemColumn("pinned", .integer), SystemColumn("on_disk", .integer), SystemColumn("modified", .integer),
        SystemColumn("hdr_modified", .integer), SystemColumn("unsorted", .integer), SystemColumn("tombstone", .integer),
        SystemColumn("preferred_diskno", .integer), SystemColumn("temporary", .integer), SystemColumn("newblock", .integer),
        SystemColumn("num_readers", .integer), SystemColumn("flags", .integer),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, BlockListing.rows(in: state.catalog).enumerated().map { position, block in
            [.integer(Int32(block.slice)), .integer(Int32(block.column)), .integer(block.table.id),
             .integer(Int32(clamping: block.blockNumber)), .integer(Int32(clamping: block.valueCount)), .integer(0)]
                + BlockListing.zoneAndState(block, position: position) + [.integer(0), .integer(0)]
        })
    }
}

extension BlockListing {
    /// The columns STV_BLOCKLIST and SVV_DISKUSAGE share from `minvalue` to `newblock`.
    /// `sb_pos` (the block's place in the slice's superblock) is the block's position in the listing.
    static func zoneAndState(_ block: BlockRow, position: Int) -> [Datum] {
        [block.minimum.map(Datum.bigint) ?? .null, block.maximum.map(Datum.bigint) ?? .null,
         .integer(Int32(clamping: position)), .integer(0), .integer(1), .integer(0), .integer(0),
         .integer(block.unsorted ? 1 : 0), .integer(0), .integer(0),
         .integer(block.table.table.definition.temporary ? 1 : 0), .integer(0)]
    }
}
