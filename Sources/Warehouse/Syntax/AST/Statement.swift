/// One parsed statement with where it starts in the text it was parsed from.
public struct Statement: Sendable, Hashable {
    public var kind: StatementKind
    public var location: SourceLocation
}

public indirect enum StatementKind: Sendable, Hashable {
    case query(Query)
    case insert(Insert)
    case update(Update)
    case delete(Delete)
    case merge(Merge)
    case createSchema(CreateSchema)
    case createTable(CreateTable)
    case createTableAs(CreateTableAs)
    case alterTable(AlterTable)
    case truncate(ObjectName)
    case createView(CreateView)
    case createMaterializedView(CreateMaterializedView)
    case refreshMaterializedView(ObjectName)
    /// `ALTER MATERIALIZED VIEW name AUTO REFRESH YES | NO`, the only change Redshift allows.
    case alterMaterializedViewAutoRefresh(ObjectName, Bool)
    /// DROP TABLE | VIEW | MATERIALIZED VIEW | SCHEMA.
    case drop(Drop)
    case transaction(TransactionCommand)
    case set(SetVariable)
    /// `RESET name` (`RESET ALL` resets the name `all`).
    case reset(String)
    /// `SHOW name` (`SHOW ALL` shows the name `all`).
    case show(String)
    case explain(Explain)
    case vacuum(Vacuum)
    case analyze(Analyze)
    case analyzeCompression(AnalyzeCompression)
    case copy(Copy)
    case unload(Unload)
    case grant(Grant)
    case revoke(Revoke)
}

public struct Explain: Sendable, Hashable {
    public var verbose: Bool
    public var statement: Statement
}

/// BEGIN / START TRANSACTION, COMMIT / END, ROLLBACK / ABORT.
public enum TransactionCommand: String, Sendable, Hashable {
    case begin = "BEGIN", commit = "COMMIT", rollback = "ROLLBACK"
}

/// `SET [SESSION | LOCAL] name {TO | =} value [, ...] | DEFAULT`.
public struct SetVariable: Sendable, Hashable {
    public var name: String
    /// `nil` for `DEFAULT`.
    public var values: [OptionValue]?
    public var isLocal: Bool
}

/// A scalar written as an argument of SET, COPY, UNLOAD: kept as written, with words lower case.
public enum OptionValue: Sendable, Hashable {
    case string(String)
    /// A number, as written (`100`, `-1`, `0.5`).
    case number(String)
    /// A bare word such as `on`, `auto`, `csv`, `default`, `mb`.
    case word(String)
}

extension Statement: CustomStringConvertible {
    /// The statement as canonical SQL.
    public var description: String { SQLPrinter.statement(self) }
}
