import Testing
@testable import Warehouse

@Suite struct ArithmeticKernelTests {
    private func column(_ type: DataType, _ datums: [Datum]) throws -> ColumnVector {
        try ColumnVector(type: type, datums: datums)
    }

    @Test func integerArithmeticWithNullsAndWidening() throws {
        let a = try column(.smallint, [.smallint(7), .null, .smallint(-7), .smallint(9)])
        let b = try column(.integer, [.integer(2), .integer(5), .integer(2), .null])
        #expect(try ArithmeticKernel.apply(.add, a, b).datums == [.integer(9), .null, .integer(-5), .null])
        #expect(try ArithmeticKernel.apply(.divide, a, b).datums == [.integer(3), .null, .integer(-3), .null])
        #expect(try ArithmeticKernel.apply(.modulo, a, b).datums == [.integer(1), .null, .integer(-1), .null])
        #expect(try ArithmeticKernel.apply(.multiply, a, b).type == .integer)
        let big = try column(.bigint, [.bigint(1), .bigint(2), .bigint(3), .bigint(4)])
        #expect(try ArithmeticKernel.apply(.subtract, a, big).datums == [.bigint(6), .null, .bigint(-10), .bigint(5)])
    }

    @Test func integerErrors() throws {
        let max = try column(.integer, [.integer(Int32.max)])
        let one = try column(.integer, [.integer(1)])
        let zero = try column(.integer, [.integer(0)])
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "integer out of range")) {
            try ArithmeticKernel.apply(.add, max, one)
        }
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "smallint out of range")) {
            try ArithmeticKernel.apply(.multiply, column(.smallint, [.smallint(300)]), column(.smallint, [.smallint(300)]))
        }
        #expect(throws: TypeErrors.outOfRange(.bigint)) {
            try ArithmeticKernel.apply(.divide, column(.bigint, [.bigint(.min)]), column(.bigint, [.bigint(-1)]))
        }
        #expect(throws: SQLError(SQLState.divisionByZero, "division by zero")) { try ArithmeticKernel.apply(.divide, one, zero) }
        #expect(throws: TypeErrors.divisionByZero) { try ArithmeticKernel.apply(.modulo, one, zero) }
        #expect(try ArithmeticKernel.apply(.modulo, column(.integer, [.integer(.min)]), column(.integer, [.integer(-1)])).datums
            == [.integer(0)])
    }

    @Test func nullAndUnselectedRowsAreNotEvaluated() throws {
        let dividend = try column(.integer, [.integer(10), .integer(10), .integer(10)])
        let divisor = try column(.integer, [.integer(0), .null, .integer(5)])
        #expect(throws: TypeErrors.divisionByZero) { try ArithmeticKernel.apply(.divide, dividend, divisor) }
        let result = try ArithmeticKernel.apply(.divide, dividend, divisor, selection: SelectionVector([1, 2]))
        #expect(result.datums == [.null, .null, .integer(2)])
    }

    @Test func floatArithmetic() throws {
        let a = try column(.real, [.real(1.5), .real(3)])
        let b = try column(.real, [.real(0.5), .real(2)])
        #expect(try ArithmeticKernel.apply(.multiply, a, b).datums == [.real(0.75), .real(6)])
        let c = try column(.integer, [.integer(1), .integer(2)])
        #expect(try ArithmeticKernel.apply(.divide, a, c).datums == [.double(1.5), .double(1.5)])
        #expect(throws: TypeErrors.divisionByZero) {
            try ArithmeticKernel.apply(.divide, a, column(.doublePrecision, [.double(0), .double(1)]))
        }
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "value out of range: overflow")) {
            try ArithmeticKernel.apply(.multiply, column(.doublePrecision, [.double(1e300)]), column(.doublePrecision, [.double(1e300)]))
        }
        #expect(throws: TypeErrors.operatorDoesNotExist(.real, "%", .real)) { try ArithmeticKernel.apply(.modulo, a, b) }
    }

    @Test func decimalArithmeticFollowsRedshiftTypes() throws {
        let price = try column(.decimal(precision: 8, scale: 2), [.decimal(Decimal128(unscaled: 10_000, scale: 2)), .null])
        let commission = try column(.decimal(precision: 8, scale: 2), [.decimal(Decimal128(unscaled: 800, scale: 2)), .null])
        let quotient = try ArithmeticKernel.apply(.divide, price, commission)
        #expect(quotient.type == .decimal(precision: 17, scale: 9))
        #expect(quotient.datums.map(\.text) == ["12.500000000", ""])
        let count = try column(.integer, [.integer(3), .integer(4)])
        let product = try ArithmeticKernel.apply(.multiply, price, count)
        #expect(product.type == .decimal(precision: 19, scale: 2))
        #expect(product.datums.map(\.text) == ["300.00", ""])
        let nines = try column(.decimal(precision: 38, scale: 0),
                               [.decimal(Decimal128(unscaled: Int128("99999999999999999999999999999999999999") ?? 0, scale: 0))])
        #expect(throws: TypeErrors.numericResultOverflow) { try ArithmeticKernel.apply(.add, nines, nines) }
    }

    @Test func nonNumericOperandsAreRejected() throws {
        let dates = try column(.date, [.date(1)])
        #expect(throws: TypeErrors.operatorDoesNotExist(.integer, "+", .date)) {
            try ArithmeticKernel.apply(.add, column(.integer, [.integer(1)]), dates)
        }
        #expect(throws: SQLError.self) {
            try ArithmeticKernel.apply(.add, column(.integer, [.integer(1), .integer(2)]), column(.integer, [.integer(3), .integer(4), .integer(5)]))
        }
    }

    /// A one-row operand is a constant standing for every row of the other.
    @Test func oneRowOperandBroadcasts() throws {
        let values = try column(.integer, [.integer(1), .null, .integer(3)])
        #expect(try ArithmeticKernel.apply(.subtract, values, column(.integer, [.integer(1)])).datums
                == [.integer(0), .null, .integer(2)])
        #expect(try ArithmeticKernel.apply(.subtract, column(.integer, [.integer(10)]), values).datums
                == [.integer(9), .null, .integer(7)])
        #expect(try ArithmeticKernel.apply(.add, values, column(.integer, [.null])).datums == [.null, .null, .null])
    }

    @Test func emptyVectors() throws {
        let empty = try column(.bigint, [])
        #expect(try ArithmeticKernel.apply(.add, empty, empty).count == 0)
    }
}
