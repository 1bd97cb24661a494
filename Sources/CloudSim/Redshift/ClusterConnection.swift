import Foundation

/// What a SQL client learns by connecting to a cluster: where its database's files are, which
/// database and user it is, its shape, and the session defaults its parameter group sets.
public struct ClusterEndpoint: Sendable, Equatable {
    public let clusterID: String
    public let address: String
    public let port: Int
    public let databaseName: String
    public let masterUsername: String
    public let nodeType: String
    public let numberOfNodes: Int
    /// The directory that holds the cluster's database files.
    public let dataDirectory: URL
    /// `search_path`, `datestyle` and `statement_timeout` as the cluster's applied parameter group
    /// sets them for every new session (only those that differ from the engine defaults).
    public let sessionDefaults: [String: String]
}

/// Why a client could not connect, in the words psql prints, followed by a line that says in
/// the learner's terms what in the simulated world caused it.
public struct ClusterConnectionError: Error, Equatable, CustomStringConvertible {
    public let description: String

    init(_ client: String, because cause: String) {
        description = client + "\n" + cause
    }

    static func refused(_ cluster: Cluster, because cause: String) -> ClusterConnectionError {
        ClusterConnectionError("""
            connection to server at "\(cluster.endpointAddress)", port \(cluster.port) failed: Connection refused
            \tIs the server running on that host and accepting TCP/IP connections?
            """, because: cause)
    }
}

extension World {
    /// The address the learner's SQL client connects from: lab 03 opens the cluster's port to it.
    public static let learnerClientAddress = "203.0.113.10"

    /// The identifiers of the clusters that exist, whatever their state.
    public func clusterIdentifiers() throws -> [String] {
        try transaction { try Cluster.all($0.db).map(\.id) }
    }

    /// Connects to cluster `id`'s database as psql would from `address`: the cluster must exist
    /// and be `available`, one of its VPC security groups must let TCP reach its port from the
    /// address, and the database and user must be the cluster's. SQL checks this before every
    /// statement, so pausing a cluster cuts off a session that is already open.
    public func connect(toCluster id: String, database: String? = nil, user: String? = nil,
                        from address: String = learnerClientAddress) throws -> ClusterEndpoint {
        try transaction { world in
            guard let cluster = try Cluster.find(id, world.db) else {
                throw ClusterConnectionError("could not translate host name \"\(id)\" to address: Name or service not known",
                                             because: "(there is no cluster \(id) in this world: aws redshift describe-clusters lists yours)")
            }
            switch cluster.status {
            case .available:
                break
            case .creating:
                throw ClusterConnectionError(
                    "could not translate host name \"\(cluster.endpointAddress)\" to address: Name or service not known",
                    because: "(cluster \(id) is still creating and has no endpoint yet: aws redshift wait cluster-available --cluster-identifier \(id))")
            case .paused, .pausing:
                throw ClusterConnectionError.refused(cluster, because: "(cluster \(id) is \(cluster.status.rawValue): a paused cluster accepts no "
                                                     + "connections until aws redshift resume-cluster --cluster-identifier \(id) brings it back)")
            case .deleting:
                throw ClusterConnectionError.refused(cluster, because: "(cluster \(id) is being deleted)")
            case .resuming, .resizing, .rebooting:
                throw ClusterConnectionError.refused(cluster, because: "(cluster \(id) is \(cluster.status.rawValue) and accepts connections "
                                                     + "again once it is available: aws redshift wait cluster-available --cluster-identifier \(id))")
            }
            let reachable = try NetworkReachability.canReach(client: address, port: cluster.port,
                                                             securityGroups: cluster.securityGroups, in: world)
            guard reachable else {
                let groups = try cluster.securityGroups.map { "\($0) (\(try SecurityGroup.existing(id: $0, world.db).name))" }
                throw ClusterConnectionError("""
                    connection to server at "\(cluster.endpointAddress)", port \(cluster.port) failed: Connection timed out
                    \tIs the server running on that host and accepting TCP/IP connections?
                    """, because: "(no inbound rule of the cluster's security group\(cluster.securityGroups.count == 1 ? "" : "s") "
                        + "\(groups.joined(separator: ", ")) allows TCP port \(cluster.port) from your client address "
                        + "\(address): add one with aws ec2 authorize-security-group-ingress)")
            }
            let failed = "connection to server at \"\(cluster.endpointAddress)\", port \(cluster.port) failed: FATAL:  "
            if let database, database != cluster.dbName {
                throw ClusterConnectionError(failed + "database \"\(database)\" does not exist",
                                             because: "(cluster \(id)'s database is \(cluster.dbName))")
            }
            if let user, user != cluster.masterUsername {
                throw ClusterConnectionError(failed + "password authentication failed for user \"\(user)\"",
                                             because: "(cluster \(id) has one user, its master user \(cluster.masterUsername))")
            }
            return ClusterEndpoint(
                clusterID: id, address: cluster.endpointAddress, port: cluster.port, databaseName: cluster.dbName,
                masterUsername: cluster.masterUsername, nodeType: cluster.nodeType, numberOfNodes: cluster.numberOfNodes,
                dataDirectory: try world.storage.clusterDirectory(id),
                sessionDefaults: cluster.appliedParameters.filter { ["search_path", "datestyle", "statement_timeout"].contains($0.key) })
        }
    }
}
