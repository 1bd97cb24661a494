extension Decimal128 {
    /// Parses decimal text (`' -12.50 '`, `1e3`, `.5`) into DECIMAL(precision, scale), rounding
    /// extra fractional digits half away from zero; `numeric field overflow` when the integer
    /// part does not fit, `invalid input syntax for type numeric` when it is not a number.
    public static func parse(_ text: some StringProtocol, precision: Int, scale: Int) throws -> Decimal128 {
        let literal = try DecimalLiteral(text)
        guard let unscaled = literal.unscaled(atScale: scale),
              unscaled.magnitude < DecimalPowers.of(precision) else {
            throw TypeErrors.numericFieldOverflow(precision: precision, scale: scale)
        }
        return Decimal128(unscaled: unscaled, scale: scale)
    }

    /// Parses a numeric literal keeping its own scale, and reports the precision it needs,
    /// which is how a constant such as `12.50` gets its type numeric(4,2).
    public static func parseLiteral(_ text: some StringProtocol) throws -> (value: Decimal128, precision: Int) {
        let literal = try DecimalLiteral(text)
        let scale = min(max(literal.fractionDigits - literal.exponent, 0), DataType.maxDecimalScale)
        guard let unscaled = literal.unscaled(atScale: scale) else {
            throw TypeErrors.numericFieldOverflow(precision: DataType.maxDecimalPrecision, scale: scale)
        }
        let value = Decimal128(unscaled: unscaled, scale: scale)
        let precision = max(value.digitCount, scale + 1)
        guard precision <= DataType.maxDecimalPrecision else {
            throw TypeErrors.numericFieldOverflow(precision: DataType.maxDecimalPrecision, scale: scale)
        }
        return (value, precision)
    }
}

/// The pieces of a decimal number's text: its significant digits, how many of them were
/// written after the point, and the exponent.
private struct DecimalLiteral {
    var negative = false
    var digits: [UInt8] = []
    var fractionDigits = 0
    var exponent = 0

    init(_ text: some StringProtocol) throws {
        let bytes = Array(text.utf8)
        var index = 0, end = bytes.count
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A { index += 1 }
        while end > index, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A { end -= 1 }
        // Built only when thrown: a \copy parses millions of valid numbers.
        func invalid() -> SQLError { TypeErrors.invalidInput(.decimal(precision: 18, scale: 0), text) }
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var sawDigit = false, sawPoint = false
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                sawDigit = true
                if !digits.isEmpty || byte != 0x30 { digits.append(byte - 0x30) }
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { throw invalid() }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var sawExponentDigit = false
            while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                sawExponentDigit = true
                exponent = min(exponent * 10 + Int(bytes[index] - 0x30), 100_000)
                index += 1
            }
            guard sawExponentDigit else { throw invalid() }
            if exponentNegative { exponent = -exponent }
        }
        guard index == end else { throw invalid() }
    }

    /// The value × 10^scale rounded half away from zero; nil when it needs more than 128 bits.
    func unscaled(atScale scale: Int) -> Int128? {
        // The digits represent digits × 10^(exponent - fractionDigits).
        let shift = scale + exponent - fractionDigits
        let keep = shift >= 0 ? digits.count : digits.count + shift
        var magnitude: UInt128 = 0
        for position in 0..<max(keep, 0) {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.addingReportingOverflow(UInt128(digits[position]))
            guard !overflow1, !overflow2 else { return nil }
            magnitude = next
        }
        if shift > 0, magnitude != 0 {
            guard let factor = DecimalPowers.checked(shift) else { return nil }
            let (scaled, overflow) = magnitude.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            magnitude = scaled
        }
        if keep >= 0, keep < digits.count, digits[keep] >= 5 {
            let (rounded, overflow) = magnitude.addingReportingOverflow(1)
            guard !overflow else { return nil }
            magnitude = rounded
        }
        guard magnitude <= UInt128(Int128.max) else { return nil }
        return negative ? -Int128(magnitude) : Int128(magnitude)
    }
}
