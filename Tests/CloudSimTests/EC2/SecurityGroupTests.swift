import Foundation
import Testing
@testable import CloudSim

@Suite("EC2 security groups")
struct SecurityGroupTests {
    let aws: SimulatedAWS
    let groupID: String

    init() throws {
        aws = try SimulatedAWS()
        groupID = try aws.json("ec2", "create-security-group", "--group-name", "warehouse", "--description", "cluster access")["GroupId"]?
            .stringValue ?? ""
    }

    func group(_ name: String) throws -> AWSValue? {
        try aws.json("ec2", "describe-security-groups", "--filters", "Name=group-name,Values=\(name)")["SecurityGroups"]?.listValue?.first
    }

    @Test func aNewGroupAllowsAllEgressAndNoIngress() throws {
        let warehouse = try group("warehouse")
        #expect(warehouse?["GroupId"] == .string(groupID))
        #expect(warehouse?["IpPermissions"] == .list([]))
        #expect(warehouse?["IpPermissionsEgress"]?.listValue?.first?["IpRanges"] == .list([.object(["CidrIp": .string("0.0.0.0/0")])]))
        let vpc = try aws.json("ec2", "describe-vpcs")["Vpcs"]?.listValue?.first?["VpcId"]
        #expect(warehouse?["VpcId"] == vpc)
    }

    @Test func theDefaultGroupLetsItsMembersIn() throws {
        let defaultGroup = try group("default")
        let pairs = defaultGroup?["IpPermissions"]?.listValue?.first?["UserIdGroupPairs"]
        #expect(pairs == .list([.object(["GroupId": defaultGroup?["GroupId"] ?? .null, "UserId": .string("123456789012")])]))
    }

    @Test func duplicateNamesAndMissingGroupsAreRefused() throws {
        let vpc = try aws.json("ec2", "describe-vpcs")["Vpcs"]?.listValue?.first?["VpcId"]?.stringValue ?? ""
        #expect(aws.error("ec2", "create-security-group", "--group-name", "warehouse", "--description", "again", "--vpc-id", vpc)
            == "An error occurred (InvalidGroup.Duplicate) when calling the CreateSecurityGroup operation: The security group 'warehouse' already exists for VPC '\(vpc)'")
        #expect(aws.error("ec2", "describe-security-groups", "--group-ids", "sg-0123456789abcdef0")
            == "An error occurred (InvalidGroup.NotFound) when calling the DescribeSecurityGroups operation: The security group 'sg-0123456789abcdef0' does not exist")
        #expect(aws.error("ec2", "create-security-group", "--group-name", "x", "--description", "x", "--vpc-id", "vpc-nope")
            == "An error occurred (InvalidVpcID.NotFound) when calling the CreateSecurityGroup operation: The vpc ID 'vpc-nope' does not exist")
    }

    @Test func ingressRulesFromShorthandAndJSONAreAddedOnceAndRevoked() throws {
        let added = try aws.json("ec2", "authorize-security-group-ingress", "--group-id", groupID,
                                 "--protocol", "tcp", "--port", "5439", "--cidr", "203.0.113.25/32")
        let rule = added["SecurityGroupRules"]?.listValue?.first
        #expect(rule?.members?.map(\.name) == ["SecurityGroupRuleId", "GroupId", "GroupOwnerId", "IsEgress", "IpProtocol",
                                               "FromPort", "ToPort", "CidrIpv4"])
        #expect(rule?["CidrIpv4"] == .string("203.0.113.25/32"))
        let permissions = #"[{"IpProtocol": "tcp", "FromPort": 5439, "ToPort": 5439, "IpRanges": [{"CidrIp": "203.0.113.25/32"}]}]"#
        #expect(aws.error("ec2", "authorize-security-group-ingress", "--group-id", groupID, "--ip-permissions", permissions)
            == #"An error occurred (InvalidPermission.Duplicate) when calling the AuthorizeSecurityGroupIngress operation: the specified rule "peer: 203.0.113.25/32, TCP, from port: 5439, to port: 5439, ALLOW" already exists"#)
        let ingress = try group("warehouse")?["IpPermissions"]?.listValue
        #expect(ingress?.first?["FromPort"] == .integer(5439))
        _ = try aws.json("ec2", "revoke-security-group-ingress", "--group-id", groupID, "--ip-permissions", permissions)
        #expect(try group("warehouse")?["IpPermissions"] == .list([]))
        #expect(aws.error("ec2", "revoke-security-group-ingress", "--group-id", groupID, "--ip-permissions", permissions)
            == "An error occurred (InvalidPermission.NotFound) when calling the RevokeSecurityGroupIngress operation: The specified rule does not exist in this security group.")
    }

    @Test func badRulesAreRefusedWithoutPartialWrites() throws {
        #expect(aws.error("ec2", "authorize-security-group-ingress", "--group-id", groupID, "--protocol", "tcp", "--port", "5439",
                          "--cidr", "10.0.0/16")
            == "An error occurred (InvalidParameterValue) when calling the AuthorizeSecurityGroupIngress operation: CIDR block 10.0.0/16 is malformed")
        #expect(aws.error("ec2", "authorize-security-group-ingress", "--group-id", groupID, "--protocol", "tcp", "--cidr", "10.0.0.0/16")
            .contains("(InvalidParameterValue)"))
        #expect(try group("warehouse")?["IpPermissions"] == .list([]))
    }

    @Test func egressRulesAreSeparate() throws {
        _ = try aws.json("ec2", "revoke-security-group-egress", "--group-id", groupID, "--protocol", "all", "--cidr", "0.0.0.0/0")
        #expect(try group("warehouse")?["IpPermissionsEgress"] == .list([]))
    }

    @Test func deletingTheDefaultOrAReferencedGroupIsRefused() throws {
        let defaultID = try group("default")?["GroupId"]?.stringValue ?? ""
        #expect(aws.error("ec2", "delete-security-group", "--group-id", defaultID)
            == "An error occurred (CannotDelete) when calling the DeleteSecurityGroup operation: the specified group: \"\(defaultID)\" name: \"default\" cannot be deleted by a user")
        _ = try aws.json("ec2", "authorize-security-group-ingress", "--group-id", defaultID, "--protocol", "tcp", "--port", "5439",
                         "--source-group", groupID)
        #expect(aws.error("ec2", "delete-security-group", "--group-id", groupID)
            == "An error occurred (DependencyViolation) when calling the DeleteSecurityGroup operation: resource \(groupID) has a dependent object")
        _ = try aws.json("ec2", "revoke-security-group-ingress", "--group-id", defaultID, "--protocol", "tcp", "--port", "5439",
                         "--source-group", groupID)
        _ = try aws.json("ec2", "delete-security-group", "--group-name", "warehouse")
        #expect(aws.error("ec2", "delete-security-group", "--group-id", groupID).contains("(InvalidGroup.NotFound)"))
    }
}

