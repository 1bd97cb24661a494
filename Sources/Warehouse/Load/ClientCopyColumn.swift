/// One target column of a psql `\copy` being filled from text. Fields convert as an INSERT of
/// a quoted literal assigns them (the cast kernel's rules and PostgreSQL's error words), but
/// the common spellings of integers, decimals, dates and strings go straight from the field's
/// bytes into the typed buffer of the column's representation: no `String`, no boxed value, no
/// one-row vector per field. Any other text takes the cast kernel's path for that one value,
/// so what loads and what fails is exactly what the general conversion decides. Types without a
/// plain reader (floats, booleans, times) gather their text and are cast once per chunk.
struct ClientCopyColumn {
    private enum Conversion {
        case int16, int32, int64, decimal, date, string, general
    }

    let type: DataType
    let name: String
    let notNull: Bool
    private let conversion: Conversion
    private let precision: Int
    private let scale: Int

    private var int16s: [Int16] = []
    private var int32s: [Int32] = []
    private var int64s: [Int64] = []
    private var int128s: [Int128] = []
    private var strings = StringVector()
    private var validity = ValidityMask(allValid: 0)

    init(_ column: TableColumn) {
        type = column.type
        name = column.name
        notNull = column.notNull
        switch column.type {
        case .smallint: (conversion, precision, scale) = (.int16, 0, 0)
        case .integer: (conversion, precision, scale) = (.int32, 0, 0)
        case .bigint: (conversion, precision, scale) = (.int64, 0, 0)
        case .decimal(let p, let s): (conversion, precision, scale) = (.decimal, p, s)
        case .date: (conversion, precision, scale) = (.date, 0, 0)
        case .char, .varchar: (conversion, precision, scale) = (.string, 0, 0)
        default: (conversion, precision, scale) = (.general, 0, 0)
        }
    }

    mutating func appendNull() {
        switch conversion {
        case .int16: int16s.append(0)
        case .int32, .date: int32s.append(0)
        case .int64: int64s.append(0)
        case .decimal: int128s.append(0)
        case .string, .general: strings.appendNull()
        }
        if conversion != .string && conversion != .general { validity.append(false) }
    }

    /// Converts and appends one non-NULL field.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) throws(SQLError) {
        switch conversion {
        case .int16: int16s.append(try Self.value(PlainText.integer(text), text, type) { if case .int16(let v) = $0 { v } else { nil } })
        case .int32: int32s.append(try Self.value(PlainText.integer(text), text, type) { if case .int32(let v) = $0 { v } else { nil } })
        case .int64: int64s.append(try Self.value(PlainText.integer(text), text, type) { if case .int64(let v) = $0 { v } else { nil } })
        case .decimal:
            let plain = PlainText.decimal(text, precision: precision, scale: scale, cutsFraction: false)
            int128s.append(try Self.value(plain, text, type) { if case .int128(let v) = $0 { v } else { nil } })
        case .date: int32s.append(try Self.value(PlainText.date(text), text, type) { if case .int32(let v) = $0 { v } else { nil } })
        case .string:
            let fit: StringFitting.Fit
            do {
                fit = try StringFitting.fit(text, to: type, explicit: false)
            } catch {
                throw error as? SQLError ?? SQLError(SQLState.internalError, "\(error)")
            }
            strings.append(bytes: UnsafeBufferPointer(rebasing: text[0..<fit.keep]), padding: fit.padding)
            return
        case .general:
            strings.append(bytes: text)
            return
        }
        validity.append(true)
    }

    /// The rows so far as a vector of the column's type; the column starts empty again. Text
    /// of a general column is cast here; on a bad value the error says which row failed first.
    mutating func take() throws(ClientCopyColumnError) -> ColumnVector {
        defer { self = ClientCopyColumn(type: type, name: name, notNull: notNull, conversion: conversion,
                                        precision: precision, scale: scale) }
        let storage: ColumnStorage
        switch conversion {
        case .int16: storage = .int16(FixedWidthVector(values: int16s, validity: validity))
        case .int32, .date: storage = .int32(FixedWidthVector(values: int32s, validity: validity))
        case .int64: storage = .int64(FixedWidthVector(values: int64s, validity: validity))
        case .decimal: storage = .int128(FixedWidthVector(values: int128s, validity: validity))
        case .string: storage = .string(strings)
        case .general: return try castGeneral()
        }
        return ColumnVector(uncheckedType: type, storage: storage)
    }

    private init(type: DataType, name: String, notNull: Bool, conversion: Conversion, precision: Int, scale: Int) {
        (self.type, self.name, self.notNull, self.conversion, self.precision, self.scale) =
            (type, name, notNull, conversion, precision, scale)
    }

    private func castGeneral() throws(ClientCopyColumnError) -> ColumnVector {
        do {
            return try CastKernel.cast(ColumnVector(type: Self.text, storage: .string(strings)), to: type, explicit: false)
        } catch {
            // Rare: find the first row that fails, so the load reports the error a row-by-row
            // reader would have met first.
            for row in 0..<strings.count where strings.validity.isValid(row) {
                var one = StringVector()
                one.append(bytes: strings.bytes(at: row))
                do {
                    _ = try CastKernel.cast(ColumnVector(type: Self.text, storage: .string(one)), to: type, explicit: false)
                } catch {
                    throw ClientCopyColumnError(row: row, error: error as? SQLError ?? SQLError(SQLState.internalError, "\(error)"))
                }
            }
            throw ClientCopyColumnError(row: strings.count, error: error as? SQLError ?? SQLError(SQLState.internalError, "\(error)"))
        }
    }

    private static let text = DataType.varchar(length: DataType.maxVarcharLength)

    /// The value a plain reader read, or else the general conversion's; `extract` picks the
    /// vector of the type's representation.
    @inline(__always)
    private static func value<Value>(_ plain: Value?, _ text: UnsafeBufferPointer<UInt8>, _ type: DataType,
                                     _ extract: (ColumnStorage) -> FixedWidthVector<Value>?) throws(SQLError) -> Value {
        if let plain { return plain }
        return try general(text, type, extract)
    }

    /// The general conversion of one field to a fixed-width type, for text the plain readers
    /// do not take.
    private static func general<Value>(_ text: UnsafeBufferPointer<UInt8>, _ type: DataType,
                                       _ extract: (ColumnStorage) -> FixedWidthVector<Value>?) throws(SQLError) -> Value {
        var one = StringVector()
        one.append(bytes: text)
        let storage: ColumnStorage
        do {
            storage = try CastKernel.cast(ColumnVector(type: Self.text, storage: .string(one)), to: type, explicit: false).storage
        } catch {
            if String(validating: text, as: UTF8.self) == nil { throw ClientCopyLoader.invalidEncoding }
            throw error as? SQLError ?? SQLError(SQLState.internalError, "\(error)")
        }
        guard let value = extract(storage)?.values.first else {
            throw SQLError(SQLState.internalError, "a \(type.sqlName) value was converted to the wrong representation")
        }
        return value
    }
}

/// A general column's cast failed: at which of its rows, and why.
struct ClientCopyColumnError: Error {
    var row: Int
    var error: SQLError
}
