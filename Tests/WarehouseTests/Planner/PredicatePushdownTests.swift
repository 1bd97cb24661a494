import Testing
@testable import Warehouse

@Suite struct PredicatePushdownTests {
    func optimizedPlan(_ sql: String) throws -> LogicalPlan {
        let database = Database()
        _ = try database.execute("create table t (a int, b int); create table u (a int, c int)")
        guard case .query(let query) = try Parser.parseStatement(sql).kind else { throw SQLError(SQLState.syntaxError, "not a query") }
        return PredicatePushdown.optimize(try database.binder().bindQuery(query).plan)
    }

    /// The first join under projections and filters.
    func firstJoin(_ plan: LogicalPlan) -> JoinPlan? {
        switch plan {
        case .join(let join): join
        case .project(let input, _), .filter(let input, _), .sort(let input, _): firstJoin(input)
        default: nil
        }
    }

    func scanPredicate(_ plan: LogicalPlan) -> BoundExpression? {
        if case .scan(let scan) = plan { return scan.predicate }
        return nil
    }

    @Test func aCommaJoinWithAnEqualityBecomesAHashJoinAndSingleSideConditionsReachTheScans() throws {
        let plan = try optimizedPlan("select t.b, u.c from t, u where t.a = u.a and t.b > 1 and u.c < 5 and t.b + u.c = 3")
        let join = try #require(firstJoin(plan))
        #expect(join.leftKeys.count == 1)
        #expect(join.rightKeys.count == 1)
        #expect(join.residual != nil)
        #expect(scanPredicate(join.left) != nil)
        #expect(scanPredicate(join.right) != nil)
        if case .filter = plan { Issue.record("a filter stayed above the join") }
    }

    @Test func conditionsOnTheNullableSideOfAnOuterJoinStayAboveIt() throws {
        let plan = try optimizedPlan("select t.b from t left join u on t.a = u.a where u.c is null and t.b = 2")
        guard case .project(.filter(.join(let join), _), _) = plan else {
            Issue.record("expected the u.c condition above the join, got \(plan)")
            return
        }
        #expect(scanPredicate(join.left) != nil)
        #expect(scanPredicate(join.right) == nil)
    }

    @Test func filtersPassProjectionsButNotAggregation() throws {
        let plan = try optimizedPlan("select a, n from (select a, count(*) as n from t group by a) g where n > 1")
        guard case .project(.project(.filter(.aggregate(.scan(let scan), _, _), _), _), _) = plan else {
            Issue.record("unexpected plan \(plan)")
            return
        }
        #expect(scan.predicate == nil)
    }
    @Test func anOrAcrossAJoinFiltersEachSideByWhatEveryBranchRequiresOfIt() throws {
        let plan = try optimizedPlan("select t.b from t, u where t.a = u.a and ((t.b = 1 and u.c = 2) or (t.b = 3 and u.c = 4))")
        let join = try #require(firstJoin(plan))
        guard case .or(let leftBranches)? = scanPredicate(join.left), case .or(let rightBranches)? = scanPredicate(join.right) else {
            Issue.record("expected an OR on each scan, got \(plan)")
            return
        }
        #expect(leftBranches.count == 2 && rightBranches.count == 2)
        // The OR itself still decides which pairs join.
        #expect(join.residual != nil)
    }

    @Test func anOrWithABranchSayingNothingOfASideLeavesThatSideUnfiltered() throws {
        let plan = try optimizedPlan("select t.b from t, u where t.a = u.a and ((t.b = 1 and u.c = 2) or u.c = 4)")
        let join = try #require(firstJoin(plan))
        #expect(scanPredicate(join.left) == nil)
        #expect(scanPredicate(join.right) != nil)
    }

    @Test func conditionsThatCouldFailAreNotCopiedOutOfAnOr() throws {
        let plan = try optimizedPlan("select t.b from t, u where t.a = u.a and ((t.b / 0 = 1 and u.c = 2) or (t.b = 3 and u.c = 4))")
        let join = try #require(firstJoin(plan))
        #expect(scanPredicate(join.left) == nil)
        #expect(scanPredicate(join.right) != nil)
    }
}
