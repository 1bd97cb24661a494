import Synchronization

/// One block of one column on one slice: its payload, the rows it covers and its zone map.
/// Blocks are immutable values; changing a table replaces blocks, so a copy of the catalog
/// (a transaction's rollback point) shares every block it did not change.
public struct StorageBlock: Sendable {
    /// Names the block's payload within the process, so a commit writes only payloads it has
    /// not written before (a block is immutable, and a copy of it is the same block).
    let id: UInt64
    public let payload: BlockPayload
    /// The slice row number of the block's first row.
    public let firstRow: Int
    public let rowCount: Int
    public let zoneMap: ZoneMap
    /// Where an encoded block keeps its decoded values; RAW blocks hold theirs already.
    private let decodedCache: DecodedBlockCache?

    init(_ vector: ColumnVector, firstRow: Int) {
        self.init(payload: .raw(vector), firstRow: firstRow, rowCount: vector.count, zoneMap: ZoneMap(vector))
    }

    /// A block as stored (sealed by a load, or read back from a database file); an encoded
    /// one is decoded when a scan first reads it.
    init(payload: BlockPayload, firstRow: Int, rowCount: Int, zoneMap: ZoneMap) {
        id = Self.nextID.add(1, ordering: .relaxed).newValue
        self.payload = payload
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.zoneMap = zoneMap
        if case .encoded = payload { decodedCache = DecodedBlockCache() } else { decodedCache = nil }
    }

    /// The block's values as a typed vector, decoded at most once per block.
    func values() throws(SQLError) -> ColumnVector {
        guard let decodedCache else { return try payload.decode() }
        return try decodedCache.values(of: payload)
    }

    /// `block` with `rows` after its own. Taking the block by value lets its buffers grow in
    /// place when nothing else holds them (the second and later appends of one statement; the
    /// first copies, as the statement's rollback point shares the block), and the zone map is
    /// widened by the new rows' alone: filling a block costs what the new rows cost.
    static func appending(_ rows: ColumnVector, to block: consuming StorageBlock) throws -> StorageBlock {
        let firstRow = block.firstRow, rowCount = block.rowCount + rows.count
        let zoneMap = block.zoneMap.merged(with: ZoneMap(rows))
        var builder = ColumnBuilder(continuing: try (consume block).values())
        try builder.append(rows)
        return StorageBlock(payload: .raw(builder.build()), firstRow: firstRow, rowCount: rowCount, zoneMap: zoneMap)
    }

    public var rows: Range<Int> { firstRow..<firstRow + rowCount }

    private static let nextID = Atomic<UInt64>(0)

    /// Cuts `vector` into blocks of at most `blockBytes` stored bytes, numbering rows from `firstRow`.
    static func blocks(of vector: ColumnVector, firstRow: Int, blockBytes: Int) -> [StorageBlock] {
        var blocks: [StorageBlock] = []
        var start = 0
        while start < vector.count {
            let count = StoredWidth.rowsFitting(vector, from: start, bytes: blockBytes)
            blocks.append(StorageBlock(vector.sliced(start..<start + count), firstRow: firstRow + start))
            start += count
        }
        return blocks
    }
}
