/// Whether a statement applies to a request — its action, resource, principal and conditions all
/// match — independent of its effect.
extension PolicyStatement {
    /// How the statement names the caller when it applies (`.exact` for identity policies, which
    /// apply to their holder), or `nil` when it does not apply. `ignoringNotPrincipal` makes a
    /// `NotPrincipal` element cover every caller.
    func applicability(
        to request: AccessRequest, version: PolicyVersion, ignoringNotPrincipal: Bool = false
    ) -> PrincipalSet.Match? {
        guard coversAction(request.action), coversResource(request, version: version) else { return nil }
        let principalMatch: PrincipalSet.Match
        switch principal {
        case nil:
            principalMatch = .exact
        case .only(let set):
            principalMatch = set.match(request.principal)
            if principalMatch == .none { return nil }
        case .allExcept(let set):
            guard ignoringNotPrincipal || set.match(request.principal) == .none else { return nil }
            principalMatch = .named
        }
        let holds = conditions.allSatisfy {
            $0.holds(in: request.context, expandingVariables: version.expandsVariables)
        }
        return holds ? principalMatch : nil
    }

    /// Condition keys the statement tests that `context` lacks, when action and resource match.
    func missingConditionKeys(for request: AccessRequest, version: PolicyVersion) -> [String] {
        guard coversAction(request.action), coversResource(request, version: version) else { return [] }
        return conditions.map(\.key).filter { request.context.values(for: $0) == nil }
    }

    func coversAction(_ requested: String) -> Bool {
        let listedMatches = action.value.contains { WildcardPattern($0, caseSensitive: false).matches(requested) }
        return action.covers(listedValueMatches: listedMatches)
    }

    private func coversResource(_ request: AccessRequest, version: PolicyVersion) -> Bool {
        guard let resource else { return true }
        let listedMatches = resource.value.contains { value in
            guard let pattern = PolicyVariables.pattern(
                for: value, expand: version.expandsVariables, context: request.context, caseSensitive: true)
            else { return false }
            return ARNPattern.matches(pattern, request.resource)
        }
        return resource.covers(listedValueMatches: listedMatches)
    }
}
