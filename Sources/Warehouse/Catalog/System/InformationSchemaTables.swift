/// information_schema.tables: every table and view, user and system, as the SQL standard
/// names them (`BASE TABLE`, `VIEW`).
struct InformationSchemaTables: SystemRelation {
    let name = "tables"
    let schema = SystemRelations.informationSchemaName
    let columns = [
        SystemColumn("table_catalog", .varchar(length: 128)), SystemColumn("table_schema", .varchar(length: 128)),
        SystemColumn("table_name", .varchar(length: 128)), SystemColumn("table_type", .varchar(length: 128)),
        SystemColumn("is_insertable_into", .varchar(length: 3)),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, CatalogObject.all(in: state).map { object in
            let table = object.kind == .table
            return [.string(state.database), .string(object.schema), .string(object.name),
                    .string(table ? "BASE TABLE" : "VIEW"), .string(table ? "YES" : "NO")]
        })
    }
}
