import Foundation
import GRDB

/// An object row: where its body is (an id in the body store, never a path from the key), and
/// what S3 reports about it.
struct S3Object {
    let bucket: String
    let key: String
    let body: String
    let size: Int
    /// The MD5 of the body in hex, unquoted; S3 shows it in double quotes.
    let etag: String
    /// The CRC32 of the body, base64 of its four big-endian bytes, as `ChecksumCRC32` shows it.
    let crc32: String
    var storageClass: StorageClass
    let lastModified: Date
    let contentType: String
    let metadata: AWSValue
    /// A restore of an archived object: when its copy becomes readable, and when it goes again.
    var restore: S3Restore?
    /// Since when the object has been in its storage class (for the cost meter): when it was
    /// written, or when a lifecycle rule last moved it.
    var classSince: Date

    init(bucket: String, key: String, body: String, size: Int, etag: String, crc32: String,
         storageClass: StorageClass, lastModified: Date, contentType: String, metadata: AWSValue) {
        self.bucket = bucket
        self.key = key
        self.body = body
        self.size = size
        self.etag = etag
        self.crc32 = crc32
        self.storageClass = storageClass
        self.lastModified = lastModified
        self.contentType = contentType
        self.metadata = metadata
        classSince = lastModified
    }

    private init(row: Row) {
        bucket = row["bucket"]
        key = row["key"]
        body = row["body"]
        size = row["size"]
        etag = row["etag"]
        crc32 = row["crc32"]
        storageClass = StorageClass(rawValue: row["storage_class"]) ?? .standard
        lastModified = Date(timeIntervalSince1970: row["last_modified"])
        contentType = row["content_type"]
        metadata = (try? JSONReader.parse(row["metadata"] as String)) ?? .object([])
        classSince = (row["class_since"] as Double?).map(Date.init(timeIntervalSince1970:)) ?? lastModified
        if let ready = row["restore_ready"] as Double?, let expiry = row["restore_expiry"] as Double? {
            restore = S3Restore(ready: Date(timeIntervalSince1970: ready), expiry: Date(timeIntervalSince1970: expiry))
        }
    }

    /// Whether GetObject may read the body at `now`: not archived, or restored and not yet expired.
    func isReadable(at now: Date) -> Bool {
        !storageClass.isArchived || restore?.isAvailable(at: now) == true
    }

    var quotedETag: String { "\"\(etag)\"" }

    static func find(bucket: String, key: String, _ db: Database) throws -> S3Object? {
        try Row.fetchOne(db, sql: "SELECT * FROM s3_object WHERE bucket = ? AND key = ?", arguments: [bucket, key])
            .map(S3Object.init(row:))
    }

    /// The object, or S3's `NoSuchKey`.
    static func existing(bucket: String, key: String, _ db: Database) throws -> S3Object {
        guard let object = try find(bucket: bucket, key: key, db) else { throw S3Errors.noSuchKey }
        return object
    }

    /// Objects whose keys start with `prefix` and sort after `after`, in key order.
    static func list(bucket: String, prefix: String, after: String?, limit: Int? = nil, _ db: Database) throws -> [S3Object] {
        // Range on the primary key instead of LIKE: LIKE would treat % and _ in keys as wildcards.
        var sql = "SELECT * FROM s3_object WHERE bucket = ? AND key >= ?"
        var arguments: StatementArguments = [bucket, prefix]
        if let after { sql += " AND key > ?"; arguments += [after] }
        sql += " ORDER BY key"
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var objects: [S3Object] = []
        while let row = try rows.next() {
            let object = S3Object(row: row)
            guard object.key.utf8.starts(with: prefix.utf8) else { break }
            objects.append(object)
            if let limit, objects.count >= limit { break }
        }
        return objects
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO s3_object
                (bucket, key, body, size, etag, crc32, storage_class, last_modified, content_type, metadata,
                 restore_ready, restore_expiry, class_since)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [bucket, key, body, size, etag, crc32, storageClass.rawValue,
                             lastModified.timeIntervalSince1970, contentType, JSONWriter.compact(metadata),
                             restore?.ready.timeIntervalSince1970, restore?.expiry.timeIntervalSince1970,
                             classSince.timeIntervalSince1970])
    }

    /// Removes the row (at `time`, the transaction's time unless a lifecycle rule expired it
    /// earlier) and lets the body go once nothing else refers to it.
    func delete(_ world: WorldTransaction, at time: Date? = nil) throws {
        try StorageUsage.close(self, at: time ?? world.now, world.db)
        try world.db.execute(sql: "DELETE FROM s3_object WHERE bucket = ? AND key = ?", arguments: [bucket, key])
        world.releaseBody(body)
    }
}
