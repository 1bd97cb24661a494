import Testing
@testable import Warehouse

@Suite struct ConditionalFunctionTests {
    @Test func coalesceAndNvlTakeTheFirstNonNull() throws {
        #expect(try Functions.value("coalesce", null(.integer), int(12), null(.integer)) == .integer(12))
        #expect(try Functions.value("nvl", null(.integer), null(.integer), big(3)) == .bigint(3))
        #expect(try Functions.value("nvl", null(.integer), null(.integer)) == .null)
        #expect(try Functions.type("coalesce", .integer, .decimal(precision: 7, scale: 2)) == .decimal(precision: 12, scale: 2))
        #expect(try Functions.type("nvl", .varchar(length: 3), .char(length: 10)) == .varchar(length: 10))
        #expect(throws: SQLError(SQLState.datatypeMismatch, "COALESCE types integer and character varying cannot be matched")) {
            try Functions.value("coalesce", null(.integer), text("Amazon Redshift"), int(12))
        }
        let rows = try Functions.call("nvl", [column(.integer, [.null, .integer(1), .null]),
                                              column(.integer, [.integer(9), .integer(8), .null])]).values
        #expect(rows == [.integer(9), .integer(1), .null])
    }

    @Test func nvl2ChoosesOnTheFirstArgument() throws {
        #expect(try Functions.text("nvl2", null(.varchar(length: 5)), text("yes"), text("no")) == "no")
        #expect(try Functions.text("nvl2", int(1), text("yes"), text("no")) == "yes")
        #expect(try Functions.type("nvl2", .integer, .smallint, .bigint) == .bigint)
        #expect(try Functions.type("nvl2", .integer, .date, .timestamp) == .timestamp)
        #expect(try Functions.type("nvl2", .integer, .varchar(length: 4), .integer) == .varchar(length: 4))
    }

    @Test func decodeMatchesLikeASimpleCase() throws {
        let categories = column(.integer, (1...7).map { .integer($0) } + [.null])
        let leagues: [Argument] = [
            int(1), text("Major League Baseball"), int(2), text("National Hockey League"),
            int(3), text("National Football League"), int(4), text("National Basketball Association"),
            int(5), text("Major League Soccer"), text("Unknown"),
        ]
        let result = try Functions.call("decode", [categories] + leagues)
        #expect(result.values.map(\.text) == [
            "Major League Baseball", "National Hockey League", "National Football League",
            "National Basketball Association", "Major League Soccer", "Unknown", "Unknown", "Unknown",
        ])
        let seats = column(.integer, [.null, .integer(300)])
        #expect(try Functions.call("decode", [seats, null(.integer), int(0), int(1)]).values == [.integer(0), .integer(1)])
        #expect(try Functions.value("decode", int(9), int(1), text("one")) == .null)
    }

    @Test func nullifAndExtremes() throws {
        #expect(try Functions.value("nullif", int(3), int(3)) == .null)
        #expect(try Functions.value("nullif", int(3), int(4)) == .integer(3))
        #expect(try Functions.value("nullif", null(.integer), int(4)) == .null)
        #expect(try Functions.value("greatest", int(3), null(.integer), int(9), int(-1)) == .integer(9))
        #expect(try Functions.value("least", int(3), null(.integer), int(9), int(-1)) == .integer(-1))
        #expect(try Functions.text("greatest", text("apple"), text("pear")) == "pear")
        #expect(try Functions.text("least", dec("1.50"), int(2)) == "1.50")
        #expect(try Functions.value("greatest", null(.integer), null(.integer)) == .null)
        #expect(try Functions.type("greatest", .real, .integer) == .doublePrecision)
    }

    @Test func callsWithoutAnOverloadFailAsPostgreSQLDoes() throws {
        #expect(throws: FunctionCatalog.noSuchFunction("len", [.boolean])) { try Functions.resolve("len", [.boolean]) }
        #expect(throws: FunctionCatalog.noSuchFunction("sqrt", [.date])) { try Functions.resolve("sqrt", [.date]) }
        #expect(throws: FunctionCatalog.noSuchFunction("concat", [.integer])) { try Functions.resolve("concat", [.integer]) }
        #expect(throws: FunctionCatalog.noSuchFunction("dateadd", [.varchar(length: 3), .integer])) {
            try Functions.resolve("dateadd", [.varchar(length: 3), .integer])
        }
    }

    @Test func argumentsOfDifferentLengthsAreAnInternalErrorNotACrash() throws {
        let resolved = try Functions.resolve("nvl", [.integer, .integer])
        let short = try ColumnVector(type: .integer, datums: [.integer(1)])
        let long = try ColumnVector(type: .integer, datums: [.integer(1), .integer(2)])
        #expect(throws: SQLError.self) { try resolved.evaluate([short, long], 2) }
        let concat = try Functions.resolve("concat", [.varchar(length: 3), .varchar(length: 3)])
        let a = try ColumnVector(type: .varchar(length: 3), datums: [.string("a")])
        let b = try ColumnVector(type: .varchar(length: 3), datums: [.string("b"), .string("c")])
        #expect(throws: SQLError.self) { try concat.evaluate([a, b], 2) }
    }
}
