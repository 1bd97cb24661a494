/// PG_TABLES: one row per user table.
struct PGTables: SystemRelation {
    let name = "pg_tables"
    let columns = [
        SystemColumn("schemaname", .varchar(length: 128)), SystemColumn("tablename", .varchar(length: 128)),
        SystemColumn("tableowner", .varchar(length: 128)), SystemColumn("tablespace", .varchar(length: 128)),
        SystemColumn("hasindexes", .boolean), SystemColumn("hasrules", .boolean), SystemColumn("hastriggers", .boolean),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, UserTable.all(in: state.catalog).map { table in
            [.string(table.schema), .string(table.name), .string(state.user), .null, .boolean(false), .boolean(false),
             .boolean(false)]
        })
    }
}
