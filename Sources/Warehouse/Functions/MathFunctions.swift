#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The DOUBLE PRECISION functions of one or two arguments, with PostgreSQL's domain errors.
enum MathFunctions {
    typealias Doubles = NumericOperand.Doubles
    typealias Unary = @Sendable (Double) throws(SQLError) -> Double

    static let all: [ScalarFunction] = unary.map { name, body in
        ScalarFunction(name: name) { types throws(SQLError) in
            guard types.count == 1, ParameterTypes.double(types[0]) != nil else { return nil }
            return .unary(.doublePrecision, Doubles.self, returns: .doublePrecision, Doubles.self, body)
        }
    } + binary.map { name, body in
        ScalarFunction(name: name) { types throws(SQLError) in
            guard ParameterTypes.all(types, [ParameterTypes.double, ParameterTypes.double]) != nil else { return nil }
            return .binary(.doublePrecision, Doubles.self, .doublePrecision, Doubles.self, returns: .doublePrecision,
                           Doubles.self, body)
        }
    }

    private static let unary: [(String, Unary)] = [
        ("sqrt", { x throws(SQLError) in
            guard x >= 0 else { throw NumericErrors.negativeSquareRoot }
            return x.squareRoot()
        }),
        ("cbrt", { cbrt($0) }),
        ("exp", exponential), ("dexp", exponential),
        ("ln", { x throws(SQLError) in try logarithm(x, log) }),
        ("dlog1", { x throws(SQLError) in try logarithm(x, log) }),
        ("log", { x throws(SQLError) in try logarithm(x, log10) }),
        ("dlog10", { x throws(SQLError) in try logarithm(x, log10) }),
        ("degrees", { $0 * 180 / Double.pi }),
        ("radians", { $0 * Double.pi / 180 }),
        ("sin", { sin($0) }), ("cos", { cos($0) }), ("tan", { tan($0) }),
        ("cot", { 1 / tan($0) }),
        ("asin", { x throws(SQLError) in
            guard (-1...1).contains(x) else { throw NumericErrors.inputOutOfRange }
            return asin(x)
        }),
        ("acos", { x throws(SQLError) in
            guard (-1...1).contains(x) else { throw NumericErrors.inputOutOfRange }
            return acos(x)
        }),
        ("atan", { atan($0) }),
    ]

    private static let binary: [(String, @Sendable (Double, Double) throws(SQLError) -> Double)] = [
        ("power", power), ("pow", power),
        ("atan2", { atan2($0, $1) }),
    ]

    private static let exponential: Unary = { x throws(SQLError) in
        try NumericErrors.checked(exp(x), from: x, zeroAllowed: x.isInfinite)
    }

    private static func logarithm(_ x: Double, _ function: (Double) -> Double) throws(SQLError) -> Double {
        if x == 0 { throw NumericErrors.logarithmOfZero }
        if x < 0 { throw NumericErrors.logarithmOfNegative }
        return function(x)
    }

    /// PostgreSQL's dpow: 0 to a negative power and a negative base to a fractional power are
    /// errors, results beyond DOUBLE PRECISION overflow or underflow.
    @Sendable private static func power(_ x: Double, _ y: Double) throws(SQLError) -> Double {
        if x == 0 && y < 0 { throw NumericErrors.zeroToNegativePower }
        if x < 0 && y.rounded() != y && y.isFinite { throw NumericErrors.complexPower }
        let result = pow(x, y)
        if result.isInfinite && x.isFinite && y.isFinite { throw NumericErrors.overflow }
        if result == 0 && x != 0 && x.isFinite && y.isFinite { throw NumericErrors.underflow }
        return result
    }
}
