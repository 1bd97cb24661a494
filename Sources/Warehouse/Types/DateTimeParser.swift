/// Parses the date/time input Redshift accepts: ISO `2008-01-05`, `2008-01-05 14:00:00.123`,
/// `2008-01-05T14:00:00Z`, compact `20080105`, US `1/5/2008` (DateStyle MDY), month names
/// (`Jan 5, 2008`, `5 January 2008`), 12-hour times with AM/PM, `BC`, and UTC offsets
/// (`+05`, `-08:00`, `+0530`, `Z`, `UTC`, and the common US zone abbreviations).
public enum DateTimeParser: Sendable {
    public static func parseDate(_ text: some StringProtocol) throws -> Int32 {
        let parsed = try parse(text, as: .date)
        guard let date = parsed.date else { throw TypeErrors.invalidInput(.date, text) }
        return Int32(date.daysSinceEpoch)
    }

    /// A TIMESTAMP; a written time zone is accepted and ignored, as Redshift does.
    public static func parseTimestamp(_ text: some StringProtocol) throws -> Int64 {
        let parsed = try parse(text, as: .timestamp)
        guard let date = parsed.date else { throw TypeErrors.invalidInput(.timestamp, text) }
        return Int64(date.daysSinceEpoch) * Microseconds.perDay + (parsed.timeOfDay ?? 0)
    }

    /// A TIMESTAMPTZ, converted to UTC; without a zone the session zone (UTC) applies.
    public static func parseTimestampTZ(_ text: some StringProtocol) throws -> Int64 {
        let parsed = try parse(text, as: .timestamptz)
        guard let date = parsed.date else { throw TypeErrors.invalidInput(.timestamptz, text) }
        let local = Int64(date.daysSinceEpoch) * Microseconds.perDay + (parsed.timeOfDay ?? 0)
        return local - Int64(parsed.zoneOffsetSeconds ?? 0) * Microseconds.perSecond
    }

    /// A TIME of day in microseconds; a date before the time is accepted and dropped.
    public static func parseTime(_ text: some StringProtocol) throws -> Int64 {
        let parsed = try parse(text, as: .time)
        guard let time = parsed.timeOfDay else { throw TypeErrors.invalidInput(.time, text) }
        return time
    }

    /// A TIMETZ, normalised to UTC and wrapped into one day.
    public static func parseTimeTZ(_ text: some StringProtocol) throws -> Int64 {
        let parsed = try parse(text, as: .timetz)
        guard let time = parsed.timeOfDay else { throw TypeErrors.invalidInput(.timetz, text) }
        let utc = time - Int64(parsed.zoneOffsetSeconds ?? 0) * Microseconds.perSecond
        return (utc % Microseconds.perDay + Microseconds.perDay) % Microseconds.perDay
    }

    private static func parse(_ text: some StringProtocol, as type: DataType) throws -> ParsedDateTime {
        var scanner = DateTimeScanner(bytes: Array(text.utf8), type: type, text: String(text))
        let parsed = try scanner.parseAll()
        if let date = parsed.date, !CalendarDate.yearRange.contains(date.year) {
            throw TypeErrors.dateTimeOutOfRange(type, text)
        }
        return parsed
    }
}

struct ParsedDateTime {
    var date: CalendarDate?
    var timeOfDay: Int64?
    var zoneOffsetSeconds: Int?
}

/// A single forward pass over the input bytes.
private struct DateTimeScanner {
    let bytes: [UInt8]
    let type: DataType
    let text: String
    var index = 0

    init(bytes: [UInt8], type: DataType, text: String) {
        self.bytes = bytes
        self.type = type
        self.text = text
    }

    private var invalid: SQLError { TypeErrors.invalidInput(type, text) }

