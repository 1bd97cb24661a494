/// ABS, SIGN, ROUND, TRUNC, CEIL/CEILING, FLOOR, MOD, RANDOM, PI and the DOUBLE PRECISION math
/// functions (POWER, SQRT, CBRT, EXP, LN, LOG, trigonometry), with Redshift's result types:
/// ABS/SIGN/ROUND/TRUNC/CEIL/FLOOR keep the argument's type (a DECIMAL rounded to a whole number
/// gets scale 0), the math functions return DOUBLE PRECISION.
///
/// ROUND(d, n) and TRUNC(d, n) on DECIMAL keep the argument's scale, because `n` is a value and
/// a column's type cannot depend on it: `round(28.05::decimal(4,2), 1)` is 28.10, not 28.1.
enum NumericFunctions {
    typealias Integers = NumericOperand.Integers
    typealias Decimals = NumericOperand.Decimals
    typealias Doubles = NumericOperand.Doubles
    typealias Int32s = NumericOperand.Int32s

    static let all: [ScalarFunction] = [
        ScalarFunction(name: "abs") { types throws(SQLError) in types.count == 1 ? absolute(types[0]) : nil },
        ScalarFunction(name: "sign") { types throws(SQLError) in types.count == 1 ? sign(types[0]) : nil },
        ScalarFunction(name: "round") { types throws(SQLError) in rounding(.halfAwayFromZero, types, digits: true) },
        ScalarFunction(name: "trunc") { types throws(SQLError) in rounding(.towardZero, types, digits: true) },
        ScalarFunction(name: "ceil") { types throws(SQLError) in rounding(.up, types, digits: false) },
        ScalarFunction(name: "ceiling") { types throws(SQLError) in rounding(.up, types, digits: false) },
        ScalarFunction(name: "floor") { types throws(SQLError) in rounding(.down, types, digits: false) },
        ScalarFunction(name: "mod") { types throws(SQLError) in modulo(types) },
        ScalarFunction(name: "pi") { types throws(SQLError) in
            types.isEmpty ? .constant(.double(Double.pi), returns: .doublePrecision) : nil
        },
        ScalarFunction(name: "random") { types throws(SQLError) in types.isEmpty ? random : nil },
    ] + MathFunctions.all

    private static func absolute(_ type: DataType) -> ResolvedScalarFunction? {
        switch NumericOperand(type) {
        case .integer(let original):
            return ResolvedScalarFunction.unary(.bigint, Integers.self, returns: .bigint, Integers.self) { x throws(SQLError) in
                guard x != .min else { throw TypeErrors.outOfRange(.bigint) }
                return Swift.abs(x)
            }.converting(to: original)
        case .decimal:
            return .unary(type, Decimals.self, returns: type, Decimals.self) { Swift.abs($0) }
        case .floating(let original):
            return ResolvedScalarFunction.unary(.doublePrecision, Doubles.self, returns: .doublePrecision, Doubles.self) {
                Swift.abs($0)
            }.converting(to: original)
        case nil:
            return nil
        }
    }

    /// -1, 0 or 1 in the argument's type; DECIMAL(1,0) for DECIMAL arguments.
    private static func sign(_ type: DataType) -> ResolvedScalarFunction? {
        switch NumericOperand(type) {
        case .integer(let original):
            return ResolvedScalarFunction.unary(.bigint, Integers.self, returns: .bigint, Integers.self) {
                $0.signum()
            }.converting(to: original)
        case .decimal:
            return .unary(type, Decimals.self, returns: .decimal(precision: 1, scale: 0), Decimals.self) { $0.signum() }
        case .floating(let original):
            return ResolvedScalarFunction.unary(.doublePrecision, Doubles.self, returns: .doublePrecision, Doubles.self) {
                $0 == 0 || $0.isNaN ? $0 : ($0 < 0 ? -1 : 1)
            }.converting(to: original)
        case nil:
            return nil
        }
    }

