/// Converts a column vector to another type with Redshift's semantics: range checks with
/// `smallint out of range`, rounding into integers and narrower DECIMALs, text parsing with
/// `invalid input syntax for integer: "abc"`, byte-length limits for CHAR/VARCHAR, and
/// `cannot cast type numeric to boolean` for conversions that do not exist.
///
/// `explicit` is true for CAST/`::` (over-long strings are truncated) and false for
/// assignment to a column (over-long strings fail unless only blanks are cut).
public enum CastKernel: Sendable {
    public static func cast(_ vector: ColumnVector, to target: DataType, explicit: Bool = true,
                            selection: SelectionVector? = nil) throws -> ColumnVector {
        let source = vector.type
        if source == target { return vector }
        try source.checkCast(to: target)
        let storage: ColumnStorage
        switch vector.storage {
        case .int16(let values): storage = try fromInteger(values, to: target, explicit, selection)
        case .int32(let values) where source == .date: storage = try fromDate(values, to: target, explicit, selection)
        case .int32(let values): storage = try fromInteger(values, to: target, explicit, selection)
        case .int64(let values) where source == .timestamp || source == .timestamptz:
            storage = try fromTimestamp(values, source, to: target, explicit, selection)
        case .int64(let values) where source == .time || source == .timetz:
            storage = try fromTime(values, source, to: target, explicit, selection)
        case .int64(let values): storage = try fromInteger(values, to: target, explicit, selection)
        case .int128(let values): storage = try fromDecimal(values, scale: source.decimalScale, to: target, explicit, selection)
        case .float32(let values): storage = try fromFloat(values, to: target, explicit, selection)
        case .float64(let values): storage = try fromFloat(values, to: target, explicit, selection)
        case .boolean(let values): storage = try fromBoolean(values, to: target, explicit, selection)
        case .string(let values): storage = try fromString(values, source, to: target, explicit, selection)
        }
        return ColumnVector(uncheckedType: target, storage: storage)
    }

