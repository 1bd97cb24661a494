import Testing
@testable import Warehouse

@Suite struct DateTimeTests {
    @Test(arguments: [
        ("2008-01-05", Int32(2926), "2008-01-05"), ("2000-01-01", 0, "2000-01-01"), ("1600-02-29", -146_038, "1600-02-29"),
        ("0044-03-15 BC", -746_117, "0044-03-15 BC"), ("8/2/2003", 1309, "2003-08-02"), ("Jan 5, 2008", 2926, "2008-01-05"),
        ("5 January 2008", 2926, "2008-01-05"), ("20080105", 2926, "2008-01-05"), ("2008/01/05", 2926, "2008-01-05"),
        ("2008-01-05 14:00:00", 2926, "2008-01-05"), ("05-Jan-2008", 2926, "2008-01-05"), ("1/9/04", 1469, "2004-01-09"),
    ] as [(String, Int32, String)])
    func datesRoundTrip(text: String, days: Int32, printed: String) throws {
        #expect(try DateTimeParser.parseDate(text) == days)
        #expect(DateTimeFormat.date(days) == printed)
        #expect(try DateTimeParser.parseDate(printed) == days)
    }

    @Test func leapYearsAndCalendarRoundTrip() {
        #expect(CalendarDate.isLeapYear(2000) && CalendarDate.isLeapYear(2024) && !CalendarDate.isLeapYear(1900))
        #expect(CalendarDate(year: 2023, month: 2, day: 29).isValid == false)
        #expect(CalendarDate(year: 2024, month: 2, day: 29).isValid)
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test(arguments: [
        ("2001-6-31", TypeErrors.dateFieldOutOfRange(year: 2001, month: 6, day: 31)),
        ("2023-02-29", TypeErrors.dateFieldOutOfRange(year: 2023, month: 2, day: 29)),
        ("2008-13-01", TypeErrors.dateFieldOutOfRange(year: 2008, month: 13, day: 1)),
        ("abc", SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for type date: \"abc\"")),
        ("2008-01", TypeErrors.invalidInput(.date, "2008-01")),
        ("2008-01-05 junk", TypeErrors.invalidInput(.date, "2008-01-05 junk")),
        ("", TypeErrors.invalidInput(.date, "")),
        ("294277-01-01", TypeErrors.dateTimeOutOfRange(.date, "294277-01-01")),
    ] as [(String, SQLError)])
    func rejectsBadDates(text: String, error: SQLError) {
        #expect(throws: error) { try DateTimeParser.parseDate(text) }
    }

    @Test(arguments: [
        ("2008-01-05 14:00:00", "2008-01-05 14:00:00"), ("2008-01-05T14:00:00", "2008-01-05 14:00:00"),
        ("2008-01-05", "2008-01-05 00:00:00"), ("2022-04-30 04:05:06.789", "2022-04-30 04:05:06.789"),
        ("20220430 04:05:06.789", "2022-04-30 04:05:06.789"), ("2008-01-05 2:30 PM", "2008-01-05 14:30:00"),
        ("2008-01-05 12:15 am", "2008-01-05 00:15:00"), ("2008-01-05T14:00:00.1234567", "2008-01-05 14:00:00.123457"),
        ("2008-01-05 14:00:00-08", "2008-01-05 14:00:00"), ("2008-12-04 16:10:43.976353", "2008-12-04 16:10:43.976353"),
        ("1999-12-31 23:59:59.999999", "1999-12-31 23:59:59.999999"),
    ] as [(String, String)])
    func timestampsRoundTrip(text: String, printed: String) throws {
        let value = try DateTimeParser.parseTimestamp(text)
        #expect(DateTimeFormat.timestamp(value) == printed)
        #expect(try DateTimeParser.parseTimestamp(printed) == value)
    }

    @Test(arguments: [
        ("2008-01-05 14:00:00-08", "2008-01-05 22:00:00+00"), ("2008-01-05T14:00:00Z", "2008-01-05 14:00:00+00"),
        ("2008-01-05 14:00:00+05:30", "2008-01-05 08:30:00+00"), ("2008-01-05 14:00:00 PST", "2008-01-05 22:00:00+00"),
        ("2008-01-05 01:00:00+0200", "2008-01-04 23:00:00+00"), ("2008-01-05 14:00", "2008-01-05 14:00:00+00"),
    ] as [(String, String)])
    func timestamptzConvertsToUTC(text: String, printed: String) throws {
        #expect(DateTimeFormat.timestamptz(try DateTimeParser.parseTimestampTZ(text)) == printed)
    }

