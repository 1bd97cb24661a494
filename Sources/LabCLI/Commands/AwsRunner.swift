import CloudSim
import Foundation

/// Runs `aws ...` against the workspace's simulated world, for `lab aws` and for the REPL's
/// `aws` lines alike.
struct AwsRunner {
    let workspace: URL

    func run(_ arguments: [String]) -> CLIResult {
        do {
            let world = try World(workspace: workspace)
            return AWSCLI(world: world).run(arguments)
        } catch {
            return CLIResult(stderr: "error: \(error)\n", exitCode: 255)
        }
    }

    /// A REPL line after `aws`, split into words as a shell would.
    func run(line: String) -> CLIResult {
        do {
            return run(try ShellWords.split(line))
        } catch {
            return CLIResult(stderr: "error: \(error)\n", exitCode: 2)
        }
    }
}
