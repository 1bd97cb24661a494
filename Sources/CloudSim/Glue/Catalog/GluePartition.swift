import Foundation
import GRDB

/// A partition of a catalog table: its values in partition-key order and its `Partition` document.
struct GluePartition {
    let databaseName: String
    let tableName: String
    let values: [String]
    var document: AWSValue

    /// The stored key of a value list: its JSON, which sorts partitions by their first values.
    static func key(_ values: [String]) -> String {
        GlueDocument.encode(.list(values.map(AWSValue.string)))
    }

    private init(row: Row) {
        databaseName = row["database_name"]
        tableName = row["table_name"]
        document = GlueDocument.decode(row["document"])
        values = (document["Values"]?.listValue ?? []).compactMap(\.stringValue)
    }

    init(table: GlueTable, values: [String], document: AWSValue) {
        databaseName = table.databaseName
        tableName = table.name
        self.values = values
        self.document = document
    }

    static func find(_ table: GlueTable, values: [String], _ db: Database) throws -> GluePartition? {
        try Row.fetchOne(db, sql: "SELECT * FROM glue_partition WHERE database_name = ? AND table_name = ? AND partition_values = ?",
                         arguments: [table.databaseName, table.name, key(values)]).map(GluePartition.init(row:))
    }

    static func all(_ table: GlueTable, _ db: Database) throws -> [GluePartition] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_partition WHERE database_name = ? AND table_name = ? ORDER BY partition_values",
                         arguments: [table.databaseName, table.name]).map(GluePartition.init(row:))
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO glue_partition (database_name, table_name, partition_values, document) VALUES (?, ?, ?, ?)
            """, arguments: [databaseName, tableName, Self.key(values), GlueDocument.encode(document)])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM glue_partition WHERE database_name = ? AND table_name = ? AND partition_values = ?",
                       arguments: [databaseName, tableName, Self.key(values)])
    }

    /// The `Partition` document for `input` (a `PartitionInput`) of `table`.
    static func document(_ input: AWSValue, table: GlueTable, now: Date, account: Account) -> AWSValue {
        .object([
            "Values": input["Values"] ?? .list([]),
            "DatabaseName": .string(table.databaseName),
            "TableName": .string(table.name),
            "CreationTime": GlueTime.value(now),
            "StorageDescriptor": input["StorageDescriptor"].map(GlueShapes.storageDescriptor.arranged),
            "Parameters": input["Parameters"],
            "CatalogId": .string(account.id),
        ])
    }

    /// The values of `input`, which must give one value per partition key of `table`.
    static func values(of input: AWSValue?, for table: GlueTable) throws -> [String] {
        let values = (input?.listValue ?? []).compactMap(\.stringValue)
        guard values.count == table.partitionKeys.count else {
            throw GlueErrors.invalidInput("The number of partition keys do not match the number of partition values")
        }
        return values
    }
}
