public struct Insert: Sendable, Hashable {
    public var table: ObjectName
    public var columns: [Identifier]
    public var source: InsertSource
}

public enum InsertSource: Sendable, Hashable {
    /// `VALUES (...), (...)`; an item may be `.defaultValue`.
    case values([[Expression]])
    case defaultValues
    case query(Query)
}

public struct Assignment: Sendable, Hashable {
    public var column: Identifier
    public var value: Expression
}

public struct Update: Sendable, Hashable {
    public var table: ObjectName
    public var alias: Identifier?
    public var assignments: [Assignment]
    public var from: [TableReference]
    public var whereClause: Expression?
}

public struct Delete: Sendable, Hashable {
    public var table: ObjectName
    public var alias: Identifier?
    public var using: [TableReference]
    public var whereClause: Expression?
}

/// `MERGE INTO target USING source ON condition` followed by WHEN clauses, or by Redshift's
/// `REMOVE DUPLICATES` (which must come with a matched UPDATE and an unmatched INSERT).
public struct Merge: Sendable, Hashable {
    public var target: ObjectName
    public var targetAlias: Identifier?
    /// A table or an aliased subquery.
    public var source: TableReference
    public var condition: Expression
    public var clauses: [MergeClause]
    public var removeDuplicates: Bool
}

/// One `WHEN [NOT] MATCHED THEN ...` clause, located at its WHEN.
public struct MergeClause: Sendable, Hashable {
    public var kind: Kind
    public var location: SourceLocation

    public enum Kind: Sendable, Hashable {
        case matchedUpdate([Assignment])
        case matchedDelete
        case notMatchedInsert(columns: [Identifier], values: [Expression])
    }
}
