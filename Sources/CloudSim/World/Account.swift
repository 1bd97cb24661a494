/// The one AWS account a learner's world belongs to, and the identity they act as. Fixed values,
/// so ARNs in lab instructions, checks and answers match what the learner sees.
public struct Account: Sendable, Equatable {
    public static let learner = Account()
    /// The region used when a command names none (`--region` overrides it per command).
    public static let defaultRegion = "us-east-1"

    public let id = "123456789012"
    public let userName = "learner"
    /// The IAM user's unique id, as `sts get-caller-identity` reports it (`AIDA…` for users).
    public let userId = "AIDAQLEARNER7EXAMPLE"
    /// The canonical user id S3 reports as an owner (64 hex digits, like the real ones).
    public let canonicalUserId = "6d9a5c8f0e3b4c2a9f1d7e6b5a4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c"

    public var userArn: String { "arn:aws:iam::\(id):user/\(userName)" }
}
