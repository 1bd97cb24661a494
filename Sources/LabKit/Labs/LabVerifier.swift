import CloudSim
import Foundation

/// `lab dev verify`: for each lab, in a fresh temporary workspace, every check must fail on the
/// lab's starting state (a check that passes before any work grades nothing) and each step's
/// checks must pass once its reference solution has run.
public enum LabVerifier {
    public struct Report: Sendable, Equatable {
        public var lab: String
        public var problems: [String]
        public var checksVerified: Int
    }

    public static func verify(_ lab: LabDefinition, catalog: LabCatalog, solutions: SolutionLibrary) -> Report {
        var problems: [String] = []
        var verified = 0
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-verify-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let workspace = try Workspace.open(at: scratch, createdBy: "lab dev verify")
            let store = try ProgressStore(at: workspace.progressDatabase)
            let learner = try store.learnerID(named: "verifier", at: Date())
            try LabReset.rebuild(workspace, catalog: catalog, solutions: solutions, lab: lab)
            let start = CheckContext(world: try World(workspace: workspace.root), submitted: nil,
                                     workspaceRoot: workspace.root, cluster: lab.cluster,
                                   datasets: solutions.datasets)
            for step in lab.steps {
                for check in step.checks where CheckEvaluator.evaluate(check, in: start).passed {
                    problems.append("\(step.id)/\(check.id) already passes on the lab's starting state")
                }
            }
            let runner = SolutionRunner(workspace: workspace, answers: (store, learner))
            for step in lab.steps {
                try runner.run(lab: lab.id, step: step.id, solutions: solutions)
                let context = CheckContext(world: try World(workspace: workspace.root),
                                           submitted: try store.submittedAnswer(learner: learner, lab: lab.id, step: step.id),
                                           workspaceRoot: workspace.root, cluster: lab.cluster,
                                   datasets: solutions.datasets)
                for check in step.checks {
                    let outcome = CheckEvaluator.evaluate(check, in: context)
                    if outcome.passed {
                        verified += 1
                    } else {
                        problems.append("\(step.id)/\(check.id) fails after the reference solution: found \(outcome.found)")
                    }
                }
            }
        } catch {
            problems.append("\(error)")
        }
        return Report(lab: lab.id, problems: problems, checksVerified: verified)
    }
}
