import Foundation
import Warehouse

/// What `lab sql` and the REPL run statements on: the scratch database or a cluster's.
public protocol SQLTarget: AnyObject {
    /// The engine's database, for completion and read-only checks.
    var database: Database { get }
    /// The database name psql shows in its prompt (`dev=#`).
    var databaseName: String { get }
    /// Runs statement text; throws `SQLError` for SQL errors, or `ClusterConnectionError` when
    /// the cluster no longer accepts the connection.
    func execute(_ statement: String) throws -> [StatementResult]
    /// psql's `\copy`: loads a local file (or bytes) into a table as one statement; the row count.
    func copy(_ copy: ClientCopy, from source: ClientCopySource) throws -> Int
}

extension StoredDatabase: SQLTarget {
    /// The scratch database answers to the name a new cluster's database has.
    public var databaseName: String { "dev" }
}
