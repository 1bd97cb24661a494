import Testing
@testable import Warehouse

@Suite struct StatisticalAggregateTests {
    private func double(_ datum: Datum) -> Double? {
        if case .double(let value) = datum { value } else { nil }
    }

    @Test func varianceAndStandardDeviation() throws {
        let values = ints([2, 4, 4, 4, 5, 5, 7, 9, nil])
        #expect(try Aggregates.value("var_pop", values) == .double(4))
        #expect(try Aggregates.value("stddev_pop", values) == .double(2))
        #expect(try Aggregates.value("var_samp", values) == .double(32.0 / 7))
        #expect(try Aggregates.value("variance", values) == .double(32.0 / 7))
        #expect(try Aggregates.value("stddev", values) == .double((32.0 / 7).squareRoot()))
        #expect(try Aggregates.value("stddev_samp", ints([5])) == .null)
        #expect(try Aggregates.value("var_pop", ints([5])) == .double(0))
        #expect(try Aggregates.value("var_pop", ints([nil])) == .null)
        #expect(try Aggregates.value("var_pop", ints([1, 1, 3, 3, 3]), distinct: true) == .double(1))
        #expect(try Aggregates.value("stddev_samp", ints([2, 2, 2]), distinct: true) == .null)
        #expect(try Aggregates.resolve("stddev", [.decimal(precision: 8, scale: 2)]).returnType == .doublePrecision)
        #expect(throws: SQLError.self) { try Aggregates.resolve("stddev", [.varchar(length: 3)]) }
    }

    /// Welford's update keeps the spread of large, close values that the naive formula loses.
    @Test func varianceIsNumericallyStable() throws {
        let values = doubles((0..<1000).map { 1e9 + Double($0 % 10) })
        let result = try Aggregates.value("var_pop", values)
        #expect(Swift.abs(double(result)! - 8.25) < 1e-6)
    }

