/// The compression encoding a column is shown with (PG_TABLE_DEF.encoding,
/// SVV_TABLE_INFO.encoded and sortkey1_enc): the one its blocks are stored with — its
/// `ENCODE x`, else the one Redshift assigns (reference 4.2). RAW prints as `none`, as
/// PG_TABLE_DEF prints it.
enum ColumnEncodingName {
    static func of(_ column: TableColumn, in definition: TableDefinition) -> String {
        let encoding = ColumnEncoding.effective(column, in: definition)
        return encoding == .raw ? "none" : encoding.rawValue
    }
}
