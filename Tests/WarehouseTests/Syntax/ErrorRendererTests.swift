import Testing
@testable import Warehouse

/// Expected texts are psql 15's output for the same statements.
struct ErrorRendererTests {
    private func render(_ sql: String) -> String? {
        Parse.error(sql).map { ErrorRenderer.render($0, statement: sql) }
    }

    @Test func shortLineGetsTheLineAndACaret() {
        #expect(render("select * form t") == """
            ERROR:  syntax error at or near "form"
            LINE 1: select * form t
                             ^

            """)
    }

    @Test func endOfInputPutsTheCaretPastTheLastCharacter() {
        #expect(render("select 1 +") == """
            ERROR:  syntax error at end of input
            LINE 1: select 1 +
                              ^

            """)
    }

    @Test func lexerErrorsPointAtTheOpeningQuote() {
        #expect(render("select 'abc") == """
            ERROR:  unterminated quoted string at or near "'abc"
            LINE 1: select 'abc
                           ^

            """)
        #expect(render("select 1 /* abc") == """
            ERROR:  unterminated /* comment at or near "/* abc"
            LINE 1: select 1 /* abc
                             ^

            """)
    }

    @Test func caretCountsCharactersNotBytes() {
        #expect(render("select 'é' + from") == """
            ERROR:  syntax error at or near "from"
            LINE 1: select 'é' + from
                                 ^

            """)
    }

    @Test func laterLinesAreNumberedAndTabsShownAsSpaces() {
        #expect(render("select 1,\n\t2,\r\n  3 frm t") == """
            ERROR:  syntax error at or near "t"
            LINE 3:   3 frm t
                            ^

            """)
    }

    @Test func carriageReturnsEndLinesAndEachTabIsOneSpace() {
        let error = SQLError(SQLState.undefinedColumn, #"column "frm" does not exist"#, position: 13)
        #expect(ErrorRenderer.render(error, statement: "select 1\r+ \rfrm\r") == """
            ERROR:  column "frm" does not exist
            LINE 3: frm
                    ^

            """)
        var tabbed = error
        tabbed.position = 12
        #expect(ErrorRenderer.render(tabbed, statement: "select\t1\t+\t\tfrm") == """
            ERROR:  column "frm" does not exist
            LINE 1: select 1 +  frm
                               ^

            """)
    }

    @Test func longLinesAreCutAroundTheError() {
        let both = "select aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd, eeeeeeeeee, ffffffffff, gggggggggg, "
            + "hhhhhhhhhh, iiiiiiiiii from t where x = = 1 and yyyyyyyyyyyyy = 3 and zzzzzzzzzzzzzzz = 4"
        #expect(render(both) == """
            ERROR:  syntax error at or near "="
            LINE 1: ...gggggggg, hhhhhhhhhh, iiiiiiiiii from t where x = = 1 and yy...
                                                                         ^

            """)
        let left = "select aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd, eeeeeeeeee, ffffffffff, gggggggggg, "
            + "hhhhhhhhhh, iiiiiiiiii from t where x = = 1"
        #expect(render(left) == """
            ERROR:  syntax error at or near "="
            LINE 1: ...fff, gggggggggg, hhhhhhhhhh, iiiiiiiiii from t where x = = 1
                                                                                ^

            """)
        let right = "select 1 from t where a = 1 and\nb = = 2 and "
            + String(repeating: "c", count: 71) + " = 3"
        #expect(render(right) == """
            ERROR:  syntax error at or near "="
            LINE 2: b = = 2 and cccccccccccccccccccccccccccccccccccccccccccccccc...
                        ^

            """)
    }

    @Test func detailAndHintFollowTheCaret() {
        let error = SQLError(SQLState.syntaxError, "subquery in FROM must have an alias",
                             detail: "Some detail.", hint: "For example, FROM (SELECT ...) [AS] foo.", position: 15)
        #expect(ErrorRenderer.render(error, statement: "select a from (select 1)") == """
            ERROR:  subquery in FROM must have an alias
            LINE 1: select a from (select 1)
                                  ^
            DETAIL:  Some detail.
            HINT:  For example, FROM (SELECT ...) [AS] foo.

            """)
    }

    @Test func noPositionOrAPositionPastTheTextMeansNoLine() {
        let error = SQLError(SQLState.undefinedTable, #"relation "t" does not exist"#)
        #expect(ErrorRenderer.render(error, statement: "select * from t") == "ERROR:  relation \"t\" does not exist\n")
        var outside = error
        outside.position = 40
        #expect(ErrorRenderer.render(outside, statement: "select * from t") == "ERROR:  relation \"t\" does not exist\n")
    }
}
