import Testing
@testable import Warehouse

struct UtilityParserTests {
    private typealias A = AST

    @Test(arguments: [
        ("begin", TransactionCommand.begin), ("BEGIN TRANSACTION", .begin), ("begin work", .begin),
        ("start transaction", .begin), ("commit", .commit), ("end", .commit), ("end transaction", .commit),
        ("rollback", .rollback), ("abort work", .rollback),
    ])
    func transactionCommands(sql: String, command: TransactionCommand) throws {
        #expect(try Parse.statement(sql) == .transaction(command))
    }

    @Test func setResetAndShow() throws {
        #expect(try Parse.statement("set search_path to public, '$user'")
            == .set(SetVariable(name: "search_path", values: [.word("public"), .string("$user")], isLocal: false)))
        #expect(try Parse.statement("SET SESSION statement_timeout = -1")
            == .set(SetVariable(name: "statement_timeout", values: [.number("-1")], isLocal: false)))
        #expect(try Parse.statement("set local x to default") == .set(SetVariable(name: "x", values: nil, isLocal: true)))
        #expect(try Parse.statement("set time zone 'UTC'")
            == .set(SetVariable(name: "timezone", values: [.string("UTC")], isLocal: false)))
        #expect(try Parse.statement("reset query_group") == .reset("query_group"))
        #expect(try Parse.statement("show all") == .show("all"))
    }

    @Test func explainWrapsAnExplainableStatement() throws {
        let inner = try Parser.parseStatement("select 1")
        #expect(try Parse.statement("explain verbose select 1") == .explain(Explain(verbose: true, statement: inner)))
    }

    @Test func vacuumVariants() throws {
        #expect(try Parse.statement("vacuum") == .vacuum(Vacuum(mode: nil, table: nil, toPercent: nil, boost: false)))
        #expect(try Parse.statement("vacuum sort only sales to 75 percent boost")
            == .vacuum(Vacuum(mode: .sortOnly, table: A.name("sales"), toPercent: 75, boost: true)))
        #expect(try Parse.statement("vacuum delete only")
            == .vacuum(Vacuum(mode: .deleteOnly, table: nil, toPercent: nil, boost: false)))
        #expect(try Parse.statement("vacuum reindex listing")
            == .vacuum(Vacuum(mode: .reindex, table: A.name("listing"), toPercent: nil, boost: false)))
    }

    @Test func analyzeVariants() throws {
        #expect(try Parse.statement("analyze verbose sales (a, b) predicate columns")
            == .analyze(Analyze(verbose: true, table: A.name("sales"), columns: [A.id("a"), A.id("b")],
                                predicateColumns: true)))
        #expect(try Parse.statement("analyze all columns")
            == .analyze(Analyze(verbose: false, table: nil, columns: [], predicateColumns: false)))
        #expect(try Parse.statement("analyze compression sales (a) comprows 1000")
            == .analyzeCompression(AnalyzeCompression(table: A.name("sales"), columns: [A.id("a")], compRows: 1000)))
    }

    @Test func grantAndRevoke() throws {
        #expect(try Parse.statement("grant select, insert on table t to bob, group g, public with grant option")
            == .grant(Grant(privileges: ["select", "insert"], target: .tables([A.name("t")]),
                            grantees: [.user(A.id("bob")), .group(A.id("g")), .publicGroup], withGrantOption: true)))
        #expect(try Parse.statement("revoke all privileges on all tables in schema s from bob cascade")
            == .revoke(Revoke(grantOptionFor: false, privileges: ["all"], target: .allTablesInSchema([A.id("s")]),
                              grantees: [.user(A.id("bob"))], behavior: .cascade)))
    }
}
