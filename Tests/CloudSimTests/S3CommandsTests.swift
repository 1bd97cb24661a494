@testable import CloudSim
import Foundation
import Testing

/// `aws s3 ...` with the CLI's output lines (progress lines left out, as with --no-progress).
@Suite struct S3CommandsTests {
    @Test func makeListCopyAndRemove() throws {
        let world = try TestWorld()
        #expect(try world.aws("s3 mb s3://lake").stdout == "make_bucket: lake\n")
        try world.file("f.csv", "a,b\n1,2\n")
        #expect(try world.aws("s3 cp f.csv s3://lake/raw/f.csv").stdout == "upload: ./f.csv to s3://lake/raw/f.csv\n")
        #expect(try world.aws("s3 cp f.csv s3://lake/").stdout == "upload: ./f.csv to s3://lake/f.csv\n")
        #expect(try world.aws("s3 ls").stdout == "\(WorldTime.listing(Date(timeIntervalSince1970: 1_767_225_600))) lake\n")
        let listing = try world.aws("s3 ls s3://lake")
        let date = WorldTime.listing(Date(timeIntervalSince1970: 1_767_225_600))
        #expect(listing.stdout == "                           PRE raw/\n\(date)          8 f.csv\n")
        #expect(try world.aws("s3 ls s3://lake/raw/").stdout == "\(date)          8 f.csv\n")
        #expect(try world.aws("s3 ls s3://lake --recursive").stdout == "\(date)          8 f.csv\n\(date)          8 raw/f.csv\n")
        #expect(try world.aws("s3 ls s3://lake --recursive --summarize").stdout.hasSuffix("\nTotal Objects: 2\n   Total Size: 16\n"))
        #expect(try world.aws("s3 ls s3://lake/zzz").exitCode == 1)
        #expect(try world.aws("s3 cp s3://lake/raw/f.csv back.csv").stdout == "download: s3://lake/raw/f.csv to ./back.csv\n")
        #expect(try world.read("back.csv") == "a,b\n1,2\n")
        #expect(try world.aws("s3 rm s3://lake/f.csv").stdout == "delete: s3://lake/f.csv\n")
        let refused = try world.aws("s3 rb s3://lake")
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "remove_bucket failed: s3://lake An error occurred (BucketNotEmpty) when calling the "
            + "DeleteBucket operation: The bucket you tried to delete is not empty\n")
        #expect(try world.aws("s3 rb s3://lake --force").stdout == "delete: s3://lake/raw/f.csv\nremove_bucket: lake\n")
    }

    @Test func recursiveCopiesAndSync() throws {
        let world = try TestWorld()
        _ = try world.aws("s3 mb s3://lake")
        try world.file("up/a.txt", "hi\n")
        try world.file("up/sub/b.txt", "yo\n")
        #expect(try world.aws("s3 cp up s3://lake/dir --recursive").stdout
            == "upload: up/a.txt to s3://lake/dir/a.txt\nupload: up/sub/b.txt to s3://lake/dir/sub/b.txt\n")
        #expect(try world.aws("s3 cp s3://lake/dir down --recursive").stdout
            == "download: s3://lake/dir/a.txt to down/a.txt\ndownload: s3://lake/dir/sub/b.txt to down/sub/b.txt\n")
        #expect(try world.read("down/sub/b.txt") == "yo\n")
        #expect(try world.aws("s3 cp s3://lake/dir s3://lake/copy --recursive").stdout
            == "copy: s3://lake/dir/a.txt to s3://lake/copy/a.txt\ncopy: s3://lake/dir/sub/b.txt to s3://lake/copy/sub/b.txt\n")
        #expect(try world.aws("s3 sync up s3://lake/sync").stdout
            == "upload: up/a.txt to s3://lake/sync/a.txt\nupload: up/sub/b.txt to s3://lake/sync/sub/b.txt\n")
        #expect(try world.aws("s3 sync up s3://lake/sync").stdout.isEmpty)
        try world.file("up/a.txt", "changed\n")
        #expect(try world.aws("s3 sync up s3://lake/sync").stdout == "upload: up/a.txt to s3://lake/sync/a.txt\n")
        #expect(try world.aws("s3 rm s3://lake/sync --recursive").stdout
            == "delete: s3://lake/sync/a.txt\ndelete: s3://lake/sync/sub/b.txt\n")
    }

    @Test func filtersAndSyncDelete() throws {
        let world = try TestWorld()
        _ = try world.aws("s3 mb s3://lake")
        try world.file("src/a.csv", "1\n")
        try world.file("src/b.txt", "22\n")
        try world.file("src/sub/c.csv", "333\n")
        #expect(try world.aws(#"s3 cp src s3://lake/csv --recursive --exclude "*" --include "*.csv""#).stdout
            == "upload: src/a.csv to s3://lake/csv/a.csv\nupload: src/sub/c.csv to s3://lake/csv/sub/c.csv\n")
        _ = try world.json("s3api put-object --bucket lake --key csv/old.csv")
        _ = try world.json("s3api put-object --bucket lake --key csv/keep.txt")
        #expect(try world.aws(#"s3 sync src s3://lake/csv --delete --exclude "*.txt""#).stdout
            == "delete: s3://lake/csv/old.csv\n")
        #expect(try world.aws("s3 ls s3://lake/csv/").stdout.contains(" keep.txt\n"))
        #expect(try world.aws(#"s3 rm s3://lake/csv --recursive --exclude "sub/*""#).stdout
            == "delete: s3://lake/csv/a.csv\ndelete: s3://lake/csv/keep.txt\n")
        try world.file("down/stale.csv", "x")
        #expect(try world.aws("s3 sync s3://lake/csv down --delete").stdout
            == "download: s3://lake/csv/sub/c.csv to down/sub/c.csv\ndelete: down/stale.csv\n")
        #expect(!FileManager.default.fileExists(atPath: world.workingDirectory.appendingPathComponent("down/stale.csv").path))
    }

    @Test func moveRemovesTheSource() throws {
        let world = try TestWorld()
        _ = try world.aws("s3 mb s3://lake")
        try world.file("f.csv", "1\n")
        #expect(try world.aws("s3 mv f.csv s3://lake/raw/f.csv").stdout == "move: ./f.csv to s3://lake/raw/f.csv\n")
        #expect(!FileManager.default.fileExists(atPath: world.workingDirectory.appendingPathComponent("f.csv").path))
        #expect(try world.aws("s3 mv s3://lake/raw/f.csv s3://lake/archive/f.csv").stdout
            == "move: s3://lake/raw/f.csv to s3://lake/archive/f.csv\n")
        #expect(try world.aws("s3 ls s3://lake --recursive").stdout.hasSuffix(" archive/f.csv\n"))
        #expect(try world.aws("s3 mv s3://lake/archive/f.csv back.csv").stdout == "move: s3://lake/archive/f.csv to ./back.csv\n")
        #expect(try world.read("back.csv") == "1\n")
        #expect(try world.json("s3api list-objects-v2 --bucket lake")["Contents"] == nil)
    }

    @Test func failuresAreWordedAsTheCLIWordsThem() throws {
        let world = try TestWorld()
        let badName = try world.aws("s3 mb s3://Bad_Name")
        #expect(badName.exitCode == 1)
        #expect(badName.stderr == "make_bucket failed: s3://Bad_Name An error occurred (InvalidBucketName) when calling the "
            + "CreateBucket operation: The specified bucket is not valid.\n")
        let missing = try world.aws("s3 cp /nonexistent/file s3://lake/")
        #expect(missing.exitCode == 255)
        #expect(missing.stderr == "\nThe user-provided path /nonexistent/file does not exist.\n")
        let noKey = try world.aws("s3 cp s3://lake/k out")
        #expect(noKey.exitCode == 1)
        #expect(noKey.stderr == "fatal error: An error occurred (404) when calling the HeadObject operation: Key \"k\" does not exist\n")
        let noBucket = try world.aws("s3 ls s3://nope")
        #expect(noBucket.exitCode == 255)
        #expect(noBucket.errorLine == "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist")
        try world.file("f", "x")
        let upload = try world.aws("s3 cp f s3://nope/f")
        #expect(upload.exitCode == 1)
        #expect(upload.stderr == "upload failed: ./f to s3://nope/f An error occurred (NoSuchBucket) when calling the PutObject "
            + "operation: The specified bucket does not exist\n")
    }

    @Test func archivedObjectsAreSkippedWithAWarning() throws {
        let world = try TestWorld()
        _ = try world.aws("s3 mb s3://lake")
        try world.file("f", "x")
        _ = try world.aws("s3 cp f s3://lake/cold/f --storage-class DEEP_ARCHIVE")
        let result = try world.aws("s3 cp s3://lake/cold/f out")
        #expect(result.exitCode == 2)
        #expect(result.stderr == "warning: Skipping file s3://lake/cold/f. Object is of storage class GLACIER. Unable to perform "
            + "download operations on GLACIER objects. You must restore the object to be able to perform the operation. See aws "
            + "s3 download help for additional parameter options to ignore or force these transfers.\n")
    }

    @Test func regionsReachCreateBucket() throws {
        let world = try TestWorld()
        #expect(try world.aws("s3 mb s3://euro-lake --region eu-west-1").stdout == "make_bucket: euro-lake\n")
        #expect(try world.json("s3api head-bucket --bucket euro-lake")["BucketRegion"] == .string("eu-west-1"))
    }
}
