/// The statements of a group of policies that apply to one request, split by effect.
struct StatementHits {
    private(set) var denies: [MatchedStatement] = []
    private var allowsByMatch: [(statement: MatchedStatement, match: PrincipalSet.Match)] = []
    private(set) var missingKeys: [String] = []

    /// `notPrincipalDeniesEveryone` applies a `Deny` + `NotPrincipal` statement to every caller,
    /// as AWS does for callers with a permissions boundary.
    init(_ policies: [SourcedPolicy], _ request: AccessRequest, notPrincipalDeniesEveryone: Bool = false) {
        for policy in policies {
            let version = policy.document.version
            for (index, statement) in policy.document.statements.enumerated() {
                missingKeys += statement.missingConditionKeys(for: request, version: version)
                let ignoresNotPrincipal = notPrincipalDeniesEveryone && statement.effect == .deny
                guard let match = statement.applicability(
                    to: request, version: version, ignoringNotPrincipal: ignoresNotPrincipal) else { continue }
                let matched = MatchedStatement(policy: policy, index: index, statement: statement)
                switch statement.effect {
                case .deny: denies.append(matched)
                case .allow: allowsByMatch.append((matched, match))
                }
            }
        }
    }

    /// Allowing statements, optionally only those that name the caller in one of the given ways.
    func allows(namingCallerAs matches: Set<PrincipalSet.Match>? = nil) -> [MatchedStatement] {
        allowsByMatch.filter { matches?.contains($0.match) ?? true }.map(\.statement)
    }
}
