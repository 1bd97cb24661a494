/// Random tables and queries in the part of SQL where Redshift and SQLite agree: integer
/// arithmetic without division, comparisons, AND/OR/NOT, IS NULL, BETWEEN, IN lists, inner and
/// left joins on equality, GROUP BY with COUNT/SUM/MIN/MAX, ORDER BY with NULLS LAST
/// and LIMIT/OFFSET, set operations, correlated EXISTS/IN/scalar subqueries, window functions.
/// Seeded, so a failure reproduces.
struct RandomQueryGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `CREATE TABLE` and `INSERT` statements both engines run.
    mutating func setupStatements() -> [String] {
        var statements = ["CREATE TABLE t1 (a int, b int, c int)", "CREATE TABLE t2 (a int, d int)"]
        for (table, width, rows) in [("t1", 3, 40), ("t2", 2, 25)] {
            let values = (0..<rows).map { _ in
                "(" + (0..<width).map { _ in int(0...7) == 0 ? "NULL" : String(int(-4...6)) }.joined(separator: ", ") + ")"
            }
            statements.append("INSERT INTO \(table) VALUES " + values.joined(separator: ", "))
        }
        return statements
    }

    private mutating func value(_ columns: [String], depth: Int = 0) -> String {
        switch depth > 1 ? int(0...1) : int(0...3) {
        case 0: return pick(columns)
        case 1: return String(int(-3...5))
        default:
            return "(\(value(columns, depth: depth + 1)) \(pick(["+", "-", "*"])) \(value(columns, depth: depth + 1)))"
        }
    }

    private mutating func predicate(_ columns: [String], depth: Int = 0) -> String {
        switch depth > 1 ? int(0...3) : int(0...6) {
        case 0, 1: return "\(value(columns)) \(pick(["=", "<>", "<", "<=", ">", ">="])) \(value(columns))"
        case 2: return "\(pick(columns)) IS \(pick(["", "NOT "]))NULL"
        case 3: return "\(value(columns)) \(pick(["", "NOT "]))BETWEEN \(int(-4...1)) AND \(int(1...6))"
        case 4: return "\(pick(columns)) \(pick(["", "NOT "]))IN (\(int(-4...6)), \(int(-4...6)), \(int(-4...6)))"
        case 5: return "NOT (\(predicate(columns, depth: depth + 1)))"
        default:
            return "(\(predicate(columns, depth: depth + 1)) \(pick(["AND", "OR"])) \(predicate(columns, depth: depth + 1)))"
        }
    }

    /// One query whose result both engines must agree on as a multiset of rows.
    mutating func query() -> String {
        let single = ["a", "b", "c"], joined = ["t1.a", "t1.b", "t1.c", "t2.d"]
        switch int(0...10) {
        case 0:
            return "SELECT \(value(single)), \(value(single)) FROM t1 WHERE \(predicate(single))"
        case 1:
            return "SELECT t1.b, t2.d, \(value(joined)) FROM t1 JOIN t2 ON t1.a = t2.a WHERE \(predicate(joined))"
        case 2:
            return "SELECT t1.a, t1.c, t2.d FROM t1 LEFT JOIN t2 ON t1.a = t2.a AND t2.d > \(int(-3...3))"
        case 3:
            let key = pick(single), argument = value(single)
            return "SELECT \(key), COUNT(*), COUNT(\(argument)), SUM(\(argument)), MIN(\(argument)), MAX(\(argument)) "
                + "FROM t1 WHERE \(predicate(single)) GROUP BY \(key)"
        case 4:
            return "SELECT COUNT(DISTINCT \(pick(joined))), SUM(\(value(joined))) FROM t1, t2 "
                + "WHERE t1.a = t2.a AND \(predicate(joined))"
        case 5:
            return "SELECT a, b, c FROM t1 WHERE \(predicate(single)) ORDER BY \(pick(single)) NULLS LAST, a NULLS LAST, "
                + "b NULLS LAST, c NULLS LAST LIMIT \(int(0...8)) OFFSET \(int(0...3))"
        case 6:
            return "SELECT a, b FROM t1 WHERE \(pick(["", "NOT "]))EXISTS (SELECT 1 FROM t2 WHERE t2.a = t1.\(pick(single)) "
                + "AND t2.d > \(int(-3...4)))"
        case 7:
            return "SELECT b, c FROM t1 WHERE \(pick(single)) \(pick(["", "NOT "]))IN (SELECT \(pick(["a", "d"])) FROM t2 "
                + "WHERE \(pick(["a", "d"])) IS NOT NULL AND d < \(int(-2...5)))"
        case 8:
            return "SELECT \(pick(single)) FROM t1 \(pick(["UNION", "UNION ALL", "INTERSECT", "EXCEPT"])) SELECT \(pick(["a", "d"])) FROM t2"
        case 9:
            return "SELECT a, b, (SELECT COUNT(*) FROM t2 WHERE t2.a = t1.\(pick(single))), "
                + "(SELECT SUM(d) FROM t2 WHERE t2.a = t1.a) FROM t1 WHERE \(predicate(single))"
        default:
            return "SELECT a, b, c, SUM(b) OVER (PARTITION BY a ORDER BY b NULLS LAST, c NULLS LAST ROWS UNBOUNDED PRECEDING), "
                + "RANK() OVER (ORDER BY \(pick(single)) NULLS LAST), COUNT(*) OVER (PARTITION BY \(pick(single))) FROM t1"
        }
    }
}
