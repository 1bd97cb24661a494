/// Redshift's date and time functions: DATEADD, DATEDIFF, DATE_TRUNC, DATE_PART/PGDATE_PART,
/// EXTRACT (as `extract(part, x)`), TRUNC(timestamp), ADD_MONTHS, LAST_DAY, NEXT_DAY,
/// MONTHS_BETWEEN and the clock functions. DATE and text arguments are read as TIMESTAMP
/// (midnight); the calendar rules live in `DateTimeArithmetic`.
enum DateTimeFunctions {
    typealias Texts = StringVector
    typealias Micros = FixedWidthVector<Int64>
    typealias Days = FixedWidthVector<Int32>
    typealias Doubles = FixedWidthVector<Double>

    static let all: [ScalarFunction] = clock + [dateAdd, dateDiff, dateTrunc, truncToDate, addMonths, lastDay, nextDay,
                                                monthsBetween]
        + ["date_part", "pgdate_part"].map(datePart) + [extract]
        + DateTimeTextFunctions.all + [TimeZoneConversion.convertTimezone] + DateArithmeticFunctions.all

    /// GETDATE() (statement start, whole seconds), SYSDATE (transaction start), CURRENT_DATE,
    /// CURRENT_TIMESTAMP (TIMESTAMPTZ) and TIMEOFDAY() (statement start as text), read from
    /// `SessionClock` when the call is resolved.
    private static let clock: [ScalarFunction] = [
        ScalarFunction(name: "getdate") { types throws(SQLError) in
            guard types.isEmpty else { return nil }
            let now = SessionClock.inEffect.statementStart
            return .constant(.timestamp(now - (now % Microseconds.perSecond + Microseconds.perSecond) % Microseconds.perSecond),
                             returns: .timestamp)
        },
        ScalarFunction(name: "sysdate") { types throws(SQLError) in
            types.isEmpty ? .constant(.timestamp(SessionClock.inEffect.transactionStart), returns: .timestamp) : nil
        },
        ScalarFunction(name: "current_date") { types throws(SQLError) in
            guard types.isEmpty else { return nil }
            let days = Microseconds.split(SessionClock.inEffect.transactionStart).days
            return .constant(.date(Int32(days)), returns: .date)
        },
        ScalarFunction(name: "current_timestamp") { types throws(SQLError) in
            types.isEmpty ? .constant(.timestamptz(SessionClock.inEffect.transactionStart), returns: .timestamptz) : nil
        },
        ScalarFunction(name: "timeofday") { types throws(SQLError) in
            guard types.isEmpty else { return nil }
            let text = DateTimeTemplateFormatter.format(SessionClock.inEffect.statementStart,
                                                        DateTimeTemplate("Dy Mon DD HH24:MI:SS.US YYYY"), withZone: false)
            return .constant(.string(text + " UTC"), returns: .varchar(length: 64))
        },
    ]

