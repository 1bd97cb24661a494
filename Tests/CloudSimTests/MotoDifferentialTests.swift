import CloudSim
import Foundation
import MotoSupport
import Testing

/// Runs the same s3api and sts commands through the real AWS CLI against `moto_server` and
/// through `lab aws`, and compares exit statuses, error codes and the JSON shapes (member names
/// in order and value types; ids, dates and owners differ by design).
@Suite(.enabled(if: MotoServer.isAvailable, Comment(rawValue: MotoServer.skipReason)))
struct MotoDifferentialTests {
    @Test func s3apiShapesMatchTheRealCLIAgainstMoto() throws {
        let moto = try MotoServer()
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
        let moto = try MotoServer()
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
        let moto = try MotoServer()
        let world = try TestWorld()
        func firstSubnet(_ run: ([String]) throws -> String) throws -> String {
            let words = try ShellWords.split("ec2 describe-subnets --query Subnets[0].SubnetId --output text")
            return try run(words).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let motoSubnet = try firstSubnet { try moto.aws($0).stdout }
        let labSubnet = try firstSubnet { world.cli.run($0).stdout }
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

