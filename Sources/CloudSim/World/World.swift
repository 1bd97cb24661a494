import Foundation
import GRDB

/// The simulated AWS control plane's state: one SQLite database (`world.sqlite`) and the object
/// bodies beside it, in the workspace's `cloud` directory.
///
/// Every operation runs in one transaction, so an operation that fails changes nothing. World
/// time is the base clock plus an offset kept in the database: `lab clock advance` moves the
/// offset, tests pass a `ManualClock`, and time-driven behaviour (S3 lifecycle rules) catches up
/// at the start of each transaction, so it is applied before anything observes the world.
public final class World: Sendable {
    /// The workspace subdirectory that holds the world.
    public static let directoryName = "cloud"

    public let account: Account
    private let database: DatabaseQueue
    private let blobs: BlobStore
    let storage: ClusterStorage
    private let clock: any WorldClock
    private let processes: [any TimeDrivenProcess]

    /// Opens (creating when needed) the world in `directory`.
    public init(directory: URL, clock: any WorldClock = SystemClock()) throws(WorldError) {
        self.account = .learner
        self.clock = clock
        self.processes = Self.standardProcesses
        blobs = try BlobStore(directory: directory.appendingPathComponent("objects", isDirectory: true))
        storage = ClusterStorage(root: directory)
        let path = directory.appendingPathComponent("world.sqlite").path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            database = try DatabaseQueue(path: path, configuration: configuration)
            try WorldSchema.migrator.migrate(database)
            try database.write { db in try WorldSchema.seed(db, now: try worldNow(db)) }
        } catch {
            throw WorldError("cannot open the simulated AWS world at \(path): \(error)")
        }
    }

    /// Opens the world of the workspace whose root directory is `workspace`.
    public convenience init(workspace: URL, clock: any WorldClock = SystemClock()) throws(WorldError) {
        try self.init(directory: workspace.appendingPathComponent(Self.directoryName, isDirectory: true), clock: clock)
    }

    /// The time-driven behaviour of every service.
    public static let standardProcesses: [any TimeDrivenProcess] = [S3LifecycleProcess(), ClusterLifecycleProcess(),
                                                                          AlarmEvaluationProcess(), CrawlerProcess(), JobRunProcess()]

    /// The world's current time, in whole seconds (S3 and the CLI show no fractions).
    public func now() throws -> Date {
        try transaction { $0.now }
    }

    /// Moves world time forward and lets time-driven behaviour catch up; returns the new time.
    @discardableResult
    public func advance(by seconds: TimeInterval) throws(WorldError) -> Date {
        guard seconds >= 0 else { throw WorldError("the world clock never runs backwards") }
        do {
            return try run(region: Account.defaultRegion, advancing: seconds.rounded()) { $0.now }
        } catch {
            throw WorldError("the simulated AWS world could not advance its clock: \(error)")
        }
    }

    /// Runs `body` in one transaction in `region`; any error it throws rolls everything back and
    /// reaches the caller unchanged (service errors stay service errors).
    public func transaction<T>(region: String = Account.defaultRegion,
                               _ body: (WorldTransaction) throws -> T) throws -> T {
        try run(region: region, advancing: 0, body)
    }

    /// One write transaction; afterwards, bodies that no object references any more (replaced,
    /// deleted, or written by an operation that then failed) are removed from disk.
    private func run<T>(region: String, advancing seconds: TimeInterval,
                        _ body: (WorldTransaction) throws -> T) throws -> T {
        let ledger = BlobLedger()
        defer { collect(ledger) }
        return try database.write { db in
            var offset = try WorldSettings.clockOffset(db)
            if seconds > 0 {
                offset += seconds
                try WorldSettings.setClockOffset(offset, db)
            }
            let now = try worldNow(db)
            let transaction = WorldTransaction(db: db, now: now, account: account, region: region,
                                               blobs: blobs, ledger: ledger, storage: storage)
            for process in processes { try process.catchUp(transaction) }
            return try body(transaction)
        }
    }

    /// The clock plus the stored offset, in whole seconds.
    private func worldNow(_ db: Database) throws -> Date {
        Date(timeIntervalSince1970: (clock.now.timeIntervalSince1970 + (try WorldSettings.clockOffset(db))).rounded(.down))
    }

    private func collect(_ ledger: BlobLedger) {
        guard !ledger.ids.isEmpty else { return }
        let unreferenced = (try? database.read { db in
            try ledger.ids.filter { try !WorldSchema.isReferenced(blob: $0, db) }
        }) ?? []
        for id in unreferenced { blobs.remove(id) }
    }
}
