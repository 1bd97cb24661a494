/// One DECIMAL operator bound to its operand and result scales, prepared once per expression so
/// a kernel's loop only does the integer work on unscaled `Int128` values.
///
/// Every path detects overflow: an operand that cannot be aligned, an intermediate product or
/// quotient beyond 128 bits, or a result with more than `resultPrecision` digits all raise
/// `Numeric data overflow (result precision)`.
public struct DecimalOperation: Sendable {
    public let operation: ArithmeticOperation
    public let leftScale: Int
    public let rightScale: Int
    public let resultPrecision: Int
    public let resultScale: Int
    @usableFromInline let limit: UInt128

    /// Binds `operation` to operand types (DECIMAL or integer) using Redshift's result rules.
    public init(_ operation: ArithmeticOperation, left: DataType, right: DataType) throws {
        guard case .decimal(let p, let s) = try DataType.arithmeticResult(operation, left, right),
              let leftDecimal = left.asDecimal, let rightDecimal = right.asDecimal else {
            throw TypeErrors.operatorDoesNotExist(left, operation.symbol, right)
        }
        self.init(operation, leftScale: leftDecimal.decimalScale, rightScale: rightDecimal.decimalScale,
                  resultPrecision: p, resultScale: s)
    }

    public init(_ operation: ArithmeticOperation, leftScale: Int, rightScale: Int,
                resultPrecision: Int, resultScale: Int) {
        self.operation = operation
        self.leftScale = leftScale
        self.rightScale = rightScale
        self.resultPrecision = resultPrecision
        self.resultScale = resultScale
        self.limit = DecimalPowers.of(resultPrecision)
    }

    public var resultType: DataType { .decimal(precision: resultPrecision, scale: resultScale) }

    @inlinable
    public func apply(_ left: Int128, _ right: Int128) throws -> Int128 {
        switch operation {
        case .add: try add(left, right)
        case .subtract: try subtract(left, right)
        case .multiply: try checked(multiply(left, right))
        case .divide: try checked(divide(left, right))
        case .modulo: try modulo(left, right)
        }
    }

    @inlinable
    public func add(_ left: Int128, _ right: Int128) throws -> Int128 {
        try aligning(left, right) { $0.addingReportingOverflow($1) }
    }

    @inlinable
    public func subtract(_ left: Int128, _ right: Int128) throws -> Int128 {
        try aligning(left, right) { $0.subtractingReportingOverflow($1) }
    }

    /// `operation` on the two values brought to one scale (skipped when they share it), its
    /// overflow and the result's precision checked: addition and subtraction.
    @inlinable
    func aligning(_ left: Int128, _ right: Int128,
                  _ operation: (Int128, Int128) -> (partialValue: Int128, overflow: Bool)) throws -> Int128 {
        let (a, b) = leftScale == rightScale ? (left, right) : try aligned(left, right)
        let (result, overflow) = operation(a, b)
        guard !overflow else { throw TypeErrors.numericResultOverflow }
        return try checked(result)
    }

    @inlinable
    public func modulo(_ left: Int128, _ right: Int128) throws -> Int128 {
        let (a, b) = try aligned(left, right)
        guard b != 0 else { throw TypeErrors.divisionByZero }
        return try checked(a % b)
    }

    /// `result` when it has at most `resultPrecision` digits.
    @inlinable
    func checked(_ result: Int128) throws -> Int128 {
        guard result.magnitude < limit else { throw TypeErrors.numericResultOverflow }
        return result
    }

    @inlinable
    func aligned(_ left: Int128, _ right: Int128) throws -> (Int128, Int128) {
        let common = max(leftScale, rightScale)
        guard let a = DecimalRounding.rescale(left, from: leftScale, to: common),
              let b = DecimalRounding.rescale(right, from: rightScale, to: common) else {
            throw TypeErrors.numericResultOverflow
        }
        return (a, b)
    }

