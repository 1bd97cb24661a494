import Foundation
import Testing

@Suite struct DatasetsCommandTests {
    private func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("e2e-datasets-\(name)-\(UUID().uuidString)")
    }

    @Test func generateWritesTheSourcesAndTheManifest() throws {
        let out = temporary("out")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try LabProcess.run(["datasets", "generate", "--scale", "0.01", "--seed", "7", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1000 sales in 12 monthly files (1005 data lines), 3 stray files"))
        #expect(result.stdout.contains("5 duplicate rows, 1 malformed dates, 1 bad numbers, 2 unknown and 1 empty customer ids"))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        let root = try #require(manifest as? [String: Any])
        #expect(root["seed"] as? Int == 7)
        #expect((root["sales"] as? [String: Any])?["data_lines"] as? Int == 1005)
        let listing = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(listing == ["customers", "events", "geography", "manifest.json", "products", "sales"])

        let again = try LabProcess.run(["datasets", "generate", "--scale", "0.01", "--out", out.path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("is not empty"))
        #expect(again.stderr.contains("--force"))
        let forced = try LabProcess.run(["datasets", "generate", "--scale", "0.01", "--seed", "8", "--out", out.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    @Test func badArgumentsGetClearMessages() throws {
        let out = temporary("bad")
        defer { try? FileManager.default.removeItem(at: out) }
        let scale = try LabProcess.run(["datasets", "generate", "--scale", "ten", "--out", out.path])
        #expect(scale.status == 64)
        #expect(scale.stderr.contains("invalid scale 'ten': give a number from 0.01 to 1000"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let seed = try LabProcess.run(["datasets", "generate", "--seed", "-3", "--out", out.path])
        #expect(seed.status == 64)

        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let file = out.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        let below = try LabProcess.run(["datasets", "generate", "--scale", "0.01", "--out", file.appendingPathComponent("data").path])
        #expect(below.status == 1)
        #expect(below.stderr.contains("cannot write the datasets to \(file.path): it is not a directory"))
    }
}
