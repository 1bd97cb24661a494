import Testing
@testable import Warehouse

@Suite struct DateTimeFunctionTests {
    private func micros(_ literal: String) -> Int64 { try! DateTimeParser.parseTimestamp(literal) }

    @Test func dateaddFollowsRedshiftExamples() throws {
        #expect(try Functions.text("dateadd", text("month"), int(18), text("2008-02-28")) == "2009-08-28 00:00:00")
        #expect(try Functions.text("dateadd", text("m"), int(30), text("2008-02-28")) == "2008-02-28 00:30:00")
        #expect(try Functions.text("dateadd", text("month"), int(1), date("2008-04-30")) == "2008-05-30 00:00:00")
        #expect(try Functions.text("dateadd", text("month"), int(12), date("2016-02-29")) == "2017-02-28 00:00:00")
        #expect(try Functions.text("dateadd", text("YEAR"), int(1), date("2016-02-29")) == "2017-03-01 00:00:00")
        #expect(try Functions.text("dateadd", text("hour"), int(12),
                                   Argument(type: .time, values: [.time(try DateTimeParser.parseTime("13:24:55"))])) == "01:24:55")
        #expect(try Functions.type("dateadd", .varchar(length: 5), .integer, .date) == .timestamp)
        #expect(try Functions.value("dateadd", text("day"), null(.integer), date("2008-01-01")) == .null)
        #expect(throws: SQLError(SQLState.invalidParameterValue, "timestamp units \"fortnight\" not recognized")) {
            try Functions.value("dateadd", text("fortnight"), int(1), date("2008-01-01"))
        }
        #expect(throws: SQLError(SQLState.datetimeFieldOverflow, "timestamp out of range")) {
            try Functions.value("dateadd", text("year"), int(400_000), date("2008-01-01"))
        }
    }

    @Test func datediffCountsBoundaries() throws {
        #expect(try Functions.value("datediff", text("week"), text("2009-01-01"), text("2009-12-31")) == .bigint(52))
        #expect(try Functions.value("datediff", text("hour"), text("2023-01-01"), text("2023-01-03 05:04:03")) == .bigint(53))
        #expect(try Functions.value("datediff", text("qtr"), text("1998-07-01"), date("2008-07-05")) == .bigint(40))
        #expect(try Functions.value("datediff", text("year"), date("2008-12-31"), date("2009-01-01")) == .bigint(1))
        #expect(try Functions.value("datediff", text("day"), date("2009-01-02"), date("2009-01-01")) == .bigint(-1))
        #expect(try Functions.type("datediff", .varchar(length: 4), .date, .timestamp) == .bigint)
    }

    @Test func truncationAndParts() throws {
        #expect(try Functions.text("date_trunc", text("week"), timestamp("2022-04-30 04:05:06.789")) == "2022-04-25 00:00:00")
        #expect(try Functions.text("date_trunc", text("quarter"), timestamp("2020-04-30 04:05:06.789")) == "2020-04-01 00:00:00")
        #expect(try Functions.text("date_trunc", text("millennium"), timestamp("2020-04-30")) == "2001-01-01 00:00:00")
        #expect(try Functions.value("date_part", text("minute"), timestamp("2023-01-04 04:05:06.789")) == .double(5))
        #expect(try Functions.value("date_part", text("week"), date("2022-05-02")) == .double(18))
        #expect(try Functions.value("date_part", text("dayofweek"), date("2022-05-02")) == .double(1))
        #expect(try Functions.value("date_part", text("microsecond"), timestamp("2023-01-04 04:05:06.789")) == .double(789_000))
        #expect(try Functions.value("pgdate_part", text("sec"), timestamp("2009-09-09 11:10:03.189717")) == .double(3.189717))
        #expect(try Functions.value("date_part", text("epoch"), timestamp("1970-01-02")) == .double(86_400))
        #expect(try Functions.value("extract", text("sec"), timestamp("2009-09-09 11:10:03.189717")) == .integer(3))
        #expect(try Functions.value("extract", text("ms"), timestamp("2009-09-09 12:08:43.101")) == .integer(101))
        #expect(try Functions.value("extract", text("decade"), date("1999-06-01")) == .integer(200))
        #expect(try Functions.type("extract", .varchar(length: 4), .timestamptz) == .doublePrecision)
        #expect(try Functions.text("trunc", timestamp("2008-12-04 16:10:43")) == "2008-12-04")
        #expect(try Functions.type("trunc", .timestamp) == .date)
    }

    @Test func monthArithmetic() throws {
        #expect(try Functions.text("add_months", date("2008-04-30"), int(1)) == "2008-05-31 00:00:00")
        #expect(try Functions.text("add_months", date("2008-03-31"), int(1)) == "2008-04-30 00:00:00")
        #expect(try Functions.text("last_day", date("2014-01-12")) == "2014-01-31")
        #expect(try Functions.text("last_day", timestamp("2016-02-10 10:00:00")) == "2016-02-29")
        #expect(try Functions.value("months_between", date("1969-01-18"), date("1969-03-18")) == .double(-2))
        #expect(try Functions.value("months_between", date("2008-03-31"), date("2008-02-29")) == .double(1))
        #expect(try Functions.value("months_between", date("2008-03-20"), date("2008-02-10")) == .double(1 + 10.0 / 31))
        #expect(try Functions.text("next_day", date("2014-08-20"), text("Tuesday")) == "2014-08-26")
        #expect(try Functions.text("next_day", date("2014-08-19"), text("tu")) == "2014-08-26")
        #expect(throws: SQLError.self) { try Functions.value("next_day", date("2014-08-19"), text("x")) }
    }

    @Test func clockFunctionsReadTheSessionClock() throws {
        let clock = SessionClock(transactionStart: micros("2008-12-04 16:10:43.976353"),
                                 statementStart: micros("2008-12-04 16:10:44.5"))
        try SessionClock.$current.withValue(clock) {
            #expect(try Functions.text("getdate") == "2008-12-04 16:10:44")
            #expect(try Functions.text("sysdate") == "2008-12-04 16:10:43.976353")
            #expect(try Functions.text("current_date") == "2008-12-04")
            #expect(try Functions.text("current_timestamp") == "2008-12-04 16:10:43.976353+00")
            #expect(try Functions.text("timeofday") == "Thu Dec 04 16:10:44.500000 2008 UTC")
            let resolved = try Functions.resolve("getdate", [])
            #expect(try resolved.evaluate([], 3).datums.count == 3)
        }
        #expect(try Functions.type("getdate") == .timestamp)
    }

    @Test func toCharFormatsDatetimes() throws {
        let value = timestamp("2009-12-31 23:15:59")
        #expect(try Functions.text("to_char", value, text("MONTH-DY-DD-YYYY HH12:MIPM")) == "DECEMBER -THU-31-2009 11:15PM")
        #expect(try Functions.text("to_char", value, text("DDD")) == "365")
        #expect(try Functions.text("to_char", date("2022-05-16"), text("ID")) == "1")
        #expect(try Functions.text("to_char", timestamp("2008-01-25 14:30:00"), text("MON-DD-YYYY HH12:MIPM")) == "JAN-25-2008 02:30PM")
        #expect(try Functions.text("to_char", value, text("FMMonth Day, Y,YYY \"at\" HH24:MI:SS.MS")) == "December Thursday , 2,009 at 23:15:59.000")
        #expect(try Functions.text("to_char", value, text("yyyy-mm-dd q ww w d iw rm")) == "2009-12-31 4 53 5 5 53 xii ")
        #expect(try Functions.text("to_char", date("2000-01-01"), text("J CC")) == "2451545 20")
        #expect(try Functions.text("to_char", timestamp("2009-01-03 10:00"), text("Dy dy DY IYYY-IW-ID WW W")) == "Sat sat SAT 2009-01-6 01 1")
        #expect(try Functions.text("to_char", date("0057-04-06 BC"), text("YYYY BC CC Y,YYY")) == "0057 BC -01 0,057")
        #expect(try Functions.text("to_char", timestamp("2024-02-29"), text("Q WW W DDD IDDD")) == "1 09 5 060 060")
        #expect(try Functions.text("to_char", timestamp("2024-12-30 13:05:09.123456"), text("IYYY IW ID HH12 AM a.m. US MS"))
            == "2025 01 1 01 PM p.m. 123456 123")
        #expect(try Functions.value("to_char", null(.timestamp), text("YYYY")) == .null)
    }

    /// Outputs cross-checked against PostgreSQL 15, whose TO_CHAR Redshift shares.
    @Test func toCharFormatsNumbers() throws {
        #expect(try Functions.text("to_char", dec("-125.8"), text("999D99S")) == "125.80-")
        #expect(try Functions.text("to_char", dec("-125.88"), text("$S999D99")) == "$-125.88")
        #expect(try Functions.text("to_char", dec("-125.88"), text("$999D99PR")) == "$<125.88>")
        #expect(try Functions.text("to_char", int(125), text("RN")) == "           CXXV")
        #expect(try Functions.text("to_char", dec("125.8"), text("999D99")) == " 125.80")
        #expect(try Functions.text("to_char", int(5), text("999")) == "   5")
        #expect(try Functions.text("to_char", dec("0.5"), text("9D99")) == "  .50")
        #expect(try Functions.text("to_char", dec("-0.5"), text("9D99")) == " -.50")
        #expect(try Functions.text("to_char", dec("1234567.891"), text("9,999,999.99")) == " 1,234,567.89")
        #expect(try Functions.text("to_char", int(12), text("FM9999")) == "12")
        #expect(try Functions.text("to_char", int(12345), text("999")) == " ###")
        #expect(try Functions.text("to_char", int(-12), text("0000MI")) == "0012-")
        #expect(try Functions.text("to_char", dbl(3.14159), text("FM990.00")) == "3.14")
        #expect(try Functions.type("to_char", .integer, .varchar(length: 9)) == .varchar(length: 65535))
    }

    @Test func toDateAndToTimestampReadTemplates() throws {
        #expect(try Functions.text("to_date", text("02 Oct 2001"), text("DD Mon YYYY")) == "2001-10-02")
        #expect(try Functions.text("to_date", text("20010631"), text("YYYYMMDD"), Argument(type: .boolean, values: [.boolean(false)]))
            == "2001-07-01")
        #expect(try Functions.text("to_date", text("20010631"), text("YYYYMMDD")) == "2001-07-01")
        #expect(throws: SQLError(SQLState.datetimeFieldOverflow, "date/time field date value out of range: 2001-6-31")) {
            try Functions.value("to_date", text("20010631"), text("YYYYMMDD"), Argument(type: .boolean, values: [.boolean(true)]))
        }
        #expect(try Functions.text("to_timestamp", text("05 Dec 2000 11:30:15 PM"), text("DD Mon YYYY HH:MI:SS AM"))
            == "2000-12-05 23:30:15+00")
        #expect(try Functions.type("to_timestamp", .varchar(length: 9), .varchar(length: 9)) == .timestamptz)
        #expect(try Functions.text("to_date", text("2024 060"), text("YYYY DDD")) == "2024-02-29")
        #expect(try Functions.text("to_date", text("24-Feb-03"), text("YY-Mon-DD")) == "2024-02-03")
        #expect(try Functions.text("to_timestamp", text("2024-02-03 13:05:09.5"), text("YYYY-MM-DD HH24:MI:SS.MS"))
            == "2024-02-03 13:05:09.5+00")
        #expect(throws: SQLError.self) { try Functions.value("to_date", text("xx"), text("YYYY")) }
        #expect(throws: SQLError.self) { try Functions.value("to_timestamp", text("2000-01-01 25:00"), text("YYYY-MM-DD HH24:MI")) }
    }

    @Test func convertTimezoneHandlesAbbreviationsNamesAndOffsets() throws {
        let listed = timestamp("2008-08-24 09:36:12")
        #expect(try Functions.text("convert_timezone", text("PST"), listed) == "2008-08-24 01:36:12")
        #expect(try Functions.text("convert_timezone", text("US/Pacific"), listed) == "2008-08-24 02:36:12")
        #expect(try Functions.text("convert_timezone", text("EST"), text("PST"), text("20080305 12:25:29")) == "2008-03-05 09:25:29")
        #expect(try Functions.text("convert_timezone", text("America/New_York"), timestamp("2013-02-01 08:00:00")) == "2013-02-01 03:00:00")
        #expect(try Functions.text("convert_timezone", text("America/New_York"), timestamp("2013-06-01 08:00:00")) == "2013-06-01 04:00:00")
        #expect(try Functions.text("convert_timezone", text("GMT+2"), timestamp("2013-06-01 12:00:00")) == "2013-06-01 10:00:00")
        #expect(try Functions.text("convert_timezone", text("America/New_York"), text("UTC"), timestamp("2013-06-01 04:00:00"))
            == "2013-06-01 08:00:00")
        #expect(throws: SQLError(SQLState.invalidParameterValue, "time zone \"Mars/Olympus\" not recognized")) {
            try Functions.value("convert_timezone", text("Mars/Olympus"), listed)
        }
        #expect(try Functions.type("convert_timezone", .varchar(length: 3), .timestamp) == .timestamp)
    }

    @Test func dateOperatorFunctions() throws {
        #expect(try Functions.text("date_pli", date("2008-02-28"), int(2)) == "2008-03-01")
        #expect(try Functions.text("date_mii", date("2008-03-01"), int(1)) == "2008-02-29")
        #expect(try Functions.value("date_mi", date("2009-01-01"), date("2008-01-01")) == .integer(366))
        #expect(throws: SQLError(SQLState.datetimeFieldOverflow, "date out of range")) {
            try Functions.value("date_pli", date("2008-01-01"), int(Int32.max))
        }
    }
}
