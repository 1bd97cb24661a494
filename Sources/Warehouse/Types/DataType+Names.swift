extension DataType {
    /// The name Redshift prints for the type: `format_type`, PG_TABLE_DEF.type, and the type
    /// named in error messages (`value too long for type character varying(5)`).
    public var sqlName: String {
        switch self {
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint: "bigint"
        case .decimal(let precision, let scale): "numeric(\(precision),\(scale))"
        case .real: "real"
        case .doublePrecision: "double precision"
        case .boolean: "boolean"
        case .char(let length): "character(\(length))"
        case .varchar(let length): "character varying(\(length))"
        case .date: "date"
        case .time: "time without time zone"
        case .timetz: "time with time zone"
        case .timestamp: "timestamp without time zone"
        case .timestamptz: "timestamp with time zone"
        }
    }

    /// The type's name without modifiers, as PostgreSQL's operator and function errors print it
    /// (`operator does not exist: integer + date`, `cannot cast type numeric to boolean`).
    public var baseName: String {
        switch self {
        case .decimal: "numeric"
        case .char: "character"
        case .varchar: "character varying"
        default: sqlName
        }
    }

    /// The PostgreSQL type OID the wire protocol reports in RowDescription.
    public var oid: Int32 {
        switch self {
        case .smallint: 21
        case .integer: 23
        case .bigint: 20
        case .decimal: 1700
        case .real: 700
        case .doublePrecision: 701
        case .boolean: 16
        case .char: 1042
        case .varchar: 1043
        case .date: 1082
        case .time: 1083
        case .timetz: 1266
        case .timestamp: 1114
        case .timestamptz: 1184
        }
    }

    /// The type modifier the wire protocol reports (PostgreSQL's encoding: length + 4 for strings,
    /// `(precision << 16 | scale) + 4` for numeric, -1 when the type has none).
    public var typeModifier: Int32 {
        switch self {
        case .decimal(let precision, let scale): Int32((precision << 16) | scale) + 4
        case .char(let length), .varchar(let length): Int32(length) + 4
        default: -1
        }
    }

    /// The fixed byte width the wire protocol reports (`typlen`), -1 for variable-length types.
    public var wireLength: Int16 {
        switch self {
        case .smallint: 2
        case .integer, .real, .date: 4
        case .bigint, .doublePrecision, .time, .timestamp, .timestamptz: 8
        case .timetz: 12
        case .boolean: 1
        case .decimal, .char, .varchar: -1
        }
    }
}

extension DataType: CustomStringConvertible {
    public var description: String { sqlName }
}
