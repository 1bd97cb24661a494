/// A value expression with where it starts in the text.
public struct Expression: Sendable, Hashable {
    public var kind: ExpressionKind
    public var location: SourceLocation
}

/// Every form a value expression can take, as written (no semantic rewriting beyond folding
/// synonyms: `!=` is `<>`, `SOME` is `ANY`, `CONVERT(t, x)` and `x::t` are casts).
public indirect enum ExpressionKind: Sendable, Hashable {
    case literal(Literal)
    /// A column reference, 1 to 4 parts (`a`, `t.a`, `s.t.a`, `db.s.t.a`).
    case column([Identifier])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `a AND b AND c` or `a OR b OR c` as one flat list, as PostgreSQL builds them: long
    /// generated conditions stay shallow, and the planner gets its conjuncts as a list.
    case logical(LogicalOperator, [Expression])
    /// `x IS [NOT] NULL`, also written `x ISNULL` / `x NOTNULL`.
    case isNull(Expression, negated: Bool)
    /// `x IS [NOT] TRUE | FALSE | UNKNOWN`.
    case isTruth(Expression, TruthValue, negated: Bool)
    case isDistinctFrom(Expression, Expression, negated: Bool)
    case between(Expression, low: Expression, high: Expression, negated: Bool, symmetric: Bool)
    case like(Expression, pattern: Expression, escape: Expression?, kind: PatternMatch, negated: Bool)
    case inList(Expression, [Expression], negated: Bool)
    case inSubquery(Expression, Query, negated: Bool)
    case exists(Query)
    /// A parenthesised query used as a value.
    case subquery(Query)
    /// `x op ANY|ALL (subquery)`.
    case quantified(Expression, BinaryOperator, Quantifier, Query)
    case cast(Expression, TypeName)
    /// `x AT TIME ZONE zone`.
    case atTimeZone(Expression, zone: Expression)
    case function(FunctionCall)
    /// `CASE [operand] WHEN ... THEN ... [ELSE ...] END`.
    case caseWhen(operand: Expression?, branches: [CaseBranch], otherwise: Expression?)
    case extract(field: String, from: Expression)
    /// `POSITION(substring IN string)`.
    case position(Expression, in: Expression)
    /// `SUBSTRING(x FROM start FOR length)` (the comma form is an ordinary function call).
    case substring(Expression, from: Expression?, for: Expression?)
    case trim(TrimSide?, characters: Expression?, from: Expression)
    /// A bare date-part word as the first argument of DATEADD, DATEDIFF or DATE_PART
    /// (`dateadd(month, 1, d)`), kept lower case and unresolved for the function to interpret.
    case datePart(String)
    /// A niladic SQL value such as `CURRENT_DATE` or Redshift's `SYSDATE`.
    case valueFunction(ValueFunction)
    /// `DEFAULT` in an INSERT's VALUES row or an UPDATE's SET.
    case defaultValue
}

public enum Literal: Sendable, Hashable {
    /// An integer constant that fits in 64 bits.
    case integer(Int64)
    /// Any other numeric constant, exactly as written (`1.50`, `1e10`, `99999999999999999999`).
    case numeric(String)
    case string(String)
    case boolean(Bool)
    case null
    /// `type 'text'`, e.g. `DATE '2008-01-01'`, `TIMESTAMP '...'`, `INTERVAL '1 day'`.
    case typed(TypeName, String)
}

public enum UnaryOperator: String, Sendable, Hashable {
    case minus = "-"
    case plus = "+"
    case not = "NOT"
}

public enum LogicalOperator: String, Sendable, Hashable {
    case and = "AND", or = "OR"
}

/// Binary operators, their raw value the canonical spelling.
public enum BinaryOperator: String, Sendable, Hashable {
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case concatenate = "||"
    case regexMatch = "~", regexNotMatch = "!~", regexMatchInsensitive = "~*", regexNotMatchInsensitive = "!~*"
    case likeOperator = "~~", notLikeOperator = "!~~", ilikeOperator = "~~*", notIlikeOperator = "!~~*"
    case bitwiseAnd = "&", bitwiseOr = "|", bitwiseXor = "#", shiftLeft = "<<", shiftRight = ">>"
}

public enum TruthValue: String, Sendable, Hashable {
    case `true` = "TRUE", `false` = "FALSE", unknown = "UNKNOWN"
}

public enum PatternMatch: String, Sendable, Hashable {
    case like = "LIKE", ilike = "ILIKE", similarTo = "SIMILAR TO"
}

public enum Quantifier: String, Sendable, Hashable {
    case any = "ANY", all = "ALL"
}

public enum TrimSide: String, Sendable, Hashable {
    case leading = "LEADING", trailing = "TRAILING", both = "BOTH"
}

public enum ValueFunction: String, Sendable, Hashable {
    case currentDate = "CURRENT_DATE", currentTime = "CURRENT_TIME", currentTimestamp = "CURRENT_TIMESTAMP"
    case localtime = "LOCALTIME", localtimestamp = "LOCALTIMESTAMP", sysdate = "SYSDATE"
    case currentUser = "CURRENT_USER", sessionUser = "SESSION_USER", user = "USER"
}

public struct CaseBranch: Sendable, Hashable {
    public var condition: Expression
    public var result: Expression
}

/// A function or aggregate call with everything Redshift lets follow it.
public struct FunctionCall: Sendable, Hashable {
    public var name: ObjectName
    public var arguments: [Expression]
    /// `COUNT(*)`.
    public var isStar: Bool
    public var isDistinct: Bool
    /// `APPROXIMATE COUNT(DISTINCT x)`, `APPROXIMATE PERCENTILE_DISC(...)`.
    public var isApproximate: Bool
    /// `WITHIN GROUP (ORDER BY ...)` of LISTAGG, MEDIAN, PERCENTILE_CONT/DISC.
    public var withinGroup: [OrderItem]
    /// `IGNORE | RESPECT NULLS`, written inside the parentheses or after them.
    public var nullTreatment: NullTreatment?
    public var window: WindowSpec?
}

public enum NullTreatment: String, Sendable, Hashable {
    case ignoreNulls = "IGNORE NULLS", respectNulls = "RESPECT NULLS"
}

/// The `OVER (...)` of a window function.
public struct WindowSpec: Sendable, Hashable {
    public var partitionBy: [Expression]
    public var orderBy: [OrderItem]
    public var frame: WindowFrame?
    public var location: SourceLocation
}

/// `ROWS|RANGE start` or `ROWS|RANGE BETWEEN start AND end`.
public struct WindowFrame: Sendable, Hashable {
    public var unit: FrameUnit
    public var start: FrameBound
    /// `nil` when the frame was written without BETWEEN.
    public var end: FrameBound?
    public var location: SourceLocation
}

public enum FrameUnit: String, Sendable, Hashable {
    case rows = "ROWS", range = "RANGE"
}

public enum FrameBound: Sendable, Hashable {
    case unboundedPreceding
    case preceding(Expression)
    case currentRow
    case following(Expression)
    case unboundedFollowing
}

/// One ORDER BY item; direction and null ordering stay `nil` when not written.
public struct OrderItem: Sendable, Hashable {
    public var expression: Expression
    public var direction: SortDirection?
    public var nulls: NullsOrder?
}

public enum SortDirection: String, Sendable, Hashable {
    case ascending = "ASC", descending = "DESC"
}

public enum NullsOrder: String, Sendable, Hashable {
    case first = "NULLS FIRST", last = "NULLS LAST"
}

extension Expression: CustomStringConvertible {
    /// The expression as canonical SQL.
    public var description: String { SQLPrinter.expression(self) }
}
