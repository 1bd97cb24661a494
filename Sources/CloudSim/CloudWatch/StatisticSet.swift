import Foundation

/// The samples of one period combined: what every statistic is computed from. Percentiles come
/// from the single values only (CloudWatch cannot compute them from published statistic sets).
struct StatisticSet: Sendable {
    var sampleCount: Double = 0
    var sum: Double = 0
    var minimum = Double.infinity
    var maximum = -Double.infinity
    /// Single values and how often each was seen, for percentiles.
    var values: [(value: Double, count: Double)] = []
    /// Whether every sample was a single value (otherwise percentiles are unavailable).
    var percentilesAvailable = true

    mutating func add(_ sample: MetricSample) {
        sampleCount += sample.sampleCount
        sum += sample.sum
        minimum = min(minimum, sample.minimum)
        maximum = max(maximum, sample.maximum)
        if sample.isSingleValue {
            values.append((sample.minimum, sample.sampleCount))
        } else {
            percentilesAvailable = false
        }
    }

    /// The value of `statistic` (validated beforehand), or nil when it cannot be computed.
    func value(of statistic: Statistic) -> Double? {
        switch statistic {
        case .sampleCount: return sampleCount
        case .average: return sampleCount > 0 ? sum / sampleCount : nil
        case .sum: return sum
        case .minimum: return minimum
        case .maximum: return maximum
        case .percentile(let p): return percentile(p)
        }
    }

    /// The nearest-rank percentile over the weighted single values.
    private func percentile(_ p: Double) -> Double? {
        guard percentilesAvailable, sampleCount > 0 else { return nil }
        let sorted = values.sorted { $0.value < $1.value }
        let rank = max(1, (p / 100 * sampleCount).rounded(.up))
        var seen = 0.0
        for entry in sorted {
            seen += entry.count
            if seen >= rank { return entry.value }
        }
        return sorted.last?.value
    }
}

/// A statistic a request may ask for: the five standard ones, or a percentile `pNN` / `pNN.NN`.
enum Statistic: Hashable, Sendable {
    case sampleCount, average, sum, minimum, maximum
    case percentile(Double)

    static let standardNames = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"]

    init?(standard name: String) {
        switch name {
        case "SampleCount": self = .sampleCount
        case "Average": self = .average
        case "Sum": self = .sum
        case "Minimum": self = .minimum
        case "Maximum": self = .maximum
        default: return nil
        }
    }

    /// `p90`, `p99.9`: a percentile between 0 and 100 with at most two decimals.
    init?(extended name: String) {
        guard name.hasPrefix("p"), let number = Double(name.dropFirst()), (0...100).contains(number),
              name.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }),
              (name.split(separator: ".").dropFirst().first?.count ?? 0) <= 2 else { return nil }
        self = .percentile(number)
    }

    /// A `Stat` of get-metric-data or an alarm: either kind.
    init?(any name: String) {
        guard let statistic = Statistic(standard: name) ?? Statistic(extended: name) else { return nil }
        self = statistic
    }
}
