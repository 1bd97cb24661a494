/// How a table's rows are spread over slices and ordered within each, read from its definition
/// by column position (so renaming a column changes nothing stored).
public struct TableLayout: Sendable, Hashable {
    /// Where a row goes: by the hash of one column, round robin, or a copy on every node.
    public enum Placement: Sendable, Hashable {
        case key(column: Int)
        case even
        case all
    }

    public enum SortKind: Sendable, Hashable { case compound, interleaved }

    public var types: [DataType]
    /// The declared placement; nil for DISTSTYLE AUTO, where the engine chooses.
    public var declaredPlacement: Placement?
    /// The column AUTO distributes on once the table outgrows ALL: the first primary key
    /// column, as Redshift prefers the primary key (nil: AUTO falls back to EVEN).
    public var autoKeyColumn: Int?
    /// Sort key columns in key order; empty for a table without a sort key.
    public var sortColumns: [Int]
    public var sortKind: SortKind
    /// Each column's effective compression encoding, applied to its blocks as they are sealed.
    public var encodings: [ColumnEncoding]

    /// A layout as a database file keeps it.
    init(types: [DataType], declaredPlacement: Placement?, autoKeyColumn: Int?, sortColumns: [Int], sortKind: SortKind,
         encodings: [ColumnEncoding]) {
        self.types = types
        self.encodings = encodings
        self.declaredPlacement = declaredPlacement
        self.autoKeyColumn = autoKeyColumn
        self.sortColumns = sortColumns
        self.sortKind = sortKind
    }

    public init(_ definition: TableDefinition) {
        types = definition.columns.map(\.type)
        let distKey = definition.distKey.flatMap(definition.columnIndex)
        switch definition.effectiveDistStyle {
        case .key: declaredPlacement = distKey.map { .key(column: $0) } ?? .even
        case .even: declaredPlacement = .even
        case .all: declaredPlacement = .all
        case .auto: declaredPlacement = nil
        }
        let tablePrimaryKey = definition.constraints.lazy.compactMap { constraint -> String? in
            if case .primaryKey(let columns) = constraint { return columns.first?.value }
            return nil
        }.first
        autoKeyColumn = definition.columns.firstIndex(where: \.primaryKey)
            ?? tablePrimaryKey.flatMap(definition.columnIndex)
        sortColumns = definition.sortKey.compactMap(definition.columnIndex)
        sortKind = definition.sortKeyStyle == .interleaved ? .interleaved : .compound
        encodings = definition.columns.map { ColumnEncoding.effective($0, in: definition) }
    }

    public var hasSortKey: Bool { !sortColumns.isEmpty }
}

/// The distribution a table has right now: its placement, and whether the engine chose it
/// (DISTSTYLE AUTO), as SVV_TABLE_INFO.diststyle shows it.
public struct EffectiveDistribution: Sendable, Hashable {
    public var placement: TableLayout.Placement
    public var automatic: Bool

    /// `EVEN`, `KEY(col)`, `ALL`, or the same wrapped in `AUTO(...)`.
    public func label(columnNames: [String]) -> String {
        let style = switch placement {
        case .even: "EVEN"
        case .all: "ALL"
        case .key(let column): "KEY(\(column < columnNames.count ? columnNames[column] : String(column)))"
        }
        return automatic ? "AUTO(\(style))" : style
    }
}
