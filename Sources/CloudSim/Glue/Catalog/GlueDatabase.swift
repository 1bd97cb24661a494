import Foundation
import GRDB

/// A Data Catalog database: its `Database` document as `get-database` prints it.
struct GlueDatabase {
    let name: String
    var document: AWSValue

    /// Hive-compatible names: Glue stores database and table names in lower case.
    static func canonicalName(_ name: String) -> String { name.lowercased() }

    static func find(_ name: String, _ db: Database) throws -> GlueDatabase? {
        try Row.fetchOne(db, sql: "SELECT * FROM glue_database WHERE name = ?", arguments: [canonicalName(name)])
            .map { GlueDatabase(name: $0["name"], document: GlueDocument.decode($0["document"])) }
    }

    /// The database, or Glue's `EntityNotFoundException`.
    static func existing(_ name: String, _ db: Database) throws -> GlueDatabase {
        guard let database = try find(name, db) else { throw GlueErrors.databaseNotFound(canonicalName(name)) }
        return database
    }

    static func all(_ db: Database) throws -> [GlueDatabase] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_database ORDER BY name")
            .map { GlueDatabase(name: $0["name"], document: GlueDocument.decode($0["document"])) }
    }

    func save(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO glue_database (name, document) VALUES (?, ?)",
                       arguments: [name, GlueDocument.encode(document)])
    }

    /// Deletes the database with its tables and their partitions, as Glue does.
    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM glue_partition WHERE database_name = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM glue_table WHERE database_name = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM glue_database WHERE name = ?", arguments: [name])
    }

    /// The `Database` document for `input` (a `DatabaseInput`), created at `created`.
    static func document(_ input: AWSValue, name: String, created: Date, account: Account) -> AWSValue {
        .object([
            "Name": .string(name),
            "Description": input["Description"],
            "LocationUri": input["LocationUri"],
            "Parameters": input["Parameters"],
            "CreateTime": GlueTime.value(created),
            "CreateTableDefaultPermissions": .list([.object([
                "Principal": .object(["DataLakePrincipalIdentifier": .string("IAM_ALLOWED_PRINCIPALS")]),
                "Permissions": .list([.string("ALL")]),
            ])]),
            "CatalogId": .string(account.id),
        ])
    }
}
