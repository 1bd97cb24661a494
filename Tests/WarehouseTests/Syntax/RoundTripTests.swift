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
}
