/// PG_VIEWS: one row per view of the database, with its query as SQL text.
struct PGViews: SystemRelation {
    let name = "pg_views"
    let columns = [
        SystemColumn("schemaname", .varchar(length: 128)), SystemColumn("viewname", .varchar(length: 128)),
        SystemColumn("viewowner", .varchar(length: 128)), SystemColumn("definition", .varchar(length: 65535)),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        let catalog = state.catalog
        return try SystemRelations.vectors(columns, catalog.schemas.keys.sorted().flatMap { schema in
            (catalog.schemas[schema]?.views ?? [:]).sorted { $0.key < $1.key }.map { name, view -> [Datum] in
                [.string(schema), .string(name), .string(state.user), .string(SQLPrinter.query(view.query) + ";")]
            }
        })
    }
}
