import Testing
@testable import Warehouse

/// EXPLAIN's text: the operator tree Redshift prints, its estimates, and what it refuses.
@Suite struct ExplainPlanTests {
    /// The operator lines without their costs, indentation kept.
    private func shape(_ lines: [String]) -> [String] {
        lines.compactMap { line in line.range(of: "  (cost=").map { String(line[..<$0.lowerBound]) } }
    }

    @Test func aGroupByIsAHashAggregateOverTheScan() throws {
        let database = try ExplainFixture.database()
        // 20 rows: scan 20 x 0.01; aggregate + 20 x 0.0025 x (1 key + 1 aggregate); 4 groups x 0.0025.
        #expect(try ExplainFixture.plan(database, "select eventname, count(*) from event group by eventname") == [
            "XN HashAggregate  (cost=0.30..0.31 rows=4 width=58)",
            "  ->  XN Seq Scan on event  (cost=0.00..0.20 rows=20 width=50)",
        ])
    }

    @Test func aFinalOrderByIsSortedOnSlicesSentToTheLeaderAndMerged() throws {
        let database = try ExplainFixture.database()
        let lines = try ExplainFixture.plan(database, """
            select eventname, sum(qty) from sales, event where sales.eventid = event.eventid
            group by eventname order by 2 desc limit 2
            """)
        #expect(shape(lines) == [
            "XN Limit",
            "  ->  XN Merge",
            "        ->  XN Network",
            "              ->  XN Sort",
            "                    ->  XN HashAggregate",
            "                          ->  XN Hash Join DS_BCAST_INNER",
            "                                ->  XN Seq Scan on sales",
            "                                ->  XN Hash",
            "                                      ->  XN Seq Scan on event",
        ])
        #expect(lines.contains("        Merge Key: sum(qty) DESC"))
        #expect(lines.contains("              Send to leader"))
        #expect(lines.contains("                    Sort Key: sum(qty) DESC"))
        #expect(lines.contains("                                Hash Cond: (\"outer\".eventid = \"inner\".eventid)"))
        #expect(lines[0].hasPrefix("XN Limit  (cost=1000"))
        #expect(lines[0].contains("rows=2 "))
    }

    @Test func derivedTablesWindowsAndSetOperationsHaveTheirSteps() throws {
        let database = try ExplainFixture.database()
        let derived = try ExplainFixture.plan(database, """
            select * from (select eventid, count(*) as n from sales group by eventid) s join event on s.eventid = event.eventid
            """)
        #expect(shape(derived).contains { $0.hasSuffix("->  XN Subquery Scan") })
        let window = try ExplainFixture.plan(database, "select a, row_number() over (partition by b order by a) from evensmall")
        #expect(shape(window) == ["XN Window", "  ->  XN Sort", "        ->  XN Seq Scan on evensmall"])
        #expect(window.contains("  Partition: b") && window.contains("  Order: a"))
        let union = try ExplainFixture.plan(database, "select a from evenbig union select a from evenmid")
        #expect(shape(union) == [
            "XN Unique", "  ->  XN Sort", "        ->  XN Append",
            "              ->  XN Subquery Scan \"*SELECT* 1\"", "                    ->  XN Seq Scan on evenbig",
            "              ->  XN Subquery Scan \"*SELECT* 2\"", "                    ->  XN Seq Scan on evenmid",
        ])
        #expect(shape(try ExplainFixture.plan(database, "select count(*) from sales")) == ["XN Aggregate", "  ->  XN Seq Scan on sales"])
    }

    @Test func filtersPrintUnderTheScanAndNarrowItsRows() throws {
        let database = try ExplainFixture.database()
        let lines = try ExplainFixture.plan(database, "select * from category where catname = 'cat 3'")
        // 10 distinct names: one row in ten kept; one comparison per row read (10 x 0.0025).
        #expect(lines == [
            "XN Seq Scan on category  (cost=0.00..0.13 rows=1 width=24)",
            "  Filter: ((catname)::text = 'cat 3'::text)",
        ])
    }

    @Test func rangesKeepTheirShareOfTheAnalyzedInterval() throws {
        let database = try ExplainFixture.database()
        // salesid runs 1...300: below 31 is a tenth of the interval, above it the rest.
        #expect(try ExplainFixture.plan(database, "select * from sales where salesid < 31")[0].contains("rows=30 "))
        #expect(try ExplainFixture.plan(database, "select * from sales where 31 < salesid")[0].contains("rows=270 "))
        #expect(try ExplainFixture.plan(database, "select * from sales where salesid < 31 and qty = 1")[0].contains("rows=8 "))
    }

    @Test func rowEstimatesFollowTheAnalyzedRowCount() throws {
        let database = try ExplainFixture.database()
        #expect(try ExplainFixture.plan(database, "select * from event")[0].contains("rows=20 "))
        try ExplainFixture.insert(database, "event", count: 30) { "(\($0 + 20), 1, 'more')" }
        // The planner reads the statistics: stale until ANALYZE runs again.
        #expect(try ExplainFixture.plan(database, "select * from event")[0].contains("rows=20 "))
        _ = try database.execute("analyze event")
        #expect(try ExplainFixture.plan(database, "select * from event")[0] == "XN Seq Scan on event  (cost=0.00..0.50 rows=50 width=58)")
    }

    @Test func aLoadedTableNeverAnalyzedIsNamedWithAWarning() throws {
        let database = try ExplainFixture.database(analyze: false)
        let result = try #require(try database.execute("explain select * from event, category where event.catid = category.catid").last)
        let lines = result.rows.map { $0[0] }
        #expect(lines.suffix(2) == [
            .string("----- Tables missing statistics: event, category -----"),
            .string("----- Update statistics by running the ANALYZE command on these tables -----"),
        ])
        #expect(result.notices.map(\.severity) == ["WARNING"])
        _ = try database.execute("analyze")
        #expect(try database.execute("explain select * from event").last?.notices == [])
    }

    @Test func theResultIsOneQueryPlanColumn() throws {
        let database = try ExplainFixture.database()
        let result = try #require(try database.execute("explain select * from event").last)
        #expect(result.columns.map(\.name) == ["QUERY PLAN"])
        #expect(result.commandTag == "EXPLAIN")
    }

    @Test func verbosePrintsTheNodeTreeBeforeThePlan() throws {
        let database = try ExplainFixture.database()
        let lines = try ExplainFixture.plan(database, "verbose select * from event, category where event.catid = category.catid")
        #expect(lines.first == "   {HASHJOIN")
        #expect(lines.contains("   :dist_info DS_DIST_ALL_NONE"))
        #expect(lines.contains("   :targetlist (eventid, catid, eventname, catid, catname)"))
        #expect(lines.contains("      {SEQSCAN"))
        #expect(lines.last == "        ->  XN Seq Scan on category  (cost=0.00..0.10 rows=10 width=24)")
    }

    @Test func dmlIsExplainedWithoutRunning() throws {
        let database = try ExplainFixture.database()
        let delete = try ExplainFixture.plan(database, "delete from sales where qty = 1")
        #expect(delete.first?.hasPrefix("XN Seq Scan on sales") == true)
        #expect(delete.contains("  Filter: (qty = 1)"))
        let update = try ExplainFixture.plan(database, "update sales set qty = 0 from event where sales.eventid = event.eventid")
        #expect(shape(update).first == "XN Hash Join DS_BCAST_INNER")
        #expect(try ExplainFixture.plan(database, "insert into evensmall select a, b from evenbig").first?.hasPrefix("XN Seq Scan on evenbig") == true)
        #expect(try ExplainFixture.plan(database, "insert into evensmall values (1, 2)").first?.hasPrefix("XN Result") == true)
        #expect(try ExplainFixture.plan(database, "create table copy as select * from event").first?.hasPrefix("XN Seq Scan on event") == true)
        #expect(try ExplainFixture.plan(database, "select * into copy2 from event").first?.hasPrefix("XN Seq Scan on event") == true)
        #expect(try database.execute("select count(*) from sales").last?.rows == [[.bigint(300)]])
        #expect(try database.execute("select count(*) from sales where qty = 0").last?.rows == [[.bigint(75)]])
        #expect(try database.execute("select count(*) from evensmall").last?.rows == [[.bigint(2)]])
        #expect(throws: SQLError.self) { _ = try database.execute("select * from copy") }
    }

    @Test func statementsOtherThanQueriesAndDMLCannotBeExplained() throws {
        let database = try ExplainFixture.database()
        for statement in ["create table x (a int)", "drop table sales", "vacuum sales", "analyze sales", "truncate sales"] {
            do {
                _ = try database.execute("explain " + statement)
                Issue.record("explained \(statement)")
            } catch {
                #expect(error.sqlState == "42601")
                #expect(error.message.hasPrefix("syntax error at or near"))
            }
        }
        #expect(throws: SQLError.self) { _ = try database.execute("explain create table event as select 1") }
        #expect(throws: SQLError.self) { _ = try database.execute("explain select * from missing") }
    }
}

extension ExplainPlanTests {
    @Test func estimatesTooLargeToCountStayPrintable() throws {
        let database = try ExplainFixture.database()
        let lines = try ExplainFixture.plan(database, "select * from sales a, sales b, sales c, sales d, sales e, sales f, sales g, sales h")
        #expect(lines[0].hasPrefix("XN Nested Loop DS_BCAST_INNER"))
        #expect(ExplainNode(name: "", tag: "", startupCost: 0, totalCost: .infinity, rows: 1e30, width: 1).lines()
            == ["  (cost=0.00..900000000000000.00 rows=9000000000000000000 width=1)"])
    }
}
