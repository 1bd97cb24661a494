/// Why an evaluation ended as it did, in terms of the documented evaluation logic.
public enum DecisionReason: Equatable, Sendable {
    /// A Deny statement applied.
    case explicitDeny
    /// An identity-based policy allowed it (within any boundary and session policies).
    case allowedByIdentityPolicy
    /// A resource-based (or trust) policy naming the caller allowed it.
    case allowedByResourcePolicy
    /// The caller is the account root user, allowed whatever identity policies say; only a
    /// resource-based Deny stops it.
    case accountRootUser
    /// Nothing allowed it.
    case noStatementAllows
    /// An identity-based allow exists, but the permissions boundary does not allow the request.
    case notAllowedByPermissionsBoundary
    /// An allow exists, but no session policy of the role session allows the request.
    case notAllowedBySessionPolicy
    /// The trust policy names only the caller's account, which delegates the decision to the
    /// caller's own identity policies — and they do not allow it.
    case accountDelegationWithoutIdentityAllow
}
