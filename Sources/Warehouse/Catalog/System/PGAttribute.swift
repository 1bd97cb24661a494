/// PG_ATTRIBUTE: one row per column of every relation, numbered from 1, with Redshift's
/// additions `attisdistkey` and `attsortkeyord`.
struct PGAttribute: SystemRelation {
    let name = "pg_attribute"
    let columns = [
        SystemColumn("attrelid", .integer), SystemColumn("attname", .varchar(length: 128)), SystemColumn("atttypid", .integer),
        SystemColumn("attlen", .smallint), SystemColumn("attnum", .smallint), SystemColumn("atttypmod", .integer),
        SystemColumn("attnotnull", .boolean), SystemColumn("atthasdef", .boolean), SystemColumn("attisdropped", .boolean),
        SystemColumn("attisdistkey", .boolean), SystemColumn("attsortkeyord", .integer),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, CatalogObject.all(in: state).flatMap { object in
            object.columns.enumerated().map { index, column -> [Datum] in
                [.integer(object.oid), .string(column.name), .integer(column.type.oid), .smallint(PGType.length(of: column.type)),
                 .smallint(Int16(clamping: index + 1)), .integer(column.type.typeModifier), .boolean(column.notNull),
                 .boolean(column.defaultText != nil), .boolean(false), .boolean(column.distKey), .integer(column.sortKeyOrder)]
            }
        })
    }
}
