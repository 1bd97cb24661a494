import Testing
@testable import Warehouse

@Suite struct ComparisonAndBooleanKernelTests {
    private func column(_ type: DataType, _ datums: [Datum]) throws -> ColumnVector {
        try ColumnVector(type: type, datums: datums)
    }

    @Test func comparisonsAreThreeValued() throws {
        let a = try column(.integer, [.integer(1), .integer(2), .null, .integer(4)])
        let b = try column(.bigint, [.bigint(1), .bigint(3), .bigint(3), .null])
        #expect(try ComparisonKernel.compare(.equal, a, b).datums == [.boolean(true), .boolean(false), .null, .null])
        #expect(try ComparisonKernel.compare(.less, a, b).datums == [.boolean(false), .boolean(true), .null, .null])
        #expect(try ComparisonKernel.compare(.greaterOrEqual, a, b).datums == [.boolean(true), .boolean(false), .null, .null])
        #expect(try ComparisonKernel.filter(.lessOrEqual, a, b).indices == [0, 1])
        #expect(try ComparisonKernel.filter(.notEqual, a, b, selection: SelectionVector([0, 2, 3])).indices == [])
    }

    @Test func decimalsCompareAcrossScales() throws {
        let a = try column(.decimal(precision: 5, scale: 2), [.decimal(Decimal128(unscaled: 150, scale: 2)), .decimal(Decimal128(unscaled: -1, scale: 2))])
        let b = try column(.decimal(precision: 38, scale: 37), [.decimal(Decimal128(unscaled: 15, scale: 1)), .decimal(Decimal128(unscaled: 0, scale: 0))])
        #expect(try ComparisonKernel.compare(.equal, a, b).datums == [.boolean(true), .boolean(false)])
        let texts = try column(.varchar(length: 9), [.string("1.5"), .string("1000")])
        #expect(try ComparisonKernel.compare(.less, a, texts).datums == [.boolean(false), .boolean(true)])
        let ints = try column(.integer, [.integer(2), .integer(0)])
        #expect(try ComparisonKernel.compare(.greater, ints, a).datums == [.boolean(true), .boolean(true)])
    }

    @Test func stringsIgnoreTrailingBlanks() throws {
        let chars = try column(.char(length: 5), [.string("ab"), .string("b"), .string("ab")])
        let varchars = try column(.varchar(length: 5), [.string("ab"), .string("ab "), .string("ab\t")])
        #expect(try ComparisonKernel.compare(.equal, chars, varchars).datums == [.boolean(true), .boolean(false), .boolean(false)])
        #expect(try ComparisonKernel.compare(.greater, chars, varchars).datums == [.boolean(false), .boolean(true), .boolean(false)])
        #expect(ComparisonKernel.compareIgnoringTrailingBlanks(Array("a  ".utf8)[...], Array("a".utf8)[...]) == 0)
        #expect(ComparisonKernel.compareIgnoringTrailingBlanks(Array("a".utf8)[...], Array("a b".utf8)[...]) == -1)
    }

    @Test func mixedTypeComparisons() throws {
        let dates = try column(.date, [.date(2926), .date(0)])
        let texts = try column(.varchar(length: 20), [.string("2008-01-05"), .string("2008-01-05")])
        #expect(try ComparisonKernel.compare(.less, dates, texts).datums == [.boolean(false), .boolean(true)])
        let timestamps = try column(.timestamp, [.timestamp(2926 * Microseconds.perDay), .timestamp(1)])
        #expect(try ComparisonKernel.compare(.equal, dates, timestamps).datums == [.boolean(true), .boolean(false)])
        let doubles = try column(.doublePrecision, [.double(.nan), .double(1)])
        let reals = try column(.real, [.real(.nan), .real(.nan)])
        #expect(try ComparisonKernel.compare(.equal, doubles, reals).datums == [.boolean(true), .boolean(false)])
        #expect(try ComparisonKernel.compare(.less, doubles, reals).datums == [.boolean(false), .boolean(true)])
        let flags = try column(.boolean, [.boolean(false), .boolean(true)])
        #expect(try ComparisonKernel.compare(.less, flags, column(.boolean, [.boolean(true), .boolean(true)])).datums
            == [.boolean(true), .boolean(false)])
        #expect(throws: TypeErrors.operatorDoesNotExist(.integer, "=", .boolean)) {
            try ComparisonKernel.compare(.equal, column(.integer, [.integer(1), .integer(0)]), flags)
        }
        #expect(throws: TypeErrors.invalidInput(.date, "soon")) {
            try ComparisonKernel.compare(.equal, dates, column(.varchar(length: 9), [.string("soon"), .null]))
        }
    }

    @Test func andOrNotTruthTables() throws {
        let values: [Datum] = [.boolean(true), .boolean(false), .null]
        var left: [Datum] = [], right: [Datum] = []
        for x in values { for y in values { left.append(x); right.append(y) } }
        let a = try column(.boolean, left), b = try column(.boolean, right)
        let t = Datum.boolean(true), f = Datum.boolean(false), n = Datum.null
        #expect(try BooleanKernel.and(a, b).datums == [t, f, n, f, f, f, n, f, n])
        #expect(try BooleanKernel.or(a, b).datums == [t, t, t, t, f, n, t, n, n])
        #expect(try BooleanKernel.not(a).datums == [f, f, f, t, t, t, n, n, n])
        #expect(try BooleanKernel.and(a, b, selection: SelectionVector([0])).datums == [t, n, n, n, n, n, n, n, n])
        #expect(throws: SQLError(SQLState.datatypeMismatch, "argument of AND must be type boolean, not type integer")) {
            try BooleanKernel.and(a, column(.integer, Array(repeating: .integer(1), count: 9)))
        }
    }

    @Test func isNullNeverYieldsNull() throws {
        let texts = try column(.varchar(length: 3), [.string("a"), .null, .string("")])
        #expect(BooleanKernel.isNull(texts).datums == [.boolean(false), .boolean(true), .boolean(false)])
        #expect(BooleanKernel.isNull(texts, negated: true).datums == [.boolean(true), .boolean(false), .boolean(true)])
        #expect(BooleanKernel.isNull(texts, selection: SelectionVector([1])).datums == [.null, .boolean(true), .null])
        let predicate = try column(.boolean, [.boolean(true), .null, .boolean(false), .boolean(true)])
        #expect(try BooleanKernel.trueRows(predicate).indices == [0, 3])
        #expect(try BooleanKernel.trueRows(predicate, selection: SelectionVector([1, 3])).indices == [3])
    }

    @Test func emptyInputs() throws {
        let empty = try column(.integer, [])
        #expect(try ComparisonKernel.filter(.equal, empty, empty).isEmpty)
        #expect(try BooleanKernel.trueRows(column(.boolean, [])).isEmpty)
    }
}
