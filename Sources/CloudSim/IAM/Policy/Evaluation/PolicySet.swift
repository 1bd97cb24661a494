/// Every policy that applies to one request, by the role it plays in the decision.
public struct PolicySet: Equatable, Sendable {
    /// Inline and attached managed policies of the user (and its groups) or role.
    public var identityPolicies: [SourcedPolicy]
    /// The policy on the resource itself, such as the bucket policy.
    public var resourcePolicy: SourcedPolicy?
    /// When set, identity-based allows count only where the boundary also allows.
    public var permissionsBoundary: SourcedPolicy?
    /// When set (an assumed-role session created with session policies), allows count only where
    /// a session policy also allows.
    public var sessionPolicies: [SourcedPolicy]?

    public init(
        identityPolicies: [SourcedPolicy] = [], resourcePolicy: SourcedPolicy? = nil,
        permissionsBoundary: SourcedPolicy? = nil, sessionPolicies: [SourcedPolicy]? = nil
    ) {
        self.identityPolicies = identityPolicies
        self.resourcePolicy = resourcePolicy
        self.permissionsBoundary = permissionsBoundary
        self.sessionPolicies = sessionPolicies
    }
}
