/// TO_DATE and TO_TIMESTAMP: reads text through a `DateTimeTemplate`. Numeric fields take up to
/// their width in digits (so `YYYYMMDD` reads `20010631`), names match case-insensitively,
/// literal text in the template skips the same number of separator characters. Without strict
/// checking, out-of-range days roll into the next month (`20010631` is 2001-07-01), as Redshift's
/// TO_DATE does by default.
struct DateTimeTemplateParser {
    private let input: [Character]
    private let text: String
    private var index = 0
    private var year = 2000, month = 1, day = 1, dayOfYear: Int?
    private var hour = 0, minute = 0, second = 0, micros: Int64 = 0
    private var isPM: Bool?, isBC = false

    private init(_ text: String) {
        self.text = text
        input = Array(text)
    }

    /// Microseconds since 2000-01-01 of the text read by `template`.
    static func parse(_ text: String, _ template: DateTimeTemplate, strict: Bool) throws(SQLError) -> Int64 {
        var parser = DateTimeTemplateParser(text)
        for element in template.elements {
            switch element {
            case .literal(let literal): parser.skip(literal)
            case .field(let field, _, _): try parser.read(field)
            }
        }
        return try parser.timestamp(strict: strict)
    }

    private mutating func skip(_ literal: String) {
        for character in literal {
            guard index < input.count else { return }
            if input[index] == character || !(input[index].isLetter || input[index].isNumber) { index += 1 }
        }
    }

    private mutating func read(_ field: DateTimeTemplate.Field) throws(SQLError) {
        while index < input.count, input[index] == " " { index += 1 }
        switch field {
        case .hour24: hour = try number(2, "HH24")
        case .hour12: hour = try number(2, "HH12")
        case .minute: minute = try number(2, "MI")
        case .second: second = try number(2, "SS")
        case .millisecond: micros = try fraction(3, "MS") * 1000
        case .microsecond: micros = try fraction(6, "US")
        case .meridiem: isPM = try word(["am", "pm", "a.m.", "p.m."], "AM").map { $0 % 2 == 1 }
        case .era: isBC = try word(["ad", "bc", "a.d.", "b.c."], "BC").map { $0 % 2 == 1 } ?? false
        case .yearWithComma:
            let thousands = try number(3, "Y,YYY")
            if index < input.count, input[index] == "," { index += 1 }
            year = thousands * 1000 + (try number(3, "Y,YYY"))
        case .year(let digits), .isoYear(let digits):
            let value = try number(digits, "YYYY")
            year = digits == 2 ? (value < 70 ? 2000 + value : 1900 + value) : (digits == 3 ? 2000 + value % 1000 : value)
            if digits == 1 { year = 2000 + value }
        case .monthName, .monthAbbreviation:
            let full = DateTimeNames.months.map { $0.lowercased() }
            guard let found = try word(full + full.map { String($0.prefix(3)) }, "MON") else { break }
            month = found % 12 + 1
        case .month: month = try number(2, "MM")
        case .romanMonth:
            guard let found = try word(DateTimeNames.romanMonths.reversed().map { $0.lowercased() }, "RM") else { break }
            month = 12 - found
        case .dayName, .dayAbbreviation:
            let full = DateTimeNames.days.map { $0.lowercased() }
            _ = try word(full + full.map { String($0.prefix(3)) }, "DAY")
        case .dayOfYear, .isoDayOfYear: dayOfYear = try number(3, "DDD")
        case .dayOfMonth: day = try number(2, "DD")
        case .weekday, .isoWeekday, .quarter, .weekOfMonth: _ = try number(1, "D")
        case .isoWeek, .weekOfYear: _ = try number(2, "WW")
        case .century: _ = try number(2, "CC")
        case .julianDay:
            let julian = try number(7, "J")
            let date = CalendarDate(daysSinceEpoch: julian - DateTimeTemplateFormatter.julianDayOfEpoch)
            (year, month, day) = (date.year, date.month, date.day)
        case .zoneName, .zoneOffset:
            while index < input.count, input[index] != " " { index += 1 }
        }
    }

    private mutating func number(_ width: Int, _ name: String) throws(SQLError) -> Int {
        var value = 0, digits = 0
        let negative = index < input.count && input[index] == "-" && name.hasPrefix("Y")
        if negative { index += 1 }
        while digits < width, index < input.count, let digit = input[index].wholeNumberValue, input[index].isASCII {
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0 else {
            let rest = String(input[min(index, input.count)...].prefix(width))
            throw SQLError(SQLState.invalidDatetimeFormat, "invalid value \"\(rest)\" for \"\(name)\"",
                           detail: "Value must be an integer.")
        }
        return negative ? -value : value
    }

    /// Fractional digits: `5` read by MS is 500 milliseconds, as written after a decimal point.
    private mutating func fraction(_ width: Int, _ name: String) throws(SQLError) -> Int64 {
        let start = index
        let value = try number(width, name)
        let digits = index - start
        return Int64(value) * Int64(pow10Double(width - digits))
    }

    /// The index in `choices` of the word at the input, longest first.
    private mutating func word(_ choices: [String], _ name: String) throws(SQLError) -> Int? {
        let rest = String(input[index...]).lowercased()
        let ordered = choices.enumerated().sorted { $0.element.count > $1.element.count }
        guard let match = ordered.first(where: { rest.hasPrefix($0.element) }) else {
            throw SQLError(SQLState.invalidDatetimeFormat, "invalid value \"\(String(rest.prefix(9)))\" for \"\(name)\"",
                           detail: "The given value did not match any of the allowed values for this field.")
        }
        index += match.element.count
        return match.offset
    }

    private func timestamp(strict: Bool) throws(SQLError) -> Int64 {
        var hour24 = hour
        if let isPM {
            guard (1...12).contains(hour) else {
                throw SQLError(SQLState.invalidDatetimeFormat, "hour \"\(hour)\" is invalid for the 12-hour clock",
                               hint: "Use the 24-hour clock, or give an hour between 1 and 12.")
            }
            hour24 = hour % 12 + (isPM ? 12 : 0)
        }
        let calendarYear = isBC ? 1 - year : year
        let days: Int
        if let dayOfYear {
            days = CalendarDate(year: calendarYear, month: 1, day: 1).daysSinceEpoch + dayOfYear - 1
        } else if strict {
            let date = CalendarDate(year: calendarYear, month: month, day: day)
            guard date.isValid else { throw TypeErrors.dateFieldOutOfRange(year: year, month: month, day: day) }
            days = date.daysSinceEpoch
        } else {
            let monthIndex = calendarYear * 12 + month - 1
            let firstYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
            let first = CalendarDate(year: firstYear, month: monthIndex - firstYear * 12 + 1, day: 1)
            days = first.daysSinceEpoch + day - 1
        }
        guard hour24 < 24, minute < 60, second < 60 else {
            throw TypeErrors.timeFieldOutOfRange("\(hour24):\(minute):\(second)")
        }
        guard CalendarDate.yearRange.contains(CalendarDate(daysSinceEpoch: days).year) else {
            throw TypeErrors.dateTimeOutOfRange(.timestamp, text)
        }
        let time = Int64(hour24) * Microseconds.perHour + Int64(minute) * Microseconds.perMinute
            + Int64(second) * Microseconds.perSecond + micros
        return Int64(days) * Microseconds.perDay + time
    }
}
