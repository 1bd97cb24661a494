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
        return migrator
    }

    /// Whether any record still refers to object body `id`.
    static func isReferenced(blob id: String, _ db: Database) throws -> Bool {
        try S3Schema.references(blob: id, db)
    }
}

/// Small named values of the world itself, such as the clock offset.
enum WorldSettings {
    static func clockOffset(_ db: Database) throws -> Double {
        try String.fetchOne(db, sql: "SELECT value FROM world_setting WHERE name = 'clock_offset'")
            .flatMap(Double.init) ?? 0
    }

    static func setClockOffset(_ offset: Double, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO world_setting (name, value) VALUES ('clock_offset', ?)",
                       arguments: [String(offset)])
    }
}
