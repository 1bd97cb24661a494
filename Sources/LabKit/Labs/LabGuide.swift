import CloudSim
import Foundation

/// The guided-lab side of a learner's session: where they are, grading the current step, hints,
/// solutions, hand-in answers and moving between steps. The REPL's lab words and `lab check`
/// call into it; every graded attempt and hint is recorded with its time.
public final class LabGuide {
    public let catalog: LabCatalog
    public let solutions: SolutionLibrary
    public let workspace: Workspace
    public let store: ProgressStore
    public let learner: Int64
    let clock: any WorldClock

    public init(catalog: LabCatalog, solutions: SolutionLibrary, workspace: Workspace, store: ProgressStore,
                learner: Int64, clock: any WorldClock = SystemClock()) {
        self.catalog = catalog
        self.solutions = solutions
        self.workspace = workspace
        self.store = store
        self.learner = learner
        self.clock = clock
    }

    /// The learner's position; a learner who has chosen nothing starts at the first lab's first step.
    public func position() throws -> (lab: LabDefinition, step: LabStep)? {
        let labID = try store.currentLab(learner: learner) ?? catalog.labs.first?.id
        guard let labID, let lab = catalog.lab(labID), let first = lab.steps.first else { return nil }
        let stepID = try store.currentStep(learner: learner, lab: lab.id)
        return (lab, stepID.flatMap(lab.step) ?? first)
    }

    /// The learner's position, or `noLabs` when no lab is installed.
    public func requirePosition() throws -> (lab: LabDefinition, step: LabStep) {
        guard let position = try position() else { throw LabGuideError.noLabs }
        return position
    }

    /// Moves to a lab (its first unpassed step) or to a step of the current lab.
    public func goto(_ target: String) throws -> (lab: LabDefinition, step: LabStep) {
        if let lab = catalog.lab(target) {
            let statuses = try store.stepStatuses(learner: learner, lab: lab.id)
            let step = lab.steps.first { statuses[$0.id] != "passed" } ?? lab.steps[0]
            try store.moveTo(learner: learner, lab: lab.id, step: step.id, at: clock.now)
            return (lab, step)
        }
        let (lab, _) = try requirePosition()
        guard let step = lab.step(target) else {
            throw LabGuideError.unknownTarget(target, labs: catalog.labs.map(\.id), steps: lab.steps.map(\.id))
        }
        try store.moveTo(learner: learner, lab: lab.id, step: step.id, at: clock.now)
        return (lab, step)
    }

    /// The next (or previous) step of the current lab.
    public func move(by offset: Int) throws -> (lab: LabDefinition, step: LabStep) {
        let (lab, step) = try requirePosition()
        let index = (lab.index(of: step.id) ?? 0) + offset
        guard lab.steps.indices.contains(index) else {
            throw offset > 0 ? LabGuideError.lastStep(lab.id) : LabGuideError.firstStep(lab.id)
        }
        try store.moveTo(learner: learner, lab: lab.id, step: lab.steps[index].id, at: clock.now)
        return (lab, lab.steps[index])
    }

    /// Grades one step against the world and records the attempt.
    public func grade(lab: LabDefinition, step: LabStep) throws -> [CheckResult] {
        let world = try World(workspace: workspace.root)
        let context = CheckContext(world: world, submitted: try answer(lab: lab.id, step: step.id),
                                   workspaceRoot: workspace.root, cluster: lab.cluster,
                                   datasets: solutions.datasets)
        let results = step.checks.map { CheckEvaluator.result($0, in: context) }
        try store.recordAttempt(learner: learner, lab: lab.id, step: step.id, at: clock.now, checks: results)
        return results
    }

    /// `check` in the REPL: grades the current step and, when it passes, moves on.
    public func checkCurrent() throws -> StepGrade {
        let (lab, step) = try requirePosition()
        let results = try grade(lab: lab, step: step)
        let passed = results.allSatisfy(\.passed)
        var next: LabStep?
        if passed {
            let index = (lab.index(of: step.id) ?? 0) + 1
            if lab.steps.indices.contains(index) {
                next = lab.steps[index]
                try store.moveTo(learner: learner, lab: lab.id, step: lab.steps[index].id, at: clock.now)
            } else {
                try store.completeLab(learner: learner, lab: lab.id, at: clock.now)
            }
        }
        return StepGrade(lab: lab, step: step, results: results, next: next)
    }

    /// The next hint tier for the current step, recorded; nil once every tier has been shown.
    public func nextHint() throws -> (tier: Int, of: Int, hint: LabHint)? {
        let (lab, step) = try requirePosition()
        let shown = try store.hintsUsed(learner: learner, lab: lab.id, step: step.id)
        let tier = (shown.max() ?? 0) + 1
        guard tier <= step.hints.count else { return nil }
        try store.recordHint(learner: learner, lab: lab.id, step: step.id, tier: tier, at: clock.now)
        return (tier, step.hints.count, step.hints[tier - 1])
    }

    /// The reference solution, shown only after the step passed or the learner gave up (recorded).
    public func solution(givingUp: Bool) throws -> String {
        let (lab, step) = try requirePosition()
        if givingUp { try store.giveUp(learner: learner, lab: lab.id, step: step.id, at: clock.now) }
        let passed = try store.stepStatus(learner: learner, lab: lab.id, step: step.id) == "passed"
        guard try passed || store.hasGivenUp(learner: learner, lab: lab.id, step: step.id) else {
            throw LabGuideError.solutionLocked(step.id)
        }
        return solutions.expand(try solutions.solution(lab: lab.id, step: step.id))
    }

    /// What the learner handed in for a step: the latest `submit`, else the step's answer file
    /// (`answers/<lab>/<step>.sql`) for learners who prefer their editor.
    func answer(lab: String, step: String) throws -> String? {
        if let submitted = try store.submittedAnswer(learner: learner, lab: lab, step: step) { return submitted }
        let file = workspace.answersDirectory.appendingPathComponent(lab).appendingPathComponent("\(step).sql")
        return try? String(contentsOf: file, encoding: .utf8)
    }

    /// Hands in an answer for the current step (`submit ...`).
    public func submit(_ answer: String) throws -> LabStep {
        let (lab, step) = try requirePosition()
        try store.submitAnswer(answer, learner: learner, lab: lab.id, step: step.id, at: clock.now)
        return step
    }
}

/// A graded step and where the learner goes next.
public struct StepGrade {
    public let lab: LabDefinition
    public let step: LabStep
    public let results: [CheckResult]
    /// The step the learner moved on to; nil when the step failed or was the lab's last.
    public let next: LabStep?

    public var passed: Bool { results.allSatisfy(\.passed) }
    public var score: Int { results.map(\.points).reduce(0, +) }
}

public enum LabGuideError: Error, Equatable, CustomStringConvertible {
    case noLabs
    case unknownTarget(String, labs: [String], steps: [String])
    case lastStep(String)
    case firstStep(String)
    case solutionLocked(String)

    public var description: String {
        switch self {
        case .noLabs: return "no labs are installed (the labs/ folder has no valid lab.yaml)"
        case .unknownTarget(let target, let labs, let steps):
            return "'\(target)' is neither a lab (\(labs.joined(separator: ", "))) nor a step of this lab "
                + "(\(steps.joined(separator: ", ")))"
        case .lastStep(let lab): return "this is the last step of \(lab); 'labs' lists the others"
        case .firstStep(let lab): return "this is the first step of \(lab)"
        case .solutionLocked(let step):
            return "the solution to '\(step)' opens once the step passes; if you are stuck, take a hint, "
                + "or type 'solution --give-up' (recorded in your progress)"
        }
    }
}
