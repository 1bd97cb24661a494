/// Plan-time simplification of bound expressions, so work that gives the same answer on every
/// row is done once per statement instead of once per row of every batch:
///
/// - an operation whose operands are all constants becomes its value
///   (`dateadd(year, 1, date '1994-01-01')`, `1 + 10`, `-90`), as PostgreSQL's planner folds
///   them; a call with no arguments (`random()`, `getdate()`) is left alone, and so is anything
///   whose evaluation fails now — it raises its error when (and only if) a row reaches it;
/// - a DATE compared with a constant TIMESTAMP compares in days (`l_shipdate < '1995-01-01
///   00:00:00'` becomes `l_shipdate < date '1995-01-01'`), so the column is not widened to
///   microseconds row by row. The rewrite is exact: a day `d` is the instant `d 00:00:00`.
///
/// Results that are strings or NULL stay unfolded: an unfolded string constant reads as an
/// untyped literal (`Binder.isUntyped`), which would change how the binder coerces it.
enum ConstantFolding {
    static func fold(_ expression: BoundExpression, system: SystemState) -> BoundExpression {
        switch expression {
        case .cast(let operand, let type, let explicit):
            return evaluated(.cast(fold(operand, system: system), type, explicit: explicit), system)
        case .arithmetic(let op, let left, let right, let type):
            return evaluated(.arithmetic(op, fold(left, system: system), fold(right, system: system), type), system)
        case .negate(let operand):
            return evaluated(.negate(fold(operand, system: system)), system)
        case .dateArithmetic(let op, let left, let right):
            return evaluated(.dateArithmetic(op, fold(left, system: system), fold(right, system: system)), system)
        case .function(let function, let arguments, let name) where !arguments.isEmpty:
            return evaluated(.function(function, arguments.map { fold($0, system: system) }, name: name), system)
        case .comparison(let op, let left, let right):
            let comparison = BoundExpression.comparison(op, fold(left, system: system), fold(right, system: system))
            return dateComparison(comparison) ?? comparison
        case .and(let operands):
            return .and(operands.map { fold($0, system: system) })
        case .or(let operands):
            return .or(operands.map { fold($0, system: system) })
        case .not(let operand):
            return .not(fold(operand, system: system))
        default:
            return expression
        }
    }

    /// The value of `expression` when every operand is a constant and evaluating it succeeds.
    private static func evaluated(_ expression: BoundExpression, _ system: SystemState) -> BoundExpression {
        guard operands(of: expression).allSatisfy(isConstant) else { return expression }
        let type = expression.type
        guard !type.isString,
              let vector = try? ExpressionEvaluator(context: ExecutionContext(system: system))
                  .evaluate(expression, Batch(columns: [], count: 1)),
              vector.count == 1 else { return expression }
        let datum = vector.datum(at: 0)
        return datum == .null ? expression : .constant(datum, type)
    }

    /// A literal the binder has given its type (`date '1994-01-01'` binds as a typed constant
    /// under a written cast), not a folded string.
    private static func isConstant(_ expression: BoundExpression) -> Bool {
        switch expression {
        case .constant: true
        case .cast(.constant(_, let source), let target, _): source == target
        default: false
        }
    }

    private static func operands(of expression: BoundExpression) -> [BoundExpression] {
        switch expression {
        case .cast(let operand, _, _), .negate(let operand): [operand]
        case .arithmetic(_, let left, let right, _), .dateArithmetic(_, let left, let right): [left, right]
        case .function(_, let arguments, _): arguments
        default: []
        }
    }

    /// `date op timestamp-constant` (either order) as a comparison of days, when exact.
    private static func dateComparison(_ expression: BoundExpression) -> BoundExpression? {
        guard case .comparison(let op, let left, let right) = expression else { return nil }
        if left.type == .date, let instant = timestamp(right), let day = day(op, instant) {
            return .comparison(day.op, left, .constant(.date(day.value), .date))
        }
        if right.type == .date, let instant = timestamp(left), let day = day(op.flipped, instant) {
            return .comparison(day.op, right, .constant(.date(day.value), .date))
        }
        return nil
    }

    private static func timestamp(_ expression: BoundExpression) -> Int64? {
        switch expression {
        case .constant(.timestamp(let value), _), .constant(.timestamptz(let value), _): value
        default: nil
        }
    }

    /// `d op instant` for a day `d` (the instant `d × perDay`) as `d op' day`. At midnight every
    /// operator carries over; otherwise `d < t` and `d <= t` both mean `d <= floor(t)`, and
    /// `d > t`, `d >= t` mean `d > floor(t)` (equality can never hold, so it is not rewritten).
    private static func day(_ op: ComparisonOperation, _ instant: Int64) -> (op: ComparisonOperation, value: Int32)? {
        let (days, timeOfDay) = Microseconds.split(instant)
        guard let value = Int32(exactly: days) else { return nil }
        if timeOfDay == 0 { return (op, value) }
        switch op {
        case .less, .lessOrEqual: return (.lessOrEqual, value)
        case .greater, .greaterOrEqual: return (.greater, value)
        case .equal, .notEqual: return nil
        }
    }
}
