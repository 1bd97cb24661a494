import Foundation
import GRDB

/// A customer managed policy (`create-policy`): its identity and which of its versions
/// (`v1`, `v2`, ...) is the default, the one that applies wherever it is attached.
struct IAMManagedPolicy {
    let arn: String
    let name: String
    let id: String
    let path: String
    let description: String?
    let created: Date
    let defaultVersion: String

    init(arn: String, name: String, id: String, path: String, description: String?, created: Date, defaultVersion: String) {
        self.arn = arn
        self.name = name
        self.id = id
        self.path = path
        self.description = description
        self.created = created
        self.defaultVersion = defaultVersion
    }

    private init(row: Row) {
        self.init(arn: row["arn"], name: row["name"], id: row["id"], path: row["path"], description: row["description"],
                  created: Date(timeIntervalSince1970: row["created"]), defaultVersion: row["default_version"])
    }

    static func find(arn: String, _ db: Database) throws -> IAMManagedPolicy? {
        try Row.fetchOne(db, sql: "SELECT * FROM iam_policy WHERE arn = ?", arguments: [arn]).map(IAMManagedPolicy.init(row:))
    }

    static func find(name: String, _ db: Database) throws -> IAMManagedPolicy? {
        try Row.fetchOne(db, sql: "SELECT * FROM iam_policy WHERE name = ?", arguments: [name]).map(IAMManagedPolicy.init(row:))
    }

    static func all(_ db: Database) throws -> [IAMManagedPolicy] {
        try Row.fetchAll(db, sql: "SELECT * FROM iam_policy ORDER BY name").map(IAMManagedPolicy.init(row:))
    }

    /// Creates the policy with `document` as its default version `v1`.
    static func create(name: String, path: String, description: String?, document: String,
                       account: Account, at now: Date, _ db: Database) throws -> IAMManagedPolicy {
        let policy = IAMManagedPolicy(arn: "arn:aws:iam::\(account.id):policy\(path)\(name)", name: name,
                                      id: IAMUniqueID.make(IAMUniqueID.policyPrefix), path: path,
                                      description: description, created: now, defaultVersion: "v1")
        try db.execute(sql: """
            INSERT INTO iam_policy (arn, name, id, path, description, created, default_version) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [policy.arn, name, policy.id, path, description, now.timeIntervalSince1970, "v1"])
        try db.execute(sql: "INSERT INTO iam_policy_version (policy_arn, version, document, created) VALUES (?, 'v1', ?, ?)",
                       arguments: [policy.arn, document, now.timeIntervalSince1970])
        return policy
    }

    /// The text and creation time of version `version`, when it exists.
    func version(_ version: String, _ db: Database) throws -> (document: String, created: Date)? {
        try Row.fetchOne(db, sql: "SELECT document, created FROM iam_policy_version WHERE policy_arn = ? AND version = ?",
                         arguments: [arn, version]).map { ($0["document"], Date(timeIntervalSince1970: $0["created"])) }
    }

    /// The `Policy` structure of get-policy, list-policies and create-policy, in model order.
    func value(attachmentCount: Int, includeDescription: Bool) -> AWSValue {
        let timestamp = AWSValue.string(WorldTime.iso8601(created))
        return .object([
            "PolicyName": .string(name),
            "PolicyId": .string(id),
            "Arn": .string(arn),
            "Path": .string(path),
            "DefaultVersionId": .string(defaultVersion),
            "AttachmentCount": .integer(attachmentCount),
            "PermissionsBoundaryUsageCount": .integer(0),
            "IsAttachable": .bool(true),
            "Description": includeDescription ? description.map(AWSValue.string) : nil,
            "CreateDate": timestamp,
            "UpdateDate": timestamp,
        ])
    }
}

/// A policy that can be attached to a role or user: a customer managed policy of this account
/// or one of the AWS managed policies in `ManagedPolicyCatalog`.
enum AttachablePolicy {
    case customer(IAMManagedPolicy, document: String)
    case aws(ManagedPolicy)

    /// The policy `arn` names, or IAM's `NoSuchEntity` as attach-role-policy words it.
    static func existing(arn: String, _ db: Database) throws -> AttachablePolicy {
        if let managed = ManagedPolicyCatalog.policy(arn: arn) { return .aws(managed) }
        if let policy = try IAMManagedPolicy.find(arn: arn, db),
           let version = try policy.version(policy.defaultVersion, db) {
            return .customer(policy, document: version.document)
        }
        throw IAMErrors.noSuchEntity("Policy \(arn) does not exist or is not attachable.")
    }

    var name: String {
        switch self {
        case .customer(let policy, _): policy.name
        case .aws(let managed): managed.name
        }
    }

    var arn: String {
        switch self {
        case .customer(let policy, _): policy.arn
        case .aws(let managed): managed.arn
        }
    }

    var path: String {
        switch self {
        case .customer(let policy, _): policy.path
        case .aws(let managed): managed.path
        }
    }

    /// The policy ready for the evaluator, reported under its name as `user-managed` or `aws-managed`.
    func sourcedPolicy() throws -> SourcedPolicy {
        switch self {
        case .customer(let policy, let document):
            SourcedPolicy(id: policy.name, sourceType: .userManaged, document: try PolicyDocument(json: document, kind: .identity))
        case .aws(let managed):
            SourcedPolicy(id: managed.name, sourceType: .awsManaged, document: try PolicyDocument(json: managed.documentText, kind: .identity))
        }
    }
}

extension ManagedPolicy {
    /// The path between `policy` and the name in the ARN: `/service-role/` for
    /// `arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole`.
    var path: String {
        let afterPolicy = arn.components(separatedBy: ":policy").last ?? "/"
        return String(afterPolicy[...(afterPolicy.lastIndex(of: "/") ?? afterPolicy.startIndex)])
    }

    /// The `Policy` structure IAM reports for an AWS managed policy (no id or dates: the
    /// catalog does not hold them, and they are AWS's, not the learner's).
    func policyValue(attachmentCount: Int) -> AWSValue {
        .object([
            "PolicyName": .string(name),
            "Arn": .string(arn),
            "Path": .string(path),
            "DefaultVersionId": .string(defaultVersionID),
            "AttachmentCount": .integer(attachmentCount),
            "PermissionsBoundaryUsageCount": .integer(0),
            "IsAttachable": .bool(true),
        ])
    }
}
