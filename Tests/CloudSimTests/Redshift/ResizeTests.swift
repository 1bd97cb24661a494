import Foundation
import Testing
@testable import CloudSim

@Suite("Redshift resize, reboot and tags")
struct ResizeTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
        _ = try aws.json("redshift", "create-cluster", "--cluster-identifier", "c1", "--node-type", "dc2.large",
                         "--number-of-nodes", "2", "--master-username", "awsuser", "--master-user-password", "Passw0rd1")
    }

    func cluster() throws -> AWSValue? {
        try aws.json("redshift", "describe-clusters", "--cluster-identifier", "c1")["Clusters"]?.listValue?.first
    }

    @Test func anElasticResizeTakesFifteenMinutesThenTheNewShapeIsBilled() throws {
        #expect(aws.error("redshift", "resize-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "4").contains("(InvalidClusterState)"))
        try aws.world.advance(by: 300)
        let resizing = try aws.json("redshift", "resize-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "4")["Cluster"]
        #expect(resizing?["ClusterStatus"] == .string("resizing"))
        #expect(resizing?["PendingModifiedValues"]?["NumberOfNodes"] == .integer(4))
        try aws.world.advance(by: 899)
        #expect(try cluster()?["NumberOfNodes"] == .integer(2))
        try aws.world.advance(by: 1)
        #expect(try cluster()?["ClusterStatus"] == .string("available"))
        #expect(try cluster()?["NumberOfNodes"] == .integer(4))
        try aws.world.advance(by: 3600)
        let usage = try aws.world.transaction { try ClusterUsage.stretches(until: $0.now, $0.db) }
        #expect(usage.map(\.status) == ["creating", "resizing", "available"])
        #expect(usage.map(\.nodes) == [2, 2, 4])
        // A quarter hour resizing on 2 nodes, then an hour on 4.
        let line = try aws.world.bill().clusters.first
        #expect(line?.nodes == 4)
        #expect(line?.nodeHours == 4.5)
    }

    @Test func elasticLimitsAndClassicResize() throws {
        try aws.world.advance(by: 300)
        #expect(aws.error("redshift", "resize-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "5")
            == "An error occurred (UnsupportedOperation) when calling the ResizeCluster operation: Elastic resize of 2 dc2.large nodes supports 2 to 4 nodes. Use classic resize (--classic) for 5.")
        #expect(aws.error("redshift", "resize-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "1").contains("(UnsupportedOperation)"))
        #expect(aws.error("redshift", "resize-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "2").contains("(InvalidParameterCombination)"))
        #expect(aws.error("redshift", "resize-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "33", "--classic")
            .contains("(NumberOfNodesPerClusterLimitExceeded)"))
        #expect(aws.error("redshift", "modify-cluster", "--cluster-identifier", "c1", "--node-type", "dc2.8xlarge", "--number-of-nodes", "1")
            .contains("(InvalidParameterCombination)"))
        let classic = try aws.json("redshift", "modify-cluster", "--cluster-identifier", "c1", "--number-of-nodes", "6")["Cluster"]
        #expect(classic?["ClusterStatus"] == .string("resizing"))
        try aws.world.advance(by: 7_199)
        #expect(try cluster()?["NumberOfNodes"] == .integer(2))
        try aws.world.advance(by: 1)
        #expect(try cluster()?["NumberOfNodes"] == .integer(6))
    }

    @Test func modifyClusterMovesItBehindOtherSecurityGroups() throws {
        try aws.world.advance(by: 300)
        #expect(throws: ClusterConnectionError.self) { try aws.world.connect(toCluster: "c1") }
        let group = try aws.json("ec2", "create-security-group", "--group-name", "sql", "--description", "sql")["GroupId"]?.stringValue ?? ""
        _ = try aws.json("ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp", "--port", "5439",
                         "--cidr", "203.0.113.0/24")
        #expect(aws.error("redshift", "modify-cluster", "--cluster-identifier", "c1", "--vpc-security-group-ids", "sg-0123456789abcdef0")
            .contains("(InvalidParameterValue)"))
        let modified = try aws.json("redshift", "modify-cluster", "--cluster-identifier", "c1", "--vpc-security-group-ids", group)
        #expect(modified["Cluster"]?["VpcSecurityGroups"]?.listValue?.map { $0["VpcSecurityGroupId"] } == [.string(group)])
        #expect(try aws.world.connect(toCluster: "c1").clusterID == "c1")
    }

    @Test func tagsOnAClusterByARN() throws {
        let arn = "arn:aws:redshift:us-east-1:\(aws.world.account.id):cluster:c1"
        _ = try aws.json("redshift", "create-tags", "--resource-name", arn, "--tags", "Key=team,Value=data", "Key=env,Value=lab")
        let tagged = try aws.json("redshift", "describe-tags", "--resource-name", arn)["TaggedResources"]?.listValue
        #expect(tagged?.map { $0["Tag"]?["Key"]?.stringValue } == ["team", "env"])
        #expect(tagged?.first?["ResourceType"] == .string("cluster"))
        #expect(try cluster()?["Tags"]?.listValue?.count == 2)
        _ = try aws.json("redshift", "delete-tags", "--resource-name", arn, "--tag-keys", "team")
        #expect(try cluster()?["Tags"] == .list([.object(["Key": .string("env"), "Value": .string("lab")])]))
        #expect(aws.error("redshift", "create-tags", "--resource-name", arn.replacingOccurrences(of: ":c1", with: ":nope"),
                          "--tags", "Key=a,Value=b") .contains("(ResourceNotFoundFault)"))
        #expect(aws.error("redshift", "create-tags", "--resource-name", arn, "--tags", "Key=aws:x,Value=b").contains("(InvalidTagFault)"))
    }
}
