import Foundation
import GRDB

/// The cost meter's record of S3 storage over time: one row per finished stretch of one object in
/// one storage class (from when it got there until it moved on, was replaced or deleted). The
/// current stretches are the objects themselves, each in its class since `class_since`.
enum StorageUsage {
    static func createTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE s3_storage_usage (
                storage_class TEXT NOT NULL,
                bytes INTEGER NOT NULL,
                start REAL NOT NULL,
                end REAL NOT NULL
            );
            ALTER TABLE s3_object ADD COLUMN class_since REAL;
            """)
    }

    /// Closes `object`'s stretch in its current class at `end`.
    static func close(_ object: S3Object, at end: Date, _ db: Database) throws {
        guard end > object.classSince else { return }
        try db.execute(sql: "INSERT INTO s3_storage_usage (storage_class, bytes, start, end) VALUES (?, ?, ?, ?)",
                       arguments: [object.storageClass.rawValue, object.size, object.classSince.timeIntervalSince1970,
                                   end.timeIntervalSince1970])
    }

    /// Byte-seconds stored per storage class up to `now`, the objects still stored included.
    static func byteSeconds(until now: Date, _ db: Database) throws -> [String: Double] {
        var totals: [String: Double] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT storage_class, SUM(bytes * (end - start)) AS total FROM s3_storage_usage GROUP BY storage_class
            """) {
            totals[row["storage_class"], default: 0] += row["total"] as Double? ?? 0
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT storage_class, SUM(size * MAX(0, ? - COALESCE(class_since, last_modified))) AS total
            FROM s3_object GROUP BY storage_class
            """, arguments: [now.timeIntervalSince1970]) {
            totals[row["storage_class"], default: 0] += row["total"] as Double? ?? 0
        }
        return totals
    }
}
