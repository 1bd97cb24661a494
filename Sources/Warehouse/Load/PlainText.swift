/// The plain spellings most load files use — `-123`, `1234.56`, `1998-12-01` — read straight
/// from a field's bytes, without a `String` per value. Each reader returns nil for anything
/// else (blanks, exponents, a missing digit, overflow, an invalid date); the caller then hands
/// the text to the general parser, which reads the rarer forms and words the error. So a plain
/// reader must only ever accept text the general parser reads the same way.
enum PlainText {
    /// Whether `text` starts with a minus, and where its digits start (after a `+` or `-`).
    @inline(__always)
    private static func sign(_ text: UnsafeBufferPointer<UInt8>) -> (negative: Bool, start: Int) {
        guard let first = text.first, first == 0x2D || first == 0x2B else { return (false, 0) }
        return (first == 0x2D, 1)
    }

    /// `[+-]digits`, at most 18 digits (so the sum cannot overflow), in `Target`'s range.
    @inline(__always)
    static func integer<Target: FixedWidthInteger>(_ text: UnsafeBufferPointer<UInt8>) -> Target? {
        let (negative, start) = sign(text)
        var index = start
        let count = text.count
        guard index < count, count - index <= 18 else { return nil }
        var value: Int64 = 0
        while index < count {
            let digit = text[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
            index += 1
        }
        return Target(exactly: negative ? -value : value)
    }

    /// `[+-]digits[.digits]` as DECIMAL(precision, scale)'s unscaled value, at most 18 digits in
    /// all. Extra fractional digits are cut when `cutsFraction` (COPY truncates 20.259 to
    /// 20.25), otherwise they make the text not plain (a cast rounds them).
    @inline(__always)
    static func decimal(_ text: UnsafeBufferPointer<UInt8>, precision: Int, scale: Int, cutsFraction: Bool) -> Int128? {
        let (negative, start) = sign(text)
        var index = start
        let count = text.count
        var value: Int64 = 0, digits = 0, integerDigits = 0, fraction = 0, point = false
        while index < count {
            let byte = text[index]
            index += 1
            let digit = byte &- 0x30
            if digit < 10 {
                if point {
                    guard fraction < scale else {
                        guard cutsFraction else { return nil }
                        continue
                    }
                    fraction += 1
                } else {
                    integerDigits += 1
                }
                digits += 1
                guard digits <= 18 else { return nil }
                value = value &* 10 &+ Int64(digit)
            } else if byte == 0x2E, !point {
                point = true
            } else {
                return nil
            }
        }
        // A point needs digits on both sides; the general parser decides the other spellings.
        guard integerDigits > 0, !point || text[count - 1] != 0x2E else { return nil }
        var unscaled = Int128(value)
        for _ in fraction..<scale { unscaled *= 10 }
        guard UInt128(unscaled) < DecimalPowers.of(precision) else { return nil }
        return negative ? -unscaled : unscaled
    }

    /// `YYYY-MM-DD` (year 1 or later) as days since 2000-01-01, nil unless it is a valid date.
    @inline(__always)
    static func date(_ text: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard text.count == 10, text[4] == 0x2D, text[7] == 0x2D else { return nil }
        @inline(__always) func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for index in from..<to {
                let digit = text[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4), year > 0, let month = number(5, 7), let day = number(8, 10) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        return Int32(date.daysSinceEpoch)
    }
}
