/// A table's declaration with every Redshift attribute stored as declared, so EXPLAIN, the
/// system views and the labs' design checks read back exactly what the learner wrote.
public struct TableDefinition: Sendable, Hashable {
    public var schema: String
    public var name: String
    public var columns: [TableColumn]
    public var temporary: Bool
    /// `DISTSTYLE` as written; nil when not written (Redshift's default is AUTO).
    public var distStyle: DistStyle?
    /// The DISTKEY column, given at table or column level.
    public var distKey: String?
    /// Sort key columns in order, given at table or column level; empty for none.
    public var sortKey: [String]
    public var sortKeyStyle: SortKeyStyle?
    /// `SORTKEY AUTO` written explicitly.
    public var sortKeyAuto: Bool
    public var backup: Bool
    public var encodeAuto: Bool
    public var constraints: [TableConstraintKind]
    /// The next value each IDENTITY column hands out, by column index.
    public var identityNext: [Int: Int64]
    /// When CREATE TABLE ran (a TIMESTAMP value), as SVV_TABLE_INFO.create_time shows it.
    public var createdAt: Int64?

    public init(schema: String, name: String, columns: [TableColumn]) {
        self.schema = schema
        self.name = name
        self.columns = columns
        temporary = false
        sortKey = []
        sortKeyAuto = false
        backup = true
        encodeAuto = false
        constraints = []
        identityNext = [:]
    }

    /// The distribution style in effect: as written, else KEY when a DISTKEY was given, else AUTO.
    public var effectiveDistStyle: DistStyle { distStyle ?? (distKey != nil ? .key : .auto) }

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
}
