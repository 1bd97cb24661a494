/// The type an argument is read as for each kind of parameter, or nil when the argument cannot
/// be passed there. The binder casts the argument to the returned type.
enum ParameterTypes {
    /// One parameter's rule (`text`, `integer`, ...).
    typealias Rule = @Sendable (DataType) -> DataType?

    /// Text: VARCHAR keeps its type, CHAR(n) is read as VARCHAR(n) (losing its trailing blanks,
    /// as PostgreSQL's bpchar-to-text does), numbers, booleans and datetimes convert implicitly
    /// to their text form.
    static func text(_ type: DataType) -> DataType? {
        switch type {
        case .varchar: return type
        case .char(let length): return .varchar(length: length)
        default:
            return type.castKind(to: .varchar(length: DataType.maxVarcharLength)) == .implicit
                ? .varchar(length: DataType.maxVarcharLength) : nil
        }
    }

    /// An integer count or position (any number, rounded to INTEGER).
    static func integer(_ type: DataType) -> DataType? { type.isNumeric ? .integer : nil }

    /// A DOUBLE PRECISION operand.
    static func double(_ type: DataType) -> DataType? { type.isNumeric ? .doublePrecision : nil }

    /// A BOOLEAN flag.
    static func boolean(_ type: DataType) -> DataType? { type == .boolean || type.isInteger ? .boolean : nil }

    /// A point in time read as TIMESTAMP: DATE and TIMESTAMP arguments, and text (a quoted
    /// literal such as `'2008-02-28'`). TIMESTAMPTZ stays TIMESTAMPTZ.
    static func timestamp(_ type: DataType) -> DataType? {
        switch type {
        case .date, .timestamp: .timestamp
        case .timestamptz: .timestamptz
        case .char, .varchar: .timestamp
        default: nil
        }
    }

    /// A DATE argument: DATE, timestamps (their date) and text.
    static func date(_ type: DataType) -> DataType? {
        switch type {
        case .date, .timestamp, .timestamptz, .char, .varchar: .date
        default: nil
        }
    }

    /// Each argument through `rule`, or nil when any is rejected or the count differs.
    static func all(_ types: [DataType], _ rules: [Rule]) -> [DataType]? {
        guard types.count == rules.count else { return nil }
        var result: [DataType] = []
        for (type, rule) in zip(types, rules) {
            guard let accepted = rule(type) else { return nil }
            result.append(accepted)
        }
        return result
    }
}
