import Foundation
import GRDB

/// The AWS/Redshift metrics (reference §11.1), computed when asked from what the simulated
/// cluster did: its states over time (the cost meter's stretches) and the query and disk
/// activity the SQL side recorded. A cluster publishes while it runs (available, pausing,
/// resuming) — one datapoint per minute, five minutes for the query metrics — and nothing while
/// it is being created, is paused or after it is deleted.
///
/// Idle baselines, chosen to look like a real idle cluster: 1% CPU (background housekeeping), no
/// connections, and 0.5 GB per node of system data on disk (about 0.3% of a dc2.large node).
/// HealthStatus is 1 while available and 0 while pausing or resuming; MaintenanceMode is 0, since
/// the simulator runs no maintenance.
struct RedshiftMetrics {
    static let namespace = "AWS/Redshift"
    static let idleCPUPercent = 1.0
    static let systemBytesPerNode = 0.5e9
    private static let runningStates: Set<String> = ["available", "pausing", "resuming"]
    /// Redshift's blocks are 1 MB: one I/O operation per block read or written.
    private static let blockBytes = 1_048_576.0

    let db: Database
    let now: Date

    enum Kind: String, CaseIterable {
        case cpuUtilization = "CPUUtilization"
        case percentageDiskSpaceUsed = "PercentageDiskSpaceUsed"
        case databaseConnections = "DatabaseConnections"
        case healthStatus = "HealthStatus"
        case maintenanceMode = "MaintenanceMode"
        case readIOPS = "ReadIOPS"
        case writeIOPS = "WriteIOPS"
        case queriesCompletedPerSecond = "QueriesCompletedPerSecond"
        case queryDuration = "QueryDuration"

        var unit: String {
            switch self {
            case .cpuUtilization, .percentageDiskSpaceUsed: "Percent"
            case .databaseConnections, .healthStatus, .maintenanceMode: "Count"
            case .readIOPS, .writeIOPS, .queriesCompletedPerSecond: "Count/Second"
            case .queryDuration: "Microseconds"
            }
        }

        /// Seconds between datapoints.
        var resolution: Int { self == .queriesCompletedPerSecond || self == .queryDuration ? 300 : 60 }

        /// Which node ids the metric is also published per node for (none: cluster level only).
        func nodeIDs(nodes: Int) -> [String] {
            let compute = nodes == 1 ? ["Shared"] : (0..<nodes).map { "Compute-\($0)" }
            switch self {
            case .cpuUtilization: return nodes == 1 ? compute : ["Leader"] + compute
            case .percentageDiskSpaceUsed: return compute
            default: return []
            }
        }

        var byLatency: Bool { self == .queriesCompletedPerSecond || self == .queryDuration }
    }

    /// Query latency classes of the query metrics: short under 10 s, medium up to 10 minutes, long beyond.
    static let latencies = ["short", "medium", "long"]

    private static func latency(of duration: TimeInterval) -> String {
        duration < 10 ? "short" : duration <= 600 ? "medium" : "long"
    }

    /// The metrics of every cluster that ran since `since`, with each dimension set it publishes.
    func metrics(since: Date) throws -> [Metric] {
        var latest: [String: ClusterUsage.Stretch] = [:]
        for stretch in try ClusterUsage.stretches(until: now, db)
        where Self.runningStates.contains(stretch.status) && stretch.end > since {
            if let known = latest[stretch.clusterID], known.start > stretch.start { continue }
            latest[stretch.clusterID] = stretch
        }
        return latest.values.flatMap { stretch in
            Kind.allCases.flatMap { kind -> [Metric] in
                let cluster = Metric.Dimension(name: "ClusterIdentifier", value: stretch.clusterID)
                if kind.byLatency {
                    return Self.latencies.map {
                        Metric(namespace: Self.namespace, name: kind.rawValue,
                               dimensions: [cluster, .init(name: "latency", value: $0)])
                    }
                }
                return [Metric(namespace: Self.namespace, name: kind.rawValue, dimensions: [cluster])]
                    + kind.nodeIDs(nodes: stretch.nodes).map {
                        Metric(namespace: Self.namespace, name: kind.rawValue, dimensions: [cluster, .init(name: "NodeID", value: $0)])
                    }
            }
        }
    }

