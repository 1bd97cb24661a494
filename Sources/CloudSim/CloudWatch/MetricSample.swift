import Foundation

/// Published or computed data at one timestamp: a statistic set (count, sum, minimum, maximum)
/// in one unit. A single value (`Value`, or one entry of `Values`/`Counts`) is a set whose
/// minimum equals its maximum and is marked as such, so percentiles can be computed from it.
struct MetricSample: Sendable {
    let timestamp: Date
    let unit: String
    let sampleCount: Double
    let sum: Double
    let minimum: Double
    let maximum: Double
    let isSingleValue: Bool

    /// One value seen `count` times.
    static func value(_ value: Double, count: Double = 1, at timestamp: Date, unit: String) -> MetricSample {
        MetricSample(timestamp: timestamp, unit: unit, sampleCount: count, sum: value * count, minimum: value,
                     maximum: value, isSingleValue: true)
    }
}
