import Foundation
import Testing
@testable import CloudSim

@Suite("simulate-principal-policy")
struct IAMSimulationTests {
    let aws: SimulatedAWS
    static let role = "arn:aws:iam::123456789012:role/loader"

    init() throws {
        aws = try SimulatedAWS()
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        aws.aws("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "raw", "--policy-document", IAMFixtures.readRaw)
        aws.aws("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "no-secrets", "--policy-document", IAMFixtures.denyRaw)
    }

    func simulate(_ action: String, _ resource: String, _ extra: String...) throws -> AWSValue? {
        let arguments = ["iam", "simulate-principal-policy", "--policy-source-arn", Self.role, "--action-names", action,
                         "--resource-arns", resource] + extra
        let result = AWSCLI(world: aws.world).run(arguments)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return try JSONReader.parse(result.stdout)["EvaluationResults"]?.listValue?.first
    }

    @Test func anAllowNamesTheStatementThatAllowed() throws {
        let result = try simulate("s3:GetObject", "arn:aws:s3:::raw/a.csv")
        #expect(result?.members?.map(\.name) == ["EvalActionName", "EvalResourceName", "EvalDecision", "MatchedStatements",
                                                 "MissingContextValues", "ResourceSpecificResults"])
        #expect(result?["EvalDecision"] == .string("allowed"))
        let statement = result?["MatchedStatements"]?.listValue?.first
        #expect(statement?["SourcePolicyId"] == .string("raw"))
        #expect(statement?["SourcePolicyType"] == .string("role"))
        #expect(statement?["StartPosition"]?["Line"] == .integer(1))
        #expect(result?["ResourceSpecificResults"]?.listValue?.first?["EvalResourceDecision"] == .string("allowed"))
    }

    @Test func anExplicitDenyWins() throws {
        let result = try simulate("s3:GetObject", "arn:aws:s3:::raw/secret/k.csv")
        #expect(result?["EvalDecision"] == .string("explicitDeny"))
        #expect(result?["MatchedStatements"]?.listValue?.map { $0["SourcePolicyId"] } == [.string("no-secrets")])
    }

    @Test func nothingAllowingIsAnImplicitDeny() throws {
        let result = try simulate("s3:PutObject", "arn:aws:s3:::raw/a.csv")
        #expect(result?["EvalDecision"] == .string("implicitDeny"))
        #expect(result?["MatchedStatements"] == .list([]))
    }

    @Test func conditionKeysComeFromContextEntriesAndMissingOnesAreReported() throws {
        aws.aws("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "office", "--policy-document", IAMFixtures.fromOffice)
        let missing = try simulate("s3:ListBucket", "arn:aws:s3:::raw")
        #expect(missing?["EvalDecision"] == .string("implicitDeny"))
        #expect(missing?["MissingContextValues"] == .list([.string("aws:SourceIp")]))
        let inside = try simulate("s3:ListBucket", "arn:aws:s3:::raw", "--context-entries",
                                  "ContextKeyName=aws:SourceIp,ContextKeyValues=203.0.113.9,ContextKeyType=ip")
        #expect(inside?["EvalDecision"] == .string("allowed"))
    }

    @Test func withoutResourcesEachActionIsSimulatedOnStar() throws {
        let output = try aws.json("iam", "simulate-principal-policy", "--policy-source-arn", "arn:aws:iam::123456789012:user/learner",
                                  "--action-names", "redshift:CreateCluster", "iam:CreateRole")
        let results = output["EvaluationResults"]?.listValue ?? []
        #expect(results.map { $0["EvalResourceName"] } == [.string("*"), .string("*")])
        #expect(results.map { $0["EvalDecision"] } == [.string("allowed"), .string("allowed")])
        #expect(results.first?["ResourceSpecificResults"] == nil)
        #expect(results.first?["MatchedStatements"]?.listValue?.first?["SourcePolicyId"] == .string("AdministratorAccess"))
    }

    @Test func anUnknownSourceIsNoSuchEntity() {
        #expect(aws.error("iam", "simulate-principal-policy", "--policy-source-arn", "arn:aws:iam::123456789012:role/ghost",
                          "--action-names", "s3:GetObject")
            == "An error occurred (NoSuchEntity) when calling the SimulatePrincipalPolicy operation: The role with name ghost cannot be found.")
    }
}
