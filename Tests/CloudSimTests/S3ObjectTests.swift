@testable import CloudSim
import Foundation
import Testing

@Suite struct S3ObjectTests {
    private func worldWithBucket() throws -> TestWorld {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket data")
        return world
    }

    @Test func putReportsTheMD5ETagAndCRC32() throws {
        let world = try worldWithBucket()
        try world.file("f.csv", "a,b\n1,2\n")
        let put = try world.json("s3api put-object --bucket data --key raw/f.csv --body f.csv")
        #expect(put == .object(["ETag": .string("\"e5ebd4c02cefbe7955977c67ada242b7\""), "ChecksumCRC32": .string("CpcHew=="),
                                "ServerSideEncryption": .string("AES256")]))
        let empty = try world.json("s3api put-object --bucket data --key empty")
        #expect(empty["ETag"] == .string("\"d41d8cd98f00b204e9800998ecf8427e\""))
        #expect(empty["ChecksumCRC32"] == .string("AAAAAA=="))
    }

    @Test func getWritesTheBodyAndHeadDescribesIt() throws {
        let world = try worldWithBucket()
        try world.file("f.csv", "a,b\n1,2\n")
        world.clock.advance(by: 3_661)
        _ = try world.json("s3api put-object --bucket data --key m.csv --body f.csv --content-type text/csv --metadata team=raw")
        let get = try world.json("s3api get-object --bucket data --key m.csv out.csv")
        #expect(try world.read("out.csv") == "a,b\n1,2\n")
        #expect(get == .object([
            "AcceptRanges": .string("bytes"), "LastModified": .string("Thu, 01 Jan 2026 01:01:01 GMT"),
            "ContentLength": .integer(8), "ETag": .string("\"e5ebd4c02cefbe7955977c67ada242b7\""),
            "ChecksumCRC32": .string("CpcHew=="), "ContentType": .string("text/csv"),
            "ServerSideEncryption": .string("AES256"), "Metadata": .object(["team": .string("raw")]),
        ]))
        let head = try world.json("s3api head-object --bucket data --key m.csv")
        #expect(head.members?.map(\.name) == ["AcceptRanges", "LastModified", "ContentLength", "ETag", "ContentType",
                                                 "ServerSideEncryption", "Metadata"])
    }

    @Test func missingKeysAndBuckets() throws {
        let world = try worldWithBucket()
        #expect(try world.aws("s3api get-object --bucket data --key nope out").errorLine
            == "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.")
        #expect(try world.aws("s3api head-object --bucket data --key nope").errorLine
            == "An error occurred (404) when calling the HeadObject operation: Not Found")
        #expect(try world.aws("s3api put-object --bucket nope --key k").errorLine
            == "An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist")
        #expect(!FileManager.default.fileExists(atPath: world.workingDirectory.appendingPathComponent("out").path))
        _ = try world.json("s3api put-object --bucket data --key k")
        #expect(try world.aws("s3api get-object --bucket data --key k no/such/dir/out").stderr
            == "\n[Errno 2] No such file or directory: 'no/such/dir/out'\n")
    }

    @Test func archivedObjectsRefuseToBeRead() throws {
        let world = try worldWithBucket()
        _ = try world.json("s3api put-object --bucket data --key cold --storage-class GLACIER")
        let get = try world.aws("s3api get-object --bucket data --key cold out")
        #expect(get.exitCode == 255)
        #expect(get.errorLine == "An error occurred (InvalidObjectState) when calling the GetObject operation: "
            + "The operation is not valid for the object's storage class")
        #expect(try world.json("s3api head-object --bucket data --key cold")["StorageClass"] == .string("GLACIER"))
        #expect(try world.aws("s3api put-object --bucket data --key x --storage-class COLD").errorLine
            == "An error occurred (InvalidStorageClass) when calling the PutObject operation: The storage class you specified is not valid")
    }

    @Test func copyKeepsTheBodyAndRefusesAPointlessSelfCopy() throws {
        let world = try worldWithBucket()
        try world.file("f.csv", "a,b\n1,2\n")
        _ = try world.json("s3api put-object --bucket data --key raw/f.csv --body f.csv")
        let copy = try world.json("s3api copy-object --bucket data --key copy.csv --copy-source data/raw/f.csv")
        #expect(copy == .object(["CopyObjectResult": .object([
            "ETag": .string("\"e5ebd4c02cefbe7955977c67ada242b7\""), "LastModified": .string("2026-01-01T00:00:00.000Z"),
            "ChecksumCRC32": .string("CpcHew=="),
        ]), "ServerSideEncryption": .string("AES256")]))
        _ = try world.json("s3api get-object --bucket data --key copy.csv c.csv")
        #expect(try world.read("c.csv") == "a,b\n1,2\n")
        #expect(try world.aws("s3api copy-object --bucket data --key copy.csv --copy-source data/copy.csv").errorLine
            == "An error occurred (InvalidRequest) when calling the CopyObject operation: This copy request is illegal because "
            + "it is trying to copy an object to itself without changing the object's metadata, storage class, website "
            + "redirect location or encryption attributes.")
        #expect(try world.aws("s3api copy-object --bucket data --key x --copy-source data/nope").errorLine
            == "An error occurred (NoSuchKey) when calling the CopyObject operation: The specified key does not exist.")
    }

    @Test func deleteIsIdempotentAndDeleteObjectsReportsEachKey() throws {
        let world = try worldWithBucket()
        for key in ["a", "b", "c"] { _ = try world.json("s3api put-object --bucket data --key \(key)") }
        #expect(try world.aws("s3api delete-object --bucket data --key a") == CLIResult())
        #expect(try world.aws("s3api delete-object --bucket data --key a") == CLIResult())
        let deleted = try world.json("s3api delete-objects --bucket data --delete 'Objects=[{Key=b},{Key=nope}]'")
        #expect(deleted == .object(["Deleted": .list([.object(["Key": .string("b")]), .object(["Key": .string("nope")])])]))
        #expect(try world.aws("s3api delete-objects --bucket data --delete 'Objects=[{Key=c}],Quiet=true'").stdout.isEmpty)
        #expect(try world.json("s3api list-objects-v2 --bucket data") == .object(["RequestCharged": .null, "Prefix": .string("")]))
        #expect(try world.bodyFiles().isEmpty)
    }

    @Test func replacingAnObjectFreesTheOldBody() throws {
        let world = try worldWithBucket()
        try world.file("one", "1")
        try world.file("two", "22")
        _ = try world.json("s3api put-object --bucket data --key k --body one")
        _ = try world.json("s3api put-object --bucket data --key k --body two")
        #expect(try world.bodyFiles().count == 1)
        #expect(try world.json("s3api head-object --bucket data --key k")["ContentLength"] == .integer(2))
    }

    @Test func keysLongerThan1024BytesAreRefused() throws {
        let world = try worldWithBucket()
        let key = String(repeating: "k", count: 1025)
        #expect(try world.aws("s3api put-object --bucket data --key \(key)").errorLine
            == "An error occurred (KeyTooLongError) when calling the PutObject operation: Your key is too long")
        #expect(try world.bodyFiles().isEmpty)
    }

    @Test func theObjectSourceServesCopy() throws {
        let world = try worldWithBucket()
        try world.file("f", "body")
        for key in ["tickit/allusers_pipe.txt", "tickit/allusers_pipe.txt.bak", "tickit/allusers2/x", "tickit/venue"] {
            _ = try world.json("s3api put-object --bucket data --key \(key) --body f")
        }
        let source = S3ObjectSource(world: world.world)
        #expect(try source.objects(bucket: "data", prefix: "tickit/allusers").map(\.key)
            == ["tickit/allusers2/x", "tickit/allusers_pipe.txt", "tickit/allusers_pipe.txt.bak"])
        #expect(try source.body(bucket: "data", key: "tickit/venue") == Data("body".utf8))
        #expect(throws: S3Errors.noSuchKey) { try source.body(bucket: "data", key: "nope") }
        #expect(throws: S3Errors.noSuchBucket) { try source.objects(bucket: "nope", prefix: "") }
    }
}
