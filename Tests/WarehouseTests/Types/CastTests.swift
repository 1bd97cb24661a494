import Testing
@testable import Warehouse

@Suite struct CastTests {
    private static func d(_ unscaled: Int128, _ scale: Int) -> Datum { .decimal(Decimal128(unscaled: unscaled, scale: scale)) }

    /// (value, from, to, printed result) for every supported pair of type families.
    @Test(arguments: [
        (Datum.smallint(7), DataType.smallint, DataType.integer, "7"), (.integer(-40000), .integer, .bigint, "-40000"),
        (.bigint(32767), .bigint, .smallint, "32767"), (.integer(12), .integer, .decimal(precision: 5, scale: 2), "12.00"),
        (.integer(3), .integer, .real, "3"), (.bigint(1 << 53), .bigint, .doublePrecision, "9.00719925474099e+15"),
        (.integer(0), .integer, .boolean, "f"), (.smallint(-2), .smallint, .boolean, "t"),
        (.integer(42), .integer, .varchar(length: 10), "42"), (.integer(42), .integer, .char(length: 4), "42  "),
        (d(25, 1), .decimal(precision: 5, scale: 1), .integer, "3"), (d(-25, 1), .decimal(precision: 5, scale: 1), .bigint, "-3"),
        (d(109652, 3), .decimal(precision: 6, scale: 3), .smallint, "110"),
        (d(43238951, 4), .decimal(precision: 8, scale: 4), .decimal(precision: 8, scale: 2), "4323.90"),
        (d(125, 2), .decimal(precision: 3, scale: 2), .doublePrecision, "1.25"),
        (d(-50, 2), .decimal(precision: 3, scale: 2), .varchar(length: 10), "-0.50"),
        (.double(2.5), .doublePrecision, .integer, "2"), (.double(3.5), .doublePrecision, .integer, "4"),
        (.real(-1.5), .real, .smallint, "-2"), (.double(0.1), .doublePrecision, .decimal(precision: 5, scale: 3), "0.100"),
        (.double(1e10), .doublePrecision, .real, "1e+10"), (.real(0.1), .real, .doublePrecision, "0.100000001490116"),
        (.double(0.1 + 0.2), .doublePrecision, .varchar(length: 20), "0.3"), (.real(3.14159274), .real, .varchar(length: 20), "3.14159"),
        (.boolean(true), .boolean, .integer, "1"), (.boolean(false), .boolean, .varchar(length: 5), "false"),
        (.string(" 42 "), .varchar(length: 10), .integer, "42"), (.string("-32768"), .varchar(length: 10), .smallint, "-32768"),
        (.string("12.345"), .varchar(length: 10), .decimal(precision: 5, scale: 2), "12.35"),
        (.string("1e3"), .varchar(length: 10), .doublePrecision, "1000"), (.string("NaN"), .varchar(length: 10), .real, "NaN"),
        (.string("yes"), .varchar(length: 10), .boolean, "t"), (.string(" F "), .varchar(length: 10), .boolean, "f"),
        (.string("2008-01-05"), .varchar(length: 20), .date, "2008-01-05"),
        (.string("2008-01-05 14:00:00.5"), .varchar(length: 30), .timestamp, "2008-01-05 14:00:00.5"),
        (.string("2008-01-05 14:00:00-02"), .varchar(length: 30), .timestamptz, "2008-01-05 16:00:00+00"),
        (.string("13:24:55"), .varchar(length: 30), .time, "13:24:55"), (.string("13:24:55+01"), .varchar(length: 30), .timetz, "12:24:55+00"),
        (.string("abc"), .char(length: 5), .varchar(length: 5), "abc"), (.string("abc"), .varchar(length: 5), .char(length: 5), "abc  "),
        (.string("abcdef"), .varchar(length: 10), .varchar(length: 3), "abc"), (.string("añb"), .varchar(length: 10), .varchar(length: 2), "a"),
        (.date(2926), .date, .timestamp, "2008-01-05 00:00:00"), (.date(2926), .date, .timestamptz, "2008-01-05 00:00:00+00"),
        (.date(2926), .date, .varchar(length: 10), "2008-01-05"),
        (.timestamp(-1), .timestamp, .date, "1999-12-31"), (.timestamp(90_000_000_000), .timestamp, .time, "01:00:00"),
        (.timestamp(1_500_000), .timestamp, .timestamptz, "2000-01-01 00:00:01.5+00"),
        (.timestamptz(0), .timestamptz, .timestamp, "2000-01-01 00:00:00"), (.timestamptz(0), .timestamptz, .timetz, "00:00:00+00"),
        (.timestamptz(0), .timestamptz, .varchar(length: 30), "2000-01-01 00:00:00+00"),
        (.time(3_600_000_000), .time, .timetz, "01:00:00+00"), (.timetz(3_600_000_000), .timetz, .time, "01:00:00"),
        (.time(1), .time, .varchar(length: 20), "00:00:00.000001"), (.null, .integer, .varchar(length: 3), ""),
    ] as [(Datum, DataType, DataType, String)])
    func castSucceeds(value: Datum, from source: DataType, to target: DataType, printed: String) throws {
        let result = try value.cast(from: source, to: target)
        #expect(result.text == printed)
        #expect(value.isNull == result.isNull)
    }

