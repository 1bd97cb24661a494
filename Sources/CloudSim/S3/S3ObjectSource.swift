import Foundation

/// Read access to S3 for the engine's COPY and for checks: the keys under a prefix (COPY's
/// `FROM 's3://bucket/prefix'` matches every key that begins with the prefix) and an object's body.
public struct S3ObjectSource: Sendable {
    /// What COPY needs to know about one object.
    public struct ObjectSummary: Sendable, Equatable {
        public let key: String
        public let size: Int
        public let storageClass: String
    }

    private let world: World

    public init(world: World) { self.world = world }

    /// The objects whose keys begin with `prefix`, in key order; `NoSuchBucket` if there is no bucket.
    public func objects(bucket: String, prefix: String) throws -> [ObjectSummary] {
        try world.transaction { world in
            _ = try S3Bucket.existing(bucket, world.db)
            return try S3Object.list(bucket: bucket, prefix: prefix, after: nil, world.db).map {
                ObjectSummary(key: $0.key, size: $0.size, storageClass: $0.storageClass.rawValue)
            }
        }
    }

    /// An object's body; `NoSuchBucket`, `NoSuchKey` or `InvalidObjectState` (archived) otherwise.
    public func body(bucket: String, key: String) throws -> Data {
        try world.transaction { world in
            _ = try S3Bucket.existing(bucket, world.db)
            let object = try S3Object.existing(bucket: bucket, key: key, world.db)
            if !object.isReadable(at: world.now) { throw S3Errors.invalidObjectState }
            return try world.loadBody(object.body)
        }
    }
}
