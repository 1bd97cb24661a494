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
