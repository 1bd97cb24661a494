@testable import CloudSim
import Testing

@Suite struct S3BucketConfigurationTests {
    private func worldWithBucket() throws -> TestWorld {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket conf")
        return world
    }

    @Test func versioning() throws {
        let world = try worldWithBucket()
        #expect(try world.aws("s3api get-bucket-versioning --bucket conf").stdout.isEmpty)
        _ = try world.json("s3api put-bucket-versioning --bucket conf --versioning-configuration Status=Enabled")
        #expect(try world.json("s3api get-bucket-versioning --bucket conf") == .object(["Status": .string("Enabled")]))
        #expect(try world.aws("s3api put-bucket-versioning --bucket conf --versioning-configuration Status=Bogus").errorLine
            == "An error occurred (MalformedXML) when calling the PutBucketVersioning operation: The XML you provided was not "
            + "well-formed or did not validate against our published schema")
        #expect(try world.json("s3api get-bucket-versioning --bucket conf")["Status"] == .string("Enabled"))
    }

    /// Since January 2023 every bucket encrypts with SSE-S3 unless told otherwise, and says so.
    static let sseS3: AWSValue = .object(["ServerSideEncryptionConfiguration": .object([
        "Rules": .list([.object(["ApplyServerSideEncryptionByDefault": .object(["SSEAlgorithm": .string("AES256")]),
                                 "BucketKeyEnabled": .bool(false)])]),
    ])])

    @Test func defaultEncryption() throws {
        let world = try worldWithBucket()
        #expect(try world.json("s3api get-bucket-encryption --bucket conf") == Self.sseS3)
        #expect(try world.json("s3api put-object --bucket conf --key k")["ServerSideEncryption"] == .string("AES256"))
        _ = try world.json(#"s3api put-bucket-encryption --bucket conf --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"alias/lab"}}]}'"#)
        #expect(try world.json("s3api get-bucket-encryption --bucket conf")["ServerSideEncryptionConfiguration"]?["Rules"]?
            .listValue?.first?["ApplyServerSideEncryptionByDefault"]?["SSEAlgorithm"] == .string("aws:kms"))
        #expect(try world.json("s3api put-object --bucket conf --key k2")["ServerSideEncryption"] == .string("aws:kms"))
        #expect(try world.aws(#"s3api put-bucket-encryption --bucket conf --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"DES"}}]}'"#).exitCode == 255)
        _ = try world.json("s3api delete-bucket-encryption --bucket conf")
        #expect(try world.json("s3api get-bucket-encryption --bucket conf") == Self.sseS3)
    }

    @Test func publicAccessBlock() throws {
        let world = try worldWithBucket()
        #expect(try world.aws("s3api get-public-access-block --bucket conf").errorLine
            == "An error occurred (NoSuchPublicAccessBlockConfiguration) when calling the GetPublicAccessBlock operation: "
            + "The public access block configuration was not found")
        _ = try world.json("s3api put-public-access-block --bucket conf --public-access-block-configuration "
            + "RestrictPublicBuckets=true,BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true")
        let block = try world.json("s3api get-public-access-block --bucket conf")["PublicAccessBlockConfiguration"]
        #expect(block?.members?.map(\.name) == ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"])
        #expect(block?.members?.allSatisfy { $0.value == .bool(true) } == true)
        #expect(try world.aws("s3api delete-public-access-block --bucket conf") == CLIResult())
        #expect(try world.aws("s3api get-public-access-block --bucket conf").exitCode == 255)
    }

    @Test func lifecycleRulesComeBackInModelOrder() throws {
        let world = try worldWithBucket()
        #expect(try world.aws("s3api get-bucket-lifecycle-configuration --bucket conf").errorLine
            == "An error occurred (NoSuchLifecycleConfiguration) when calling the GetBucketLifecycleConfiguration operation: "
            + "The lifecycle configuration does not exist")
        let rules = #"{"Rules":[{"Status":"Enabled","Transitions":[{"StorageClass":"STANDARD_IA","Days":30}],"Filter":{"Prefix":"raw/"},"ID":"archive-raw","Expiration":{"Days":365}}]}"#
        let put = try world.json("s3api put-bucket-lifecycle-configuration --bucket conf --lifecycle-configuration '\(rules)'")
        #expect(put == .object(["TransitionDefaultMinimumObjectSize": .string("all_storage_classes_128K")]))
        let got = try world.aws("s3api get-bucket-lifecycle-configuration --bucket conf")
        #expect(got.stdout == """
            {
                "TransitionDefaultMinimumObjectSize": "all_storage_classes_128K",
                "Rules": [
                    {
                        "Expiration": {
                            "Days": 365
                        },
                        "ID": "archive-raw",
                        "Filter": {
                            "Prefix": "raw/"
                        },
                        "Status": "Enabled",
                        "Transitions": [
                            {
                                "Days": 30,
                                "StorageClass": "STANDARD_IA"
                            }
                        ]
                    }
                ]
            }

            """)
        _ = try world.json("s3api delete-bucket-lifecycle --bucket conf")
        #expect(try world.aws("s3api get-bucket-lifecycle-configuration --bucket conf").exitCode == 255)
    }

    @Test(arguments: [
        (#"{"Rules":[{"Status":"On","Expiration":{"Days":1}}]}"#, "MalformedXML"),
        (#"{"Rules":[{"Status":"Enabled","Filter":{}}]}"#, "InvalidRequest"),
        (#"{"Rules":[{"Status":"Enabled","Transitions":[{"Days":10,"StorageClass":"STANDARD_IA"}]}]}"#, "InvalidArgument"),
        (#"{"Rules":[{"Status":"Enabled","Expiration":{"Days":0}}]}"#, "InvalidArgument"),
        (#"{"Rules":[{"ID":"x","Status":"Enabled","Expiration":{"Days":1}},{"ID":"x","Status":"Enabled","Expiration":{"Days":2}}]}"#, "InvalidArgument"),
        (#"{"Rules":[{"Status":"Enabled","Transitions":[{"Days":100,"StorageClass":"GLACIER"}],"Expiration":{"Days":50}}]}"#, "InvalidArgument"),
        (#"{"Rules":[{"Status":"Enabled","Transitions":[{"Days":100,"StorageClass":"SNOW"}]}]}"#, "MalformedXML"),
    ])
    func lifecycleRulesS3Refuses(_ configuration: String, _ code: String) throws {
        let world = try worldWithBucket()
        let result = try world.aws("s3api put-bucket-lifecycle-configuration --bucket conf --lifecycle-configuration '\(configuration)'")
        #expect(result.exitCode == 255)
        #expect(result.errorLine.hasPrefix("An error occurred (\(code)) when calling the PutBucketLifecycleConfiguration operation"))
        #expect(try world.aws("s3api get-bucket-lifecycle-configuration --bucket conf").exitCode == 255)
    }
}
