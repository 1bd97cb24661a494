#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text form of REAL and DOUBLE PRECISION values as Redshift prints them: `%g` with 6 or 15
/// significant digits (PostgreSQL 8's output with extra_float_digits = 0), `NaN`, `Infinity`.
public enum FloatText: Sendable {
    public static func format(_ value: Double, significantDigits: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        var buffer = [CChar](repeating: 0, count: 64)
        let format = "%.\(significantDigits)g"
        let length = withVaList([value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, arguments) }
        }
        let bytes = buffer.prefix(Int(max(0, min(length, 63)))).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func format(_ value: Double) -> String { format(value, significantDigits: 15) }

    public static func format(_ value: Float) -> String { format(Double(value), significantDigits: 6) }

    /// Parses float text (`1.5`, ` -2e3 `, `NaN`, `Infinity`), rejecting what is not a number
    /// and values beyond the type's range.
    public static func parse<Target: BinaryFloatingPoint & LosslessStringConvertible>(
        _ text: some StringProtocol, as type: DataType) throws -> Target {
        let trimmed = text.trimmingSQLWhitespace()
        switch trimmed.lowercased() {
        case "nan": return .nan
        case "infinity", "+infinity", "inf", "+inf": return .infinity
        case "-infinity", "-inf": return -.infinity
        default: break
        }
        let allowed = trimmed.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
        }
        guard allowed, let value = Target(String(trimmed)) else { throw TypeErrors.invalidInput(type, text) }
        guard value.isFinite else {
            throw SQLError(SQLState.numericValueOutOfRange, "\"\(trimmed)\" is out of range for type \(type.baseName)")
        }
        return value
    }
}
