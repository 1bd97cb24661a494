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

extension ColumnVector {
    /// A column repeating one value `count` times: constants broadcast to a batch's length.
    public init(repeating datum: Datum, type: DataType, count: Int) throws {
        self = try ColumnVector(type: type, datums: [datum]).broadcast(count)
    }

    /// A one-row vector's value repeated `count` times.
    func broadcast(_ count: Int) -> ColumnVector {
        let valid = validity.isValid(0)
        func repeated<Element>(_ vector: FixedWidthVector<Element>) -> FixedWidthVector<Element> {
            FixedWidthVector(repeating: vector.values[0], count: count, valid: valid)
        }
        let result: ColumnStorage
        switch storage {
        case .int16(let vector): result = .int16(repeated(vector))
        case .int32(let vector): result = .int32(repeated(vector))
        case .int64(let vector): result = .int64(repeated(vector))
        case .int128(let vector): result = .int128(repeated(vector))
        case .float32(let vector): result = .float32(repeated(vector))
        case .float64(let vector): result = .float64(repeated(vector))
        case .boolean(let vector): result = .boolean(repeated(vector))
        case .string(let strings): result = .string(strings.gathered(SelectionVector(Array(repeating: 0, count: count))))
        }
        return ColumnVector(uncheckedType: type, storage: result)
    }
}
