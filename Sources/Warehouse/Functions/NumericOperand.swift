/// How a numeric argument is computed on: integers as BIGINT and floats as DOUBLE PRECISION,
/// the result converted back to the argument's type (which checks its range); DECIMAL on its
/// unscaled value at its own scale.
enum NumericOperand {
    case integer(DataType)
    case decimal(precision: Int, scale: Int)
    case floating(DataType)

    init?(_ type: DataType) {
        switch type {
        case .smallint, .integer, .bigint: self = .integer(type)
        case .decimal(let precision, let scale): self = .decimal(precision: precision, scale: scale)
        case .real, .doublePrecision: self = .floating(type)
        default: return nil
        }
    }

    typealias Integers = FixedWidthVector<Int64>
    typealias Decimals = FixedWidthVector<Int128>
    typealias Doubles = FixedWidthVector<Double>
    typealias Int32s = FixedWidthVector<Int32>
}
