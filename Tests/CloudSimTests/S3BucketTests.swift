@testable import CloudSim
import Testing

@Suite struct S3BucketTests {
    @Test(arguments: ["abc", "docexamplebucket1", "log-delivery-march-2020", "my.hosted.content", String(repeating: "a", count: 63)])
    func validNames(_ name: String) {
        #expect(BucketName.isValid(name))
    }

    @Test(arguments: ["ab", String(repeating: "a", count: 64), "doc_example_bucket", "DocExampleBucket", "doc-example-bucket-",
                      "-start", "two..dots", "192.168.5.4", "xn--punycode", "sthree-x", "bucket-s3alias", "bucket--ol-s3",
                      "bucket--x-s3", "spa ce", "ünï"])
    func invalidNames(_ name: String) throws {
        #expect(!BucketName.isValid(name))
        let world = try TestWorld()
        let result = try world.aws("s3api create-bucket --bucket='\(name)'")
        #expect(result.exitCode == 255)
        #expect(result.errorLine == "An error occurred (InvalidBucketName) when calling the CreateBucket operation: The specified bucket is not valid.")
    }

    @Test func createListHeadAndDelete() throws {
        let world = try TestWorld()
        #expect(try world.json("s3api create-bucket --bucket raw-data") == .object(["Location": .string("/raw-data")]))
        world.clock.advance(by: 60)
        _ = try world.json("s3api create-bucket --bucket archive")
        let list = try world.json("s3api list-buckets")
        #expect(list.members?.map(\.name) == ["Buckets", "Owner", "Prefix"])
        #expect(list["Buckets"] == .list([
            .object(["Name": .string("archive"), "CreationDate": .string("2026-01-01T00:01:00.000Z")]),
            .object(["Name": .string("raw-data"), "CreationDate": .string("2026-01-01T00:00:00.000Z")]),
        ]))
        #expect(list["Prefix"] == .null)
        #expect(try world.json("s3api head-bucket --bucket archive") == .object(["BucketRegion": .string("us-east-1")]))
        #expect(try world.json("s3api get-bucket-location --bucket archive") == .object(["LocationConstraint": .null]))
        #expect(try world.aws("s3api delete-bucket --bucket archive") == CLIResult())
        let gone = try world.aws("s3api head-bucket --bucket archive")
        #expect(gone.exitCode == 255)
        #expect(gone.errorLine == "An error occurred (404) when calling the HeadBucket operation: Not Found")
        let missing = try world.aws("s3api delete-bucket --bucket archive")
        #expect(missing.errorLine == "An error occurred (NoSuchBucket) when calling the DeleteBucket operation: The specified bucket does not exist")
    }

    @Test func listBucketsPagesWhenAskedTo() throws {
        let world = try TestWorld()
        for name in ["aaa", "bbb", "ccc"] { _ = try world.json("s3api create-bucket --bucket \(name)") }
        let page = try world.json("s3api list-buckets --max-buckets 2")
        #expect(page["Buckets"]?.listValue?.count == 2)
        let token = try #require(page["ContinuationToken"]?.stringValue)
        let rest = try world.json("s3api list-buckets --continuation-token \(token)")
        #expect(rest["Buckets"]?.listValue?.compactMap { $0["Name"]?.stringValue } == ["ccc"])
        #expect(try world.json("s3api list-buckets --prefix b")["Buckets"]?.listValue?.count == 1)
    }

    @Test func recreatingYourOwnBucketIsLegacySuccessInUsEast1AndAnErrorElsewhere() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket mine")
        #expect(try world.json("s3api create-bucket --bucket mine") == .object(["Location": .string("/mine")]))
        let config = "--create-bucket-configuration LocationConstraint=eu-west-1 --region eu-west-1"
        #expect(try world.json("s3api create-bucket --bucket mine-eu \(config)")
            == .object(["Location": .string("http://mine-eu.s3.amazonaws.com/")]))
        #expect(try world.json("s3api get-bucket-location --bucket mine-eu") == .object(["LocationConstraint": .string("eu-west-1")]))
        let again = try world.aws("s3api create-bucket --bucket mine-eu \(config)")
        #expect(again.errorLine == "An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: "
            + "Your previous request to create the named bucket succeeded and you already own it.")
    }

    @Test func locationConstraintsMustMatchTheRegion() throws {
        let world = try TestWorld()
        #expect(try world.aws("s3api create-bucket --bucket eu-b --region eu-west-1").errorLine
            == "An error occurred (IllegalLocationConstraintException) when calling the CreateBucket operation: "
            + "The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.")
        #expect(try world.aws("s3api create-bucket --bucket us-b --create-bucket-configuration LocationConstraint=us-east-1").errorLine
            == "An error occurred (InvalidLocationConstraint) when calling the CreateBucket operation: The specified location-constraint is not valid")
        #expect(try world.json("s3api list-buckets")["Buckets"] == .list([]))
    }

    @Test func aBucketWithObjectsCannotBeDeleted() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket full")
        _ = try world.json("s3api put-object --bucket full --key k")
        let result = try world.aws("s3api delete-bucket --bucket full")
        #expect(result.errorLine == "An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you tried to delete is not empty")
        #expect(try world.json("s3api head-bucket --bucket full")["BucketRegion"] != nil)
    }
}
