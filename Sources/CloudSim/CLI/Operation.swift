import Foundation

/// One API operation, declared as data: its model name, its request members and how the CLI
/// treats it (pagination, an `outfile` positional argument, bodiless errors of HEAD requests).
/// Services are tables of these, so adding an operation is adding one entry.
public struct Operation: Sendable {
    public let name: String
    public let input: [ShapeMember]
    public let pagination: Pagination?
    /// The operation writes a streaming body to a file named by a positional argument (get-object).
    public let writesOutfile: Bool
    /// The request is a HEAD: an error reaches the CLI as its HTTP status only, e.g. `(404) ... Not Found`.
    public let isHead: Bool
    public let perform: @Sendable (OperationRequest) throws -> OperationResult

    public init(_ name: String, input: [ShapeMember], pagination: Pagination? = nil,
                writesOutfile: Bool = false, isHead: Bool = false,
                perform: @escaping @Sendable (OperationRequest) throws -> OperationResult) {
        self.name = name
        self.input = input
        self.pagination = pagination
        self.writesOutfile = writesOutfile
        self.isHead = isHead
        self.perform = perform
    }

    /// The CLI's name for the operation (`ListObjectsV2` → `list-objects-v2`).
    public var cliName: String { CLIName.from(name) }
}

/// A paginated operation's tokens, as botocore's `paginators-1.json` declares them. Unless the
/// user passes a token or limit, the CLI calls the operation until the last page and prints the
/// merged result keys plus the non-aggregate keys (`null` when absent).
public struct Pagination: Sendable {
    public let inputToken: String
    public let outputToken: String
    public let limitKey: String
    public let resultKeys: [String]
    public let nonAggregateKeys: [String]
}

/// An operation's input and the world it runs in.
public struct OperationRequest {
    public let input: AWSValue
    public let world: WorldTransaction

    /// The member `name` of the input.
    public subscript(name: String) -> AWSValue? { input[name] }

    /// A member validation made sure is present.
    public func string(_ name: String) -> String { input[name]?.stringValue ?? "" }
}

/// What an operation answers: the response (members in model order) and, for operations that
/// stream a body to a file, the body.
public struct OperationResult: Sendable {
    public let value: AWSValue
    public let body: Data?

    public init(_ value: AWSValue, body: Data? = nil) {
        self.value = value
        self.body = body
    }

    /// An operation with no response members; the CLI prints nothing for it.
    public static let empty = OperationResult(.object([]))
}

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
