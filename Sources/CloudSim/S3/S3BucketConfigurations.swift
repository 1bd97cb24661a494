/// A bucket's versioning, default encryption, public access block and lifecycle settings. Each
/// is stored as the request gave it (members in model order) after S3's own checks, and given
/// back as S3 reports it.
enum S3BucketConfigurations {
    static let publicAccessBlockFlags = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]
    private static let encryptionAlgorithms = ["AES256", "aws:kms", "aws:kms:dsse"]
    private static let minimumSizes = ["varies_by_storage_class", "all_storage_classes_128K"]

    @Sendable static func putVersioning(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        let configuration = request["VersioningConfiguration"] ?? .object([])
        guard ["Enabled", "Suspended", nil].contains(configuration["Status"]?.stringValue),
              ["Enabled", "Disabled", nil].contains(configuration["MFADelete"]?.stringValue) else {
            throw S3Errors.malformedXML
        }
        guard configuration["Status"] != nil else { return .empty }
        bucket.versioning = .object(["Status": configuration["Status"], "MFADelete": configuration["MFADelete"]])
        try bucket.save(request.world.db)
        return .empty
    }

    @Sendable static func getVersioning(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        return OperationResult(bucket.versioning ?? .object([]))
    }

    @Sendable static func putEncryption(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        let rules = request["ServerSideEncryptionConfiguration"]?["Rules"]?.listValue ?? []
        guard rules.count == 1 else { throw S3Errors.malformedXML }
        let rule = rules[0]
        guard let algorithm = rule["ApplyServerSideEncryptionByDefault"]?["SSEAlgorithm"]?.stringValue,
              encryptionAlgorithms.contains(algorithm) else { throw S3Errors.malformedXML }
        let keyId = rule["ApplyServerSideEncryptionByDefault"]?["KMSMasterKeyID"]
        if keyId != nil, algorithm == "AES256" {
            throw S3Errors.invalidArgument("a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse")
        }
        bucket.encryption = .object(["Rules": .list([.object([
            "ApplyServerSideEncryptionByDefault": .object(["SSEAlgorithm": .string(algorithm), "KMSMasterKeyID": keyId]),
            "BucketKeyEnabled": .bool(rule["BucketKeyEnabled"]?.boolValue ?? false),
        ])])])
        try bucket.save(request.world.db)
        return .empty
    }

    @Sendable static func getEncryption(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        return OperationResult(.object(["ServerSideEncryptionConfiguration": bucket.effectiveEncryption]))
    }

    @Sendable static func deleteEncryption(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        bucket.encryption = nil
        try bucket.save(request.world.db)
        return .empty
    }

    @Sendable static func putPublicAccessBlock(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        let configuration = request["PublicAccessBlockConfiguration"] ?? .object([])
        bucket.publicAccessBlock = .object(publicAccessBlockFlags.map {
            AWSValue.Member($0, .bool(configuration[$0]?.boolValue ?? false))
        })
        try bucket.save(request.world.db)
        return .empty
    }

    @Sendable static func getPublicAccessBlock(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        guard let block = bucket.publicAccessBlock else { throw S3Errors.publicAccessBlockNotFound }
        return OperationResult(.object(["PublicAccessBlockConfiguration": block]))
    }

    @Sendable static func deletePublicAccessBlock(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        bucket.publicAccessBlock = nil
        try bucket.save(request.world.db)
        return .empty
    }

    @Sendable static func putLifecycle(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        guard let rules = request["LifecycleConfiguration"]?["Rules"]?.listValue, !rules.isEmpty else {
            throw S3Errors.malformedXML
        }
        let minimumSize = request["TransitionDefaultMinimumObjectSize"]?.stringValue ?? "all_storage_classes_128K"
        guard minimumSizes.contains(minimumSize) else {
            throw S3Errors.invalidRequest("Invalid TransitionDefaultMinimumObjectSize found: \(minimumSize)")
        }
        try S3LifecycleRule.validate(rules)
        bucket.lifecycle = .object(["Rules": .list(rules)])
        bucket.lifecycleMinimumSize = minimumSize
        try bucket.save(request.world.db)
        return OperationResult(.object(["TransitionDefaultMinimumObjectSize": .string(minimumSize)]))
    }

    @Sendable static func getLifecycle(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        guard let lifecycle = bucket.lifecycle else { throw S3Errors.lifecycleNotFound }
        return OperationResult(.object([
            "TransitionDefaultMinimumObjectSize": .string(bucket.lifecycleMinimumSize ?? "all_storage_classes_128K"),
            "Rules": lifecycle["Rules"],
        ]))
    }

    @Sendable static func deleteLifecycle(_ request: OperationRequest) throws -> OperationResult {
        var bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        bucket.lifecycle = nil
        bucket.lifecycleMinimumSize = nil
        try bucket.save(request.world.db)
        return .empty
    }
}
