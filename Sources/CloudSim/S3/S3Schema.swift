import GRDB

/// S3's tables in the world database. Keys are compared as SQLite's BINARY collation compares
/// UTF-8 text, byte by byte: exactly the lexicographic order S3 lists keys in.
enum S3Schema {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE s3_bucket (
                name TEXT PRIMARY KEY NOT NULL,
                region TEXT NOT NULL,
                created REAL NOT NULL,
                versioning TEXT,
                encryption TEXT,
                public_access_block TEXT,
                lifecycle TEXT,
                lifecycle_minimum_size TEXT
            );
            CREATE TABLE s3_object (
                bucket TEXT NOT NULL REFERENCES s3_bucket(name),
                key TEXT NOT NULL,
                body TEXT NOT NULL,
                size INTEGER NOT NULL,
                etag TEXT NOT NULL,
                crc32 TEXT NOT NULL,
                storage_class TEXT NOT NULL,
                last_modified REAL NOT NULL,
                content_type TEXT NOT NULL,
                metadata TEXT NOT NULL,
                PRIMARY KEY (bucket, key)
            );
            CREATE INDEX s3_object_body ON s3_object(body);
            """)
    }

    /// When a restore of an archived object completes, and when its restored copy expires.
    static func addRestore(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE s3_object ADD COLUMN restore_ready REAL;
            ALTER TABLE s3_object ADD COLUMN restore_expiry REAL;
            """)
    }

    static func references(blob id: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM s3_object WHERE body = ?)", arguments: [id]) ?? false
    }
}
