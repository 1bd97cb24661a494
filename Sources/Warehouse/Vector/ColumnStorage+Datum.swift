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
