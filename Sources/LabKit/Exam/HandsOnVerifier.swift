import Foundation

/// `lab dev verify` for hands-on exam items: in a fresh scratch, after the setup, every check must
/// fail, and after the item's solution every check must pass.
public enum HandsOnVerifier {
    /// The problems found; empty when the item is sound.
    public static func verify(_ item: ExamItem) -> [String] {
        guard let task = item.handsOn else { return [] }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("exam-verify-\(UUID().uuidString)", isDirectory: true)
        defer {
            OpenDatabases.shared.forget(directory)
            try? FileManager.default.removeItem(at: directory)
        }
        var problems: [String] = []
        do {
            let scratch = try HandsOnScratch(directory: directory, setup: task.setup)
            for result in try scratch.grade(task.checks, answer: nil) where result.passed {
                problems.append("\(item.id)/\(result.checkID) already passes after the setup")
            }
            var answer: String?
            for line in task.solution.map({ LabText.expand($0) }) {
                let (word, rest) = SolutionRunner.split(line)
                if word == "submit" {
                    answer = rest
                } else if let failure = try scratch.run(line) {
                    return problems + ["\(item.id): solution failed at '\(line)': \(failure)"]
                }
            }
            for result in try scratch.grade(task.checks, answer: answer) where !result.passed {
                let found = result.message.components(separatedBy: "found: ").last ?? result.message
                problems.append("\(item.id)/\(result.checkID) fails after the solution: found \(found)")
            }
        } catch {
            problems.append("\(item.id): \(error)")
        }
        return problems
    }
}
