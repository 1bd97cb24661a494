/// One stored block as STV_BLOCKLIST and SVV_DISKUSAGE show it.
struct BlockRow {
    let table: UserTable
    let slice: Int
    /// Redshift's column number: user columns from 0, then the hidden columns (INSERT_XID,
    /// DELETE_XID, ROW_ID). The engine stores DELETE_XID (its deletion marks) as blocks and
    /// keeps no INSERT_XID or ROW_ID blocks, so only DELETE_XID's number appears after the user columns.
    let column: Int
    let blockNumber: Int
    let valueCount: Int
    let minimum: Int64?
    let maximum: Int64?
    /// Whether the block lies in its slice's unsorted region.
    let unsorted: Bool
}

/// The blocks of every user table, slice by slice and column by column, read from storage.
enum BlockListing {
    static func rows(in catalog: Catalog) -> [BlockRow] {
        UserTable.all(in: catalog).flatMap(rows(of:))
    }

    static func rows(of table: UserTable) -> [BlockRow] {
        let storage = table.table.storage
        let columnCount = table.table.definition.columns.count
        let sortedRows = storage.sortedRowsPerSlice
        var rows: [BlockRow] = []
        for slice in sortedRows.indices {
            for column in 0..<columnCount {
                for (number, block) in storage.blocks(column: column, slice: slice).enumerated() {
                    rows.append(BlockRow(table: table, slice: slice, column: column, blockNumber: number,
                                         valueCount: block.rowCount, minimum: ZoneMapInteger.value(block.zoneMap.minimum),
                                         maximum: ZoneMapInteger.value(block.zoneMap.maximum),
                                         unsorted: block.firstRow >= sortedRows[slice]))
                }
            }
            // DELETE_XID: Redshift numbers it after INSERT_XID. The engine keeps no transaction
            // ids, so its zone map values are NULL.
            for (number, block) in storage.deletionBlocks(slice: slice).enumerated() {
                rows.append(BlockRow(table: table, slice: slice, column: columnCount + 1, blockNumber: number,
                                     valueCount: block.rows.count, minimum: nil, maximum: nil,
                                     unsorted: block.rows.lowerBound >= sortedRows[slice]))
            }
        }
        return rows
    }
}

/// A zone map bound as the BIGINT `minvalue`/`maxvalue` of STV_BLOCKLIST: integers as they
/// are; dates as days and times and timestamps as microseconds from the engine's epoch;
/// DECIMAL as its unscaled integer; REAL and DOUBLE PRECISION truncated toward zero; BOOLEAN
/// as 0 or 1; strings as their first 8 bytes read as a big-endian integer (zero-padded), as
/// Redshift keeps the first 8 bytes of a string in its zone maps. Values out of range clamp.
enum ZoneMapInteger {
    static func value(_ datum: Datum) -> Int64? {
        switch datum {
        case .null: nil
        case .smallint(let value): Int64(value)
        case .integer(let value), .date(let value): Int64(value)
        case .bigint(let value), .time(let value), .timetz(let value), .timestamp(let value), .timestamptz(let value): value
        case .decimal(let value): Int64(clamping: value.unscaled)
        case .real(let value): clamped(Double(value))
        case .double(let value): clamped(value)
        case .boolean(let value): value ? 1 : 0
        case .string(let text): prefix(text)
        }
    }

    private static func clamped(_ value: Double) -> Int64 {
        guard !value.isNaN else { return Int64.max }
        if value >= 9.2e18 { return Int64.max }
        if value <= -9.2e18 { return Int64.min }
        return Int64(value)
    }

    private static func prefix(_ text: String) -> Int64 {
        var bits: UInt64 = 0
        var bytes = text.utf8.prefix(8).makeIterator()
        for _ in 0..<8 { bits = bits << 8 | UInt64(bytes.next() ?? 0) }
        return Int64(bitPattern: bits)
    }
}
