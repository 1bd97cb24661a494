/// A service as the CLI exposes it: its command name (`s3api`, `sts`), its operations and its
/// `wait` waiters.
public struct Service: Sendable {
    public let name: String
    public let operations: [Operation]
    public let waiters: [Waiter]

    public init(name: String, operations: [Operation], waiters: [Waiter] = []) {
        self.name = name
        self.operations = operations
        self.waiters = waiters
    }

    public func operation(named cliName: String) -> Operation? {
        operations.first { $0.cliName == cliName }
    }
}
