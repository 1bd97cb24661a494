extension DataType {
    /// The result type of `left op right` by Redshift's "Computations with numeric values"
    /// rules: integers widen to the larger integer, REAL with REAL stays REAL, any other float
    /// mix is DOUBLE PRECISION, and DECIMAL with an integer or DECIMAL follows the decimal
    /// precision/scale formulas.
    public static func arithmeticResult(_ operation: ArithmeticOperation, _ left: DataType,
                                        _ right: DataType) throws -> DataType {
        guard left.isNumeric, right.isNumeric else {
            throw TypeErrors.operatorDoesNotExist(left, operation.symbol, right)
        }
        if left.isFloatingPoint || right.isFloatingPoint {
            guard operation != .modulo else { throw TypeErrors.operatorDoesNotExist(left, "%", right) }
            return left == .real && right == .real ? .real : .doublePrecision
        }
        if left.isInteger && right.isInteger { return widerInteger(left, right) }
        guard case .decimal(let p1, let s1)? = left.asDecimal, case .decimal(let p2, let s2)? = right.asDecimal else {
            throw TypeErrors.operatorDoesNotExist(left, operation.symbol, right)
        }
        let (precision, scale) = decimalResult(operation, p1, s1, p2, s2)
        return .decimal(precision: precision, scale: scale)
    }

    /// Decimal precision and scale of a computation; precision is capped at 38, and for division
    /// the scale then shrinks to keep the integer digits (never below 4).
    static func decimalResult(_ operation: ArithmeticOperation, _ p1: Int, _ s1: Int,
                              _ p2: Int, _ s2: Int) -> (precision: Int, scale: Int) {
        let maxPrecision = maxDecimalPrecision
        switch operation {
        case .add, .subtract:
            let scale = max(s1, s2)
            return (min(max(p1 - s1, p2 - s2) + 1 + scale, maxPrecision), scale)
        case .modulo:
            let scale = max(s1, s2)
            return (min(max(p1 - s1, p2 - s2) + scale, maxPrecision), scale)
        case .multiply:
            return (min(p1 + p2 + 1, maxPrecision), min(s1 + s2, maxDecimalScale))
        case .divide:
            var scale = max(4, s1 + p2 - s2 + 1)
            let precision = p1 - s1 + s2 + scale
            guard precision > maxPrecision else { return (precision, scale) }
            scale = max(maxPrecision + scale - precision, 4)
            return (maxPrecision, min(scale, maxDecimalScale))
        }
    }

    private static func widerInteger(_ left: DataType, _ right: DataType) -> DataType {
        if left == .bigint || right == .bigint { return .bigint }
        if left == .integer || right == .integer { return .integer }
        return .smallint
    }

    /// SUM's result: BIGINT for integers, NUMERIC(38, s) for DECIMAL(p, s), DOUBLE for floats.
    public var sumResult: DataType {
        get throws {
            switch self {
            case .smallint, .integer, .bigint: return .bigint
            case .decimal(_, let scale): return .decimal(precision: DataType.maxDecimalPrecision, scale: scale)
            case .real, .doublePrecision: return .doublePrecision
            default: throw TypeErrors.functionDoesNotExist("sum", self)
            }
        }
    }

    /// AVG's result: Redshift returns a truncated BIGINT for integer input (unlike PostgreSQL),
    /// NUMERIC(38, s) for DECIMAL(p, s) without extra scale, DOUBLE for floats.
    public var avgResult: DataType {
        get throws {
            switch self {
            case .smallint, .integer, .bigint: return .bigint
            case .decimal(_, let scale): return .decimal(precision: DataType.maxDecimalPrecision, scale: scale)
            case .real, .doublePrecision: return .doublePrecision
            default: throw TypeErrors.functionDoesNotExist("avg", self)
            }
        }
    }
}
