import Foundation

/// One check's verdict in a graded attempt, with the message the learner saw.
public struct CheckResult: Sendable, Equatable, Codable {
    public var checkID: String
    public var passed: Bool
    public var points: Int
    public var maxPoints: Int
    public var message: String

    public init(checkID: String, passed: Bool, points: Int, maxPoints: Int, message: String) {
        self.checkID = checkID
        self.passed = passed
        self.points = points
        self.maxPoints = maxPoints
        self.message = message
    }
}

/// A graded attempt at one step, as stored.
public struct Attempt: Sendable, Equatable {
    public var id: Int64
    public var labID: String
    public var stepID: String
    public var at: Date
    public var score: Int
    public var maxScore: Int
    public var checks: [CheckResult]

    public var passed: Bool { checks.allSatisfy(\.passed) }
}

