/// An error a service answers with: the code and message the CLI prints as
/// `An error occurred (Code) when calling the Operation operation: Message`, and the HTTP
/// status, which is all that is left of the error when the request was a HEAD (no body).
public struct ServiceError: Error, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String
    public let httpStatus: Int

    public init(_ code: String, _ message: String, httpStatus: Int = 400) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
    }

    public var description: String { "\(code): \(message)" }
}
