/// A date or time field named in DATEADD, DATEDIFF, DATE_TRUNC, DATE_PART and EXTRACT.
public enum DatePart: String, Sendable, CaseIterable {
    case millennium, century, decade, epoch, year, quarter, month, week
    case dayOfWeek, dayOfYear, day, hour, minute, second, millisecond, microsecond
    case timezone, timezoneHour, timezoneMinute

    /// Every spelling Redshift accepts, lower-case (`m` is minutes, not months).
    static let spellings: [String: DatePart] = {
        var table: [String: DatePart] = [:]
        let names: [(DatePart, [String])] = [
            (.millennium, ["millennium", "millennia", "mil", "mils", "millenniums"]),
            (.century, ["century", "centuries", "c", "cent", "cents"]),
            (.decade, ["decade", "decades", "dec", "decs"]),
            (.epoch, ["epoch"]),
            (.year, ["year", "years", "y", "yr", "yrs"]),
            (.quarter, ["quarter", "quarters", "qtr", "qtrs"]),
            (.month, ["month", "months", "mon", "mons"]),
            (.week, ["week", "weeks", "w"]),
            (.dayOfWeek, ["dayofweek", "dow", "dw", "weekday"]),
            (.dayOfYear, ["dayofyear", "doy", "dy", "yearday"]),
            (.day, ["day", "days", "d"]),
            (.hour, ["hour", "hours", "h", "hr", "hrs"]),
            (.minute, ["minute", "minutes", "m", "min", "mins"]),
            (.second, ["second", "seconds", "s", "sec", "secs"]),
            (.millisecond, ["millisecond", "milliseconds", "ms", "msec", "msecs", "msecond", "mseconds",
                            "millisec", "millisecs", "millisecon"]),
            (.microsecond, ["microsecond", "microseconds", "microsec", "microsecs", "usecond", "useconds",
                            "us", "usec", "usecs"]),
            (.timezone, ["timezone"]),
            (.timezoneHour, ["timezone_hour"]),
            (.timezoneMinute, ["timezone_minute"]),
        ]
        for (part, spellings) in names {
            for spelling in spellings { table[spelling] = part }
        }
        return table
    }()

    /// Resolves a datepart as written (`'qtr'`, `MONTHS`), or fails with PostgreSQL's text.
    public static func resolve(_ name: String) throws -> DatePart {
        guard let part = spellings[name.lowercased()] else {
            throw SQLError(SQLState.invalidParameterValue, "timestamp units \"\(name)\" not recognized")
        }
        return part
    }

    func unsupported() -> SQLError {
        SQLError(SQLState.featureNotSupported, "timestamp units \"\(rawValue.lowercased())\" not supported")
    }

    /// The fixed length of a part in microseconds, for the parts that have one.
    var fixedMicroseconds: Int64? {
        switch self {
        case .week: 7 * Microseconds.perDay
        case .day: Microseconds.perDay
        case .hour: Microseconds.perHour
        case .minute: Microseconds.perMinute
        case .second: Microseconds.perSecond
        case .millisecond: Microseconds.perMillisecond
        case .microsecond: 1
        default: nil
        }
    }

    /// The number of months in a part, for the calendar parts.
    var months: Int? {
        switch self {
        case .millennium: 12_000
        case .century: 1200
        case .decade: 120
        case .year: 12
        case .quarter: 3
        case .month: 1
        default: nil
        }
    }
}
