/// A line of output assembled as UTF-8 bytes. The sales and event writers format millions of
/// numbers and timestamps; writing digits straight into a byte buffer avoids a String per field.
struct TextBytes {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    mutating func append(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            append(-value)
            return
        }
        if value >= 10 { append(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// `value` with leading zeros to `width` digits (values are never negative here).
    mutating func append(_ value: Int, width: Int) {
        var digits = 1, limit = 10
        while value >= limit { digits += 1; limit *= 10 }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        append(value)
    }

    /// An amount in cents as dollars with two decimals: 15089 → `150.89`.
    mutating func append(cents: Int) {
        if cents < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = abs(cents)
        append(magnitude / 100)
        bytes.append(UInt8(ascii: "."))
        append(magnitude % 100, width: 2)
    }

    /// `YYYY-MM-DD` for a day number since 1970-01-01.
    mutating func append(date days: Int) {
        let date = CivilCalendar.date(days: days)
        append(date.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        append(date.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        append(date.day, width: 2)
    }

    /// `YYYY-MM-DD HH:MM:SS` (or with `T` between) for seconds since 1970-01-01 UTC.
    mutating func append(timestamp seconds: Int, separator: UInt8 = UInt8(ascii: " ")) {
        append(date: seconds / 86_400)
        bytes.append(separator)
        let time = seconds % 86_400
        append(time / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(time / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(time % 60, width: 2)
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    mutating func append(json text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                append(Int(byte) / 16, width: 1)
                bytes.append(Array("0123456789abcdef".utf8)[Int(byte) % 16])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":` for a JSON object member.
    mutating func append(key: String) {
        append(json: key)
        bytes.append(UInt8(ascii: ":"))
    }
}
