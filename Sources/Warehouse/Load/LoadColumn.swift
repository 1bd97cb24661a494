/// One target column of a COPY being filled from text: each field is converted straight into
/// the typed buffer of the column's representation (never boxed), a failing row's values are
/// taken back with `removeLast`, and `take` hands the rows so far over as a vector.
struct LoadColumn {
    let column: TableColumn
    let type: DataType
    private let rules: LoadConversion

    private var int16s: [Int16] = []
    private var int32s: [Int32] = []
    private var int64s: [Int64] = []
    private var int128s: [Int128] = []
    private var float32s: [Float] = []
    private var float64s: [Double] = []
    private var booleans: [Bool] = []
    private var bytes: [UInt8] = []
    private var offsets: [UInt32] = [0]
    private var valid: [Bool] = []
    private var nulls = 0

    init(_ column: TableColumn, rules: LoadConversion) {
        self.column = column
        type = column.type
        self.rules = rules
    }

    var count: Int { valid.count }

    mutating func appendNull() throws(FieldError) {
        guard !column.notNull else { throw FieldError.notNull }
        switch type.physicalType {
        case .int16: int16s.append(0)
        case .int32: int32s.append(0)
        case .int64: int64s.append(0)
        case .int128: int128s.append(0)
        case .float32: float32s.append(0)
        case .float64: float64s.append(0)
        case .boolean: booleans.append(false)
        case .string: offsets.append(UInt32(truncatingIfNeeded: bytes.count))
        }
        valid.append(false)
        nulls += 1
    }

    /// Converts and appends one non-NULL field. The text is a pointer into the input (or the
    /// record's unquoted copy): a slice of an array here would retain and release the input's
    /// buffer per field, which two cores parsing one file then fight over.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) throws(FieldError) {
        switch type {
        case .smallint: int16s.append(try LoadNumbers.integer(text, type))
        case .integer: int32s.append(try LoadNumbers.integer(text, type))
        case .bigint: int64s.append(try LoadNumbers.integer(text, type))
        case .decimal(let precision, let scale):
            int128s.append(try LoadNumbers.decimal(text, precision: precision, scale: scale, round: rules.roundDecimals))
        case .real: float32s.append(try LoadNumbers.floating(text, type))
        case .doublePrecision: float64s.append(try LoadNumbers.floating(text, type))
        case .boolean: booleans.append(try LoadNumbers.boolean(text))
        case .date:
            guard let days = try rules.date(text) else { return try appendNull() }
            int32s.append(days)
        case .timestamp, .timestamptz:
            guard let micros = try rules.timestamp(text, withZone: type == .timestamptz) else { return try appendNull() }
            int64s.append(micros)
        case .time, .timetz: int64s.append(try rules.time(text, withZone: type == .timetz))
        case .char(let length), .varchar(let length): try appendString(text, limit: length)
        }
        valid.append(true)
    }

    /// ASCII text that fits (the common case) is copied as it is; anything else goes through
    /// `appendCheckedString`'s rules.
    private mutating func appendString(_ text: UnsafeBufferPointer<UInt8>, limit: Int) throws(FieldError) {
        let isChar: Bool
        if case .char = type { isChar = true } else { isChar = false }
        if text.count <= limit, !rules.trimBlanks || isChar || !Self.endsInBlank(text), UTF8Text.isASCII(text) {
            bytes.append(contentsOf: text)
            if isChar, text.count < limit { bytes.append(contentsOf: repeatElement(0x20, count: limit - text.count)) }
            offsets.append(UInt32(truncatingIfNeeded: bytes.count))
            return
        }
        try appendCheckedString(ArraySlice(text), limit: limit, isChar: isChar)
    }

    private static func endsInBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = text.last else { return false }
        return last == 0x20 || last == 0x09
    }

    /// TRIMBLANKS, UTF-8 validity (ACCEPTINVCHARS), CHAR's single-byte rule and the length
    /// limit (TRUNCATECOLUMNS).
    private mutating func appendCheckedString(_ text: ArraySlice<UInt8>, limit: Int, isChar: Bool) throws(FieldError) {
        var value = text
        if rules.trimBlanks, !isChar {
            while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        }
        var replaced: [UInt8]?
        if value.contains(where: { $0 >= 0x80 }) {
            if isChar, let wide = value.firstIndex(where: { $0 >= 0x80 }) {
                throw FieldError(code: 1220,
                                 reason: "Multibyte character not supported for CHAR (Hint: Try using VARCHAR). Invalid char: "
                                     + LoadTextRules.hex(value[wide..<min(wide + 4, value.endIndex)]),
                                 position: Int32(wide - value.startIndex))
            }
            let bad = LoadTextRules.invalidUTF8(value)
            if let first = bad.first {
                guard let replacement = rules.acceptInvalidCharacters else {
                    throw FieldError(code: 1220, reason: "String contains invalid or unsupported UTF8 codepoints. "
                                     + "Bad UTF8 hex sequence: \(LoadTextRules.hex(value[first])) (error 3)",
                                     position: Int32(first.lowerBound - value.startIndex))
                }
                var copy = Array(value)
                for range in bad {
                    for index in range { copy[index - value.startIndex] = replacement }
                }
                replaced = copy
            }
        }
        if let replaced { value = replaced[...] }
        let keep = try LoadTextRules.fittedLength(value, limit: limit, truncate: rules.truncateColumns, isChar: isChar)
        bytes.append(contentsOf: value.prefix(keep))
        if isChar, keep < limit { bytes.append(contentsOf: repeatElement(0x20, count: limit - keep)) }
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Takes back the last value (its row failed in a later column).
    mutating func removeLast() {
        guard let wasValid = valid.popLast() else { return }
        if !wasValid { nulls -= 1 }
        switch type.physicalType {
        case .int16: int16s.removeLast()
        case .int32: int32s.removeLast()
        case .int64: int64s.removeLast()
        case .int128: int128s.removeLast()
        case .float32: float32s.removeLast()
        case .float64: float64s.removeLast()
        case .boolean: booleans.removeLast()
        case .string:
            offsets.removeLast()
            bytes.removeLast(bytes.count - Int(offsets[offsets.count - 1]))
        }
    }

    /// The values so far as a vector; the column starts empty again.
    mutating func take() -> ColumnVector {
        let validity = nulls > 0 ? ValidityMask(valid) : nil
        let storage: ColumnStorage
        switch type.physicalType {
        case .int16: storage = .int16(FixedWidthVector(values: int16s, validity: validity))
        case .int32: storage = .int32(FixedWidthVector(values: int32s, validity: validity))
        case .int64: storage = .int64(FixedWidthVector(values: int64s, validity: validity))
        case .int128: storage = .int128(FixedWidthVector(values: int128s, validity: validity))
        case .float32: storage = .float32(FixedWidthVector(values: float32s, validity: validity))
        case .float64: storage = .float64(FixedWidthVector(values: float64s, validity: validity))
        case .boolean: storage = .boolean(FixedWidthVector(values: booleans, validity: validity))
        case .string:
            var strings = StringVector()
            strings.bytes = bytes
            strings.offsets = offsets
            strings.validity = validity ?? ValidityMask(allValid: valid.count)
            storage = .string(strings)
        }
        self = LoadColumn(column, rules: rules)
        return ColumnVector(uncheckedType: type, storage: storage)
    }
}
