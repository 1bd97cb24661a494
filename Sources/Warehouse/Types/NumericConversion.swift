/// Conversions between the numeric representations, each checking the target's range with
/// Redshift's errors. Integer targets round: DECIMAL half away from zero, floats to nearest even
/// (PostgreSQL's rint), so `2.5::decimal::int` is 3 and `2.5::float8::int` is 2.
public enum NumericConversion: Sendable {
    @inlinable
    public static func integer<Source: BinaryInteger, Target: FixedWidthInteger>(
        _ value: Source, as target: DataType) throws -> Target {
        guard let result = Target(exactly: value) else { throw TypeErrors.outOfRange(target) }
        return result
    }

    @inlinable
    public static func integer<Target: FixedWidthInteger>(unscaled: Int128, scale: Int, as target: DataType) throws -> Target {
        guard let rounded = DecimalRounding.rescale(unscaled, from: scale, to: 0), let result = Target(exactly: rounded) else {
            throw TypeErrors.outOfRange(target)
        }
        return result
    }

    @inlinable
    public static func integer<Source: BinaryFloatingPoint, Target: FixedWidthInteger>(
        _ value: Source, as target: DataType) throws -> Target {
        let rounded = value.rounded(.toNearestOrEven)
        guard rounded.isFinite, let result = Target(exactly: rounded) else { throw TypeErrors.outOfRange(target) }
        return result
    }

    /// An integer as DECIMAL(precision, scale).
    @inlinable
    public static func decimal<Source: BinaryInteger>(_ value: Source, precision: Int, scale: Int) throws -> Int128 {
        guard let wide = Int128(exactly: value), let scaled = DecimalRounding.rescale(wide, from: 0, to: scale),
              scaled.magnitude < DecimalPowers.of(precision) else {
            throw TypeErrors.numericResultOverflow
        }
        return scaled
    }

    /// A DECIMAL at `fromScale` as DECIMAL(precision, scale), rounding half away from zero.
    @inlinable
    public static func decimal(unscaled: Int128, fromScale: Int, precision: Int, scale: Int) throws -> Int128 {
        guard let scaled = DecimalRounding.rescale(unscaled, from: fromScale, to: scale),
              scaled.magnitude < DecimalPowers.of(precision) else {
            throw TypeErrors.numericResultOverflow
        }
        return scaled
    }

    /// A float as DECIMAL(precision, scale), going through its printed form (15 significant
    /// digits for DOUBLE, 6 for REAL) as PostgreSQL does, so 0.1 stays 0.1.
    public static func decimal<Source: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Source, precision: Int, scale: Int) throws -> Int128 {
        guard value.isFinite else {
            throw SQLError(SQLState.featureNotSupported, "cannot convert \(value.isNaN ? "NaN" : "infinity") to numeric")
        }
        let text = FloatText.format(Double(value), significantDigits: Source.self == Float.self ? 6 : 15)
        do {
            return try Decimal128.parse(text, precision: precision, scale: scale).unscaled
        } catch {
            throw TypeErrors.numericResultOverflow
        }
    }

    @inlinable
    public static func floating<Target: BinaryFloatingPoint>(unscaled: Int128, scale: Int) -> Target {
        Target(Double(unscaled) / pow10Double(scale))
    }

    /// DOUBLE to REAL, which overflows rather than becoming infinite.
    @inlinable
    public static func real(_ value: Double) throws -> Float {
        let narrowed = Float(value)
        guard narrowed.isFinite || !value.isFinite else {
            throw SQLError(SQLState.numericValueOutOfRange, "value out of range: overflow")
        }
        return narrowed
    }
}
