/// ANALYZE COMPRESSION's work for one column: encode a sample of its stored values with every
/// encoding its type takes, block by block as storage would, and suggest the one that stores
/// it in the fewest bytes.
///
/// LZO and ZSTD must inflate a whole block before any of its values can be read, while the
/// other encodings are read value by value (and BYTEDICT is scanned without decoding at all),
/// so their size counts `generalPurposePenalty` times when encodings are compared: a
/// general-purpose compressor is suggested only when it clearly beats the lightweight ones,
/// as on free text, and not for a low-cardinality column that BYTEDICT stores in one byte
/// per value. Sizes and the reduction reported are the real encoded byte counts.
public enum CompressionAnalysis {
    static let generalPurposePenalty = 3

    /// What the analysis suggests for one column and the estimated percent saved against the
    /// encoding it has now (0 when nothing beats it).
    public struct Suggestion: Sendable, Hashable {
        public var encoding: ColumnEncoding
        public var reductionPercent: Double
    }

    public static func suggest(for sample: ColumnVector, current: ColumnEncoding, blockBytes: Int) throws -> Suggestion {
        guard sample.count > 0 else { return Suggestion(encoding: current, reductionPercent: 0) }
        let currentBytes = try encodedBytes(sample, as: current, blockBytes: blockBytes)
        var best = (encoding: current, bytes: currentBytes, score: weighted(currentBytes, current))
        for candidate in ColumnEncoding.allCases where candidate != current && candidate.applies(to: sample.type) {
            let bytes = try encodedBytes(sample, as: candidate, blockBytes: blockBytes)
            let score = weighted(bytes, candidate)
            if score < best.score { best = (candidate, bytes, score) }
        }
        guard best.bytes < currentBytes else { return Suggestion(encoding: current, reductionPercent: 0) }
        return Suggestion(encoding: best.encoding, reductionPercent: 100 * Double(currentBytes - best.bytes) / Double(currentBytes))
    }

    /// Bytes `vector` takes encoded as `encoding`, cut into blocks of `blockBytes` RAW bytes
    /// (so per-block dictionaries see what a stored block would hold).
    public static func encodedBytes(_ vector: ColumnVector, as encoding: ColumnEncoding, blockBytes: Int) throws -> Int {
        var total = 0, start = 0
        while start < vector.count {
            let rows = StoredWidth.rowsFitting(vector, from: start, bytes: blockBytes)
            total += try encoding.encode(start == 0 && rows == vector.count ? vector : vector.sliced(start..<start + rows)).count
            start += rows
        }
        return total
    }

    private static func weighted(_ bytes: Int, _ encoding: ColumnEncoding) -> Int {
        encoding == .lzo || encoding == .zstd ? bytes * generalPurposePenalty : bytes
    }
}
