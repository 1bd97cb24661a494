import CloudSim
import Foundation
import Testing

/// Runs the same s3api and sts commands through the real AWS CLI against `moto_server` and
/// through `lab aws`, and compares exit statuses, error codes and the JSON shapes (member names
/// in order and value types; ids, dates and owners differ by design).
@Suite(.enabled(if: ReferenceTools.available, "moto_server or aws is not on PATH: the differential test against moto is skipped"))
struct MotoDifferentialTests {
    @Test func s3apiShapesMatchTheRealCLIAgainstMoto() throws {
        let moto = try MotoServer.start()
        defer { moto.stop() }
        let world = try TestWorld()
        try world.file("f.csv", "a,b\n1,2\n")
        let body = world.workingDirectory.appendingPathComponent("f.csv").path
        let out = world.workingDirectory.appendingPathComponent("out").path
        let commands = [
            "s3api create-bucket --bucket diff-b",
            "s3api list-buckets",
            "s3api head-bucket --bucket diff-b",
            "s3api put-object --bucket diff-b --key raw/f.csv --body \(body)",
            "s3api put-object --bucket diff-b --key raw/2026/g.csv --body \(body) --storage-class GLACIER",
            "s3api head-object --bucket diff-b --key raw/f.csv",
            "s3api get-object --bucket diff-b --key raw/f.csv \(out)",
            "s3api get-object --bucket diff-b --key raw/2026/g.csv \(out)",
            "s3api copy-object --bucket diff-b --key c.csv --copy-source diff-b/raw/f.csv",
            "s3api list-objects-v2 --bucket diff-b",
            "s3api list-objects-v2 --bucket diff-b --delimiter / --max-keys 1",
            "s3api list-objects-v2 --bucket diff-b --prefix raw/ --delimiter /",
            "s3api get-object --bucket diff-b --key nope \(out)",
            #"s3api put-bucket-encryption --bucket diff-b --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}'"#,
            "s3api get-bucket-encryption --bucket diff-b",
            "s3api put-public-access-block --bucket diff-b --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
            "s3api get-public-access-block --bucket diff-b",
            "s3api get-bucket-lifecycle-configuration --bucket diff-b",
            "s3api delete-objects --bucket diff-b --delete Objects=[{Key=c.csv}]",
            "s3api delete-object --bucket diff-b --key raw/f.csv",
            "s3api delete-bucket --bucket diff-b",
            "s3api delete-bucket --bucket no-such-bucket-here",
            "s3api list-objects-v2 --bucket no-such-bucket-here",
            "s3api get-bucket-versioning --bucket diff-b",
            "sts get-caller-identity",
        ]
        for command in commands {
            let words = try ShellWords.split(command)
            let real = try moto.aws(words)
            let lab = world.cli.run(words)
            #expect(lab.exitCode == real.exitCode, "exit status of \(command)")
            #expect(errorCode(lab.stderr) == errorCode(real.stderr), "error code of \(command)")
            #expect(try shape(lab.stdout, dropping: Self.sinceMoto) == shape(real.stdout), "JSON shape of \(command)")
        }
    }