@Suite("NetworkReachability")
struct NetworkReachabilityTests {
    let aws: SimulatedAWS
    let groupID: String

    init() throws {
        aws = try SimulatedAWS()
        groupID = try aws.json("ec2", "create-security-group", "--group-name", "warehouse", "--description", "cluster access")["GroupId"]?
            .stringValue ?? ""
        aws.aws("ec2", "authorize-security-group-ingress", "--group-id", groupID, "--protocol", "tcp", "--port", "5439",
                "--cidr", "203.0.113.0/24")
    }

    func reach(_ address: String, _ port: Int, groups: [String]? = nil, clientGroups: [String] = []) throws -> Bool {
        try aws.world.transaction {
            try NetworkReachability.canReach(client: address, clientGroups: clientGroups, port: port,
                                             securityGroups: groups ?? [groupID], in: $0)
        }
    }

    @Test func anAddressInsideTheRuleReachesItsPortOnly() throws {
        #expect(try reach("203.0.113.25", 5439))
        #expect(try !reach("203.0.113.25", 5432))
        #expect(try !reach("198.51.100.7", 5439))
    }

    @Test func noGroupsMeansNoAccess() throws {
        #expect(try !reach("203.0.113.25", 5439, groups: []))
    }

    @Test func allTrafficRulesAndGroupMembershipCount() throws {
        let defaultID = try aws.json("ec2", "describe-security-groups", "--group-names", "default")["SecurityGroups"]?
            .listValue?.first?["GroupId"]?.stringValue ?? ""
        #expect(try !reach("10.0.0.1", 5439, groups: [defaultID]))
        #expect(try reach("10.0.0.1", 5439, groups: [defaultID], clientGroups: [defaultID]))
    }

    @Test func anUnknownGroupIsNotFound() {
        #expect(throws: ServiceError("InvalidGroup.NotFound", "The security group 'sg-nope' does not exist")) {
            try reach("203.0.113.25", 5439, groups: ["sg-nope"])
        }
    }
}
