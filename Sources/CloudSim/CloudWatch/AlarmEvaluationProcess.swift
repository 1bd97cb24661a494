import Foundation

/// Evaluates every alarm as world time passes: at each period boundary since the alarm was last
/// evaluated, over the periods that ended by then, recording each state change at the boundary
/// it happened. It runs at the start of every world transaction (never on a thread of its own),
/// so alarms are current whenever anything reads them or the clock has moved.
struct AlarmEvaluationProcess: TimeDrivenProcess {
    /// At most this much world time is replayed (CloudWatch keeps alarm history two weeks).
    static let replayLimit: TimeInterval = 14 * 86_400

    func catchUp(_ world: WorldTransaction) throws {
        for var alarm in try Alarm.all(world.db) {
            try Self.evaluate(&alarm, until: world.now, world)
        }
    }

    static func evaluate(_ alarm: inout Alarm, until now: Date, _ world: WorldTransaction) throws {
        let configuration = alarm.configuration
        let period = Double(configuration.period)
        let evaluator = configuration.evaluator
        let earliest = max(alarm.evaluatedUntil, now.addingTimeInterval(-replayLimit))
        let firstBoundary = ((earliest.timeIntervalSince1970 / period).rounded(.down) + 1) * period
        let lastBoundary = (now.timeIntervalSince1970 / period).rounded(.down) * period
        guard firstBoundary <= lastBoundary else { return }
        let rangeStart = Date(timeIntervalSince1970: firstBoundary - Double(evaluator.rangeLength) * period)
        let source = MetricSource(db: world.db, now: now)
        var values: [Double: AlarmEvaluator.Point] = [:]
        for (start, set) in try source.combinedPeriods(configuration.metric, from: rangeStart,
                                                        to: Date(timeIntervalSince1970: lastBoundary),
                                                        period: configuration.period, unit: configuration.unit) {
            guard let value = set.value(of: configuration.statistic) else { continue }
            values[start.timeIntervalSince1970] = AlarmEvaluator.Point(timestamp: start, value: value, sampleCount: set.sampleCount)
        }
        var boundary = firstBoundary
        while boundary <= lastBoundary {
            let range = (1...evaluator.rangeLength).reversed().map { back in values[boundary - Double(back) * period] }
            if let outcome = evaluator.evaluate(range, current: alarm.state), outcome.state != alarm.state {
                let time = Date(timeIntervalSince1970: boundary)
                try alarm.transition(to: outcome.state, reason: outcome.reason,
                                     data: reasonData(outcome, configuration, at: time, rangeStart: boundary - Double(evaluator.evaluationPeriods) * period),
                                     at: time, world.db)
            }
            boundary += period
        }
        alarm.evaluatedUntil = Date(timeIntervalSince1970: lastBoundary)
        try alarm.save(world.db)
    }

    /// StateReasonData as CloudWatch writes it: the query and start dates, the statistic, the
    /// recent datapoints and the threshold, and the datapoints evaluated.
    private static func reasonData(_ outcome: AlarmEvaluator.Outcome, _ configuration: AlarmConfiguration, at time: Date,
                                   rangeStart: Double) -> AWSValue {
        let statisticKey = configuration.isExtended ? "extendedStatistic" : "statistic"
        var members: [AWSValue.Member] = [
            .init("version", .string("1.0")),
            .init("queryDate", .string(timestamp(time))),
            .init("startDate", .string(timestamp(Date(timeIntervalSince1970: rangeStart)))),
            .init(statisticKey, .string(configuration.statisticName)),
            .init("period", .integer(configuration.period)),
            .init("recentDatapoints", .list(outcome.evaluated.reversed().map { .double($0.value) })),
            .init("threshold", .double(configuration.threshold)),
        ]
        if let unit = configuration.unit { members.insert(.init("unit", .string(unit)), at: 5) }
        members.append(.init("evaluatedDatapoints", .list(outcome.evaluated.map {
            .object([.init("timestamp", .string(timestamp($0.timestamp))), .init("sampleCount", .double($0.sampleCount)),
                     .init("value", .double($0.value))])
        })))
        return .object(members)
    }

    /// `2026-01-01T00:05:00.000+0000`.
    private static func timestamp(_ date: Date) -> String {
        String(WorldTime.s3Timestamp(date).dropLast()) + "+0000"
    }
}
