import Foundation
import Testing
@testable import CloudSim

@Suite("IAM roles")
struct IAMRoleTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
    }

    @Test func createRoleAnswersTheRoleWithTheTrustPolicyAsWritten() throws {
        let role = try aws.json("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)["Role"]
        #expect(role?.members?.map(\.name) == ["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument"])
        #expect(role?["Arn"] == .string("arn:aws:iam::123456789012:role/loader"))
        #expect(role?["CreateDate"] == .string("2026-01-01T00:00:00Z"))
        let id = role?["RoleId"]?.stringValue ?? ""
        #expect(id.hasPrefix("AROA") && id.count == 21)
        #expect(role?["AssumeRolePolicyDocument"] == (try JSONReader.parse(IAMFixtures.redshiftTrust)))
    }

    @Test func aTrustPolicyMayComeFromAFile() throws {
        let file = aws.directory.appendingPathComponent("trust.json")
        try IAMFixtures.redshiftTrust.write(to: file, atomically: true, encoding: .utf8)
        let role = try aws.json("iam", "create-role", "--role-name", "loader", "--path", "/service-role/",
                                "--assume-role-policy-document", "file://" + file.path)["Role"]
        #expect(role?["Arn"] == .string("arn:aws:iam::123456789012:role/service-role/loader"))
    }

    @Test func duplicateAndMissingRolesAreRefusedInIAMsWords() throws {
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        #expect(aws.error("iam", "create-role", "--role-name", "LOADER", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
            == "An error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name LOADER already exists.")
        #expect(aws.error("iam", "get-role", "--role-name", "nope")
            == "An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name nope cannot be found.")
    }

    @Test func aTrustPolicyWithAResourceIsMalformedAndNothingIsCreated() throws {
        let bad = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}]}"#
        let message = aws.error("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", bad)
        #expect(message.hasPrefix("An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: "))
        #expect(try aws.json("iam", "list-roles")["Roles"] == .list([]))
    }

    @Test func anInvalidRoleNameFailsValidation() {
        #expect(aws.error("iam", "create-role", "--role-name", "a b", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
            == #"An error occurred (ValidationError) when calling the CreateRole operation: 1 validation error detected: Value 'a b' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+"#)
    }

    @Test func getAndListRolesShowSessionDurationAndGetShowsLastUse() throws {
        aws.aws("iam", "create-role", "--role-name", "b-role", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        aws.aws("iam", "create-role", "--role-name", "a-role", "--assume-role-policy-document", IAMFixtures.redshiftTrust,
                "--description", "loads")
        let role = try aws.json("iam", "get-role", "--role-name", "a-role")["Role"]
        #expect(role?.members?.map(\.name) == ["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument",
                                               "Description", "MaxSessionDuration", "RoleLastUsed"])
        let roles = try aws.json("iam", "list-roles")["Roles"]?.listValue ?? []
        #expect(roles.map { $0["RoleName"] } == [.string("a-role"), .string("b-role")])
        #expect(roles.last?["MaxSessionDuration"] == .integer(3600))
        #expect(roles.last?["RoleLastUsed"] == nil)
    }

    @Test func listRolesPagesWithMaxItemsAndMarker() throws {
        for name in ["r1", "r2", "r3"] {
            aws.aws("iam", "create-role", "--role-name", name, "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        }
        let first = try aws.json("iam", "list-roles", "--max-items", "2")
        #expect(first["Roles"]?.listValue?.count == 2)
        #expect(first["IsTruncated"] == .bool(true))
        let marker = first["Marker"]?.stringValue ?? ""
        let second = try aws.json("iam", "list-roles", "--marker", marker)
        #expect(second["Roles"]?.listValue?.map { $0["RoleName"] } == [.string("r3")])
        #expect(second["IsTruncated"] == .bool(false))
    }

    @Test func deleteRoleRefusesWhilePoliciesRemain() throws {
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        aws.aws("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
        aws.aws("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "raw", "--policy-document", IAMFixtures.readRaw)
        #expect(aws.error("iam", "delete-role", "--role-name", "loader")
            == "An error occurred (DeleteConflict) when calling the DeleteRole operation: Cannot delete entity, must detach all policies first.")
        aws.aws("iam", "detach-role-policy", "--role-name", "loader", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
        #expect(aws.error("iam", "delete-role", "--role-name", "loader")
            == "An error occurred (DeleteConflict) when calling the DeleteRole operation: Cannot delete entity, must delete policies first.")
        aws.aws("iam", "delete-role-policy", "--role-name", "loader", "--policy-name", "raw")
        #expect(aws.aws("iam", "delete-role", "--role-name", "loader").exitCode == 0)
        #expect(aws.error("iam", "get-role", "--role-name", "loader").contains("NoSuchEntity"))
    }

    @Test func updateAssumeRolePolicyReplacesTheTrustPolicyOnlyWhenValid() throws {
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        #expect(aws.error("iam", "update-assume-role-policy", "--role-name", "loader", "--policy-document", IAMFixtures.readRaw)
            .contains("(MalformedPolicyDocument) when calling the UpdateAssumeRolePolicy operation"))
        _ = try aws.json("iam", "update-assume-role-policy", "--role-name", "loader", "--policy-document", IAMFixtures.learnerTrust)
        let role = try aws.json("iam", "get-role", "--role-name", "loader")["Role"]
        #expect(role?["AssumeRolePolicyDocument"] == (try JSONReader.parse(IAMFixtures.learnerTrust)))
    }
}
