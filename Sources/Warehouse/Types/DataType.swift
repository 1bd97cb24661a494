/// A column or expression type as Redshift knows it.
///
/// Length and precision modifiers are part of the type because Redshift checks values against
/// them (`value too long for type character varying(5)`, `numeric field overflow`) and prints
/// them (`numeric(18,2)`). CHAR and VARCHAR lengths count bytes, not characters.
public enum DataType: Hashable, Sendable {
    case smallint
    case integer
    case bigint
    /// DECIMAL/NUMERIC: `precision` significant digits of which `scale` follow the point.
    case decimal(precision: Int, scale: Int)
    case real
    case doublePrecision
    case boolean
    /// Blank-padded fixed-length string; `length` in bytes.
    case char(length: Int)
    /// Variable-length string; `length` is the byte limit.
    case varchar(length: Int)
    case date
    case time
    /// Time of day stored in UTC, as Redshift stores TIMETZ.
    case timetz
    case timestamp
    /// Instant stored in UTC; printed in the session time zone (UTC).
    case timestamptz

    public static let maxDecimalPrecision = 38
    public static let maxDecimalScale = 37
    public static let defaultDecimal = DataType.decimal(precision: 18, scale: 0)
    public static let maxCharLength = 4096
    public static let maxVarcharLength = 65535
    public static let defaultVarcharLength = 256

    /// The DECIMAL type an integer operand is treated as when mixed with DECIMAL.
    public var asDecimal: DataType? {
        switch self {
        case .smallint: .decimal(precision: 5, scale: 0)
        case .integer: .decimal(precision: 10, scale: 0)
        case .bigint: .decimal(precision: 19, scale: 0)
        case .decimal: self
        default: nil
        }
    }

    public var isInteger: Bool {
        switch self {
        case .smallint, .integer, .bigint: true
        default: false
        }
    }

    public var isFloatingPoint: Bool { self == .real || self == .doublePrecision }

    public var isNumeric: Bool {
        if case .decimal = self { return true }
        return isInteger || isFloatingPoint
    }

    public var isString: Bool {
        switch self {
        case .char, .varchar: true
        default: false
        }
    }

    public var isDateTime: Bool {
        switch self {
        case .date, .time, .timetz, .timestamp, .timestamptz: true
        default: false
        }
    }

    /// The in-memory representation vectors of this type use.
    public var physicalType: PhysicalType {
        switch self {
        case .smallint: .int16
        case .integer, .date: .int32
        case .bigint, .time, .timetz, .timestamp, .timestamptz: .int64
        case .decimal: .int128
        case .real: .float32
        case .doublePrecision: .float64
        case .boolean: .boolean
        case .char, .varchar: .string
        }
    }

    /// The scale of a DECIMAL type, 0 for every other type.
    public var decimalScale: Int {
        if case .decimal(_, let scale) = self { return scale }
        return 0
    }
}

/// The storage a column vector uses; several SQL types share one (DATE is `int32` days,
/// every timestamp and time is `int64` microseconds, every DECIMAL is an `int128` unscaled value).
public enum PhysicalType: Hashable, Sendable {
    case int16, int32, int64, int128, float32, float64, boolean, string
}
