import Foundation
import GRDB

/// A role row: who may assume it (the trust policy text) and its identity.
struct IAMRole {
    let name: String
    let id: String
    let path: String
    let created: Date
    var trustPolicy: String
    let description: String?
    let maxSessionDuration: Int

    init(name: String, id: String, path: String, created: Date, trustPolicy: String, description: String?,
         maxSessionDuration: Int) {
        self.name = name
        self.id = id
        self.path = path
        self.created = created
        self.trustPolicy = trustPolicy
        self.description = description
        self.maxSessionDuration = maxSessionDuration
    }

    private init(row: Row) {
        self.init(name: row["name"], id: row["id"], path: row["path"], created: Date(timeIntervalSince1970: row["created"]),
                  trustPolicy: row["trust_policy"], description: row["description"],
                  maxSessionDuration: row["max_session_duration"])
    }

    var ref: IAMPrincipalRef { IAMPrincipalRef(kind: .role, name: name, path: path) }

    static func find(_ name: String, _ db: Database) throws -> IAMRole? {
        try Row.fetchOne(db, sql: "SELECT * FROM iam_role WHERE name = ?", arguments: [name]).map(IAMRole.init(row:))
    }

    /// The role, or IAM's `NoSuchEntity`.
    static func existing(_ name: String, _ db: Database) throws -> IAMRole {
        guard let role = try find(name, db) else {
            throw IAMErrors.noSuchEntity("The role with name \(name) cannot be found.")
        }
        return role
    }

    /// The role an ARN of this account names (`arn:aws:iam::123456789012:role/path/name`), or
    /// nil when the ARN names no existing role at that path.
    static func find(arn: String, account: Account, _ db: Database) throws -> IAMRole? {
        let prefix = "arn:aws:iam::\(account.id):role/"
        guard arn.hasPrefix(prefix), let name = arn.split(separator: "/").last,
              let role = try find(String(name), db), role.arn(account: account) == arn else { return nil }
        return role
    }

    static func all(_ db: Database) throws -> [IAMRole] {
        try Row.fetchAll(db, sql: "SELECT * FROM iam_role ORDER BY name").map(IAMRole.init(row:))
    }

    func arn(account: Account) -> String { ref.arn(account: account) }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO iam_role (name, id, path, created, trust_policy, description, max_session_duration)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [name, id, path, created.timeIntervalSince1970, trustPolicy, description, maxSessionDuration])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM iam_role WHERE name = ?", arguments: [name])
    }

    /// How the role's trust policy is handed to the evaluator.
    func sourcedTrustPolicy() throws -> SourcedPolicy {
        SourcedPolicy(id: name, sourceType: .role, document: try PolicyDocument(json: trustPolicy, kind: .trust))
    }

    /// The `Role` structure in model order. create-role answers the core members only;
    /// get-role adds `RoleLastUsed`, and get-role and list-roles add `MaxSessionDuration`.
    enum Detail { case created, listed, full }

    func value(account: Account, detail: Detail) -> AWSValue {
        .object([
            "Path": .string(path),
            "RoleName": .string(name),
            "RoleId": .string(id),
            "Arn": .string(arn(account: account)),
            "CreateDate": .string(WorldTime.iso8601(created)),
            "AssumeRolePolicyDocument": IAMPolicyText.value(trustPolicy),
            "Description": description.map(AWSValue.string),
            "MaxSessionDuration": detail == .created ? nil : .integer(maxSessionDuration),
            "RoleLastUsed": detail == .full ? .object([]) : nil,
        ])
    }
}
