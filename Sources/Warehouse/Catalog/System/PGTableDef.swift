/// PG_TABLE_DEF: one row per column of each table visible through `search_path` (a table in a
/// schema off the path, or hidden by a same-named relation earlier on it, is not shown, as
/// Redshift documents), with its type, encoding, DISTKEY and sort key position.
struct PGTableDef: SystemRelation {
    let name = "pg_table_def"
    let columns = [
        SystemColumn("schemaname", .varchar(length: 128)), SystemColumn("tablename", .varchar(length: 128)),
        SystemColumn("column", .varchar(length: 128)), SystemColumn("type", .varchar(length: 256)),
        SystemColumn("encoding", .char(length: 32)), SystemColumn("distkey", .boolean),
        SystemColumn("sortkey", .integer), SystemColumn("notnull", .boolean),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        var rows: [[Datum]] = []
        var seen = Set<String>()
        for schema in state.searchPath {
            guard let contents = state.catalog.schemas[schema] else { continue }
            for name in (Array(contents.tables.keys) + Array(contents.views.keys)).sorted() {
                guard seen.insert(name).inserted, let table = contents.tables[name] else { continue }
                rows += columnRows(table, schema: schema)
            }
        }
        return try SystemRelations.vectors(columns, rows)
    }

    private func columnRows(_ table: StoredTable, schema: String) -> [[Datum]] {
        let definition = table.definition
        let distKey: Int? = if case .key(let column) = table.storage.distribution.placement { column } else { nil }
        return definition.columns.enumerated().map { index, column in
            [.string(schema), .string(definition.name), .string(column.name), .string(column.type.sqlName),
             .string(CharColumn.fit(ColumnEncodingName.of(column, in: definition), 32)), .boolean(distKey == index),
             .integer(Self.sortKeyPosition(of: index, in: table.storage.layout)), .boolean(column.notNull)]
        }
    }

    /// The column's place in the sort key from 1, 0 when not in it; an interleaved key's
    /// positions alternate in sign (-1, 2, -3, ...) as PG_TABLE_DEF shows them.
    static func sortKeyPosition(of column: Int, in layout: TableLayout) -> Int32 {
        guard let index = layout.sortColumns.firstIndex(of: column) else { return 0 }
        let position = Int32(index + 1)
        return layout.sortKind == .interleaved && position % 2 == 1 ? -position : position
    }
}
