import CloudSim
import Foundation
import LabKit

/// Runs the REPL's lab words against the learner's guide. Returns whether the command succeeded:
/// a check that does not pass counts as a failure, so a piped script reports it.
struct LabWordHandler {
    let desk: LabDesk
    let console: any Console

    var guide: LabGuide { desk.guide }

    func run(_ word: LabWord, arguments: String) throws -> Bool {
        switch word {
        case .labs:
            console.out(try LabScreen.overview(guide, current: try guide.position()?.lab.id))
        case .status:
            try show(guide.requirePosition())
        case .check:
            let grade = try guide.checkCurrent()
            console.out(LabScreen.grade(grade, solutions: guide.solutions))
            return grade.passed
        case .hint:
            guard let hint = try guide.nextHint() else {
                console.out("You have seen every hint for this step. 'solution --give-up' shows the reference solution.")
                return true
            }
            console.out(LabScreen.hint(tier: hint.tier, of: hint.of, hint.hint))
        case .next:
            try show(guide.move(by: 1))
        case .back:
            try show(guide.move(by: -1))
        case .goto:
            guard !arguments.isEmpty else { throw LabFailure("goto needs a lab id or a step id ('labs' lists them)") }
            try show(guide.goto(arguments))
        case .solution:
            guard arguments.isEmpty || arguments == "--give-up" else {
                throw LabFailure("usage: solution [--give-up]")
            }
            console.out(try guide.solution(givingUp: arguments == "--give-up").trimmingCharacters(in: .newlines))
        case .submit:
            guard !arguments.isEmpty else { throw LabFailure("usage: submit <your answer>") }
            let step = try guide.submit(arguments)
            console.out("Handed in '\(arguments)' for \(step.id). Type 'check' to grade it.")
        case .reset:
            try reset(arguments)
        case .clock:
            return console.show(try WorldCommandLine(workspace: guide.workspace, workingDirectory: guide.workspace.root)
                .run("clock " + arguments))
        case .cost:
            let world = try World(workspace: guide.workspace.root)
            console.out(BillText.render(try world.bill(), at: try world.now()))
        case .help, .exam:
            return true
        }
        return true
    }

    private func show(_ position: (lab: LabDefinition, step: LabStep)) throws {
        let status = try guide.store.stepStatus(learner: guide.learner, lab: position.lab.id, step: position.step.id)
        console.out(LabScreen.step(position.lab, position.step, status: status, solutions: guide.solutions))
    }

    /// `reset` or `reset step`: the world the current step starts from; `reset lab`: the lab's
    /// starting world and its first step; `reset --all`: an empty world.
    private func reset(_ scope: String) throws {
        let (lab, step) = try guide.requirePosition()
        switch scope {
        case "", "step":
            try LabReset.rebuild(guide.workspace, catalog: guide.catalog, solutions: guide.solutions, lab: lab,
                                 beforeStep: step.id)
            console.out("The world is as step '\(step.id)' of \(lab.id) starts.")
        case "lab":
            try LabReset.rebuild(guide.workspace, catalog: guide.catalog, solutions: guide.solutions, lab: lab)
            try show(guide.goto(lab.steps[0].id))
        case "--all":
            try LabReset.wipe(guide.workspace)
            console.out("The simulated world and the scratch database are empty again. Your progress is kept.")
        default:
            throw LabFailure("usage: reset [step | lab | --all]")
        }
    }
}