    /// A function whose first argument is a datepart, then one value argument.
    static func withPart<B: FunctionColumn, Output: FunctionColumn>(
        _ part: DataType, _ b: DataType, _: B.Type, returns: DataType, _: Output.Type,
        _ body: @escaping @Sendable (DatePart, B.Element) throws(SQLError) -> Output.Value?) -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: [part, b], returnType: returns) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 2)
            var parts = DatePartArgument()
            let column = try FunctionLoops.map(try arguments[0].typed(Texts.self), try arguments[1].typed(B.self),
                                               into: Output.self) { spelling, value throws(SQLError) in
                try body(try parts.part(spelling), value)
            }
            return ColumnVector(type: returns, column: column)
        }
    }

    /// A function whose first argument is a datepart, then two value arguments.
    static func withPart<B: FunctionColumn, C: FunctionColumn, Output: FunctionColumn>(
        _ part: DataType, _ b: DataType, _: B.Type, _ c: DataType, _: C.Type, returns: DataType, _: Output.Type,
        _ body: @escaping @Sendable (DatePart, B.Element, C.Element) throws(SQLError) -> Output.Value?) -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: [part, b, c], returnType: returns) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 3)
            var parts = DatePartArgument()
            let column = try FunctionLoops.map(try arguments[0].typed(Texts.self), try arguments[1].typed(B.self),
                                               try arguments[2].typed(C.self), into: Output.self) {
                spelling, second, third throws(SQLError) in
                try body(try parts.part(spelling), second, third)
            }
            return ColumnVector(type: returns, column: column)
        }
    }

    static func isTimeOfDay(_ type: DataType) -> Bool { type == .time || type == .timetz }

    /// DATEADD(part, n, x): TIMESTAMP for DATE/TIMESTAMP/text, TIMESTAMPTZ for TIMESTAMPTZ, and
    /// for TIME/TIMETZ the time of day wrapped around midnight (`dateadd(hour,12,'13:24:55')`
    /// is 01:24:55), which only the parts of fixed length can move.
    private static let dateAdd = ScalarFunction(name: "dateadd") { types throws(SQLError) in
        guard types.count == 3, let part = ParameterTypes.text(types[0]), types[1].isNumeric else { return nil }
        if isTimeOfDay(types[2]) {
            return withPart(part, .bigint, Micros.self, types[2], Micros.self, returns: types[2], Micros.self) {
                part, amount, time throws(SQLError) in
                guard let unit = part.fixedMicroseconds else { throw part.unsupported() }
                let shifted = amount.multipliedReportingOverflow(by: unit)
                guard !shifted.overflow else { throw DateTimeArithmetic.timestampOutOfRange }
                let day = Microseconds.perDay
                return ((time + shifted.partialValue % day) % day + day) % day
            }
        }
        guard let value = ParameterTypes.timestamp(types[2]) else { return nil }
        return withPart(part, .bigint, Micros.self, value, Micros.self, returns: value, Micros.self) {
            part, amount, timestamp throws(SQLError) in
            try bridgingErrors { try DateTimeArithmetic.dateAdd(part, amount, to: timestamp) }
        }
    }

    /// DATEDIFF(part, start, end): part boundaries crossed, as BIGINT.
    private static let dateDiff = ScalarFunction(name: "datediff") { types throws(SQLError) in
        guard types.count == 3, let part = ParameterTypes.text(types[0]) else { return nil }
        if isTimeOfDay(types[1]) && isTimeOfDay(types[2]) {
            return withPart(part, types[1], Micros.self, types[1], Micros.self, returns: .bigint, Micros.self) {
                part, start, end throws(SQLError) in
                guard let unit = part.fixedMicroseconds, part != .week, part != .day else { throw part.unsupported() }
                return floorDivide(end, unit) - floorDivide(start, unit)
            }
        }
        guard let start = ParameterTypes.timestamp(types[1]), ParameterTypes.timestamp(types[2]) != nil else { return nil }
        return withPart(part, start, Micros.self, start, Micros.self, returns: .bigint, Micros.self) {
            part, start, end throws(SQLError) in
            try bridgingErrors { try DateTimeArithmetic.dateDiff(part, start, end) }
        }
    }

    /// DATE_TRUNC('part', x) → TIMESTAMP (TIMESTAMPTZ stays TIMESTAMPTZ).
    private static let dateTrunc = ScalarFunction(name: "date_trunc") { types throws(SQLError) in
        guard types.count == 2, let part = ParameterTypes.text(types[0]),
              let value = ParameterTypes.timestamp(types[1]) else { return nil }
        return withPart(part, value, Micros.self, returns: value, Micros.self) { part, timestamp throws(SQLError) in
            try bridgingErrors { try DateTimeArithmetic.dateTrunc(part, timestamp) }
        }
    }

    /// DATE_PART(part, x) → DOUBLE PRECISION, seconds and epoch with their fraction.
    private static func datePart(_ name: String) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard types.count == 2, let part = ParameterTypes.text(types[0]) else { return nil }
            let value = isTimeOfDay(types[1]) ? types[1] : ParameterTypes.timestamp(types[1])
            guard let value else { return nil }
            return withPart(part, value, Micros.self, returns: .doublePrecision, Doubles.self) { part, timestamp throws(SQLError) in
                try bridgingErrors { try DateTimeArithmetic.datePart(part, timestamp) }
            }
        }
    }

    /// EXTRACT(part FROM x), passed as extract(part, x): INTEGER holding only the named field
    /// (`extract(sec …)` of 11:10:03.189717 is 3), DOUBLE PRECISION for TIMESTAMPTZ.
    private static let extract = ScalarFunction(name: "extract") { types throws(SQLError) in
        guard types.count == 2, let part = ParameterTypes.text(types[0]) else { return nil }
        let value = isTimeOfDay(types[1]) ? types[1] : ParameterTypes.timestamp(types[1])
        guard let value else { return nil }
        if value == .timestamptz {
            return withPart(part, value, Micros.self, returns: .doublePrecision, Doubles.self) { part, timestamp throws(SQLError) in
                Double(try bridgingErrors { try DateTimeArithmetic.extract(part, timestamp) })
            }
        }
        return withPart(part, value, Micros.self, returns: .integer, Days.self) { part, timestamp throws(SQLError) in
            let field = try bridgingErrors { try DateTimeArithmetic.extract(part, timestamp) }
            guard let narrowed = Int32(exactly: field) else { throw TypeErrors.outOfRange(.integer) }
            return narrowed
        }
    }

    /// TRUNC(timestamp) → DATE.
    private static let truncToDate = ScalarFunction(name: "trunc") { types throws(SQLError) in
        guard types.count == 1, !types[0].isNumeric, let value = ParameterTypes.timestamp(types[0]) else { return nil }
        return .unary(value, Micros.self, returns: .date, Days.self) { Int32(Microseconds.split($0).days) }
    }

    /// ADD_MONTHS(date, n) → TIMESTAMP; month ends map to month ends.
    private static let addMonths = ScalarFunction(name: "add_months") { types throws(SQLError) in
        guard types.count == 2, let value = ParameterTypes.timestamp(types[0]), types[1].isNumeric else { return nil }
        return .binary(value, Micros.self, .bigint, Micros.self, returns: .timestamp, Micros.self) { timestamp, months throws(SQLError) in
            try bridgingErrors { try DateTimeArithmetic.addMonths(timestamp, months) }
        }
    }

    /// LAST_DAY(date) → DATE.
    private static let lastDay = ScalarFunction(name: "last_day") { types throws(SQLError) in
        guard types.count == 1, let value = ParameterTypes.date(types[0]) else { return nil }
        return .unary(value, Days.self, returns: .date, Days.self) { DateTimeArithmetic.lastDay(ofDate: $0) }
    }

    /// NEXT_DAY(date, 'day') → DATE: the first such weekday strictly after the date. The day is
    /// named by its first two letters or more (`'mo'`, `'Mon'`, `'monday'`).
    private static let nextDay = ScalarFunction(name: "next_day") { types throws(SQLError) in
        guard let accepted = ParameterTypes.all(types, [ParameterTypes.date, ParameterTypes.text]) else { return nil }
        return .binary(accepted[0], Days.self, accepted[1], Texts.self, returns: .date, Days.self) { days, name throws(SQLError) in
            let spelled = String(decoding: name, as: UTF8.self).lowercased()
            guard spelled.count >= 2,
                  let weekday = DateTimeNames.days.firstIndex(where: { $0.lowercased().hasPrefix(spelled) }) else {
                throw SQLError(SQLState.invalidParameterValue, "invalid day of week \"\(spelled)\"")
            }
            let current = CalendarDate.dayOfWeek(daysSinceEpoch: Int(days))
            let ahead = (weekday - current + 6) % 7 + 1
            return days + Int32(ahead)
        }
    }

    /// MONTHS_BETWEEN(d1, d2) → DOUBLE PRECISION: whole months when the days of month match or
    /// both are month ends, otherwise with the day difference over a 31-day month.
    private static let monthsBetween = ScalarFunction(name: "months_between") { types throws(SQLError) in
        guard ParameterTypes.all(types, [ParameterTypes.date, ParameterTypes.date]) != nil else { return nil }
        return .binary(.date, Days.self, .date, Days.self, returns: .doublePrecision, Doubles.self) { first, second in
            let a = CalendarDate(daysSinceEpoch: Int(first)), b = CalendarDate(daysSinceEpoch: Int(second))
            let months = Double((a.year - b.year) * 12 + a.month - b.month)
            let aEnd = a.day == CalendarDate.daysInMonth(year: a.year, month: a.month)
            let bEnd = b.day == CalendarDate.daysInMonth(year: b.year, month: b.month)
            if a.day == b.day || (aEnd && bEnd) { return months }
            return months + Double(a.day - b.day) / 31
        }
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor != 0 && (value < 0) != (divisor < 0) ? quotient - 1 : quotient
    }
}
