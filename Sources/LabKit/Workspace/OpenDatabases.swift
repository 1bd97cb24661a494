import CloudSim
import Foundation

/// The databases this process has opened, by workspace: the scratch database and cluster
/// sessions, so the REPL keeps one session (and an open transaction) across the lines it reads,
/// and checks see what the learner's session sees.
public final class OpenDatabases: @unchecked Sendable {
    public static let shared = OpenDatabases()

    private let lock = NSLock()
    private var scratch: [String: StoredDatabase] = [:]
    private var clusters: [String: ClusterDatabase] = [:]
    private var worlds: [String: World] = [:]

    /// Drops what is open for a workspace whose folders were removed (`lab reset`).
    public func forget(_ workspaceRoot: URL) {
        lock.lock()
        defer { lock.unlock() }
        scratch[workspaceRoot.path] = nil
        worlds[workspaceRoot.path] = nil
        clusters = clusters.filter { !$0.key.hasPrefix(workspaceRoot.path + "\n") }
    }

    /// The workspace's scratch database.
    public func database(for workspaceRoot: URL) throws -> StoredDatabase {
        lock.lock()
        defer { lock.unlock() }
        if let open = scratch[workspaceRoot.path] { return open }
        let database = try StoredDatabase.scratch(workspaceRoot: workspaceRoot)
        scratch[workspaceRoot.path] = database
        return database
    }

    /// The cluster's database when `cluster` names one, else the scratch database.
    public func target(workspaceRoot: URL, cluster: String?) throws -> any SQLTarget {
        guard let cluster else { return try database(for: workspaceRoot) }
        return try self.cluster(cluster, workspaceRoot: workspaceRoot)
    }

    /// The session on cluster `id`'s database, connecting (and so checking that the cluster is
    /// available and reachable, and that `database` and `user` are the cluster's) every time:
    /// one session per cluster, so the REPL, checks and solutions all see the same data.
    public func cluster(_ id: String, workspaceRoot: URL, database: String? = nil, user: String? = nil) throws -> ClusterDatabase {
        lock.lock()
        defer { lock.unlock() }
        let key = workspaceRoot.path + "\n" + id
        if let open = clusters[key] {
            try open.checkConnection(database: database, user: user)
            return open
        }
        let world: World
        if let open = worlds[workspaceRoot.path] {
            world = open
        } else {
            world = try World(workspace: workspaceRoot)
            worlds[workspaceRoot.path] = world
        }
        let session = try ClusterDatabase(world: world, clusterID: id, database: database, user: user)
        clusters[key] = session
        return session
    }
}
