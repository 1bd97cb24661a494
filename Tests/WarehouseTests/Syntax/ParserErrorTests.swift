import Testing
@testable import Warehouse

/// Messages and positions checked against PostgreSQL 15's parser where Redshift shares its grammar.
struct ParserErrorTests {
    @Test(arguments: [
        ("selec 1", #"syntax error at or near "selec""#, 1),
        ("select * form t", #"syntax error at or near "form""#, 10),
        ("select * FORM t", #"syntax error at or near "FORM""#, 10),
        ("select 1 +", "syntax error at end of input", 11),
        ("select a from t where  ", "syntax error at end of input", 24),
        ("select a from t where a = = 1", #"syntax error at or near "=""#, 27),
        ("select (1", "syntax error at end of input", 10),
        ("select 1)", #"syntax error at or near ")""#, 9),
        ("select a, from t", #"syntax error at or near "from""#, 11),
        ("select a from t order a", #"syntax error at or near "a""#, 23),
        ("select a from t group a", #"syntax error at or near "a""#, 23),
        ("select count(*", "syntax error at end of input", 15),
        ("select case when 1 then 2", "syntax error at end of input", 26),
        ("select cast(a as) from t", #"syntax error at or near ")""#, 17),
        ("select a from t join u", "syntax error at end of input", 23),
        ("select 1 < 2 < 3", #"syntax error at or near "<""#, 14),
        ("select a from t where a between 1", "syntax error at end of input", 34),
        ("select a from t where a in 1", #"syntax error at or near "1""#, 28),
        ("create table t (a int", "syntax error at end of input", 22),
        ("create table t (a)", "syntax error at end of input", 19),
        ("insert into t valuse (1)", #"syntax error at or near "valuse""#, 15),
        ("update t a = 1", #"syntax error at or near "=""#, 12),
        ("drop tabel t", #"syntax error at or near "tabel""#, 6),
        ("with x as select 1 select 1", #"syntax error at or near "select""#, 11),
        ("select 'a' 'b'", #"syntax error at or near "'b'""#, 12),
        ("select a from t t2 t3", #"syntax error at or near "t3""#, 20),
        ("select a from t;\nselec 2", #"syntax error at or near "selec""#, 18),
        ("select $1", #"syntax error at or near "$""#, 8),
        ("select 1 ? 2", #"syntax error at or near "?""#, 10),
        ("vacuum to 5 percent", #"syntax error at or near "to""#, 8),
        ("copy t from 's3://b' iam_role default bogus", #"syntax error at or near "bogus""#, 39),
        ("copy t from 's3://b' maxerror 'x'", #"syntax error at or near "'x'""#, 31),
        ("copy t from 's3://b' with gzip", #"syntax error at or near "with""#, 22),
        ("create table t (a int) diststyle bogus", #"syntax error at or near "bogus""#, 34),
        ("explain create table t (a int)", #"syntax error at or near "create""#, 9),
        ("select é from", "syntax error at end of input", 14),
        ("select ((select 1) + )", #"syntax error at or near ")""#, 22),
        ("select extract(from x)", #"syntax error at or near "from""#, 16),
        ("select sum(a) over (partition a)", #"syntax error at or near "a""#, 31),
        ("select a is not distinct b", #"syntax error at or near "b""#, 26),
        ("select a from t left u", #"syntax error at or near "u""#, 22),
        ("select a from t cross u", #"syntax error at or near "u""#, 23),
        ("create or view v as select 1", #"syntax error at or near "view""#, 11),
        ("insert into t default value", #"syntax error at or near "value""#, 23),
        ("create schema if not s", #"syntax error at or near "s""#, 22),
        ("create table if not t (a int)", #"syntax error at or near "t""#, 21),
        ("grant select on all tables in t to u", #"syntax error at or near "t""#, 31),
        ("start work", #"syntax error at or near "work""#, 7),
        ("set x to -abc", #"syntax error at or near "abc""#, 11),
        ("select 1 ` 2", #"syntax error at or near "`""#, 10),
    ])
    func syntaxErrors(sql: String, message: String, position: Int) {
        #expect(Parse.error(sql) == SQLError(SQLState.syntaxError, message, position: position))
    }

    @Test func deepNestingFailsWithStackDepthLimitExceeded() {
        for text in [String(repeating: "(", count: 10_000), "select " + String(repeating: "(", count: 10_000) + "1",
                     "select " + String(repeating: "- ", count: 10_000) + "1",
                     "select " + String(repeating: "not ", count: 10_000) + "true",
                     "select * from " + String(repeating: "(", count: 10_000) + "t",
                     String(repeating: "select (", count: 5_000),
                     "select " + String(repeating: "a::int", count: 5_000),
                     "select * from t" + String(repeating: " cross join t", count: 5_000),
                     "select 1" + String(repeating: " union select 1", count: 5_000)] {
            let error = Parse.error(text)
            #expect(error?.sqlState == SQLState.statementTooComplex)
            #expect(error?.message == "stack depth limit exceeded")
        }
    }

    @Test func nestingJustUnderTheLimitParsesPrintsAndCompares() throws {
        let texts = [
            "select " + String(repeating: "(", count: 190) + "1" + String(repeating: ")", count: 190),
            String(repeating: "select (", count: 90) + "1" + String(repeating: ")", count: 90),
            "select " + (0..<190).map { "c\($0)" }.joined(separator: " || "),
        ]
        for text in texts {
            let statements = try Parser.parse(text)
            #expect(try Parser.parse(statements.map(SQLPrinter.statement).joined(separator: ";")) == statements)
        }
    }

    @Test func parseStatementWantsExactlyOne() {
        #expect(throws: SQLError(SQLState.syntaxError, "syntax error at end of input", position: 4)) {
            try Parser.parseStatement(" ; ")
        }
        // Positions count code points, as PostgreSQL does: "e" plus a combining accent is two.
        #expect(throws: SQLError(SQLState.syntaxError, "syntax error at end of input", position: 6)) {
            try Parser.parseStatement("-- e\u{301}")
        }
        #expect(throws: SQLError(SQLState.syntaxError, "cannot insert multiple commands into a prepared statement",
                                 position: 11)) {
            try Parser.parseStatement("select 1; select 2")
        }
    }

    @Test func aLoneExpressionMustEndAtTheEnd() {
        #expect(throws: SQLError(SQLState.syntaxError, #"syntax error at or near "b""#, position: 3)) {
            try Parser.parseExpression("a b")
        }
    }

    @Test func emptyTextHasNoStatements() throws {
        #expect(try Parser.parse("  -- nothing\n ;; /* here */ ").isEmpty)
    }
}
