/// `aws s3api`: the S3 operations the labs use, declared as the service model declares them
/// (member names, types and order from botocore's `s3/2006-03-01/service-2.json`).
enum S3API {
    static let service = Service(name: "s3api", operations: [
        Operation("CreateBucket", input: [
            .required("Bucket", .string),
            .optional("CreateBucketConfiguration", .structure([.optional("LocationConstraint", .string)])),
        ], perform: S3BucketOperations.createBucket),
        Operation("DeleteBucket", input: [.required("Bucket", .string)], perform: S3BucketOperations.deleteBucket),
        Operation("GetBucketLocation", input: [.required("Bucket", .string)], perform: S3BucketOperations.getBucketLocation),
        Operation("HeadBucket", input: [.required("Bucket", .string)], isHead: true, perform: S3BucketOperations.headBucket),
        Operation("ListBuckets", input: [
            .optional("MaxBuckets", .integer(min: 1)),
            .optional("ContinuationToken", .string),
            .optional("Prefix", .string),
            .optional("BucketRegion", .string),
        ], pagination: Pagination(inputToken: "ContinuationToken", outputToken: "ContinuationToken", limitKey: "MaxBuckets",
                                  resultKeys: ["Buckets"], nonAggregateKeys: ["Owner", "Prefix"]),
        perform: S3BucketOperations.listBuckets),
        Operation("PutObject", input: [
            .optional("Body", .blob(streaming: true)),
            .required("Bucket", .string),
            .optional("ContentType", .string),
            .required("Key", .string(minLength: 1)),
            .optional("Metadata", .map(.string)),
            .optional("StorageClass", .string),
        ], perform: S3ObjectOperations.putObject),
        Operation("GetObject", input: [
            .required("Bucket", .string),
            .required("Key", .string(minLength: 1)),
        ], writesOutfile: true, perform: S3ObjectOperations.getObject),
        Operation("HeadObject", input: [
            .required("Bucket", .string),
            .required("Key", .string(minLength: 1)),
        ], isHead: true, perform: S3ObjectOperations.headObject),
        Operation("CopyObject", input: [
            .required("Bucket", .string),
            .optional("ContentType", .string),
            .required("CopySource", .string),
            .required("Key", .string(minLength: 1)),
            .optional("Metadata", .map(.string)),
            .optional("MetadataDirective", .string),
            .optional("StorageClass", .string),
        ], perform: S3ObjectOperations.copyObject),
        Operation("RestoreObject", input: [
            .required("Bucket", .string),
            .required("Key", .string(minLength: 1)),
            .optional("RestoreRequest", .structure([
                .optional("Days", .integer()),
                .optional("GlacierJobParameters", .structure([.required("Tier", .string)])),
                .optional("Tier", .string),
                .optional("Description", .string),
            ])),
        ], perform: S3ObjectOperations.restoreObject),
        Operation("DeleteObject", input: [
            .required("Bucket", .string),
            .required("Key", .string(minLength: 1)),
        ], perform: S3ObjectOperations.deleteObject),
        Operation("DeleteObjects", input: [
            .required("Bucket", .string),
            .required("Delete", .structure([
                .required("Objects", .list(.structure([
                    .required("Key", .string(minLength: 1)),
                    .optional("VersionId", .string),
                    .optional("ETag", .string),
                    .optional("LastModifiedTime", .timestamp),
                    .optional("Size", .long()),
                ]))),
                .optional("Quiet", .boolean),
            ])),
        ], perform: S3ObjectOperations.deleteObjects),
        Operation("ListObjectsV2", input: [
            .required("Bucket", .string),
            .optional("Delimiter", .string),
            .optional("EncodingType", .string),
            .optional("MaxKeys", .integer()),
            .optional("Prefix", .string),
            .optional("ContinuationToken", .string),
            .optional("FetchOwner", .boolean),
            .optional("StartAfter", .string),
        ], pagination: Pagination(inputToken: "ContinuationToken", outputToken: "NextContinuationToken", limitKey: "MaxKeys",
                                  resultKeys: ["Contents", "CommonPrefixes"], nonAggregateKeys: ["RequestCharged", "Prefix"],
                                  moreResults: "IsTruncated"),
        perform: S3ListObjects.perform),
        Operation("PutBucketVersioning", input: [
            .required("Bucket", .string),
            .required("VersioningConfiguration", .structure([
                .optional("MFADelete", .string),
                .optional("Status", .string),
            ])),
        ], perform: S3BucketConfigurations.putVersioning),
        Operation("GetBucketVersioning", input: [.required("Bucket", .string)], perform: S3BucketConfigurations.getVersioning),
        Operation("PutBucketEncryption", input: [
            .required("Bucket", .string),
            .required("ServerSideEncryptionConfiguration", .structure([
                .required("Rules", .list(.structure([
                    .optional("ApplyServerSideEncryptionByDefault", .structure([
                        .required("SSEAlgorithm", .string),
                        .optional("KMSMasterKeyID", .string),
                    ])),
                    .optional("BucketKeyEnabled", .boolean),
                ]))),
            ])),
        ], perform: S3BucketConfigurations.putEncryption),
        Operation("GetBucketEncryption", input: [.required("Bucket", .string)], perform: S3BucketConfigurations.getEncryption),
        Operation("DeleteBucketEncryption", input: [.required("Bucket", .string)], perform: S3BucketConfigurations.deleteEncryption),
        Operation("PutPublicAccessBlock", input: [
            .required("Bucket", .string),
            .required("PublicAccessBlockConfiguration", .structure(S3BucketConfigurations.publicAccessBlockFlags.map {
                .optional($0, .boolean)
            })),
        ], perform: S3BucketConfigurations.putPublicAccessBlock),
        Operation("GetPublicAccessBlock", input: [.required("Bucket", .string)], perform: S3BucketConfigurations.getPublicAccessBlock),
        Operation("DeletePublicAccessBlock", input: [.required("Bucket", .string)],
                  perform: S3BucketConfigurations.deletePublicAccessBlock),
        Operation("PutBucketLifecycleConfiguration", input: [
            .required("Bucket", .string),
            .optional("LifecycleConfiguration", .structure([.required("Rules", .list(S3LifecycleRule.shape))])),
            .optional("TransitionDefaultMinimumObjectSize", .string),
        ], perform: S3BucketConfigurations.putLifecycle),
        Operation("GetBucketLifecycleConfiguration", input: [.required("Bucket", .string)],
                  perform: S3BucketConfigurations.getLifecycle),
        Operation("DeleteBucketLifecycle", input: [.required("Bucket", .string)], perform: S3BucketConfigurations.deleteLifecycle),
    ])
}
