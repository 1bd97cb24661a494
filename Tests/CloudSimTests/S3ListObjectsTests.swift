@testable import CloudSim
import Testing

@Suite struct S3ListObjectsTests {
    private func world(keys: [String]) throws -> TestWorld {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket lake")
        for key in keys { _ = try world.json("s3api put-object --bucket lake --key '\(key)'") }
        return world
    }

    private func keys(_ value: AWSValue) -> [String] {
        (value["Contents"]?.listValue ?? []).compactMap { $0["Key"]?.stringValue }
    }

    private func prefixes(_ value: AWSValue) -> [String] {
        (value["CommonPrefixes"]?.listValue ?? []).compactMap { $0["Prefix"]?.stringValue }
    }

    @Test func keysComeInUTF8ByteOrder() throws {
        let world = try world(keys: ["b", "a/z", "B", "a%", "é", "a_"])
        #expect(keys(try world.json("s3api list-objects-v2 --bucket lake")) == ["B", "a%", "a/z", "a_", "b", "é"])
    }

    @Test func delimiterRollsKeysUpIntoCommonPrefixes() throws {
        let world = try world(keys: ["sample.jpg", "photos/2006/January/sample.jpg", "photos/2006/February/sample2.jpg", "photos/x.jpg"])
        let top = try world.json("s3api list-objects-v2 --bucket lake --delimiter /")
        #expect(keys(top) == ["sample.jpg"])
        #expect(prefixes(top) == ["photos/"])
        let inner = try world.json("s3api list-objects-v2 --bucket lake --delimiter / --prefix photos/")
        #expect(keys(inner) == ["photos/x.jpg"])
        #expect(prefixes(inner) == ["photos/2006/"])
    }

    @Test func prefixIsLiteralNotAPattern() throws {
        let world = try world(keys: ["a%b", "axb", "a_b", "a_c"])
        #expect(keys(try world.json("s3api list-objects-v2 --bucket lake --prefix a%")) == ["a%b"])
        #expect(keys(try world.json("s3api list-objects-v2 --bucket lake --prefix a_")) == ["a_b", "a_c"])
    }

    @Test func maxKeysPagesWithContinuationTokens() throws {
        let world = try world(keys: ["k1", "k2", "k3", "d/1", "d/2"])
        let first = try world.json("s3api list-objects-v2 --bucket lake --max-keys 2 --delimiter /")
        #expect(first.members?.map(\.name) == ["IsTruncated", "Contents", "Name", "Prefix", "Delimiter", "MaxKeys",
                                              "CommonPrefixes", "EncodingType", "KeyCount", "NextContinuationToken"])
        #expect(first["IsTruncated"] == .bool(true))
        #expect(prefixes(first) == ["d/"])
        #expect(keys(first) == ["k1"])
        #expect(first["KeyCount"] == .integer(2))
        let token = try #require(first["NextContinuationToken"]?.stringValue)
        let second = try world.json("s3api list-objects-v2 --bucket lake --max-keys 2 --delimiter / --continuation-token \(token)")
        #expect(keys(second) == ["k2", "k3"])
        #expect(prefixes(second).isEmpty)
        #expect(second["IsTruncated"] == .bool(false))
        #expect(second["NextContinuationToken"] == nil)
        #expect(second["ContinuationToken"] == .string(token))
        #expect(try world.aws("s3api list-objects-v2 --bucket lake --continuation-token !!").errorLine
            == "An error occurred (InvalidArgument) when calling the ListObjectsV2 operation: The continuation token provided is incorrect")
    }

    @Test func startAfterSkipsKeys() throws {
        let world = try world(keys: ["a", "b", "c"])
        let result = try world.json("s3api list-objects-v2 --bucket lake --start-after a")
        #expect(keys(result) == ["b", "c"])
    }

    @Test func withoutPagingArgumentsTheCLIFetchesEveryPage() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket many")
        try world.world.transaction { tx in
            for index in 0..<1_001 {
                _ = try S3ObjectOperations.putObject(OperationRequest(
                    input: .object(["Bucket": .string("many"), "Key": .string(String(format: "k%04d", index))]), world: tx))
            }
        }
        let all = try world.json("s3api list-objects-v2 --bucket many")
        #expect(all.members?.map(\.name) == ["Contents", "RequestCharged", "Prefix"])
        #expect(keys(all).count == 1_001)
        #expect(keys(all).last == "k1000")
        #expect(keys(try world.json("s3api list-objects-v2 --bucket many --page-size 300")).count == 1_001)
        let one = try world.json("s3api list-objects-v2 --bucket many --no-paginate")
        #expect(keys(one).count == 1_000)
        #expect(one["IsTruncated"] == .bool(true))
    }

    @Test func aMissingBucket() throws {
        let result = try TestWorld().aws("s3api list-objects-v2 --bucket nope")
        #expect(result.errorLine == "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist")
    }
}
