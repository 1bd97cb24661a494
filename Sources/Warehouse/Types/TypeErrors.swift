/// The SQL-visible errors of type conversion and arithmetic, in Redshift's (PostgreSQL 8's) words,
/// kept in one place so every kernel and cast reports a given failure identically.
public enum TypeErrors: Sendable {
    public static let numericResultOverflow = SQLError(SQLState.numericValueOutOfRange,
                                                       "Numeric data overflow (result precision)")
    public static let divisionByZero = SQLError(SQLState.divisionByZero, "division by zero")

    /// `integer out of range`, `smallint out of range`, `bigint out of range`.
    public static func outOfRange(_ type: DataType) -> SQLError {
        SQLError(SQLState.numericValueOutOfRange, "\(type.baseName) out of range")
    }

    /// A text value that does not fit DECIMAL(precision, scale).
    public static func numericFieldOverflow(precision: Int, scale: Int) -> SQLError {
        SQLError(SQLState.numericValueOutOfRange, "numeric field overflow",
                 detail: "A field with precision \(precision), scale \(scale) must round to an absolute value less than 10^\(precision - scale).")
    }

    /// `invalid input syntax for integer: "abc"`; PostgreSQL 8 omits "type" for the integer types.
    public static func invalidInput(_ type: DataType, _ text: some StringProtocol) -> SQLError {
        let name: String
        switch type {
        case .smallint, .integer, .bigint: name = "integer"
        case .time: name = "type time"
        case .timestamp: name = "type timestamp"
        default: name = "type " + type.baseName
        }
        return SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for \(name): \"\(text)\"")
    }

    public static func valueTooLong(_ type: DataType) -> SQLError {
        SQLError(SQLState.stringDataRightTruncation, "value too long for type \(type.sqlName)")
    }

    public static func cannotCast(_ source: DataType, _ target: DataType) -> SQLError {
        SQLError(SQLState.cannotCoerce, "cannot cast type \(source.baseName) to \(target.baseName)")
    }

    public static func operatorDoesNotExist(_ left: DataType, _ symbol: String, _ right: DataType) -> SQLError {
        SQLError(SQLState.undefinedFunction, "operator does not exist: \(left.baseName) \(symbol) \(right.baseName)",
                 hint: "No operator matches the given name and argument type(s). You might need to add explicit type casts.")
    }

    public static func functionDoesNotExist(_ name: String, _ argument: DataType) -> SQLError {
        SQLError(SQLState.undefinedFunction, "function \(name)(\(argument.baseName)) does not exist",
                 hint: "No function matches the given name and argument types. You might need to add explicit type casts.")
    }

    /// `date/time field date value out of range: 2001-6-31`
    public static func dateFieldOutOfRange(year: Int, month: Int, day: Int) -> SQLError {
        SQLError(SQLState.datetimeFieldOverflow, "date/time field date value out of range: \(year)-\(month)-\(day)")
    }

    /// `date/time field time value out of range: 24:38:15.0`
    public static func timeFieldOutOfRange(_ text: String) -> SQLError {
        SQLError(SQLState.datetimeFieldOverflow, "date/time field time value out of range: \(text)")
    }

    /// `date out of range: "..."`, `timestamp out of range: "..."` for values beyond 4713 BC–294276 AD.
    public static func dateTimeOutOfRange(_ type: DataType, _ text: some StringProtocol) -> SQLError {
        let name = type == .date ? "date" : "timestamp"
        return SQLError(SQLState.datetimeFieldOverflow, "\(name) out of range: \"\(text)\"")
    }
}
