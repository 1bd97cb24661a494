import Testing
@testable import Warehouse

@Suite struct BinderTests {
    func database() throws -> Database {
        let database = Database()
        _ = try database.execute("create table t (a int, b varchar(5), c decimal(8,2)); create table u (a bigint, d date)")
        return database
    }

    func bind(_ sql: String, in database: Database) throws -> BoundQuery {
        guard case .query(let query) = try Parser.parseStatement(sql).kind else { throw SQLError(SQLState.syntaxError, "not a query") }
        return try database.binder().bindQuery(query)
    }

    func error(_ sql: String) throws -> SQLError {
        let database = try database()
        do {
            _ = try database.execute(sql)
        } catch {
            return error
        }
        Issue.record("no error for \(sql)")
        return SQLError(SQLState.internalError, "")
    }

    @Test func outputNamesAndTypes() throws {
        let bound = try bind("select a, t.b as name, c * 2, sum(a) over_total, count(*) from t group by a, b, c", in: database())
        #expect(bound.names == ["a", "name", "?column?", "over_total", "count"])
        #expect(bound.plan.types == [.integer, .varchar(length: 5), .decimal(precision: 19, scale: 2), .bigint, .bigint])
    }

    @Test func starExpandsUsingColumnsOnce() throws {
        let bound = try bind("select * from t join u using (a)", in: database())
        #expect(bound.names == ["a", "b", "c", "d"])
    }

    @Test func errorsPointAtTheOffendingText() throws {
        #expect(try error("select nope from t").position == 8)
        #expect(try error("select a from t, u").message == "column reference \"a\" is ambiguous")
        #expect(try error("select a from t, u").position == 8)
        #expect(try error("select * from t where missing.a = 1").position == 23)
        #expect(try error("select * from nowhere").position == 15)
        let grouping = try error("select a, b from t group by a")
        #expect(grouping.message == "column \"t.b\" must appear in the GROUP BY clause or be used in an aggregate function")
        #expect(grouping.position == 11)
        #expect(try error("select a from t where a = 'x'").message == "invalid input syntax for integer: \"x\"")
        #expect(try error("select a from t where a = 'x'").position == 27)
    }

    @Test func groupByAcceptsOrdinalsOutputNamesAndEqualExpressions() throws {
        let database = try database()
        _ = try database.execute("insert into t values (1, 'x', 1), (1, 'y', 2), (2, 'x', 3)")
        for sql in ["select a + 1, count(*) from t group by 1 order by 1", "select a + 1 as k, count(*) from t group by k order by k",
                    "select a + 1, count(*) from t group by a + 1 order by a + 1"] {
            let result = try #require(try database.execute(sql).last)
            #expect(result.rows == [[.integer(2), .bigint(2)], [.integer(3), .bigint(1)]], "\(sql)")
        }
    }

    @Test func orderByAColumnNotSelectedSortsWithoutShowingIt() throws {
        let database = try database()
        _ = try database.execute("insert into t values (1, 'z', 1), (2, 'y', 2), (3, 'x', 3)")
        let result = try #require(try database.execute("select a from t order by b").last)
        #expect(result.columns.map(\.name) == ["a"])
        #expect(result.rows == [[.integer(3)], [.integer(2)], [.integer(1)]])
    }
}
