/// Numbers and booleans from COPY fields, with STL_LOAD_ERRORS' reasons. The plain spellings
/// are read straight from the bytes (`PlainText`); other text goes through the general parsers.
enum LoadNumbers {
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Blanks around a number are allowed, as Redshift's text input allows them.
    private static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = text
        while let first = slice.first, isBlank(first) { slice = slice.dropFirst() }
        while let last = slice.last, isBlank(last) { slice = slice.dropLast() }
        return slice
    }

    static func integer<Target: FixedWidthInteger>(_ text: UnsafeBufferPointer<UInt8>, _ type: DataType) throws(FieldError) -> Target {
        if let plain: Target = PlainText.integer(text) { return plain }
        return try generalInteger(ArraySlice(text), type)
    }

    private static func generalInteger<Target: FixedWidthInteger>(_ text: ArraySlice<UInt8>, _ type: DataType) throws(FieldError) -> Target {
        let name = LoadTypeNames.reasonName(type)
        var digits = trimmed(text)
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else {
            throw FieldError.invalidDigit(text, allowed: isDigit, type: name)
        }
        var value: Target = 0
        for byte in digits {
            guard isDigit(byte) else {
                throw FieldError.invalidDigit(text, allowed: { isDigit($0) || isBlank($0) || $0 == 0x2D || $0 == 0x2B }, type: name)
            }
            let digit = Target(byte - 0x30)
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw FieldError.overflow(text, type: name) }
            value = next
        }
        return value
    }

    /// DECIMAL(p, s): extra fractional digits are cut (COPY truncates: 20.259 → 20.25) unless
    /// ROUNDEC asks for rounding.
    static func decimal(_ text: UnsafeBufferPointer<UInt8>, precision: Int, scale: Int, round: Bool) throws(FieldError) -> Int128 {
        if !round, let plain = PlainText.decimal(text, precision: precision, scale: scale, cutsFraction: true) { return plain }
        return try generalDecimal(ArraySlice(text), precision: precision, scale: scale, round: round)
    }

    private static func generalDecimal(_ text: ArraySlice<UInt8>, precision: Int, scale: Int, round: Bool) throws(FieldError) -> Int128 {
        var value = trimmed(text)
        if !round, let point = value.firstIndex(of: UInt8(ascii: ".")),
           !value.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }) {
            let keepEnd = min(value.endIndex, point + 1 + scale)
            value = value[value.startIndex..<keepEnd]
        }
        do {
            return try Decimal128.parse(String(decoding: value, as: UTF8.self), precision: precision, scale: scale).unscaled
        } catch let error as SQLError where error.sqlState == SQLState.numericValueOutOfRange {
            throw FieldError(code: 1204, reason: "Numeric data overflow (result precision)", position: 0)
        } catch {
            // Only the first point is allowed: in `150.8.9` the second one is the invalid digit.
            var seenPoint = false
            throw FieldError.invalidDigit(text, allowed: { byte in
                if byte == 0x2E { defer { seenPoint = true }; return !seenPoint }
                return isDigit(byte) || isBlank(byte) || byte == 0x2D || byte == 0x2B
            }, type: "Decimal")
        }
    }

    static func floating<Target: BinaryFloatingPoint & LosslessStringConvertible>(
        _ text: UnsafeBufferPointer<UInt8>, _ type: DataType) throws(FieldError) -> Target {
        do {
            return try FloatText.parse(String(decoding: text, as: UTF8.self), as: type)
        } catch let error as SQLError where error.sqlState == SQLState.numericValueOutOfRange {
            throw FieldError.overflow(ArraySlice(text), type: LoadTypeNames.reasonName(type))
        } catch {
            throw FieldError.invalidDigit(ArraySlice(text), allowed: {
                isDigit($0) || isBlank($0) || [0x2E, 0x2D, 0x2B, 0x65, 0x45].contains($0)
            }, type: LoadTypeNames.reasonName(type))
        }
    }

    static func boolean(_ text: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Bool {
        do {
            return try ScalarText.parseBoolean(String(decoding: text, as: UTF8.self))
        } catch {
            throw FieldError(code: 1210, reason: "Invalid Boolean value '\(String(decoding: text.prefix(40), as: UTF8.self))'",
                             position: 0)
        }
    }
}
