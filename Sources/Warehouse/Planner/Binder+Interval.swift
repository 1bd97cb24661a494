/// Interval arithmetic. Redshift has INTERVAL literals but no INTERVAL columns, so an interval
/// here is always a constant: `datetime ± interval` binds to DATEADD calls by months, then
/// days, then microseconds (PostgreSQL's order, so `'2024-01-31' + '1 month'` is 2024-02-29).
/// A DATE operand yields a TIMESTAMP; a TIME only moves by the interval's time part and wraps.
extension Binder {
    /// The bound `left op right` when either operand is an INTERVAL literal; nil otherwise.
    func bindIntervalArithmetic(_ op: BinaryOperator, _ left: Expression, _ right: Expression,
                                _ context: ExpressionContext) throws -> BoundExpression? {
        let leftInterval = try Self.intervalLiteral(left), rightInterval = try Self.intervalLiteral(right)
        guard leftInterval != nil || rightInterval != nil else { return nil }
        let interval: IntervalValue, datetime: BoundExpression
        switch (op, leftInterval, rightInterval) {
        case (.add, nil, let value?), (.subtract, nil, let value?):
            datetime = try bind(left, context)
            interval = op == .subtract ? value.negated : value
        case (.add, let value?, nil):
            datetime = try bind(right, context)
            interval = value
        default:
            let leftType = leftInterval == nil ? try bind(left, context).type.baseName : "interval"
            let rightType = rightInterval == nil ? try bind(right, context).type.baseName : "interval"
            throw SQLError(SQLState.undefinedFunction, "operator does not exist: \(leftType) \(op.rawValue) \(rightType)",
                           hint: "No operator matches the given name and argument type(s). You might need to add explicit type casts.")
        }
        var value = Self.isUntyped(datetime) ? try coerce(datetime, to: .timestamp) : datetime
        guard value.type.isDateTime else {
            throw SQLError(SQLState.undefinedFunction, "operator does not exist: \(value.type.baseName) \(op.rawValue) interval",
                           hint: "No operator matches the given name and argument type(s). You might need to add explicit type casts.")
        }
        func shift(_ part: String, _ amount: Int64) throws {
            guard amount != 0 else { return }
            let text = BoundExpression.constant(.string(part), .varchar(length: part.utf8.count))
            value = try callScalar("dateadd", [text, .constant(.bigint(amount), .bigint), value])
        }
        if value.type == .time || value.type == .timetz {
            try shift("microsecond", interval.microseconds % Microseconds.perDay)
            return value
        }
        try shift("month", interval.months)
        try shift("day", interval.days)
        try shift("microsecond", interval.microseconds)
        return value.type == .date ? try coerce(value, to: .timestamp) : value
    }

    /// The value of `interval 'text'`, `'text'::interval` or `CAST('text' AS interval)`.
    static func intervalLiteral(_ expression: Expression) throws -> IntervalValue? {
        switch expression.kind {
        case .literal(.typed(let type, let text)) where type.name.lowercased() == "interval":
            return try at(expression.location) { try IntervalValue.parse(text) }
        case .cast(let operand, let type) where type.name.lowercased() == "interval":
            guard case .literal(.string(let text)) = operand.kind else { throw intervalNotSupported }
            return try at(operand.location) { try IntervalValue.parse(text) }
        default:
            return nil
        }
    }

    static let intervalNotSupported = SQLError(
        SQLState.featureNotSupported,
        "INTERVAL values are supported only when added to or subtracted from a date, time or timestamp")
}
