/// PG_NAMESPACE: the database's schemas with their OIDs, the system schemas included.
struct PGNamespace: SystemRelation {
    let name = "pg_namespace"
    let columns = [SystemColumn("oid", .integer), SystemColumn("nspname", .varchar(length: 128)), SystemColumn("nspowner", .integer)]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, CatalogObject.schemas(in: state).map { schema in
            [.integer(SystemValues.namespaceID(schema)), .string(schema), .integer(SystemValues.ownerID(schema))]
        })
    }
}
