import Testing
@testable import Warehouse

/// Every strict function gives NULL when any one of its arguments is NULL.
@Suite struct NullPropagationTests {
    static let calls: [(String, [Argument])] = [
        ("abs", [int(-1)]), ("sign", [dbl(2)]), ("round", [dec("1.25"), int(1)]), ("trunc", [dbl(1.5), int(0)]),
        ("ceil", [dec("1.2")]), ("floor", [dbl(1.2)]), ("mod", [int(7), int(3)]), ("power", [int(2), int(3)]),
        ("sqrt", [int(4)]), ("cbrt", [int(8)]), ("ln", [int(3)]), ("log", [int(3)]), ("exp", [int(1)]),
        ("degrees", [int(1)]), ("radians", [int(1)]), ("sin", [int(1)]), ("atan2", [int(1), int(2)]),
        ("len", [text("abc")]), ("octet_length", [text("abc")]), ("upper", [text("a")]), ("lower", [text("A")]),
        ("initcap", [text("a b")]), ("reverse", [text("ab")]), ("btrim", [text(" a "), text(" ")]),
        ("ltrim", [text(" a")]), ("rtrim", [text("a ")]), ("substring", [text("abc"), int(1), int(2)]),
        ("substr", [text("abc"), int(2)]), ("left", [text("abc"), int(1)]), ("right", [text("abc"), int(1)]),
        ("position", [text("b"), text("abc")]), ("strpos", [text("abc"), text("b")]), ("charindex", [text("b"), text("abc")]),
        ("split_part", [text("a,b"), text(","), int(1)]), ("replace", [text("abc"), text("b"), text("x")]),
        ("translate", [text("abc"), text("b"), text("x")]), ("concat", [text("a"), text("b")]),
        ("lpad", [text("a"), int(3), text("x")]), ("rpad", [text("a"), int(3)]), ("repeat", [text("a"), int(2)]),
        ("regexp_count", [text("aa"), text("a")]), ("regexp_instr", [text("aa"), text("a"), int(1)]),
        ("regexp_replace", [text("aa"), text("a"), text("b")]), ("regexp_substr", [text("aa"), text("a")]),
        ("md5", [text("a")]), ("sha2", [text("a"), int(256)]), ("ascii", [text("a")]), ("chr", [int(65)]),
        ("dateadd", [text("day"), int(1), date("2008-01-01")]), ("datediff", [text("day"), date("2008-01-01"), date("2008-02-01")]),
        ("date_trunc", [text("month"), timestamp("2008-01-05 10:00")]), ("date_part", [text("year"), date("2008-01-01")]),
        ("extract", [text("month"), date("2008-01-01")]), ("trunc", [timestamp("2008-01-05 10:00")]),
        ("add_months", [date("2008-01-31"), int(1)]), ("last_day", [date("2008-02-01")]),
        ("next_day", [date("2008-02-01"), text("monday")]), ("months_between", [date("2008-02-01"), date("2008-01-01")]),
        ("to_char", [timestamp("2008-01-05 10:00"), text("YYYY")]), ("to_char", [int(5), text("999")]),
        ("to_date", [text("2008-01-05"), text("YYYY-MM-DD")]), ("to_timestamp", [text("2008-01-05"), text("YYYY-MM-DD")]),
        ("convert_timezone", [text("UTC"), text("PST"), timestamp("2008-01-05 10:00")]),
        ("date_pli", [date("2008-01-01"), int(1)]), ("date_mi", [date("2008-01-01"), date("2008-01-02")]),
    ]

    @Test(arguments: calls.indices)
    func aNullArgumentGivesNull(_ index: Int) throws {
        let (name, arguments) = Self.calls[index]
        #expect(try Functions.call(name, arguments).values[0] != .null, "\(name) with values")
        for position in arguments.indices {
            var withNull = arguments
            withNull[position] = null(arguments[position].type)
            #expect(try Functions.call(name, withNull).values == [.null], "\(name) with argument \(position + 1) NULL")
        }
    }
}
