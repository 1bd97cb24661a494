import CloudSim
import Foundation
import Warehouse

/// A `Database` kept in a workspace directory (the `--scratch` database in `scratch/`, each
/// cluster's in its data directory) in the engine's durable format (docs/storage-format.md):
/// every statement outside a transaction, and every transaction at COMMIT, commits atomically,
/// and before each statement the last commit another `lab` process made is read. Temporary
/// tables and session settings live only as long as this object's session.
///
/// COPY and UNLOAD reach the workspace's simulated S3 through the `objectStore` the owner
/// passes (`SimulatedLoadStore`, with IAM checks); a COPY's rows are stored, so reopening
/// never reads S3 again.
public final class StoredDatabase {
    /// The workspace folder that holds the scratch database.
    public static let scratchDirectoryName = "scratch"
    /// What the statement-log format (before durable storage) kept its database in.
    static let statementLogName = "statements.sql"

    public let database: Database

    /// Opens the database kept in `directory` (created when missing) on a cluster of `shape`;
    /// COPY and UNLOAD go through `objectStore`, and `sessionSetup` (a cluster parameter
    /// group's defaults) runs at the start of the session.
    public init(directory: URL, shape: ClusterShape, objectStore: any LoadObjectStore,
                sessionSetup: [String] = []) throws {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent(Self.statementLogName).path) {
            throw SQLError(SQLState.featureNotSupported,
                           "the database in \(directory.path) was saved by an older lab as a statement log, which this lab no longer reads; "
                           + "run `lab reset` to start the workspace over")
        }
        database = try Database.open(directory: directory, shape: shape)
        database.objectStore = objectStore
        for statement in sessionSetup { _ = try? database.execute(statement) }
    }

    deinit {
        database.close()
    }

    /// The workspace's scratch database, shaped as a 2-node dc2.large cluster. It belongs to no
    /// cluster, so a COPY's role needs only to exist, trust Redshift and allow the S3 reads.
    public static func scratch(workspaceRoot: URL) throws -> StoredDatabase {
        try StoredDatabase(directory: workspaceRoot.appendingPathComponent(scratchDirectoryName, isDirectory: true),
                           shape: .scratch, objectStore: SimulatedLoadStore(workspace: workspaceRoot))
    }

    /// psql's `\copy` of a file's bytes into a table (see `Database.copy`), committed like a statement.
    public func copy(_ copy: ClientCopy, from source: ClientCopySource) throws(SQLError) -> Int {
        try database.durably { () throws(SQLError) in try database.copy(copy, from: source) }
    }

    /// Runs statement text, each statement on the last commit and committed when it succeeds
    /// outside a transaction (or is a COMMIT).
    public func execute(_ statement: String) throws(SQLError) -> [StatementResult] {
        var results: [StatementResult] = []
        for parsed in try Parser.parse(statement) {
            results.append(try database.durably { () throws(SQLError) in try database.execute(parsed) })
        }
        return results
    }
}
