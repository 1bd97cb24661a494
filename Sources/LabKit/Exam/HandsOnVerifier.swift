import Foundation

/// `lab dev verify` for hands-on exam items: in a fresh scratch world, after the setup, every check
/// must fail, and after the item's solution every check must pass.
public enum HandsOnVerifier {
    /// The problems found; empty when the item is sound.
    public static func verify(_ item: ExamItem) -> [String] {
        guard let task = item.handsOn else { return [] }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("exam-verify-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let commands = WorldCommandLine(worldDirectory: scratch, workingDirectory: scratch)
        var problems: [String] = []
        do {
            for line in task.setup.map({ LabText.expand($0) }) {
                let result = try commands.run(line)
                if result.exitCode != 0 { return ["\(item.id): setup failed at '\(line)': \(result.stderr)"] }
            }
            let start = CheckContext(world: try commands.world(), submitted: nil)
            for check in task.checks where CheckEvaluator.evaluate(check, in: start).passed {
                problems.append("\(item.id)/\(check.id) already passes after the setup")
            }
            var answer: String?
            for line in task.solution.map({ LabText.expand($0) }) {
                let (word, rest) = SolutionRunner.split(line)
                if word == "submit" {
                    answer = rest
                    continue
                }
                let result = try commands.run(line)
                if result.exitCode != 0 { return problems + ["\(item.id): solution failed at '\(line)': \(result.stderr)"] }
            }
            let end = CheckContext(world: try commands.world(), submitted: answer)
            for check in task.checks {
                let outcome = CheckEvaluator.evaluate(check, in: end)
                if !outcome.passed { problems.append("\(item.id)/\(check.id) fails after the solution: found \(outcome.found)") }
            }
        } catch {
            problems.append("\(item.id): \(error)")
        }
        return problems
    }
}
