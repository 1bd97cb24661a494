import Foundation
import GRDB

/// A bucket row: its region, creation time and the configurations stored as the JSON the
/// service model describes (members in model order, so `get-*` prints them as S3 would).
struct S3Bucket {
    let name: String
    let region: String
    let created: Date
    var versioning: AWSValue?
    /// The default encryption set with put-bucket-encryption; nil means S3's own default.
    var encryption: AWSValue?
    var publicAccessBlock: AWSValue?
    var lifecycle: AWSValue?
    var lifecycleMinimumSize: String?

    /// Since January 2023 every bucket encrypts new objects with SSE-S3 unless configured otherwise,
    /// and get-bucket-encryption reports that default rather than an error.
    var effectiveEncryption: AWSValue {
        encryption ?? .object(["Rules": .list([.object([
            "ApplyServerSideEncryptionByDefault": .object(["SSEAlgorithm": .string("AES256")]),
            "BucketKeyEnabled": .bool(false),
        ])])])
    }

    init(name: String, region: String, created: Date) {
        self.name = name
        self.region = region
        self.created = created
    }

    private init(row: Row) {
        name = row["name"]
        region = row["region"]
        created = Date(timeIntervalSince1970: row["created"])
        versioning = Self.decode(row["versioning"])
        encryption = Self.decode(row["encryption"])
        publicAccessBlock = Self.decode(row["public_access_block"])
        lifecycle = Self.decode(row["lifecycle"])
        lifecycleMinimumSize = row["lifecycle_minimum_size"]
    }

    private static func decode(_ text: String?) -> AWSValue? {
        text.flatMap { try? JSONReader.parse($0) }
    }

    static func find(_ name: String, _ db: Database) throws -> S3Bucket? {
        try Row.fetchOne(db, sql: "SELECT * FROM s3_bucket WHERE name = ?", arguments: [name]).map(S3Bucket.init(row:))
    }

    /// The bucket, or S3's `NoSuchBucket`.
    static func existing(_ name: String, _ db: Database) throws -> S3Bucket {
        guard let bucket = try find(name, db) else { throw S3Errors.noSuchBucket }
        return bucket
    }

    static func all(_ db: Database) throws -> [S3Bucket] {
        try Row.fetchAll(db, sql: "SELECT * FROM s3_bucket ORDER BY name").map(S3Bucket.init(row:))
    }

    static func withLifecycle(_ db: Database) throws -> [S3Bucket] {
        try Row.fetchAll(db, sql: "SELECT * FROM s3_bucket WHERE lifecycle IS NOT NULL ORDER BY name").map(S3Bucket.init(row:))
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO s3_bucket
                (name, region, created, versioning, encryption, public_access_block, lifecycle, lifecycle_minimum_size)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [name, region, created.timeIntervalSince1970, versioning.map(JSONWriter.compact),
                             encryption.map(JSONWriter.compact), publicAccessBlock.map(JSONWriter.compact),
                             lifecycle.map(JSONWriter.compact), lifecycleMinimumSize])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM s3_bucket WHERE name = ?", arguments: [name])
    }

    func isEmpty(_ db: Database) throws -> Bool {
        try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM s3_object WHERE bucket = ?)", arguments: [name]) ?? false)
    }
}
