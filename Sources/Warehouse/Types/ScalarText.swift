/// Text input for the integer and boolean types (the other types have their own parsers:
/// `Decimal128.parse`, `FloatText.parse`, `DateTimeParser`).
public enum ScalarText: Sendable {
    /// Parses an integer (`' 42 '`, `-7`, `+3`) into the target width.
    public static func parseInteger<Target: FixedWidthInteger>(_ text: some StringProtocol, as type: DataType) throws -> Target {
        let trimmed = text.trimmingSQLWhitespace()
        var bytes = trimmed.utf8[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { throw TypeErrors.invalidInput(type, text) }
        var value: Target = 0
        var overflowed = false
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { throw TypeErrors.invalidInput(type, text) }
            let digit = Target(byte - 0x30)
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            overflowed = overflowed || overflow1 || overflow2
            value = next
        }
        guard !overflowed else {
            throw SQLError(SQLState.numericValueOutOfRange, "value \"\(trimmed)\" is out of range for type \(type.baseName)")
        }
        return value
    }

    /// Redshift's boolean literals: `true/t/yes/y/1` and `false/f/no/n/0`, any case.
    public static func parseBoolean(_ text: some StringProtocol) throws -> Bool {
        switch text.trimmingSQLWhitespace().lowercased() {
        case "true", "t", "yes", "y", "1", "on": return true
        case "false", "f", "no", "n", "0", "off": return false
        default: throw TypeErrors.invalidInput(.boolean, text)
        }
    }
}