    @Test func cloudwatchShapesMatchTheRealCLIAgainstMoto() throws {
        let moto = try MotoServer.start()
        defer { moto.stop() }
        let world = try TestWorld()
        // Wide enough to hold "now" both in moto (wall clock) and in the test world (2026-01-01).
        let window = "--start-time 2025-12-01T00:00:00Z --end-time 2026-12-31T00:00:00Z"
        let commands = [
            "cloudwatch put-metric-data --namespace Lab --metric-name Load --value 42 --unit Percent --dimensions Host=a",
            "cloudwatch list-metrics --namespace Lab --dimensions Name=Host,Value=a",
            "cloudwatch get-metric-statistics --namespace Lab --metric-name Load --dimensions Name=Host,Value=a \(window) --period 86400 --statistics Average Sum SampleCount Minimum Maximum",
            #"cloudwatch get-metric-data --metric-data-queries '[{"Id":"q1","MetricStat":{"Metric":{"Namespace":"Lab","MetricName":"Load","Dimensions":[{"Name":"Host","Value":"a"}]},"Period":86400,"Stat":"Sum"}}]' "# + window,
            "cloudwatch put-metric-alarm --alarm-name diff-high --namespace Lab --metric-name Load --dimensions Name=Host,Value=a --statistic Average --period 300 --evaluation-periods 2 --datapoints-to-alarm 1 --threshold 80 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions arn:aws:sns:us-east-1:123456789012:ops",
            "cloudwatch describe-alarms",
            "cloudwatch describe-alarms-for-metric --namespace Lab --metric-name Load",
            "cloudwatch set-alarm-state --alarm-name nope --state-value ALARM --state-reason testing",
            #"cloudwatch put-dashboard --dashboard-name ops --dashboard-body '{"widgets":[{"type":"text","x":0,"y":0,"width":6,"height":3,"properties":{"markdown":"hi"}}]}'"#,
            "cloudwatch list-dashboards",
            "cloudwatch get-dashboard --dashboard-name ops",
            "cloudwatch get-dashboard --dashboard-name nope",
        ]
        for command in commands {
            let words = try ShellWords.split(command)
            let real = try moto.aws(words)
            let lab = world.cli.run(words)
            #expect(lab.exitCode == real.exitCode, "exit status of \(command): \(lab.stderr) / \(real.stderr)")
            #expect(errorCode(lab.stderr) == errorCode(real.stderr), "error code of \(command)")
            #expect(try shape(lab.stdout, dropping: Self.cloudwatchApart) == shape(real.stdout, dropping: Self.cloudwatchApart),
                    "JSON shape of \(command)")
        }
    }

    /// Members where moto 5.2.1 and CloudWatch differ, left out on both sides: CloudWatch reports
    /// StateTransitionedTimestamp (since 2020) and GetMetricData's Messages, which moto does not;
    /// moto sends an empty Metrics list for single-metric alarms and StateReasonData `{}` for a
    /// new alarm, which CloudWatch leaves out.
    static let cloudwatchApart: Set<String> = ["StateTransitionedTimestamp", "Messages", "Metrics", "StateReasonData"]

    /// Parameter groups and subnet groups; each side places its subnet group in its own default
    /// VPC's first subnet.
    @Test func redshiftGroupShapesMatchTheRealCLIAgainstMoto() throws {
        let moto = try MotoServer.start()
        defer { moto.stop() }
        let world = try TestWorld()
        func firstSubnet(_ run: ([String]) throws -> CLIResult) throws -> String {
            let words = try ShellWords.split("ec2 describe-subnets --query Subnets[0].SubnetId --output text")
            return try run(words).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let motoSubnet = try firstSubnet(moto.aws)
        let labSubnet = try firstSubnet { world.cli.run($0) }
        let commands = [
            "redshift create-cluster-parameter-group --parameter-group-name diff-pg --parameter-group-family redshift-1.0 --description d",
            "redshift describe-cluster-parameter-groups --parameter-group-name diff-pg",
            "redshift describe-cluster-parameter-groups --parameter-group-name nope",
            "redshift delete-cluster-parameter-group --parameter-group-name diff-pg",
            "redshift create-cluster-subnet-group --cluster-subnet-group-name diff-sg --description d --subnet-ids SUBNET",
            "redshift describe-cluster-subnet-groups --cluster-subnet-group-name diff-sg",
            "redshift describe-cluster-subnet-groups --cluster-subnet-group-name nope",
            "redshift create-cluster-subnet-group --cluster-subnet-group-name bad-sg --description d --subnet-ids subnet-0123456789abcdef0",
            "redshift delete-cluster-subnet-group --cluster-subnet-group-name diff-sg",
        ]
        for command in commands {
            let real = try moto.aws(try ShellWords.split(command.replacingOccurrences(of: "SUBNET", with: motoSubnet)))
            let lab = world.cli.run(try ShellWords.split(command.replacingOccurrences(of: "SUBNET", with: labSubnet)))
            #expect(lab.exitCode == real.exitCode, "exit status of \(command)")
            #expect(errorCode(lab.stderr) == errorCode(real.stderr), "error code of \(command)")
            #expect(try shape(lab.stdout, dropping: Self.beyondMoto) == shape(real.stdout), "JSON shape of \(command)")
        }
    }

    /// Members real Redshift sends that moto 5.2.1 leaves out.
    static let beyondMoto: Set<String> = ["SupportedClusterIpAddressTypes"]

    func errorCode(_ stderr: String) -> String? {
        guard let open = stderr.range(of: "An error occurred ("), let close = stderr[open.upperBound...].firstIndex(of: ")") else {
            return nil
        }
        return String(stderr[open.upperBound..<close])
    }

    /// Members real S3 has sent since it began encrypting every object by default (January 2023)
    /// and moto 5.2.1 does not: the simulator follows AWS, so the comparison leaves them out (and
    /// skips get-bucket-encryption on a fresh bucket, where moto still answers with an error).
    static let sinceMoto: Set<String> = ["ServerSideEncryption"]

    func shape(_ output: String, dropping ignored: Set<String> = []) throws -> String {
        output.isEmpty ? "" : shape(try JSONReader.parse(output), dropping: ignored)
    }

    private func shape(_ value: AWSValue, dropping ignored: Set<String> = []) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .integer, .double: return "number"
        case .string, .blob: return "string"
        case .list(let items): return "[" + Set(items.map { shape($0, dropping: ignored) }).sorted().joined(separator: "|") + "]"
        case .object(let members):
            return "{" + members.filter { !ignored.contains($0.name) }
                .map { "\($0.name): \(shape($0.value, dropping: ignored))" }.joined(separator: ", ") + "}"
        }
    }
}

