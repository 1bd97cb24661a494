import Testing
@testable import Warehouse

/// The printer's contract: printing any parsed statement gives text that parses to an equal tree,
/// and printing that tree again gives the same text.
struct RoundTripTests {
    @Test func corpusIsLargeEnough() {
        #expect(SQLCorpus.all.count >= 300)
    }

    @Test(arguments: SQLCorpus.all)
    func printedStatementParsesToEqualTree(_ sql: String) throws {
        let statements = try Parser.parse(sql)
        #expect(statements.count == 1)
        for statement in statements {
            let printed = SQLPrinter.statement(statement)
            let reparsed = try Parser.parse(printed)
            #expect(reparsed == [statement], "printed: \(printed)")
            #expect(reparsed.map(SQLPrinter.statement) == [printed])
        }
    }

    @Test func longChainsPrintFlat() throws {
        let sql = "select " + (0..<2_000).map { "a = \($0)" }.joined(separator: " or ") + ", "
            + (0..<40).map { "c\($0)" }.joined(separator: " + ")
        let statement = try Parser.parseStatement(sql)
        let printed = SQLPrinter.statement(statement)
        #expect(!printed.contains("(("))
        #expect(try Parser.parseStatement(printed) == statement)
    }
}
