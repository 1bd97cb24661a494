/// The answer to one request: the decision in `SimulatePrincipalPolicy` vocabulary, the statements
/// behind it, and a sentence a learner can act on.
public struct EvaluationResult: Equatable, Sendable {
    public var evalActionName: String
    public var evalResourceName: String
    public var evalDecision: EvalDecision
    /// For `explicitDeny` the denying statements only; for `allowed` the allowing ones; empty for
    /// `implicitDeny`, because no statement decided it.
    public var matchedStatements: [MatchedStatement]
    /// Condition keys that statements matching the action and resource test but the request
    /// lacks, sorted; often the reason a conditional allow did not apply.
    public var missingContextValues: [String]
    public var reason: DecisionReason
    /// `PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary`: whether the boundary
    /// allows the request (and does not deny it); `nil` when the principal has no boundary.
    public var allowedByPermissionsBoundary: Bool?

    public init(
        evalActionName: String, evalResourceName: String, evalDecision: EvalDecision,
        matchedStatements: [MatchedStatement], missingContextValues: [String], reason: DecisionReason,
        allowedByPermissionsBoundary: Bool? = nil
    ) {
        self.evalActionName = evalActionName
        self.evalResourceName = evalResourceName
        self.evalDecision = evalDecision
        self.matchedStatements = matchedStatements
        self.missingContextValues = missingContextValues
        self.reason = reason
        self.allowedByPermissionsBoundary = allowedByPermissionsBoundary
    }

    /// The result for `request`, listing each missing key once, sorted.
    init(
        _ request: AccessRequest, _ decision: EvalDecision, _ reason: DecisionReason, _ matched: [MatchedStatement],
        missingKeys: [String], allowedByPermissionsBoundary: Bool? = nil
    ) {
        self.init(
            evalActionName: request.action, evalResourceName: request.resource, evalDecision: decision,
            matchedStatements: matched, missingContextValues: Array(Set(missingKeys)).sorted(), reason: reason,
            allowedByPermissionsBoundary: allowedByPermissionsBoundary)
    }

    /// E.g. `implicitDeny: no statement allows s3:GetObject on arn:aws:s3:::raw/a.csv ...`.
    public var explanation: String {
        let request = "\(evalActionName) on \(evalResourceName)"
        let statements = matchedStatements.map(\.description).joined(separator: "; ")
        let missing = missingContextValues.isEmpty
            ? "" : " The request lacks condition keys the policies test: \(missingContextValues.joined(separator: ", "))."
        let sentence = switch reason {
        case .explicitDeny:
            "\(request) is denied by \(statements); an explicit deny overrides every allow."
        case .allowedByIdentityPolicy, .allowedByResourcePolicy:
            "\(request) is allowed by \(statements)."
        case .accountRootUser:
            "\(request) is allowed because the caller is the account root user, which needs no policy."
        case .noStatementAllows:
            "no statement in the applicable policies allows \(request), so the default deny applies."
        case .notAllowedByPermissionsBoundary:
            "an identity policy allows \(request), but the permissions boundary does not; a boundary caps what identity policies grant."
        case .notAllowedBySessionPolicy:
            "a policy allows \(request), but no session policy does; a session can do only what both allow."
        case .accountDelegationWithoutIdentityAllow:
            "the trust policy trusts the caller's account for \(request), but none of the caller's identity policies allows it."
        }
        return "\(evalDecision.rawValue): \(sentence)\(missing)"
    }
}
