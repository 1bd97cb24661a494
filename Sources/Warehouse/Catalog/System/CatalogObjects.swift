/// Every relation a catalog view lists (user tables, views, and the system relations), with
/// the OIDs, kinds and columns PG_CLASS, PG_ATTRIBUTE and information_schema show.
struct CatalogObject {
    enum Kind { case table, view }

    struct Column {
        let name: String
        let type: DataType
        let notNull: Bool
        let distKey: Bool
        /// Position in the sort key as PG_TABLE_DEF numbers it (0: not in the key).
        let sortKeyOrder: Int32
        let defaultText: String?
    }

    let oid: Int32
    let schema: String
    let name: String
    let kind: Kind
    let columns: [Column]
    /// Rows the last ANALYZE counted (`reltuples`), nil for views and unanalyzed tables.
    let analyzedRows: Int?
    /// Blocks the table occupies (`relpages`).
    let blocks: Int
    /// The query of a view as SQL text (`pg_views.definition`).
    let definition: String?

    /// The relations of `state`'s catalog, schema by schema and name by name, then the system
    /// relations. A view's columns are those its query binds to now; a view that no longer
    /// binds (a late-binding view over a dropped table) lists none, as Redshift lists no
    /// columns for late-binding views.
    static func all(in state: SystemState) -> [CatalogObject] {
        var objects = UserTable.all(in: state.catalog).map(table)
        for schema in state.catalog.schemas.keys.sorted() {
            for (name, view) in (state.catalog.schemas[schema]?.views ?? [:]).sorted(by: { $0.key < $1.key }) {
                objects.append(self.view(view, schema: schema, name: name, state: state))
            }
        }
        for relation in SystemRelations.all {
            objects.append(CatalogObject(
                oid: SystemRelations.tableID(schema: relation.schema, name: relation.name), schema: relation.schema,
                name: relation.name, kind: .view,
                columns: relation.columns.map { Column(name: $0.name, type: $0.type, notNull: false, distKey: false,
                                                       sortKeyOrder: 0, defaultText: nil) },
                analyzedRows: nil, blocks: 0, definition: nil))
        }
        return objects
    }

    /// The schemas catalog views list: the catalog's and the two system schemas.
    static func schemas(in state: SystemState) -> [String] {
        (Array(state.catalog.schemas.keys) + [SystemRelations.schemaName, SystemRelations.informationSchemaName]).sorted()
    }

    private static func table(_ table: UserTable) -> CatalogObject {
        let definition = table.table.definition, layout = table.table.storage.layout
        let distKey: Int? = if case .key(let column) = table.table.storage.distribution.placement { column } else { nil }
        let columns = definition.columns.enumerated().map { index, column in
            Column(name: column.name, type: column.type, notNull: column.notNull, distKey: distKey == index,
                   sortKeyOrder: PGTableDef.sortKeyPosition(of: index, in: layout),
                   defaultText: column.defaultValue.map(SQLPrinter.expression))
        }
        return CatalogObject(oid: table.id, schema: table.schema, name: table.name, kind: .table, columns: columns,
                             analyzedRows: table.table.statistics?.rowCount, blocks: table.table.storage.blockCount,
                             definition: nil)
    }

    private static func view(_ view: ViewDefinition, schema: String, name: String, state: SystemState) -> CatalogObject {
        var columns: [Column] = []
        if let bound = try? Binder(system: state, searchPath: state.searchPath).bindQuery(view.query) {
            columns = zip(bound.names, bound.plan.types).enumerated().map { index, pair in
                Column(name: index < view.columnNames.count ? view.columnNames[index] : pair.0, type: pair.1, notNull: false,
                       distKey: false, sortKeyOrder: 0, defaultText: nil)
            }
        }
        return CatalogObject(oid: SystemRelations.tableID(schema: schema, name: name), schema: schema, name: name,
                             kind: .view, columns: columns, analyzedRows: nil, blocks: 0,
                             definition: SQLPrinter.query(view.query))
    }
}