    /// Multiplication. Operands of up to 18 digits multiply in one widening 64-bit step and
    /// any product that fits in 128 bits is rounded with 128-bit division; only a product
    /// beyond 128 bits (which may still round back into range) takes the 256-bit path.
    @inlinable
    func multiply(_ left: Int128, _ right: Int128) throws -> Int128 {
        let product: Int128
        if let x = Int64(exactly: left), let y = Int64(exactly: right) {
            product = Int128(x) &* Int128(y)
        } else {
            let (wide, overflow) = left.multipliedReportingOverflow(by: right)
            guard !overflow else { return try multiplyWide(left, right) }
            product = wide
        }
        let drop = leftScale + rightScale - resultScale
        if drop == 0 { return product }
        if drop < 0 { return try multiplyWide(left, right) }
        guard let divisor = DecimalPowers.checked(drop) else { return try multiplyWide(left, right) }
        let magnitude = DecimalRounding.divideRounded(product.magnitude, by: divisor)
        return try signed(magnitude, negative: product < 0)
    }

    @inlinable
    func multiplyWide(_ left: Int128, _ right: Int128) throws -> Int128 {
        let product = left.magnitude.multipliedFullWidth(by: right.magnitude)
        let drop = leftScale + rightScale - resultScale
        let magnitude: UInt128
        if drop < 0 {
            guard product.high == 0, let factor = DecimalPowers.checked(-drop) else {
                throw TypeErrors.numericResultOverflow
            }
            let (scaled, overflow) = product.low.multipliedReportingOverflow(by: factor)
            guard !overflow else { throw TypeErrors.numericResultOverflow }
            magnitude = scaled
        } else {
            guard let divisor = DecimalPowers.checked(drop),
                  let rounded = DecimalRounding.divideRounded(high: product.high, low: product.low, by: divisor) else {
                throw TypeErrors.numericResultOverflow
            }
            magnitude = rounded
        }
        return try signed(magnitude, negative: (left < 0) != (right < 0))
    }

    /// Long division producing `resultScale` fractional digits, up to 38 digits per step, with
    /// the final digit rounded half away from zero.
    @inlinable
    func divide(_ left: Int128, _ right: Int128) throws -> Int128 {
        guard right != 0 else { throw TypeErrors.divisionByZero }
        var divisor = right.magnitude
        var extraDigits = resultScale - leftScale + rightScale
        if extraDigits < 0 {
            guard let factor = DecimalPowers.checked(-extraDigits) else { return 0 }
            let (scaled, overflow) = divisor.multipliedReportingOverflow(by: factor)
            guard !overflow else { return 0 }
            divisor = scaled
            extraDigits = 0
        }
        var (quotient, remainder) = left.magnitude.quotientAndRemainder(dividingBy: divisor)
        while extraDigits > 0 {
            let step = min(extraDigits, 38)
            let power = DecimalPowers.of(step)
            let widened = remainder.multipliedFullWidth(by: power)
            let (digits, nextRemainder) = divisor.dividingFullWidth((high: widened.high, low: widened.low))
            let (shifted, overflow1) = quotient.multipliedReportingOverflow(by: power)
            let (combined, overflow2) = shifted.addingReportingOverflow(digits)
            guard !overflow1, !overflow2 else { throw TypeErrors.numericResultOverflow }
            quotient = combined
            remainder = nextRemainder
            extraDigits -= step
        }
        if remainder >= divisor - remainder {
            let (rounded, overflow) = quotient.addingReportingOverflow(1)
            guard !overflow else { throw TypeErrors.numericResultOverflow }
            quotient = rounded
        }
        return try signed(quotient, negative: (left < 0) != (right < 0))
    }

    @inlinable
    func signed(_ magnitude: UInt128, negative: Bool) throws -> Int128 {
        guard magnitude < limit else { throw TypeErrors.numericResultOverflow }
        return negative ? -Int128(magnitude) : Int128(magnitude)
    }
}

extension Decimal128 {
    /// `self op other` typed as DECIMAL(p1, s1) op DECIMAL(p2, s2) by Redshift's rules.
    public func applying(_ operation: ArithmeticOperation, _ other: Decimal128,
                         leftPrecision: Int = DataType.maxDecimalPrecision,
                         rightPrecision: Int = DataType.maxDecimalPrecision) throws -> Decimal128 {
        let bound = try DecimalOperation(operation, left: .decimal(precision: leftPrecision, scale: scale),
                                         right: .decimal(precision: rightPrecision, scale: other.scale))
        return Decimal128(unscaled: try bound.apply(unscaled, other.unscaled), scale: bound.resultScale)
    }
}
