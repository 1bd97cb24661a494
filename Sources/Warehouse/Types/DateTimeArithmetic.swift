/// Calendar arithmetic on TIMESTAMP values (microseconds since 2000-01-01), the ground the
/// date/time functions stand on. A DATE is passed as `days × Microseconds.perDay`.
public enum DateTimeArithmetic: Sendable {
    static let timestampOutOfRange = SQLError(SQLState.datetimeFieldOverflow, "timestamp out of range")

    /// DATEADD: calendar parts keep the day of month and clamp it to the target month's length
    /// (`dateadd(month,1,'2008-04-30')` → 2008-05-30), except that whole years roll February 29
    /// over to March 1 (`dateadd(year,1,'2016-02-29')` → 2017-03-01), as Redshift does.
    public static func dateAdd(_ part: DatePart, _ amount: Int64, to timestamp: Int64) throws -> Int64 {
        if let unit = part.fixedMicroseconds {
            let (delta, overflow1) = amount.multipliedReportingOverflow(by: unit)
            let (result, overflow2) = timestamp.addingReportingOverflow(delta)
            guard !overflow1, !overflow2 else { throw timestampOutOfRange }
            return try checked(result)
        }
        guard let monthsPerUnit = part.months else { throw part.unsupported() }
        let (months, overflow) = amount.multipliedReportingOverflow(by: Int64(monthsPerUnit))
        guard !overflow, months.magnitude < 12 * 400_000 else { throw timestampOutOfRange }
        let (days, timeOfDay) = Microseconds.split(timestamp)
        let date = CalendarDate(daysSinceEpoch: Int(days))
        let target = shiftMonths(date, by: Int(months))
        let resultDays: Int
        if monthsPerUnit % 12 == 0, date.day > CalendarDate.daysInMonth(year: target.year, month: target.month) {
            resultDays = CalendarDate(year: target.year, month: target.month, day: 1).daysSinceEpoch + date.day - 1
        } else {
            resultDays = clamped(target, day: date.day).daysSinceEpoch
        }
        return try combine(days: resultDays, timeOfDay: timeOfDay)
    }

    /// ADD_MONTHS: like DATEADD by months, but the last day of a month maps to the last day of
    /// the target month (`add_months('2008-04-30',1)` → 2008-05-31).
    public static func addMonths(_ timestamp: Int64, _ months: Int64) throws -> Int64 {
        guard months.magnitude < 12 * 400_000 else { throw timestampOutOfRange }
        let (days, timeOfDay) = Microseconds.split(timestamp)
        let date = CalendarDate(daysSinceEpoch: Int(days))
        let target = shiftMonths(date, by: Int(months))
        let isMonthEnd = date.day == CalendarDate.daysInMonth(year: date.year, month: date.month)
        let day = isMonthEnd ? CalendarDate.daysInMonth(year: target.year, month: target.month) : date.day
        return try combine(days: clamped(target, day: day).daysSinceEpoch, timeOfDay: timeOfDay)
    }

    /// LAST_DAY: the last day of the date's month.
    public static func lastDay(ofDate days: Int32) -> Int32 {
        let date = CalendarDate(daysSinceEpoch: Int(days))
        return Int32(clamped(date, day: 31).daysSinceEpoch)
    }

