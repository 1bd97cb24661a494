import Foundation
import GRDB

/// What the learner's simulated account has cost so far: on-demand node-hours per cluster, and S3
/// storage by class — what is stored now, and the GB-months accrued since the world began.
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
        /// Objects and bytes in the class now.
        public var objects: Int
        public var bytes: Int64
        /// Storage accrued in the class so far, from how long each object stayed in it.
        public var gigabyteMonths: Double
        /// Dollars, or nil when the class has no confirmed price here.
        public var cost: Double?
    }

    public static let onDemandPricePerNodeHour: [String: Double] = ["dc2.large": 0.25]

    /// S3 storage, us-east-1, first 50 TB, dollars per GB-month. Sources (searched 2026-11-25):
    /// STANDARD $0.023 — "S3 Data Storage, First 50 TB / Month, $0.023 per GB"
    /// (gist.github.com/EverettBerry/a37438006529a55f42da6fdbc44a505c) and cloudburn.io/blog/amazon-s3-pricing
    /// ("All prices are for US East (N. Virginia) as of March 2026": S3 Standard $0.023/GB/month,
    /// Glacier Deep Archive ~$0.00099/GB/month); STANDARD_IA $0.0125, GLACIER (Flexible Retrieval)
    /// $0.0036 and DEEP_ARCHIVE $0.00099 — gist.github.com/regispires/d3604636ec0e8d0d3ecab41f009f3d1c
    /// (US East (N. Virginia)). ONEZONE_IA, GLACIER_IR, INTELLIGENT_TIERING and REDUCED_REDUNDANCY had no
    /// stored source and stay unpriced.
    public static let storagePricePerGBMonth: [String: Double] = [
        "STANDARD": 0.023, "STANDARD_IA": 0.0125, "GLACIER": 0.0036, "DEEP_ARCHIVE": 0.00099,
    ]
    /// AWS bills S3 in binary gigabytes over a month of 730 hours.
    static let byteSecondsPerGBMonth = 1_073_741_824.0 * 730 * 3600
    static let billedStatuses: Set<String> = ["available", "pausing", "resuming", "rebooting", "resizing"]

    public var clusters: [ClusterLine]
    public var storage: [StorageLine]

    /// The compute total in dollars, over the priced clusters.
    public var computeTotal: Double { clusters.compactMap(\.cost).reduce(0, +) }

    /// The storage total in dollars, over the priced classes.
    public var storageTotal: Double { storage.compactMap(\.cost).reduce(0, +) }

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
        var current: [String: (objects: Int, bytes: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT storage_class, COUNT(*) AS objects, SUM(size) AS bytes FROM s3_object GROUP BY storage_class
            """) {
            current[row["storage_class"]] = (row["objects"], row["bytes"])
        }
        let accrued = try StorageUsage.byteSeconds(until: now, db)
        let storage = Set(current.keys).union(accrued.keys).sorted().map { storageClass in
            let gigabyteMonths = (accrued[storageClass] ?? 0) / byteSecondsPerGBMonth
            return StorageLine(storageClass: storageClass, objects: current[storageClass]?.objects ?? 0,
                               bytes: current[storageClass]?.bytes ?? 0, gigabyteMonths: gigabyteMonths,
                               cost: storagePricePerGBMonth[storageClass].map { $0 * gigabyteMonths })
        }
        return Bill(clusters: clusters, storage: storage)
    }
}

extension World {
    /// The bill at the world's current time.
    public func bill() throws -> Bill {
        try transaction { try Bill.compute(until: $0.now, $0.db) }
    }
}
