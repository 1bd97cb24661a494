import Foundation
@testable import Warehouse

/// A database directory in the temporary folder, removed when the fixture goes, and helpers
/// to run committed statements on databases opened from it.
final class PersistenceFixture {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lab-db-\(UUID().uuidString)", isDirectory: true)

    deinit { try? FileManager.default.removeItem(at: directory) }

    func open(lockWaitSeconds: Double = 5) throws -> Database {
        try Database.open(directory: directory, shape: .scratch, blockBytes: 256, lockWaitSeconds: lockWaitSeconds)
    }

    /// Runs each statement of `sql` as the lab's owner does: durably, one commit per statement.
    @discardableResult
    static func run(_ database: Database, _ sql: String) throws -> [StatementResult] {
        try Parser.parse(sql).map { statement in
            try database.durably { () throws(SQLError) in try database.execute(statement) }
        }
    }

    static func rows(_ database: Database, _ sql: String) throws -> [[String]] {
        try database.execute(sql)[0].rows.map { $0.map { $0.isNull ? "NULL" : $0.text } }
    }

    var files: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() }
}
