/// information_schema.columns: every column of every table and view, with the standard's
/// type description (data_type, lengths, precisions).
struct InformationSchemaColumns: SystemRelation {
    let name = "columns"
    let schema = SystemRelations.informationSchemaName
    let columns = [
        SystemColumn("table_catalog", .varchar(length: 128)), SystemColumn("table_schema", .varchar(length: 128)),
        SystemColumn("table_name", .varchar(length: 128)), SystemColumn("column_name", .varchar(length: 128)),
        SystemColumn("ordinal_position", .integer), SystemColumn("column_default", .varchar(length: 4000)),
        SystemColumn("is_nullable", .varchar(length: 3)), SystemColumn("data_type", .varchar(length: 128)),
        SystemColumn("character_maximum_length", .integer), SystemColumn("numeric_precision", .integer),
        SystemColumn("numeric_precision_radix", .integer), SystemColumn("numeric_scale", .integer),
        SystemColumn("datetime_precision", .integer), SystemColumn("udt_name", .varchar(length: 128)),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, CatalogObject.all(in: state).flatMap { object in
            object.columns.enumerated().map { index, column -> [Datum] in
                let numeric = Self.numericPrecision(column.type)
                return [.string(state.database), .string(object.schema), .string(object.name), .string(column.name),
                        .integer(Int32(index + 1)), column.defaultText.map(Datum.string) ?? .null,
                        .string(column.notNull ? "NO" : "YES"), .string(column.type.baseName),
                        Self.characterLength(column.type), numeric.map { .integer($0.precision) } ?? .null,
                        numeric.map { .integer($0.radix) } ?? .null, numeric.map { .integer($0.scale) } ?? .null,
                        Self.datetimePrecision(column.type), .string(PGType.typeName(column.type))]
            }
        })
    }

    private static func characterLength(_ type: DataType) -> Datum {
        switch type {
        case .char(let length), .varchar(let length): .integer(Int32(length))
        default: .null
        }
    }

    /// Precision in bits (radix 2) for integers and floats, in digits (radix 10) for NUMERIC.
    private static func numericPrecision(_ type: DataType) -> (precision: Int32, radix: Int32, scale: Int32)? {
        switch type {
        case .smallint: (16, 2, 0)
        case .integer: (32, 2, 0)
        case .bigint: (64, 2, 0)
        case .decimal(let precision, let scale): (Int32(precision), 10, Int32(scale))
        case .real: (24, 2, 0)
        case .doublePrecision: (53, 2, 0)
        default: nil
        }
    }

    private static func datetimePrecision(_ type: DataType) -> Datum {
        switch type {
        case .date: .integer(0)
        case .time, .timetz, .timestamp, .timestamptz: .integer(6)
        default: .null
        }
    }
}
