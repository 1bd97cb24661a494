import Foundation

/// How crawls and job runs read S3 as their role: listing a folder needs `s3:ListBucket` on the
/// bucket, reading an object `s3:GetObject` on it. Archived objects (Glacier classes not
/// restored) are skipped, as crawlers skip them.
struct GlueS3Reader {
    let access: GlueRoleAccess
    let world: WorldTransaction

    /// A folder of a bucket: an `s3://bucket/prefix` path with the prefix ending in `/` (or empty).
    struct Folder {
        let bucket: String
        let prefix: String

        init(_ path: String) throws {
            guard let address = S3Address(path), !address.bucket.isEmpty else {
                throw GlueRunFailure("Invalid S3 path \(path): expected s3://bucket/prefix/")
            }
            bucket = address.bucket
            prefix = address.key.isEmpty || address.key.hasSuffix("/") ? address.key : address.key + "/"
        }

        var uri: String { "s3://\(bucket)/\(prefix)" }

        /// The folder's own name: its last prefix segment, or the bucket's name at the top.
        var name: String { prefix.split(separator: "/").last.map(String.init) ?? bucket }
    }

    /// The readable, non-empty objects under `folder`, in key order.
    func objects(in folder: Folder) throws -> [S3Object] {
        guard try S3Bucket.find(folder.bucket, world.db) != nil else {
            throw GlueRunFailure("The specified bucket does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket): \(folder.bucket)")
        }
        try access.require("s3:ListBucket", on: "arn:aws:s3:::\(folder.bucket)")
        return try S3Object.list(bucket: folder.bucket, prefix: folder.prefix, after: nil, world.db)
            .filter { !$0.key.hasSuffix("/") && $0.size > 0 && $0.isReadable(at: world.now) }
    }

    func body(of object: S3Object) throws -> Data {
        try access.require("s3:GetObject", on: "arn:aws:s3:::\(object.bucket)/\(object.key)")
        return try world.loadBody(object.body)
    }
}
