/// TO_CHAR for dates and times: renders a timestamp through a `DateTimeTemplate`, following
/// PostgreSQL's (and Redshift's) conventions: numbers zero-padded to their width, MONTH and DAY
/// padded to 9 characters, `D` 1–7 from Sunday, `ID` 1–7 from Monday, `J` the Julian day.
enum DateTimeTemplateFormatter {
    /// Julian day number of 2000-01-01.
    static let julianDayOfEpoch = 2_451_545

    static func format(_ timestamp: Int64, _ template: DateTimeTemplate, withZone: Bool) -> String {
        let (days, timeOfDay) = Microseconds.split(timestamp)
        let date = CalendarDate(daysSinceEpoch: Int(days))
        let weekday = CalendarDate.dayOfWeek(daysSinceEpoch: Int(days))
        let hour = Int(timeOfDay / Microseconds.perHour)
        let yearAD = date.year > 0 ? date.year : 1 - date.year
        var output = ""
        for element in template.elements {
            guard case .field(let field, let letters, let fill) = element else {
                if case .literal(let text) = element { output += text }
                continue
            }
            func number(_ value: Int, _ width: Int) -> String {
                let digits = String(Swift.abs(value))
                let padded = fill || digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
                return value < 0 ? "-" + padded : padded
            }
            func name(_ text: String, _ width: Int) -> String {
                let cased = DateTimeTemplate.apply(letters, to: text)
                return fill || cased.count >= width ? cased : cased + String(repeating: " ", count: width - cased.count)
            }
            switch field {
            case .hour24: output += number(hour, 2)
            case .hour12: output += number(hour % 12 == 0 ? 12 : hour % 12, 2)
            case .minute: output += number(Int(timeOfDay / Microseconds.perMinute % 60), 2)
            case .second: output += number(Int(timeOfDay / Microseconds.perSecond % 60), 2)
            case .millisecond: output += number(Int(timeOfDay % Microseconds.perSecond / 1000), 3)
            case .microsecond: output += number(Int(timeOfDay % Microseconds.perSecond), 6)
            case .meridiem(let dotted):
                let text = hour < 12 ? (dotted ? "a.m." : "am") : (dotted ? "p.m." : "pm")
                output += DateTimeTemplate.apply(letters == .lower ? .lower : .upper, to: text)
            case .era(let dotted):
                let text = date.year > 0 ? (dotted ? "a.d." : "ad") : (dotted ? "b.c." : "bc")
                output += DateTimeTemplate.apply(letters == .lower ? .lower : .upper, to: text)
            case .yearWithComma:
                output += "\(yearAD / 1000),\(number(yearAD % 1000, 3))"
            case .year(let digits): output += yearDigits(yearAD, digits, fill)
            case .isoYear(let digits): output += yearDigits(date.isoWeek.year, digits, fill)
            case .century: output += number(date.year > 0 ? (date.year + 99) / 100 : -((99 - (date.year - 1)) / 100), 2)
            case .monthName: output += name(DateTimeNames.months[date.month - 1], 9)
            case .monthAbbreviation: output += name(String(DateTimeNames.months[date.month - 1].prefix(3)), 3)
            case .month: output += number(date.month, 2)
            case .romanMonth: output += name(DateTimeNames.romanMonths[date.month - 1], 4)
            case .quarter: output += String((date.month - 1) / 3 + 1)
            case .dayName: output += name(DateTimeNames.days[weekday], 9)
            case .dayAbbreviation: output += name(String(DateTimeNames.days[weekday].prefix(3)), 3)
            case .dayOfYear: output += number(date.dayOfYear, 3)
            case .isoDayOfYear: output += number((date.isoWeek.week - 1) * 7 + (weekday + 6) % 7 + 1, 3)
            case .dayOfMonth: output += number(date.day, 2)
            case .weekday: output += String(weekday + 1)
            case .isoWeekday: output += String((weekday + 6) % 7 + 1)
            case .isoWeek: output += number(date.isoWeek.week, 2)
            case .weekOfYear: output += number((date.dayOfYear - 1) / 7 + 1, 2)
            case .weekOfMonth: output += String((date.day - 1) / 7 + 1)
            case .julianDay: output += String(Int(days) + julianDayOfEpoch)
            case .zoneName: output += withZone ? DateTimeTemplate.apply(letters == .lower ? .lower : .upper, to: "utc") : ""
            case .zoneOffset: output += withZone ? "+00" : ""
            }
        }
        return output
    }

    /// YYYY prints at least four digits; YYY, YY and Y the last three, two or one.
    private static func yearDigits(_ year: Int, _ digits: Int, _ fill: Bool) -> String {
        let value = digits == 4 ? year : year % Int(pow10Double(digits))
        let text = String(value)
        return fill || text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
    }
}
