import Foundation
import Testing
@testable import CloudSim

@Suite("EC2 default VPC")
struct EC2NetworkTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
    }

    @Test func theWorldStartsWithADefaultVPC() throws {
        let vpcs = try aws.json("ec2", "describe-vpcs")["Vpcs"]?.listValue ?? []
        #expect(vpcs.count == 1)
        #expect(vpcs.first?["CidrBlock"] == .string("172.31.0.0/16"))
        #expect(vpcs.first?["IsDefault"] == .bool(true))
        #expect(vpcs.first?["VpcId"]?.stringValue?.hasPrefix("vpc-") == true)
    }

    @Test func oneDefaultSubnetPerAvailabilityZone() throws {
        let subnets = try aws.json("ec2", "describe-subnets")["Subnets"]?.listValue ?? []
        #expect(subnets.map { $0["AvailabilityZone"]?.stringValue ?? "" } == ["a", "b", "c", "d", "e", "f"].map { "us-east-1" + $0 })
        #expect(subnets.map { $0["CidrBlock"]?.stringValue ?? "" }
            == ["172.31.0.0/20", "172.31.16.0/20", "172.31.32.0/20", "172.31.48.0/20", "172.31.64.0/20", "172.31.80.0/20"])
        let oneZone = try aws.json("ec2", "describe-subnets", "--filters", "Name=availability-zone,Values=us-east-1c")["Subnets"]
        #expect(oneZone?.listValue?.map { $0["CidrBlock"] } == [.string("172.31.32.0/20")])
    }

    @Test func unknownIdsAndFiltersAreRefused() {
        #expect(aws.error("ec2", "describe-vpcs", "--vpc-ids", "vpc-0000")
            == "An error occurred (InvalidVpcID.NotFound) when calling the DescribeVpcs operation: The vpc ID 'vpc-0000' does not exist")
        #expect(aws.error("ec2", "describe-subnets", "--filters", "Name=colour,Values=red")
            == "An error occurred (InvalidParameterValue) when calling the DescribeSubnets operation: The filter 'colour' is invalid")
    }

    @Test func theWorldIsPlantedOnce() throws {
        let before = try aws.json("ec2", "describe-vpcs")
        let reopened = AWSCLI(world: try World(directory: aws.directory, clock: aws.clock))
        #expect(try JSONReader.parse(reopened.run(["ec2", "describe-vpcs"]).stdout) == before)
    }
}
