import Foundation
import GRDB

/// IAM's tables in the world database. Names compare without regard to case, because IAM
/// refuses `Loader` when `loader` exists; they are shown as first written.
enum IAMSchema {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE iam_role (
                name TEXT PRIMARY KEY COLLATE NOCASE NOT NULL,
                id TEXT NOT NULL,
                path TEXT NOT NULL,
                created REAL NOT NULL,
                trust_policy TEXT NOT NULL,
                description TEXT,
                max_session_duration INTEGER NOT NULL
            );
            CREATE TABLE iam_user (
                name TEXT PRIMARY KEY COLLATE NOCASE NOT NULL,
                id TEXT NOT NULL,
                path TEXT NOT NULL,
                created REAL NOT NULL
            );
            CREATE TABLE iam_inline_policy (
                principal_kind TEXT NOT NULL,
                principal_name TEXT NOT NULL COLLATE NOCASE,
                name TEXT NOT NULL COLLATE NOCASE,
                document TEXT NOT NULL,
                PRIMARY KEY (principal_kind, principal_name, name)
            );
            CREATE TABLE iam_policy (
                arn TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                id TEXT NOT NULL,
                path TEXT NOT NULL,
                description TEXT,
                created REAL NOT NULL,
                default_version TEXT NOT NULL
            );
            CREATE TABLE iam_policy_version (
                policy_arn TEXT NOT NULL REFERENCES iam_policy(arn),
                version TEXT NOT NULL,
                document TEXT NOT NULL,
                created REAL NOT NULL,
                PRIMARY KEY (policy_arn, version)
            );
            CREATE TABLE iam_attachment (
                principal_kind TEXT NOT NULL,
                principal_name TEXT NOT NULL COLLATE NOCASE,
                policy_arn TEXT NOT NULL,
                PRIMARY KEY (principal_kind, principal_name, policy_arn)
            );
            """)
    }

    /// The learner's own IAM user, an administrator: it gets the inline policy
    /// `LearnerAdministrator.policyName` the first time the world opens, so every lab starts
    /// with a caller allowed to do everything, as a fresh account's admin user is.
    static func seed(_ db: Database, now: Date) throws {
        let account = Account.learner
        try db.execute(sql: "INSERT OR IGNORE INTO iam_user (name, id, path, created) VALUES (?, ?, '/', ?)",
                       arguments: [account.userName, account.userId, now.timeIntervalSince1970])
        guard db.changesCount > 0 else { return }
        try IAMInlinePolicy(principal: IAMPrincipalRef(kind: .user, name: account.userName),
                            name: LearnerAdministrator.policyName, document: LearnerAdministrator.document).save(db)
    }
}

/// The learner user's starting permissions: an inline policy written for the simulator that
/// allows every action on every resource, equivalent to AWS's `AdministratorAccess` managed
/// policy (whose verbatim text is not in `ManagedPolicyCatalog`) and named after it.
enum LearnerAdministrator {
    static let policyName = "AdministratorAccess"
    static let document = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
        """
}
