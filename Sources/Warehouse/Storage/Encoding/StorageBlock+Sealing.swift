/// Sealing: at the end of each load, a column's new rows are cut into blocks whose *encoded*
/// size fills the block (Redshift's 1 MB is of compressed bytes, so a well-compressed column
/// holds more rows per block), and every block is written encoded, the last one included, as
/// Redshift writes a load's blocks at commit. The next load into the region decodes that
/// last block if it has room and writes it again with its own rows after.
extension StorageBlock {
    /// Whether loads still add rows to this block when it ends its region: a RAW block with
    /// room left, or an encoded one below the sealing target. A block filled to the target is
    /// never rewritten.
    func isOpen(blockBytes: Int) -> Bool {
        if case .raw = payload { return payload.storedBytes < blockBytes }
        return payload.storedBytes < Self.sealingTarget(blockBytes)
    }

    /// The encoded size a sealed block aims for: its size less a sixteenth, so that a few
    /// rows more or less do not cost another round of encoding.
    private static func sealingTarget(_ blockBytes: Int) -> Int { blockBytes - blockBytes / 16 }

    static func sealed(_ vector: ColumnVector, firstRow: Int, encoding: ColumnEncoding, blockBytes: Int) throws -> [StorageBlock] {
        guard encoding != .raw else { return blocks(of: vector, firstRow: firstRow, blockBytes: blockBytes) }
        var blocks: [StorageBlock] = []
        var start = 0
        var estimate = StoredWidth.rowsFitting(vector, from: 0, bytes: blockBytes)
        while start < vector.count {
            let (rows, bytes) = try fill(vector, from: start, estimate: estimate, encoding: encoding, blockBytes: blockBytes)
            let values = vector.sliced(start..<start + rows)
            blocks.append(StorageBlock(encoded: EncodedValues(encoding: encoding, type: vector.type, count: rows, bytes: bytes),
                                       decoded: values, zoneMap: ZoneMap(values), firstRow: firstRow + start))
            start += rows
            estimate = rows
        }
        return blocks
    }

    /// How many rows from `start` to put in one block, and their encoding: starting from the
    /// previous block's row count, scaled by how far the encoded size falls from the block
    /// size a few times, then halved until it fits (one row always gets a block of its own).
    private static func fill(_ vector: ColumnVector, from start: Int, estimate: Int, encoding: ColumnEncoding,
                             blockBytes: Int) throws -> (rows: Int, bytes: [UInt8]) {
        let left = vector.count - start
        let target = sealingTarget(blockBytes)
        var rows = min(max(estimate, 1), left)
        var bytes = try encoding.encode(vector.sliced(start..<start + rows))
        for _ in 0..<6 {
            let scaled = rows * target / max(bytes.count, 1)
            let next: Int
            if bytes.count > blockBytes {
                next = max(1, min(rows - 1, scaled))
            } else if bytes.count < target, rows < left {
                next = min(left, max(rows + 1, scaled))
            } else {
                break
            }
            guard next != rows else { break }
            rows = next
            bytes = try encoding.encode(vector.sliced(start..<start + rows))
        }
        while bytes.count > blockBytes, rows > 1 {
            rows /= 2
            bytes = try encoding.encode(vector.sliced(start..<start + rows))
        }
        return (rows, bytes)
    }
}
