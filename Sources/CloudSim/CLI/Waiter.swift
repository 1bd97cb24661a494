/// An `aws SERVICE wait NAME` waiter as botocore's `waiters-2.json` declares it: the operation
/// it polls, how long it waits between calls and how many calls it makes, and what each answer
/// means. Waiting moves the world clock instead of sleeping, so a wait ends at the world time
/// the real one would.
public struct Waiter: Sendable {
    /// What one answer of the polled operation means.
    public enum Outcome: Sendable, Equatable {
        case success
        /// A terminal state: the waiter stops and fails with this reason.
        case failure(String)
        case retry
    }

    public let name: String
    public let operation: Operation
    public let delaySeconds: Int
    public let maxAttempts: Int
    public let accept: @Sendable (Result<AWSValue, ServiceError>) -> Outcome

    public init(_ name: String, operation: Operation, delaySeconds: Int, maxAttempts: Int,
                accept: @escaping @Sendable (Result<AWSValue, ServiceError>) -> Outcome) {
        self.name = name
        self.operation = operation
        self.delaySeconds = delaySeconds
        self.maxAttempts = maxAttempts
        self.accept = accept
    }

    /// The CLI's name for the waiter (`ClusterAvailable` → `cluster-available`).
    public var cliName: String { CLIName.from(name) }
}

extension CommandContext {
    /// Polls until the waiter succeeds, advancing the world clock by its delay between calls;
    /// prints nothing on success and `Waiter NAME failed: ...` (exit status 255) otherwise.
    func runWaiter(_ waiter: Waiter, arguments: [String]) throws -> CLIResult {
        let parsed = try OperationArguments.parse(arguments, operation: waiter.operation)
        let given = try parsed.input(for: waiter.operation, files: files)
        try ParameterValidator.validate(given, members: waiter.operation.input)
        let input = Shape.structure(waiter.operation.input).arranged(given)
        for attempt in 1...waiter.maxAttempts {
            let answer: Result<AWSValue, ServiceError>
            do {
                answer = .success(try invoke(waiter.operation, input: input).value)
            } catch {
                answer = .failure(error)
            }
            switch waiter.accept(answer) {
            case .success:
                return CLIResult()
            case .failure(let reason):
                throw CLIFailure.parameter("Waiter \(waiter.name) failed: Waiter encountered a terminal failure state: \(reason)")
            case .retry:
                if attempt == waiter.maxAttempts { break }
                do {
                    try cli.world.advance(by: Double(waiter.delaySeconds))
                } catch {
                    throw CLIFailure.parameter(error.description)
                }
            }
        }
        throw CLIFailure.parameter("Waiter \(waiter.name) failed: Max attempts exceeded")
    }
}
