import Synchronization

/// One block of one column on one slice: its payload, the rows it covers and its zone map.
/// Blocks are immutable values; changing a table replaces blocks, so a copy of the catalog
/// (a transaction's rollback point) shares every block it did not change.
public struct StorageBlock: Sendable {
    /// Names the block's payload within the process, so a commit writes only payloads it has
    /// not written before (a block is immutable, and a copy of it is the same block).
    let id: UInt64
    private let source: Source
    /// The slice row number of the block's first row.
    public let firstRow: Int
    public let rowCount: Int
    public let zoneMap: ZoneMap
    /// Bytes the payload occupies on disk, and whether it is RAW: known without reading a
    /// payload still in its pack.
    public let storedBytes: Int
    public let isRaw: Bool
    /// Where an encoded (or not yet read) block keeps its decoded values; RAW blocks in memory
    /// hold theirs already.
    private let decodedCache: DecodedBlockCache?

    /// The payload in memory, or where it lies in a block pack: a database opened from disk
    /// reads a block's payload when a scan first needs it.
    private enum Source: Sendable {
        case memory(BlockPayload)
        case pack(StoredPayload)
    }

    init(_ vector: ColumnVector, firstRow: Int) {
        self.init(payload: .raw(vector), firstRow: firstRow, rowCount: vector.count, zoneMap: ZoneMap(vector))
    }

    /// A block as a load sealed it; an encoded one is decoded when a scan first reads it.
    init(payload: BlockPayload, firstRow: Int, rowCount: Int, zoneMap: ZoneMap) {
        id = Self.nextID.add(1, ordering: .relaxed).newValue
        source = .memory(payload)
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.zoneMap = zoneMap
        storedBytes = payload.storedBytes
        if case .raw = payload { isRaw = true } else { isRaw = false }
        decodedCache = isRaw ? nil : DecodedBlockCache()
    }

    /// A block read back from a table file, its payload still in its pack.
    init(stored: StoredPayload, firstRow: Int, rowCount: Int, zoneMap: ZoneMap, storedBytes: Int, isRaw: Bool) {
        id = Self.nextID.add(1, ordering: .relaxed).newValue
        source = .pack(stored)
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.zoneMap = zoneMap
        self.storedBytes = storedBytes
        self.isRaw = isRaw
        decodedCache = DecodedBlockCache()
    }

    /// The payload, read from its pack (and checked) when it is not in memory.
    public func payload() throws(SQLError) -> BlockPayload {
        switch source {
        case .memory(let payload): payload
        case .pack(let stored): try stored.read()
        }
    }

    /// The block's values as a typed vector, read and decoded at most once per block.
    func values() throws(SQLError) -> ColumnVector {
        guard let decodedCache else { return try payload().decode() }
        return try decodedCache.values { () throws(SQLError) in try payload() }
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
