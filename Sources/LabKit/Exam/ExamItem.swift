/// One exam question as authored in `labs/exam/*.yaml` (see `labs/exam/FORMAT.md`).
public struct ExamItem: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var domain: ExamDomain
    public var task: String
    public var difficulty: Difficulty
    public var stem: String
    /// How many options are correct; the learner must choose exactly these (no partial credit).
    public var select: Int
    public var options: [ExamOption]
    public var source: String
    public var lab: String

    public enum Difficulty: String, Codable, Sendable, CaseIterable {
        case easy, medium, hard
    }

    /// Indices of the correct options, in authored order.
    public var correctIndices: Set<Int> {
        Set(options.indices.filter { options[$0].correct })
    }

    public func isCorrect(_ chosen: Set<Int>) -> Bool { chosen == correctIndices }
}

public struct ExamOption: Codable, Sendable, Equatable {
    public var text: String
    public var correct: Bool
    public var why: String
}
