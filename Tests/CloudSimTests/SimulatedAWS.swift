import Foundation
import Testing
@testable import CloudSim

/// A fresh world in a temporary directory on a hand-driven clock, with `aws ...` runs against it,
/// for the service tests.
final class SimulatedAWS {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cloudsim-\(UUID().uuidString)")
    let clock = ManualClock()
    let world: World

    init() throws {
        world = try World(directory: directory, clock: clock)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs the words after `aws`.
    @discardableResult
    func aws(_ arguments: String...) -> CLIResult {
        AWSCLI(world: world, workingDirectory: directory).run(arguments)
    }

    /// Runs a command that must succeed and returns its JSON output.
    func json(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> AWSValue {
        let result = AWSCLI(world: world, workingDirectory: directory).run(arguments)
        #expect(result.exitCode == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout.isEmpty ? .object([]) : try JSONReader.parse(result.stdout)
    }

    /// The error line a failing command prints: `An error occurred (Code) when calling ...`.
    func error(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = AWSCLI(world: world, workingDirectory: directory).run(arguments)
        #expect(result.exitCode == 255, sourceLocation: sourceLocation)
        return result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
