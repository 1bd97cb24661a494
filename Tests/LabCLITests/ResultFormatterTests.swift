import Testing
import Warehouse
@testable import LabCLI

@Suite struct ResultFormatterTests {
    func result(_ sql: String) throws -> StatementResult {
        let database = Database()
        return try #require(try database.execute(sql).last)
    }

    @Test func alignedCentresHeadersRightAlignsNumbersAndCountsRows() throws {
        let text = ResultFormatter().render(try result(
            "select 1 as n, 'left' as word, 2.50 as amount, null as nothing union all select 100, 'x', -1, null order by n"))
        #expect(text == """
              n  | word | amount | nothing 
            -----+------+--------+---------
               1 | left |   2.50 | 
             100 | x    |  -1.00 | 
            (2 rows)


            """)
    }

    @Test func multiLineValuesContinueWithAPlus() throws {
        let text = ResultFormatter().render(try result("select 'x\nyy' as a, 1 as b, 'p\nq' as d"))
        #expect(text == " a  | b | d \n----+---+---\n x +| 1 | p+\n yy |   | q\n(1 row)\n\n")
    }

    @Test func oneRowAndNoRowsFooters() throws {
        #expect(ResultFormatter().render(try result("select 'a' as x")).hasSuffix("(1 row)\n\n"))
        #expect(ResultFormatter().render(try result("select 1 as x where false")) == " x \n---\n(0 rows)\n\n")
    }

    @Test func tuplesOnlyKeepsThePaddingButDropsHeaderAndFooter() throws {
        let text = ResultFormatter(tuplesOnly: true).render(try result("select 7 as total, 'abc' as s"))
        #expect(text == "     7 | abc\n\n")
    }

    @Test func commandsPrintTheirTag() throws {
        let database = Database()
        let results = try database.execute("create table t (a int); insert into t values (1)")
        #expect(results.map { ResultFormatter().render($0) } == ["CREATE TABLE\n", "INSERT 0 1\n"])
        #expect(ResultFormatter(format: .json).render(results[0]).isEmpty)
    }

    @Test func csvQuotesWhatItMustAndLeavesNullEmpty() throws {
        let text = ResultFormatter(format: .csv).render(try result(
            "select 'plain' as a, 'x,y' as b, 'say \"hi\"' as c, null as d, true as e, '' as f"))
        #expect(text == "a,b,c,d,e,f\nplain,\"x,y\",\"say \"\"hi\"\"\",,t,\n")
    }

    @Test func jsonKeepsColumnOrderAndTypes() throws {
        let text = ResultFormatter(format: .json).render(try result("select 1 as id, 'a\\tb' as s, 1.50 as d, false as f, null as z"))
        #expect(text == "[\n  {\"id\": 1, \"s\": \"a\\tb\", \"d\": 1.50, \"f\": false, \"z\": null}\n]\n")
    }
}