    @Test(arguments: [
        (Datum.integer(40000), DataType.integer, DataType.smallint, TypeErrors.outOfRange(.smallint)),
        (.bigint(Int64.max), .bigint, .integer, TypeErrors.outOfRange(.integer)),
        (.double(1e30), .doublePrecision, .bigint, TypeErrors.outOfRange(.bigint)),
        (.double(.nan), .doublePrecision, .integer, TypeErrors.outOfRange(.integer)),
        (.double(1e300), .doublePrecision, .real, SQLError(SQLState.numericValueOutOfRange, "value out of range: overflow")),
        (.integer(1000), .integer, .decimal(precision: 5, scale: 2), TypeErrors.numericResultOverflow),
        (.double(.infinity), .doublePrecision, .decimal(precision: 5, scale: 2),
         SQLError(SQLState.featureNotSupported, "cannot convert infinity to numeric")),
        (.string("abc"), .varchar(length: 9), .integer,
         SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for integer: \"abc\"")),
        (.string("Amazon Redshift"), .varchar(length: 20), .integer,
         SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for integer: \"Amazon Redshift\"")),
        (.string("12.5"), .varchar(length: 9), .bigint, TypeErrors.invalidInput(.bigint, "12.5")),
        (.string("99999"), .varchar(length: 9), .smallint,
         SQLError(SQLState.numericValueOutOfRange, "value \"99999\" is out of range for type smallint")),
        (.string("1e400"), .varchar(length: 9), .doublePrecision,
         SQLError(SQLState.numericValueOutOfRange, "\"1e400\" is out of range for type double precision")),
        (.string("0x10"), .varchar(length: 9), .doublePrecision, TypeErrors.invalidInput(.doublePrecision, "0x10")),
        (.string("maybe"), .varchar(length: 9), .boolean,
         SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for type boolean: \"maybe\"")),
        (.string("x1"), .varchar(length: 9), .decimal(precision: 5, scale: 0),
         SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for type numeric: \"x1\"")),
        (.string("2001-6-31"), .varchar(length: 9), .date, TypeErrors.dateFieldOutOfRange(year: 2001, month: 6, day: 31)),
        (.string("é"), .varchar(length: 9), .char(length: 3),
         SQLError(SQLState.invalidTextRepresentation, "Multibyte character not supported for CHAR (Hint: try using VARCHAR). Invalid char: c3")),
        (.decimal(Decimal128(unscaled: 5, scale: 0)), .decimal(precision: 1, scale: 0), .boolean,
         SQLError(SQLState.cannotCoerce, "cannot cast type numeric to boolean")),
        (.double(1), .doublePrecision, .boolean, TypeErrors.cannotCast(.doublePrecision, .boolean)),
        (.date(0), .date, .integer, TypeErrors.cannotCast(.date, .integer)),
        (.integer(1), .integer, .date, TypeErrors.cannotCast(.integer, .date)),
        (.time(0), .time, .date, TypeErrors.cannotCast(.time, .date)),
        (.boolean(true), .boolean, .doublePrecision, TypeErrors.cannotCast(.boolean, .doublePrecision)),
    ] as [(Datum, DataType, DataType, SQLError)])
    func castFails(value: Datum, from source: DataType, to target: DataType, error: SQLError) {
        #expect(throws: error) { try value.cast(from: source, to: target) }
    }

    @Test func assignmentChecksByteLength() throws {
        let source = DataType.varchar(length: 20)
        #expect(throws: SQLError(SQLState.stringDataRightTruncation, "value too long for type character varying(5)")) {
            try Datum.string("abcdef").cast(from: source, to: .varchar(length: 5), explicit: false)
        }
        #expect(throws: TypeErrors.valueTooLong(.varchar(length: 5))) {
            try Datum.string("ééé").cast(from: source, to: .varchar(length: 5), explicit: false)
        }
        #expect(throws: SQLError(SQLState.stringDataRightTruncation, "value too long for type character(2)")) {
            try Datum.string("abc").cast(from: source, to: .char(length: 2), explicit: false)
        }
        #expect(try Datum.string("abc   ").cast(from: source, to: .varchar(length: 4), explicit: false) == .string("abc "))
        #expect(try Datum.string("éé").cast(from: source, to: .varchar(length: 4), explicit: false) == .string("éé"))
        #expect(throws: TypeErrors.valueTooLong(.char(length: 2))) {
            try Datum.integer(123).cast(from: .integer, to: .char(length: 2), explicit: false)
        }
    }

    @Test func castKinds() {
        #expect(DataType.integer.castKind(to: .bigint) == .implicit)
        #expect(DataType.bigint.castKind(to: .smallint) == .implicit)
        #expect(DataType.decimal(precision: 5, scale: 2).castKind(to: .varchar(length: 3)) == .implicit)
        #expect(DataType.integer.castKind(to: .boolean) == .implicit)
        #expect(DataType.date.castKind(to: .timestamp) == .implicit)
        #expect(DataType.timestamptz.castKind(to: .timetz) == .implicit)
        #expect(DataType.char(length: 2).castKind(to: .varchar(length: 9)) == .implicit)
        #expect(DataType.varchar(length: 5).castKind(to: .integer) == .explicit)
        #expect(DataType.varchar(length: 5).castKind(to: .date) == .explicit)
        #expect(DataType.boolean.castKind(to: .integer) == .explicit)
        #expect(DataType.decimal(precision: 5, scale: 2).castKind(to: .boolean) == nil)
        #expect(DataType.date.castKind(to: .time) == nil)
        #expect(DataType.time.castKind(to: .timestamp) == nil)
    }

    @Test(arguments: [
        (DataType.integer, DataType.decimal(precision: 10, scale: 2), DataType.decimal(precision: 12, scale: 2)),
        (.decimal(precision: 7, scale: 2), .decimal(precision: 15, scale: 3), .decimal(precision: 15, scale: 3)),
        (.bigint, .decimal(precision: 5, scale: 2), .decimal(precision: 19, scale: 2)),
        (.smallint, .bigint, .bigint), (.integer, .real, .doublePrecision), (.real, .real, .real),
        (.varchar(length: 5), .char(length: 10), .varchar(length: 10)), (.char(length: 3), .char(length: 1), .char(length: 3)),
        (.date, .timestamp, .timestamp), (.timestamp, .timestamptz, .timestamptz), (.date, .timestamptz, .timestamptz),
        (.time, .timetz, .timetz), (.boolean, .boolean, .boolean),
    ] as [(DataType, DataType, DataType)])
    func commonSupertypes(left: DataType, right: DataType, expected: DataType) throws {
        #expect(try left.commonSupertype(with: right, construct: "UNION") == expected)
        #expect(try right.commonSupertype(with: left, construct: "UNION") == expected)
    }

    @Test func supertypeErrors() throws {
        #expect(throws: SQLError(SQLState.datatypeMismatch, "UNION types integer and character varying cannot be matched")) {
            try DataType.integer.commonSupertype(with: .varchar(length: 5), construct: "UNION")
        }
        #expect(throws: SQLError(SQLState.datatypeMismatch, "CASE types date and boolean cannot be matched")) {
            try DataType.date.commonSupertype(with: .boolean, construct: "CASE")
        }
        #expect(try DataType.commonSupertype(of: [.smallint, .integer, .decimal(precision: 5, scale: 1)], construct: "COALESCE")
            == .decimal(precision: 11, scale: 1))
        #expect(try DataType.commonSupertype(of: [], construct: "COALESCE") == nil)
    }

    @Test func comparisonTypes() throws {
        #expect(try DataType.decimal(precision: 5, scale: 2).comparisonType(with: .varchar(length: 3), operatorSymbol: "=")
            == .decimal(precision: 38, scale: 2))
        #expect(try DataType.integer.comparisonType(with: .char(length: 3), operatorSymbol: "=") == .varchar(length: 65535))
        #expect(try DataType.date.comparisonType(with: .varchar(length: 10), operatorSymbol: "<") == .date)
        #expect(try DataType.bigint.comparisonType(with: .decimal(precision: 38, scale: 10), operatorSymbol: "<")
            == .decimal(precision: 38, scale: 10))
        #expect(throws: TypeErrors.operatorDoesNotExist(.integer, "=", .boolean)) {
            try DataType.integer.comparisonType(with: .boolean, operatorSymbol: "=")
        }
    }
}
