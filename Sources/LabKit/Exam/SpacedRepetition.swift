import Foundation

/// SM-2 scheduling (Wozniak's SuperMemo 2) for drill: an item answered well comes back after
/// 1 day, then 6, then growing by its easiness factor; an item answered badly starts over.
public struct RecallSchedule: Sendable, Equatable {
    public var repetitions: Int
    public var easiness: Double
    public var intervalDays: Double
    public var dueAt: Date

    public static func new(at time: Date) -> RecallSchedule {
        RecallSchedule(repetitions: 0, easiness: 2.5, intervalDays: 0, dueAt: time)
    }

    /// The SM-2 update for a recall of `quality` 0 (blackout) to 5 (perfect) at `time`.
    public func reviewed(quality: Int, at time: Date) -> RecallSchedule {
        let q = Double(min(5, max(0, quality)))
        var next = self
        next.easiness = max(1.3, easiness + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))
        if quality >= 3 {
            switch repetitions {
            case 0: next.intervalDays = 1
            case 1: next.intervalDays = 6
            default: next.intervalDays = (intervalDays * next.easiness).rounded()
            }
            next.repetitions = repetitions + 1
        } else {
            next.repetitions = 0
            next.intervalDays = 1
        }
        next.dueAt = time.addingTimeInterval(next.intervalDays * 86_400)
        return next
    }

    /// Grades an exam answer as an SM-2 quality: wrong is a failed recall; right but slower than the
    /// real exam's pace (130 minutes / 65 items = 2 minutes) is a hard recall.
    public static func quality(correct: Bool, seconds: Double) -> Int {
        guard correct else { return 1 }
        if seconds > slowSeconds { return 3 }
        return seconds < 30 ? 5 : 4
    }

    /// The real exam's pace per item.
    public static let slowSeconds = ExamRun.secondsPerItem
}
