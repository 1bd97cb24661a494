/// Decides whether a caller may assume a role: the role's trust policy must explicitly allow the
/// caller (an IAM principal or a service such as `redshift.amazonaws.com`) for the STS action,
/// with its conditions (`sts:ExternalId`, `aws:SourceAccount`, `aws:SourceArn`) met. A trust
/// policy that trusts only the caller's account delegates to the caller's identity policies,
/// which must then allow the STS action on the role too. Any applicable Deny wins.
public enum TrustPolicyEvaluator {
    public static func evaluate(
        caller: RequestPrincipal, roleARN: String, trustPolicy: SourcedPolicy,
        action: String = "sts:AssumeRole", context: RequestContext = RequestContext(),
        callerPolicies: PolicySet = PolicySet()
    ) -> EvaluationResult {
        let request = AccessRequest(
            principal: caller, action: action, resource: roleARN,
            context: context.addingPrincipalKeys(of: caller))
        let trust = StatementHits([trustPolicy], request)
        let callerDecision = PolicyEvaluator.evaluate(request, policies: callerPolicies)

        func result(_ decision: EvalDecision, _ reason: DecisionReason, _ matched: [MatchedStatement]) -> EvaluationResult {
            EvaluationResult(request, decision, reason, matched, missingKeys: trust.missingKeys)
        }

        let denies = trust.denies + (callerDecision.evalDecision == .explicitDeny ? callerDecision.matchedStatements : [])
        if !denies.isEmpty { return result(.explicitDeny, .explicitDeny, denies) }
        let named = trust.allows(namingCallerAs: [.exact, .named])
        if !named.isEmpty { return result(.allowed, .allowedByResourcePolicy, named) }
        let delegated = trust.allows(namingCallerAs: [.account])
        if delegated.isEmpty { return result(.implicitDeny, .noStatementAllows, []) }
        guard callerDecision.evalDecision == .allowed else {
            return result(.implicitDeny, .accountDelegationWithoutIdentityAllow, [])
        }
        return result(.allowed, .allowedByIdentityPolicy, delegated + callerDecision.matchedStatements)
    }
}
