/// The relational operators a bound statement is made of. Every node knows its output column
/// types; column references in its expressions are positions in its input's output (for a join,
/// the left input's columns followed by the right's).
public indirect enum LogicalPlan: Sendable {
    case scan(ScanPlan)
    /// Rows of constant expressions (`VALUES`, and the one empty row of a SELECT without FROM).
    case values(rows: [[BoundExpression]], types: [DataType])
    case filter(LogicalPlan, BoundExpression)
    case project(LogicalPlan, [BoundExpression])
    case join(JoinPlan)
    case aggregate(LogicalPlan, keys: [BoundExpression], aggregates: [BoundAggregate])
    /// The input's columns followed by one column per window function.
    case window(LogicalPlan, [WindowFunctionPlan])
    case sort(LogicalPlan, [SortKeyPlan])
    case limit(LogicalPlan, limit: Int?, offset: Int)
    case distinct(LogicalPlan)
    case setOperation(SetOperator, all: Bool, LogicalPlan, LogicalPlan)

    public var types: [DataType] {
        switch self {
        case .scan(let scan): scan.withRowID ? scan.types + [.bigint] : scan.types
        case .values(_, let types): types
        case .filter(let input, _), .sort(let input, _), .limit(let input, _, _), .distinct(let input): input.types
        case .project(_, let expressions): expressions.map(\.type)
        case .join(let join): join.kind == .semi || join.kind == .anti ? join.left.types : join.left.types + join.right.types
        case .aggregate(_, let keys, let aggregates): keys.map(\.type) + aggregates.map(\.function.returnType)
        case .window(let input, let functions): input.types + functions.map(\.type)
        case .setOperation(_, _, let left, _): left.types
        }
    }
}

/// Reads columns `projection` of a table (of types `types`); with `withRowID` a BIGINT row number
/// follows them (UPDATE and DELETE find the rows they change by it). `predicate`, over the
/// scan's output, keeps only the rows it holds for: filters pushed down to where the rows are
/// read, so storage can skip what they rule out.
public struct ScanPlan: Sendable {
    public var schema: String
    public var table: String
    public var projection: [Int]
    public var types: [DataType]
    public var withRowID = false
    public var predicate: BoundExpression?
    /// Whether `table` names a system relation (in `SystemRelations`), computed when scanned.
    public var isSystem = false
}

public struct JoinPlan: Sendable {
    /// `semi` keeps the left rows that have a match and `anti` those that have none; both
    /// output only the left columns.
    public enum Kind: Sendable { case inner, left, right, full, semi, anti }

    public var kind: Kind
    public var left: LogicalPlan
    public var right: LogicalPlan
    /// Equality keys: left key `i` (over the left input) equals right key `i` (over the right).
    public var leftKeys: [BoundExpression]
    public var rightKeys: [BoundExpression]
    /// The rest of the ON condition, over the joined row (left columns then right columns).
    public var residual: BoundExpression?
}

/// One aggregate call of a GROUP BY: the resolved function and its bound arguments.
public struct BoundAggregate: Sendable {
    public var function: ResolvedAggregate
    public var arguments: [BoundExpression]
    public var distinct: Bool
    /// The function's name as called (lower case), for EXPLAIN to print the call.
    public var name = ""
}

public struct SortKeyPlan: Sendable {
    public var expression: BoundExpression
    public var descending: Bool
    public var nullsFirst: Bool
}
