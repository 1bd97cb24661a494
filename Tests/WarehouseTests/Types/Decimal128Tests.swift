import Testing
@testable import Warehouse

@Suite struct Decimal128Tests {
    @Test(arguments: [
        ("12.5", 5, 2, "12.50"), ("-0.005", 5, 2, "-0.01"), ("0.004", 5, 2, "0.00"), ("4323.8951", 8, 2, "4323.90"),
        ("1e3", 6, 0, "1000"), (" .5 ", 2, 1, "0.5"), ("+7", 1, 0, "7"), ("2.5", 1, 0, "3"), ("-2.5", 1, 0, "-3"),
        ("1.5E-2", 5, 3, "0.015"), ("000123.4500", 10, 4, "123.4500"),
        ("99999999999999999999999999999999999999", 38, 0, "99999999999999999999999999999999999999"),
        ("-0.00000000000000000000000000000000000001", 38, 37, "0.0000000000000000000000000000000000000"),
    ] as [(String, Int, Int, String)])
    func parsesAndPrints(text: String, precision: Int, scale: Int, printed: String) throws {
        #expect(try Decimal128.parse(text, precision: precision, scale: scale).description == printed)
    }

    @Test(arguments: ["abc", "", "-", "1.2.3", "1e", "1e+", "12a", "--1", ". "])
    func rejectsSyntax(text: String) {
        #expect(throws: SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for type numeric: \"\(text)\"")) {
            try Decimal128.parse(text, precision: 10, scale: 2)
        }
    }

    @Test(arguments: [("1234.5", 5, 2), ("99.995", 4, 2), ("1e40", 38, 0), ("100", 2, 0)] as [(String, Int, Int)])
    func rejectsOverflow(text: String, precision: Int, scale: Int) {
        #expect(throws: TypeErrors.numericFieldOverflow(precision: precision, scale: scale)) {
            try Decimal128.parse(text, precision: precision, scale: scale)
        }
    }

    @Test func literalTypes() throws {
        let (value, precision) = try Decimal128.parseLiteral("12.50")
        #expect(value.description == "12.50" && value.scale == 2 && precision == 4)
        let (small, smallPrecision) = try Decimal128.parseLiteral("0.001")
        #expect(small.scale == 3 && smallPrecision == 4)
        #expect(try Decimal128.parseLiteral("1.5e2").value.description == "150")
    }

    @Test func comparesAcrossScales() throws {
        let one = Decimal128(unscaled: 10, scale: 1), oneHundredths = Decimal128(unscaled: 100, scale: 2)
        #expect(one == oneHundredths && one.hashValue == oneHundredths.hashValue)
        #expect(Decimal128(unscaled: -15, scale: 1) < Decimal128(unscaled: -125, scale: 2))
        #expect(Decimal128(unscaled: 1, scale: 1) < Decimal128(unscaled: 1, scale: 0))
        #expect(Decimal128(unscaled: -1, scale: 37) < Decimal128(unscaled: 0, scale: 0))
        #expect(Decimal128(unscaled: 12_345, scale: 2) > Decimal128(unscaled: 1_234_499, scale: 5))
    }

    @Test func fitsAndRescales() throws {
        let price = try Decimal128.parse("4323.8951", precision: 8, scale: 4)
        #expect(try price.fitted(precision: 8, scale: 2).description == "4323.90")
        #expect(throws: TypeErrors.numericResultOverflow) { try price.fitted(precision: 7, scale: 4) }
        #expect(price.rescaled(to: 0)?.description == "4324")
        #expect(Decimal128(unscaled: 1, scale: 0).rescaled(to: 39) == nil)
    }

    @Test(arguments: [
        (ArithmeticOperation.divide, DataType.decimal(precision: 8, scale: 2), DataType.decimal(precision: 8, scale: 2),
         DataType.decimal(precision: 17, scale: 9)),
        (.add, .decimal(precision: 8, scale: 2), .decimal(precision: 15, scale: 3), .decimal(precision: 16, scale: 3)),
        (.subtract, .integer, .decimal(precision: 8, scale: 2), .decimal(precision: 13, scale: 2)),
        (.multiply, .decimal(precision: 8, scale: 2), .decimal(precision: 8, scale: 2), .decimal(precision: 17, scale: 4)),
        (.multiply, .decimal(precision: 38, scale: 30), .decimal(precision: 10, scale: 10), .decimal(precision: 38, scale: 37)),
        (.divide, .decimal(precision: 38, scale: 0), .decimal(precision: 38, scale: 0), .decimal(precision: 38, scale: 4)),
        (.divide, .bigint, .decimal(precision: 5, scale: 2), .decimal(precision: 25, scale: 4)),
        (.modulo, .decimal(precision: 10, scale: 2), .smallint, .decimal(precision: 10, scale: 2)),
        (.add, .smallint, .smallint, .smallint), (.add, .smallint, .integer, .integer), (.divide, .integer, .bigint, .bigint),
        (.add, .real, .real, .real), (.add, .real, .integer, .doublePrecision), (.multiply, .decimal(precision: 5, scale: 1), .real, .doublePrecision),
    ] as [(ArithmeticOperation, DataType, DataType, DataType)])
    func resultTypes(operation: ArithmeticOperation, left: DataType, right: DataType, expected: DataType) throws {
        #expect(try DataType.arithmeticResult(operation, left, right) == expected)
    }

    @Test func resultTypeErrors() {
        #expect(throws: TypeErrors.operatorDoesNotExist(.integer, "+", .date)) {
            try DataType.arithmeticResult(.add, .integer, .date)
        }
        #expect(throws: TypeErrors.operatorDoesNotExist(.doublePrecision, "%", .integer)) {
            try DataType.arithmeticResult(.modulo, .doublePrecision, .integer)
        }
        #expect(throws: TypeErrors.functionDoesNotExist("sum", .varchar(length: 3))) { try DataType.varchar(length: 3).sumResult }
    }

    @Test func aggregateTypes() throws {
        #expect(try DataType.smallint.sumResult == .bigint)
        #expect(try DataType.decimal(precision: 5, scale: 2).sumResult == .decimal(precision: 38, scale: 2))
        #expect(try DataType.real.sumResult == .doublePrecision)
        #expect(try DataType.integer.avgResult == .bigint)
        #expect(try DataType.decimal(precision: 5, scale: 2).avgResult == .decimal(precision: 38, scale: 2))
        #expect(try DataType.doublePrecision.avgResult == .doublePrecision)
    }

    private func compute(_ operation: ArithmeticOperation, _ left: String, _ leftType: DataType,
                         _ right: String, _ rightType: DataType) throws -> String {
        let bound = try DecimalOperation(operation, left: leftType, right: rightType)
        let a = try Decimal128.parse(left, precision: 38, scale: leftType.decimalScale)
        let b = try Decimal128.parse(right, precision: 38, scale: rightType.decimalScale)
        return Decimal128(unscaled: try bound.apply(a.unscaled, b.unscaled), scale: bound.resultScale).description
    }

    @Test(arguments: [
        (ArithmeticOperation.divide, "1", DataType.decimal(precision: 10, scale: 0), "3", DataType.decimal(precision: 10, scale: 0), "0.33333333333"),
        (.divide, "2", .decimal(precision: 10, scale: 0), "3", .decimal(precision: 10, scale: 0), "0.66666666667"),
        (.divide, "-2", .decimal(precision: 10, scale: 0), "3", .decimal(precision: 10, scale: 0), "-0.66666666667"),
        (.divide, "100.00", .decimal(precision: 8, scale: 2), "8.00", .decimal(precision: 8, scale: 2), "12.500000000"),
        (.divide, "1", .decimal(precision: 10, scale: 0), "1", .decimal(precision: 38, scale: 37), "1.0000"),
        (.divide, "1000000000000000000000000000000", .decimal(precision: 38, scale: 0), "3", .decimal(precision: 38, scale: 0),
         "333333333333333333333333333333.3333"),
        (.multiply, "7.50", .decimal(precision: 5, scale: 2), "2.25", .decimal(precision: 5, scale: 2), "16.8750"),
        (.multiply, "-0.5", .decimal(precision: 2, scale: 1), "3", .integer, "-1.5"),
        (.multiply, "1.0000000000000000000000000000005", .decimal(precision: 38, scale: 31), "0.5", .decimal(precision: 10, scale: 7),
         "0.5000000000000000000000000000002500000"),
        (.add, "0.10", .decimal(precision: 5, scale: 2), "0.205", .decimal(precision: 5, scale: 3), "0.305"),
        (.subtract, "1", .bigint, "1.5", .decimal(precision: 3, scale: 1), "-0.5"),
        (.modulo, "10.00", .decimal(precision: 5, scale: 2), "3", .integer, "1.00"),
        (.modulo, "-7", .decimal(precision: 5, scale: 0), "3", .decimal(precision: 5, scale: 0), "-1"),
    ] as [(ArithmeticOperation, String, DataType, String, DataType, String)])
    func arithmetic(operation: ArithmeticOperation, left: String, leftType: DataType, right: String, rightType: DataType,
                    expected: String) throws {
        #expect(try compute(operation, left, leftType, right, rightType) == expected)
    }

    @Test func arithmeticErrors() {
        let nines = String(repeating: "9", count: 38), type = DataType.decimal(precision: 38, scale: 0)
        #expect(throws: TypeErrors.numericResultOverflow) { try compute(.add, nines, type, "1", type) }
        #expect(throws: TypeErrors.numericResultOverflow) { try compute(.multiply, nines, type, nines, type) }
        #expect(throws: TypeErrors.numericResultOverflow) { try compute(.divide, nines, type, "0.5", .decimal(precision: 2, scale: 1)) }
        #expect(throws: TypeErrors.divisionByZero) { try compute(.divide, "1", type, "0", type) }
        #expect(throws: TypeErrors.divisionByZero) { try compute(.modulo, "1", type, "0.00", .decimal(precision: 3, scale: 2)) }
    }

    @Test func scalarConvenience() throws {
        let sum = try Decimal128(unscaled: 150, scale: 2).applying(.add, Decimal128(unscaled: 5, scale: 1))
        #expect(sum.description == "2.00")
    }
}
