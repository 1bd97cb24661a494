import Foundation
import Testing

/// `lab aws` and `lab clock` as a user runs them, against the built `lab`.
@Suite struct AwsCommandTests {
    private func workspace() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("e2e-aws-\(UUID().uuidString)", isDirectory: true)
    }

    @Test func makeCopyAndList() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let mb = try LabProcess.run(["aws", "--workspace", ws.path, "s3", "mb", "s3://e2e-lake"])
        #expect(mb.status == 0)
        #expect(mb.stdout == "make_bucket: e2e-lake\n")
        let file = ws.appendingPathComponent("sales.csv")
        try Data("id,amount\n1,9.99\n".utf8).write(to: file)
        let cp = try LabProcess.run(["aws", "--workspace", ws.path, "s3", "cp", file.path, "s3://e2e-lake/raw/sales.csv"])
        #expect(cp.status == 0)
        #expect(cp.stdout.hasPrefix("upload: "))
        #expect(cp.stdout.hasSuffix("sales.csv to s3://e2e-lake/raw/sales.csv\n"))
        let ls = try LabProcess.run(["aws", "s3", "ls", "s3://e2e-lake/raw/", "--workspace", ws.path])
        #expect(ls.status == 0)
        #expect(ls.stdout.hasSuffix("         17 sales.csv\n"))
        let top = try LabProcess.run(["aws", "--workspace", ws.path, "s3", "ls", "s3://e2e-lake"])
        #expect(top.stdout == "                           PRE raw/\n")
    }

    @Test func serviceAndUsageErrorsExitAsTheCLIDoes() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let missing = try LabProcess.run(["aws", "--workspace", ws.path, "s3api", "get-bucket-versioning", "--bucket", "nope"])
        #expect(missing.status == 255)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "\nAn error occurred (NoSuchBucket) when calling the GetBucketVersioning operation: "
            + "The specified bucket does not exist\n")
        let usage = try LabProcess.run(["aws", "--workspace", ws.path, "s3api", "put-object", "--bucket", "b"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasSuffix("aws: error: the following arguments are required: --key\n"))
    }

    @Test func theClockAdvancesAndPersists() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let before = try LabProcess.run(["clock", "--workspace", ws.path])
        #expect(before.status == 0)
        let advanced = try LabProcess.run(["clock", "advance", "2d", "--workspace", ws.path])
        #expect(advanced.status == 0)
        let after = try LabProcess.run(["clock", "--workspace", ws.path])
        let start = try Date(before.stdout.trimmingCharacters(in: .newlines), strategy: .iso8601)
        let end = try Date(advanced.stdout.trimmingCharacters(in: .newlines), strategy: .iso8601)
        let later = try Date(after.stdout.trimmingCharacters(in: .newlines), strategy: .iso8601)
        #expect(end.timeIntervalSince(start) >= 2 * 86_400)
        #expect(later >= end)
        let bad = try LabProcess.run(["clock", "advance", "2x", "--workspace", ws.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("'2x' is not an amount of time"))
    }

    @Test func theREPLRunsAwsLines() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run(["--workspace", ws.path],
                                        input: "aws s3 mb s3://repl-lake\naws sts get-caller-identity\naws s3api head-bucket --bucket nope\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("make_bucket: repl-lake\n"))
        #expect(result.stdout.contains("\"Arn\": \"arn:aws:iam::123456789012:user/learner\""))
        #expect(result.stderr.contains("An error occurred (404) when calling the HeadBucket operation: Not Found"))
    }
}
