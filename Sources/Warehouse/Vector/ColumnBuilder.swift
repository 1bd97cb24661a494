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
        let mismatch = SQLError(SQLState.internalError, "cannot store \(datum) in a column of type \(type.sqlName)")
        switch (storage, datum, type) {
        case (.int16(var vector), _, _):
            guard let value = datum.payload(Int16.self, for: type) else { throw mismatch }
            modify(&vector, value, placeholder: 0, wrap: ColumnStorage.int16)
        case (.int32(var vector), _, _):
            guard let value = datum.payload(Int32.self, for: type) else { throw mismatch }
            modify(&vector, value, placeholder: 0, wrap: ColumnStorage.int32)
        case (.int64(var vector), _, _):
            guard let value = datum.payload(Int64.self, for: type) else { throw mismatch }
            modify(&vector, value, placeholder: 0, wrap: ColumnStorage.int64)
        case (.int128(var vector), .decimal(let decimal), .decimal(let precision, let scale)):
            let value = try decimal.fitted(precision: precision, scale: scale).unscaled
            modify(&vector, .some(value), placeholder: 0, wrap: ColumnStorage.int128)
        case (.int128(var vector), .null, _):
            modify(&vector, Int128?.none, placeholder: 0, wrap: ColumnStorage.int128)
        case (.float32(var vector), _, _):
            guard let value = datum.payload(Float.self, for: type) else { throw mismatch }
            modify(&vector, value, placeholder: 0, wrap: ColumnStorage.float32)
        case (.float64(var vector), _, _):
            guard let value = datum.payload(Double.self, for: type) else { throw mismatch }
            modify(&vector, value, placeholder: 0, wrap: ColumnStorage.float64)
        case (.boolean(var vector), _, _):
            guard let value = datum.payload(Bool.self, for: type) else { throw mismatch }
            modify(&vector, value, placeholder: false, wrap: ColumnStorage.boolean)
        case (.string(var vector), .string(let string), _):
            let fit = try StringFitting.fit(Array(string.utf8), to: type, explicit: false)
            storage = ColumnBuilder.placeholder
            vector.append(bytes: string.utf8.prefix(fit.keep), padding: fit.padding)
            storage = .string(vector)
        case (.string(var vector), .null, _):
            storage = ColumnBuilder.placeholder
            vector.appendNull()
            storage = .string(vector)
        default:
            throw mismatch
        }
    }

    /// Appends every row of `vector`, which must have this column's representation.
    public mutating func append(_ vector: ColumnVector) throws {
        try append(vector, rows: nil)
    }

    /// Appends the rows of `vector` that `rows` names (all rows when nil).
    public mutating func append(_ vector: ColumnVector, rows: SelectionVector?) throws {
        let source = rows.map { vector.gathered($0) } ?? vector
        let current = storage
        storage = ColumnBuilder.placeholder
        switch (current, source.storage) {
        case (.int16(var mine), .int16(let other)): mine.append(contentsOf: other); storage = .int16(mine)
        case (.int32(var mine), .int32(let other)): mine.append(contentsOf: other); storage = .int32(mine)
        case (.int64(var mine), .int64(let other)): mine.append(contentsOf: other); storage = .int64(mine)
        case (.int128(var mine), .int128(let other)) where source.type.decimalScale == type.decimalScale:
            mine.append(contentsOf: other); storage = .int128(mine)
        case (.float32(var mine), .float32(let other)): mine.append(contentsOf: other); storage = .float32(mine)
        case (.float64(var mine), .float64(let other)): mine.append(contentsOf: other); storage = .float64(mine)
        case (.boolean(var mine), .boolean(let other)): mine.append(contentsOf: other); storage = .boolean(mine)
        case (.string(var mine), .string(let other)): mine.append(contentsOf: other); storage = .string(mine)
        default:
            storage = current
            throw SQLError(SQLState.internalError,
                           "cannot append a \(source.type.sqlName) vector to a column of type \(type.sqlName)")
        }
    }

    public func build() -> ColumnVector {
        ColumnVector(uncheckedType: type, storage: storage)
    }

    /// Appends in place: the storage enum briefly holds a tiny placeholder so the vector's
    /// buffers are uniquely referenced and grow without being copied.
    private mutating func modify<Element>(_ vector: inout FixedWidthVector<Element>, _ value: Element?, placeholder: Element,
                                          wrap: (FixedWidthVector<Element>) -> ColumnStorage) {
        storage = ColumnBuilder.placeholder
        vector.append(value, placeholder: placeholder)
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

extension Datum {
    /// The unboxed payload when this Datum is a value (or NULL, as `.some(nil)`) of `type`
    /// stored as `Payload`; nil when it belongs to another type.
    func payload<Payload>(_: Payload.Type, for type: DataType) -> Payload?? {
        let value: Any?
        switch (self, type) {
        case (.null, _): return .some(nil)
        case (.smallint(let v), .smallint): value = v
        case (.integer(let v), .integer): value = v
        case (.bigint(let v), .bigint): value = v
        case (.real(let v), .real): value = v
        case (.double(let v), .doublePrecision): value = v
        case (.boolean(let v), .boolean): value = v
        case (.date(let v), .date): value = v
        case (.time(let v), .time), (.timetz(let v), .timetz), (.timestamp(let v), .timestamp),
             (.timestamptz(let v), .timestamptz):
            value = v
        default: return nil
        }
        guard let typed = value as? Payload else { return nil }
        return .some(typed)
    }
}