    private static func fromInteger<Integer: FixedWidthInteger>(
        _ values: FixedWidthVector<Integer>, to target: DataType, _ explicit: Bool,
        _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .smallint: .int16(try map(values, selection) { try NumericConversion.integer($0, as: target) })
        case .integer: .int32(try map(values, selection) { try NumericConversion.integer($0, as: target) })
        case .bigint: .int64(try map(values, selection) { try NumericConversion.integer($0, as: target) })
        case .decimal(let precision, let scale):
            .int128(try map(values, selection) { try NumericConversion.decimal($0, precision: precision, scale: scale) })
        case .real: .float32(map(values, selection) { Float($0) })
        case .doublePrecision: .float64(map(values, selection) { Double($0) })
        case .boolean: .boolean(map(values, selection) { $0 != 0 })
        default: try strings(values, selection, target, explicit) { String($0) }
        }
    }

    private static func fromDecimal(_ values: FixedWidthVector<Int128>, scale: Int, to target: DataType,
                                    _ explicit: Bool, _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .smallint: .int16(try map(values, selection) { try NumericConversion.integer(unscaled: $0, scale: scale, as: target) })
        case .integer: .int32(try map(values, selection) { try NumericConversion.integer(unscaled: $0, scale: scale, as: target) })
        case .bigint: .int64(try map(values, selection) { try NumericConversion.integer(unscaled: $0, scale: scale, as: target) })
        case .decimal(let precision, let newScale):
            .int128(try map(values, selection) {
                try NumericConversion.decimal(unscaled: $0, fromScale: scale, precision: precision, scale: newScale)
            })
        case .real: .float32(map(values, selection) { NumericConversion.floating(unscaled: $0, scale: scale) })
        case .doublePrecision: .float64(map(values, selection) { NumericConversion.floating(unscaled: $0, scale: scale) })
        default: try strings(values, selection, target, explicit) { Decimal128(unscaled: $0, scale: scale).description }
        }
    }

    private static func fromFloat<Float: BinaryFloatingPoint & LosslessStringConvertible>(
        _ values: FixedWidthVector<Float>, to target: DataType, _ explicit: Bool,
        _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .smallint: .int16(try map(values, selection) { try NumericConversion.integer($0, as: target) })
        case .integer: .int32(try map(values, selection) { try NumericConversion.integer($0, as: target) })
        case .bigint: .int64(try map(values, selection) { try NumericConversion.integer($0, as: target) })
        case .decimal(let precision, let scale):
            .int128(try map(values, selection) { try NumericConversion.decimal($0, precision: precision, scale: scale) })
        case .real: .float32(try map(values, selection) { try NumericConversion.real(Double($0)) })
        case .doublePrecision: .float64(map(values, selection) { Double($0) })
        default:
            try strings(values, selection, target, explicit) {
                FloatText.format(Double($0), significantDigits: Float.self == Swift.Float.self ? 6 : 15)
            }
        }
    }

    private static func fromBoolean(_ values: FixedWidthVector<Bool>, to target: DataType, _ explicit: Bool,
                                    _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .smallint: .int16(map(values, selection) { $0 ? 1 : 0 })
        case .integer: .int32(map(values, selection) { $0 ? 1 : 0 })
        case .bigint: .int64(map(values, selection) { $0 ? 1 : 0 })
        case .boolean: .boolean(map(values, selection) { $0 })
        default: try strings(values, selection, target, explicit) { $0 ? "true" : "false" }
        }
    }

    private static func fromDate(_ values: FixedWidthVector<Int32>, to target: DataType, _ explicit: Bool,
                                 _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .date: .int32(map(values, selection) { $0 })
        case .timestamp, .timestamptz: .int64(map(values, selection) { Int64($0) * Microseconds.perDay })
        default: try strings(values, selection, target, explicit) { DateTimeFormat.date($0) }
        }
    }

    /// TIMESTAMP and TIMESTAMPTZ convert into each other unchanged: the session zone is UTC.
    private static func fromTimestamp(_ values: FixedWidthVector<Int64>, _ source: DataType, to target: DataType,
                                      _ explicit: Bool, _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .date: .int32(map(values, selection) { Int32(truncatingIfNeeded: Microseconds.split($0).days) })
        case .timestamp, .timestamptz: .int64(map(values, selection) { $0 })
        case .time, .timetz: .int64(map(values, selection) { Microseconds.split($0).timeOfDay })
        default:
            try strings(values, selection, target, explicit) {
                source == .timestamptz ? DateTimeFormat.timestamptz($0) : DateTimeFormat.timestamp($0)
            }
        }
    }

    private static func fromTime(_ values: FixedWidthVector<Int64>, _ source: DataType, to target: DataType,
                                 _ explicit: Bool, _ selection: SelectionVector?) throws -> ColumnStorage {
        switch target {
        case .time, .timetz: .int64(map(values, selection) { $0 })
        default:
            try strings(values, selection, target, explicit) {
                source == .timetz ? DateTimeFormat.timetz($0) : DateTimeFormat.time($0)
            }
        }
    }

    /// Parses text into `target`. CHAR input loses its trailing blanks first, as PostgreSQL's
    /// bpchar-to-text conversion does.
    private static func fromString(_ values: StringVector, _ source: DataType, to target: DataType,
                                   _ explicit: Bool, _ selection: SelectionVector?) throws -> ColumnStorage {
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        switch target {
        case .smallint: return .int16(try map(values, selection) { try ScalarText.parseInteger(text($0), as: target) })
        case .integer: return .int32(try map(values, selection) { try ScalarText.parseInteger(text($0), as: target) })
        case .bigint: return .int64(try map(values, selection) { try ScalarText.parseInteger(text($0), as: target) })
        case .decimal(let precision, let scale):
            return .int128(try map(values, selection) {
                try Decimal128.parse(text($0), precision: precision, scale: scale).unscaled
            })
        case .real: return .float32(try map(values, selection) { try FloatText.parse(text($0), as: target) })
        case .doublePrecision: return .float64(try map(values, selection) { try FloatText.parse(text($0), as: target) })
        case .boolean: return .boolean(try map(values, selection) { try ScalarText.parseBoolean(text($0)) })
        case .date: return .int32(try map(values, selection) { try DateTimeParser.parseDate(text($0)) })
        case .timestamp: return .int64(try map(values, selection) { try DateTimeParser.parseTimestamp(text($0)) })
        case .timestamptz: return .int64(try map(values, selection) { try DateTimeParser.parseTimestampTZ(text($0)) })
        case .time: return .int64(try map(values, selection) { try DateTimeParser.parseTime(text($0)) })
        case .timetz: return .int64(try map(values, selection) { try DateTimeParser.parseTimeTZ(text($0)) })
        case .char, .varchar:
            let trimsBlanks: Bool
            if case .char = source, case .varchar = target { trimsBlanks = true } else { trimsBlanks = false }
            return .string(try KernelLoops.map(values, selection: selection, into: StringVector.self) { bytes in
                let kept = trimsBlanks ? bytes.prefix(StringFitting.trimmedLength(bytes)) : bytes
                return try fitted(kept, to: target, explicit: explicit)
            })
        }
    }

    private static func map<Source: ColumnReading, Target>(_ values: Source, _ selection: SelectionVector?,
                                                           _ transform: (Source.Element) throws -> Target) rethrows
        -> FixedWidthVector<Target> {
        try KernelLoops.map(values, selection: selection, into: FixedWidthVector<Target>.self, transform)
    }

    private static func strings<Source: ColumnReading>(_ values: Source, _ selection: SelectionVector?, _ target: DataType,
                                                       _ explicit: Bool, _ format: (Source.Element) -> String) throws
        -> ColumnStorage {
        .string(try KernelLoops.map(values, selection: selection, into: StringVector.self) {
            try fitted(Array(format($0).utf8), to: target, explicit: explicit)
        })
    }

    private static func fitted<Bytes: RandomAccessCollection>(_ bytes: Bytes, to target: DataType,
                                                              explicit: Bool) throws -> [UInt8] where Bytes.Element == UInt8 {
        let fit = try StringFitting.fit(bytes, to: target, explicit: explicit)
        var result = Array(bytes.prefix(fit.keep))
        if fit.padding > 0 { result.append(contentsOf: repeatElement(0x20, count: fit.padding)) }
        return result
    }
}
