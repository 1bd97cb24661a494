import Testing
@testable import Warehouse

struct ExpressionParserTests {
    private typealias A = AST

    @Test func arithmeticFollowsPostgreSQLPrecedenceAndAssociativity() throws {
        #expect(try Parse.expression("1 + 2 * 3") == A.bin(.add, A.int(1), A.bin(.multiply, A.int(2), A.int(3))))
        #expect(try Parse.expression("1 - 2 - 3") == A.bin(.subtract, A.bin(.subtract, A.int(1), A.int(2)), A.int(3)))
        #expect(try Parse.expression("2 ^ 3 ^ 2") == A.bin(.power, A.bin(.power, A.int(2), A.int(3)), A.int(2)))
        #expect(try Parse.expression("(1 + 2) * 3") == A.bin(.multiply, A.bin(.add, A.int(1), A.int(2)), A.int(3)))
        #expect(try Parse.expression("a || b + c") == A.bin(.concatenate, A.col("a"), A.bin(.add, A.col("b"), A.col("c"))))
        #expect(try Parse.expression("a || b = c") == A.bin(.equal, A.bin(.concatenate, A.col("a"), A.col("b")), A.col("c")))
    }

    @Test func booleanOperatorsBindLooserThanComparisons() throws {
        let a = A.bin(.equal, A.col("a"), A.int(1))
        let b = A.bin(.notEqual, A.col("b"), A.int(2))
        let c = A.bin(.less, A.col("c"), A.int(3))
        #expect(try Parse.expression("a = 1 or b != 2 and c < 3") == A.expr(.logical(.or, [a, A.expr(.logical(.and, [b, c]))])))
        #expect(try Parse.expression("not a = 1 and c < 3") == A.expr(.logical(.and, [A.expr(.unary(.not, a)), c])))
    }

    @Test func chainsOfAndOrFlattenIntoOneList() throws {
        let a = A.col("a"), b = A.col("b"), c = A.col("c"), d = A.col("d")
        #expect(try Parse.expression("a and b and c") == A.expr(.logical(.and, [a, b, c])))
        #expect(try Parse.expression("(a or b) or c or d") == A.expr(.logical(.or, [a, b, c, d])))
        #expect(try Parse.expression("a or (b or c)") == A.expr(.logical(.or, [a, A.expr(.logical(.or, [b, c]))])))
        let long = (0..<10_000).map { "x = \($0)" }.joined(separator: " or ")
        guard case .logical(.or, let items) = try Parse.expression(long).kind else {
            Issue.record("expected an OR list")
            return
        }
        #expect(items.count == 10_000)
    }

    @Test func otherOperatorChainsCountTowardsTheDepthLimit() throws {
        let sum = (0..<150).map { "c\($0)" }.joined(separator: " + ")
        #expect(throws: Never.self) { try Parse.expression(sum) }
        let long = (0..<10_000).map { "c\($0)" }.joined(separator: " || ")
        #expect(Parse.error("select " + long)?.message == "stack depth limit exceeded")
    }

    @Test func unaryMinusBindsTighterThanPowerButLooserThanCast() throws {
        let cast = A.expr(.cast(A.col("a"), A.type("int")))
        #expect(try Parse.expression("-a::int") == A.expr(.unary(.minus, cast)))
        #expect(try Parse.expression("-2 ^ 2") == A.bin(.power, A.expr(.unary(.minus, A.int(2))), A.int(2)))
    }

