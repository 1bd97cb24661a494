/// How types, vectors and single values are written in database files.
extension DatabaseFileWriter {
    mutating func write(_ type: DataType) {
        switch type {
        case .smallint: write(UInt8(0))
        case .integer: write(UInt8(1))
        case .bigint: write(UInt8(2))
        case .decimal(let precision, let scale):
            write(UInt8(3))
            write(precision)
            write(scale)
        case .real: write(UInt8(4))
        case .doublePrecision: write(UInt8(5))
        case .boolean: write(UInt8(6))
        case .char(let length):
            write(UInt8(7))
            write(length)
        case .varchar(let length):
            write(UInt8(8))
            write(length)
        case .date: write(UInt8(9))
        case .time: write(UInt8(10))
        case .timetz: write(UInt8(11))
        case .timestamp: write(UInt8(12))
        case .timestamptz: write(UInt8(13))
        }
    }

    mutating func write(_ validity: ValidityMask) {
        write(validity.count)
        write(array: validity.words)
    }

    /// A vector's type, then its values as one typed array (strings: bytes and offsets) and
    /// its validity bits.
    mutating func write(_ vector: ColumnVector) {
        write(vector.type)
        switch vector.storage {
        case .int16(let values): write(array: values.values)
        case .int32(let values): write(array: values.values)
        case .int64(let values): write(array: values.values)
        case .int128(let values): write(array: values.values)
        case .float32(let values): write(array: values.values)
        case .float64(let values): write(array: values.values)
        case .boolean(let values): write(array: values.values.map { $0 ? UInt8(1) : 0 })
        case .string(let strings):
            write(array: strings.bytes)
            write(array: strings.offsets)
        }
        write(vector.validity)
    }

    mutating func write(_ vector: ColumnVector?) {
        write(vector != nil)
        if let vector { write(vector) }
    }
}

extension DatabaseFileReader {
    mutating func readType() throws(SQLError) -> DataType {
        switch try readTag(below: 14, "type") {
        case 0: .smallint
        case 1: .integer
        case 2: .bigint
        case 3: .decimal(precision: try readInt(), scale: try readInt())
        case 4: .real
        case 5: .doublePrecision
        case 6: .boolean
        case 7: .char(length: try readInt())
        case 8: .varchar(length: try readInt())
        case 9: .date
        case 10: .time
        case 11: .timetz
        case 12: .timestamp
        default: .timestamptz
        }
    }

    mutating func readValidity(count expected: Int) throws(SQLError) -> ValidityMask {
        let count = try readCount()
        let words = try readArray(of: UInt64.self)
        guard count == expected, words.isEmpty || words.count == (count + 63) >> 6 else {
            throw Self.damaged(file, "a validity mask does not match its column")
        }
        var mask = ValidityMask(allValid: count)
        mask.words = words
        return mask
    }

    mutating func readVector() throws(SQLError) -> ColumnVector {
        let type = try readType()
        let storage: ColumnStorage
        switch ColumnStorage(emptyFor: type) {
        case .int16: storage = .int16(try readFixed(Int16.self))
        case .int32: storage = .int32(try readFixed(Int32.self))
        case .int64: storage = .int64(try readFixed(Int64.self))
        case .int128: storage = .int128(try readFixed(Int128.self))
        case .float32: storage = .float32(try readFixed(Float.self))
        case .float64: storage = .float64(try readFixed(Double.self))
        case .boolean:
            let flags = try readArray(of: UInt8.self)
            storage = .boolean(FixedWidthVector(values: flags.map { $0 != 0 }, validity: try readValidity(count: flags.count)))
        case .string:
            var strings = StringVector()
            strings.bytes = try readArray(of: UInt8.self)
            strings.offsets = try readArray(of: UInt32.self)
            guard strings.offsets.first == 0, strings.offsets.last.map({ Int($0) == strings.bytes.count }) ?? false,
                  zip(strings.offsets, strings.offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw Self.damaged(file, "a string column's offsets do not match its bytes")
            }
            strings.validity = try readValidity(count: strings.offsets.count - 1)
            storage = .string(strings)
        }
        return ColumnVector(uncheckedType: type, storage: storage)
    }

    private mutating func readFixed<Element: BitwiseCopyable & Sendable>(_: Element.Type) throws(SQLError) -> FixedWidthVector<Element> {
        let values = try readArray(of: Element.self)
        return FixedWidthVector(values: values, validity: try readValidity(count: values.count))
    }

    mutating func readOptionalVector() throws(SQLError) -> ColumnVector? {
        try readBool() ? try readVector() : nil
    }
}
