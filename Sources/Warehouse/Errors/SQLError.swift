/// An error the engine reports to a SQL client, shaped like a PostgreSQL/Redshift error
/// response so `lab sql` and the REPL can print it as psql does (`ERROR:  ...`, `DETAIL:`,
/// `HINT:`, `LINE n:` with a caret under `position`).
public struct SQLError: Error, Equatable, Sendable {
    /// The five-character SQLSTATE, e.g. `42601` for a syntax error.
    public var sqlState: String
    /// The primary message, without the `ERROR:  ` prefix.
    public var message: String
    public var detail: String?
    public var hint: String?
    /// 1-based character offset into the statement text, when the error points at a place.
    public var position: Int?

    public init(_ sqlState: String, _ message: String, detail: String? = nil, hint: String? = nil,
                position: Int? = nil) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
    }
}

/// The SQLSTATE codes the engine uses, named as PostgreSQL's errcodes.txt names them.
public enum SQLState {
    public static let syntaxError = "42601"
    public static let undefinedTable = "42P01"
    public static let undefinedColumn = "42703"
    public static let undefinedFunction = "42883"
    public static let duplicateTable = "42P07"
    public static let duplicateColumn = "42701"
    public static let ambiguousColumn = "42702"
    public static let datatypeMismatch = "42804"
    public static let groupingError = "42803"
    public static let invalidTextRepresentation = "22P02"
    public static let numericValueOutOfRange = "22003"
    public static let stringDataRightTruncation = "22001"
    public static let divisionByZero = "22012"
    public static let datetimeFieldOverflow = "22008"
    public static let invalidDatetimeFormat = "22007"
    public static let cannotCoerce = "42846"
    public static let undefinedObject = "42704"
    public static let invalidParameterValue = "22023"
    public static let featureNotSupported = "0A000"
    public static let statementTooComplex = "54001"
    public static let internalError = "XX000"
    /// PostgreSQL's data_corrupted: a database file failed its checksum or does not parse.
    public static let dataCorrupted = "XX001"
    /// PostgreSQL's lock_not_available: another process holds the database's write lock.
    public static let lockNotAvailable = "55P03"
    /// PostgreSQL's io_error: a database file could not be read or written.
    public static let ioError = "58030"
}

extension SQLError: CustomStringConvertible {
    /// The message alone, for text that is not psql's error display (`cannot open the
    /// database: ...`), where the fields of the struct would otherwise be printed.
    public var description: String { message }
}
