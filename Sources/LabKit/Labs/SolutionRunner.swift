import CloudSim
import Foundation
import Warehouse

/// Replays reference-solution lines against a workspace's world, as a learner typing them would:
/// `aws ...` and `clock advance N` go to the world, `submit ...` hands in an answer. A line that
/// fails stops the replay with what it printed.
public struct SolutionRunner {
    public let workspace: Workspace
    /// Where `submit` lines record answers; nil when replaying only to rebuild a world.
    public let answers: (store: ProgressStore, learner: Int64)?

    public init(workspace: Workspace, answers: (store: ProgressStore, learner: Int64)?) {
        self.workspace = workspace
        self.answers = answers
    }

    public func run(lab: String, step: String, solutions: SolutionLibrary) throws {
        var sql: [String] = []
        for line in try solutions.lines(lab: lab, step: step) {
            let failure: String?
            if !sql.isEmpty || !Self.isCommand(line) {
                // SQL may span lines; it runs once a line ends the statement with `;`.
                sql.append(line)
                guard line.hasSuffix(";") else { continue }
                failure = runSQL(sql.joined(separator: "\n"))
                sql = []
            } else {
                failure = try perform(line, lab: lab, step: step)
            }
            if let failure {
                throw LabSolutionError.failed(lab: lab, step: step, line: line, output: failure)
            }
        }
        if !sql.isEmpty {
            throw LabSolutionError.failed(lab: lab, step: step, line: sql.joined(separator: " "), output: "the SQL has no closing ';'")
        }
    }

    static func isCommand(_ line: String) -> Bool {
        WorldCommandLine.handles(line) || split(line).0 == "submit"
    }

    /// Runs solution SQL on the workspace's scratch database, as the learner's REPL would.
    private func runSQL(_ text: String) -> String? {
        do {
            _ = try OpenDatabases.shared.database(for: workspace.root).execute(text)
            return nil
        } catch let error as SQLError {
            return "ERROR:  \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    /// Returns what went wrong, or nil when the line did its job.
    private func perform(_ line: String, lab: String, step: String) throws -> String? {
        let (word, rest) = Self.split(line)
        if word == "submit" {
            if let answers {
                try answers.store.submitAnswer(rest, learner: answers.learner, lab: lab, step: step, at: Date())
            }
            return nil
        }
        let result = try WorldCommandLine(workspace: workspace, workingDirectory: workspace.root).run(line)
        return result.exitCode == 0 ? nil : result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func split(_ line: String) -> (String, String) {
        let word = line.prefix { !$0.isWhitespace }
        return (word.lowercased(), line.dropFirst(word.count).trimmingCharacters(in: .whitespaces))
    }
}
