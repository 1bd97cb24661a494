import Foundation
import GRDB

/// A manual snapshot of a cluster (create-cluster-snapshot, or the final snapshot of
/// delete-cluster): the cluster's configuration when it was taken, and a copy of its database's
/// files. The copy is made at once, so a snapshot is complete (`available`) as soon as it is taken.
struct ClusterSnapshot {
    let id: String
    let clusterID: String
    let created: Date
    let clusterCreated: Date
    let nodeType: String
    let numberOfNodes: Int
    let masterUsername: String
    let dbName: String
    let port: Int
    let availabilityZone: String
    let vpcID: String

    /// The snapshot, or Redshift's `ClusterSnapshotNotFound`.
    static func existing(_ id: String, _ db: Database) throws -> ClusterSnapshot {
        guard let snapshot = try matching(cluster: nil, snapshot: id, db).first else { throw RedshiftErrors.snapshotNotFound(id) }
        return snapshot
    }

    func delete(_ world: WorldTransaction) throws {
        try world.db.execute(sql: "DELETE FROM redshift_snapshot WHERE id = ?", arguments: [id])
        try world.storage.removeSnapshot(id)
    }

    private init(row: Row) {
        id = row["id"]
        clusterID = row["cluster_id"]
        created = Date(timeIntervalSince1970: row["created"])
        clusterCreated = Date(timeIntervalSince1970: row["cluster_created"])
        nodeType = row["node_type"]
        numberOfNodes = row["number_of_nodes"]
        masterUsername = row["master_username"]
        dbName = row["db_name"]
        port = row["port"]
        availabilityZone = row["availability_zone"]
        vpcID = row["vpc_id"]
    }

    private init(id: String, of cluster: Cluster, at now: Date) {
        self.id = id
        clusterID = cluster.id
        created = now
        clusterCreated = cluster.created
        nodeType = cluster.nodeType
        numberOfNodes = cluster.numberOfNodes
        masterUsername = cluster.masterUsername
        dbName = cluster.dbName
        port = cluster.port
        availabilityZone = cluster.availabilityZone
        vpcID = cluster.vpcID
    }

    /// Takes snapshot `id` of `cluster`; identifiers follow the cluster identifier rules and
    /// are unique in the account.
    static func take(_ id: String, of cluster: Cluster, at now: Date, _ world: WorldTransaction) throws -> ClusterSnapshot {
        let db = world.db
        try RedshiftErrors.validateIdentifier(id, parameter: "SnapshotIdentifier", maxLength: 255)
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM redshift_snapshot WHERE id = ?)", arguments: [id]) == true {
            throw RedshiftErrors.snapshotExists(id)
        }
        let snapshot = ClusterSnapshot(id: id, of: cluster, at: now)
        try db.execute(sql: """
            INSERT INTO redshift_snapshot (id, cluster_id, status, created, cluster_created, node_type, number_of_nodes,
                master_username, db_name, port, availability_zone, vpc_id)
            VALUES (?, ?, 'available', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, cluster.id, now.timeIntervalSince1970, cluster.created.timeIntervalSince1970, cluster.nodeType,
                             cluster.numberOfNodes, cluster.masterUsername, cluster.dbName, cluster.port,
                             cluster.availabilityZone, cluster.vpcID])
        try world.storage.snapshot(cluster: cluster.id, as: id)
        return snapshot
    }

    /// The snapshots of one cluster and/or with one identifier (all when both are nil), oldest first.
    static func matching(cluster: String?, snapshot: String?, _ db: Database) throws -> [ClusterSnapshot] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM redshift_snapshot WHERE (?1 IS NULL OR cluster_id = ?1) AND (?2 IS NULL OR id = ?2) ORDER BY created, id
            """, arguments: [cluster, snapshot]).map(ClusterSnapshot.init(row:))
    }

    /// The `Snapshot` structure in model order; timestamps as Redshift sends them (milliseconds, `Z`).
    func value(account: Account) -> AWSValue {
        .object([
            "SnapshotIdentifier": .string(id),
            "ClusterIdentifier": .string(clusterID),
            "SnapshotCreateTime": .string(WorldTime.s3Timestamp(created)),
            "Status": .string("available"),
            "Port": .integer(port),
            "AvailabilityZone": .string(availabilityZone),
            "ClusterCreateTime": .string(WorldTime.s3Timestamp(clusterCreated)),
            "MasterUsername": .string(masterUsername),
            "ClusterVersion": .string("1.0"),
            "SnapshotType": .string("manual"),
            "NodeType": .string(nodeType),
            "NumberOfNodes": .integer(numberOfNodes),
            "DBName": .string(dbName),
            "VpcId": .string(vpcID),
            "Encrypted": .bool(true),
            "EncryptedWithHSM": .bool(false),
            "OwnerAccount": .string(account.id),
            "Tags": .list([]),
            "ManualSnapshotRetentionPeriod": .integer(-1),
        ])
    }
}
