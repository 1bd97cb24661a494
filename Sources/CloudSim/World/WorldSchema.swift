import GRDB

/// The world database's tables, created by append-only migrations: never edit a shipped one.
enum WorldSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-world") { db in
            try db.create(table: "world_setting") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v1-s3", migrate: S3Schema.createTables)
        migrator.registerMigration("v2-s3-restore", migrate: S3Schema.addRestore)
        return migrator
    }

    /// Whether any record still refers to object body `id`.
    static func isReferenced(blob id: String, _ db: Database) throws -> Bool {
        try S3Schema.references(blob: id, db)
    }
}