    @Test func times() throws {
        #expect(DateTimeFormat.time(try DateTimeParser.parseTime("04:05:06.5")) == "04:05:06.5")
        #expect(DateTimeFormat.time(try DateTimeParser.parseTime("24:00:00")) == "24:00:00")
        #expect(DateTimeFormat.time(try DateTimeParser.parseTime("2008-01-05 13:24:55")) == "13:24:55")
        #expect(DateTimeFormat.timetz(try DateTimeParser.parseTimeTZ("04:05:06+05:30")) == "22:35:06+00")
        #expect(throws: TypeErrors.timeFieldOutOfRange("24:38:15.0")) { try DateTimeParser.parseTime("24:38:15.0") }
        #expect(throws: TypeErrors.timeFieldOutOfRange("12:60")) { try DateTimeParser.parseTimestamp("2008-01-05 12:60") }
        #expect(throws: SQLError(SQLState.invalidTextRepresentation, "invalid input syntax for type time: \"noon\"")) {
            try DateTimeParser.parseTime("noon")
        }
        #expect(throws: TypeErrors.invalidInput(.timestamp, "2008-01-05 14:00:00+99")) {
            try DateTimeParser.parseTimestamp("2008-01-05 14:00:00+99")
        }
    }

    private func ts(_ text: String) throws -> Int64 { try DateTimeParser.parseTimestamp(text) }

    @Test(arguments: [
        (DatePart.month, Int64(18), "2008-02-28", "2009-08-28 00:00:00"), (.minute, 30, "2008-02-28", "2008-02-28 00:30:00"),
        (.month, 1, "2008-04-30", "2008-05-30 00:00:00"), (.month, 12, "2016-02-29", "2017-02-28 00:00:00"),
        (.year, 1, "2016-02-29", "2017-03-01 00:00:00"), (.quarter, -1, "2008-05-31", "2008-02-29 00:00:00"),
        (.day, -1, "2008-03-01", "2008-02-29 00:00:00"), (.week, 2, "2008-12-25 10:00", "2009-01-08 10:00:00"),
        (.hour, 12, "2008-01-05 13:24:55", "2008-01-06 01:24:55"), (.millisecond, 1500, "2008-01-05", "2008-01-05 00:00:01.5"),
    ] as [(DatePart, Int64, String, String)])
    func dateAdd(part: DatePart, amount: Int64, start: String, expected: String) throws {
        #expect(DateTimeFormat.timestamp(try DateTimeArithmetic.dateAdd(part, amount, to: ts(start))) == expected)
    }

    @Test func addMonthsIsEndOfMonthAware() throws {
        #expect(DateTimeFormat.timestamp(try DateTimeArithmetic.addMonths(ts("2008-04-30"), 1)) == "2008-05-31 00:00:00")
        #expect(DateTimeFormat.timestamp(try DateTimeArithmetic.addMonths(ts("2008-03-31"), 1)) == "2008-04-30 00:00:00")
        #expect(DateTimeFormat.timestamp(try DateTimeArithmetic.addMonths(ts("2008-01-15"), -13)) == "2006-12-15 00:00:00")
        #expect(DateTimeFormat.date(DateTimeArithmetic.lastDay(ofDate: try DateTimeParser.parseDate("2024-02-10"))) == "2024-02-29")
        #expect(throws: DateTimeArithmetic.timestampOutOfRange) { try DateTimeArithmetic.dateAdd(.year, 300_000, to: ts("2008-01-01")) }
        #expect(throws: DatePart.dayOfWeek.unsupported()) { try DateTimeArithmetic.dateAdd(.dayOfWeek, 1, to: 0) }
        #expect(throws: DateTimeArithmetic.timestampOutOfRange) { try DateTimeArithmetic.dateAdd(.month, .min, to: 0) }
        #expect(throws: DateTimeArithmetic.timestampOutOfRange) { try DateTimeArithmetic.addMonths(0, .min) }
        #expect(throws: DateTimeArithmetic.timestampOutOfRange) { try DateTimeArithmetic.dateAdd(.microsecond, .max, to: 1) }
        #expect(throws: TypeErrors.outOfRange(.bigint)) { try DateTimeArithmetic.dateDiff(.microsecond, .min, .max) }
    }

    @Test(arguments: [
        (DatePart.week, "2022-04-30 04:05:06.789", "2022-04-25 00:00:00"), (.quarter, "2020-04-30", "2020-04-01 00:00:00"),
        (.millennium, "2020-04-30", "2001-01-01 00:00:00"), (.century, "2000-04-30", "1901-01-01 00:00:00"),
        (.decade, "1999-04-30", "1990-01-01 00:00:00"), (.year, "2008-07-04 10:00", "2008-01-01 00:00:00"),
        (.month, "2008-07-04 10:00", "2008-07-01 00:00:00"), (.day, "2008-07-04 10:00", "2008-07-04 00:00:00"),
        (.hour, "2008-07-04 10:59:59.9", "2008-07-04 10:00:00"), (.minute, "2008-07-04 10:59:59.9", "2008-07-04 10:59:00"),
        (.second, "2008-07-04 10:59:59.9", "2008-07-04 10:59:59"), (.millisecond, "2008-07-04 10:59:59.98765", "2008-07-04 10:59:59.987"),
        (.microsecond, "2008-07-04 10:59:59.98765", "2008-07-04 10:59:59.98765"), (.day, "1999-12-31 23:00", "1999-12-31 00:00:00"),
    ] as [(DatePart, String, String)])
    func dateTrunc(part: DatePart, value: String, expected: String) throws {
        #expect(DateTimeFormat.timestamp(try DateTimeArithmetic.dateTrunc(part, ts(value))) == expected)
    }

    @Test(arguments: [
        (DatePart.year, "2008-12-31", "2009-01-01", Int64(1)), (.week, "2009-01-01", "2009-12-31", 52),
        (.hour, "2023-01-01", "2023-01-03 05:04:03", 53), (.quarter, "1998-07-01", "2008-07-05", 40), (.quarter, "1998-09-30", "1998-10-01", 1),
        (.month, "2009-01-31", "2008-12-01", -1), (.day, "2008-02-28 23:59", "2008-03-01 00:01", 2),
        (.minute, "1999-12-31 23:59:59", "2000-01-01 00:00:00", 1), (.decade, "1999-06-01", "2000-01-01", 1),
        (.century, "2000-06-01", "2001-01-01", 1), (.millennium, "1999-01-01", "2000-12-31", 0),
        (.second, "2008-01-01 00:00:00.9", "2008-01-01 00:00:01.1", 1),
    ] as [(DatePart, String, String, Int64)])
    func dateDiff(part: DatePart, start: String, end: String, expected: Int64) throws {
        #expect(try DateTimeArithmetic.dateDiff(part, ts(start), ts(end)) == expected)
    }

    @Test(arguments: [
        (DatePart.minute, "2023-01-04 04:05:06.789", Int64(5)), (.week, "2022-05-02", 18), (.week, "2021-01-03", 53),
        (.dayOfWeek, "2022-05-02", 1), (.dayOfWeek, "2022-05-01", 0), (.microsecond, "2023-01-04 04:05:06.789", 789_000),
        (.millisecond, "2009-09-09 12:08:43.101", 101), (.second, "2009-09-09 11:10:03.189717", 3),
        (.century, "2000-06-01", 20), (.century, "2001-06-01", 21), (.decade, "1999-06-01", 200), (.decade, "2000-06-01", 201),
        (.millennium, "2000-06-01", 2), (.millennium, "2001-06-01", 3), (.dayOfYear, "2008-12-31", 366),
        (.quarter, "2008-08-31", 3), (.epoch, "2008-01-05 14:00:00", 1_199_541_600), (.year, "0044-03-15 BC", -44),
    ] as [(DatePart, String, Int64)])
    func extract(part: DatePart, value: String, expected: Int64) throws {
        #expect(try DateTimeArithmetic.extract(part, ts(value)) == expected)
    }

    @Test func datePartKeepsFractions() throws {
        #expect(try DateTimeArithmetic.datePart(.second, ts("2009-09-09 11:10:03.189717")) == 3.189717)
        #expect(try DateTimeArithmetic.datePart(.epoch, ts("2008-01-05 14:00:00.5")) == 1_199_541_600.5)
        #expect(try DateTimeArithmetic.datePart(.dayOfWeek, ts("2022-05-02")) == 1)
    }

    /// Every spelling in Redshift's date-part table resolves to its part.
    @Test(arguments: [
        (DatePart.millennium, ["millennium", "millennia", "mil", "mils"]), (.century, ["century", "centuries", "c", "cent", "cents"]),
        (.decade, ["decade", "decades", "dec", "decs"]), (.epoch, ["epoch"]), (.year, ["year", "years", "y", "yr", "yrs"]),
        (.quarter, ["quarter", "quarters", "qtr", "qtrs"]), (.month, ["month", "months", "mon", "mons"]),
        (.week, ["week", "weeks", "w"]), (.dayOfWeek, ["dayofweek", "dow", "dw", "weekday"]),
        (.dayOfYear, ["dayofyear", "doy", "dy", "yearday"]), (.day, ["day", "days", "d"]),
        (.hour, ["hour", "hours", "h", "hr", "hrs"]), (.minute, ["minute", "minutes", "m", "min", "mins"]),
        (.second, ["second", "seconds", "s", "sec", "secs"]),
        (.millisecond, ["millisecond", "milliseconds", "ms", "msec", "msecs", "msecond", "mseconds", "millisec", "millisecs", "millisecon"]),
        (.microsecond, ["microsecond", "microseconds", "microsec", "microsecs", "usecond", "useconds", "us", "usec", "usecs"]),
        (.timezone, ["timezone"]), (.timezoneHour, ["timezone_hour"]), (.timezoneMinute, ["timezone_minute"]),
    ] as [(DatePart, [String])])
    func everyDocumentedSpelling(part: DatePart, spellings: [String]) throws {
        for spelling in spellings {
            #expect(try DatePart.resolve(spelling) == part)
            #expect(try DatePart.resolve(spelling.uppercased()) == part)
        }
    }

    @Test func datePartSpellings() throws {
        #expect(try DatePart.resolve("m") == .minute)
        #expect(try DatePart.resolve("QTR") == .quarter)
        #expect(try DatePart.resolve("millisecon") == .millisecond)
        #expect(try DatePart.resolve("dow") == .dayOfWeek)
        #expect(throws: SQLError(SQLState.invalidParameterValue, "timestamp units \"fortnight\" not recognized")) {
            try DatePart.resolve("fortnight")
        }
    }
}
