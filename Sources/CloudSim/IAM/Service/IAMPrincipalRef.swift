import GRDB

/// An IAM identity that policies attach to: a role or a user, by name. Inline and managed
/// policy operations exist in a role and a user form (`put-role-policy`, `put-user-policy`)
/// that differ only in this.
struct IAMPrincipalRef: Equatable {
    enum Kind: String {
        case role
        case user

        /// The request member naming the identity (`RoleName`, `UserName`).
        var nameMember: String { self == .role ? "RoleName" : "UserName" }
        /// The policy source type `SimulatePrincipalPolicy` reports for the identity's inline policies.
        var inlineSourceType: PolicySourceType { self == .role ? .role : .user }
    }

    let kind: Kind
    let name: String
    var path = "/"

    /// `arn:aws:iam::123456789012:role/service-role/loader`: the path sits between kind and name.
    func arn(account: Account) -> String { "arn:aws:iam::\(account.id):\(kind.rawValue)\(path)\(name)" }

    /// The identity named in `request` as it is stored (names keep their first spelling), or
    /// IAM's `NoSuchEntity`.
    static func existing(_ kind: Kind, _ request: OperationRequest) throws -> IAMPrincipalRef {
        try existing(kind, name: request.string(kind.nameMember), request.world.db)
    }

    static func existing(_ kind: Kind, name: String, _ db: Database) throws -> IAMPrincipalRef {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, path FROM iam_\(kind.rawValue) WHERE name = ?",
                                         arguments: [name]) else {
            throw IAMErrors.noSuchEntity("The \(kind.rawValue) with name \(name) cannot be found.")
        }
        return IAMPrincipalRef(kind: kind, name: row["name"], path: row["path"])
    }

    /// The role or user an ARN of this account names (`arn:aws:iam::123456789012:role/loader`),
    /// or IAM's `NoSuchEntity`; an ARN naming neither is `InvalidInput`.
    static func existing(arn: String, _ world: WorldTransaction) throws -> IAMPrincipalRef {
        let prefix = "arn:aws:iam::\(world.account.id):"
        guard arn.hasPrefix(prefix),
              let kind = [Kind.role, .user].first(where: { arn.dropFirst(prefix.count).hasPrefix($0.rawValue + "/") }) else {
            throw IAMErrors.invalidInput("Invalid Entity Arn: \(arn) does not clearly define entity type and name.")
        }
        let name = arn.split(separator: "/").last.map(String.init) ?? ""
        let principal = try existing(kind, name: name, world.db)
        guard principal.arn(account: world.account) == arn else {
            throw IAMErrors.noSuchEntity("The \(kind.rawValue) with name \(name) cannot be found.")
        }
        return principal
    }

    /// The identity's inline policies and attached managed policies, ready for the evaluator.
    func identityPolicies(_ db: Database) throws -> [SourcedPolicy] {
        let inline = try IAMInlinePolicy.all(of: self, db).map { policy in
            SourcedPolicy(id: policy.name, sourceType: kind.inlineSourceType,
                          document: try PolicyDocument(json: policy.document, kind: .identity))
        }
        let attached = try IAMAttachment.policyARNs(of: self, db).map { arn in
            try AttachablePolicy.existing(arn: arn, db).sourcedPolicy()
        }
        return inline + attached
    }
}
