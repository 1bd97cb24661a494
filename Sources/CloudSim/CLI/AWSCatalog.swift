/// Every service the simulator answers, as the CLI names them, and the high-level command sets
/// (`aws s3 ...`). A new service adds its `Service` table here; completion and the CLI's
/// `Invalid choice` lists follow from it.
public enum AWSCatalog {
    public static let services: [Service] = [S3API.service, STSAPI.service, IAMAPI.service, EC2API.service, RedshiftAPI.service,
                                                CloudWatchAPI.service, GlueAPI.service]
    static let commandSets: [any CommandSet] = [S3Commands()]

    public static func service(named name: String) -> Service? {
        services.first { $0.name == name }
    }

    static func commandSet(named name: String) -> (any CommandSet)? {
        commandSets.first { $0.name == name }
    }

    /// Every name that may follow `aws`, sorted.
    public static var serviceNames: [String] {
        (services.map(\.name) + commandSets.map(\.name)).sorted()
    }

    /// The operation or command names of `service`, in the CLI's (sorted) order.
    public static func operationNames(of service: String) -> [String] {
        if let commands = commandSet(named: service) { return commands.commandNames }
        guard let found = self.service(named: service) else { return [] }
        return (found.operations.map(\.cliName) + (found.waiters.isEmpty ? [] : ["wait"])).sorted()
    }

    /// The `--parameter` names of one operation (booleans with their `--no-` forms).
    public static func parameterNames(service: String, operation: String) -> [String] {
        if let commands = commandSet(named: service) { return commands.optionNames(of: operation) }
        guard let operation = self.service(named: service)?.operation(named: operation) else { return [] }
        var names: [String] = []
        for member in operation.input {
            let name = "--" + CLIName.from(member.name)
            names.append(name)
            if case .boolean = member.shape { names.append("--no-" + name.dropFirst(2)) }
        }
        return names + ["--cli-input-json"]
    }
}
