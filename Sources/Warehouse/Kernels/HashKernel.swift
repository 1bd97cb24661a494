/// 64-bit hashes of rows over one or several columns, for hash joins, hash aggregation and
/// DISTKEY slice assignment. The hash is deterministic (not Swift's per-process seeded
/// `Hasher`), so a row lands on the same slice in every run and in stored data.
///
/// Values equal under SQL comparison hash equal within a type: CHAR/VARCHAR trailing blanks are
/// ignored, -0.0 hashes as 0.0 and every NaN alike. NULL hashes to a fixed value (GROUP BY
/// puts NULLs together; joins drop them before probing).
public enum HashKernel: Sendable {
    /// One hash per row in play: every row, or the selected rows in selection order.
    public static func hash(_ columns: [ColumnVector], selection: SelectionVector? = nil) throws -> [UInt64] {
        guard let first = columns.first else { return [] }
        guard columns.allSatisfy({ $0.count == first.count }) else {
            throw SQLError(SQLState.internalError, "kernel inputs differ in length")
        }
        if let selection, selection.indices.contains(where: { Int($0) >= first.count }) {
            throw SQLError(SQLState.internalError, "selection names a row beyond the vector's \(first.count) rows")
        }
        let rows = selection.map { $0.indices.map(Int.init) } ?? Array(0..<first.count)
        var hashes = [UInt64](repeating: seed, count: rows.count)
        for column in columns {
            switch column.storage {
            case .int16(let values): combine(&hashes, rows, values) { UInt64(bitPattern: Int64($0)) }
            case .int32(let values): combine(&hashes, rows, values) { UInt64(bitPattern: Int64($0)) }
            case .int64(let values): combine(&hashes, rows, values) { UInt64(bitPattern: $0) }
            case .int128(let values):
                combine(&hashes, rows, values) { UInt64(truncatingIfNeeded: $0) ^ mix(UInt64(truncatingIfNeeded: $0 >> 64)) }
            case .float32(let values): combine(&hashes, rows, values) { canonicalBits(Double($0)) }
            case .float64(let values): combine(&hashes, rows, values) { canonicalBits($0) }
            case .boolean(let values): combine(&hashes, rows, values) { $0 ? 1 : 0 }
            case .string(let values):
                combine(&hashes, rows, values) { bytes in bytesHash(bytes.prefix(StringFitting.trimmedLength(bytes))) }
            }
        }
        return hashes
    }

    @usableFromInline static let seed: UInt64 = 0x243F_6A88_85A3_08D3
    @usableFromInline static let nullHash: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inlinable
    static func combine<Source: ColumnReading>(_ hashes: inout [UInt64], _ rows: [Int], _ source: Source,
                                               _ valueHash: (Source.Element) -> UInt64) {
        let validity = source.validity
        for (position, row) in rows.enumerated() {
            let value = validity.isValid(row) ? valueHash(source.element(row)) : nullHash
            hashes[position] = mix(hashes[position] &* 0x100_0000_01B3 ^ mix(value))
        }
    }

    /// The SplitMix64 finaliser: every input bit affects every output bit.
    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable
    static func canonicalBits(_ value: Double) -> UInt64 {
        if value.isNaN { return Double.nan.bitPattern }
        return value == 0 ? 0 : value.bitPattern
    }

    /// FNV-1a over the bytes, finished with `mix`.
    @inlinable
    static func bytesHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return mix(hash ^ UInt64(bytes.count))
    }
}