    /// The datapoints of `metric` with timestamps in `[start, end)`; none for a metric Redshift does not publish.
    func samples(_ metric: Metric, from start: Date, to end: Date) throws -> [MetricSample] {
        guard let kind = Kind(rawValue: metric.name), start < end else { return [] }
        var dimensions = Dictionary(metric.dimensions.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let clusterID = dimensions.removeValue(forKey: "ClusterIdentifier") else { return [] }
        let nodeID = dimensions.removeValue(forKey: "NodeID")
        let latency = dimensions.removeValue(forKey: "latency")
        guard dimensions.isEmpty, kind.byLatency == (latency != nil), latency.map(Self.latencies.contains) ?? true else {
            return []
        }
        let stretches = try ClusterUsage.stretches(until: now, db)
            .filter { $0.clusterID == clusterID && $0.end > start && $0.start < end }.sorted { $0.start < $1.start }
        let resolution = Double(kind.resolution)
        let first = (start.timeIntervalSince1970 / resolution).rounded(.up) * resolution
        var times: [(Date, ClusterUsage.Stretch)] = []
        var time = first
        while time < end.timeIntervalSince1970, time + resolution <= now.timeIntervalSince1970 {
            let moment = Date(timeIntervalSince1970: time)
            if let stretch = stretches.last(where: { $0.start <= moment && moment < $0.end }),
               Self.runningStates.contains(stretch.status) {
                if let nodeID, !kind.nodeIDs(nodes: stretch.nodes).contains(nodeID) { return [] }
                times.append((moment, stretch))
            }
            time += resolution
        }
        guard let firstTime = times.first?.0, let lastTime = times.last?.0 else { return [] }
        let window = Activity(cluster: clusterID, from: firstTime, to: lastTime.addingTimeInterval(resolution),
                              resolution: resolution, db: db)
        let activity = try window.load()
        return times.compactMap { moment, stretch in
            value(kind, at: moment, stretch: stretch, nodeID: nodeID, latency: latency, activity: activity)
                .map { MetricSample.value($0, at: moment, unit: kind.unit) }
        }
    }

    private func value(_ kind: Kind, at moment: Date, stretch: ClusterUsage.Stretch, nodeID: String?, latency: String?,
                       activity: Activity.Loaded) -> Double? {
        let index = activity.index(moment)
        let nodeType = NodeType.named(stretch.nodeType)
        switch kind {
        case .cpuUtilization:
            if nodeID == "Leader" { return Self.idleCPUPercent }
            let capacity = 60 * Double(nodeType?.vCPUs ?? 2) * Double(stretch.nodes)
            return min(100, Self.idleCPUPercent + 100 * activity.cpuSeconds[index] / capacity)
        case .percentageDiskSpaceUsed:
            let capacity = (nodeType?.storagePerNode ?? 0.16e12) * Double(stretch.nodes)
            let used = Double(activity.diskBytes[index]) + Self.systemBytesPerNode * Double(stretch.nodes)
            return min(100, 100 * used / capacity)
        case .databaseConnections:
            return Double(activity.running[index])
        case .healthStatus:
            return stretch.status == "available" ? 1 : 0
        case .maintenanceMode:
            return 0
        case .readIOPS:
            return activity.bytesRead[index] / Self.blockBytes / 60
        case .writeIOPS:
            return activity.bytesWritten[index] / Self.blockBytes / 60
        case .queriesCompletedPerSecond:
            let completed = activity.completed[index].filter { Self.latency(of: $0) == latency }
            return Double(completed.count) / 300
        case .queryDuration:
            let completed = activity.completed[index].filter { Self.latency(of: $0) == latency }
            guard !completed.isEmpty else { return nil }
            return completed.reduce(0, +) / Double(completed.count) * 1_000_000
        }
    }

    /// The recorded activity of one cluster spread over time slots of `resolution` seconds.
    private struct Activity {
        let cluster: String
        let from: Date
        let to: Date
        let resolution: Double
        let db: Database

        struct Loaded {
            let from: Date
            let resolution: Double
            var cpuSeconds: [Double]
            var bytesRead: [Double]
            var bytesWritten: [Double]
            var running: [Int]
            var diskBytes: [Int64]
            /// Durations of the queries that ended in each slot.
            var completed: [[TimeInterval]]

            func index(_ moment: Date) -> Int {
                Int((moment.timeIntervalSince(from) / resolution).rounded(.down))
            }
        }

        func load() throws -> Loaded {
            let slots = Int((to.timeIntervalSince(from) / resolution).rounded(.up))
            var loaded = Loaded(from: from, resolution: resolution, cpuSeconds: Array(repeating: 0, count: slots),
                                bytesRead: Array(repeating: 0, count: slots), bytesWritten: Array(repeating: 0, count: slots),
                                running: Array(repeating: 0, count: slots), diskBytes: Array(repeating: 0, count: slots),
                                completed: Array(repeating: [], count: slots))
            for query in try RedshiftActivity.queries(cluster: cluster, from: from, to: to, db) {
                spread(query, over: &loaded, slots: slots)
            }
            let readings = try RedshiftActivity.diskReadings(cluster: cluster, from: from, to: to, db)
            var next = 0
            var current: Int64 = 0
            for slot in 0..<slots {
                let slotEnd = from.addingTimeInterval(Double(slot + 1) * resolution)
                while next < readings.count, readings[next].at < slotEnd {
                    let reading = readings[next]
                    if reading.at >= from.addingTimeInterval(Double(slot) * resolution), reading.bytes > current {
                        loaded.bytesWritten[slot] += Double(reading.bytes - current)
                    }
                    current = reading.bytes
                    next += 1
                }
                loaded.diskBytes[slot] = current
            }
            return loaded
        }

        /// Adds a query's CPU time and bytes to the slots it ran in, in proportion to its time in each.
        private func spread(_ query: RedshiftActivity.Query, over loaded: inout Loaded, slots: Int) {
            let endIndex = loaded.index(query.ended)
            if (0..<slots).contains(endIndex) { loaded.completed[endIndex].append(query.duration) }
            guard query.duration > 0 else {
                let index = loaded.index(query.started)
                guard (0..<slots).contains(index) else { return }
                loaded.cpuSeconds[index] += query.cpuSeconds
                loaded.bytesRead[index] += Double(query.bytesScanned)
                loaded.running[index] += 1
                return
            }
            let firstIndex = max(0, loaded.index(query.started))
            let lastIndex = min(slots - 1, loaded.index(query.ended.addingTimeInterval(-0.001)))
            guard firstIndex <= lastIndex else { return }
            for index in firstIndex...lastIndex {
                let slotStart = from.addingTimeInterval(Double(index) * resolution)
                let overlap = min(query.ended, slotStart.addingTimeInterval(resolution)).timeIntervalSince(max(query.started, slotStart))
                guard overlap > 0 else { continue }
                let share = overlap / query.duration
                loaded.cpuSeconds[index] += query.cpuSeconds * share
                loaded.bytesRead[index] += Double(query.bytesScanned) * share
                loaded.running[index] += 1
            }
        }
    }
}
