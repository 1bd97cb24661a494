import ArgumentParser
import CloudSim
import Foundation
import LabKit

/// `lab aws SERVICE OPERATION [--param value]...`: the AWS CLI's syntax against the simulated
/// control plane; output, error texts and exit statuses are the CLI's.
struct AwsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aws",
        abstract: "Run an AWS CLI command against the simulated AWS control plane.",
        discussion: "Services: \(AWSCatalog.serviceNames.joined(separator: ", ")). Example: lab aws s3 mb s3://raw-data")

    @OptionGroup var global: GlobalOptions

    @Argument(parsing: .allUnrecognized, help: "The AWS CLI words: SERVICE OPERATION [--param value]...")
    var arguments: [String] = []

    func run() throws {
        let session = try LabSession.open(global)
        let result = WorldCommandLine(workspace: session.workspace,
                                      workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .aws(arguments)
        FileHandle.standardOutput.write(Data(result.stdout.utf8))
        FileHandle.standardError.write(Data(result.stderr.utf8))
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
