import Foundation
import GRDB

/// A user row. The learner's own user is planted with the world (`IAMSchema.seed`).
struct IAMUser {
    let name: String
    let id: String
    let path: String
    let created: Date

    private init(row: Row) {
        name = row["name"]
        id = row["id"]
        path = row["path"]
        created = Date(timeIntervalSince1970: row["created"])
    }

    init(name: String, id: String, path: String, created: Date) {
        self.name = name
        self.id = id
        self.path = path
        self.created = created
    }

    var ref: IAMPrincipalRef { IAMPrincipalRef(kind: .user, name: name, path: path) }

    /// The user, or IAM's `NoSuchEntity`.
    static func existing(_ name: String, _ db: Database) throws -> IAMUser {
        guard let user = try Row.fetchOne(db, sql: "SELECT * FROM iam_user WHERE name = ?", arguments: [name])
            .map(IAMUser.init(row:)) else {
            throw IAMErrors.noSuchEntity("The user with name \(name) cannot be found.")
        }
        return user
    }

    static func exists(_ name: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM iam_user WHERE name = ?)", arguments: [name]) ?? false
    }

    static func all(_ db: Database) throws -> [IAMUser] {
        try Row.fetchAll(db, sql: "SELECT * FROM iam_user ORDER BY name").map(IAMUser.init(row:))
    }

    func save(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO iam_user (name, id, path, created) VALUES (?, ?, ?, ?)",
                       arguments: [name, id, path, created.timeIntervalSince1970])
    }

    /// The `User` structure in model order.
    func value(account: Account) -> AWSValue {
        .object([
            "Path": .string(path),
            "UserName": .string(name),
            "UserId": .string(id),
            "Arn": .string(ref.arn(account: account)),
            "CreateDate": .string(WorldTime.iso8601(created)),
        ])
    }
}
