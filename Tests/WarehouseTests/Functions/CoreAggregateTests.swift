import Testing
@testable import Warehouse

@Suite struct CoreAggregateTests {
    func resolve(_ name: String, _ type: DataType) throws -> ResolvedAggregate {
        try #require(try FunctionCatalog.builtin.aggregates[name]?.resolve([type], false))
    }

    func ints(_ values: [Int32?]) -> ColumnVector {
        var vector = FixedWidthVector<Int32>(reservingCapacity: values.count)
        for value in values { if let value { vector.appendValue(value) } else { vector.appendNull() } }
        return ColumnVector(uncheckedType: .integer, storage: .int32(vector))
    }

    @Test func resultTypesFollowRedshift() throws {
        #expect(try resolve("sum", .smallint).returnType == .bigint)
        #expect(try resolve("sum", .decimal(precision: 8, scale: 2)).returnType == .decimal(precision: 38, scale: 2))
        #expect(try resolve("sum", .real).returnType == .doublePrecision)
        #expect(try resolve("avg", .integer).returnType == .bigint)
        #expect(try resolve("avg", .decimal(precision: 5, scale: 2)).returnType == .decimal(precision: 38, scale: 2))
        #expect(try resolve("count", .varchar(length: 3)).returnType == .bigint)
        #expect(try resolve("max", .date).returnType == .date)
        #expect(try FunctionCatalog.builtin.aggregates["sum"]?.resolve([.varchar(length: 3)], false) == nil)
    }

    @Test func groupedCountSumAvgMinMaxSkipNulls() throws {
        let values = ints([4, nil, 7, 1, nil, -3])
        let groups: [UInt32] = [0, 0, 1, 0, 2, 2]
        func run(_ name: String) throws -> [Datum] {
            var accumulator = try resolve(name, .integer).makeAccumulator()
            try accumulator.update(arguments: [values], groups: groups, groupCount: 3)
            return try accumulator.finish(groupCount: 4).datums
        }
        #expect(try run("count") == [.bigint(2), .bigint(1), .bigint(1), .bigint(0)])
        #expect(try run("sum") == [.bigint(5), .bigint(7), .bigint(-3), .null])
        #expect(try run("avg") == [.bigint(2), .bigint(7), .bigint(-3), .null])
        #expect(try run("min") == [.integer(1), .integer(7), .integer(-3), .null])
        #expect(try run("max") == [.integer(4), .integer(7), .integer(-3), .null])
    }

    @Test func countStarCountsRowsIncludingNulls() throws {
        var accumulator = try #require(try FunctionCatalog.builtin.aggregates["count"]?.resolve([], false)).makeAccumulator()
        try accumulator.update(arguments: [], groups: [0, 0, 1], groupCount: 2)
        #expect(try accumulator.finish(groupCount: 2).datums == [.bigint(2), .bigint(1)])
    }

    @Test func mergeFoldsPartialStatesThroughTheGroupMapping() throws {
        for name in ["count", "sum", "min", "max", "avg"] {
            let aggregate = try resolve(name, .integer)
            var whole = aggregate.makeAccumulator(), first = aggregate.makeAccumulator(), second = aggregate.makeAccumulator()
            try whole.update(arguments: [ints([1, 5, 9, 2])], groups: [0, 1, 0, 1], groupCount: 2)
            try first.update(arguments: [ints([1, 5])], groups: [0, 1], groupCount: 2)
            try second.update(arguments: [ints([2, 9])], groups: [0, 1], groupCount: 2)
            try first.merge(second, mapping: [1, 0], groupCount: 2)
            #expect(try first.finish(groupCount: 2).datums == whole.finish(groupCount: 2).datums, "\(name)")
        }
    }

    @Test func overflowingSumsAreErrors() throws {
        var accumulator = try resolve("sum", .bigint).makeAccumulator()
        let huge = ColumnVector(uncheckedType: .bigint, storage: .int64(FixedWidthVector(values: [Int64.max, 1])))
        #expect(throws: TypeErrors.outOfRange(.bigint)) { try accumulator.update(arguments: [huge], groups: [0, 0], groupCount: 1) }
    }

    @Test func decimalAverageRoundsAtTheInputScale() throws {
        let type = DataType.decimal(precision: 5, scale: 2)
        var accumulator = try resolve("avg", type).makeAccumulator()
        let values = try ColumnVector(type: type, datums: [.decimal(Decimal128(unscaled: 100, scale: 2)),
                                                            .decimal(Decimal128(unscaled: 101, scale: 2))])
        try accumulator.update(arguments: [values], groups: [0, 0], groupCount: 1)
        #expect(try accumulator.finish(groupCount: 1).datums == [.decimal(Decimal128(unscaled: 101, scale: 2))])
    }
}
