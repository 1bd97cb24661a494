import Foundation
import GRDB

/// What a cluster's databases did, as the SQL side reports it: each finished statement (when it
/// ran, how long, the CPU time and bytes it took) and the disk its tables occupy. The AWS/Redshift
/// CloudWatch metrics are computed from these records and the cluster's states over time.
enum RedshiftActivity {
    struct Query {
        let started: Date
        let duration: TimeInterval
        let cpuSeconds: Double
        let bytesScanned: Int64

        var ended: Date { started.addingTimeInterval(duration) }
    }

    struct DiskReading {
        let at: Date
        let bytes: Int64
    }

    static func recordQuery(cluster: String, _ query: Query, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO redshift_query_activity (cluster_id, started, duration, cpu_seconds, bytes_scanned) VALUES (?, ?, ?, ?, ?)
            """, arguments: [cluster, query.started.timeIntervalSince1970, query.duration, query.cpuSeconds, query.bytesScanned])
    }

    static func recordDisk(cluster: String, _ reading: DiskReading, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO redshift_disk_usage (cluster_id, at, bytes) VALUES (?, ?, ?)",
                       arguments: [cluster, reading.at.timeIntervalSince1970, reading.bytes])
    }

    /// The queries of `cluster` that were running at some moment of `[start, end)` (or ended in it).
    static func queries(cluster: String, from start: Date, to end: Date, _ db: Database) throws -> [Query] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM redshift_query_activity WHERE cluster_id = ? AND started < ? AND started + duration >= ?
            ORDER BY started
            """, arguments: [cluster, end.timeIntervalSince1970, start.timeIntervalSince1970]).map {
            Query(started: Date(timeIntervalSince1970: $0["started"]), duration: $0["duration"],
                  cpuSeconds: $0["cpu_seconds"], bytesScanned: $0["bytes_scanned"])
        }
    }

    /// The readings of `cluster` up to `end`, oldest first, starting with the last one before `start`.
    static func diskReadings(cluster: String, from start: Date, to end: Date, _ db: Database) throws -> [DiskReading] {
        let reading = { (row: Row) in DiskReading(at: Date(timeIntervalSince1970: row["at"]), bytes: row["bytes"]) }
        let before = try Row.fetchOne(db, sql: """
            SELECT * FROM redshift_disk_usage WHERE cluster_id = ? AND at < ? ORDER BY at DESC, rowid DESC LIMIT 1
            """, arguments: [cluster, start.timeIntervalSince1970]).map(reading)
        let within = try Row.fetchAll(db, sql: """
            SELECT * FROM redshift_disk_usage WHERE cluster_id = ? AND at >= ? AND at < ? ORDER BY at, rowid
            """, arguments: [cluster, start.timeIntervalSince1970, end.timeIntervalSince1970]).map(reading)
        return (before.map { [$0] } ?? []) + within
    }
}

extension World {
    /// Records a finished statement on cluster `clusterIdentifier`: when it started, how long it
    /// ran, the CPU seconds it used over all slices and the bytes it scanned. The cluster's
    /// CPUUtilization, DatabaseConnections, ReadIOPS, QueriesCompletedPerSecond and QueryDuration
    /// metrics follow from these records.
    public func recordRedshiftQuery(clusterIdentifier: String, startedAt: Date, duration: TimeInterval,
                                    cpuSeconds: Double, bytesScanned: Int64) throws {
        guard duration >= 0, duration.isFinite, cpuSeconds >= 0, cpuSeconds.isFinite, bytesScanned >= 0 else {
            throw WorldError("a query's duration, CPU seconds and bytes scanned cannot be negative")
        }
        try transaction { world in
            _ = try Cluster.existing(clusterIdentifier, world.db)
            try RedshiftActivity.recordQuery(cluster: clusterIdentifier, .init(started: startedAt, duration: duration,
                                                                               cpuSeconds: cpuSeconds,
                                                                               bytesScanned: bytesScanned), world.db)
        }
    }

    /// Records that the tables of cluster `clusterIdentifier` occupy `bytes` from `at` on: the
    /// basis of PercentageDiskSpaceUsed and WriteIOPS.
    public func recordRedshiftDiskUsage(clusterIdentifier: String, at: Date, bytes: Int64) throws {
        guard bytes >= 0 else { throw WorldError("disk usage cannot be negative") }
        try transaction { world in
            _ = try Cluster.existing(clusterIdentifier, world.db)
            try RedshiftActivity.recordDisk(cluster: clusterIdentifier, .init(at: at, bytes: bytes), world.db)
        }
    }
}
