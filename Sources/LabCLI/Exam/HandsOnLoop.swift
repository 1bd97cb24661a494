import Foundation
import LabKit

/// A hands-on exam item: a fresh scratch world and database are set up, the learner works in them
/// with `aws`, `clock` and SQL lines, hands in an answer with `submit`, and `done` grades.
struct HandsOnLoop {
    let context: ExamContext

    static let usage = "Work with aws ..., clock ... and SQL lines, hand in with submit <answer>, grade with done; q stops."

    /// The scratch lives in the workspace under a fixed name, apart from the lab world.
    var directory: URL { context.session.workspace.root.appendingPathComponent("exam-scratch", isDirectory: true) }

    /// Runs the item; nil when the learner stopped before grading.
    func perform(_ item: ExamItem, task: HandsOnTask) throws -> (passed: Bool, results: [CheckResult])? {
        let scratch: HandsOnScratch
        do { scratch = try HandsOnScratch(directory: directory, setup: task.setup) } catch {
            throw LabFailure("the hands-on item \(item.id) could not be set up: \(error)")
        }
        context.console.out(Self.usage)
        var answer: String?
        var sql = SQLInputBuffer()
        let runner = SQLScriptRunner(database: try scratch.database(), formatter: ResultFormatter(),
                                     out: { context.console.out($0.hasSuffix("\n") ? String($0.dropLast()) : $0) },
                                     err: { context.console.err($0.hasSuffix("\n") ? String($0.dropLast()) : $0) })
        while true {
            guard case .line(let raw) = context.ask(sql.isEmpty ? "hands-on> " : "hands-on-> ") else { return nil }
            let line = raw.trimmingCharacters(in: .whitespaces)
            let word = line.prefix { !$0.isWhitespace }.lowercased()
            let isCommand = ["q", "done", "check", "submit"].contains(word)
            if !sql.isEmpty && !isCommand {
                for statement in sql.append(line: raw) { _ = runner.run(statement) }
                continue
            }
            if !sql.isEmpty {
                // The hands-on words always act, so an unfinished statement cannot trap the learner.
                context.console.err("(unfinished SQL without its ';' was dropped)")
                sql.reset()
            }
            switch word {
            case "":
                continue
            case "q":
                return nil
            case "done", "check":
                let results = try scratch.grade(task.checks, answer: answer)
                return (results.allSatisfy(\.passed), results)
            case "submit":
                let text = line.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                answer = text.isEmpty ? nil : text
                context.console.out(answer.map { "Handed in '\($0)'. Type done to grade." } ?? "usage: submit <your answer>")
            default:
                if WorldCommandLine.handles(line) {
                    let result = try scratch.commands.run(line)
                    _ = context.console.show(result)
                } else {
                    for statement in sql.append(line: raw) { _ = runner.run(statement) }
                }
            }
        }
    }
}
