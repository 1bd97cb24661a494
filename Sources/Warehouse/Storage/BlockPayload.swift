/// The stored contents of one block. Today every block is RAW: the typed vector as it is.
/// Compression encodings add cases that hold encoded bytes and decode back to a vector, so
/// scans, zone maps and VACUUM never depend on how a block is encoded.
public enum BlockPayload: Sendable {
    case raw(ColumnVector)

    /// The block's values as a typed vector.
    public func decode() throws(SQLError) -> ColumnVector {
        switch self {
        case .raw(let vector): vector
        }
    }

    /// Bytes the payload occupies on disk: what fills a block up to its size.
    public var storedBytes: Int {
        switch self {
        case .raw(let vector): StoredWidth.rawBytes(vector)
        }
    }
}

/// How many bytes values of a type take uncompressed (RAW), as Redshift stores them: DECIMAL
/// up to 18 digits in 8 bytes and wider ones in 16; strings by their bytes.
public enum StoredWidth {
    /// The fixed width of a type's values; nil for CHAR and VARCHAR, which take their bytes.
    public static func bytes(of type: DataType) -> Int? {
        switch type {
        case .smallint: 2
        case .integer, .date, .real: 4
        case .bigint, .doublePrecision, .time, .timetz, .timestamp, .timestamptz: 8
        case .decimal(let precision, _): precision <= 18 ? 8 : 16
        case .boolean: 1
        case .char, .varchar: nil
        }
    }

    static func rawBytes(_ vector: ColumnVector) -> Int {
        if case .string(let strings) = vector.storage { return strings.bytes.count }
        return (bytes(of: vector.type) ?? 8) * vector.count
    }

    /// How many rows of `vector`, from `start`, fit in one block of `blockBytes` (at least one).
    static func rowsFitting(_ vector: ColumnVector, from start: Int, blockBytes: Int) -> Int {
        guard case .string(let strings) = vector.storage else {
            return min(max(blockBytes / (bytes(of: vector.type) ?? 8), 1), vector.count - start)
        }
        let limit = Int(strings.offsets[start]) + blockBytes
        var end = start + 1
        while end < vector.count, Int(strings.offsets[end + 1]) <= limit { end += 1 }
        return end - start
    }
}
