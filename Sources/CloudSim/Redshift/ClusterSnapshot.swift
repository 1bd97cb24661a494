import Foundation
import GRDB

/// A manual snapshot of a cluster (create-cluster-snapshot, or the final snapshot of
/// delete-cluster). The simulator copies no data yet, so a snapshot is complete (`available`)
/// as soon as it is taken.
struct ClusterSnapshot {
    let id: String
    let cluster: Cluster
    let created: Date

    static func take(_ id: String, of cluster: Cluster, at now: Date, _ db: Database) throws -> ClusterSnapshot {
        try RedshiftErrors.validateIdentifier(id, parameter: "SnapshotIdentifier", maxLength: 255)
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM redshift_snapshot WHERE id = ?)", arguments: [id]) == true {
            throw RedshiftErrors.snapshotExists(id)
        }
        try db.execute(sql: """
            INSERT INTO redshift_snapshot (id, cluster_id, status, created, cluster_created, node_type, number_of_nodes,
                master_username, db_name, port, availability_zone, vpc_id)
            VALUES (?, ?, 'available', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, cluster.id, now.timeIntervalSince1970, cluster.created.timeIntervalSince1970, cluster.nodeType,
                             cluster.numberOfNodes, cluster.masterUsername, cluster.dbName, cluster.port,
                             cluster.availabilityZone, cluster.vpcID])
        return ClusterSnapshot(id: id, cluster: cluster, created: now)
    }

    /// The snapshots as the `Snapshot` structures of describe-cluster-snapshots, oldest first.
    static func values(cluster: String?, snapshot: String?, account: Account, _ db: Database) throws -> [AWSValue] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM redshift_snapshot WHERE (?1 IS NULL OR cluster_id = ?1) AND (?2 IS NULL OR id = ?2) ORDER BY created, id
            """, arguments: [cluster, snapshot]).map { row in
            value(id: row["id"], clusterID: row["cluster_id"], created: Date(timeIntervalSince1970: row["created"]),
                  clusterCreated: Date(timeIntervalSince1970: row["cluster_created"]), nodeType: row["node_type"],
                  nodes: row["number_of_nodes"], user: row["master_username"], db: row["db_name"], port: row["port"],
                  zone: row["availability_zone"], vpc: row["vpc_id"], account: account)
        }
    }

    func value(account: Account) -> AWSValue {
        Self.value(id: id, clusterID: cluster.id, created: created, clusterCreated: cluster.created, nodeType: cluster.nodeType,
                   nodes: cluster.numberOfNodes, user: cluster.masterUsername, db: cluster.dbName, port: cluster.port,
                   zone: cluster.availabilityZone, vpc: cluster.vpcID, account: account)
    }

    /// The `Snapshot` structure in model order.
    private static func value(id: String, clusterID: String, created: Date, clusterCreated: Date, nodeType: String,
                              nodes: Int, user: String, db: String, port: Int, zone: String, vpc: String,
                              account: Account) -> AWSValue {
        .object([
            "SnapshotIdentifier": .string(id),
            "ClusterIdentifier": .string(clusterID),
            "SnapshotCreateTime": .string(WorldTime.s3Timestamp(created)),
            "Status": .string("available"),
            "Port": .integer(port),
            "AvailabilityZone": .string(zone),
            "ClusterCreateTime": .string(WorldTime.s3Timestamp(clusterCreated)),
            "MasterUsername": .string(user),
            "ClusterVersion": .string("1.0"),
            "SnapshotType": .string("manual"),
            "NodeType": .string(nodeType),
            "NumberOfNodes": .integer(nodes),
            "DBName": .string(db),
            "VpcId": .string(vpc),
            "Encrypted": .bool(true),
            "EncryptedWithHSM": .bool(false),
            "OwnerAccount": .string(account.id),
            "Tags": .list([]),
            "ManualSnapshotRetentionPeriod": .integer(-1),
        ])
    }
}
