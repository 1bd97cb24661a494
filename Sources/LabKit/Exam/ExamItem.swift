/// One exam question as authored in `labs/exam/*.yaml` (see `labs/exam/FORMAT.md`): either a
/// multiple-choice item, or a hands-on item answered by doing something in a scratch world.
public struct ExamItem: Decodable, Sendable, Equatable, Identifiable {
    public var id: String
    public var domain: ExamDomain
    public var task: String
    public var difficulty: Difficulty
    public var stem: String
    /// How many options are correct; the learner must choose exactly these (no partial credit).
    /// Zero for hands-on items, which have no options.
    public var select: Int
    public var options: [ExamOption]
    public var source: String
    public var lab: String
    /// Why the hands-on result is what it is, shown after grading (choice items explain per option).
    public var explanation: String?
    /// Present on hands-on items; read from the file's `hands_on:` block by `ExamBank`.
    public var handsOn: HandsOnTask?

    public enum Difficulty: String, Codable, Sendable, CaseIterable {
        case easy, medium, hard
    }

    enum CodingKeys: String, CodingKey {
        case id, domain, task, difficulty, stem, select, options, source, lab, explanation
    }

    public init(id: String, domain: ExamDomain, task: String, difficulty: Difficulty, stem: String, select: Int,
                options: [ExamOption], source: String, lab: String, explanation: String? = nil, handsOn: HandsOnTask? = nil) {
        self.id = id
        self.domain = domain
        self.task = task
        self.difficulty = difficulty
        self.stem = stem
        self.select = select
        self.options = options
        self.source = source
        self.lab = lab
        self.explanation = explanation
        self.handsOn = handsOn
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        domain = try container.decode(ExamDomain.self, forKey: .domain)
        task = try container.decode(String.self, forKey: .task)
        difficulty = try container.decode(Difficulty.self, forKey: .difficulty)
        stem = try container.decode(String.self, forKey: .stem)
        select = try container.decodeIfPresent(Int.self, forKey: .select) ?? 0
        options = try container.decodeIfPresent([ExamOption].self, forKey: .options) ?? []
        source = try container.decode(String.self, forKey: .source)
        lab = try container.decode(String.self, forKey: .lab)
        explanation = try container.decodeIfPresent(String.self, forKey: .explanation)
    }

    public var isHandsOn: Bool { handsOn != nil }

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

/// A question answered by doing: the world is set up, the learner works in it with `aws`, `clock`
/// and SQL lines and hands in an answer, and checks grade the world, the database and the answer.
public struct HandsOnTask: Sendable, Equatable {
    /// Lines run in a fresh scratch world and database before the learner starts; a line that is
    /// not an `aws` or `clock` command is one SQL statement.
    public var setup: [String]
    public var checks: [CheckSpec]
    /// What a learner would type to pass (`aws`, `clock` and `submit` lines); `lab dev verify`
    /// runs it, so every hands-on item is known to be answerable.
    public var solution: [String]
}
