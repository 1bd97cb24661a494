import CloudSim
import Foundation
import LabKit

/// A hands-on exam item: a fresh scratch world is set up, the learner works in it with `aws` and
/// `clock` lines, hands in an answer with `submit`, and `done` grades the world and the answer.
struct HandsOnLoop {
    let context: ExamContext

    static let usage = "Work with aws ... and clock ... lines, hand in with submit <answer>, grade with done; q stops."

    /// The scratch world lives in the workspace under a fixed name, apart from the lab world.
    var scratch: URL { context.session.workspace.root.appendingPathComponent("exam-scratch", isDirectory: true) }

    /// Runs the item; nil when the learner stopped before grading.
    func perform(_ item: ExamItem, task: HandsOnTask) throws -> (passed: Bool, results: [CheckResult])? {
        let commands = WorldCommandLine(worldDirectory: scratch,
                                        workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if FileManager.default.fileExists(atPath: scratch.path) { try FileManager.default.removeItem(at: scratch) }
        for line in task.setup.map({ LabText.expand($0) }) {
            let result = try commands.run(line)
            guard result.exitCode == 0 else {
                throw LabFailure("the hands-on item \(item.id) could not be set up at '\(line)': \(result.stderr)")
            }
        }
        context.console.out(Self.usage)
        var answer: String?
        while true {
            guard case .line(let raw) = context.ask("hands-on> ") else { return nil }
            let line = raw.trimmingCharacters(in: .whitespaces)
            let word = line.prefix { !$0.isWhitespace }.lowercased()
            if line.isEmpty { continue }
            if word == "q" { return nil }
            if word == "done" || word == "check" {
                let world = try commands.world()
                let results = task.checks.map { CheckEvaluator.result($0, in: CheckContext(world: world, submitted: answer)) }
                return (results.allSatisfy(\.passed), results)
            }
            if word == "submit" {
                let text = line.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                answer = text.isEmpty ? nil : text
                context.console.out(answer.map { "Handed in '\($0)'. Type done to grade." } ?? "usage: submit <your answer>")
                continue
            }
            guard WorldCommandLine.handles(line) else {
                context.console.err(Self.usage)
                continue
            }
            let result = try commands.run(line)
            if !result.stdout.isEmpty { context.console.out(String(result.stdout.dropLast(result.stdout.hasSuffix("\n") ? 1 : 0))) }
            if !result.stderr.isEmpty { context.console.err(String(result.stderr.dropLast(result.stderr.hasSuffix("\n") ? 1 : 0))) }
        }
    }
}