    mutating func parseAll() throws -> ParsedDateTime {
        var result = ParsedDateTime()
        skipSpaces()
        if type != .time && type != .timetz || looksLikeDate() {
            result.date = try parseDate()
            if index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "t") { index += 1 }
            skipSpaces()
        }
        if index < bytes.count, isDigit(bytes[index]) {
            result.timeOfDay = try parseTime()
            skipSpaces()
        }
        while index < bytes.count {
            if let offset = try parseZone() {
                guard result.zoneOffsetSeconds == nil else { throw invalid }
                result.zoneOffsetSeconds = offset
            } else if consumeWord("bc"), var date = result.date {
                date.year = 1 - date.year
                result.date = date
            } else if !consumeWord("ad") {
                throw invalid
            }
            skipSpaces()
        }
        if let date = result.date, !date.isValid {
            throw TypeErrors.dateFieldOutOfRange(year: date.year, month: date.month, day: date.day)
        }
        return result
    }

    /// A time-typed input starts with a date when its first number is followed by `-` or `/`,
    /// or when it starts with a month name.
    private func looksLikeDate() -> Bool {
        var probe = index
        if probe < bytes.count, isLetter(bytes[probe]) { return true }
        while probe < bytes.count, isDigit(bytes[probe]) { probe += 1 }
        return probe < bytes.count && (bytes[probe] == UInt8(ascii: "-") || bytes[probe] == UInt8(ascii: "/")
                                       || probe - index == 8)
    }

    private mutating func parseDate() throws -> CalendarDate {
        if index < bytes.count, isLetter(bytes[index]) {
            // Jan 5, 2008
            guard let month = consumeMonthName() else { throw invalid }
            skipSpaces()
            guard let day = consumeNumber() else { throw invalid }
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
            skipSpaces()
            guard let year = consumeNumber() else { throw invalid }
            return CalendarDate(year: expandYear(year), month: month, day: day.value)
        }
        guard let first = consumeNumber() else { throw invalid }
        if first.digits == 8, index == bytes.count || !isSeparator(bytes[index]) {
            return CalendarDate(year: first.value / 10_000, month: first.value / 100 % 100, day: first.value % 100)
        }
        guard index < bytes.count else { throw invalid }
        let separator = bytes[index]
        if separator == UInt8(ascii: " ") {
            // 5 January 2008
            skipSpaces()
            guard let month = consumeMonthName() else { throw invalid }
            skipSpaces()
            guard let year = consumeNumber() else { throw invalid }
            return CalendarDate(year: expandYear(year), month: month, day: first.value)
        }
        guard isSeparator(separator) else { throw invalid }
        index += 1
        let monthName = consumeMonthName()
        let second = monthName == nil ? consumeNumber() : nil
        guard monthName != nil || second != nil, index < bytes.count, bytes[index] == separator else { throw invalid }
        index += 1
        guard let third = consumeNumber() else { throw invalid }
        if first.digits >= 3 {
            return CalendarDate(year: first.value, month: monthName ?? second?.value ?? 0, day: third.value)
        }
        if let monthName {
            return CalendarDate(year: expandYear(third), month: monthName, day: first.value)
        }
        return CalendarDate(year: expandYear(third), month: first.value, day: second?.value ?? 0)
    }

    /// Two-digit years mean 1970–2069, as PostgreSQL reads them.
    private func expandYear(_ number: (value: Int, digits: Int)) -> Int {
        guard number.digits <= 2 else { return number.value }
        return number.value < 70 ? 2000 + number.value : 1900 + number.value
    }

    private mutating func parseTime() throws -> Int64 {
        let start = index
        guard let hour = consumeNumber(), index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw invalid }
        index += 1
        guard let minute = consumeNumber() else { throw invalid }
        var second = 0
        var fraction: Int64 = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            guard let seconds = consumeNumber() else { throw invalid }
            second = seconds.value
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                fraction = try consumeFraction()
            }
        }
        let written = String(decoding: bytes[start..<index], as: UTF8.self)
        var hours = hour.value
        skipSpaces()
        if consumeWord("pm") {
            guard (1...12).contains(hours) else { throw TypeErrors.timeFieldOutOfRange(written) }
            hours = hours % 12 + 12
        } else if consumeWord("am") {
            guard (1...12).contains(hours) else { throw TypeErrors.timeFieldOutOfRange(written) }
            hours %= 12
        }
        let total = Int64(hours) * Microseconds.perHour + Int64(minute.value) * Microseconds.perMinute
            + Int64(second) * Microseconds.perSecond + fraction
        guard hours <= 24, minute.value <= 59, second <= 60, total <= Microseconds.perDay else {
            throw TypeErrors.timeFieldOutOfRange(written)
        }
        return total
    }

    /// Fractional seconds as microseconds, rounding beyond the sixth digit.
    private mutating func consumeFraction() throws -> Int64 {
        var micros: Int64 = 0, digits = 0, roundUp = false
        while index < bytes.count, isDigit(bytes[index]) {
            if digits < 6 {
                micros = micros * 10 + Int64(bytes[index] - 0x30)
            } else if digits == 6 {
                roundUp = bytes[index] >= UInt8(ascii: "5")
            }
            digits += 1
            index += 1
        }
        for _ in digits..<max(digits, 6) { micros *= 10 }
        return micros + (roundUp ? 1 : 0)
    }

    /// A UTC offset in seconds east of Greenwich, or nil when no zone starts here.
    private mutating func parseZone() throws -> Int? {
        guard index < bytes.count else { return nil }
        let sign = bytes[index]
        if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            index += 1
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            let digits = Array(bytes[start..<index]).map { Int($0 - 0x30) }
            var hours = 0, minutes = 0
            switch digits.count {
            case 1, 2: hours = digits.reduce(0) { $0 * 10 + $1 }
            case 4: hours = digits[0] * 10 + digits[1]; minutes = digits[2] * 10 + digits[3]
            default: throw invalid
            }
            if digits.count <= 2, index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                index += 1
                guard let written = consumeNumber(), written.digits == 2 else { throw invalid }
                minutes = written.value
            }
            guard hours <= 15, minutes <= 59 else { throw invalid }
            let offset = hours * 3600 + minutes * 60
            return sign == UInt8(ascii: "-") ? -offset : offset
        }
        for (name, hours) in DateTimeScanner.zoneAbbreviations where consumeWord(name) {
            return hours * 3600
        }
        return nil
    }

    static let zoneAbbreviations: [(String, Int)] = [
        ("utc", 0), ("gmt", 0), ("z", 0), ("est", -5), ("edt", -4), ("cst", -6), ("cdt", -5),
        ("mst", -7), ("mdt", -6), ("pst", -8), ("pdt", -7),
    ]

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let fullMonthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    private mutating func consumeMonthName() -> Int? {
        let start = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        if let month = DateTimeScanner.fullMonthNames.firstIndex(of: word) ?? DateTimeScanner.monthNames.firstIndex(of: word)
            ?? (word == "sept" ? 8 : nil) {
            return month + 1
        }
        index = start
        return nil
    }

    /// Consumes `word` (case-insensitively) when it stands alone here.
    private mutating func consumeWord(_ word: String) -> Bool {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count else { return false }
        for (offset, byte) in expected.enumerated() where bytes[index + offset] | 0x20 != byte {
            return false
        }
        let end = index + expected.count
        guard end == bytes.count || !isLetter(bytes[end]) else { return false }
        index = end
        return true
    }

    private mutating func consumeNumber() -> (value: Int, digits: Int)? {
        var value = 0, digits = 0
        while index < bytes.count, isDigit(bytes[index]), digits < 9 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : (value, digits)
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
    }
}
