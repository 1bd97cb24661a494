/// Where an evaluated policy came from, in the words `SimulatePrincipalPolicy` uses for a matched
/// statement's `SourcePolicyType`.
public enum PolicySourceType: String, Equatable, Sendable {
    case user
    case group
    case role
    case awsManaged = "aws-managed"
    case userManaged = "user-managed"
    case resource
    case none
}
