import ArgumentParser
import Foundation
import LabKit

/// The opened workspace and progress store a command works in. Refusals (not a workspace, a newer
/// format, a foreign progress file) end the command with the reason and touch nothing.
struct LabSession {
    let workspace: Workspace
    let progress: ProgressStore

    static func open(_ options: GlobalOptions,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LabSession {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let root = WorkspaceLocation.resolve(option: options.workspace, environment: environment, home: home)
        do {
            let workspace = try Workspace.open(at: root, createdBy: "lab \(Lab.version)")
            let progress = try ProgressStore(at: workspace.progressDatabase)
            return LabSession(workspace: workspace, progress: progress)
        } catch let error as WorkspaceError {
            throw LabFailure(error.description)
        } catch let error as ProgressStoreError {
            throw LabFailure(error.description)
        }
    }
}
