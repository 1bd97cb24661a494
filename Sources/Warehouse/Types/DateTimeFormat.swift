/// Prints dates and times the way Redshift does: `2008-01-05`, `2008-01-05 14:00:00`,
/// fractional seconds only when non-zero and without trailing zeros (`16:10:43.976353`),
/// `+00` after TIMESTAMPTZ and TIMETZ (the session zone is UTC), and ` BC` for years before 1 AD.
public enum DateTimeFormat: Sendable {
    public static func date(_ days: Int32) -> String {
        let date = CalendarDate(daysSinceEpoch: Int(days))
        var output = ""
        appendYearMonthDay(date, to: &output)
        appendEra(date, to: &output)
        return output
    }

    public static func timestamp(_ micros: Int64) -> String {
        let (days, timeOfDay) = Microseconds.split(micros)
        let date = CalendarDate(daysSinceEpoch: Int(days))
        var output = ""
        appendYearMonthDay(date, to: &output)
        output += " "
        appendTime(timeOfDay, to: &output)
        appendEra(date, to: &output)
        return output
    }

    public static func timestamptz(_ micros: Int64) -> String {
        let plain = timestamp(micros)
        guard plain.hasSuffix(" BC") else { return plain + "+00" }
        return String(plain.dropLast(3)) + "+00 BC"
    }

    public static func time(_ micros: Int64) -> String {
        var output = ""
        appendTime(micros, to: &output)
        return output
    }

    public static func timetz(_ micros: Int64) -> String { time(micros) + "+00" }

    private static func appendYearMonthDay(_ date: CalendarDate, to output: inout String) {
        appendDigits(date.year > 0 ? date.year : 1 - date.year, width: 4, to: &output)
        output += "-"
        appendDigits(date.month, width: 2, to: &output)
        output += "-"
        appendDigits(date.day, width: 2, to: &output)
    }

    private static func appendEra(_ date: CalendarDate, to output: inout String) {
        if date.year <= 0 { output += " BC" }
    }

    private static func appendTime(_ micros: Int64, to output: inout String) {
        appendDigits(Int(micros / Microseconds.perHour), width: 2, to: &output)
        output += ":"
        appendDigits(Int(micros / Microseconds.perMinute % 60), width: 2, to: &output)
        output += ":"
        appendDigits(Int(micros / Microseconds.perSecond % 60), width: 2, to: &output)
        var fraction = Int(micros % Microseconds.perSecond)
        guard fraction != 0 else { return }
        var width = 6
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        output += "."
        appendDigits(fraction, width: width, to: &output)
    }

    private static func appendDigits(_ value: Int, width: Int, to output: inout String) {
        let digits = String(value)
        if digits.count < width { output += String(repeating: "0", count: width - digits.count) }
        output += digits
    }
}
