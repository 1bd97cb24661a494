import Foundation
import Testing
@testable import CloudSim

@Suite("Redshift cluster subnet groups")
struct SubnetGroupTests {
    let aws: SimulatedAWS
    let subnets: [(id: String, zone: String)]

    init() throws {
        aws = try SimulatedAWS()
        subnets = try aws.json("ec2", "describe-subnets")["Subnets"]?.listValue?.map {
            ($0["SubnetId"]?.stringValue ?? "", $0["AvailabilityZone"]?.stringValue ?? "")
        } ?? []
    }

    @Test func createDescribeModifyDelete() throws {
        let created = try aws.json("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "Lab-Subnets",
                                   "--description", "lab", "--subnet-ids", subnets[0].id, subnets[1].id)["ClusterSubnetGroup"]
        #expect(created?["ClusterSubnetGroupName"] == .string("lab-subnets"))
        #expect(created?["SubnetGroupStatus"] == .string("Complete"))
        #expect(created?["Subnets"]?.listValue?.map { $0["SubnetAvailabilityZone"]?["Name"]?.stringValue } == [subnets[0].zone, subnets[1].zone])
        let listed = try aws.json("redshift", "describe-cluster-subnet-groups")["ClusterSubnetGroups"]?.listValue
        #expect(listed?.count == 1)
        let modified = try aws.json("redshift", "modify-cluster-subnet-group", "--cluster-subnet-group-name", "lab-subnets",
                                    "--subnet-ids", subnets[2].id)["ClusterSubnetGroup"]
        #expect(modified?["Subnets"]?.listValue?.count == 1)
        _ = try aws.json("redshift", "delete-cluster-subnet-group", "--cluster-subnet-group-name", "lab-subnets")
        #expect(aws.error("redshift", "describe-cluster-subnet-groups", "--cluster-subnet-group-name", "lab-subnets")
            == "An error occurred (ClusterSubnetGroupNotFoundFault) when calling the DescribeClusterSubnetGroups operation: Subnet group lab-subnets not found.")
    }

    @Test func subnetsMustExistAndNamesFollowTheRules() throws {
        #expect(aws.error("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "g", "--description", "x",
                          "--subnet-ids", "subnet-0123456789abcdef0")
            == "An error occurred (InvalidSubnet) when calling the CreateClusterSubnetGroup operation: Subnet subnet-0123456789abcdef0 not found.")
        #expect(aws.error("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "default", "--description", "x",
                          "--subnet-ids", subnets[0].id).contains("(InvalidParameterValue)"))
        #expect(aws.error("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "a_b", "--description", "x",
                          "--subnet-ids", subnets[0].id).contains("(InvalidParameterValue)"))
        _ = try aws.json("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "g", "--description", "x",
                         "--subnet-ids", subnets[0].id)
        #expect(aws.error("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "g", "--description", "x",
                          "--subnet-ids", subnets[0].id).contains("(ClusterSubnetGroupAlreadyExists)"))
    }

    @Test func aClusterLandsInItsGroupsZoneAndHoldsTheGroup() throws {
        _ = try aws.json("redshift", "create-cluster-subnet-group", "--cluster-subnet-group-name", "g", "--description", "x",
                         "--subnet-ids", subnets[3].id)
        let cluster = try aws.json("redshift", "create-cluster", "--cluster-identifier", "c1", "--node-type", "dc2.large",
                                   "--master-username", "awsuser", "--master-user-password", "Passw0rd1",
                                   "--cluster-subnet-group-name", "g")["Cluster"]
        #expect(cluster?["ClusterSubnetGroupName"] == .string("g"))
        #expect(cluster?["AvailabilityZone"] == .string(subnets[3].zone))
        #expect(aws.error("redshift", "create-cluster", "--cluster-identifier", "c2", "--node-type", "dc2.large",
                          "--master-username", "awsuser", "--master-user-password", "Passw0rd1",
                          "--cluster-subnet-group-name", "g", "--availability-zone", subnets[0].zone).contains("(InvalidParameterValue)"))
        #expect(aws.error("redshift", "create-cluster", "--cluster-identifier", "c2", "--node-type", "dc2.large",
                          "--master-username", "awsuser", "--master-user-password", "Passw0rd1",
                          "--cluster-subnet-group-name", "nope").contains("(ClusterSubnetGroupNotFoundFault)"))
        #expect(aws.error("redshift", "delete-cluster-subnet-group", "--cluster-subnet-group-name", "g").contains("(InvalidClusterSubnetGroupStateFault)"))
        #expect(aws.error("redshift", "modify-cluster-subnet-group", "--cluster-subnet-group-name", "g", "--subnet-ids", subnets[0].id)
            .contains("(SubnetAlreadyInUse)"))
    }
}
