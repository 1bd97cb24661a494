/// A complete query: optional WITH, a body of SELECTs combined by set operators, and the
/// ORDER BY / LIMIT / OFFSET that apply to the whole body.
public struct Query: Sendable, Hashable {
    public var with: WithClause?
    public var body: QueryBody
    public var orderBy: [OrderItem]
    /// `nil` for no LIMIT and for `LIMIT ALL` (Redshift's `SELECT TOP n` is `Select.top`).
    public var limit: Expression?
    public var offset: Expression?
    public var location: SourceLocation
}

/// The part of a query that set operators combine.
public indirect enum QueryBody: Sendable, Hashable {
    case select(Select)
    case setOperation(SetOperation)
    /// A parenthesised query that has its own WITH, ORDER BY, LIMIT or OFFSET. A parenthesised
    /// query without them is unwrapped to its body, so parentheses alone never change the tree.
    case nested(Query)
}

public struct SetOperation: Sendable, Hashable {
    public var op: SetOperator
    /// `UNION ALL` etc.; `false` means the duplicate-eliminating form.
    public var all: Bool
    public var left: QueryBody
    public var right: QueryBody
    public var location: SourceLocation
}

/// `MINUS` is Redshift's spelling of `EXCEPT` and parses to `.except`.
public enum SetOperator: String, Sendable, Hashable {
    case union = "UNION", intersect = "INTERSECT", except = "EXCEPT"
}

public struct WithClause: Sendable, Hashable {
    public var recursive: Bool
    public var tables: [CommonTableExpression]
}

public struct CommonTableExpression: Sendable, Hashable {
    public var name: Identifier
    public var columns: [Identifier]
    public var query: Query
}

/// One `SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ...` block.
public struct Select: Sendable, Hashable {
    public var distinct: Bool
    /// Redshift's `SELECT TOP n`.
    public var top: Expression?
    public var items: [SelectItem]
    /// `SELECT ... INTO [TEMP] new_table`, which creates a table.
    public var into: SelectInto?
    /// Comma-separated FROM items; an empty list means no FROM clause.
    public var from: [TableReference]
    public var whereClause: Expression?
    public var groupBy: [GroupingElement]
    public var having: Expression?
    public var location: SourceLocation
}

public enum SelectItem: Sendable, Hashable {
    /// `*` (no qualifier) or `t.*`.
    case wildcard(qualifier: [Identifier], location: SourceLocation)
    case expression(Expression, alias: Identifier?)
}

public struct SelectInto: Sendable, Hashable {
    public var temporary: Bool
    public var table: ObjectName
}

/// One item of GROUP BY, where it was written.
public struct GroupingElement: Sendable, Hashable {
    public var kind: Kind
    public var location: SourceLocation

    public enum Kind: Sendable, Hashable {
        /// An expression, or an output-column ordinal such as `GROUP BY 1`.
        case expression(Expression)
        case rollup([Expression])
        case cube([Expression])
        /// `GROUPING SETS ((a, b), (a), ())`.
        case groupingSets([[Expression]])
    }
}

/// An item of a FROM clause.
public indirect enum TableReference: Sendable, Hashable {
    case table(ObjectName, alias: TableAlias?)
    /// A subquery in FROM; unlike PostgreSQL, Redshift lets it go without an alias.
    case subquery(Query, alias: TableAlias?, location: SourceLocation)
    case join(Join)
}

/// `[AS] alias [(column, ...)]`.
public struct TableAlias: Sendable, Hashable {
    public var name: Identifier
    public var columns: [Identifier]
}

public struct Join: Sendable, Hashable {
    public var kind: JoinKind
    public var left: TableReference
    public var right: TableReference
    /// `nil` only for CROSS JOIN.
    public var condition: JoinCondition?
    public var location: SourceLocation
}

public enum JoinKind: String, Sendable, Hashable {
    case inner = "JOIN", left = "LEFT JOIN", right = "RIGHT JOIN", full = "FULL JOIN", cross = "CROSS JOIN"
}

public enum JoinCondition: Sendable, Hashable {
    case on(Expression)
    case using([Identifier])
    case natural
}

extension Query: CustomStringConvertible {
    /// The query as canonical SQL.
    public var description: String { SQLPrinter.query(self) }
}
