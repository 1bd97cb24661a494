/// Redshift's rules for encodings: which types each one takes (Database Developer Guide,
/// "Compression encodings"), and the encoding a column gets when none is declared.
extension ColumnEncoding {
    /// Whether a column of `type` may be declared with this encoding.
    public func applies(to type: DataType) -> Bool {
        switch self {
        case .raw, .zstd:
            return true
        case .az64:
            return type.isInteger || type.isDecimalType || type.isDateTime
        case .bytedict:
            return type != .boolean && type != .time && type != .timetz
        case .delta:
            return type.isInteger || type.isDecimalType || type == .date || type == .timestamp
        case .delta32k:
            return type == .integer || type == .bigint || type.isDecimalType || type == .date || type == .timestamp
        case .lzo:
            return type.isInteger || type.isDecimalType || type.isString
                || type == .date || type == .timestamp || type == .timestamptz
        case .mostly8:
            return type.isInteger || type.isDecimalType
        case .mostly16:
            return type == .integer || type == .bigint || type.isDecimalType
        case .mostly32:
            return type == .bigint || type.isDecimalType
        case .runlength:
            return type != .time && type != .timetz
        case .text255, .text32k:
            if case .varchar = type { return true }
            return false
        }
    }

    /// The encoding Redshift assigns a column declared without ENCODE (or under ENCODE AUTO):
    /// RAW for sort key columns and for BOOLEAN, REAL and DOUBLE PRECISION; AZ64 for numbers,
    /// dates and times; LZO for CHAR and VARCHAR.
    public static func defaultEncoding(for type: DataType, sortKey: Bool) -> ColumnEncoding {
        if sortKey { return .raw }
        if type.isString { return .lzo }
        if type == .boolean || type == .real || type == .doublePrecision { return .raw }
        return .az64
    }

    /// The encoding a column of `definition` is stored with: its declared ENCODE, else the default
    /// (RAW for every column of a temporary table, as Redshift assigns).
    public static func effective(_ column: TableColumn, in definition: TableDefinition) -> ColumnEncoding {
        if let declared = column.encoding.flatMap(ColumnEncoding.init(keyword:)) { return declared }
        if definition.temporary { return .raw }
        return defaultEncoding(for: column.type, sortKey: definition.sortKey.contains(column.name))
    }

    /// The encoding named by `keyword` for a column of `type`, or Redshift's error when it has no
    /// such encoding or the encoding does not take the type.
    static func checked(_ keyword: String, column: String, type: DataType) throws -> ColumnEncoding {
        guard let encoding = ColumnEncoding(keyword: keyword), encoding.applies(to: type) else {
            throw SQLError(SQLState.invalidParameterValue, "invalid encoding type specified for column \"\(column)\"")
        }
        return encoding
    }
}

private extension DataType {
    var isDecimalType: Bool {
        if case .decimal = self { return true }
        return false
    }
}
