/// Accumulates a column: single values (boxed, for constants and tests), whole vectors, or
/// the rows of a vector named by a selection. Values must already have the column's type;
/// converting between types is the cast kernel's job.
public struct ColumnBuilder: Sendable {
    public let type: DataType
    private var storage: ColumnStorage

    public init(type: DataType) {
        self.type = type
        storage = ColumnStorage(emptyFor: type)
    }

    /// A builder that continues `vector`: appending grows its buffers in place when nothing
    /// else holds them, as storage does when it fills a table's last block.
    public init(continuing vector: ColumnVector) {
        type = vector.type
        storage = vector.storage
    }

    public var count: Int { storage.count }

    /// Appends one value. DECIMAL values are brought to the column's scale; strings are fitted
    /// to CHAR/VARCHAR as a stored value is (padding CHAR, rejecting values too long).
    public mutating func append(_ datum: Datum) throws {
        try appendStorage(CollectionOfOne(ColumnStorage(single: datum, type: type)))
    }

    /// Appends every row of `vector`, which must have this column's representation.
    public mutating func append(_ vector: ColumnVector) throws {
        try append(vector, rows: nil)
    }

    /// Appends the rows of `vector` that `rows` names (all rows when nil).
    public mutating func append(_ vector: ColumnVector, rows: SelectionVector?) throws {
        try append(contentsOf: [rows.map { vector.gathered($0) } ?? vector])
    }

    /// Appends every row of each vector in order. Room for all of them is reserved first, so
    /// a load's pieces are copied once, not again at every doubling of the buffers.
    public mutating func append(contentsOf vectors: [ColumnVector]) throws {
        for source in vectors where source.type.decimalScale != type.decimalScale {
            throw SQLError(SQLState.internalError,
                           "cannot append a \(source.type.sqlName) vector to a column of type \(type.sqlName)")
        }
        try appendStorage(vectors.map(\.storage))
    }

    public func build() -> ColumnVector {
        ColumnVector(uncheckedType: type, storage: storage)
    }

    private mutating func appendStorage(_ others: some Collection<ColumnStorage>) throws {
        guard let first = others.first else { return }
        guard others.allSatisfy({ storage.sameRepresentation(as: $0) }) else {
            throw SQLError(SQLState.internalError, "cannot append these values to a column of type \(type.sqlName)")
        }
        switch first {
        case .int16: extend(with: others, wrap: ColumnStorage.int16) { if case .int16(let v) = $0 { v } else { nil } }
        case .int32: extend(with: others, wrap: ColumnStorage.int32) { if case .int32(let v) = $0 { v } else { nil } }
        case .int64: extend(with: others, wrap: ColumnStorage.int64) { if case .int64(let v) = $0 { v } else { nil } }
        case .int128: extend(with: others, wrap: ColumnStorage.int128) { if case .int128(let v) = $0 { v } else { nil } }
        case .float32: extend(with: others, wrap: ColumnStorage.float32) { if case .float32(let v) = $0 { v } else { nil } }
        case .float64: extend(with: others, wrap: ColumnStorage.float64) { if case .float64(let v) = $0 { v } else { nil } }
        case .boolean: extend(with: others, wrap: ColumnStorage.boolean) { if case .boolean(let v) = $0 { v } else { nil } }
        case .string:
            // Row offsets are 32-bit: one column of one batch holds at most 4 GB of text.
            let total = others.reduce(storage.stringByteCount) { $0 + $1.stringByteCount }
            guard total <= Int(UInt32.max) else {
                throw SQLError(SQLState.programLimitExceeded,
                               "a \(type.sqlName) column cannot hold more than 4 GB of text in one operation (\(total) bytes)",
                               hint: "Load or insert the rows in smaller parts.")
            }
            extend(with: others, wrap: ColumnStorage.string) { if case .string(let v) = $0 { v } else { nil } }
        }
    }

    /// Appends in place. The buffers are moved out of `storage` (leaving a tiny placeholder) and
    /// consumed by `unwrap`, so they are uniquely referenced and grow without being copied;
    /// `appendStorage` has checked that `unwrap` matches.
    private mutating func extend<Vector: VectorAppending>(with others: some Collection<ColumnStorage>,
                                                          wrap: (Vector) -> ColumnStorage, unwrap: (ColumnStorage) -> Vector?) {
        let taken = storage
        storage = ColumnBuilder.placeholder
        guard var vector = unwrap(consume taken) else { return }
        if others.count > 1 { vector.reserveCapacity(forAppending: others.compactMap(unwrap)) }
        for other in others {
            if let part = unwrap(other) { vector.append(contentsOf: part) }
        }
        storage = wrap(vector)
    }

    private static let placeholder = ColumnStorage.boolean(FixedWidthVector(values: []))
}

private extension ColumnStorage {
    /// The text bytes of a string column; 0 for the other representations.
    var stringByteCount: Int {
        if case .string(let vector) = self { return vector.bytes.count }
        return 0
    }
}
