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

extension ColumnVector {
    /// A column from boxed values (constants, tests).
    public init(type: DataType, datums: [Datum]) throws {
        var builder = ColumnBuilder(type: type)
        for datum in datums { try builder.append(datum) }
        self = builder.build()
    }

    /// The value of `row`, boxed (for results and assertions, not for kernels).
    public func datum(at row: Int) -> Datum {
        guard validity.isValid(row) else { return .null }
        switch (storage, type) {
        case (.int16(let vector), _): return .smallint(vector.values[row])
        case (.int32(let vector), .date): return .date(vector.values[row])
        case (.int32(let vector), _): return .integer(vector.values[row])
        case (.int64(let vector), .time): return .time(vector.values[row])
        case (.int64(let vector), .timetz): return .timetz(vector.values[row])
        case (.int64(let vector), .timestamp): return .timestamp(vector.values[row])
        case (.int64(let vector), .timestamptz): return .timestamptz(vector.values[row])
        case (.int64(let vector), _): return .bigint(vector.values[row])
        case (.int128(let vector), _): return .decimal(Decimal128(unscaled: vector.values[row], scale: type.decimalScale))
        case (.float32(let vector), _): return .real(vector.values[row])
        case (.float64(let vector), _): return .double(vector.values[row])
        case (.boolean(let vector), _): return .boolean(vector.values[row])
        case (.string(let vector), _): return .string(String(decoding: vector.bytes(at: row), as: UTF8.self))
        }
    }

    /// Every row, boxed.
    public var datums: [Datum] { (0..<count).map { datum(at: $0) } }
}

/// The two vector layouts' bulk append, so the builder extends either without copying.
protocol VectorAppending {
    mutating func append(contentsOf other: Self)
}

extension FixedWidthVector: VectorAppending {}
extension StringVector: VectorAppending {}

extension ColumnStorage {
    /// A one-row storage holding `datum` as a value of `type`.
    init(single datum: Datum, type: DataType) throws {
        switch (datum, type) {
        case (.null, _): self = ColumnStorage(nullRowFor: type)
        case (.smallint(let value), .smallint): self = .int16(FixedWidthVector(values: [value]))
        case (.integer(let value), .integer), (.date(let value), .date): self = .int32(FixedWidthVector(values: [value]))
        case (.bigint(let value), .bigint), (.time(let value), .time), (.timetz(let value), .timetz),
             (.timestamp(let value), .timestamp), (.timestamptz(let value), .timestamptz):
            self = .int64(FixedWidthVector(values: [value]))
        case (.decimal(let value), .decimal(let precision, let scale)):
            self = .int128(FixedWidthVector(values: [try value.fitted(precision: precision, scale: scale).unscaled]))
        case (.real(let value), .real): self = .float32(FixedWidthVector(values: [value]))
        case (.double(let value), .doublePrecision): self = .float64(FixedWidthVector(values: [value]))
        case (.boolean(let value), .boolean): self = .boolean(FixedWidthVector(values: [value]))
        case (.string(let value), .char), (.string(let value), .varchar):
            let bytes = Array(value.utf8)
            let fit = try StringFitting.fit(bytes, to: type, explicit: false)
            var strings = StringVector()
            strings.append(bytes: bytes.prefix(fit.keep), padding: fit.padding)
            self = .string(strings)
        default:
            throw SQLError(SQLState.internalError, "cannot store \(datum) in a column of type \(type.sqlName)")
        }
    }

    /// A one-row storage holding NULL.
    init(nullRowFor type: DataType) {
        let null = ValidityMask([false])
        switch type.physicalType {
        case .int16: self = .int16(FixedWidthVector(values: [0], validity: null))
        case .int32: self = .int32(FixedWidthVector(values: [0], validity: null))
        case .int64: self = .int64(FixedWidthVector(values: [0], validity: null))
        case .int128: self = .int128(FixedWidthVector(values: [0], validity: null))
        case .float32: self = .float32(FixedWidthVector(values: [0], validity: null))
        case .float64: self = .float64(FixedWidthVector(values: [0], validity: null))
        case .boolean: self = .boolean(FixedWidthVector(values: [false], validity: null))
        case .string:
            var strings = StringVector()
            strings.appendNull()
            self = .string(strings)
        }
    }
}
