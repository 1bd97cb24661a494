import Testing
@testable import Warehouse

@Suite struct NumericFunctionTests {
    @Test func roundFollowsRedshiftExamples() throws {
        #expect(try Functions.text("round", dec("28.05")) == "28")
        #expect(try Functions.text("round", dec("28.05"), int(1)) == "28.10")
        #expect(try Functions.text("round", dec("28.05"), int(-1)) == "30.00")
        #expect(try Functions.text("round", dec("-2.5")) == "-3")
        #expect(try Functions.text("round", dec("99.5")) == "100")
        #expect(try Functions.type("round", .decimal(precision: 8, scale: 2)) == .decimal(precision: 7, scale: 0))
        #expect(try Functions.type("round", .decimal(precision: 8, scale: 2), .integer) == .decimal(precision: 9, scale: 2))
        #expect(try Functions.value("round", dbl(2.5)) == .double(3))
        #expect(try Functions.value("round", dbl(-1.25), int(1)) == .double(-1.3))
        #expect(try Functions.value("round", int(1234), int(-2)) == .integer(1200))
        #expect(try Functions.value("round", int(1250), int(-2)) == .integer(1300))
        #expect(try Functions.value("round", int(7), int(2)) == .integer(7))
        #expect(try Functions.value("round", null(.integer)) == .null)
        #expect(try Functions.value("round", dec("1.5"), null(.integer)) == .null)
    }

    @Test func truncCeilFloor() throws {
        #expect(try Functions.text("trunc", dec("111.15")) == "111")
        #expect(try Functions.text("trunc", dec("111.15"), int(1)) == "111.10")
        #expect(try Functions.text("trunc", dec("111.15"), int(-1)) == "110.00")
        #expect(try Functions.text("ceil", dec("-1.5")) == "-1")
        #expect(try Functions.text("ceiling", dec("1.01")) == "2")
        #expect(try Functions.text("floor", dec("-1.01")) == "-2")
        #expect(try Functions.value("floor", dbl(-0.5)) == .double(-1))
        #expect(try Functions.value("ceil", Argument(type: .real, values: [.real(1.2)])) == .real(2))
        #expect(try Functions.type("floor", .smallint) == .smallint)
        #expect(try Functions.value("trunc", big(-1999), int(-3)) == .bigint(-1000))
    }