    @Test func literals() throws {
        #expect(try Parse.expression("42") == A.int(42))
        #expect(try Parse.expression("9223372036854775808") == A.num("9223372036854775808"))
        #expect(try Parse.expression("1.50") == A.num("1.50"))
        #expect(try Parse.expression("1e3") == A.num("1e3"))
        #expect(try Parse.expression("'x'") == A.str("x"))
        #expect(try Parse.expression("TRUE") == A.expr(.literal(.boolean(true))))
        #expect(try Parse.expression("null") == A.expr(.literal(.null)))
        #expect(try Parse.expression("DATE '2008-01-01'") == A.expr(.literal(.typed(A.type("date"), "2008-01-01"))))
        #expect(try Parse.expression("interval '1 day'") == A.expr(.literal(.typed(A.type("interval"), "1 day"))))
        #expect(try Parse.expression("timestamp with time zone '2008-01-01 00:00'")
            == A.expr(.literal(.typed(A.type("timestamp", "with", "time", "zone"), "2008-01-01 00:00"))))
    }

    @Test func typeNamesKeepTheirWordsAndModifiers() throws {
        #expect(try Parse.expression("cast(a as character varying(256))")
            == A.expr(.cast(A.col("a"), A.type("character", "varying", modifiers: [.number(256)]))))
        #expect(try Parse.expression("a::numeric(18,2)")
            == A.expr(.cast(A.col("a"), A.type("numeric", modifiers: [.number(18), .number(2)]))))
        #expect(try Parse.expression("a::double precision") == A.expr(.cast(A.col("a"), A.type("double", "precision"))))
        #expect(try Parse.expression("a::timestamp without time zone")
            == A.expr(.cast(A.col("a"), A.type("timestamp", "without", "time", "zone"))))
        #expect(try Parse.expression("a::VARCHAR(MAX)") == A.expr(.cast(A.col("a"), A.type("varchar", modifiers: [.max]))))
        #expect(try Parse.expression("convert(int, a)") == A.expr(.cast(A.col("a"), A.type("int"))))
    }

    @Test func columnReferencesHaveUpToFourParts() throws {
        #expect(try Parse.expression("a") == A.col("a"))
        #expect(try Parse.expression("T.A") == A.col("t", "a"))
        #expect(try Parse.expression(#"s."T".a"#) == A.col("s", "T", "a"))
        #expect(try Parse.expression("d.s.t.a") == A.col("d", "s", "t", "a"))
    }

    @Test func predicates() throws {
        let a = A.col("a")
        #expect(try Parse.expression("a between 1 and 2 and b")
            == A.expr(.logical(.and, [A.expr(.between(a, low: A.int(1), high: A.int(2), negated: false, symmetric: false)),
                                      A.col("b")])))
        #expect(try Parse.expression("a not between symmetric 2 and 1")
            == A.expr(.between(a, low: A.int(2), high: A.int(1), negated: true, symmetric: true)))
        #expect(try Parse.expression("a not like 'x!%' escape '!'")
            == A.expr(.like(a, pattern: A.str("x!%"), escape: A.str("!"), kind: .like, negated: true)))
        #expect(try Parse.expression("a ilike 'x'") == A.expr(.like(a, pattern: A.str("x"), escape: nil, kind: .ilike, negated: false)))
        #expect(try Parse.expression("a similar to 'x'")
            == A.expr(.like(a, pattern: A.str("x"), escape: nil, kind: .similarTo, negated: false)))
        #expect(try Parse.expression("a !~* 'x'") == A.bin(.regexNotMatchInsensitive, a, A.str("x")))
        #expect(try Parse.expression("a in (1, 2)") == A.expr(.inList(a, [A.int(1), A.int(2)], negated: false)))
        #expect(try Parse.expression("a is not null") == A.expr(.isNull(a, negated: true)))
        #expect(try Parse.expression("a notnull") == A.expr(.isNull(a, negated: true)))
        #expect(try Parse.expression("a is unknown") == A.expr(.isTruth(a, .unknown, negated: false)))
        #expect(try Parse.expression("a is not distinct from b") == A.expr(.isDistinctFrom(a, A.col("b"), negated: true)))
        #expect(try Parse.expression("a = 1 is true") == A.expr(.isTruth(A.bin(.equal, a, A.int(1)), .true, negated: false)))
    }

    @Test func subqueryExpressions() throws {
        let inner = A.query(.select(A.select([A.item(A.col("b"))], from: [A.table("u")])))
        #expect(try Parse.expression("a in (select b from u)") == A.expr(.inSubquery(A.col("a"), inner, negated: false)))
        #expect(try Parse.expression("a = some (select b from u)") == A.expr(.quantified(A.col("a"), .equal, .any, inner)))
        #expect(try Parse.expression("a > all (select b from u)") == A.expr(.quantified(A.col("a"), .greater, .all, inner)))
        #expect(try Parse.expression("not exists (select b from u)") == A.expr(.unary(.not, A.expr(.exists(inner)))))
        #expect(try Parse.expression("(select b from u) + 1") == A.bin(.add, A.expr(.subquery(inner)), A.int(1)))
    }

    @Test func aggregateCalls() throws {
        var star = A.call("count")
        star.isStar = true
        #expect(try Parse.expression("COUNT(*)") == A.function(star))
        #expect(try Parse.expression("count(distinct x)") == A.function(A.call("count", A.col("x"), distinct: true)))
        var approximate = A.call("count", A.col("x"), distinct: true)
        approximate.isApproximate = true
        #expect(try Parse.expression("approximate count(distinct x)") == A.function(approximate))
        var listagg = A.call("listagg", A.col("x"), A.str(","))
        listagg.withinGroup = [A.order(A.col("y"), .descending)]
        #expect(try Parse.expression("listagg(x, ',') within group (order by y desc)") == A.function(listagg))
        var percentile = A.call("percentile_cont", A.num("0.5"))
        percentile.withinGroup = [A.order(A.col("y"))]
        #expect(try Parse.expression("percentile_cont(0.5) within group (order by y)") == A.function(percentile))
    }

    @Test func windowFunctions() throws {
        var sum = A.call("sum", A.col("qty"))
        sum.window = WindowSpec(partitionBy: [A.col("s")], orderBy: [A.order(A.col("d"), .ascending, .last)],
                                frame: WindowFrame(unit: .rows, start: .preceding(A.int(2)), end: .currentRow, location: A.here),
                                location: A.here)
        #expect(try Parse.expression(
            "sum(qty) over (partition by s order by d asc nulls last rows between 2 preceding and current row)")
            == A.function(sum))
        var firstValue = A.call("first_value", A.col("v"))
        firstValue.nullTreatment = .ignoreNulls
        firstValue.window = WindowSpec(partitionBy: [], orderBy: [A.order(A.col("d"))],
                                       frame: WindowFrame(unit: .rows, start: .unboundedPreceding, end: nil, location: A.here),
                                       location: A.here)
        #expect(try Parse.expression("first_value(v ignore nulls) over (order by d rows unbounded preceding)")
            == A.function(firstValue))
        #expect(try Parse.expression("first_value(v) ignore nulls over (order by d rows unbounded preceding)")
            == A.function(firstValue))
        var rank = A.call("rank")
        rank.window = WindowSpec(partitionBy: [], orderBy: [], frame: nil, location: A.here)
        #expect(try Parse.expression("rank() over ()") == A.function(rank))
    }

    @Test func specialFunctionForms() throws {
        #expect(try Parse.expression("extract(year from d)") == A.expr(.extract(field: "year", from: A.col("d"))))
        #expect(try Parse.expression("position('a' in s)") == A.expr(.position(A.str("a"), in: A.col("s"))))
        #expect(try Parse.expression("substring(s from 2 for 3)")
            == A.expr(.substring(A.col("s"), from: A.int(2), for: A.int(3))))
        #expect(try Parse.expression("substring(s, 2, 3)") == A.function(A.call("substring", A.col("s"), A.int(2), A.int(3))))
        #expect(try Parse.expression("trim(both 'x' from s)") == A.expr(.trim(.both, characters: A.str("x"), from: A.col("s"))))
        #expect(try Parse.expression("trim(s)") == A.expr(.trim(nil, characters: nil, from: A.col("s"))))
        #expect(try Parse.expression("trim(leading from s)") == A.expr(.trim(.leading, characters: nil, from: A.col("s"))))
        #expect(try Parse.expression("dateadd(month, 18, d)")
            == A.function(A.call("dateadd", A.expr(.datePart("month")), A.int(18), A.col("d"))))
        #expect(try Parse.expression("DATEDIFF(Hours, a, b)")
            == A.function(A.call("datediff", A.expr(.datePart("hours")), A.col("a"), A.col("b"))))
        #expect(try Parse.expression("convert_timezone('EST', 'PST', t)")
            == A.function(A.call("convert_timezone", A.str("EST"), A.str("PST"), A.col("t"))))
        #expect(try Parse.expression("getdate()") == A.function(A.call("getdate")))
        #expect(try Parse.expression("sysdate") == A.expr(.valueFunction(.sysdate)))
        #expect(try Parse.expression("Current_Date") == A.expr(.valueFunction(.currentDate)))
        #expect(try Parse.expression("left(s, 3)") == A.function(A.call("left", A.col("s"), A.int(3))))
        #expect(try Parse.expression("ts at time zone 'PST'") == A.expr(.atTimeZone(A.col("ts"), zone: A.str("PST"))))
    }

    @Test func caseExpressions() throws {
        #expect(try Parse.expression("case when a = 1 then 'x' else 'y' end")
            == A.expr(.caseWhen(operand: nil, branches: [CaseBranch(condition: A.bin(.equal, A.col("a"), A.int(1)),
                                                                   result: A.str("x"))], otherwise: A.str("y"))))
        #expect(try Parse.expression("case a when 1 then 'x' when 2 then 'y' end")
            == A.expr(.caseWhen(operand: A.col("a"), branches: [CaseBranch(condition: A.int(1), result: A.str("x")),
                                                                   CaseBranch(condition: A.int(2), result: A.str("y"))],
                                otherwise: nil)))
    }

    @Test func nodesCarryTheirSourcePositions() throws {
        let expression = try Parse.expression("1 +  sum(x) * 2")
        guard case .binary(_, let left, let right) = expression.kind, case .binary(_, let call, _) = right.kind else {
            Issue.record("unexpected tree \(expression)")
            return
        }
        #expect(expression.location.position == 1)
        #expect(left.location.position == 1)
        #expect(call.location.position == 6)
        #expect(call.location.byteOffset == 5)
        guard case .function(let function) = call.kind else { return }
        #expect(function.arguments[0].location.position == 10)
    }
}
