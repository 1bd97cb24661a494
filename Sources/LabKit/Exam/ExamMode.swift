import Foundation

/// The ways a learner meets exam items; each session is recorded with its mode.
public enum ExamMode: String, Sendable, CaseIterable {
    case practice, take, review, drill
}

/// One item's place in a session and what the learner did with it.
public struct ExamAnswer: Sendable, Equatable {
    public var position: Int
    public var itemID: String
    /// Original (authored) option indices chosen; nil while unanswered.
    public var chosen: Set<Int>?
    public var correct: Bool?
    public var flagged: Bool
    public var answeredAt: Date?
    public var seconds: Double
}

/// A stored exam session with its answers in position order.
public struct ExamSessionRecord: Sendable, Equatable {
    public var id: Int64
    public var mode: ExamMode
    public var startedAt: Date
    public var deadline: Date?
    public var submittedAt: Date?
    public var scaledScore: Int?
    public var passed: Bool?
    public var answers: [ExamAnswer]
}

