import GRDB

/// Which managed policies (by ARN) are attached to which roles and users, listed in the order
/// they were attached.
enum IAMAttachment {
    /// IAM's default quota of managed policies per role or user.
    static let quota = 10

    static func policyARNs(of principal: IAMPrincipalRef, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT policy_arn FROM iam_attachment WHERE principal_kind = ? AND principal_name = ? ORDER BY rowid
            """, arguments: [principal.kind.rawValue, principal.name])
    }

    static func count(of policyARN: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM iam_attachment WHERE policy_arn = ?", arguments: [policyARN]) ?? 0
    }

    /// Attaches `policyARN`; attaching an attached policy again changes nothing, as in IAM.
    static func attach(_ policyARN: String, to principal: IAMPrincipalRef, _ db: Database) throws {
        let attached = try policyARNs(of: principal, db)
        if attached.contains(policyARN) { return }
        guard attached.count < quota else {
            let quotaName = principal.kind == .role ? "PoliciesPerRole" : "PoliciesPerUser"
            throw IAMErrors.limitExceeded("Cannot exceed quota for \(quotaName): \(quota)")
        }
        try db.execute(sql: """
            INSERT INTO iam_attachment (principal_kind, principal_name, policy_arn) VALUES (?, ?, ?)
            """, arguments: [principal.kind.rawValue, principal.name, policyARN])
    }

    static func detach(_ policyARN: String, from principal: IAMPrincipalRef, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM iam_attachment WHERE principal_kind = ? AND principal_name = ? AND policy_arn = ?",
                       arguments: [principal.kind.rawValue, principal.name, policyARN])
        guard db.changesCount > 0 else { throw IAMErrors.noSuchPolicy(policyARN) }
    }
}
