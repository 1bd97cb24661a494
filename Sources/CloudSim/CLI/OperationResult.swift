import Foundation

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