    /// DATE_TRUNC: the start of the part containing the timestamp; weeks start on Monday,
    /// centuries and millennia on their year 1 (`2020` truncates to `2001-01-01` by millennium).
    public static func dateTrunc(_ part: DatePart, _ timestamp: Int64) throws -> Int64 {
        if let unit = part.fixedMicroseconds, part != .week {
            let (truncated, overflow) = floorDivide(timestamp, unit).multipliedReportingOverflow(by: unit)
            guard !overflow else { throw timestampOutOfRange }
            return truncated
        }
        let (days, _) = Microseconds.split(timestamp)
        let date = CalendarDate(daysSinceEpoch: Int(days))
        let start: CalendarDate
        switch part {
        case .week:
            let mondayOffset = (CalendarDate.dayOfWeek(daysSinceEpoch: Int(days)) + 6) % 7
            return try combine(days: Int(days) - mondayOffset, timeOfDay: 0)
        case .month: start = CalendarDate(year: date.year, month: date.month, day: 1)
        case .quarter: start = CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)
        case .year: start = CalendarDate(year: date.year, month: 1, day: 1)
        case .decade: start = CalendarDate(year: floorDivide(date.year, 10) * 10, month: 1, day: 1)
        case .century: start = CalendarDate(year: floorDivide(date.year - 1, 100) * 100 + 1, month: 1, day: 1)
        case .millennium: start = CalendarDate(year: floorDivide(date.year - 1, 1000) * 1000 + 1, month: 1, day: 1)
        default: throw part.unsupported()
        }
        return try combine(days: start.daysSinceEpoch, timeOfDay: 0)
    }

    /// DATEDIFF: the number of part boundaries crossed from `start` to `end`
    /// (2008-12-31 → 2009-01-01 is one year), negative when `end` is earlier. Week boundaries
    /// are Mondays, where DATE_TRUNC('week') starts a week.
    public static func dateDiff(_ part: DatePart, _ start: Int64, _ end: Int64) throws -> Int64 {
        if part == .week {
            return try difference(dateTrunc(.week, end), dateTrunc(.week, start)) / (7 * Microseconds.perDay)
        }
        if let unit = part.fixedMicroseconds {
            return try difference(floorDivide(end, unit), floorDivide(start, unit))
        }
        let from = CalendarDate(daysSinceEpoch: Int(Microseconds.split(start).days))
        let to = CalendarDate(daysSinceEpoch: Int(Microseconds.split(end).days))
        switch part {
        case .month, .quarter, .year:
            guard let months = part.months else { throw part.unsupported() }
            let fromIndex = floorDivide(from.year * 12 + from.month - 1, months)
            let toIndex = floorDivide(to.year * 12 + to.month - 1, months)
            return Int64(toIndex - fromIndex)
        case .decade: return Int64(floorDivide(to.year, 10) - floorDivide(from.year, 10))
        case .century: return Int64(floorDivide(to.year - 1, 100) - floorDivide(from.year - 1, 100))
        case .millennium: return Int64(floorDivide(to.year - 1, 1000) - floorDivide(from.year - 1, 1000))
        default: throw part.unsupported()
        }
    }

    /// EXTRACT: the part as an integer. Redshift's milli/microsecond give only the fraction of
    /// the second (`.101` → 101 ms), its decade counts from 1 (1999 → 200), `dayofweek` is
    /// 0–6 with Sunday 0, and `week` is the ISO week.
    public static func extract(_ part: DatePart, _ timestamp: Int64) throws -> Int64 {
        let (days, timeOfDay) = Microseconds.split(timestamp)
        let date = CalendarDate(daysSinceEpoch: Int(days))
        let yearAD = date.year > 0 ? date.year : date.year - 1
        switch part {
        case .millennium: return Int64(date.year > 0 ? (date.year + 999) / 1000 : -((999 - (date.year - 1)) / 1000))
        case .century: return Int64(date.year > 0 ? (date.year + 99) / 100 : -((99 - (date.year - 1)) / 100))
        case .decade: return Int64(floorDivide(date.year, 10) + 1)
        case .epoch: return floorDivide(timestamp, Microseconds.perSecond) + unixEpochOffsetSeconds
        case .year: return Int64(yearAD)
        case .quarter: return Int64((date.month - 1) / 3 + 1)
        case .month: return Int64(date.month)
        case .week: return Int64(date.isoWeek.week)
        case .dayOfWeek: return Int64(CalendarDate.dayOfWeek(daysSinceEpoch: Int(days)))
        case .dayOfYear: return Int64(date.dayOfYear)
        case .day: return Int64(date.day)
        case .hour: return timeOfDay / Microseconds.perHour
        case .minute: return timeOfDay / Microseconds.perMinute % 60
        case .second: return timeOfDay / Microseconds.perSecond % 60
        case .millisecond: return timeOfDay % Microseconds.perSecond / Microseconds.perMillisecond
        case .microsecond: return timeOfDay % Microseconds.perSecond
        case .timezone, .timezoneHour, .timezoneMinute: return 0
        }
    }

    /// DATE_PART: like EXTRACT but as DOUBLE PRECISION, with seconds and epoch keeping their
    /// fraction (`sec` of 11:10:03.189717 → 3.189717).
    public static func datePart(_ part: DatePart, _ timestamp: Int64) throws -> Double {
        switch part {
        case .second:
            return Double(Microseconds.split(timestamp).timeOfDay % Microseconds.perMinute) / Double(Microseconds.perSecond)
        case .epoch:
            return Double(timestamp) / Double(Microseconds.perSecond) + Double(unixEpochOffsetSeconds)
        default:
            return Double(try extract(part, timestamp))
        }
    }

    /// `end - start`, which can exceed BIGINT in microseconds across the whole timestamp range.
    private static func difference(_ end: Int64, _ start: Int64) throws -> Int64 {
        let (result, overflow) = end.subtractingReportingOverflow(start)
        guard !overflow else { throw TypeErrors.outOfRange(.bigint) }
        return result
    }

    /// Seconds from 1970-01-01 to 2000-01-01.
    static let unixEpochOffsetSeconds: Int64 = Int64(CalendarDate.unixToEpochDays) * 86_400

    private static func shiftMonths(_ date: CalendarDate, by months: Int) -> CalendarDate {
        let index = date.year * 12 + date.month - 1 + months
        return CalendarDate(year: floorDivide(index, 12), month: index - floorDivide(index, 12) * 12 + 1, day: 1)
    }

    private static func clamped(_ date: CalendarDate, day: Int) -> CalendarDate {
        CalendarDate(year: date.year, month: date.month,
                     day: min(day, CalendarDate.daysInMonth(year: date.year, month: date.month)))
    }

    /// Days plus time of day as a timestamp, once the date is known to be in range.
    private static func combine(days: Int, timeOfDay: Int64) throws -> Int64 {
        guard CalendarDate.yearRange.contains(CalendarDate(daysSinceEpoch: days).year) else { throw timestampOutOfRange }
        return Int64(days) * Microseconds.perDay + timeOfDay
    }

    private static func checked(_ timestamp: Int64) throws -> Int64 {
        let year = CalendarDate(daysSinceEpoch: Int(Microseconds.split(timestamp).days)).year
        guard CalendarDate.yearRange.contains(year) else { throw timestampOutOfRange }
        return timestamp
    }

    private static func floorDivide<T: BinaryInteger>(_ value: T, _ divisor: T) -> T {
        let quotient = value / divisor
        return value % divisor != 0 && (value < 0) != (divisor < 0) ? quotient - 1 : quotient
    }
}
