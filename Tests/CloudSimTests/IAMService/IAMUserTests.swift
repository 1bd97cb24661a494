import Foundation
import Testing
@testable import CloudSim

@Suite("IAM users")
struct IAMUserTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
    }

    @Test func theLearnerExistsAsAnAdministratorFromTheStart() throws {
        let user = try aws.json("iam", "get-user")["User"]
        #expect(user == .object([
            "Path": .string("/"), "UserName": .string("learner"), "UserId": .string("AIDAQLEARNER7EXAMPLE"),
            "Arn": .string("arn:aws:iam::123456789012:user/learner"), "CreateDate": .string("2026-01-01T00:00:00Z"),
        ]))
        #expect(try aws.json("iam", "list-user-policies", "--user-name", "learner")["PolicyNames"]
            == .list([.string("AdministratorAccess")]))
    }

    @Test func aDeletedAdministratorPolicyStaysDeletedWhenTheWorldReopens() throws {
        aws.aws("iam", "delete-user-policy", "--user-name", "learner", "--policy-name", "AdministratorAccess")
        let reopened = AWSCLI(world: try World(directory: aws.directory, clock: aws.clock))
        #expect(reopened.run(["iam", "list-user-policies", "--user-name", "learner"]).stdout.contains("\"PolicyNames\": []"))
    }

    @Test func usersAreCreatedListedAndRefusedTwice() throws {
        aws.clock.advance(by: 60)
        let user = try aws.json("iam", "create-user", "--user-name", "analyst")["User"]
        #expect(user?["UserId"]?.stringValue?.hasPrefix("AIDA") == true)
        #expect(user?["CreateDate"] == .string("2026-01-01T00:01:00Z"))
        #expect(aws.error("iam", "create-user", "--user-name", "analyst")
            == "An error occurred (EntityAlreadyExists) when calling the CreateUser operation: User with name analyst already exists.")
        let names = try aws.json("iam", "list-users")["Users"]?.listValue?.map { $0["UserName"] }
        #expect(names == [.string("analyst"), .string("learner")])
        #expect(aws.error("iam", "get-user", "--user-name", "ghost")
            == "An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name ghost cannot be found.")
    }

    @Test func userPoliciesAreAttachedAndPut() throws {
        _ = try aws.json("iam", "attach-user-policy", "--user-name", "learner", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
        _ = try aws.json("iam", "put-user-policy", "--user-name", "learner", "--policy-name", "raw", "--policy-document", IAMFixtures.readRaw)
        #expect(try aws.json("iam", "list-attached-user-policies", "--user-name", "learner")["AttachedPolicies"]?.listValue?.count == 1)
        #expect(try aws.json("iam", "get-user-policy", "--user-name", "learner", "--policy-name", "raw")["UserName"] == .string("learner"))
    }
}
