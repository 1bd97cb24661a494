import Foundation

/// Writing, reading, copying and deleting objects.
enum S3ObjectOperations {
    @Sendable static func putObject(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let bucket = try S3Bucket.existing(request.string("Bucket"), world.db)
        let key = request.string("Key")
        let storageClass = try storageClass(request["StorageClass"])
        var body = Data()
        if case .blob(let data)? = request["Body"] { body = data }
        if case .string(let text)? = request["Body"] { body = Data(text.utf8) }
        let object = try store(body, bucket: bucket.name, key: key, storageClass: storageClass,
                               contentType: request["ContentType"]?.stringValue ?? "binary/octet-stream",
                               metadata: request["Metadata"] ?? .object([]), world)
        return OperationResult(.object([
            "ETag": .string(object.quotedETag),
            "ChecksumCRC32": .string(object.crc32),
            "ServerSideEncryption": encryptionAlgorithm(bucket),
        ]))
    }

    @Sendable static func getObject(_ request: OperationRequest) throws -> OperationResult {
        let (object, bucket) = try readable(request)
        let body = try request.world.loadBody(object.body)
        return OperationResult(description(object, bucket, checksum: true, now: request.world.now), body: body)
    }

    @Sendable static func headObject(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        let object = try S3Object.existing(bucket: bucket.name, key: request.string("Key"), request.world.db)
        return OperationResult(description(object, bucket, checksum: false, now: request.world.now))
    }

    @Sendable static func copyObject(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let bucket = try S3Bucket.existing(request.string("Bucket"), world.db)
        let key = try checkedKey(request.string("Key"))
        let (sourceBucket, sourceKey) = try copySource(request.string("CopySource"))
        _ = try S3Bucket.existing(sourceBucket, world.db)
        let source = try S3Object.existing(bucket: sourceBucket, key: sourceKey, world.db)
        if !source.isReadable(at: world.now) { throw S3Errors.invalidObjectState }
        let replacesMetadata = request["MetadataDirective"]?.stringValue == "REPLACE"
        guard ["COPY", "REPLACE", nil].contains(request["MetadataDirective"]?.stringValue) else {
            throw S3Errors.invalidArgument("Unknown metadata directive.")
        }
        let storageClass = try storageClass(request["StorageClass"])
        if sourceBucket == bucket.name, sourceKey == key, !replacesMetadata, request["StorageClass"] == nil {
            throw S3Errors.copyToItself
        }
        let copy = S3Object(bucket: bucket.name, key: key, body: source.body, size: source.size, etag: source.etag,
                            crc32: source.crc32, storageClass: storageClass, lastModified: world.now,
                            contentType: replacesMetadata ? request["ContentType"]?.stringValue ?? "binary/octet-stream" : source.contentType,
                            metadata: replacesMetadata ? request["Metadata"] ?? .object([]) : source.metadata)
        try replace(with: copy, world)
        return OperationResult(.object([
            "CopyObjectResult": .object([
                "ETag": .string(copy.quotedETag),
                "LastModified": .string(WorldTime.s3Timestamp(copy.lastModified)),
                "ChecksumCRC32": .string(copy.crc32),
            ]),
            "ServerSideEncryption": encryptionAlgorithm(bucket),
        ]))
    }

    @Sendable static func deleteObject(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        try S3Object.find(bucket: bucket.name, key: request.string("Key"), request.world.db)?.delete(request.world)
        return .empty
    }

    @Sendable static func deleteObjects(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        let keys = (request["Delete"]?["Objects"]?.listValue ?? []).compactMap { $0["Key"]?.stringValue }
        guard keys.count <= 1000 else { throw S3Errors.malformedXML }
        for key in keys {
            try S3Object.find(bucket: bucket.name, key: key, request.world.db)?.delete(request.world)
        }
        if request["Delete"]?["Quiet"]?.boolValue == true { return .empty }
        return OperationResult(.object(["Deleted": .list(keys.map { .object(["Key": .string($0)]) })]))
    }

