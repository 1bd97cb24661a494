/// Who makes a request: what `Principal`/`NotPrincipal` in resource and trust policies are
/// matched against.
public enum RequestPrincipal: Equatable, Hashable, Sendable {
    /// An IAM user, role or account root, by ARN (`arn:aws:iam::123456789012:user/alice`).
    case iam(arn: String)
    /// A role session, which a policy may name by the session ARN
    /// (`arn:aws:sts::123456789012:assumed-role/loader/etl`) or by the role's own ARN.
    case assumedRole(sessionARN: String, roleARN: String)
    /// An AWS service such as `redshift.amazonaws.com` acting for the account.
    case service(String)
    /// A web-identity or SAML provider, as named in `Principal.Federated`.
    case federated(String)
    /// An unauthenticated caller, matched only by `"Principal": "*"`.
    case anonymous

    /// The caller's own ARN, used for "this policy names exactly you" decisions.
    public var arn: String? {
        switch self {
        case .iam(let arn): arn
        case .assumedRole(let sessionARN, _): sessionARN
        case .service, .federated, .anonymous: nil
        }
    }

    /// The 12-digit account the caller belongs to, when it has one.
    public var accountID: String? {
        guard let arn else { return nil }
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count == 6 && !parts[4].isEmpty ? String(parts[4]) : nil
    }

    /// The account root user (`arn:aws:iam::123456789012:root`), which identity policies cannot
    /// restrict and which needs no allow.
    public var isAccountRoot: Bool {
        guard case .iam(let arn) = self else { return false }
        return arn.hasPrefix("arn:") && arn.hasSuffix(":root")
            && arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).count == 6
    }

    /// ARNs under which a policy may name this caller specifically.
    var namedARNs: [String] {
        switch self {
        case .iam(let arn): [arn]
        case .assumedRole(let sessionARN, let roleARN): [sessionARN, roleARN]
        case .service, .federated, .anonymous: []
        }
    }

    var derivedContextKeys: [(String, String)] {
        var keys: [(String, String)] = []
        switch self {
        case .iam(let arn):
            keys.append(("aws:PrincipalArn", arn))
            if let resource = arn.split(separator: ":", maxSplits: 5).last {
                if resource.hasPrefix("user/") {
                    keys.append(("aws:PrincipalType", "User"))
                    keys.append(("aws:username", String(resource.split(separator: "/").last ?? "")))
                } else if resource == "root" {
                    keys.append(("aws:PrincipalType", "Account"))
                }
            }
        case .assumedRole(_, let roleARN):
            keys.append(("aws:PrincipalArn", roleARN))
            keys.append(("aws:PrincipalType", "AssumedRole"))
        case .service(let name):
            keys.append(("aws:PrincipalServiceName", name))
        case .federated, .anonymous:
            break
        }
        if let accountID { keys.append(("aws:PrincipalAccount", accountID)) }
        return keys
    }
}
