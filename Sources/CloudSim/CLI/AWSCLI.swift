import Foundation

/// `aws SERVICE OPERATION [--param value]...` against the simulated world, behaving as the AWS
/// CLI v1 (1.45) does: the same argument syntax, the same JSON output, the same error texts and
/// exit statuses (2 for argument errors, 255 for parameter and service errors).
public struct AWSCLI: Sendable {
    public let world: World
    /// Where relative local paths (`--body f.csv`, `outfile`, `aws s3 cp`) are resolved.
    public let workingDirectory: URL

    public init(world: World, workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.world = world
        self.workingDirectory = workingDirectory
    }

    /// Runs the words after `aws`.
    public func run(_ arguments: [String]) -> CLIResult {
        do {
            let globals = try GlobalArguments.parse(arguments)
            guard let serviceName = globals.rest.first else {
                throw CLIFailure.usage("the following arguments are required: command")
            }
            let context = CommandContext(cli: self, globals: globals)
            if let commands = AWSCatalog.commandSet(named: serviceName) {
                guard globals.rest.count > 1 else { throw CLIFailure.usage("the following arguments are required: operation") }
                guard commands.commandNames.contains(globals.rest[1]) else {
                    throw CLIFailure.invalidChoice(argument: "operation", choices: commands.commandNames)
                }
                return commands.run(globals.rest[1], arguments: Array(globals.rest.dropFirst(2)), context: context)
            }
            guard let service = AWSCatalog.service(named: serviceName) else {
                throw CLIFailure.invalidChoice(argument: "command", choices: AWSCatalog.serviceNames)
            }
            guard globals.rest.count > 1 else { throw CLIFailure.usage("the following arguments are required: operation") }
            if globals.rest[1] == "wait", !service.waiters.isEmpty {
                let names = service.waiters.map(\.cliName).sorted()
                guard globals.rest.count > 2 else { throw CLIFailure.usage("the following arguments are required: waiter_name") }
                guard let waiter = service.waiters.first(where: { $0.cliName == globals.rest[2] }) else {
                    throw CLIFailure.invalidChoice(argument: "waiter_name", choices: names)
                }
                return try context.runWaiter(waiter, arguments: Array(globals.rest.dropFirst(3)))
            }
            guard let operation = service.operation(named: globals.rest[1]) else {
                throw CLIFailure.invalidChoice(argument: "operation", choices: AWSCatalog.operationNames(of: serviceName))
            }
            return try context.runOperation(operation, arguments: Array(globals.rest.dropFirst(2)))
        } catch let failure as CLIFailure {
            return CLIResult(failure)
        } catch {
            return CLIResult(stderr: "\n\(error)\n", exitCode: 255)
        }
    }
}
