/// A guided lab as authored in `labs/<id>/lab.yaml`: ordered steps, each teaching one thing,
/// with tiered hints and the checks that grade the learner's world.
public struct LabDefinition: Sendable, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    /// The lab whose finished world this one starts from; `lab reset` replays the reference
    /// solutions of that chain, so any lab can be started fresh.
    public var buildsOn: String?
    /// The cluster whose database the lab's SQL works on (`\\c` connects the REPL to it); its SQL
    /// checks read that database. Nil: the scratch database.
    public var cluster: String?
    public var steps: [LabStep]

    public var maxPoints: Int { steps.map(\.maxPoints).reduce(0, +) }

    public func step(_ id: String) -> LabStep? { steps.first { $0.id == id } }

    public func index(of step: String) -> Int? { steps.firstIndex { $0.id == step } }
}

public struct LabStep: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Markdown, rendered for the terminal.
    public var instructions: String
    /// Nudge first, then the concept with a documentation pointer, then a near-solution.
    public var hints: [LabHint]
    public var checks: [CheckSpec]
    /// DEA-C01 task statements the step practises ("1.1", "4.2").
    public var examTasks: [String]

    public var maxPoints: Int { checks.map(\.points).reduce(0, +) }
}

public struct LabHint: Sendable, Equatable {
    public var text: String
    /// An AWS documentation page the hint points to.
    public var doc: String?
}

/// One declarative check: its kind, what the learner should have built in the learner's words,
/// points, and the kind's parameters.
public struct CheckSpec: Sendable, Equatable {
    public var id: String
    public var kind: CheckKind
    /// What passing means, in the learner's terms: "the raw bucket has default encryption".
    public var expectation: String
    public var points: Int
}
