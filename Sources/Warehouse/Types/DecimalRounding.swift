/// Rescaling and rounding of unscaled DECIMAL values; Redshift rounds half away from zero
/// (4323.8951 stored into DECIMAL(8,2) is 4323.90, ROUND(28.05, 1) is 28.1).
@usableFromInline
enum DecimalRounding {
    /// `value` (at scale `from`) expressed at scale `to`; nil when it no longer fits in 128 bits.
    @inlinable
    static func rescale(_ value: Int128, from: Int, to: Int) -> Int128? {
        if to == from { return value }
        if to > from {
            guard let factor = DecimalPowers.checked(to - from) else { return value == 0 ? 0 : nil }
            let (result, overflow) = value.multipliedReportingOverflow(by: Int128(factor))
            return overflow ? nil : result
        }
        guard let divisor = DecimalPowers.checked(from - to) else { return 0 }
        let magnitude = divideRounded(value.magnitude, by: divisor)
        return value < 0 ? -Int128(magnitude) : Int128(magnitude)
    }

    /// magnitude / divisor rounded half away from zero.
    @inlinable
    static func divideRounded(_ magnitude: UInt128, by divisor: UInt128) -> UInt128 {
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: divisor)
        return remainder >= divisor - remainder ? quotient + 1 : quotient
    }

    /// A 256-bit magnitude divided by `divisor`, rounded half away from zero; nil when the
    /// quotient does not fit in 128 bits.
    @inlinable
    static func divideRounded(high: UInt128, low: UInt128, by divisor: UInt128) -> UInt128? {
        guard high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth((high: high, low: low))
        guard remainder >= divisor - remainder else { return quotient }
        let (rounded, overflow) = quotient.addingReportingOverflow(1)
        return overflow ? nil : rounded
    }
}
