import Foundation
import GRDB

/// Datapoints published with put-metric-data.
enum MetricStore {
    static func insert(_ metric: Metric, _ sample: MetricSample, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO cloudwatch_datum (namespace, metric_name, dimensions, timestamp, unit, sample_count, sum, minimum,
                maximum, is_single_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [metric.namespace, metric.name, metric.dimensionKey, sample.timestamp.timeIntervalSince1970,
                             sample.unit, sample.sampleCount, sample.sum, sample.minimum, sample.maximum,
                             sample.isSingleValue])
    }

    /// The samples of `metric` with timestamps in `[start, end)`.
    static func samples(_ metric: Metric, from start: Date, to end: Date, _ db: Database) throws -> [MetricSample] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM cloudwatch_datum WHERE namespace = ? AND metric_name = ? AND dimensions = ?
                AND timestamp >= ? AND timestamp < ? ORDER BY timestamp
            """, arguments: [metric.namespace, metric.name, metric.dimensionKey, start.timeIntervalSince1970,
                             end.timeIntervalSince1970]).map {
            MetricSample(timestamp: Date(timeIntervalSince1970: $0["timestamp"]), unit: $0["unit"],
                         sampleCount: $0["sample_count"], sum: $0["sum"], minimum: $0["minimum"], maximum: $0["maximum"],
                         isSingleValue: $0["is_single_value"])
        }
    }

    /// Every metric with data published since `since` (list-metrics shows the last two weeks).
    static func metrics(since: Date, _ db: Database) throws -> [Metric] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT namespace, metric_name, dimensions FROM cloudwatch_datum WHERE timestamp >= ?
            """, arguments: [since.timeIntervalSince1970]).map {
            Metric(namespace: $0["namespace"], name: $0["metric_name"], dimensions: Metric.dimensions(fromKey: $0["dimensions"]))
        }
    }
}