/// Where the reference tools are, if installed. A pyenv shim is resolved to the program it
/// runs: the shim keeps a shell between us and the server, which then outlives `terminate()`.
enum ReferenceTools {
    static let moto = find("moto_server")
    static let aws = find("aws")
    static var available: Bool { moto != nil && aws != nil }

    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let found = path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let found, found.contains("/shims/") else { return found }
        let pyenv = Process()
        pyenv.executableURL = URL(fileURLWithPath: found).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("bin/pyenv")
        pyenv.arguments = ["which", name]
        let output = Pipe()
        pyenv.standardOutput = output
        pyenv.standardError = FileHandle.nullDevice
        guard (try? pyenv.run()) != nil else { return nil }
        let resolved = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: resolved) ? resolved : nil
    }
}

/// A `moto_server` on a free loopback port for the length of a test, and the real CLI aimed at it.
struct MotoServer {
    let process: Process
    let port: UInt16

    static func start() throws -> MotoServer {
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReferenceTools.moto!)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(process: process, port: port)
        // Up to 90 s: a cold moto_server is slow to start while the whole suite runs.
        for _ in 0..<900 where process.isRunning && !server.accepts() { usleep(100_000) }
        guard server.accepts() else {
            server.stop()
            throw TestWorld.Failure(description: "moto_server did not start on port \(port)")
        }
        return server
    }

    /// SIGKILL: the test process may run with SIGTERM ignored, and children inherit that.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func aws(_ arguments: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReferenceTools.aws!)
        process.arguments = ["--endpoint-url", "http://127.0.0.1:\(port)"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
                           "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"]) { $1 }
        environment.removeValue(forKey: "AWS_PROFILE")
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        return CLIResult(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                         exitCode: process.terminationStatus)
    }

    private func accepts() -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = Self.loopback(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// A port the kernel hands out for a socket bound to port 0 on loopback.
    private static func freePort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw TestWorld.Failure(description: "no free loopback port") }
        return UInt16(bigEndian: address.sin_port)
    }

    private static func loopback(_ port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
