/// Rounding an integer or an unscaled DECIMAL to a digit position, the common core of ROUND,
/// TRUNC, CEIL and FLOOR.
enum DigitRounding: Sendable {
    /// ROUND: half away from zero (`round(28.05, 1)` is 28.1, `round(-2.5)` is -3).
    case halfAwayFromZero
    /// TRUNC.
    case towardZero
    /// CEIL.
    case up
    /// FLOOR.
    case down

    /// `value` with its `drop` lowest decimal digits zeroed by this rounding, at the same scale;
    /// nil when the result does not fit `Value`.
    func apply<Value: FixedWidthInteger>(_ value: Value, dropping drop: Int) -> Value? {
        guard drop > 0 else { return value }
        guard let factor = Value.powerOfTen(drop) else { return beyondRange(value) == 0 ? 0 : nil }
        let (result, overflow) = quotient(value, factor).multipliedReportingOverflow(by: factor)
        return overflow ? nil : result
    }

    /// `value`, which has `scale` fractional digits, rounded to a whole number.
    func wholePart<Value: FixedWidthInteger>(_ value: Value, scale: Int) -> Value {
        guard scale > 0 else { return value }
        guard let factor = Value.powerOfTen(scale) else { return beyondRange(value) }
        return quotient(value, factor)
    }

    /// value / factor rounded by this rule (never overflows: factor ≥ 10).
    private func quotient<Value: FixedWidthInteger>(_ value: Value, _ factor: Value) -> Value {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: factor)
        switch self {
        case .towardZero: return quotient
        case .halfAwayFromZero:
            guard remainder.magnitude >= factor.magnitude - remainder.magnitude else { return quotient }
            return value < 0 ? quotient - 1 : quotient + 1
        case .up: return remainder > 0 ? quotient + 1 : quotient
        case .down: return remainder < 0 ? quotient - 1 : quotient
        }
    }

    /// The quotient when the divisor exceeds every value of the type: 0, or ±1 when CEIL/FLOOR
    /// move a non-zero fraction away from zero.
    private func beyondRange<Value: FixedWidthInteger>(_ value: Value) -> Value {
        switch self {
        case .up where value > 0: 1
        case .down where value < 0: -1
        default: 0
        }
    }

    /// Doubles: the same rules at `digits` fractional digits (negative: tens, hundreds).
    func apply(_ value: Double, digits: Int) -> Double {
        let rule: FloatingPointRoundingRule = switch self {
        case .halfAwayFromZero: .toNearestOrAwayFromZero
        case .towardZero: .towardZero
        case .up: .up
        case .down: .down
        }
        guard digits != 0 else { return value.rounded(rule) }
        let scale = pow10Double(min(abs(digits), 400))
        let shifted = digits > 0 ? value * scale : value / scale
        guard shifted.isFinite else { return value }
        let rounded = shifted.rounded(rule)
        return digits > 0 ? rounded / scale : rounded * scale
    }
}

extension FixedWidthInteger {
    /// 10^exponent, nil when it does not fit the type.
    static func powerOfTen(_ exponent: Int) -> Self? {
        guard let power = DecimalPowers.checked(exponent) else { return nil }
        return Self(exactly: power)
    }
}
