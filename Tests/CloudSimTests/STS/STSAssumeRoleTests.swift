import Foundation
import Testing
@testable import CloudSim

@Suite("sts assume-role")
struct STSAssumeRoleTests {
    let aws: SimulatedAWS
    static let role = "arn:aws:iam::123456789012:role/analyst"

    init() throws {
        aws = try SimulatedAWS()
    }

    @Test func theLearnerAssumesARoleThatTrustsThem() throws {
        aws.aws("iam", "create-role", "--role-name", "analyst", "--assume-role-policy-document", IAMFixtures.learnerTrust)
        let output = try aws.json("sts", "assume-role", "--role-arn", Self.role, "--role-session-name", "s1")
        #expect(output.members?.map(\.name) == ["Credentials", "AssumedRoleUser"])
        #expect(output["Credentials"]?.members?.map(\.name) == ["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"])
        #expect(output["Credentials"]?["AccessKeyId"]?.stringValue?.hasPrefix("ASIA") == true)
        #expect(output["Credentials"]?["Expiration"] == .string("2026-01-01T01:00:00Z"))
        #expect(output["AssumedRoleUser"]?["Arn"] == .string("arn:aws:sts::123456789012:assumed-role/analyst/s1"))
        let roleID = try aws.json("iam", "get-role", "--role-name", "analyst")["Role"]?["RoleId"]?.stringValue ?? ""
        #expect(output["AssumedRoleUser"]?["AssumedRoleId"] == .string("\(roleID):s1"))
    }

    @Test func aServiceRoleCannotBeAssumedByTheLearner() {
        aws.aws("iam", "create-role", "--role-name", "analyst", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        #expect(aws.error("sts", "assume-role", "--role-arn", Self.role, "--role-session-name", "s1")
            == "An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/learner is not authorized to perform: sts:AssumeRole on resource: \(Self.role)")
    }

    @Test func aTrustedLearnerWithoutPermissionIsStillDenied() {
        aws.aws("iam", "create-role", "--role-name", "analyst", "--assume-role-policy-document", IAMFixtures.learnerTrust)
        aws.aws("iam", "put-user-policy", "--user-name", "learner", "--policy-name", "no-assume", "--policy-document",
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "*"}]}"#)
        #expect(aws.error("sts", "assume-role", "--role-arn", Self.role, "--role-session-name", "s1").contains("(AccessDenied)"))
    }

    @Test func aMissingRoleIsAccessDenied() {
        #expect(aws.error("sts", "assume-role", "--role-arn", Self.role, "--role-session-name", "s1").contains("(AccessDenied)"))
    }

    @Test func sessionLongerThanTheRoleAllowsIsRefused() {
        aws.aws("iam", "create-role", "--role-name", "analyst", "--assume-role-policy-document", IAMFixtures.learnerTrust)
        #expect(aws.error("sts", "assume-role", "--role-arn", Self.role, "--role-session-name", "s1", "--duration-seconds", "7200")
            == "An error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
    }
}

@Suite("IAMAuthorization for other services")
struct IAMAuthorizationTests {
    let aws: SimulatedAWS
    static let role = "arn:aws:iam::123456789012:role/loader"

    init() throws {
        aws = try SimulatedAWS()
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
        aws.aws("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "raw", "--policy-document", IAMFixtures.readRaw)
    }

    @Test func redshiftMayAssumeARoleThatTrustsItAndGlueMayNot() throws {
        let redshift = try aws.world.transaction { try IAMAuthorization.mayService("redshift.amazonaws.com", assumeRole: Self.role, in: $0) }
        #expect(redshift.evalDecision == .allowed)
        let glue = try aws.world.transaction { try IAMAuthorization.mayService("glue.amazonaws.com", assumeRole: Self.role, in: $0) }
        #expect(glue.evalDecision == .implicitDeny)
        #expect(glue.explanation.hasPrefix("implicitDeny: "))
    }

    @Test func theRolesPoliciesDecideWhatItMayDo() throws {
        let read = try aws.world.transaction {
            try IAMAuthorization.doesRole(Self.role, allow: "s3:GetObject", on: "arn:aws:s3:::raw/a.csv", in: $0)
        }
        #expect(read.evalDecision == .allowed)
        #expect(read.matchedStatements.map(\.sid) == ["ReadRaw"])
        let other = try aws.world.transaction {
            try IAMAuthorization.doesRole(Self.role, allow: "s3:GetObject", on: "arn:aws:s3:::other/a.csv", in: $0)
        }
        #expect(other.evalDecision == .implicitDeny)
    }

    @Test func anUnknownRoleIsNoSuchEntity() {
        #expect(throws: ServiceError("NoSuchEntity", "The role with name ghost cannot be found.", httpStatus: 404)) {
            try aws.world.transaction {
                try IAMAuthorization.mayService("redshift.amazonaws.com", assumeRole: "arn:aws:iam::123456789012:role/ghost", in: $0)
            }
        }
    }
}
