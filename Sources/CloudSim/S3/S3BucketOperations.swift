import Foundation

/// Creating, deleting, finding and listing buckets.
enum S3BucketOperations {
    @Sendable static func createBucket(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("Bucket")
        let region = request.world.region
        let constraint = request["CreateBucketConfiguration"]?["LocationConstraint"]?.stringValue
        guard BucketName.isValid(name) else { throw S3Errors.invalidBucketName }
        if region == Account.defaultRegion {
            if constraint == Account.defaultRegion {
                throw ServiceError("InvalidLocationConstraint", "The specified location-constraint is not valid")
            }
            if let constraint { throw S3Errors.illegalLocationConstraint(constraint) }
        } else if constraint != region {
            throw S3Errors.illegalLocationConstraint(constraint)
        }
        let location = region == Account.defaultRegion ? "/\(name)" : "http://\(name).s3.amazonaws.com/"
        if try S3Bucket.find(name, request.world.db) != nil {
            // us-east-1 answers 200 for a bucket you already own, for legacy compatibility.
            guard region == Account.defaultRegion else { throw S3Errors.bucketAlreadyOwnedByYou }
            return OperationResult(.object(["Location": .string(location)]))
        }
        try S3Bucket(name: name, region: region, created: request.world.now).save(request.world.db)
        return OperationResult(.object(["Location": .string(location)]))
    }

    @Sendable static func deleteBucket(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        guard try bucket.isEmpty(request.world.db) else { throw S3Errors.bucketNotEmpty }
        try bucket.delete(request.world.db)
        return .empty
    }

    @Sendable static func headBucket(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        return OperationResult(.object(["BucketRegion": .string(bucket.region)]))
    }

    /// us-east-1 is the one region S3 reports as no constraint at all (`null`).
    @Sendable static func getBucketLocation(_ request: OperationRequest) throws -> OperationResult {
        let bucket = try S3Bucket.existing(request.string("Bucket"), request.world.db)
        return OperationResult(.object(["LocationConstraint": bucket.region == Account.defaultRegion ? .null : .string(bucket.region)]))
    }

    @Sendable static func listBuckets(_ request: OperationRequest) throws -> OperationResult {
        let prefix = request["Prefix"]?.stringValue ?? ""
        let region = request["BucketRegion"]?.stringValue
        let after = try request["ContinuationToken"]?.stringValue.map(ContinuationToken.decode)
        var buckets = try S3Bucket.all(request.world.db).filter { bucket in
            bucket.name.hasPrefix(prefix) && (region.map { bucket.region == $0 } ?? true) && (after.map { bucket.name > $0 } ?? true)
        }
        var next: String?
        if let limit = request["MaxBuckets"]?.integerValue, limit >= 1, buckets.count > limit {
            buckets = Array(buckets.prefix(limit))
            next = ContinuationToken.encode(buckets.last!.name)
        }
        let owner = AWSValue.object(["DisplayName": .string(request.world.account.userName),
                                     "ID": .string(request.world.account.canonicalUserId)])
        return OperationResult(.object([
            "Buckets": .list(buckets.map { .object(["Name": .string($0.name), "CreationDate": .string(WorldTime.s3Timestamp($0.created))]) }),
            "Owner": owner,
            "ContinuationToken": next.map(AWSValue.string),
            "Prefix": request["Prefix"],
        ]))
    }
}
