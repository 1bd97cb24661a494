import Testing
@testable import Warehouse

/// The data-movement label of a join follows the real distribution of both inputs (scratch
/// cluster: 4 slices; a broadcast copies the inner to each, a redistribution moves rows once).
@Suite struct JoinDistributionTests {
    @Test func tablesCollocatedOnTheJoinKeyMoveNothing() throws {
        let database = try ExplainFixture.database()
        let line = try ExplainFixture.joinLine(database, "select * from sales, listing where sales.listid = listing.listid")
        #expect(line.hasPrefix("XN Merge Join DS_DIST_NONE"))
    }

    @Test func anInnerNotOnTheKeyIsRedistributedWhenTheOuterIs() throws {
        let database = try ExplainFixture.database()
        let line = try ExplainFixture.joinLine(database, "select * from sales join listing on sales.listid = listing.sellerid")
        #expect(line.hasPrefix("XN Hash Join DS_DIST_INNER"))
    }

    @Test func aSmallInnerIsBroadcastRatherThanRedistributingALargeOuter() throws {
        let database = try ExplainFixture.database()
        // SALES (300 rows, keyed on listid) to EVENT (20 rows, keyed on eventid): 80 copies beat 300 moves.
        let line = try ExplainFixture.joinLine(database, "select * from sales, event where sales.eventid = event.eventid")
        #expect(line.hasPrefix("XN Hash Join DS_BCAST_INNER"))
    }

    @Test func theOuterIsRedistributedWhenTheInnerIsOnTheKeyAndTooLargeToBroadcast() throws {
        let database = try ExplainFixture.database()
        // EVENBIG (300) to LISTING (100, keyed on listid): 300 moves beat 400 copies.
        let line = try ExplainFixture.joinLine(database, "select * from evenbig join listing on evenbig.a = listing.listid")
        #expect(line.hasPrefix("XN Hash Join DS_DIST_OUTER"))
    }

    @Test func anAllInnerNeedsNoMovement() throws {
        let database = try ExplainFixture.database()
        let line = try ExplainFixture.joinLine(database, "select * from event, category where event.catid = category.catid")
        #expect(line.hasPrefix("XN Hash Join DS_DIST_ALL_NONE"))
    }

    @Test func anAllOuterSendsTheInnerToOneSlice() throws {
        let database = try ExplainFixture.database()
        _ = try database.execute("create table bigall (a int) diststyle all")
        try ExplainFixture.insert(database, "bigall", count: 50) { "(\($0))" }
        _ = try database.execute("analyze bigall")
        let line = try ExplainFixture.joinLine(database, "select * from bigall join evensmall on bigall.a = evensmall.a")
        #expect(line.hasPrefix("XN Hash Join DS_DIST_ALL_INNER"))
    }

    @Test func evenTablesAreBothRedistributedUnlessOneIsSmall() throws {
        let database = try ExplainFixture.database()
        let similar = try ExplainFixture.joinLine(database, "select * from evenbig, evenmid where evenbig.b = evenmid.a")
        #expect(similar.hasPrefix("XN Hash Join DS_DIST_BOTH"))
        let small = try ExplainFixture.joinLine(database, "select * from evenbig, evensmall where evenbig.b = evensmall.a")
        #expect(small.hasPrefix("XN Hash Join DS_BCAST_INNER"))
    }

    @Test func aCrossJoinBroadcastsItsInner() throws {
        let database = try ExplainFixture.database()
        let line = try ExplainFixture.joinLine(database, "select * from evenbig, evensmall")
        #expect(line.hasPrefix("XN Nested Loop DS_BCAST_INNER"))
    }

    @Test func alteringTheDistributionChangesTheLabel() throws {
        let database = try ExplainFixture.database()
        let query = "select * from sales, event where sales.eventid = event.eventid"
        #expect(try ExplainFixture.joinLine(database, query).hasPrefix("XN Hash Join DS_BCAST_INNER"))
        _ = try database.execute("alter table sales alter distkey eventid")
        #expect(try ExplainFixture.joinLine(database, query).hasPrefix("XN Hash Join DS_DIST_NONE"))
        _ = try database.execute("alter table event alter diststyle all")
        #expect(try ExplainFixture.joinLine(database, query).hasPrefix("XN Hash Join DS_DIST_ALL_NONE"))
    }

    @Test func broadcastsCostMillionsWhereCollocatedJoinsCostLittle() throws {
        let database = try ExplainFixture.database()
        let moved = try ExplainFixture.joinLine(database, "select * from sales, event where sales.eventid = event.eventid")
        let local = try ExplainFixture.joinLine(database, "select * from event, category where event.catid = category.catid")
        // 20 EVENT rows copied to 4 slices at 10,000 a row, on top of the scans and the hash join.
        #expect(moved.contains("(cost=0.20..800006.95 rows=300 width=74)"))
        #expect(local.contains("(cost=0.10..0.55 rows=20 width=82)"))
    }
}
