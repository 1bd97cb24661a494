/// The stored contents of one block: the typed vector as it is (a RAW column's blocks, and
/// the open last block of a region that loads still fill), or the bytes its column's
/// encoding made of it when it was sealed. Both decode to a vector, so scans, zone maps and
/// VACUUM never depend on how a block is encoded.
public enum BlockPayload: Sendable {
    case raw(ColumnVector)
    case encoded(EncodedValues)

    /// The block's values as a typed vector.
    public func decode() throws(SQLError) -> ColumnVector {
        switch self {
        case .raw(let vector): vector
        case .encoded(let values): try values.encoding.decode(values.bytes, type: values.type, count: values.count)
        }
    }

    /// Bytes the payload occupies on disk: what fills a block up to its size.
    public var storedBytes: Int {
        switch self {
        case .raw(let vector): StoredWidth.rawBytes(vector)
        case .encoded(let values): values.bytes.count
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

    /// How many rows of `vector`, from `start`, fit in `bytes` (at least one when `atLeastOne`:
    /// a value larger than a block still gets a block of its own).
    static func rowsFitting(_ vector: ColumnVector, from start: Int, bytes: Int, atLeastOne: Bool = true) -> Int {
        let fitting: Int
        if case .string(let strings) = vector.storage {
            let limit = Int(strings.offsets[start]) + bytes
            var end = start
            while end < vector.count, Int(strings.offsets[end + 1]) <= limit { end += 1 }
            fitting = end - start
        } else {
            fitting = min(max(bytes, 0) / (self.bytes(of: vector.type) ?? 8), vector.count - start)
        }
        return atLeastOne ? max(fitting, 1) : fitting
    }
}
