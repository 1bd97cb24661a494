import Testing
@testable import Warehouse

struct QueryParserTests {
    private typealias A = AST

    private func select(_ sql: String) throws -> Select? {
        guard let query = try Parse.query(sql), case .select(let select) = query.body else { return nil }
        return select
    }

    @Test func selectListWithDistinctTopAliasesAndWildcards() throws {
        let parsed = try select(#"select distinct top 10 *, t.*, a, b as x, c y, d "Z" from t"#)
        var expected = A.select([
            .wildcard(qualifier: [], location: A.here), .wildcard(qualifier: [A.id("t")], location: A.here),
            A.item(A.col("a")), A.item(A.col("b"), as: "x"), A.item(A.col("c"), as: "y"), A.item(A.col("d"), as: "Z"),
        ], from: [A.table("t")])
        expected.distinct = true
        expected.top = A.int(10)
        #expect(parsed == expected)
    }

    @Test func clausesOfASelect() throws {
        let query = try Parse.query(
            "select a, count(*) from s.t where a > 1 group by a having count(*) > 2 order by 2 desc nulls last limit 5 offset 10")
        var star = A.call("count")
        star.isStar = true
        var expected = A.select([A.item(A.col("a")), A.item(A.function(star))], from: [A.table("s", "t")],
                                where: A.bin(.greater, A.col("a"), A.int(1)))
        expected.groupBy = A.grouping(.expression(A.col("a")))
        expected.having = A.bin(.greater, A.function(star), A.int(2))
        #expect(query?.body == .select(expected))
        #expect(query?.orderBy == [A.order(A.int(2), .descending, .last)])
        #expect(query?.limit == A.int(5))
        #expect(query?.offset == A.int(10))
        #expect(try Parse.query("select a from t limit all")?.limit == nil)
    }

    @Test func groupingExtensions() throws {
        let parsed = try select("select a from t group by rollup (a, b), cube (c), grouping sets ((a, b), (a), ()), 1")
        #expect(parsed?.groupBy == A.grouping(
            .rollup([A.col("a"), A.col("b")]), .cube([A.col("c")]),
            .groupingSets([[A.col("a"), A.col("b")], [A.col("a")], []]), .expression(A.int(1))))
        #expect(parsed?.groupBy.map(\.location.position) == [26, 41, 51, 84])
    }

    @Test func joinsOfEveryKind() throws {
        let parsed = try select("""
            select 1 from a join b on a.x = b.x left outer join c using (x) right join d on true
              full join e on true cross join f natural join g
            """)
        let on = JoinCondition.on(A.bin(.equal, A.col("a", "x"), A.col("b", "x")))
        let yes = JoinCondition.on(A.expr(.literal(.boolean(true))))
        var reference = TableReference.join(Join(kind: .inner, left: A.table("a"), right: A.table("b"), condition: on,
                                                 location: A.here))
        for (kind, table, condition) in [(JoinKind.left, "c", JoinCondition.using([A.id("x")])), (.right, "d", yes),
                                         (.full, "e", yes), (.cross, "f", nil), (.inner, "g", .natural)] {
            reference = .join(Join(kind: kind, left: reference, right: A.table(table), condition: condition,
                                   location: A.here))
        }
        #expect(parsed?.from == [reference])
    }

    @Test func commaJoinsAndAliases() throws {
        let parsed = try select("select 1 from sales s, listing as l, event")
        #expect(parsed?.from == [A.table("sales", alias: "s"), A.table("listing", alias: "l"), A.table("event")])
    }

    @Test func parenthesisedJoinNestsOnTheRight() throws {
        let parsed = try select("select 1 from a join (b join c on true) on true")
        let yes = JoinCondition.on(A.expr(.literal(.boolean(true))))
        let inner = TableReference.join(Join(kind: .inner, left: A.table("b"), right: A.table("c"), condition: yes,
                                             location: A.here))
        #expect(parsed?.from == [.join(Join(kind: .inner, left: A.table("a"), right: inner, condition: yes,
                                            location: A.here))])
    }

    @Test func subqueriesInFromWithAndWithoutAliases() throws {
        let inner = A.query(.select(A.select([A.item(A.col("a"))], from: [A.table("t")])))
        let aliased = try select("select x from (select a from t) as s (x)")
        #expect(aliased?.from == [.subquery(inner, alias: TableAlias(name: A.id("s"), columns: [A.id("x")]),
                                            location: A.here)])
        let bare = try select("select a from (select a from t)")
        #expect(bare?.from == [.subquery(inner, alias: nil, location: A.here)])
    }

    @Test func intersectBindsTighterThanUnionAndExcept() throws {
        let query = try Parse.query("select 1 union select 2 intersect select 3 except all select 4 minus select 5")
        func one(_ value: Int64) -> QueryBody { .select(A.select([A.item(A.int(value))])) }
        func op(_ kind: SetOperator, _ all: Bool, _ left: QueryBody, _ right: QueryBody) -> QueryBody {
            .setOperation(SetOperation(op: kind, all: all, left: left, right: right, location: A.here))
        }
        let union = op(.union, false, one(1), op(.intersect, false, one(2), one(3)))
        #expect(query?.body == op(.except, false, op(.except, true, union, one(4)), one(5)))
    }

    @Test func parenthesesAloneDoNotChangeTheTree() throws {
        #expect(try Parse.query("((select 1) union (select 2))") == Parse.query("select 1 union select 2"))
        let nested = try Parse.query("(select 1 order by 1) union select 2")
        guard case .setOperation(let operation) = nested?.body else {
            Issue.record("expected a set operation")
            return
        }
        var inner = A.query(.select(A.select([A.item(A.int(1))])))
        inner.orderBy = [A.order(A.int(1))]
        #expect(operation.left == .nested(inner))
    }

    @Test func withClauseWithColumnListsAndRecursion() throws {
        let query = try Parse.query("with recursive r (n) as (select 1), s as (select 2) select n from r")
        #expect(query?.with == WithClause(recursive: true, tables: [
            CommonTableExpression(name: A.id("r"), columns: [A.id("n")],
                                  query: A.query(.select(A.select([A.item(A.int(1))])))),
            CommonTableExpression(name: A.id("s"), columns: [],
                                  query: A.query(.select(A.select([A.item(A.int(2))])))),
        ]))
    }

    @Test func selectIntoCreatesATable() throws {
        #expect(try select("select a into temp table t2 from t")?.into
            == SelectInto(temporary: true, table: A.name("t2")))
    }

    @Test func reservedWordsAreNotAliasesButNonReservedKeywordsAre() throws {
        #expect(try select("select a from t left join u on true")?.from.count == 1)
        #expect(try select("select a date from t")?.items == [A.item(A.col("a"), as: "date")])
        #expect(try select("select 1 as from")?.items == [A.item(A.int(1), as: "from")])
    }
}
