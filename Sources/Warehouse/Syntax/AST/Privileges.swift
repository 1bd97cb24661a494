/// `GRANT privileges ON target TO grantee, ... [WITH GRANT OPTION]`.
public struct Grant: Sendable, Hashable {
    public var privileges: [String]
    public var target: PrivilegeTarget
    public var grantees: [Grantee]
    public var withGrantOption: Bool
}

/// `REVOKE [GRANT OPTION FOR] privileges ON target FROM grantee, ... [CASCADE | RESTRICT]`.
public struct Revoke: Sendable, Hashable {
    public var grantOptionFor: Bool
    public var privileges: [String]
    public var target: PrivilegeTarget
    public var grantees: [Grantee]
    public var behavior: DropBehavior?
}

/// What privileges are on. Privileges are lower-case words (`select`, `all`, `usage`, `temp`).
public enum PrivilegeTarget: Sendable, Hashable {
    case tables([ObjectName])
    case allTablesInSchema([Identifier])
    case schemas([Identifier])
    case databases([Identifier])
}

public enum Grantee: Sendable, Hashable {
    case user(Identifier)
    case group(Identifier)
    case publicGroup
}
