import Testing
@testable import LabCLI

@Suite struct SQLInputBufferTests {
    @Test func aStatementSpansLinesUntilItsSemicolon() {
        var buffer = SQLInputBuffer()
        #expect(buffer.append(line: "select venuename").isEmpty)
        #expect(buffer.continuation == .statement)
        #expect(buffer.append(line: "from venue;") == ["select venuename\nfrom venue;"])
        #expect(buffer.isEmpty)
        #expect(buffer.continuation == .none)
    }

    @Test func oneLineCanHoldSeveralStatementsAndTheStartOfAnother() {
        var buffer = SQLInputBuffer()
        #expect(buffer.append(line: "select 1; select 2; select") == ["select 1;", "select 2;"])
        #expect(buffer.text == " select")
        #expect(buffer.append(line: "3;") == ["select\n3;"])
    }

    @Test(arguments: [
        ("select 'a;b", SQLInputBuffer.Continuation.singleQuote),
        ("select \"odd;name", .doubleQuote),
        ("select /* a; /* nested */ still", .blockComment),
        ("select (1;", .parenthesis),
        ("select $$ body; ", .dollarQuote),
        ("select $fn$ body $$ ;", .dollarQuote),
        ("select 1 -- a comment;", .statement),
    ])
    func semicolonsInsideQuotesCommentsAndParenthesesDoNotEndAStatement(_ line: String,
                                                                        _ expected: SQLInputBuffer.Continuation) {
        var buffer = SQLInputBuffer()
        #expect(buffer.append(line: line).isEmpty)
        #expect(buffer.continuation == expected)
    }

    @Test func quotesAndCommentsCloseOnLaterLines() {
        var buffer = SQLInputBuffer()
        _ = buffer.append(line: "select 'it''s")
        #expect(buffer.continuation == .singleQuote)
        #expect(buffer.append(line: "fine'; select /*") == ["select 'it''s\nfine';"])
        #expect(buffer.continuation == .blockComment)
        #expect(buffer.append(line: "*/ 2;") == ["select /*\n*/ 2;"])
        _ = buffer.append(line: "create function f() as $body$ x; $x$ y;")
        #expect(buffer.continuation == .dollarQuote)
        #expect(buffer.append(line: "$body$;").count == 1)
    }

    @Test func backslashEscapesAQuoteInsideAString() {
        var buffer = SQLInputBuffer()
        #expect(buffer.append(line: #"select 'it\'s; fine';"#) == [#"select 'it\'s; fine';"#])
        #expect(buffer.append(line: #"select 'a\\';"#) == [#"select 'a\\';"#])
    }

    @Test func aLineCommentEndsAtTheEndOfItsLine() {
        var buffer = SQLInputBuffer()
        _ = buffer.append(line: "select 1 -- no end;")
        #expect(buffer.append(line: ";") == ["select 1 -- no end;\n;"])
    }

    @Test func dollarSignsInsideIdentifiersAreNotQuotes() {
        var buffer = SQLInputBuffer()
        #expect(buffer.append(line: "select a$b from t;") == ["select a$b from t;"])
    }

    @Test func resetForgetsTheUnfinishedText() {
        var buffer = SQLInputBuffer()
        _ = buffer.append(line: "select 'open")
        buffer.reset()
        #expect(buffer.isEmpty)
        #expect(buffer.append(line: "select 1;") == ["select 1;"])
    }

    @Test func loneSemicolonsAreDropped() {
        var buffer = SQLInputBuffer()
        #expect(buffer.append(line: ";;").isEmpty)
        #expect(buffer.isEmpty)
    }

    @Test func promptMarksFollowPsql() {
        #expect(SQLInputBuffer.Continuation.none.promptMark == "=")
        #expect(SQLInputBuffer.Continuation.statement.promptMark == "-")
        #expect(SQLInputBuffer.Continuation.parenthesis.promptMark == "(")
    }
}