    /// ROUND/TRUNC (`digits`: an optional second argument of fractional digits, negative for
    /// tens, hundreds…) and CEIL/FLOOR. Without digits a DECIMAL(p,s) becomes DECIMAL(p−s+1, 0),
    /// the extra digit holding a carry (99.5 rounds to 100).
    private static func rounding(_ mode: DigitRounding, _ types: [DataType], digits: Bool) -> ResolvedScalarFunction? {
        guard let first = types.first, let operand = NumericOperand(first) else { return nil }
        if types.count == 1 {
            switch operand {
            case .integer:
                return ResolvedScalarFunction.unary(.bigint, Integers.self, returns: .bigint, Integers.self) {
                    $0
                }.converting(to: first)
            case .decimal(let precision, let scale):
                let result = DataType.decimal(precision: max(1, min(precision - scale + 1, DataType.maxDecimalPrecision)),
                                              scale: 0)
                return .unary(first, Decimals.self, returns: result, Decimals.self) { mode.wholePart($0, scale: scale) }
            case .floating(let original):
                return ResolvedScalarFunction.unary(.doublePrecision, Doubles.self, returns: .doublePrecision, Doubles.self) {
                    mode.apply($0, digits: 0)
                }.converting(to: original)
            }
        }
        guard digits, types.count == 2, ParameterTypes.integer(types[1]) != nil else { return nil }
        switch operand {
        case .integer(let original):
            return ResolvedScalarFunction.binary(.bigint, Integers.self, .integer, Int32s.self, returns: .bigint,
                                                 Integers.self) { x, digits throws(SQLError) in
                guard let rounded = mode.apply(x, dropping: -Int(digits)) else { throw TypeErrors.outOfRange(.bigint) }
                return rounded
            }.converting(to: original)
        case .decimal(let precision, let scale):
            let resultPrecision = min(precision + 1, DataType.maxDecimalPrecision)
            let limit = DecimalPowers.of(resultPrecision)
            return .binary(first, Decimals.self, .integer, Int32s.self, returns: .decimal(precision: resultPrecision, scale: scale),
                           Decimals.self) { value, digits throws(SQLError) in
                guard let rounded = mode.apply(value, dropping: scale - Int(digits)), rounded.magnitude < limit else {
                    throw TypeErrors.numericResultOverflow
                }
                return rounded
            }
        case .floating(let original):
            return ResolvedScalarFunction.binary(.doublePrecision, Doubles.self, .integer, Int32s.self,
                                                 returns: .doublePrecision, Doubles.self) {
                mode.apply($0, digits: Int($1))
            }.converting(to: original)
        }
    }

    /// MOD: integers and DECIMALs as the `%` operator (result type by the arithmetic rules);
    /// any float makes it a DOUBLE PRECISION remainder with the dividend's sign.
    private static func modulo(_ types: [DataType]) -> ResolvedScalarFunction? {
        guard types.count == 2, types[0].isNumeric, types[1].isNumeric else { return nil }
        if types[0].isFloatingPoint || types[1].isFloatingPoint {
            return .binary(.doublePrecision, Doubles.self, .doublePrecision, Doubles.self, returns: .doublePrecision,
                           Doubles.self) { x, y throws(SQLError) in
                guard y != 0 else { throw TypeErrors.divisionByZero }
                return x.truncatingRemainder(dividingBy: y)
            }
        }
        guard let result = try? DataType.arithmeticResult(.modulo, types[0], types[1]) else { return nil }
        return ResolvedScalarFunction(argumentTypes: types, returnType: result) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 2)
            return try bridgingErrors { try ArithmeticKernel.apply(.modulo, arguments[0], arguments[1]) }
        }
    }

    /// RANDOM(): a fresh value in [0, 1) for every row.
    private static let random = ResolvedScalarFunction(argumentTypes: [], returnType: .doublePrecision) { _, rowCount in
        var generator = SystemRandomNumberGenerator()
        let values = (0..<rowCount).map { _ in Double.random(in: 0..<1, using: &generator) }
        return ColumnVector(type: .doublePrecision, column: Doubles(values: values))
    }
}
