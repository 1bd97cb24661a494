import Foundation
import GRDB

/// The learner's record: who worked on which lab and step, every graded attempt with its
/// per-check results, hints taken, and exam sessions with their answers. SQLite in WAL mode;
/// every write runs in one transaction, so a crash never leaves half an attempt behind.
public final class ProgressStore: Sendable {
    /// Written into the SQLite header (`PRAGMA application_id`) so a foreign database is told apart
    /// from ours before anything is written to it. The bytes spell "RSLB".
    static let applicationID: Int32 = 0x5253_4C42

    let pool: DatabasePool

    /// Opens (creating if missing) the store at `url`, refusing files that are not ours.
    public init(at url: URL) throws(ProgressStoreError) {
        let path = url.path
        try ProgressFileHeader.check(path: path, applicationID: Self.applicationID)
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw .unreadable(path, reason: "\(error)")
        }
        try migrate(path: path)
    }

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        return config
    }

    private func migrate(path: String) throws(ProgressStoreError) {
        let migrator = ProgressSchema.migrator
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw ProgressStoreError.newerSchema(path)
            }
            try pool.write { db in
                try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
            }
            try migrator.migrate(pool)
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw .unreadable(path, reason: "\(error)")
        }
    }

    /// The identifiers of the schema migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { try ProgressSchema.migrator.appliedIdentifiers($0).sorted() }
    }
}
