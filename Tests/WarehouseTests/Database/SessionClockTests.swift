import Foundation
import Synchronization
import Testing
@testable import Warehouse

/// GETDATE, SYSDATE and CURRENT_DATE read the clock the Database's owner sets: GETDATE at each
/// statement's start, SYSDATE and CURRENT_DATE at the transaction's.
@Suite struct SessionClockTests {
    /// A clock the test moves by hand.
    final class ManualClock: Sendable {
        private let now = Mutex(Date(timeIntervalSince1970: 1_228_407_043))
        func read() -> Date { now.withLock { $0 } }
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
    }

    func text(_ database: Database, _ sql: String) throws -> String {
        try #require(try database.execute(sql).last?.rows.first?.first).text
    }

    @Test func statementsReadTheOwnersClock() throws {
        let clock = ManualClock()
        let database = Database()
        database.clock = { clock.read() }
        #expect(try text(database, "select getdate()") == "2008-12-04 16:10:43")
        clock.advance(86_400)
        #expect(try text(database, "select getdate()") == "2008-12-05 16:10:43")
        #expect(try text(database, "select current_date") == "2008-12-05")
        #expect(try text(database, "select sysdate") == "2008-12-05 16:10:43")
    }

    @Test func sysdateHoldsTheTransactionStartWhileGetdateMoves() throws {
        let clock = ManualClock()
        let database = Database()
        database.clock = { clock.read() }
        _ = try database.execute("begin")
        clock.advance(90)
        #expect(try text(database, "select sysdate") == "2008-12-04 16:10:43")
        #expect(try text(database, "select getdate()") == "2008-12-04 16:12:13")
        _ = try database.execute("commit")
        #expect(try text(database, "select sysdate") == "2008-12-04 16:12:13")
    }

    @Test func theSystemClockIsTheDefault() throws {
        let database = Database()
        let year = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: Date()).year
        #expect(try text(database, "select extract(year from getdate())") == String(year ?? 0))
    }
}
