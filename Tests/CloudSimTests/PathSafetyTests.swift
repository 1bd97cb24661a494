@testable import CloudSim
import Foundation
import Testing

/// Keys and bucket names never become paths: hostile keys stay keys, bodies live under ids.
@Suite struct PathSafetyTests {
    static let hostileKeys = ["../../etc/passwd", "/etc/passwd", "..", "a/../../b", "./x", "con\\..\\y", "line\nbreak", "nul\u{01}"]

    @Test(arguments: hostileKeys)
    func aHostileKeyIsStoredAndReadBackAsAKey(_ key: String) throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket safe")
        try world.file("body", "secret")
        let put = world.cli.run(["s3api", "put-object", "--bucket", "safe", "--key", key, "--body", "body"])
        #expect(put.exitCode == 0)
        let list = try world.json("s3api list-objects-v2 --bucket safe")
        #expect(list["Contents"]?.listValue?.first?["Key"] == .string(key))
        let files = try world.bodyFiles()
        #expect(files.count == 1)
        #expect(files.allSatisfy { UUID(uuidString: $0) != nil })
        #expect(try S3ObjectSource(world: world.world).body(bucket: "safe", key: key) == Data("secret".utf8))
        let outside = world.directory.deletingLastPathComponent().appendingPathComponent("etc/passwd")
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }

    @Test func aRecursiveDownloadSkipsKeysThatClimbOutOfTheDestination() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket safe")
        for key in ["in/ok.txt", "in/../../escape.txt", "in/a/../../../escape2.txt"] {
            _ = world.cli.run(["s3api", "put-object", "--bucket", "safe", "--key", key])
        }
        let result = try world.aws("s3 cp s3://safe/in dest --recursive")
        #expect(result.exitCode == 2)
        #expect(result.stdout == "download: s3://safe/in/ok.txt to dest/ok.txt\n")
        #expect(result.stderr == "warning: Skipping file ../../escape.txt. File references a parent directory.\n"
            + "warning: Skipping file a/../../../escape2.txt. File references a parent directory.\n")
        let parent = world.workingDirectory.deletingLastPathComponent()
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.txt").path))
        #expect(!FileManager.default.fileExists(atPath: world.workingDirectory.appendingPathComponent("escape.txt").path))
    }

    @Test func aDamagedBodyIdNeverNamesAPath() throws {
        let store = try BlobStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("blobs-\(UUID())"))
        defer { try? FileManager.default.removeItem(at: store.directory) }
        #expect(throws: WorldError.self) { try store.load("../../etc/passwd") }
    }
}
