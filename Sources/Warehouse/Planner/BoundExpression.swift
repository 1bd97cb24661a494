/// An expression after binding: names resolved to input column positions, every node typed,
/// implicit casts made explicit, and syntax sugar (BETWEEN, IN lists, NULLIF, simple CASE)
/// reduced to a few forms the evaluator runs over whole vectors.
public indirect enum BoundExpression: Sendable {
    /// Column `index` of the operator's input.
    case column(Int, DataType)
    /// Column `index` of the enclosing query's row, inside a correlated subquery; the planner
    /// turns the subquery into a join before anything evaluates it.
    case outerColumn(Int, DataType)
    case constant(Datum, DataType)
    case cast(BoundExpression, DataType, explicit: Bool)
    case arithmetic(ArithmeticOperation, BoundExpression, BoundExpression, DataType)
    case negate(BoundExpression)
    /// `date ± integer` (a DATE) and `date - date` (an INTEGER count of days).
    case dateArithmetic(DateArithmetic, BoundExpression, BoundExpression)
    case comparison(ComparisonOperation, BoundExpression, BoundExpression)
    case and([BoundExpression])
    case or([BoundExpression])
    case not(BoundExpression)
    case isNull(BoundExpression, negated: Bool)
    /// `x IS [NOT] DISTINCT FROM y`: NULLs compare equal to each other.
    case isDistinctFrom(BoundExpression, BoundExpression, negated: Bool)
    /// Searched CASE; branches in order, `otherwise` NULL when absent.
    case caseWhen([(condition: BoundExpression, result: BoundExpression)], otherwise: BoundExpression, DataType)
    case coalesce([BoundExpression], DataType)
    case concatenate(BoundExpression, BoundExpression)
    case like(BoundExpression, pattern: BoundExpression, caseInsensitive: Bool, negated: Bool)
    case function(ResolvedScalarFunction, [BoundExpression], name: String)
    /// An uncorrelated subquery's single value (NULL when it returns no row).
    case scalarSubquery(SubqueryPlan)
    /// `x [NOT] IN (subquery)` with SQL's NULL rules.
    case inSubquery(BoundExpression, SubqueryPlan, negated: Bool)
    case exists(SubqueryPlan)
    /// `x op ANY (subquery)` or `x op ALL (subquery)` over an uncorrelated subquery.
    case quantified(ComparisonOperation, BoundExpression, SubqueryPlan, all: Bool)
    /// `[NOT] EXISTS` or `x IN` over a subquery that reads the enclosing row: a semi or anti
    /// join once the WHERE clause holding it is planned.
    case correlated(CorrelatedSubquery)
    /// A correlated subquery no join can express, run once per distinct value of the enclosing
    /// row's columns it reads (see `CorrelatedApply`).
    case apply(CorrelatedApply)

    public var type: DataType {
        switch self {
        case .column(_, let type), .outerColumn(_, let type), .constant(_, let type), .cast(_, let type, _), .arithmetic(_, _, _, let type),
             .caseWhen(_, _, let type), .coalesce(_, let type):
            type
        case .negate(let operand): operand.type
        case .dateArithmetic(let op, _, _): op == .daysBetween ? .integer : .date
        case .comparison, .and, .or, .not, .isNull, .isDistinctFrom, .like, .inSubquery, .exists, .correlated, .quantified: .boolean
        case .concatenate(let left, let right): .varchar(length: Self.concatenatedLength(left.type, right.type))
        case .function(let function, _, _): function.returnType
        case .scalarSubquery(let subquery): subquery.plan.types.first ?? .varchar(length: DataType.defaultVarcharLength)
        case .apply(let apply): apply.kind == .scalar ? apply.plan.types.first ?? .varchar(length: DataType.defaultVarcharLength) : .boolean
        }
    }

    /// The byte length bound of `a || b`.
    static func concatenatedLength(_ left: DataType, _ right: DataType) -> Int {
        func length(_ type: DataType) -> Int {
            switch type {
            case .char(let n), .varchar(let n): n
            default: 64
            }
        }
        return min(length(left) + length(right), DataType.maxVarcharLength)
    }
}

/// A correlated `[NOT] EXISTS (subquery)` or `probe IN (subquery)`.
public struct CorrelatedSubquery: Sendable {
    public var plan: LogicalPlan
    /// For IN: the value compared with the subquery's column.
    public var probe: BoundExpression?
    public var negated: Bool
}

/// A subquery planned on its own, with a number the executor caches its result under, so it
/// runs once per statement however many batches ask for it.
public struct SubqueryPlan: Sendable {
    public let id: Int
    public let plan: LogicalPlan
}
