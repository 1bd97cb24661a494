/// One block of one column on one slice: its payload, the rows it covers and its zone map.
/// Blocks are immutable values; changing a table replaces blocks, so a copy of the catalog
/// (a transaction's rollback point) shares every block it did not change.
public struct StorageBlock: Sendable {
    public let payload: BlockPayload
    /// The slice row number of the block's first row.
    public let firstRow: Int
    public let rowCount: Int
    public let zoneMap: ZoneMap

    init(_ vector: ColumnVector, firstRow: Int) {
        payload = .raw(vector)
        self.firstRow = firstRow
        rowCount = vector.count
        zoneMap = ZoneMap(vector)
    }

    public var rows: Range<Int> { firstRow..<firstRow + rowCount }

    /// Cuts `vector` into blocks of at most `blockBytes` stored bytes, numbering rows from `firstRow`.
    static func blocks(of vector: ColumnVector, firstRow: Int, blockBytes: Int) -> [StorageBlock] {
        var blocks: [StorageBlock] = []
        var start = 0
        while start < vector.count {
            let count = StoredWidth.rowsFitting(vector, from: start, blockBytes: blockBytes)
            blocks.append(StorageBlock(vector.sliced(start..<start + count), firstRow: firstRow + start))
            start += count
        }
        return blocks
    }
}
