/// Decides a request with AWS's documented single-account logic:
///
/// 1. An applicable `Deny` in any policy (identity, resource, boundary, session) → `explicitDeny`.
/// 2. A resource-based policy allow naming the caller's own ARN → `allowed`; such an allow is not
///    capped by permissions boundaries or session policies.
/// 3. A permissions boundary or session policies that are set but do not allow → `implicitDeny`.
/// 4. An allow in an identity-based policy, or in a resource-based policy naming the caller (by
///    role ARN, `*`, service) → `allowed`. A resource policy naming only the caller's account
///    delegates to the account's identity policies and grants nothing alone.
/// 5. Otherwise the default `implicitDeny`.
public enum PolicyEvaluator {
    public static func evaluate(_ request: AccessRequest, policies: PolicySet) -> EvaluationResult {
        var request = request
        request.context = request.context.addingPrincipalKeys(of: request.principal)
        let identity = StatementHits(policies.identityPolicies, request)
        let resource = StatementHits(policies.resourcePolicy.map { [$0] } ?? [], request)
        let boundary = policies.permissionsBoundary.map { StatementHits([$0], request) }
        let session = policies.sessionPolicies.map { StatementHits($0, request) }
        let all = [identity, resource] + [boundary, session].compactMap { $0 }

        func result(_ decision: EvalDecision, _ reason: DecisionReason, _ matched: [MatchedStatement]) -> EvaluationResult {
            EvaluationResult(request, decision, reason, matched, missingKeys: all.flatMap(\.missingKeys))
        }

        let denies = all.flatMap(\.denies)
        if !denies.isEmpty { return result(.explicitDeny, .explicitDeny, denies) }

        let exactResourceAllows = resource.allows(namingCallerAs: [.exact])
        if !exactResourceAllows.isEmpty {
            return result(.allowed, .allowedByResourcePolicy, identity.allows() + exactResourceAllows)
        }
        let identityAllows = identity.allows()
        let resourceAllows = resource.allows(namingCallerAs: [.named])
        if identityAllows.isEmpty && resourceAllows.isEmpty {
            return result(.implicitDeny, .noStatementAllows, [])
        }
        if let boundary, boundary.allows().isEmpty {
            return result(.implicitDeny, .notAllowedByPermissionsBoundary, [])
        }
        if let session, session.allows().isEmpty {
            return result(.implicitDeny, .notAllowedBySessionPolicy, [])
        }
        if identityAllows.isEmpty {
            return result(.allowed, .allowedByResourcePolicy, resourceAllows)
        }
        return result(.allowed, .allowedByIdentityPolicy, identityAllows + resourceAllows)
    }
}
