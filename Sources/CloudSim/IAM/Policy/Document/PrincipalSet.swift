/// The value of `Principal`/`NotPrincipal`: everyone (`"*"`), or principals by type
/// (`{"AWS": [...], "Service": "redshift.amazonaws.com", "Federated": ..., "CanonicalUser": ...}`).
public struct PrincipalSet: Equatable, Sendable {
    public enum PrincipalType: String, CaseIterable, Equatable, Sendable {
        case aws = "AWS"
        case service = "Service"
        case federated = "Federated"
        case canonicalUser = "CanonicalUser"
    }

    /// `true` for `"Principal": "*"`, which matches every caller, signed or anonymous.
    public var everyone: Bool
    public var principals: [PrincipalType: [String]]

    public init(everyone: Bool = false, principals: [PrincipalType: [String]] = [:]) {
        self.everyone = everyone
        self.principals = principals
    }

    /// How a principal set names a caller; the distinction matters for evaluation, because
    /// naming the caller's account only delegates to that account's own identity policies.
    enum Match: Equatable, Sendable {
        case none
        /// By the caller's own ARN (the user, or the role session).
        case exact
        /// By a role ARN for one of its sessions, a service name, a provider, `"*"` or `{"AWS": "*"}`.
        case named
        /// By account (`"123456789012"` or `arn:aws:iam::123456789012:root`).
        case account
    }

    func match(_ caller: RequestPrincipal) -> Match {
        if everyone { return .named }
        switch caller {
        case .iam, .assumedRole:
            let values = principals[.aws] ?? []
            if let arn = caller.arn, values.contains(arn) { return .exact }
            if values.contains("*") || values.contains(where: caller.namedARNs.contains) { return .named }
            if let account = caller.accountID,
               values.contains(account) || values.contains("arn:aws:iam::\(account):root") {
                return .account
            }
            return .none
        case .service(let name):
            return (principals[.service] ?? []).contains(name) ? .named : .none
        case .federated(let provider):
            return (principals[.federated] ?? []).contains(provider) ? .named : .none
        case .anonymous:
            return (principals[.aws] ?? []).contains("*") ? .named : .none
        }
    }
}
