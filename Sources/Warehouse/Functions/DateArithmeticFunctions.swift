/// PostgreSQL's date operator functions, which the binder can call for the operators when the
/// arithmetic kernel lacks them (the engine has no INTERVAL type): `date_pli(d, n)` is `d + n`
/// days, `date_mii(d, n)` is `d - n` days (both DATE), `date_mi(a, b)` is `a - b` in days
/// (INTEGER). Results outside 4713 BC–294276 AD fail with `date out of range`.
enum DateArithmeticFunctions {
    typealias Days = FixedWidthVector<Int32>

    static let all: [ScalarFunction] = [
        shift("date_pli", direction: 1),
        shift("date_mii", direction: -1),
        ScalarFunction(name: "date_mi") { types throws(SQLError) in
            guard ParameterTypes.all(types, [ParameterTypes.date, ParameterTypes.date]) != nil else { return nil }
            return .binary(.date, Days.self, .date, Days.self, returns: .integer, Days.self) { $0 - $1 }
        },
    ]

    private static func shift(_ name: String, direction: Int64) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard ParameterTypes.all(types, [ParameterTypes.date, ParameterTypes.integer]) != nil else { return nil }
            return .binary(.date, Days.self, .integer, Days.self, returns: .date, Days.self) { days, amount throws(SQLError) in
                let result = Int64(days) + direction * Int64(amount)
                guard let narrowed = Int32(exactly: result),
                      CalendarDate.yearRange.contains(CalendarDate(daysSinceEpoch: Int(narrowed)).year) else {
                    throw SQLError(SQLState.datetimeFieldOverflow, "date out of range")
                }
                return narrowed
            }
        }
    }
}
