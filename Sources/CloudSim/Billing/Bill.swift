import Foundation
import GRDB

/// What the learner's simulated account has cost so far: on-demand node-hours per cluster, and the
/// data held in S3 by storage class.
///
/// Compute is billed per second while a cluster runs — from the moment it is available until it
/// is paused or deleted, pausing, resuming, rebooting and resizing included (each stretch at the
/// node count it ran with); creating, paused and deleting stretches are free. Prices are AWS's published on-demand rates for us-east-1 that this project could confirm
/// (dc2.large, $0.25 per node-hour); a node type without a confirmed price is listed without a cost.
public struct Bill: Sendable, Equatable {
    public struct ClusterLine: Sendable, Equatable {
        public var clusterID: String
        public var nodeType: String
        public var nodes: Int
        /// Node-hours billed: hours running times nodes.
        public var nodeHours: Double
        /// Dollars, or nil when the node type has no confirmed price here.
        public var cost: Double?
    }

    public struct StorageLine: Sendable, Equatable {
        public var storageClass: String
        public var objects: Int
        public var bytes: Int64
    }

    public static let onDemandPricePerNodeHour: [String: Double] = ["dc2.large": 0.25]
    static let billedStatuses: Set<String> = ["available", "pausing", "resuming", "rebooting", "resizing"]

    public var clusters: [ClusterLine]
    public var storage: [StorageLine]

    /// The compute total in dollars, over the priced clusters.
    public var computeTotal: Double { clusters.compactMap(\.cost).reduce(0, +) }

    static func compute(until now: Date, _ db: Database) throws -> Bill {
        var hours: [String: (nodeType: String, nodes: Int, nodeHours: Double)] = [:]
        var order: [String] = []
        for stretch in try ClusterUsage.stretches(until: now, db) {
            if hours[stretch.clusterID] == nil {
                order.append(stretch.clusterID)
                hours[stretch.clusterID] = (stretch.nodeType, stretch.nodes, 0)
            }
            // The line shows the cluster's latest shape; each stretch is billed at its own node count.
            hours[stretch.clusterID]?.nodeType = stretch.nodeType
            hours[stretch.clusterID]?.nodes = stretch.nodes
            guard billedStatuses.contains(stretch.status) else { continue }
            hours[stretch.clusterID]?.nodeHours += stretch.seconds / 3600 * Double(stretch.nodes)
        }
        let clusters = order.compactMap { id in
            hours[id].map { usage in
                ClusterLine(clusterID: id, nodeType: usage.nodeType, nodes: usage.nodes, nodeHours: usage.nodeHours,
                            cost: onDemandPricePerNodeHour[usage.nodeType].map { $0 * usage.nodeHours })
            }
        }
        let storage = try Row.fetchAll(db, sql: """
            SELECT storage_class, COUNT(*) AS objects, SUM(size) AS bytes FROM s3_object
            GROUP BY storage_class ORDER BY storage_class
            """).map { StorageLine(storageClass: $0["storage_class"], objects: $0["objects"], bytes: $0["bytes"]) }
        return Bill(clusters: clusters, storage: storage)
    }
}

extension World {
    /// The bill at the world's current time.
    public func bill() throws -> Bill {
        try transaction { try Bill.compute(until: $0.now, $0.db) }
    }
}
