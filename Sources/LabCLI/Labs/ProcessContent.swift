import Foundation
import LabKit

/// The lab content this process uses: found from the running executable, the current directory
/// and `$LAB_CONTENT`, with a refusal worded for the person who ran the command.
enum ProcessContent {
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        do {
            return try LabContent.locate(executable: URL(fileURLWithPath: CommandLine.arguments[0]),
                                         currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                         environment: environment)
        } catch {
            throw LabFailure(error.description)
        }
    }
}
