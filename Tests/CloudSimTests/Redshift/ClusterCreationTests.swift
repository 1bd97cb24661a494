import Foundation
import Testing
@testable import CloudSim

@Suite("Redshift create-cluster")
struct ClusterCreationTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
    }

    func create(_ extra: String..., id: String = "lab-cluster", node: String = "dc2.large",
                password: String = "Passw0rd1") -> CLIResult {
        AWSCLI(world: aws.world).run(["redshift", "create-cluster", "--cluster-identifier", id, "--node-type", node,
                                      "--master-username", "awsuser", "--master-user-password", password] + extra)
    }

    func failure(_ result: CLIResult) -> String {
        #expect(result.exitCode == 255)
        return result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aNewClusterIsCreatingWithoutAnEndpoint() throws {
        let result = create("--number-of-nodes", "2")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let cluster = try JSONReader.parse(result.stdout)["Cluster"]
        #expect(cluster?["ClusterStatus"] == .string("creating"))
        #expect(cluster?["NumberOfNodes"] == .integer(2))
        #expect(cluster?["DBName"] == .string("dev"))
        #expect(cluster?["Encrypted"] == .bool(true))
        #expect(cluster?["Endpoint"] == nil)
        #expect(cluster?["ClusterCreateTime"] == .string("2026-01-01T00:00:00.000Z"))
        let defaultGroup = try aws.json("ec2", "describe-security-groups", "--group-names", "default")["SecurityGroups"]?
            .listValue?.first?["GroupId"]
        #expect(cluster?["VpcSecurityGroups"]?.listValue?.first?["VpcSecurityGroupId"] == defaultGroup)
    }

    @Test func identifiersFollowRedshiftsRules() {
        for bad in ["Lab", "1lab", "lab-", "la--b", "lab_x"] {
            #expect(failure(create(id: bad)).hasPrefix(
                "An error occurred (InvalidParameterValue) when calling the CreateCluster operation: The parameter ClusterIdentifier is not a valid identifier."))
        }
        #expect(create().exitCode == 0)
        #expect(failure(create())
            == "An error occurred (ClusterAlreadyExists) when calling the CreateCluster operation: Cluster already exists")
    }

    @Test func nodeTypesAndCountsMustAgree() {
        #expect(failure(create(node: "dc2.huge"))
            == "An error occurred (InvalidParameterValue) when calling the CreateCluster operation: Invalid node type: dc2.huge")
        #expect(failure(create("--cluster-type", "multi-node"))
            == "An error occurred (InvalidParameterCombination) when calling the CreateCluster operation: Number of nodes for cluster type multi-node must be greater than or equal to 2")
        #expect(failure(create("--cluster-type", "single-node", "--number-of-nodes", "3"))
            == "An error occurred (InvalidParameterCombination) when calling the CreateCluster operation: Number of nodes for cluster type single-node must be 1")
        #expect(failure(create(node: "ra3.4xlarge")).contains("(InvalidParameterCombination)"))
        #expect(failure(create("--number-of-nodes", "33")).contains("(NumberOfNodesPerClusterLimitExceeded)"))
    }

    @Test func passwordsUsernamesDatabaseNamesAndPortsAreChecked() throws {
        #expect(failure(create(password: "Pass word1"))
            == #"An error occurred (InvalidParameterValue) when calling the CreateCluster operation: The parameter MasterUserPassword is not a valid password. Only printable ASCII characters except for '/', '@', '"', ' ', '\', ''' may be used."#)
        #expect(failure(create(password: "passw0rd1")).hasSuffix("because it does not contain an uppercase letter."))
        #expect(failure(create(password: "Pw0")).hasSuffix("because it is shorter than 8 characters."))
        #expect(failure(create("--db-name", "Sales"))
            == "An error occurred (InvalidParameterValue) when calling the CreateCluster operation: Only lowercase Database names are supported.")
        #expect(failure(create("--port", "80")).contains("(InvalidParameterValue)"))
        #expect(failure(create("--port", "5500", node: "ra3.xlplus")).contains("(InvalidParameterValue)"))
        let badUser = AWSCLI(world: aws.world).run(["redshift", "create-cluster", "--cluster-identifier", "c", "--node-type", "dc2.large",
                                                    "--master-username", "Admin", "--master-user-password", "Passw0rd1"])
        #expect(failure(badUser).contains("The parameter MasterUsername"))
        #expect(try aws.json("redshift", "describe-clusters")["Clusters"] == .list([]))
    }

    @Test func rolesAndSecurityGroupsMustExist() throws {
        #expect(failure(create("--iam-roles", "arn:aws:iam::123456789012:role/ghost")).contains("(InvalidParameterValue)"))
        #expect(failure(create("--vpc-security-group-ids", "sg-0000")).contains("The security group 'sg-0000' does not exist"))
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        let role = "arn:aws:iam::123456789012:role/loader"
        #expect(failure(create("--default-iam-role-arn", role)).contains("(InvalidParameterCombination)"))
        let result = create("--iam-roles", role, "--default-iam-role-arn", role)
        let cluster = try JSONReader.parse(result.stdout)["Cluster"]
        #expect(cluster?["IamRoles"] == .list([.object(["IamRoleArn": .string(role), "ApplyStatus": .string("in-sync")])]))
        #expect(cluster?["DefaultIamRoleArn"] == .string(role))
    }
}
