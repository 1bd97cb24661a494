import Foundation
import GRDB

/// A Data Catalog table: its `Table` document as `get-table` prints it.
struct GlueTable {
    let databaseName: String
    let name: String
    var document: AWSValue

    private init(row: Row) {
        databaseName = row["database_name"]
        name = row["name"]
        document = GlueDocument.decode(row["document"])
    }

    init(databaseName: String, name: String, document: AWSValue) {
        self.databaseName = databaseName
        self.name = name
        self.document = document
    }

    static func find(database: String, name: String, _ db: Database) throws -> GlueTable? {
        try Row.fetchOne(db, sql: "SELECT * FROM glue_table WHERE database_name = ? AND name = ?",
                         arguments: [database, GlueDatabase.canonicalName(name)]).map(GlueTable.init(row:))
    }

    /// The table in an existing database, or Glue's `EntityNotFoundException` for whichever is missing.
    static func existing(database: String, name: String, _ db: Database) throws -> GlueTable {
        let database = try GlueDatabase.existing(database, db)
        guard let table = try find(database: database.name, name: name, db) else {
            throw GlueErrors.tableNotFound(GlueDatabase.canonicalName(name))
        }
        return table
    }

    static func all(database: String, _ db: Database) throws -> [GlueTable] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_table WHERE database_name = ? ORDER BY name", arguments: [database])
            .map(GlueTable.init(row:))
    }

    func save(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO glue_table (database_name, name, document) VALUES (?, ?, ?)",
                       arguments: [databaseName, name, GlueDocument.encode(document)])
    }

    /// Deletes the table and its partitions.
    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM glue_partition WHERE database_name = ? AND table_name = ?", arguments: [databaseName, name])
        try db.execute(sql: "DELETE FROM glue_table WHERE database_name = ? AND name = ?", arguments: [databaseName, name])
    }

    var storageDescriptor: AWSValue? { document["StorageDescriptor"] }
    var location: String? { storageDescriptor?["Location"]?.stringValue }
    var partitionKeys: [String] { (document["PartitionKeys"]?.listValue ?? []).compactMap { $0["Name"]?.stringValue } }
    var parameters: [(String, String)] { GlueDocument.stringMap(document["Parameters"]) }

    func parameter(_ name: String) -> String? {
        parameters.first { $0.0 == name }?.1
    }

    /// The `Table` document for `input` (a `TableInput`). `previous` is the version it replaces:
    /// its creation time and creator stay and the version id goes up by one.
    static func document(_ input: AWSValue, database: String, name: String, now: Date, createdBy: String,
                         previous: GlueTable?, account: Account) -> AWSValue {
        let created = previous.flatMap { GlueTime.date($0.document["CreateTime"]) } ?? now
        let version = previous.flatMap { Int($0.document["VersionId"]?.stringValue ?? "") }.map { $0 + 1 } ?? 0
        return .object([
            "Name": .string(name),
            "DatabaseName": .string(database),
            "Description": input["Description"],
            "Owner": input["Owner"],
            "CreateTime": GlueTime.value(created),
            "UpdateTime": GlueTime.value(now),
            "LastAccessTime": GlueTime.value(created),
            "Retention": input["Retention"] ?? .integer(0),
            "StorageDescriptor": input["StorageDescriptor"].map(GlueShapes.storageDescriptor.arranged),
            "PartitionKeys": input["PartitionKeys"].map(Shape.list(GlueShapes.column).arranged) ?? .list([]),
            "ViewOriginalText": input["ViewOriginalText"],
            "ViewExpandedText": input["ViewExpandedText"],
            "TableType": input["TableType"],
            "Parameters": input["Parameters"],
            "CreatedBy": .string(previous?.document["CreatedBy"]?.stringValue ?? createdBy),
            "IsRegisteredWithLakeFormation": .bool(false),
            "CatalogId": .string(account.id),
            "VersionId": .string(String(version)),
        ])
    }
}