    @Sendable static func restoreObject(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let bucket = try S3Bucket.existing(request.string("Bucket"), world.db)
        var object = try S3Object.existing(bucket: bucket.name, key: request.string("Key"), world.db)
        guard object.storageClass.isArchived else {
            throw ServiceError("InvalidObjectState", "Restore is not allowed for the object's current storage class", httpStatus: 403)
        }
        let restoreRequest = request["RestoreRequest"] ?? .object([])
        guard let days = restoreRequest["Days"]?.integerValue, days >= 1 else { throw S3Errors.malformedXML }
        let tier = restoreRequest["GlacierJobParameters"]?["Tier"]?.stringValue ?? restoreRequest["Tier"]?.stringValue ?? "Standard"
        guard let retrieval = S3Restore.retrievalTime(tier: tier, storageClass: object.storageClass) else {
            throw S3Errors.malformedXML
        }
        if let restore = object.restore, restore.isOngoing(at: world.now) {
            throw ServiceError("RestoreAlreadyInProgress", "Object restore is already in progress", httpStatus: 409)
        }
        if let restore = object.restore, restore.isAvailable(at: world.now) {
            object.restore = S3Restore(ready: restore.ready, expiry: S3Restore.expiry(after: world.now, days: days))
        } else {
            let ready = world.now.addingTimeInterval(retrieval)
            object.restore = S3Restore(ready: ready, expiry: S3Restore.expiry(after: ready, days: days))
        }
        try object.save(world.db)
        return .empty
    }

    /// The object behind a GET: it must exist and be readable (not archived, or restored).
    private static func readable(_ request: OperationRequest) throws -> (S3Object, S3Bucket) {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        let object = try S3Object.existing(bucket: bucket.name, key: request.string("Key"), request.world.db)
        if !object.isReadable(at: request.world.now) { throw S3Errors.invalidObjectState }
        return (object, bucket)
    }

    /// What GetObject and HeadObject report, from the headers S3 sends, in model order.
    private static func description(_ object: S3Object, _ bucket: S3Bucket, checksum: Bool, now: Date) -> AWSValue {
        .object([
            "AcceptRanges": .string("bytes"),
            "Restore": object.restore?.header(at: now).map(AWSValue.string),
            "LastModified": .string(WorldTime.httpDate(object.lastModified)),
            "ContentLength": .integer(object.size),
            "ETag": .string(object.quotedETag),
            "ChecksumCRC32": checksum ? .string(object.crc32) : nil,
            "ContentType": .string(object.contentType),
            "ServerSideEncryption": encryptionAlgorithm(bucket),
            "Metadata": object.metadata,
            "StorageClass": object.storageClass == .standard ? nil : .string(object.storageClass.rawValue),
        ])
    }

    /// Writes an object as PutObject does, replacing any object of that key; other services
    /// writing to S3 (UNLOAD, Glue job runs) go through here too.
    static func store(_ body: Data, bucket: String, key: String, storageClass: StorageClass = .standard,
                      contentType: String = "binary/octet-stream", metadata: AWSValue = .object([]),
                      _ world: WorldTransaction) throws -> S3Object {
        let object = S3Object(bucket: bucket, key: try checkedKey(key), body: try world.storeBody(body), size: body.count,
                              etag: Checksums.md5Hex(body), crc32: Checksums.crc32Base64(body),
                              storageClass: storageClass, lastModified: world.now, contentType: contentType, metadata: metadata)
        try replace(with: object, world)
        return object
    }

    private static func replace(with object: S3Object, _ world: WorldTransaction) throws {
        if let old = try S3Object.find(bucket: object.bucket, key: object.key, world.db) {
            try StorageUsage.close(old, at: world.now, world.db)
            if old.body != object.body { world.releaseBody(old.body) }
        }
        try object.save(world.db)
    }

    private static func checkedKey(_ key: String) throws -> String {
        guard key.utf8.count <= 1024 else { throw S3Errors.keyTooLong }
        return key
    }

    private static func storageClass(_ value: AWSValue?) throws -> StorageClass {
        guard let name = value?.stringValue else { return .standard }
        guard let storageClass = StorageClass(rawValue: name) else { throw S3Errors.invalidStorageClass }
        return storageClass
    }

    /// `bucket/key` (optionally with a leading `/`, URL-encoded, or `?versionId=`).
    private static func copySource(_ source: String) throws -> (String, String) {
        var text = source.hasPrefix("/") ? String(source.dropFirst()) : source
        if let query = text.range(of: "?versionId=") { text = String(text[..<query.lowerBound]) }
        let decoded = text.removingPercentEncoding ?? text
        guard let slash = decoded.firstIndex(of: "/"), slash != decoded.startIndex,
              decoded.index(after: slash) != decoded.endIndex else {
            throw S3Errors.invalidArgument("Invalid copy source object key")
        }
        return (String(decoded[..<slash]), String(decoded[decoded.index(after: slash)...]))
    }

    /// The algorithm a bucket's default encryption applies to new objects.
    private static func encryptionAlgorithm(_ bucket: S3Bucket) -> AWSValue? {
        bucket.effectiveEncryption["Rules"]?.listValue?.first?["ApplyServerSideEncryptionByDefault"]?["SSEAlgorithm"]
    }
}
