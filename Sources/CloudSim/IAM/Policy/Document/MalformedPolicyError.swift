/// A policy document the owning API would refuse, carrying that API's error code
/// (`MalformedPolicyDocument` for IAM, `MalformedPolicy` for S3 bucket policies) and its message,
/// so the CLI front can print `An error occurred (<code>) when calling the <Operation> operation:
/// <message>` exactly as AWS does.
public struct MalformedPolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
