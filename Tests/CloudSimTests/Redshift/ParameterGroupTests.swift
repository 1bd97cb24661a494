import Foundation
import Testing
@testable import CloudSim

@Suite("Redshift cluster parameter groups")
struct ParameterGroupTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
        _ = try aws.json("redshift", "create-cluster-parameter-group", "--parameter-group-name", "Lab-PG",
                         "--parameter-group-family", "redshift-1.0", "--description", "lab")
    }

    func parameters(_ group: String, source: String? = nil) throws -> [String: String] {
        var arguments = ["redshift", "describe-cluster-parameters", "--parameter-group-name", group]
        if let source { arguments += ["--source", source] }
        let result = AWSCLI(world: aws.world).run(arguments)
        let list = try JSONReader.parse(result.stdout)["Parameters"]?.listValue ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["ParameterName"]?.stringValue ?? "", $0["ParameterValue"]?.stringValue ?? "") })
    }

    @Test func theDefaultGroupHoldsRedshiftsDefaults() throws {
        let defaults = try parameters("default.redshift-1.0")
        #expect(defaults["search_path"] == "$user, public")
        #expect(defaults["require_ssl"] == "false")
        #expect(defaults["wlm_json_configuration"] == #"[{"auto_wlm":true}]"#)
        #expect(defaults["statement_timeout"] == "0")
        #expect(defaults.count == ClusterParameter.family.count)
        let names = try aws.json("redshift", "describe-cluster-parameter-groups")["ParameterGroups"]?.listValue?
            .compactMap { $0["ParameterGroupName"]?.stringValue }
        #expect(names == ["default.redshift-1.0", "lab-pg"])
    }

    @Test func modifiedValuesAreTheUsersAndResetRestoresDefaults() throws {
        let answer = try aws.json("redshift", "modify-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                                  "--parameters", "ParameterName=require_ssl,ParameterValue=true",
                                  "ParameterName=statement_timeout,ParameterValue=60000")
        #expect(answer["ParameterGroupStatus"]?.stringValue?.hasPrefix("Your parameter group has been updated") == true)
        #expect(try parameters("lab-pg", source: "user") == ["require_ssl": "true", "statement_timeout": "60000"])
        _ = try aws.json("redshift", "reset-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                         "--parameters", "ParameterName=require_ssl")
        #expect(try parameters("lab-pg", source: "user") == ["statement_timeout": "60000"])
        _ = try aws.json("redshift", "reset-cluster-parameter-group", "--parameter-group-name", "lab-pg", "--reset-all-parameters")
        #expect(try parameters("lab-pg", source: "user").isEmpty)
    }

    @Test func badRequestsGetRedshiftsErrors() {
        #expect(aws.error("redshift", "modify-cluster-parameter-group", "--parameter-group-name", "default.redshift-1.0",
                          "--parameters", "ParameterName=require_ssl,ParameterValue=true").contains("(InvalidParameterValue)"))
        #expect(aws.error("redshift", "modify-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                          "--parameters", "ParameterName=require_ssl,ParameterValue=maybe")
            == "An error occurred (InvalidParameterValue) when calling the ModifyClusterParameterGroup operation: Could not update parameter require_ssl. Invalid value: maybe")
        #expect(aws.error("redshift", "modify-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                          "--parameters", "ParameterName=statement_timeout,ParameterValue=50").contains("Invalid value: 50"))
        #expect(aws.error("redshift", "modify-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                          "--parameters", "ParameterName=no_such,ParameterValue=1").contains("Could not find parameter with name: no_such"))
        #expect(aws.error("redshift", "describe-cluster-parameters", "--parameter-group-name", "nope")
            == "An error occurred (ClusterParameterGroupNotFound) when calling the DescribeClusterParameters operation: ParameterGroup not found: nope")
        #expect(aws.error("redshift", "create-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                          "--parameter-group-family", "redshift-1.0", "--description", "again").contains("(ClusterParameterGroupAlreadyExists)"))
        #expect(aws.error("redshift", "create-cluster-parameter-group", "--parameter-group-name", "bad--name",
                          "--parameter-group-family", "redshift-1.0", "--description", "x").contains("(InvalidParameterValue)"))
        #expect(aws.error("redshift", "create-cluster-parameter-group", "--parameter-group-name", "other",
                          "--parameter-group-family", "postgres15", "--description", "x").contains("(InvalidParameterValue)"))
    }

    @Test func aClusterWaitsForARebootToApplyChangesAndKeepsItsGroupFromDeletion() throws {
        _ = try aws.json("redshift", "create-cluster", "--cluster-identifier", "c1", "--node-type", "dc2.large",
                         "--master-username", "awsuser", "--master-user-password", "Passw0rd1",
                         "--cluster-parameter-group-name", "lab-pg")
        try aws.world.advance(by: 300)
        func applyStatus() throws -> String? {
            try aws.json("redshift", "describe-clusters", "--cluster-identifier", "c1")["Clusters"]?.listValue?.first?[
                "ClusterParameterGroups"]?.listValue?.first?["ParameterApplyStatus"]?.stringValue
        }
        #expect(try applyStatus() == "in-sync")
        _ = try aws.json("redshift", "modify-cluster-parameter-group", "--parameter-group-name", "lab-pg",
                         "--parameters", "ParameterName=search_path,ParameterValue=sales")
        #expect(try applyStatus() == "pending-reboot")
        func parameterStatus(_ name: String) throws -> String? {
            try aws.json("redshift", "describe-clusters", "--cluster-identifier", "c1")["Clusters"]?.listValue?.first?[
                "ClusterParameterGroups"]?.listValue?.first?["ClusterParameterStatusList"]?.listValue?
                .first { $0["ParameterName"]?.stringValue == name }?["ParameterApplyStatus"]?.stringValue
        }
        #expect(try parameterStatus("search_path") == "pending-reboot")
        #expect(try parameterStatus("datestyle") == nil)
        let group = try aws.json("ec2", "describe-security-groups")["SecurityGroups"]?.listValue?.first?["GroupId"]?.stringValue ?? ""
        _ = try aws.json("ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp", "--port", "5439",
                         "--cidr", "203.0.113.10/32")
        #expect(try aws.world.connect(toCluster: "c1").sessionDefaults.isEmpty)
        #expect(try aws.json("redshift", "reboot-cluster", "--cluster-identifier", "c1")["Cluster"]?["ClusterStatus"] == .string("rebooting"))
        #expect(try applyStatus() == "in-sync")
        #expect(try parameterStatus("search_path") == nil)
        try aws.world.advance(by: 120)
        #expect(try aws.world.connect(toCluster: "c1").sessionDefaults == ["search_path": "sales"])
        #expect(aws.error("redshift", "delete-cluster-parameter-group", "--parameter-group-name", "lab-pg")
            .contains("(InvalidClusterParameterGroupState)"))
        #expect(aws.error("redshift", "modify-cluster", "--cluster-identifier", "c1", "--cluster-parameter-group-name", "nope")
            .contains("(ClusterParameterGroupNotFound)"))
    }

    @Test func deletingAnUnusedGroup() throws {
        _ = try aws.json("redshift", "delete-cluster-parameter-group", "--parameter-group-name", "lab-pg")
        #expect(aws.error("redshift", "describe-cluster-parameter-groups", "--parameter-group-name", "lab-pg").contains("(ClusterParameterGroupNotFound)"))
        #expect(aws.error("redshift", "delete-cluster-parameter-group", "--parameter-group-name", "default.redshift-1.0").contains("(InvalidParameterValue)"))
    }
}
