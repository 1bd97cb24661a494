import Testing
@testable import Warehouse

struct SQLPrinterTests {
    private func printed(_ sql: String) throws -> String {
        SQLPrinter.statement(try Parser.parseStatement(sql))
    }

    @Test func canonicalQueryText() throws {
        #expect(try printed("select distinct top 5 a x, t.* from s.t join u using (id) where a<>1 order by 1 desc limit 10")
            == "SELECT DISTINCT TOP 5 a AS x, t.* FROM s.t JOIN u USING (id) WHERE a <> 1 ORDER BY 1 DESC LIMIT 10")
        #expect(try printed("select a from t minus (select a from u union all select a from v)")
            == "SELECT a FROM t EXCEPT (SELECT a FROM u UNION ALL SELECT a FROM v)")
    }

    @Test func compoundOperandsAreParenthesised() throws {
        #expect(try printed("select 1 + 2 * 3, (1 + 2) * 3, - -a, a - -1, not a = b and c")
            == "SELECT 1 + (2 * 3), (1 + 2) * 3, -(-a), a - (-1), (NOT (a = b)) AND c")
    }

    @Test func negativeConstantsFromOtherStagesStayReadable() throws {
        let folded = AST.bin(.subtract, AST.col("a"), AST.int(-1))
        #expect(SQLPrinter.expression(folded) == "a - (-1)")
        #expect(try Parser.parseExpression(SQLPrinter.expression(folded))
            == AST.bin(.subtract, AST.col("a"), AST.expr(.unary(.minus, AST.int(1)))))
    }

    @Test func identifiersAreQuotedOnlyWhenTheyMustBe() throws {
        #expect(try printed(#"select "date".caldate, "From", "select", "a""b", "Total", #t.x from date, #t"#)
            == #"SELECT date.caldate, "From", "select", "a""b", "Total", #t.x FROM date, #t"#)
        #expect(try printed(#"vacuum "boost" boost"#) == #"VACUUM "boost" BOOST"#)
        #expect(try printed(#"select "extract"(a), left(b, 1) from t"#) == #"SELECT "extract"(a), left(b, 1) FROM t"#)
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
        #expect(SQLPrinter.stringLiteral("it's a\\b\u{0}\u{1b}\n") == "'it''s a\\\\b\\000\\033\n'")
    }

    @Test func specialFormsAndTypes() throws {
        #expect(try printed("select x::varchar(max), convert(numeric(18,2), y), extract(epoch from z), trim(both from w)")
            == "SELECT CAST(x AS varchar(max)), CAST(y AS numeric(18,2)), EXTRACT(epoch FROM z), TRIM(BOTH FROM w)")
        #expect(try printed("select dateadd(month, 1, d), timestamp with time zone '2008-01-01'")
            == "SELECT dateadd(month, 1, d), timestamp with time zone '2008-01-01'")
    }

    @Test func statementsWithOptions() throws {
        #expect(try printed("create table t (a int encode az64 distkey) backup no compound sortkey (a)")
            == "CREATE TABLE t (a int ENCODE az64 DISTKEY) BACKUP NO COMPOUND SORTKEY (a)")
        #expect(try printed("copy t from 's3://b' iam_role default format csv null as '' maxfilesize 5 mb")
            == "COPY t FROM 's3://b' IAM_ROLE DEFAULT FORMAT AS CSV NULL AS '' MAXFILESIZE 5 MB")
    }
}
