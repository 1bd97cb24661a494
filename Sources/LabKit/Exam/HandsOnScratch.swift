import CloudSim
import Foundation
import Warehouse

/// The fresh world and database a hands-on item runs in: a folder of its own (never the lab
/// world), emptied before each item, holding a simulated AWS world and a scratch database.
public struct HandsOnScratch {
    public let directory: URL
    public let commands: WorldCommandLine

    /// Empties `directory` and runs the item's setup in it.
    public init(directory: URL, setup: [String]) throws {
        self.directory = directory
        commands = WorldCommandLine(worldDirectory: directory.appendingPathComponent(World.directoryName, isDirectory: true),
                                    workingDirectory: directory)
        OpenDatabases.shared.forget(directory)
        if FileManager.default.fileExists(atPath: directory.path) { try FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for line in setup.map({ LabText.expand($0) }) {
            if let failure = try run(line) { throw HandsOnSetupError(line: line, output: failure) }
        }
    }

    public func database() throws -> StoredDatabase { try OpenDatabases.shared.database(for: directory) }

    /// Runs an `aws`/`clock` line or one SQL statement; what went wrong, or nil.
    public func run(_ line: String) throws -> String? {
        if WorldCommandLine.handles(line) {
            let result = try commands.run(line)
            return result.exitCode == 0 ? nil : result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        do {
            _ = try database().execute(line)
            return nil
        } catch let error as SQLError {
            return "ERROR:  \(error.message)"
        }
    }

    /// Grades the item's checks against this world and database.
    public func grade(_ checks: [CheckSpec], answer: String?) throws -> [CheckResult] {
        let context = CheckContext(world: try commands.world(), submitted: answer, workspaceRoot: directory)
        return checks.map { CheckEvaluator.result($0, in: context) }
    }
}

public struct HandsOnSetupError: Error, CustomStringConvertible {
    public let line: String
    public let output: String
    public var description: String { "setup failed at '\(line)': \(output)" }
}
