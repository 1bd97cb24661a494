/// A block of deletion marks for consecutive slice rows: Redshift's hidden DELETE_XID column,
/// where DELETE and UPDATE mark rows instead of rewriting them; VACUUM removes marked rows.
struct DeletionBlock: Sendable {
    let firstRow: Int
    let rowCount: Int
    /// One bit per row, set when deleted; empty while no row of the block is deleted.
    private(set) var words: [UInt64] = []
    private(set) var deletedCount = 0

    init(firstRow: Int, rowCount: Int) {
        self.firstRow = firstRow
        self.rowCount = rowCount
    }

    /// A block with the marks `words` (empty for none), as a database file keeps it.
    init(firstRow: Int, rowCount: Int, words: [UInt64]) {
        self.init(firstRow: firstRow, rowCount: rowCount)
        self.words = words
        deletedCount = words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// Rows per block: the 8-byte transaction id Redshift keeps per row.
    static func capacity(blockBytes: Int) -> Int { max(blockBytes / 8, 1) }

    func isDeleted(_ row: Int) -> Bool {
        let offset = row - firstRow
        return !words.isEmpty && words[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// Marks a row of the block; returns whether it was live before.
    mutating func markDeleted(_ row: Int) -> Bool {
        if words.isEmpty { words = Array(repeating: 0, count: (rowCount + 63) >> 6) }
        let offset = row - firstRow, bit: UInt64 = 1 << UInt64(offset & 63)
        guard words[offset >> 6] & bit == 0 else { return false }
        words[offset >> 6] |= bit
        deletedCount += 1
        return true
    }

    /// A block covering the same rows plus `extra` more live rows.
    func extended(by extra: Int) -> DeletionBlock {
        var block = DeletionBlock(firstRow: firstRow, rowCount: rowCount + extra)
        if !words.isEmpty {
            block.words = words + Array(repeating: 0, count: (block.rowCount + 63) / 64 - words.count)
            block.deletedCount = deletedCount
        }
        return block
    }
}
