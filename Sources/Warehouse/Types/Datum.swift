/// One boxed SQL value: for constants, literals, parameters and test assertions. Kernels never
/// see Datums; they run over the typed buffers of `ColumnVector`.
///
/// The payload is the engine's representation: DATE is days since 2000-01-01, TIMESTAMP,
/// TIMESTAMPTZ, TIME and TIMETZ are microseconds (see `CalendarDate`).
public enum Datum: Hashable, Sendable {
    case null
    case smallint(Int16)
    case integer(Int32)
    case bigint(Int64)
    case decimal(Decimal128)
    case real(Float)
    case double(Double)
    case boolean(Bool)
    case string(String)
    case date(Int32)
    case time(Int64)
    case timetz(Int64)
    case timestamp(Int64)
    case timestamptz(Int64)

    public var isNull: Bool { self == .null }

    /// The value as Redshift prints it in query output (psql style: booleans `t`/`f`,
    /// NULL as an empty string).
    public var text: String {
        switch self {
        case .null: ""
        case .smallint(let value): String(value)
        case .integer(let value): String(value)
        case .bigint(let value): String(value)
        case .decimal(let value): value.description
        case .real(let value): FloatText.format(value)
        case .double(let value): FloatText.format(value)
        case .boolean(let value): value ? "t" : "f"
        case .string(let value): value
        case .date(let days): DateTimeFormat.date(days)
        case .time(let micros): DateTimeFormat.time(micros)
        case .timetz(let micros): DateTimeFormat.timetz(micros)
        case .timestamp(let micros): DateTimeFormat.timestamp(micros)
        case .timestamptz(let micros): DateTimeFormat.timestamptz(micros)
        }
    }
}
