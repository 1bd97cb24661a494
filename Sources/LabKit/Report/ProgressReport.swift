import Foundation

/// Everything an instructor or learner export shows, computed once from the progress store and
/// rendered as CSV, JSON or HTML: one row per check per learner, one per exam session, and totals.
public struct ProgressReport: Codable, Sendable, Equatable {
    /// One check of one step as a learner stands on it.
    public struct CheckRow: Codable, Sendable, Equatable {
        public var learner: String
        public var lab: String
        public var step: String
        public var check: String
        /// Passed in the learner's latest attempt at the step.
        public var passed: Bool
        public var points: Int
        public var maxPoints: Int
        /// Graded attempts at the step.
        public var attempts: Int
        /// Hint tiers revealed for the step.
        public var hints: Int
        /// When the step first passed as a whole.
        public var firstPassAt: Date?
    }

    /// One exam session with its per-domain accuracy.
    public struct ExamRow: Codable, Sendable, Equatable {
        public var learner: String
        public var session: Int64
        public var mode: String
        public var startedAt: Date
        public var submittedAt: Date?
        public var questions: Int
        public var answered: Int
        public var correct: Int
        public var scaledScore: Int?
        public var passed: Bool?
        /// Percent correct among answered items, by domain number ("1"..."4"); absent domains had none.
        public var domainPercent: [String: Int]
    }

    public struct LearnerTotals: Codable, Sendable, Equatable {
        public var learner: String
        public var points: Int
        public var maxPoints: Int
        public var stepsPassed: Int
        public var stepsTried: Int
        public var attempts: Int
        public var hints: Int
        public var examSessions: Int
        public var bestExamScore: Int?
    }

    public var generatedAt: Date
    public var learners: [LearnerTotals]
    public var checks: [CheckRow]
    public var exams: [ExamRow]
}