    @Test func medianAndPercentiles() throws {
        #expect(try Aggregates.value("median", ints([10, 15, 20])).text == "15.0")
        #expect(try Aggregates.value("median", ints([10, 20, 15, 30])).text == "17.5")
        #expect(try Aggregates.resolve("median", [.integer]).returnType == .decimal(precision: 20, scale: 1))
        #expect(try Aggregates.value("median", doubles([1, 2, nil, 4])) == .double(2))
        #expect(try Aggregates.value("median", dec("1.10")) .text == "1.10")
        #expect(try Aggregates.value("percentile_cont", repeated(dbl(0.25), 4), ints([1, 2, 3, 4])).text == "1.8")
        #expect(try Aggregates.value("percentile_disc", repeated(dbl(0.5), 4), ints([4, 1, 3, 2])) == .integer(2))
        #expect(try Aggregates.value("percentile_disc", repeated(dbl(0), 3), ints([4, 1, 3])) == .integer(1))
        #expect(try Aggregates.value("percentile_disc", repeated(dbl(1), 3), ints([4, 1, 3])) == .integer(4))
        #expect(try Aggregates.value("approximate_percentile_disc", repeated(dbl(0.5), 3), ints([4, 1, 3])) == .integer(3))
        let days = column(.date, [.date(0), .date(10)])
        #expect(try Aggregates.value("median", days) == .date(5))
        #expect(try Aggregates.resolve("median", [.timestamp]).returnType == .timestamp)
        #expect(try Aggregates.value("median", ints([nil, nil])) == .null)
        #expect(throws: SQLError(SQLState.invalidParameterValue, "percentile value 1.5 is not between 0 and 1")) {
            try Aggregates.value("percentile_cont", repeated(dbl(1.5), 2), ints([1, 2]))
        }
    }

    @Test func listaggJoinsInArrivalOrder() throws {
        let sellers: [Int32] = [380, 380, 1178, 1178, 1178, 2731, 8117, 12905, 32043, 32043, 32043, 32432, 32432, 38669,
                                38750, 41498, 45676, 46324, 47188, 47188, 48294]
        let values = column(.integer, sellers.map { .integer($0) })
        #expect(try Aggregates.value("listagg", values, repeated(text(", "), sellers.count)).text
            == "380, 380, 1178, 1178, 1178, 2731, 8117, 12905, 32043, 32043, 32043, 32432, 32432, 38669, 38750, 41498, 45676, 46324, 47188, 47188, 48294")
        #expect(try Aggregates.value("listagg", values, repeated(text(", "), sellers.count), distinct: true).text
            == "380, 1178, 2731, 8117, 12905, 32043, 32432, 38669, 38750, 41498, 45676, 46324, 47188, 48294")
        #expect(try Aggregates.value("listagg", ints([3, 1, 1, 4, 1, 2, 4, 2, 3, 3, 3])).text == "31141242333")
        #expect(try Aggregates.value("listagg", texts(["a", nil, "", "b"]), repeated(text("-"), 4)).text == "a-b")
        #expect(try Aggregates.value("listagg", texts([nil, ""])) == .null)
        let long = column(.varchar(length: 1000), Array(repeating: .string(String(repeating: "x", count: 1000)), count: 70))
        #expect(throws: ListAggAccumulator.limitExceeded) { try Aggregates.value("listagg", long) }
    }

    @Test func approximateCountDistinctIsWithinItsError() throws {
        var generator = SeededGenerator(state: 11)
        let values = (0..<20_000).map { _ in Int64.random(in: 0..<5_000, using: &generator) }
        let exact = Set(values).count
        let argument = column(.bigint, values.map { .bigint($0) })
        guard case .bigint(let estimate) = try Aggregates.value("approximate_count", argument, distinct: true) else {
            Issue.record("not a bigint"); return
        }
        #expect(Swift.abs(Double(estimate) - Double(exact)) / Double(exact) < 0.05)
        #expect(try Aggregates.value("approximate_count", ints([1, 2, 2, 3, nil]), distinct: true) == .bigint(3))
        #expect(throws: SQLError.self) { try Aggregates.resolve("approximate_count", [.integer], distinct: false) }
    }

    @Test func booleanAndBitwiseFolds() throws {
        let flags = column(.boolean, [.boolean(true), .null, .boolean(false)])
        #expect(try Aggregates.value("bool_and", flags) == .boolean(false))
        #expect(try Aggregates.value("bool_or", flags) == .boolean(true))
        #expect(try Aggregates.value("bool_and", column(.boolean, [.null])) == .null)
        #expect(try Aggregates.value("bit_and", ints([12, 10])) == .integer(8))
        #expect(try Aggregates.value("bit_or", ints([12, 10, nil])) == .integer(14))
    }

    /// Every aggregate gives the same per-group results from one batch, from many batches, and
    /// from partial accumulators merged together.
    @Test func batchesAndMergesAgreeWithOneBatch() throws {
        var generator = SeededGenerator(state: 3)
        let rows = 1000
        let groups = (0..<rows).map { _ in UInt32.random(in: 0..<7, using: &generator) }
        let numbers = column(.integer, (0..<rows).map { _ in
            Int.random(in: 0..<10, using: &generator) == 0 ? .null : .integer(Int32.random(in: -500...500, using: &generator))
        })
        let words = column(.varchar(length: 10), (0..<rows).map { _ in .string(String(Int.random(in: 0..<50, using: &generator))) })
        let fraction = repeated(dbl(0.3), rows)
        let cases: [(String, [Argument], Bool)] = [
            ("stddev", [numbers], false), ("var_pop", [numbers], false), ("var_samp", [numbers], true),
            ("median", [numbers], false),
            ("percentile_cont", [fraction, numbers], false), ("percentile_disc", [fraction, numbers], false),
            ("listagg", [words, repeated(text(","), rows)], false), ("listagg", [words], true),
            ("approximate_count", [words], true), ("bit_or", [numbers], false),
        ]
        for (name, arguments, distinct) in cases {
            let single = try Aggregates.run(name, arguments, groups: groups, distinct: distinct)
            for (batches, partials) in [(7, false), (7, true), (rows, true)] {
                let split = try Aggregates.run(name, arguments, groups: groups, distinct: distinct, batches: batches, partials: partials)
                for (one, many) in zip(single, split) {
                    if let a = double(one), let b = double(many) {
                        #expect(Swift.abs(a - b) <= 1e-9 * Swift.max(1, Swift.abs(a)), "\(name) \(batches) \(partials)")
                    } else {
                        #expect(one == many, "\(name) \(batches) \(partials)")
                    }
                }
            }
        }
    }
}
