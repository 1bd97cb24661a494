import Foundation
import GRDB

/// The cost meter's record of a cluster's life: one row per finished stretch in one state, written
/// whenever the cluster moves on, so the bill survives the cluster's deletion.
enum ClusterUsage {
    static func createTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE redshift_usage (
                cluster_id TEXT NOT NULL,
                node_type TEXT NOT NULL,
                number_of_nodes INTEGER NOT NULL,
                status TEXT NOT NULL,
                start REAL NOT NULL,
                end REAL NOT NULL
            )
            """)
    }

    /// Closes the cluster's current state at `end` (when it changes state or disappears).
    static func close(_ cluster: Cluster, at end: Date, _ db: Database) throws {
        guard end > cluster.statusSince else { return }
        try db.execute(sql: """
            INSERT INTO redshift_usage (cluster_id, node_type, number_of_nodes, status, start, end)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [cluster.id, cluster.nodeType, cluster.numberOfNodes, cluster.status.rawValue,
                             cluster.statusSince.timeIntervalSince1970, end.timeIntervalSince1970])
    }

    /// Every stretch so far, the still-open current states of existing clusters included up to `now`.
    static func stretches(until now: Date, _ db: Database) throws -> [Stretch] {
        let closed = try Row.fetchAll(db, sql: "SELECT * FROM redshift_usage ORDER BY start").map {
            Stretch(clusterID: $0["cluster_id"], nodeType: $0["node_type"], nodes: $0["number_of_nodes"],
                    status: $0["status"], start: Date(timeIntervalSince1970: $0["start"]),
                    end: Date(timeIntervalSince1970: $0["end"]))
        }
        let open = try Cluster.all(db).map {
            Stretch(clusterID: $0.id, nodeType: $0.nodeType, nodes: $0.numberOfNodes, status: $0.status.rawValue,
                    start: $0.statusSince, end: max(now, $0.statusSince))
        }
        return closed + open
    }

    /// A span of world time one cluster spent in one state (configuration as it was then).
    struct Stretch {
        let clusterID: String
        let nodeType: String
        let nodes: Int
        let status: String
        let start: Date
        let end: Date

        var seconds: TimeInterval { end.timeIntervalSince(start) }
    }
}
