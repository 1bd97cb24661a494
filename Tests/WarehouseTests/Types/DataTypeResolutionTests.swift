import Testing
@testable import Warehouse

@Suite struct DataTypeResolutionTests {
    @Test(arguments: [
        ("smallint", [], DataType.smallint), ("INT2", [], .smallint),
        ("integer", [], .integer), ("int", [], .integer), ("Int4", [], .integer),
        ("bigint", [], .bigint), ("int8", [], .bigint),
        ("decimal", [], .decimal(precision: 18, scale: 0)), ("numeric", [10], .decimal(precision: 10, scale: 0)),
        ("numeric", [38, 37], .decimal(precision: 38, scale: 37)), ("DECIMAL", [8, 2], .decimal(precision: 8, scale: 2)),
        ("real", [], .real), ("float4", [], .real), ("float", [24], .real), ("float", [25], .doublePrecision),
        ("double precision", [], .doublePrecision), ("DOUBLE   PRECISION", [], .doublePrecision),
        ("float8", [], .doublePrecision), ("float", [], .doublePrecision),
        ("boolean", [], .boolean), ("bool", [], .boolean),
        ("char", [], .char(length: 1)), ("character", [10], .char(length: 10)), ("nchar", [4096], .char(length: 4096)),
        ("bpchar", [], .char(length: 256)),
        ("varchar", [], .varchar(length: 256)), ("character varying", [20], .varchar(length: 20)),
        ("nvarchar", [65535], .varchar(length: 65535)), ("text", [], .varchar(length: 256)),
        ("date", [], .date), ("time", [], .time), ("time without time zone", [], .time),
        ("timetz", [], .timetz), ("time with time zone", [], .timetz),
        ("timestamp", [], .timestamp), ("timestamp without time zone", [], .timestamp),
        ("timestamptz", [], .timestamptz), ("TIMESTAMP WITH TIME ZONE", [], .timestamptz),
    ] as [(String, [Int], DataType)])
    func resolvesAliases(name: String, modifiers: [Int], expected: DataType) throws {
        #expect(try DataType.resolve(name: name, modifiers: modifiers) == expected)
    }

    @Test func resolvesMaxLengths() throws {
        #expect(try DataType.resolve(name: "varchar", lengthIsMax: true) == .varchar(length: 65535))
        #expect(try DataType.resolve(name: "character", lengthIsMax: true) == .char(length: 4096))
        #expect(throws: SQLError(SQLState.invalidParameterValue, "invalid type modifier")) {
            try DataType.resolve(name: "integer", lengthIsMax: true)
        }
    }

    @Test(arguments: [
        ("foo", [], SQLError(SQLState.undefinedObject, "type \"foo\" does not exist")),
        ("double", [], SQLError(SQLState.undefinedObject, "type \"double\" does not exist")),
        ("varchar", [65536], SQLError(SQLState.invalidParameterValue, "length for type varchar cannot exceed 65535")),
        ("varchar", [0], SQLError(SQLState.invalidParameterValue, "length for type varchar must be at least 1")),
        ("char", [4097], SQLError(SQLState.invalidParameterValue, "length for type char cannot exceed 4096")),
        ("numeric", [39], SQLError(SQLState.invalidParameterValue, "NUMERIC precision 39 must be between 1 and 38")),
        ("numeric", [0], SQLError(SQLState.invalidParameterValue, "NUMERIC precision 0 must be between 1 and 38")),
        ("numeric", [5, 6], SQLError(SQLState.invalidParameterValue, "NUMERIC scale 6 must be between 0 and precision 5")),
        ("numeric", [38, 38], SQLError(SQLState.invalidParameterValue, "NUMERIC scale 38 must be between 0 and 37")),
        ("numeric", [5, 2, 1], SQLError(SQLState.invalidParameterValue, "invalid type modifier")),
        ("float", [0], SQLError(SQLState.invalidParameterValue, "precision for type float must be at least 1 bit")),
        ("float", [54], SQLError(SQLState.invalidParameterValue, "precision for type float must be less than 54 bits")),
        ("integer", [4], SQLError(SQLState.syntaxError, "type modifier is not allowed for type \"integer\"")),
        ("text", [4], SQLError(SQLState.syntaxError, "type modifier is not allowed for type \"text\"")),
    ] as [(String, [Int], SQLError)])
    func rejectsBadTypes(name: String, modifiers: [Int], expected: SQLError) {
        #expect(throws: expected) { try DataType.resolve(name: name, modifiers: modifiers) }
    }

    @Test(arguments: [
        (DataType.smallint, "smallint", Int32(21)), (.integer, "integer", 23), (.bigint, "bigint", 20),
        (.decimal(precision: 18, scale: 2), "numeric(18,2)", 1700), (.real, "real", 700),
        (.doublePrecision, "double precision", 701), (.boolean, "boolean", 16),
        (.char(length: 10), "character(10)", 1042), (.varchar(length: 256), "character varying(256)", 1043),
        (.date, "date", 1082), (.time, "time without time zone", 1083), (.timetz, "time with time zone", 1266),
        (.timestamp, "timestamp without time zone", 1114), (.timestamptz, "timestamp with time zone", 1184),
    ] as [(DataType, String, Int32)])
    func printsNamesAndOids(type: DataType, name: String, oid: Int32) throws {
        #expect(type.sqlName == name)
        #expect(type.oid == oid)
        #expect(try DataType.resolve(name: type.baseName, modifiers: modifiersOf(type)) == type)
    }

    @Test func wireTypeModifiers() {
        #expect(DataType.varchar(length: 20).typeModifier == 24)
        #expect(DataType.decimal(precision: 8, scale: 2).typeModifier == Int32((8 << 16) | 2) + 4)
        #expect(DataType.integer.typeModifier == -1)
        #expect(DataType.integer.wireLength == 4 && DataType.varchar(length: 3).wireLength == -1)
    }

    private func modifiersOf(_ type: DataType) -> [Int] {
        switch type {
        case .decimal(let p, let s): [p, s]
        case .char(let n), .varchar(let n): [n]
        default: []
        }
    }
}
