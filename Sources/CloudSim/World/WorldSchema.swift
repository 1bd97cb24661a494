import Foundation
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
        migrator.registerMigration("v3-iam", migrate: IAMSchema.createTables)
        migrator.registerMigration("v4-ec2", migrate: EC2Schema.createTables)
        migrator.registerMigration("v5-redshift", migrate: RedshiftSchema.createTables)
        migrator.registerMigration("v6-cost-meter", migrate: ClusterUsage.createTable)
        migrator.registerMigration("v8-cloudwatch", migrate: CloudWatchSchema.createTables)
        migrator.registerMigration("v8-s3-storage-usage", migrate: StorageUsage.createTable)
        migrator.registerMigration("v9-redshift-config", migrate: RedshiftSchema.addConfiguration)
        migrator.registerMigration("v7-glue", migrate: GlueSchema.createTables)
        return migrator
    }

    /// What every world has from its first moment (the learner's IAM user, the default VPC), planted once:
    /// resources a learner deletes stay deleted when the world is opened again.
    static func seed(_ db: Database, now: Date) throws {
        try IAMSchema.seed(db, now: now)
        try EC2Schema.seed(db)
    }

    /// Whether any record still refers to object body `id`.
    static func isReferenced(blob id: String, _ db: Database) throws -> Bool {
        try S3Schema.references(blob: id, db)
    }
}