    @Test func absAndSignKeepTheArgumentType() throws {
        #expect(try Functions.value("abs", int(-5)) == .integer(5))
        #expect(try Functions.text("abs", dec("-12.30")) == "12.30")
        #expect(try Functions.value("abs", dbl(-0.5)) == .double(0.5))
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "smallint out of range")) {
            try Functions.value("abs", Argument(type: .smallint, values: [.smallint(.min)]))
        }
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "bigint out of range")) {
            try Functions.value("abs", big(.min))
        }
        #expect(try Functions.value("sign", int(-9)) == .integer(-1))
        #expect(try Functions.text("sign", dec("0.00")) == "0")
        #expect(try Functions.type("sign", .decimal(precision: 10, scale: 2)) == .decimal(precision: 1, scale: 0))
        #expect(try Functions.value("sign", dbl(3.5)) == .double(1))
        #expect(try Functions.value("abs", null(.integer)) == .null)
    }

    @Test func modFollowsTheRemainderOperator() throws {
        #expect(try Functions.value("mod", int(10), int(4)) == .integer(2))
        #expect(try Functions.value("mod", int(-10), int(4)) == .integer(-2))
        #expect(try Functions.text("mod", dec("10.5"), int(4)) == "2.5")
        #expect(try Functions.value("mod", dbl(5.5), dbl(2)) == .double(1.5))
        #expect(throws: TypeErrors.divisionByZero) { try Functions.value("mod", int(1), int(0)) }
        #expect(throws: TypeErrors.divisionByZero) { try Functions.value("mod", dbl(1), dbl(0)) }
        #expect(try Functions.value("mod", int(1), null(.integer)) == .null)
    }

    @Test func mathFunctionsAndTheirErrors() throws {
        #expect(try Functions.value("sqrt", int(16)) == .double(4))
        guard case .double(let cubeRoot) = try Functions.value("cbrt", dbl(-27)) else { Issue.record("cbrt"); return }
        #expect(Swift.abs(cubeRoot + 3) < 1e-12)
        #expect(try Functions.value("power", int(2), int(10)) == .double(1024))
        #expect(try Functions.value("pow", dbl(-2), int(3)) == .double(-8))
        #expect(try Functions.value("log", int(100)) == .double(2))
        #expect(try Functions.value("ln", dbl(1)) == .double(0))
        #expect(try Functions.value("exp", int(0)) == .double(1))
        #expect(try Functions.value("degrees", dbl(Double.pi)) == .double(180))
        #expect(try Functions.value("radians", int(180)) == .double(Double.pi))
        #expect(try Functions.value("pi") == .double(Double.pi))
        #expect(try Functions.value("atan2", int(1), int(1)) == .double(Double.pi / 4))
        #expect(try Functions.value("sqrt", null(.doublePrecision)) == .null)
        #expect(throws: SQLError(SQLState.invalidArgumentForPowerFunction, "cannot take square root of a negative number")) {
            try Functions.value("sqrt", int(-1))
        }
        #expect(throws: SQLError(SQLState.invalidArgumentForLogarithm, "cannot take logarithm of zero")) {
            try Functions.value("ln", int(0))
        }
        #expect(throws: NumericErrors.logarithmOfNegative) { try Functions.value("log", int(-10)) }
        #expect(throws: NumericErrors.zeroToNegativePower) { try Functions.value("power", int(0), int(-1)) }
        #expect(throws: NumericErrors.complexPower) { try Functions.value("power", int(-8), dbl(0.5)) }
        #expect(throws: NumericErrors.overflow) { try Functions.value("exp", int(1000)) }
        #expect(throws: NumericErrors.inputOutOfRange) { try Functions.value("asin", int(2)) }
        #expect(throws: SQLError.self) { try Functions.value("sqrt", text("4")) }
    }

    @Test func randomIsInTheUnitIntervalPerRow() throws {
        let resolved = try Functions.resolve("random", [])
        let values = try resolved.evaluate([], 100).datums
        #expect(values.count == 100)
        #expect(values.allSatisfy { if case .double(let x) = $0 { (0..<1).contains(x) } else { false } })
        #expect(Set(values).count > 90)
    }

    /// Decimal ROUND/TRUNC/CEIL/FLOOR agree with a reference computed on Doubles for values
    /// whose decimal expansion is exact in binary at the tested digits.
    @Test func roundingMatchesAScalarReference() throws {
        var generator = SeededGenerator(state: 42)
        let values = (0..<500).map { _ in Int128(Int64.random(in: -10_000_000...10_000_000, using: &generator)) }
        let input = column(.decimal(precision: 12, scale: 3), values.map { .decimal(Decimal128(unscaled: $0, scale: 3)) })
        for digits: Int32 in [-2, -1, 0, 1, 2] {
            for (name, rule) in [("round", FloatingPointRoundingRule.toNearestOrAwayFromZero), ("trunc", .towardZero)] {
                let results = try Functions.call(name, [input, int(digits)]).values
                for (value, result) in zip(values, results) {
                    let expected = (Double(value) / pow10Double(3 - Int(digits))).rounded(rule) * pow10Double(3 - Int(digits))
                    guard case .decimal(let decimal) = result else { Issue.record("not a decimal"); return }
                    #expect(Double(decimal.unscaled) == expected, "\(name)(\(value), \(digits))")
                }
            }
        }
        for (name, rule) in [("ceil", FloatingPointRoundingRule.up), ("floor", .down)] {
            let results = try Functions.call(name, [input]).values
            for (value, result) in zip(values, results) {
                #expect(result == .decimal(Decimal128(unscaled: Int128((Double(value) / 1000).rounded(rule)), scale: 0)))
            }
        }
    }
}
