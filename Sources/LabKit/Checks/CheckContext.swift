import CloudSim
import Foundation

/// What checks may look at: the learner's simulated world, their database, and what they handed
/// in for the step.
public struct CheckContext {
    public let world: World
    public let submitted: String?
    /// The workspace whose database SQL checks read; nil where there is none.
    public let workspaceRoot: URL?
    /// The cluster whose database SQL checks read (the lab's); nil for the scratch database.
    public let cluster: String?
    /// The sample data folder, for `{manifest:...}` in expected values; nil where there is none.
    public let datasets: URL?

    public init(world: World, submitted: String?, workspaceRoot: URL? = nil, cluster: String? = nil, datasets: URL? = nil) {
        self.world = world
        self.submitted = submitted
        self.workspaceRoot = workspaceRoot
        self.cluster = cluster
        self.datasets = datasets
    }

    /// The learner's database: the process's open session on the scratch database or the lab's
    /// cluster, so a check sees exactly what the learner's REPL session sees. A cluster that does
    /// not accept the connection fails the check with psql's words.
    func database() throws -> any SQLTarget {
        guard let workspaceRoot else { throw SQLCheckError("this check needs the learner's database, and there is none here") }
        do {
            return try OpenDatabases.shared.target(workspaceRoot: workspaceRoot, cluster: cluster)
        } catch let refused as ClusterConnectionError {
            let oneLine = refused.description.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            throw SQLCheckError("cannot connect to cluster \(cluster ?? ""): \(oneLine)")
        }
    }

    /// Lab files write `{account}` and `{region}` so names match the learner's simulated account,
    /// and `{manifest:...}` for counts the sample data's manifest documents.
    func expand(_ text: String) -> String { LabText.expand(text, datasets: datasets) }

    /// Runs an AWS CLI command line (without the leading `aws`) for a check, always as JSON.
    func aws(_ command: String) -> CommandOutcome {
        let words: [String]
        do { words = try ShellWords.split(expand(command)) } catch {
            return .failed(code: nil, message: "the check's command has an unterminated quote")
        }
        let result = AWSCLI(world: world).run(words + ["--output", "json"])
        guard result.exitCode == 0 else {
            let text = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failed(code: Self.errorCode(in: text), message: text)
        }
        let data = Data(result.stdout.utf8)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) { return .succeeded([String: Any]()) }
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failed(code: nil, message: "the command printed something that is not JSON")
        }
        return .succeeded(json)
    }

    /// The code in the CLI's `An error occurred (Code) when calling ...` line.
    static func errorCode(in stderr: String) -> String? {
        guard let open = stderr.range(of: "An error occurred ("),
              let close = stderr[open.upperBound...].firstIndex(of: ")") else { return nil }
        return String(stderr[open.upperBound..<close])
    }

    enum CommandOutcome {
        case succeeded(Any)
        case failed(code: String?, message: String)
    }
}
