import CloudSim
import Foundation

/// Re-grades the answer files a hand-in carried, so an instructor need not trust recorded results:
/// for each `<lab>/<step>.sql`, a fresh workspace is brought to the state the step starts from
/// (reference solutions of everything before it), the learner's SQL runs there, and the step's
/// checks grade the outcome.
public enum HandInRegrader {
    public struct Verdict: Sendable, Equatable {
        public var learner: String
        public var lab: String
        public var step: String
        /// Whether the learner's recorded progress says the step passed.
        public var recordedPass: Bool
        /// Whether the answer file passes the step's checks now.
        public var regradedPass: Bool
        public var messages: [String]
    }

    public static func regrade(learner: String, store: ProgressStore, catalog: LabCatalog,
                               solutions: SolutionLibrary) throws -> [Verdict] {
        let learnerID = try store.learnerID(named: learner, at: Date())
        var verdicts: [Verdict] = []
        for (path, sql) in try store.handInAnswerFiles(learner: learner).sorted(by: { $0.key < $1.key }) {
            let parts = path.split(separator: "/")
            guard parts.count == 2, parts[1].hasSuffix(".sql"), let lab = catalog.lab(String(parts[0])),
                  let step = lab.step(String(parts[1].dropLast(4))) else { continue }
            let recorded = try store.stepStatus(learner: learnerID, lab: lab.id, step: step.id) == "passed"
            let results = grade(sql, lab: lab, step: step, catalog: catalog, solutions: solutions)
            verdicts.append(Verdict(learner: learner, lab: lab.id, step: step.id, recordedPass: recorded,
                                    regradedPass: results.allSatisfy(\.passed), messages: results.map(\.message)))
        }
        return verdicts
    }

    private static func grade(_ sql: String, lab: LabDefinition, step: LabStep, catalog: LabCatalog,
                              solutions: SolutionLibrary) -> [CheckResult] {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-regrade-\(UUID().uuidString)", isDirectory: true)
        defer {
            OpenDatabases.shared.forget(scratch)
            try? FileManager.default.removeItem(at: scratch)
        }
        do {
            let workspace = try Workspace.open(at: scratch, createdBy: "lab class regrade")
            try LabReset.rebuild(workspace, catalog: catalog, solutions: solutions, lab: lab, beforeStep: step.id)
            let database = try OpenDatabases.shared.target(workspaceRoot: workspace.root, cluster: lab.cluster)
            // A query answer is graded as handed in; statements that build something must run first.
            if (try? database.execute(sql)) == nil && !step.checks.contains(where: { if case .query = $0.kind { true } else { false } }) {
                return step.checks.map {
                    CheckResult(checkID: $0.id, passed: false, points: 0, maxPoints: $0.points,
                                message: "✗ the answer file does not run on the step's starting state")
                }
            }
            let context = CheckContext(world: try World(workspace: workspace.root), submitted: sql,
                                       workspaceRoot: workspace.root, cluster: lab.cluster)
            return step.checks.map { CheckEvaluator.result($0, in: context) }
        } catch {
            return step.checks.map {
                CheckResult(checkID: $0.id, passed: false, points: 0, maxPoints: $0.points, message: "✗ \(error)")
            }
        }
    }
}
