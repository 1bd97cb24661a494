/// Powers of ten that fit in 128 bits (10^0 through 10^38), the building blocks of every
/// DECIMAL rescale, precision check and digit-by-digit conversion.
@usableFromInline
enum DecimalPowers {
    @usableFromInline
    static let table: [UInt128] = {
        var powers: [UInt128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// 10^exponent for 0...38 (clamped to that range, so a malformed type cannot trap).
    @inlinable
    static func of(_ exponent: Int) -> UInt128 { table[min(max(exponent, 0), table.count - 1)] }

    /// 10^exponent, or nil when it does not fit in 128 bits.
    @inlinable
    static func checked(_ exponent: Int) -> UInt128? {
        exponent >= 0 && exponent < table.count ? table[exponent] : nil
    }
}

/// 10^exponent as a Double, exact for the exponents DECIMAL uses.
@inlinable
func pow10Double(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
}
