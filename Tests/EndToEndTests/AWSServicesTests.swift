import Foundation
import MotoSupport
import Testing

/// `lab aws` for the IAM, STS, EC2 and Redshift services, run as a learner would run it.
@Suite struct AWSServicesTests {
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-aws-\(UUID().uuidString)")

    func aws(_ arguments: String...) throws -> LabProcess.Result {
        try LabProcess.run(["aws"] + arguments, environment: ["LAB_HOME": workspace.path])
    }

    @Test func iamCreatesARoleAndRefusesItTwiceWithTheCLIsExitStatus() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        let created = try aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", trust)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains(#""Arn": "arn:aws:iam::123456789012:role/loader""#))
        let again = try aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", trust)
        #expect(again.status == 255)
        #expect(again.stderr == "\nAn error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name loader already exists.\n")
    }

    @Test func ec2DescribesTheDefaultVPC() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try aws("ec2", "describe-vpcs")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""CidrBlock": "172.31.0.0/16""#))
    }

    @Test func redshiftWaitsForANewClusterOnTheWorldClock() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let created = try aws("redshift", "create-cluster", "--cluster-identifier", "lab", "--node-type", "dc2.large",
                              "--master-username", "awsuser", "--master-user-password", "Passw0rd1")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try aws("redshift", "wait", "cluster-available", "--cluster-identifier", "lab").status == 0)
        #expect(try aws("redshift", "describe-clusters").stdout.contains(#""ClusterStatus": "available""#))
    }

    @Test func stsRefusesToLetTheLearnerAssumeAServiceRole() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        _ = try aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", trust)
        let result = try aws("sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/loader", "--role-session-name", "etl")
        #expect(result.status == 255)
        #expect(result.stderr.contains("An error occurred (AccessDenied) when calling the AssumeRole operation"))
    }
}

/// `lab aws` and the real CLI against moto give JSON of the same shape (keys and value types)
/// for the same commands; values (ids, dates) differ by nature.
@Suite(.enabled(if: MotoServer.isAvailable, Comment(rawValue: MotoServer.skipReason)))
struct MotoDifferentialTests {
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-moto-\(UUID().uuidString)")

    /// Runs each command against both and compares the shapes of the outputs of those marked `compare`.
    /// Keys in `ignoring` are left out on both sides: moto prints some members real AWS omits (`Tags: []`).
    func expectSameShapes(_ commands: [(arguments: [String], compare: Bool)], ignoring: Set<String> = []) throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let moto = try MotoServer()
        for command in commands {
            let reference = try moto.aws(command.arguments).stdout
            let simulated = try LabProcess.run(["aws"] + command.arguments, environment: ["LAB_HOME": workspace.path])
            #expect(simulated.status == 0, "\(command.arguments): \(simulated.stderr)")
            guard command.compare else { continue }
            let ours = try JSONShape.of(simulated.stdout).removing(ignoring)
            let theirs = try JSONShape.of(reference).removing(ignoring)
            #expect(ours.matches(theirs), "\(command.arguments.prefix(2)): \(ours) vs moto's \(theirs)")
        }
    }

    @Test func iam() throws {
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        let policy = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#
        try expectSameShapes([
            (["iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", trust], false),
            (["iam", "get-role", "--role-name", "loader"], true),
            (["iam", "list-roles"], true),
            (["iam", "put-role-policy", "--role-name", "loader", "--policy-name", "p", "--policy-document", policy], false),
            (["iam", "get-role-policy", "--role-name", "loader", "--policy-name", "p"], true),
            (["iam", "create-policy", "--policy-name", "managed", "--policy-document", policy], false),
            (["iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", "arn:aws:iam::123456789012:policy/managed"], false),
            (["iam", "list-attached-role-policies", "--role-name", "loader"], true),
        ])
    }
}

extension MotoDifferentialTests {
    @Test func ec2() throws {
        try expectSameShapes([
            (["ec2", "describe-vpcs"], true),
            (["ec2", "describe-subnets"], true),
            (["ec2", "create-security-group", "--group-name", "warehouse", "--description", "cluster"], true),
            (["ec2", "authorize-security-group-ingress", "--group-name", "warehouse", "--protocol", "tcp", "--port", "5439",
              "--cidr", "203.0.113.0/24"], true),
            (["ec2", "describe-security-groups", "--group-names", "warehouse"], true),
        ], ignoring: ["Tags", "Ipv6CidrBlockAssociationSet", "MapCustomerOwnedIpOnLaunch", "EnableDns64", "GroupOwnerId"])
    }
}

extension MotoDifferentialTests {
    /// moto leaves out members real clusters report (and reports its own storage total), so
    /// those are set aside; every member both print must have the same type.
    @Test func redshift() throws {
        try expectSameShapes([
            (["redshift", "create-cluster", "--cluster-identifier", "lab", "--node-type", "dc2.large", "--master-username", "awsuser",
              "--master-user-password", "Passw0rd1", "--number-of-nodes", "2"], true),
        ], ignoring: ["ClusterAvailabilityStatus", "ManualSnapshotRetentionPeriod", "ClusterSubnetGroupName", "VpcId",
                      "MaintenanceTrackName", "ClusterNamespaceArn", "MultiAZ", "TotalStorageCapacityInMegaBytes", "Endpoint"])
    }
}
