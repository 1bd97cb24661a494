/// Decides a request with AWS's documented single-account logic:
///
/// 1. An applicable `Deny` in any policy (identity, resource, boundary, session) → `explicitDeny`.
/// 2. The account root user is allowed (identity policies cannot attach to it, so only a
///    resource-based Deny applies to it in one account).
/// 3. A resource-based policy allow naming the caller's own ARN (user or role session) →
///    `allowed`, capped by neither permissions boundary nor session policies.
/// 4. An identity-based allow counts only if the permissions boundary (when set) and a session
///    policy (when the session has any) also allow; a resource-based allow naming the caller
///    otherwise (role ARN, `*`, service) counts only if a session policy allows — boundaries do
///    not cap what resource-based policies grant. A resource policy naming only the caller's
///    account delegates to the account's identity policies and grants nothing alone.
/// 5. Otherwise the default `implicitDeny`.
///
/// Also as documented: a `Deny` with `NotPrincipal` in a resource policy denies every principal
/// that has a permissions boundary, whatever the `NotPrincipal` lists.
public enum PolicyEvaluator {
    public static func evaluate(_ request: AccessRequest, policies: PolicySet) -> EvaluationResult {
        var request = request
        request.context = request.context.addingPrincipalKeys(of: request.principal)
        let identity = StatementHits(policies.identityPolicies, request)
        let resource = StatementHits(
            policies.resourcePolicy.map { [$0] } ?? [], request,
            notPrincipalDeniesEveryone: policies.permissionsBoundary != nil)
        let boundary = policies.permissionsBoundary.map { StatementHits([$0], request) }
        let session = policies.sessionPolicies.map { StatementHits($0, request) }
        let all = [identity, resource] + [boundary, session].compactMap { $0 }

        let allowedByBoundary = boundary.map { $0.denies.isEmpty && !$0.allows().isEmpty }
        func result(_ decision: EvalDecision, _ reason: DecisionReason, _ matched: [MatchedStatement]) -> EvaluationResult {
            EvaluationResult(
                request, decision, reason, matched, missingKeys: all.flatMap(\.missingKeys),
                allowedByPermissionsBoundary: allowedByBoundary)
        }

        let denies = all.flatMap(\.denies)
        if !denies.isEmpty { return result(.explicitDeny, .explicitDeny, denies) }
        if request.principal.isAccountRoot { return result(.allowed, .accountRootUser, []) }

        let exactResourceAllows = resource.allows(namingCallerAs: [.exact])
        if !exactResourceAllows.isEmpty {
            return result(.allowed, .allowedByResourcePolicy, identity.allows() + exactResourceAllows)
        }
        let identityAllows = identity.allows()
        let resourceAllows = resource.allows(namingCallerAs: [.named])
        if identityAllows.isEmpty && resourceAllows.isEmpty {
            return result(.implicitDeny, .noStatementAllows, [])
        }
        let sessionPermits = session.map { !$0.allows().isEmpty } ?? true
        let boundaryPermits = allowedByBoundary ?? true
        let grantedByIdentity = !identityAllows.isEmpty && sessionPermits && boundaryPermits
        let grantedByResource = !resourceAllows.isEmpty && sessionPermits
        switch (grantedByIdentity, grantedByResource) {
        case (true, _):
            return result(.allowed, .allowedByIdentityPolicy, identityAllows + (grantedByResource ? resourceAllows : []))
        case (false, true):
            return result(.allowed, .allowedByResourcePolicy, resourceAllows)
        case (false, false):
            return result(.implicitDeny, sessionPermits ? .notAllowedByPermissionsBoundary : .notAllowedBySessionPolicy, [])
        }
    }
}
