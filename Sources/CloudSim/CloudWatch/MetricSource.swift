import Foundation
import GRDB

/// Where a metric's data comes from: the AWS/Redshift namespace is computed from what the
/// simulated clusters did; every other namespace holds what was published with put-metric-data.
/// Statistics, get-metric-data and alarms all read through here, so they agree.
struct MetricSource {
    let db: Database
    let now: Date

    /// How long metrics stay listed after their last datapoint (list-metrics shows two weeks).
    static let listingWindow: TimeInterval = 14 * 86_400

    func samples(_ metric: Metric, from start: Date, to end: Date) throws -> [MetricSample] {
        if metric.namespace == RedshiftMetrics.namespace {
            return try RedshiftMetrics(db: db, now: now).samples(metric, from: start, to: min(end, now))
        }
        return try MetricStore.samples(metric, from: start, to: end, db)
    }

    /// Every metric with data since `since`, sorted by namespace, name and dimensions.
    func allMetrics(since: Date) throws -> [Metric] {
        let metrics = try MetricStore.metrics(since: since, db) + RedshiftMetrics(db: db, now: now).metrics(since: since)
        return metrics.sorted { ($0.namespace, $0.name, $0.dimensionKey) < ($1.namespace, $1.name, $1.dimensionKey) }
    }

    /// The samples of `[start, end)` combined per period of `period` seconds counted from
    /// `start`, one entry per period and unit (get-metric-statistics reports units apart); with
    /// `unit`, only samples in that unit count.
    func periods(_ metric: Metric, from start: Date, to end: Date, period: Int, unit: String?)
        throws -> [(start: Date, unit: String, statistics: StatisticSet)] {
        try combine(metric, from: start, to: end, period: period, unit: unit) { $0.unit }.map { ($0.start, $0.key, $0.statistics) }
    }

    /// As `periods`, with every unit of a period combined (get-metric-data and alarms).
    func combinedPeriods(_ metric: Metric, from start: Date, to end: Date, period: Int, unit: String?)
        throws -> [(start: Date, statistics: StatisticSet)] {
        try combine(metric, from: start, to: end, period: period, unit: unit) { _ in "" }.map { ($0.start, $0.statistics) }
    }

    /// The samples grouped by period and `key`, in time order (then key order).
    private func combine(_ metric: Metric, from start: Date, to end: Date, period: Int, unit: String?,
                         key: (MetricSample) -> String) throws -> [(start: Date, key: String, statistics: StatisticSet)] {
        var sets: [Int: [String: StatisticSet]] = [:]
        for sample in try samples(metric, from: start, to: end) where unit == nil || sample.unit == unit {
            let index = Int((sample.timestamp.timeIntervalSince(start) / Double(period)).rounded(.down))
            sets[index, default: [:]][key(sample), default: StatisticSet()].add(sample)
        }
        return sets.sorted { $0.key < $1.key }.flatMap { index, byKey in
            byKey.sorted { $0.key < $1.key }.map { (start.addingTimeInterval(Double(index * period)), $0.key, $0.value) }
        }
    }
}
