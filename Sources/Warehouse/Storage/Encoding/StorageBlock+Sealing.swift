/// Sealing: at the end of each load, a column's new rows are cut into blocks whose *encoded*
/// size fills the block (Redshift's 1 MB is of compressed bytes, so a well-compressed column
/// holds more rows per block), and every block is written encoded, the last one included, as
/// Redshift writes a load's blocks at commit. The next load into the region decodes that
/// last block if it has room and writes it again with its own rows after.
///
/// Encoding is the expensive part of a load, so each block is encoded about once: its row
/// count is predicted from the encoded bytes per row of the block before it (for the first
/// block, of a sample of rows), and any fill from 7/8 of the block size up to the whole
/// block is accepted — nobody can tell a 0.9 MB block from a 0.95 MB one. Only a block that
/// overflows, or falls short of the window, is encoded again with a corrected row count.
extension StorageBlock {
    /// Whether loads still add rows to this block when it ends its region: a RAW block with
    /// room left, or an encoded one below the smallest accepted fill. A block filled to the
    /// window is never rewritten.
    func isOpen(blockBytes: Int) -> Bool {
        storedBytes < (isRaw ? blockBytes : Self.minimumFill(blockBytes))
    }

    /// The smallest encoded size a sealed block (other than a load's last) is accepted at.
    private static func minimumFill(_ blockBytes: Int) -> Int { blockBytes - blockBytes / 8 }

    /// The encoded size row counts are predicted for: the middle of the accepted window, so
    /// that a block a little denser or sparser than the last one still lands in it.
    private static func aim(_ blockBytes: Int) -> Int { blockBytes - blockBytes / 16 }

    static func sealed(_ vector: ColumnVector, firstRow: Int, encoding: ColumnEncoding, blockBytes: Int) throws -> [StorageBlock] {
        guard encoding != .raw else { return blocks(of: vector, firstRow: firstRow, blockBytes: blockBytes) }
        var blocks: [StorageBlock] = []
        var start = 0
        var bytesPerRow: Double?
        while start < vector.count {
            let guess = try bytesPerRow.map { Int(Double(aim(blockBytes)) / $0) }
                ?? firstGuess(vector, from: start, encoding: encoding, blockBytes: blockBytes)
            let (values, bytes) = try fill(vector, from: start, guess: guess, encoding: encoding, blockBytes: blockBytes)
            blocks.append(StorageBlock(payload: .encoded(EncodedValues(encoding: encoding, type: vector.type, count: values.count, bytes: bytes)),
                                       firstRow: firstRow + start, rowCount: values.count, zoneMap: ZoneMap(values)))
            start += values.count
            bytesPerRow = Double(max(bytes.count, 1)) / Double(values.count)
        }
        return blocks
    }

    /// Rows of the first block: every row left when their RAW form fits a block (encoding
    /// rarely grows values), else as many as a sample of rows encodes to a block's worth of.
    private static func firstGuess(_ vector: ColumnVector, from start: Int, encoding: ColumnEncoding, blockBytes: Int) throws -> Int {
        let rawRows = StoredWidth.rowsFitting(vector, from: start, bytes: aim(blockBytes))
        let left = vector.count - start
        guard rawRows < left else { return left }
        let sampleRows = max(rawRows / 8, 1)
        let sampleBytes = try encoding.encode(vector.sliced(start..<start + sampleRows)).count
        return sampleRows * aim(blockBytes) / max(sampleBytes, 1)
    }

    /// The rows from `start` that make one block, and their encoding: `guess` rows, corrected
    /// by the encoded size when it misses the window (a few times), then halved until the block
    /// fits; the rows left over may make a short last block. One row always gets a block.
    private static func fill(_ vector: ColumnVector, from start: Int, guess: Int, encoding: ColumnEncoding,
                             blockBytes: Int) throws -> (values: ColumnVector, bytes: [UInt8]) {
        let left = vector.count - start
        var rows = min(max(guess, 1), left)
        var values = vector.sliced(start..<start + rows)
        var bytes = try encoding.encode(values)
        for _ in 0..<4 {
            let scaled = Int(Double(rows) * Double(aim(blockBytes)) / Double(max(bytes.count, 1)))
            let next: Int
            if bytes.count > blockBytes {
                next = max(1, min(rows - 1, scaled))
            } else if bytes.count < minimumFill(blockBytes), rows < left {
                next = min(left, max(rows + 1, scaled))
            } else {
                break
            }
            guard next != rows else { break }
            rows = next
            values = vector.sliced(start..<start + rows)
            bytes = try encoding.encode(values)
        }
        while bytes.count > blockBytes, rows > 1 {
            rows /= 2
            values = vector.sliced(start..<start + rows)
            bytes = try encoding.encode(values)
        }
        return (values, bytes)
    }
}
