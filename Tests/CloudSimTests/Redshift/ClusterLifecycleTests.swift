import Foundation
import Testing
@testable import CloudSim

@Suite("Redshift cluster lifecycle")
struct ClusterLifecycleTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
        aws.aws("redshift", "create-cluster", "--cluster-identifier", "lab", "--node-type", "dc2.large",
                "--master-username", "awsuser", "--master-user-password", "Passw0rd1")
    }

    func status() throws -> AWSValue? {
        try aws.json("redshift", "describe-clusters", "--cluster-identifier", "lab")["Clusters"]?.listValue?.first?["ClusterStatus"]
    }

    func becomeAvailable() throws {
        try aws.world.advance(by: 300)
        #expect(try status() == .string("available"))
    }

    @Test func creatingLastsFiveMinutesOfWorldTime() throws {
        try aws.world.advance(by: 299)
        #expect(try status() == .string("creating"))
        try aws.world.advance(by: 1)
        #expect(try status() == .string("available"))
        let endpoint = try aws.json("redshift", "describe-clusters")["Clusters"]?.listValue?.first?["Endpoint"]
        let address = endpoint?["Address"]?.stringValue ?? ""
        #expect(address.hasPrefix("lab.") && address.hasSuffix(".us-east-1.redshift.amazonaws.com"))
        #expect(endpoint?["Port"] == .integer(5439))
    }

    @Test func theWaiterAdvancesTheClockToWhenTheClusterIsAvailable() throws {
        #expect(aws.aws("redshift", "wait", "cluster-available", "--cluster-identifier", "lab") == CLIResult())
        #expect(try aws.world.now() == Date(timeIntervalSince1970: 1_767_225_600 + 300))
        #expect(try status() == .string("available"))
    }

    @Test func theDeletedWaiterFailsOnACreatingCluster() {
        #expect(aws.error("redshift", "wait", "cluster-deleted", "--cluster-identifier", "lab")
            == #"Waiter ClusterDeleted failed: Waiter encountered a terminal failure state: For expression "Clusters[].ClusterStatus" we matched expected path: "creating" at least once"#)
    }

    @Test func pauseAndResumeOnlyFromTheirStates() throws {
        #expect(aws.error("redshift", "pause-cluster", "--cluster-identifier", "lab").contains("(InvalidClusterState)"))
        try becomeAvailable()
        #expect(aws.error("redshift", "resume-cluster", "--cluster-identifier", "lab").contains("(InvalidClusterState)"))
        #expect(try aws.json("redshift", "pause-cluster", "--cluster-identifier", "lab")["Cluster"]?["ClusterStatus"] == .string("pausing"))
        try aws.world.advance(by: 120)
        #expect(try status() == .string("paused"))
        #expect(try aws.json("redshift", "resume-cluster", "--cluster-identifier", "lab")["Cluster"]?["ClusterStatus"] == .string("resuming"))
        #expect(aws.aws("redshift", "wait", "cluster-available", "--cluster-identifier", "lab").exitCode == 0)
    }

    @Test func deleteNeedsAFinalSnapshotDecision() throws {
        try becomeAvailable()
        #expect(aws.error("redshift", "delete-cluster", "--cluster-identifier", "lab")
            == "An error occurred (InvalidParameterCombination) when calling the DeleteCluster operation: FinalClusterSnapshotIdentifier is required unless SkipFinalClusterSnapshot is specified.")
        let deleting = try aws.json("redshift", "delete-cluster", "--cluster-identifier", "lab", "--final-cluster-snapshot-identifier", "lab-final")
        #expect(deleting["Cluster"]?["ClusterStatus"] == .string("deleting"))
        #expect(aws.aws("redshift", "wait", "cluster-deleted", "--cluster-identifier", "lab").exitCode == 0)
        #expect(aws.error("redshift", "describe-clusters", "--cluster-identifier", "lab")
            == "An error occurred (ClusterNotFound) when calling the DescribeClusters operation: Cluster lab not found.")
        let snapshots = try aws.json("redshift", "describe-cluster-snapshots")["Snapshots"]?.listValue ?? []
        #expect(snapshots.map { $0["SnapshotIdentifier"] } == [.string("lab-final")])
    }

    @Test func snapshotsAreTakenOncePerIdentifier() throws {
        try becomeAvailable()
        let snapshot = try aws.json("redshift", "create-cluster-snapshot", "--cluster-identifier", "lab", "--snapshot-identifier", "s1")["Snapshot"]
        #expect(snapshot?["ClusterIdentifier"] == .string("lab"))
        #expect(snapshot?["SnapshotType"] == .string("manual"))
        #expect(aws.error("redshift", "create-cluster-snapshot", "--cluster-identifier", "lab", "--snapshot-identifier", "s1")
            == "An error occurred (ClusterSnapshotAlreadyExists) when calling the CreateClusterSnapshot operation: Cannot create the snapshot because a snapshot with the identifier s1 already exists.")
        #expect(aws.error("redshift", "describe-cluster-snapshots", "--snapshot-identifier", "s2").contains("(ClusterSnapshotNotFound)"))
    }

    @Test func rolesAreAddedAndRemovedOnAnAvailableCluster() throws {
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        let role = "arn:aws:iam::123456789012:role/loader"
        #expect(aws.error("redshift", "modify-cluster-iam-roles", "--cluster-identifier", "lab", "--add-iam-roles", role)
            .contains("(InvalidClusterState)"))
        try becomeAvailable()
        let added = try aws.json("redshift", "modify-cluster-iam-roles", "--cluster-identifier", "lab", "--add-iam-roles", role,
                                 "--default-iam-role-arn", role)["Cluster"]
        #expect(added?["IamRoles"]?.listValue?.count == 1)
        #expect(added?["DefaultIamRoleArn"] == .string(role))
        let removed = try aws.json("redshift", "modify-cluster-iam-roles", "--cluster-identifier", "lab", "--remove-iam-roles", role)["Cluster"]
        #expect(removed?["IamRoles"] == .list([]))
        #expect(removed?["DefaultIamRoleArn"] == nil)
    }

    @Test func aSecurityGroupInUseCannotBeDeleted() throws {
        let group = try aws.json("ec2", "create-security-group", "--group-name", "wh", "--description", "wh")["GroupId"]?.stringValue ?? ""
        aws.aws("redshift", "create-cluster", "--cluster-identifier", "other", "--node-type", "dc2.large", "--master-username", "awsuser",
                "--master-user-password", "Passw0rd1", "--vpc-security-group-ids", group)
        #expect(aws.error("ec2", "delete-security-group", "--group-id", group).contains("(DependencyViolation)"))
    }
}
