/// ListObjectsV2: keys in UTF-8 byte order after `StartAfter` or the continuation token, those
/// under `Prefix` rolled up to `CommonPrefixes` at the first `Delimiter` after the prefix, at
/// most `MaxKeys` entries (keys and prefixes together) per page.
enum S3ListObjects {
    @Sendable static func perform(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let bucket = try S3Bucket.existing(request.string("Bucket"), world.db)
        let prefix = request["Prefix"]?.stringValue ?? ""
        let delimiter = request["Delimiter"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let maxKeys = min(request["MaxKeys"]?.integerValue ?? 1000, 1000)
        guard maxKeys >= 0 else { throw S3Errors.invalidArgument("Argument maxKeys must be an integer between 0 and 2147483647") }
        let tokenKey = try request["ContinuationToken"]?.stringValue.map(ContinuationToken.decode)
        let startAfter = request["StartAfter"]?.stringValue
        let after = [tokenKey, startAfter].compactMap { $0 }.max()
        let fetchOwner = request["FetchOwner"]?.boolValue ?? false

        var contents: [AWSValue] = []
        var prefixes: [String] = []
        var lastReturned: String?
        var truncated = false
        for object in try S3Object.list(bucket: bucket.name, prefix: prefix, after: after, world.db) {
            let rolledUp = delimiter.flatMap { commonPrefix(of: object.key, prefix: prefix, delimiter: $0) }
            if let rolledUp, rolledUp == prefixes.last { continue }
            if contents.count + prefixes.count == maxKeys {
                truncated = true
                break
            }
            if let rolledUp {
                prefixes.append(rolledUp)
                lastReturned = rolledUp + String(repeating: "\u{10FFFF}", count: 1)
            } else {
                contents.append(entry(object, owner: fetchOwner ? world.account : nil))
                lastReturned = object.key
            }
        }
        return OperationResult(.object([
            "IsTruncated": .bool(truncated),
            "Contents": contents.isEmpty ? nil : .list(contents),
            "Name": .string(bucket.name),
            "Prefix": .string(prefix),
            "Delimiter": delimiter.map(AWSValue.string),
            "MaxKeys": .integer(maxKeys),
            "CommonPrefixes": prefixes.isEmpty ? nil : .list(prefixes.map { .object(["Prefix": .string($0)]) }),
            "EncodingType": request["EncodingType"] ?? .string("url"),
            "KeyCount": .integer(contents.count + prefixes.count),
            "ContinuationToken": request["ContinuationToken"],
            "NextContinuationToken": truncated ? lastReturned.map { .string(ContinuationToken.encode($0)) } : nil,
            "StartAfter": request["StartAfter"],
        ]))
    }

    /// The common prefix `key` rolls up to: through the first delimiter after `prefix`.
    static func commonPrefix(of key: String, prefix: String, delimiter: String) -> String? {
        let rest = key.utf8.dropFirst(prefix.utf8.count)
        guard let range = String(Substring(rest)).range(of: delimiter) else { return nil }
        return prefix + String(String(Substring(rest))[..<range.upperBound])
    }

    static func entry(_ object: S3Object, owner: Account?) -> AWSValue {
        .object([
            "Key": .string(object.key),
            "LastModified": .string(WorldTime.s3Timestamp(object.lastModified)),
            "ETag": .string(object.quotedETag),
            "ChecksumAlgorithm": .list([.string("CRC32")]),
            "Size": .integer(object.size),
            "StorageClass": .string(object.storageClass.rawValue),
            "Owner": owner.map { .object(["DisplayName": .string($0.userName), "ID": .string($0.canonicalUserId)]) },
        ])
    }
}
