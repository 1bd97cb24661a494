/// Random queries in the dialect subset where Redshift and PostgreSQL 15 agree: everything
/// `RandomQueryGenerator` makes over t1/t2, plus a table t3 with DECIMAL and VARCHAR columns
/// for decimal arithmetic (no division, whose result scale differs), CASE, COALESCE, NULLIF,
/// string functions and window functions over a unique ordering.
struct PostgresQueryGenerator {
    private var base: RandomQueryGenerator

    init(seed: UInt64) {
        base = RandomQueryGenerator(seed: seed)
    }

    mutating func setupStatements() -> [String] {
        var statements = base.setupStatements()
        statements.append("CREATE TABLE t3 (id int, a int, s varchar(20), m decimal(8,2), n decimal(6,3))")
        let words = ["red", "Shift", "lab", "s3 bucket", "Glue", "", "data lake", "ETL", "abc", "x"]
        let rows = (1...40).map { id -> String in
            let a = base.int(0...6) == 0 ? "NULL" : String(base.int(-3...4))
            let s = base.int(0...7) == 0 ? "NULL" : "'\(base.pick(words))'"
            let m = base.int(0...7) == 0 ? "NULL" : "\(base.int(-500...900)).\(base.int(10...99))"
            let n = base.int(0...7) == 0 ? "NULL" : "\(base.int(-20...40)).\(base.int(100...999))"
            return "(\(id), \(a), \(s), \(m), \(n))"
        }
        statements.append("INSERT INTO t3 VALUES " + rows.joined(separator: ", "))
        return statements
    }

    mutating func query() -> String {
        base.int(0...2) == 0 ? base.query() : decimalAndTextQuery()
    }

    private mutating func number() -> String {
        switch base.int(0...5) {
        case 0: "m"
        case 1: "n"
        case 2: "a"
        case 3: "\(base.int(-9...9)).\(base.int(0...9))"
        case 4: "(m \(base.pick(["+", "-"])) n)"
        default: "(\(base.pick(["m", "n", "a"])) * \(base.pick(["n", "2", "a", "0.5"])))"
        }
    }

    private mutating func text() -> String {
        switch base.int(0...9) {
        case 0: "s"
        case 1: "upper(s)"
        case 2: "lower(s)"
        case 3: "substring(s, \(base.int(1...3)), \(base.int(0...4)))"
        case 4: "s || '-' || coalesce(s, 'none')"
        case 5: "replace(s, '\(base.pick(["a", "e", " "]))', '\(base.pick(["", "_", "AA"]))')"
        case 6: "trim(s)"
        case 7: "left(s, \(base.int(0...3)))"
        case 8: "right(s, \(base.int(0...3)))"
        default: "lpad(s, \(base.int(2...8)), '*')"
        }
    }

    private mutating func condition() -> String {
        switch base.int(0...5) {
        case 0: "\(number()) \(base.pick(["<", ">", "=", "<>", ">="])) \(number())"
        case 1: "s \(base.pick(["LIKE", "NOT LIKE"])) '\(base.pick(["%a%", "r%", "%t", "_a_"]))'"
        case 2: "\(base.pick(["m", "n", "s", "a"])) IS \(base.pick(["", "NOT "]))NULL"
        case 3: "length(s) \(base.pick(["<", ">"])) \(base.int(0...6))"
        case 4: "a IN (\(base.int(-3...4)), \(base.int(-3...4)))"
        default: "\(number()) BETWEEN \(base.int(-50...0)) AND \(base.int(0...300))"
        }
    }

    private mutating func decimalAndTextQuery() -> String {
        switch base.int(0...8) {
        case 0:
            return "SELECT id, \(number()), \(number()) FROM t3 WHERE \(condition())"
        case 1:
            return "SELECT id, \(text()), length(\(text())), position('\(base.pick(["a", "e", "t"]))' in s) FROM t3 WHERE \(condition())"
        case 2:
            // PostgreSQL keeps each NUMERIC value's own scale through CASE and COALESCE where
            // Redshift gives the result one type, so both are cast to a common type.
            return "SELECT id, CAST(CASE WHEN \(condition()) THEN \(number()) WHEN \(condition()) THEN m ELSE \(number()) END "
                + "AS DECIMAL(18,4)), CAST(coalesce(\(base.pick(["m", "n"])), \(number())) AS DECIMAL(18,4)), "
                + "nullif(a, \(base.int(-2...2))) FROM t3"
        case 3:
            let key = base.pick(["a", "s", "a % 3", "upper(s)"])
            return "SELECT \(key), count(*), count(s), sum(\(number())), min(\(number())), max(\(text())) FROM t3 "
                + "WHERE \(condition()) GROUP BY \(key)"
        case 4:
            return "SELECT id, row_number() OVER (PARTITION BY a ORDER BY \(base.pick(["m", "n", "s"])) NULLS LAST, id), "
                + "sum(\(base.pick(["m", "n", "a"]))) OVER (PARTITION BY a ORDER BY id ROWS UNBOUNDED PRECEDING), "
                + "lag(\(base.pick(["s", "m"]))) OVER (ORDER BY id), lead(a, \(base.int(1...3))) OVER (PARTITION BY a ORDER BY id) FROM t3"
        case 5:
            return "SELECT id, dense_rank() OVER (ORDER BY \(base.pick(["a", "s"])) NULLS LAST), "
                + "max(m) OVER (PARTITION BY \(base.pick(["a", "s"]))), count(n) OVER (PARTITION BY a), "
                + "first_value(id) OVER (PARTITION BY a ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM t3"
        case 6:
            return "SELECT t3.id, t1.b, t3.m + t1.b, t1.c * t3.n FROM t3 \(base.pick(["JOIN", "LEFT JOIN"])) t1 ON t3.a = t1.a "
                + "WHERE t3.m \(base.pick(["<", ">"])) \(base.int(-100...400))"
        case 7:
            return "SELECT s, sum(m), min(n), max(a) FROM t3 GROUP BY s HAVING count(*) > \(base.int(0...2))"
        default:
            // ROUND's result scale differs (PostgreSQL: the digits asked for), so it is cast.
            return "SELECT id, CAST(round(\(number()), \(base.int(0...2))) AS DECIMAL(18,3)), abs(\(number())), ceil(m), floor(n), "
                + "CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE s END FROM t3 WHERE \(condition())"
        }
    }
}
