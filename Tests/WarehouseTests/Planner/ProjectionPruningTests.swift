import Testing
@testable import Warehouse

@Suite struct ProjectionPruningTests {
    func plan(_ sql: String) throws -> LogicalPlan {
        let database = Database()
        _ = try database.execute("create table t (a int, b int, c varchar(5), d date); create table u (a int, e int, f int)")
        guard case .query(let query) = try Parser.parseStatement(sql).kind else { throw SQLError(SQLState.syntaxError, "not a query") }
        return ProjectionPruning.optimize(PredicatePushdown.optimize(try database.binder().bindQuery(query).plan))
    }

    func scans(_ plan: LogicalPlan) -> [ScanPlan] {
        switch plan {
        case .scan(let scan): [scan]
        case .values: []
        case .filter(let input, _), .project(let input, _), .aggregate(let input, _, _), .window(let input, _),
             .sort(let input, _), .limit(let input, _, _), .distinct(let input):
            scans(input)
        case .join(let join): scans(join.left) + scans(join.right)
        case .setOperation(_, _, let left, let right): scans(left) + scans(right)
        }
    }

    @Test func scansReadOnlyTheColumnsTheQueryUses() throws {
        let joined = try plan("select t.c, u.f from t join u on t.a = u.a where t.b > 1 order by u.e")
        #expect(scans(joined).map(\.projection) == [[0, 1, 2], [0, 1, 2]])
        let narrow = try plan("select t.c from t join u on t.a = u.a")
        #expect(scans(narrow).map(\.projection) == [[0, 2], [0]])
        let counted = try plan("select count(*) from t")
        #expect(scans(counted).map(\.projection) == [[]])
        let grouped = try plan("select d, sum(b) from t group by d")
        #expect(scans(grouped).map(\.projection) == [[1, 3]])
    }

    @Test func prunedPlansStillAnswerCorrectly() throws {
        let database = Database()
        _ = try database.execute("""
            create table t (a int, b int, c varchar(5)); create table u (a int, e int);
            insert into t values (1, 10, 'x'), (2, 20, 'y'); insert into u values (2, 7), (1, 8)
            """)
        let result = try #require(try database.execute("select t.c, u.e from t join u on t.a = u.a where t.b > 1 order by u.e").last)
        #expect(result.rows == [[.string("y"), .integer(7)], [.string("x"), .integer(8)]])
    }
}
