/// An exact fixed-point number `unscaled × 10^-scale`, the value of a DECIMAL/NUMERIC.
///
/// Redshift's DECIMAL holds at most 38 digits, which always fits a signed 128-bit integer, so
/// vectors store the bare `Int128` and keep the scale on the column type; this struct pairs the
/// two for constants, parsing, printing and tests. Equality and hashing compare numeric values
/// (1.0 equals 1.00), as SQL does.
public struct Decimal128: Sendable, CustomStringConvertible {
    public var unscaled: Int128
    public var scale: Int

    public init(unscaled: Int128, scale: Int) {
        self.unscaled = unscaled
        self.scale = scale
    }

    /// The number of digits of `unscaled`, at least 1 (0 has one digit).
    public var digitCount: Int {
        let magnitude = unscaled.magnitude
        var digits = 1
        while digits < DecimalPowers.table.count, magnitude >= DecimalPowers.of(digits) { digits += 1 }
        return digits
    }

    /// Prints exactly `scale` fractional digits, as Redshift prints a numeric(p,s) value.
    public var description: String {
        var digits = String(unscaled.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return unscaled < 0 ? "-" + digits : digits
    }

    /// The value at `newScale`, rounding half away from zero when digits are dropped; nil when
    /// the scaled-up value does not fit in 128 bits.
    public func rescaled(to newScale: Int) -> Decimal128? {
        guard let value = DecimalRounding.rescale(unscaled, from: scale, to: newScale) else { return nil }
        return Decimal128(unscaled: value, scale: newScale)
    }

    /// The value as DECIMAL(precision, scale): rounded to `scale`, and an error when the integer
    /// part needs more than `precision - scale` digits.
    public func fitted(precision: Int, scale newScale: Int) throws -> Decimal128 {
        guard let value = rescaled(to: newScale), value.unscaled.magnitude < DecimalPowers.of(precision) else {
            throw TypeErrors.numericResultOverflow
        }
        return value
    }
}

extension Decimal128: Comparable, Hashable {
    public static func == (lhs: Decimal128, rhs: Decimal128) -> Bool { compare(lhs, rhs) == 0 }

    public static func < (lhs: Decimal128, rhs: Decimal128) -> Bool { compare(lhs, rhs) < 0 }

    public func hash(into hasher: inout Hasher) {
        var normalized = self
        while normalized.scale > 0, normalized.unscaled % 10 == 0 {
            normalized.unscaled /= 10
            normalized.scale -= 1
        }
        hasher.combine(normalized.unscaled)
        hasher.combine(normalized.scale)
    }

    /// -1, 0 or 1. Compares integer parts, then fractional parts aligned to the larger scale,
    /// which never overflows because a fraction is below 10^scale ≤ 10^38.
    public static func compare(_ lhs: Decimal128, _ rhs: Decimal128) -> Int {
        if lhs.scale == rhs.scale { return lhs.unscaled < rhs.unscaled ? -1 : (lhs.unscaled == rhs.unscaled ? 0 : 1) }
        let lhsSign = lhs.unscaled.signum(), rhsSign = rhs.unscaled.signum()
        if lhsSign != rhsSign { return lhsSign < rhsSign ? -1 : 1 }
        let magnitudeOrder = compareMagnitudes(lhs, rhs)
        return lhsSign < 0 ? -magnitudeOrder : magnitudeOrder
    }

    private static func compareMagnitudes(_ lhs: Decimal128, _ rhs: Decimal128) -> Int {
        let lhsPower = DecimalPowers.of(lhs.scale), rhsPower = DecimalPowers.of(rhs.scale)
        let (lhsInteger, lhsFraction) = lhs.unscaled.magnitude.quotientAndRemainder(dividingBy: lhsPower)
        let (rhsInteger, rhsFraction) = rhs.unscaled.magnitude.quotientAndRemainder(dividingBy: rhsPower)
        if lhsInteger != rhsInteger { return lhsInteger < rhsInteger ? -1 : 1 }
        let common = max(lhs.scale, rhs.scale)
        let lhsAligned = lhsFraction * DecimalPowers.of(common - lhs.scale)
        let rhsAligned = rhsFraction * DecimalPowers.of(common - rhs.scale)
        return lhsAligned < rhsAligned ? -1 : (lhsAligned == rhsAligned ? 0 : 1)
    }
}
