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
        try appendStorage(ColumnStorage(single: datum, type: type))
    }

    /// Appends every row of `vector`, which must have this column's representation.
    public mutating func append(_ vector: ColumnVector) throws {
        try append(vector, rows: nil)
    }

    /// Appends the rows of `vector` that `rows` names (all rows when nil).
    public mutating func append(_ vector: ColumnVector, rows: SelectionVector?) throws {
        let source = rows.map { vector.gathered($0) } ?? vector
        guard source.type.decimalScale == type.decimalScale else {
            throw SQLError(SQLState.internalError,
                           "cannot append a \(source.type.sqlName) vector to a column of type \(type.sqlName)")
        }
        try appendStorage(source.storage)
    }

    public func build() -> ColumnVector {
        ColumnVector(uncheckedType: type, storage: storage)
    }

    private mutating func appendStorage(_ other: ColumnStorage) throws {
        guard storage.sameRepresentation(as: other) else {
            throw SQLError(SQLState.internalError, "cannot append these values to a column of type \(type.sqlName)")
        }
        switch other {
        case .int16(let values): extend(with: values, wrap: ColumnStorage.int16) { if case .int16(let v) = $0 { v } else { nil } }
        case .int32(let values): extend(with: values, wrap: ColumnStorage.int32) { if case .int32(let v) = $0 { v } else { nil } }
        case .int64(let values): extend(with: values, wrap: ColumnStorage.int64) { if case .int64(let v) = $0 { v } else { nil } }
        case .int128(let values): extend(with: values, wrap: ColumnStorage.int128) { if case .int128(let v) = $0 { v } else { nil } }
        case .float32(let values): extend(with: values, wrap: ColumnStorage.float32) { if case .float32(let v) = $0 { v } else { nil } }
        case .float64(let values): extend(with: values, wrap: ColumnStorage.float64) { if case .float64(let v) = $0 { v } else { nil } }
        case .boolean(let values): extend(with: values, wrap: ColumnStorage.boolean) { if case .boolean(let v) = $0 { v } else { nil } }
        case .string(let values): extend(with: values, wrap: ColumnStorage.string) { if case .string(let v) = $0 { v } else { nil } }
        }
    }

    /// Appends in place. The buffers are moved out of `storage` (leaving a tiny placeholder) and
    /// consumed by `unwrap`, so they are uniquely referenced and grow without being copied;
    /// `appendStorage` has checked that `unwrap` matches.
    private mutating func extend<Vector: VectorAppending>(with other: Vector, wrap: (Vector) -> ColumnStorage,
                                                          unwrap: (ColumnStorage) -> Vector?) {
        let taken = storage
        storage = ColumnBuilder.placeholder
        guard var vector = unwrap(consume taken) else { return }
        vector.append(contentsOf: other)
        storage = wrap(vector)
    }

    private static let placeholder = ColumnStorage.boolean(FixedWidthVector(values: []))
}
