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

    /// A REPL line after `aws`, split into words as a shell would, printed to the console (which
    /// ends each write with a newline itself); true when it succeeded.
    func run(line: String, console: any Console) -> Bool {
        let result: CLIResult
        do {
            result = run(try ShellWords.split(line))
        } catch {
            result = CLIResult(stderr: "error: \(error)\n", exitCode: 2)
        }
        if !result.stdout.isEmpty { console.out(Self.droppingFinalNewline(result.stdout)) }
        if !result.stderr.isEmpty { console.err(Self.droppingFinalNewline(result.stderr)) }
        return result.exitCode == 0
    }

    private static func droppingFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
