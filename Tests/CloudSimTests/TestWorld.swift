import CloudSim
import Foundation

/// A world in a fresh temporary directory, on a manual clock starting 2026-01-01T00:00:00Z, and
/// the CLI over it with a temporary working directory for local files.
final class TestWorld {
    let directory: URL
    let workingDirectory: URL
    let clock = ManualClock()
    private(set) var world: World
    var cli: AWSCLI { AWSCLI(world: world, workingDirectory: workingDirectory) }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cloudsim-\(UUID().uuidString)")
        workingDirectory = directory.appendingPathComponent("work", isDirectory: true)
        try FileManager.default.createDirectory(at: workingDirectory, withIntermediateDirectories: true)
        world = try World(directory: directory.appendingPathComponent("cloud"), clock: clock)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Opens the same directory again, as a new `lab` process would.
    func reopen() throws {
        world = try World(directory: directory.appendingPathComponent("cloud"), clock: clock)
    }

    /// Runs a command line after `aws`, split as a shell would.
    @discardableResult
    func aws(_ line: String) throws -> CLIResult {
        cli.run(try ShellWords.split(line))
    }

    /// Runs a command that must succeed and returns its JSON output parsed (empty object for none).
    func json(_ line: String) throws -> AWSValue {
        let result = try aws(line)
        guard result.exitCode == 0 else { throw Failure(description: "\(line) failed: \(result.stderr)") }
        return result.stdout.isEmpty ? .object([]) : try JSONReader.parse(result.stdout)
    }

    /// Writes a local file in the working directory and returns its path relative to it.
    @discardableResult
    func file(_ name: String, _ contents: String) throws -> String {
        let url = workingDirectory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
        return name
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: workingDirectory.appendingPathComponent(name)), as: UTF8.self)
    }

    /// The files holding object bodies.
    func bodyFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("cloud/objects").path)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}

extension CLIResult {
    /// The service-error line the CLI prints, without the blank line before it.
    var errorLine: String { stderr.trimmingCharacters(in: .newlines) }
}
