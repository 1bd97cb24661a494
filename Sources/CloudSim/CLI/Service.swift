/// A service as the CLI exposes it: its command name (`s3api`, `sts`) and its operations.
public struct Service: Sendable {
    public let name: String
    public let operations: [Operation]

    public init(name: String, operations: [Operation]) {
        self.name = name
        self.operations = operations
    }

    public func operation(named cliName: String) -> Operation? {
        operations.first { $0.cliName == cliName }
    }
}
