/// PG_CLASS: one row per relation: tables (`r`) with the blocks they occupy and the rows the
/// last ANALYZE counted (`reltuples`, 0 until analyzed, as in PostgreSQL), views (`v`), and
/// the system relations (shown as views, since they are computed when read).
struct PGClass: SystemRelation {
    let name = "pg_class"
    let columns = [
        SystemColumn("oid", .integer), SystemColumn("relname", .varchar(length: 128)), SystemColumn("relnamespace", .integer),
        SystemColumn("reltype", .integer), SystemColumn("relowner", .integer), SystemColumn("relam", .integer),
        SystemColumn("relfilenode", .integer), SystemColumn("relpages", .integer), SystemColumn("reltuples", .real),
        SystemColumn("relhasindex", .boolean), SystemColumn("relisshared", .boolean), SystemColumn("relkind", .char(length: 1)),
        SystemColumn("relnatts", .smallint), SystemColumn("relchecks", .smallint), SystemColumn("relhasrules", .boolean),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, CatalogObject.all(in: state).map { object in
            let table = object.kind == .table
            return [.integer(object.oid), .string(object.name), .integer(SystemValues.namespaceID(object.schema)), .integer(0),
                    .integer(SystemValues.ownerID(object.schema)), .integer(0), .integer(table ? object.oid : 0),
                    .integer(Int32(clamping: object.blocks)), .real(Float(object.analyzedRows ?? 0)), .boolean(false),
                    .boolean(false), .string(table ? "r" : "v"), .smallint(Int16(clamping: object.columns.count)),
                    .smallint(0), .boolean(!table)]
        })
    }
}
