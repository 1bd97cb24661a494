import CloudSim
import Foundation

/// Runs the world-changing lines a learner types, `aws ...` and `clock [advance N]`, against one
/// simulated world. Lab solutions, `lab reset` and hands-on exam items all go through it, so a
/// line means the same everywhere.
public struct WorldCommandLine {
    public let worldDirectory: URL
    /// Where relative local paths in `aws s3 cp` and `--body` resolve.
    public let workingDirectory: URL

    public init(worldDirectory: URL, workingDirectory: URL) {
        self.worldDirectory = worldDirectory
        self.workingDirectory = workingDirectory
    }

    /// The world of a workspace, with local paths resolved against `workingDirectory`.
    public init(workspace: Workspace, workingDirectory: URL) {
        self.init(worldDirectory: workspace.root.appendingPathComponent(World.directoryName, isDirectory: true),
                  workingDirectory: workingDirectory)
    }

    public func world() throws -> World { try World(directory: worldDirectory) }

    /// The words after `aws`, as `lab aws` and the REPL pass them.
    public func aws(_ arguments: [String]) -> CLIResult {
        do {
            return AWSCLI(world: try world(), workingDirectory: workingDirectory).run(arguments)
        } catch {
            return CLIResult(stderr: "error: \(error)\n", exitCode: 255)
        }
    }

    /// Whether this runs `line` (its first word is `aws` or `clock`).
    public static func handles(_ line: String) -> Bool {
        ["aws", "clock"].contains(SolutionRunner.split(line).0)
    }

    /// Runs an `aws ...` or `clock ...` line; what it printed and whether it succeeded.
    public func run(_ line: String) throws -> CLIResult {
        let (word, rest) = SolutionRunner.split(line)
        switch word {
        case "aws":
            let arguments: [String]
            do { arguments = try ShellWords.split(rest) } catch {
                return CLIResult(stderr: "error: \(error)\n", exitCode: 2)
            }
            return aws(arguments)
        case "clock":
            let (verb, amount) = SolutionRunner.split(rest)
            if verb.isEmpty { return CLIResult(stdout: WorldTime.iso8601(try world().now()) + "\n") }
            guard verb == "advance", !amount.isEmpty, !amount.contains(" ") else {
                return CLIResult(stderr: "usage: clock [advance AMOUNT]\n", exitCode: 2)
            }
            guard let duration = WorldDuration(amount) else {
                return CLIResult(stderr: WorldDuration.notAnAmount(amount) + "\n", exitCode: 2)
            }
            return CLIResult(stdout: WorldTime.iso8601(try world().advance(by: duration.seconds)) + "\n")
        default:
            return CLIResult(stderr: "not a world command: \(line)\n", exitCode: 2)
        }
    }
}
