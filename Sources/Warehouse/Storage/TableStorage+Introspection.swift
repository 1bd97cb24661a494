/// What the storage of a table holds, for system views (SVV_TABLE_INFO, STV_BLOCKLIST,
/// STV_TBL_PERM, SVV_DISKUSAGE) and tests: every slice counts, ALL copies included.
extension TableStorage {
    /// Rows stored on each slice, deleted-but-not-vacuumed rows included (STV_TBL_PERM.rows).
    public var rowsPerSlice: [Int] { slices.map(\.rowCount) }

    /// Rows of each slice's sorted region (STV_TBL_PERM.sorted_rows).
    public var sortedRowsPerSlice: [Int] { slices.map(\.sortedRowCount) }

    /// Rows marked deleted on each slice, waiting for VACUUM.
    public var deletedRowsPerSlice: [Int] { slices.map(\.deletedCount) }

    /// Rows in unsorted regions (one copy of an ALL table).
    public var unsortedRowCount: Int { readSlices.reduce(0) { $0 + slices[$1].rowCount - slices[$1].sortedRowCount } }

    /// Rows marked deleted (one copy of an ALL table).
    public var deletedRowCount: Int { readSlices.reduce(0) { $0 + slices[$1].deletedCount } }

    /// Percent of stored rows in unsorted regions (SVV_TABLE_INFO.unsorted); nil for a table
    /// without a sort key or without rows.
    public var unsortedPercent: Double? {
        guard layout.hasSortKey, storedRowCount > 0 else { return nil }
        return 100 * Double(unsortedRowCount) / Double(storedRowCount)
    }

    /// Rows on the fullest slice over rows on the emptiest (SVV_TABLE_INFO.skew_rows); nil for
    /// ALL, whose copies are not spread, and for an empty table. An empty slice counts as one
    /// row so that the ratio stays finite.
    public var skewRows: Double? {
        guard distribution.placement != .all, let most = rowsPerSlice.max(), most > 0, let least = rowsPerSlice.min() else {
            return nil
        }
        return Double(most) / Double(max(least, 1))
    }

    /// The blocks of column `column` on slice `slice`, in row order (STV_BLOCKLIST).
    public func blocks(column: Int, slice: Int) -> [StorageBlock] {
        guard slices.indices.contains(slice), layout.types.indices.contains(column) else { return [] }
        return slices[slice].columns[column]
    }

    /// The blocks of slice `slice`'s deletion marks (the hidden DELETE_XID column): the rows
    /// each covers and how many of them are deleted.
    public func deletionBlocks(slice: Int) -> [(rows: Range<Int>, deletedRows: Int)] {
        guard slices.indices.contains(slice) else { return [] }
        return slices[slice].deletions.map { ($0.firstRow..<$0.firstRow + $0.rowCount, $0.deletedCount) }
    }

    /// Blocks of every column on every slice: the table's size in blocks (SVV_TABLE_INFO.size
    /// counts these, 1 MB each).
    public var blockCount: Int { slices.reduce(0) { $0 + $1.columns.reduce(0) { $0 + $1.count } } }
}
