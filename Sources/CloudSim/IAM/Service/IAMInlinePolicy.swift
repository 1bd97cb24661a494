import GRDB

/// A policy embedded in one role or user (`put-role-policy`), stored as the text the learner
/// gave so `get-role-policy` shows it back with their key order.
struct IAMInlinePolicy {
    let principal: IAMPrincipalRef
    let name: String
    let document: String

    static func find(_ name: String, of principal: IAMPrincipalRef, _ db: Database) throws -> IAMInlinePolicy? {
        try Row.fetchOne(db, sql: """
            SELECT name, document FROM iam_inline_policy WHERE principal_kind = ? AND principal_name = ? AND name = ?
            """, arguments: [principal.kind.rawValue, principal.name, name]).map {
            IAMInlinePolicy(principal: principal, name: $0["name"], document: $0["document"])
        }
    }

    /// The policy, or IAM's `NoSuchEntity` worded for the identity's kind.
    static func existing(_ name: String, of principal: IAMPrincipalRef, _ db: Database) throws -> IAMInlinePolicy {
        guard let policy = try find(name, of: principal, db) else {
            throw IAMErrors.noSuchEntity("The \(principal.kind.rawValue) policy with name \(name) cannot be found.")
        }
        return policy
    }

    static func all(of principal: IAMPrincipalRef, _ db: Database) throws -> [IAMInlinePolicy] {
        try Row.fetchAll(db, sql: """
            SELECT name, document FROM iam_inline_policy WHERE principal_kind = ? AND principal_name = ? ORDER BY name
            """, arguments: [principal.kind.rawValue, principal.name]).map {
            IAMInlinePolicy(principal: principal, name: $0["name"], document: $0["document"])
        }
    }

    func save(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM iam_inline_policy WHERE principal_kind = ? AND principal_name = ? AND name = ?",
                       arguments: [principal.kind.rawValue, principal.name, name])
        try db.execute(sql: """
            INSERT INTO iam_inline_policy (principal_kind, principal_name, name, document) VALUES (?, ?, ?, ?)
            """, arguments: [principal.kind.rawValue, principal.name, name, document])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM iam_inline_policy WHERE principal_kind = ? AND principal_name = ? AND name = ?",
                       arguments: [principal.kind.rawValue, principal.name, name])
    }
}
