import Foundation

/// The time the simulated world runs on. Long AWS operations, alarm periods and timed exams read
/// this instead of the wall clock, so tests can drive time by hand and stay deterministic.
public protocol WorldClock: Sendable {
    var now: Date { get }
}

/// The wall clock, for a learner's real sessions.
public struct SystemClock: WorldClock {
    public init() {}
    public var now: Date { Date() }
}
