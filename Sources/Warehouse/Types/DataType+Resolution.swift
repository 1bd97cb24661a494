extension DataType {
    /// Resolves a type as written in SQL (`character varying`, `INT8`, `float(24)`,
    /// `timestamp with time zone`) plus its integer modifiers into a `DataType`, rejecting
    /// what Redshift rejects with PostgreSQL's texts. `lengthIsMax` stands for `VARCHAR(MAX)`
    /// and `CHAR(MAX)`, which the parser sees as a keyword rather than a number.
    public static func resolve(name: String, modifiers: [Int] = [], lengthIsMax: Bool = false) throws -> DataType {
        let key = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .joined(separator: " ")
        guard let family = TypeFamily.byName[key] else {
            throw SQLError(SQLState.undefinedObject, "type \"\(key)\" does not exist")
        }
        if lengthIsMax {
            guard modifiers.isEmpty else { throw invalidModifier() }
            switch family {
            case .char: return .char(length: maxCharLength)
            case .varchar: return .varchar(length: maxVarcharLength)
            default: throw invalidModifier()
            }
        }
        switch family {
        case .fixed(let type):
            guard modifiers.isEmpty else {
                throw SQLError(SQLState.syntaxError, "type modifier is not allowed for type \"\(key)\"")
            }
            return type
        case .decimal:
            return try resolveDecimal(modifiers)
        case .float:
            return try resolveFloat(modifiers)
        case .char(let defaultLength):
            return .char(length: try resolveLength(modifiers, typeName: "char", defaultLength: defaultLength,
                                                   max: maxCharLength))
        case .varchar:
            return .varchar(length: try resolveLength(modifiers, typeName: "varchar",
                                                      defaultLength: defaultVarcharLength, max: maxVarcharLength))
        }
    }

    private static func invalidModifier() -> SQLError {
        SQLError(SQLState.invalidParameterValue, "invalid type modifier")
    }

    private static func resolveDecimal(_ modifiers: [Int]) throws -> DataType {
        guard modifiers.count <= 2 else { throw invalidModifier() }
        guard let precision = modifiers.first else { return defaultDecimal }
        let scale = modifiers.count == 2 ? modifiers[1] : 0
        guard (1...maxDecimalPrecision).contains(precision) else {
            throw SQLError(SQLState.invalidParameterValue,
                           "NUMERIC precision \(precision) must be between 1 and \(maxDecimalPrecision)")
        }
        guard scale >= 0, scale <= precision else {
            throw SQLError(SQLState.invalidParameterValue,
                           "NUMERIC scale \(scale) must be between 0 and precision \(precision)")
        }
        guard scale <= maxDecimalScale else {
            throw SQLError(SQLState.invalidParameterValue,
                           "NUMERIC scale \(scale) must be between 0 and \(maxDecimalScale)")
        }
        return .decimal(precision: precision, scale: scale)
    }

    /// FLOAT(p) picks REAL for 1–24 bits and DOUBLE PRECISION for 25–53, as PostgreSQL does.
    private static func resolveFloat(_ modifiers: [Int]) throws -> DataType {
        guard modifiers.count <= 1 else { throw invalidModifier() }
        guard let bits = modifiers.first else { return .doublePrecision }
        guard bits >= 1 else {
            throw SQLError(SQLState.invalidParameterValue, "precision for type float must be at least 1 bit")
        }
        guard bits <= 53 else {
            throw SQLError(SQLState.invalidParameterValue, "precision for type float must be less than 54 bits")
        }
        return bits <= 24 ? .real : .doublePrecision
    }

    private static func resolveLength(_ modifiers: [Int], typeName: String, defaultLength: Int, max: Int) throws -> Int {
        guard modifiers.count <= 1 else { throw invalidModifier() }
        guard let length = modifiers.first else { return defaultLength }
        guard length >= 1 else {
            throw SQLError(SQLState.invalidParameterValue, "length for type \(typeName) must be at least 1")
        }
        guard length <= max else {
            throw SQLError(SQLState.invalidParameterValue, "length for type \(typeName) cannot exceed \(max)")
        }
        return length
    }
}

/// How a type name takes modifiers; the spellings Redshift accepts map onto these.
private enum TypeFamily {
    case fixed(DataType)
    case decimal
    case float
    case char(defaultLength: Int)
    case varchar

    static let byName: [String: TypeFamily] = [
        "smallint": .fixed(.smallint), "int2": .fixed(.smallint),
        "integer": .fixed(.integer), "int": .fixed(.integer), "int4": .fixed(.integer),
        "bigint": .fixed(.bigint), "int8": .fixed(.bigint),
        "decimal": .decimal, "numeric": .decimal, "dec": .decimal,
        "real": .fixed(.real), "float4": .fixed(.real),
        "double precision": .fixed(.doublePrecision), "float8": .fixed(.doublePrecision), "float": .float,
        "boolean": .fixed(.boolean), "bool": .fixed(.boolean),
        "char": .char(defaultLength: 1), "character": .char(defaultLength: 1), "nchar": .char(defaultLength: 1),
        "national character": .char(defaultLength: 1), "bpchar": .char(defaultLength: 256),
        "varchar": .varchar, "character varying": .varchar, "char varying": .varchar, "nvarchar": .varchar,
        "national character varying": .varchar, "nchar varying": .varchar,
        "text": .fixed(.varchar(length: DataType.defaultVarcharLength)),
        "date": .fixed(.date),
        "time": .fixed(.time), "time without time zone": .fixed(.time),
        "timetz": .fixed(.timetz), "time with time zone": .fixed(.timetz),
        "timestamp": .fixed(.timestamp), "timestamp without time zone": .fixed(.timestamp),
        "timestamptz": .fixed(.timestamptz), "timestamp with time zone": .fixed(.timestamptz),
    ]
}
