/// A proleptic Gregorian calendar date (year 0 is 1 BC, as in ISO 8601) and its conversion to
/// and from the engine's DATE representation.
///
/// DATE values are stored as `Int32` days since 2000-01-01 and TIMESTAMP/TIMESTAMPTZ as `Int64`
/// microseconds since 2000-01-01 00:00:00 (UTC for TIMESTAMPTZ): PostgreSQL's epoch, so the
/// binary wire format needs no conversion. TIME and TIMETZ are `Int64` microseconds since midnight.
public struct CalendarDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Redshift's range: 4713 BC to 294276 AD.
    public static let yearRange = -4712...294_276

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysInMonth(year: year, month: month)
    }

    /// Days since 2000-01-01 (Howard Hinnant's days_from_civil, shifted to the 2000 epoch).
    public var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 - CalendarDate.unixToEpochDays
    }

    /// The date `days` after 2000-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + CalendarDate.unixToEpochDays + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days from 1970-01-01 to 2000-01-01.
    static let unixToEpochDays = 10_957

    /// 0 = Sunday … 6 = Saturday (2000-01-01 was a Saturday).
    public static func dayOfWeek(daysSinceEpoch days: Int) -> Int {
        ((days + 6) % 7 + 7) % 7
    }

    /// 1-based day of the year.
    public var dayOfYear: Int {
        daysSinceEpoch - CalendarDate(year: year, month: 1, day: 1).daysSinceEpoch + 1
    }

    /// The ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds January 4).
    public var isoWeek: (year: Int, week: Int) {
        let days = daysSinceEpoch
        let isoWeekday = (CalendarDate.dayOfWeek(daysSinceEpoch: days) + 6) % 7  // Monday = 0
        let thursday = CalendarDate(daysSinceEpoch: days - isoWeekday + 3)
        return (thursday.year, (thursday.dayOfYear - 1) / 7 + 1)
    }
}
