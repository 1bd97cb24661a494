/// The arithmetic PostgreSQL 8 defines on DATE: adding or subtracting a number of days, and
/// the number of days between two dates. Results beyond DATE's range are `date out of range`.
public enum DateArithmetic: Sendable {
    case addDays, subtractDays, daysBetween

    /// The bound form of `left op right` when it is date arithmetic; nil when it is not.
    /// Untyped literals take the type the other side needs (`d - '2024-01-01'` is a difference).
    static func bind(_ op: ArithmeticOperation, _ left: BoundExpression, _ right: BoundExpression,
                     coerce: (BoundExpression, DataType) throws -> BoundExpression) throws -> BoundExpression? {
        switch (op, left.type, right.type) {
        case (.add, .date, _) where right.type.isInteger || Binder.isUntyped(right):
            return .dateArithmetic(.addDays, left, try coerce(right, .integer))
        case (.add, _, .date) where left.type.isInteger || Binder.isUntyped(left):
            return .dateArithmetic(.addDays, right, try coerce(left, .integer))
        case (.subtract, .date, .date):
            return .dateArithmetic(.daysBetween, left, right)
        case (.subtract, .date, _) where Binder.isUntyped(right):
            return .dateArithmetic(.daysBetween, left, try coerce(right, .date))
        case (.subtract, .date, _) where right.type.isInteger:
            return .dateArithmetic(.subtractDays, left, try coerce(right, .integer))
        default:
            return nil
        }
    }

    func apply(_ left: ColumnVector, _ right: ColumnVector, selection: SelectionVector?) throws -> ColumnVector {
        let count = try BroadcastShape.checked(left, right)
        let days = try CastKernel.cast(right, to: self == .daysBetween ? .date : .integer,
                                       selection: BroadcastShape.selection(selection, right, count))
        guard case .int32(let dates) = left.storage, case .int32(let amounts) = days.storage else {
            throw SQLError(SQLState.internalError, "date arithmetic on \(left.type.sqlName) and \(right.type.sqlName)")
        }
        let range = Int32(CalendarDate(year: CalendarDate.yearRange.lowerBound, month: 1, day: 1).daysSinceEpoch)
            ... Int32(CalendarDate(year: CalendarDate.yearRange.upperBound, month: 12, day: 31).daysSinceEpoch)
        let values = try KernelLoops.zip(dates, amounts, selection: selection, into: FixedWidthVector<Int32>.self) { date, amount in
            let (result, overflow): (Int32, Bool)
            switch self {
            case .addDays: (result, overflow) = date.addingReportingOverflow(amount)
            case .subtractDays, .daysBetween: (result, overflow) = date.subtractingReportingOverflow(amount)
            }
            if self != .daysBetween, overflow || !range.contains(result) {
                throw SQLError(SQLState.datetimeFieldOverflow, "date out of range")
            }
            return result
        }
        return ColumnVector(uncheckedType: self == .daysBetween ? .integer : .date, storage: .int32(values))
    }
}
