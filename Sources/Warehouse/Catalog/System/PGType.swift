/// PG_TYPE: the data types the engine has, with PostgreSQL's OIDs, names and lengths.
struct PGType: SystemRelation {
    let name = "pg_type"
    let columns = [
        SystemColumn("oid", .integer), SystemColumn("typname", .varchar(length: 128)), SystemColumn("typnamespace", .integer),
        SystemColumn("typowner", .integer), SystemColumn("typlen", .smallint), SystemColumn("typbyval", .boolean),
        SystemColumn("typtype", .char(length: 1)), SystemColumn("typcategory", .char(length: 1)),
    ]

    /// One type of each kind; modifiers (length, precision) belong to columns, not to types.
    static let types: [DataType] = [
        .boolean, .bigint, .smallint, .integer, .real, .doublePrecision, .char(length: 1), .varchar(length: 1), .date,
        .time, .timestamp, .timestamptz, .timetz, .decimal(precision: 18, scale: 0),
    ]

    func rows(in state: SystemState) throws -> [ColumnVector] {
        try SystemRelations.vectors(columns, Self.types.map { type in
            let length = Self.length(of: type)
            return [.integer(type.oid), .string(Self.typeName(type)), .integer(SystemValues.namespaceID(SystemRelations.schemaName)),
                    .integer(1), .smallint(length), .boolean(length > 0 && length <= 8), .string("b"), .string(Self.category(type))]
        })
    }

    /// PostgreSQL's internal name of the type (`int4`, `bpchar` ...), as `udt_name` shows it too.
    static func typeName(_ type: DataType) -> String {
        switch type {
        case .smallint: "int2"
        case .integer: "int4"
        case .bigint: "int8"
        case .decimal: "numeric"
        case .real: "float4"
        case .doublePrecision: "float8"
        case .boolean: "bool"
        case .char: "bpchar"
        case .varchar: "varchar"
        case .date: "date"
        case .time: "time"
        case .timetz: "timetz"
        case .timestamp: "timestamp"
        case .timestamptz: "timestamptz"
        }
    }

    /// Bytes of a fixed-length type, -1 for the variable-length ones (`typlen`, `attlen`).
    static func length(of type: DataType) -> Int16 {
        switch type {
        case .decimal, .char, .varchar: -1
        case .timetz: 12
        default: Int16(StoredWidth.bytes(of: type) ?? -1)
        }
    }

    private static func category(_ type: DataType) -> String {
        switch type {
        case .smallint, .integer, .bigint, .decimal, .real, .doublePrecision: "N"
        case .boolean: "B"
        case .char, .varchar: "S"
        case .date, .time, .timetz, .timestamp, .timestamptz: "D"
        }
    }
}
