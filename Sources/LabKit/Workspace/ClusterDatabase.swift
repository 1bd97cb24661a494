import CloudSim
import Foundation
import Warehouse

/// A session on a simulated cluster's database, as a SQL client connected to its endpoint has
/// one. The data is a `StoredDatabase` in the directory the control plane keeps for the cluster
/// (created with the cluster, copied by snapshots, removed with the cluster). Before every
/// statement the control plane is asked again whether the connection still stands, so a cluster
/// paused, resized or closed off by its security groups mid-session stops answering, as a real
/// one does; a cluster that came back from a resize is re-shaped (`reshape`).
public final class ClusterDatabase: SQLTarget {
    /// Who is told about every statement that completes on a cluster's database.
    public typealias StatementObserver = @Sendable (CompletedClusterStatement) -> Void

    public private(set) var endpoint: ClusterEndpoint
    private let world: World
    private let user: String
    private var logged: StoredDatabase
    private let observer: StatementObserver?

    /// Connects as `user` (the master user when nil) to `database` (the cluster's when nil).
    public init(world: World, clusterID: String, database: String? = nil, user: String? = nil,
                observer: StatementObserver? = nil) throws {
        let endpoint = try world.connect(toCluster: clusterID, database: database, user: user)
        self.world = world
        self.endpoint = endpoint
        self.user = user ?? endpoint.masterUsername
        self.observer = observer
        logged = try Self.open(endpoint, world: world, user: self.user)
    }

    public var database: Database { logged.database }
    public var databaseName: String { endpoint.databaseName }
    public var clusterID: String { endpoint.clusterID }

    /// Asks the control plane whether the connection still stands, or would for `database` and
    /// `user` (throwing psql's words when it does not), and re-shapes the database when the
    /// cluster changed under the session.
    public func checkConnection(database: String? = nil, user: String? = nil) throws {
        let current = try world.connect(toCluster: endpoint.clusterID, database: database ?? endpoint.databaseName,
                                        user: user ?? self.user)
        if current != endpoint { try reshape(current) }
    }

    public func execute(_ statement: String) throws -> [StatementResult] {
        try checkConnection()
        let start = try world.now()
        let started = ContinuousClock.now
        defer { statementCompleted(CompletedClusterStatement(clusterID: endpoint.clusterID, start: start,
                                                            duration: ContinuousClock.now - started)) }
        return try logged.execute(statement)
    }

    public func copy(_ copy: ClientCopy, from source: ClientCopySource) throws -> Int {
        try checkConnection()
        let start = try world.now()
        let started = ContinuousClock.now
        defer { statementCompleted(CompletedClusterStatement(clusterID: endpoint.clusterID, start: start,
                                                            duration: ContinuousClock.now - started)) }
        return try logged.copy(copy, from: source)
    }

    /// The one place a statement on a cluster's database is reported complete (whether it
    /// succeeded or failed): it feeds the cluster's CloudWatch metrics — the query's duration and
    /// work (its run time as CPU seconds, the 1 MB blocks it scanned) and the disk the tables'
    /// blocks now take — then tells the observer. Metrics are best effort: a statement never
    /// fails because its metrics could not be recorded.
    func statementCompleted(_ statement: CompletedClusterStatement) {
        let seconds = Double(statement.duration.components.seconds) + Double(statement.duration.components.attoseconds) / 1e18
        let blockBytes = Int64(StorageConfiguration.redshiftBlockBytes)
        try? world.recordRedshiftQuery(clusterIdentifier: statement.clusterID, startedAt: statement.start, duration: seconds,
                                       cpuSeconds: seconds, bytesScanned: Int64(database.lastStatementBlocksRead) * blockBytes)
        try? world.recordRedshiftDiskUsage(clusterIdentifier: statement.clusterID, at: statement.start,
                                           bytes: Int64(database.allocatedBlockCount) * blockBytes)
        observer?(statement)
    }

    /// Rebuilds the database for what the cluster is now (a resize changed its node type or
    /// count, or a reboot its parameter group's session defaults). The session ends, as a
    /// resize or reboot drops every connection.
    func reshape(_ current: ClusterEndpoint) throws {
        logged = try Self.open(current, world: world, user: user)
        endpoint = current
    }

    /// The one place a cluster's `Database` is built (on connect and after a resize or reboot):
    /// slices follow its node type and count, and COPY's role must be attached to it.
    private static func open(_ endpoint: ClusterEndpoint, world: World, user: String) throws -> StoredDatabase {
        let shape = try ClusterShape(nodeType: endpoint.nodeType, nodeCount: endpoint.numberOfNodes)
        let setup = endpoint.sessionDefaults.sorted { $0.key < $1.key }.map { "SET \($0.key) TO '\($0.value.replacingOccurrences(of: "'", with: "''"))'" }
        return try StoredDatabase(directory: endpoint.dataDirectory, shape: shape,
                                  objectStore: SimulatedLoadStore(world: world, clusterIdentifier: endpoint.clusterID,
                                                                  databaseUser: user),
                                  sessionSetup: setup)
    }
}

/// One statement that completed on a cluster's database: which cluster, when it started in
/// world time, and how long it ran.
public struct CompletedClusterStatement: Sendable, Equatable {
    public let clusterID: String
    public let start: Date
    public let duration: Duration
}
