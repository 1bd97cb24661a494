import CloudSim
import Foundation
import Warehouse

/// Replays reference-solution lines against a workspace's world, as a learner typing them would:
/// `aws ...` and `clock advance N` go to the world, `submit ...` hands in an answer, `\\c CLUSTER`
/// sends the SQL that follows to that cluster's database (`\\c scratch` back), for this step and
/// the ones replayed after it. A line that fails stops the replay with what it printed.
/// `{security-group:NAME}` in a line is the id of the learner's security group NAME, which a
/// learner reads from describe-security-groups and types; `{cost:CLUSTER}` is the cluster's compute
/// cost as `cost` prints it, in dollars, which a learner reads off the bill and hands in.
public struct SolutionRunner {
    public let workspace: Workspace
    /// Where `submit` lines record answers; nil when replaying only to rebuild a world.
    public let answers: (store: ProgressStore, learner: Int64)?
    /// The cluster the SQL goes to since the last `\\c`; nil for the scratch database.
    private let connection = Connection()

    private final class Connection {
        var cluster: String?
    }

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
        WorldCommandLine.handles(line) || ["submit", "\\c", "\\connect"].contains(split(line).0)
    }

    /// Runs solution SQL on the database the last `\\c` chose, as the learner's REPL would.
    private func runSQL(_ text: String) -> String? {
        do {
            _ = try OpenDatabases.shared.target(workspaceRoot: workspace.root, cluster: connection.cluster).execute(text)
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
        if word == "\\c" || word == "\\connect" {
            connection.cluster = rest == StoredDatabase.scratchDirectoryName ? nil : rest
            do {
                _ = try OpenDatabases.shared.target(workspaceRoot: workspace.root, cluster: connection.cluster)
                return nil
            } catch {
                return "\(error)"
            }
        }
        if word == "submit" {
            if let answers {
                try answers.store.submitAnswer(try costsExpanded(rest), learner: answers.learner, lab: lab, step: step, at: Date())
            }
            return nil
        }
        let commands = WorldCommandLine(workspace: workspace, workingDirectory: workspace.root)
        let result = try commands.run(try securityGroupsExpanded(line, commands))
        return result.exitCode == 0 ? nil : result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `{security-group:NAME}` replaced by the id of security group NAME in the default VPC.
    private func securityGroupsExpanded(_ line: String, _ commands: WorldCommandLine) throws -> String {
        var expanded = line
        while let open = expanded.range(of: "{security-group:"), let close = expanded[open.upperBound...].firstIndex(of: "}") {
            let name = String(expanded[open.upperBound..<close])
            let lookup = try commands.run("aws ec2 describe-security-groups --group-names \(name) --query SecurityGroups[0].GroupId --output text")
            expanded.replaceSubrange(open.lowerBound...close, with: lookup.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return expanded
    }

    /// `{cost:CLUSTER}` replaced by the cluster's compute cost on the bill now, to the cent.
    private func costsExpanded(_ text: String) throws -> String {
        var expanded = text
        while let open = expanded.range(of: "{cost:"), let close = expanded[open.upperBound...].firstIndex(of: "}") {
            let cluster = String(expanded[open.upperBound..<close])
            let bill = try World(workspace: workspace.root).bill()
            let cost = bill.clusters.first { $0.clusterID == cluster }?.cost
            expanded.replaceSubrange(open.lowerBound...close, with: cost.map { String(format: "%.2f", $0) } ?? "no cost for \(cluster)")
        }
        return expanded
    }

    static func split(_ line: String) -> (String, String) {
        let word = line.prefix { !$0.isWhitespace }
        return (word.lowercased(), line.dropFirst(word.count).trimmingCharacters(in: .whitespaces))
    }
}
