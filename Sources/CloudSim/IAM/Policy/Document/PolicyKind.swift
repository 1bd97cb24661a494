/// Where a policy document is attached, which decides the grammar IAM (or S3) enforces on it.
public enum PolicyKind: Equatable, Sendable {
    /// Attached to a user, group or role (inline or managed): no Principal, Resource required.
    case identity
    /// Attached to a resource, such as an S3 bucket policy: Principal required.
    case resource
    /// A role's trust policy (`AssumeRolePolicyDocument`): Principal required, no Resource, and
    /// only STS role-assumption actions.
    case trust

    /// The error code the owning API answers with: S3's PutBucketPolicy says `MalformedPolicy`,
    /// IAM says `MalformedPolicyDocument`.
    var errorCode: String {
        self == .resource ? "MalformedPolicy" : "MalformedPolicyDocument"
    }
}
