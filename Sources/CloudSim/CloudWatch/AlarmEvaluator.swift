import Foundation

/// One evaluation of a metric alarm over its evaluation range, as CloudWatch documents it
/// ("Configuring how CloudWatch alarms treat missing data"):
///
/// - The range holds more periods than the alarm's N (`EvaluationPeriods`): N + 2 here (the
///   documented example fetches 5 for N = 3).
/// - With at least N real datapoints in the range, the N most recent are compared; ALARM when M
///   (`DatapointsToAlarm`) of them breach, else OK. Missing-data treatment plays no part.
/// - With none, `missing` gives INSUFFICIENT_DATA, `ignore` keeps the state, `breaching` ALARM and
///   `notBreaching` OK.
/// - With some but fewer than N, the missing ones are filled as few times as possible: N − R fills.
///   `breaching`/`notBreaching` count the fills as breaching or not. `missing` and `ignore` decide
///   from the real points when they can (M breaching → ALARM; too many good points for M → OK);
///   otherwise `missing` applies the premature-alarm rule — ALARM when the oldest breaching point
///   is at least M periods old and nothing newer is good (`- - X - -` with M = N = 3) — and both
///   keep the state.
struct AlarmEvaluator {
    struct Point: Equatable {
        let timestamp: Date
        let value: Double
        let sampleCount: Double
    }

    struct Outcome: Equatable {
        let state: AlarmStateValue
        let reason: String
        /// The real datapoints the decision used, newest first.
        let evaluated: [Point]
    }

    let evaluationPeriods: Int
    let datapointsToAlarm: Int
    let threshold: Double
    let comparison: ComparisonOperator
    let treatment: MissingDataTreatment

    /// How many periods back an evaluation looks.
    var rangeLength: Int { evaluationPeriods + 2 }

    /// Evaluates `range` (oldest first, `rangeLength` periods, nil where there is no data) for an
    /// alarm now in `current`; nil when the state stays as it is.
    func evaluate(_ range: [Point?], current: AlarmStateValue) -> Outcome? {
        let n = evaluationPeriods, m = datapointsToAlarm
        let real = range.compactMap { $0 }
        if real.count >= n {
            let evaluated = Array(real.suffix(n).reversed())
            return decide(evaluated, fills: 0, current: current)
        }
        let fills = n - real.count
        let newestFirst = Array(real.reversed())
        if real.isEmpty {
            switch treatment {
            case .missing:
                return Outcome(state: .insufficientData,
                               reason: "Insufficient Data: \(n) \(n == 1 ? "datapoint was" : "datapoints were") unknown.",
                               evaluated: [])
            case .ignore:
                return nil
            case .breaching, .notBreaching:
                return decide([], fills: fills, current: current)
            }
        }
        switch treatment {
        case .breaching, .notBreaching:
            return decide(newestFirst, fills: fills, current: current)
        case .missing, .ignore:
            let breaching = real.filter(breaches).count
            if breaching >= m || real.count - breaching > n - m {
                return decide(newestFirst, fills: 0, current: current)
            }
            if treatment == .missing, prematureAlarm(range) {
                return decide(newestFirst, fills: 0, current: current, forceAlarm: true)
            }
            return breaching == 0 ? decide(newestFirst, fills: 0, current: current) : nil
        }
    }

    private func breaches(_ point: Point) -> Bool { comparison.breaches(point.value, threshold) }

    /// The oldest breaching point is at least M periods old and every newer point breaches or is missing.
    private func prematureAlarm(_ range: [Point?]) -> Bool {
        guard let oldest = range.firstIndex(where: { $0.map(breaches) == true }) else { return false }
        let age = range.count - oldest
        return age >= datapointsToAlarm && range[oldest...].allSatisfy { $0.map(breaches) ?? true }
    }

    /// The state from `evaluated` (newest first) plus `fills` missing points counted per the treatment.
    private func decide(_ evaluated: [Point], fills: Int, current: AlarmStateValue, forceAlarm: Bool = false) -> Outcome {
        let breachingPoints = evaluated.filter(breaches)
        let filledBreaching = treatment == .breaching ? fills : 0
        let alarm = forceAlarm || breachingPoints.count + filledBreaching >= datapointsToAlarm
        let state: AlarmStateValue = alarm ? .alarm : .ok
        let reason = alarm
            ? alarmReason(breachingPoints, fills: filledBreaching, from: current)
            : okReason(evaluated.filter { !breaches($0) }, fills: treatment == .notBreaching ? fills : 0)
        return Outcome(state: state, reason: reason, evaluated: evaluated)
    }

    private func alarmReason(_ points: [Point], fills: Int, from current: AlarmStateValue) -> String {
        let minimum = "(minimum \(datapointsToAlarm) \(datapointsToAlarm == 1 ? "datapoint" : "datapoints") for "
            + "\(current.rawValue) -> ALARM transition)."
        if points.isEmpty {
            return "Threshold Crossed: no datapoints were received for \(fills) \(fills == 1 ? "period" : "periods") and "
                + "\(fills) missing \(fills == 1 ? "datapoint was" : "datapoints were") treated as [Breaching]."
        }
        let filled = fills > 0 ? " and \(fills) missing \(fills == 1 ? "datapoint was" : "datapoints were") treated as [Breaching]" : ""
        return "Threshold Crossed: \(points.count) out of the last \(evaluationPeriods) datapoints \(Self.list(points)) "
            + "\(points.count == 1 ? "was" : "were") \(comparison.words) the threshold (\(Self.number(threshold)))\(filled) \(minimum)"
    }

    private func okReason(_ points: [Point], fills: Int) -> String {
        if points.isEmpty {
            return "Threshold Crossed: no datapoints were received for \(fills) \(fills == 1 ? "period" : "periods") and "
                + "\(fills) missing \(fills == 1 ? "datapoint was" : "datapoints were") treated as [NonBreaching]."
        }
        let filled = fills > 0 ? " and \(fills) missing \(fills == 1 ? "datapoint was" : "datapoints were") treated as [NonBreaching]" : ""
        return "Threshold Crossed: \(points.count) \(points.count == 1 ? "datapoint" : "datapoints") \(Self.list(points)) "
            + "\(points.count == 1 ? "was" : "were") not \(comparison.words) the threshold (\(Self.number(threshold)))\(filled)."
    }

    /// `[85.2 (25/11/26 10:15:00), 90.1 (25/11/26 10:14:00)]`: values with their period's start, UTC.
    static func list(_ points: [Point]) -> String {
        "[" + points.map { "\(number($0.value)) (\(reasonDate($0.timestamp)))" }.joined(separator: ", ") + "]"
    }

    /// Numbers as CloudWatch's reasons print them (`80.0`, `85.2`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e16 ? String(format: "%.1f", value) : "\(value)"
    }

    static func reasonDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd/MM/yy HH:mm:ss"
        return formatter.string(from: date)
    }
}
