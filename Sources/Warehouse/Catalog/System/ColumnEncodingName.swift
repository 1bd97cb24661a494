/// The compression encoding a column is shown with (PG_TABLE_DEF.encoding,
/// SVV_TABLE_INFO.encoded and sortkey1_enc): the encoding written in `ENCODE x`, else the one
/// Redshift assigns initially (reference 4.2): RAW for temporary tables, sort key columns,
/// BOOLEAN, REAL and DOUBLE PRECISION; AZ64 for the other numeric and date/time types; LZO for
/// CHAR and VARCHAR. RAW prints as `none`, as PG_TABLE_DEF prints it.
enum ColumnEncodingName {
    static func of(_ column: TableColumn, in definition: TableDefinition) -> String {
        let name = column.encoding ?? assigned(column, in: definition)
        return name == "raw" ? "none" : name
    }

    private static func assigned(_ column: TableColumn, in definition: TableDefinition) -> String {
        if definition.temporary || definition.sortKey.contains(column.name) { return "raw" }
        switch column.type {
        case .boolean, .real, .doublePrecision: return "raw"
        case .char, .varchar: return "lzo"
        case .smallint, .integer, .bigint, .decimal, .date, .time, .timetz, .timestamp, .timestamptz: return "az64"
        }
    }
}
