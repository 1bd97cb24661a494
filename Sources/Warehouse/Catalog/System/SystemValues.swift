/// Values and ids shared by the system relations, so that every view that shows a table, a
/// schema or a number prints it the same way.
enum SystemValues {
    /// A NUMERIC(p, s) value from a measured ratio or percentage, rounded half away from zero
    /// to the column's scale; NULL when there is nothing to measure.
    static func numeric(_ value: Double?, scale: Int) -> Datum {
        guard let value, value.isFinite else { return .null }
        var factor = 1.0
        for _ in 0..<scale { factor *= 10 }
        return .decimal(Decimal128(unscaled: Int128((value * factor).rounded()), scale: scale))
    }

    /// A NUMERIC(38, 0) row count.
    static func count(_ value: Int) -> Datum { .decimal(Decimal128(unscaled: Int128(value), scale: 0)) }

    /// A stable OID for a schema: PostgreSQL's fixed ones for `pg_catalog` and `public`, else a
    /// number derived from the name, so the same schema has the same OID in every view.
    static func namespaceID(_ schema: String) -> Int32 {
        switch schema {
        case SystemRelations.schemaName: 11
        case Catalog.defaultSchema: 2200
        default: SystemRelations.tableID(schema: "", name: schema)
        }
    }

    /// A stable id for the database (`db_id` of the STV tables).
    static func databaseID(_ database: String) -> Int32 { SystemRelations.tableID(schema: "", name: "database " + database) }
}

/// Every user table of the catalog, ordered by schema and name, with its stable id: what the
/// table-level system views iterate over.
struct UserTable {
    let schema: String
    let table: StoredTable
    let id: Int32

    var name: String { table.definition.name }
    var columnNames: [String] { table.definition.columns.map(\.name) }

    static func all(in catalog: Catalog) -> [UserTable] {
        catalog.schemas.keys.sorted().flatMap { schema in
            (catalog.schemas[schema]?.tables ?? [:]).keys.sorted().compactMap { name in
                catalog.schemas[schema]?.tables[name].map {
                    UserTable(schema: schema, table: $0, id: SystemRelations.tableID(schema: schema, name: name))
                }
            }
        }
    }
}

extension SystemValues {
    /// The owner of a schema and its relations: the bootstrap superuser (rdsdb, id 1) owns the
    /// system schemas, the cluster's admin user (id 100) the database's own.
    static func ownerID(_ schema: String) -> Int32 {
        schema == SystemRelations.schemaName || schema == SystemRelations.informationSchemaName ? 1 : 100
    }
}
