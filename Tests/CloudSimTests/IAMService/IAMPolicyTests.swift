import Foundation
import Testing
@testable import CloudSim

@Suite("IAM inline and managed policies")
struct IAMPolicyTests {
    let aws: SimulatedAWS
    static let s3ReadOnly = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"

    init() throws {
        aws = try SimulatedAWS()
        aws.aws("iam", "create-role", "--role-name", "loader", "--assume-role-policy-document", IAMFixtures.redshiftTrust)
    }

    @Test func inlinePoliciesArePutReadListedAndDeleted() throws {
        _ = try aws.json("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "raw", "--policy-document", IAMFixtures.readRaw)
        let policy = try aws.json("iam", "get-role-policy", "--role-name", "loader", "--policy-name", "raw")
        #expect(policy.members?.map(\.name) == ["RoleName", "PolicyName", "PolicyDocument"])
        #expect(policy["PolicyDocument"] == (try JSONReader.parse(IAMFixtures.readRaw)))
        #expect(try aws.json("iam", "list-role-policies", "--role-name", "loader")["PolicyNames"] == .list([.string("raw")]))
        _ = try aws.json("iam", "delete-role-policy", "--role-name", "loader", "--policy-name", "raw")
        #expect(aws.error("iam", "get-role-policy", "--role-name", "loader", "--policy-name", "raw")
            == "An error occurred (NoSuchEntity) when calling the GetRolePolicy operation: The role policy with name raw cannot be found.")
    }

    @Test func anIdentityPolicyWithoutResourceIsMalformed() {
        #expect(aws.error("iam", "put-role-policy", "--role-name", "loader", "--policy-name", "p", "--policy-document",
                          #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*"}]}"#)
            == "An error occurred (MalformedPolicyDocument) when calling the PutRolePolicy operation: Policy statement must contain resources.")
    }

    @Test func inlinePoliciesOfAMissingRoleAreNoSuchEntity() {
        #expect(aws.error("iam", "put-role-policy", "--role-name", "ghost", "--policy-name", "p", "--policy-document", IAMFixtures.readRaw)
            == "An error occurred (NoSuchEntity) when calling the PutRolePolicy operation: The role with name ghost cannot be found.")
    }

    @Test func customerManagedPoliciesStartAtVersionOne() throws {
        let created = try aws.json("iam", "create-policy", "--policy-name", "raw-read", "--policy-document", IAMFixtures.readRaw,
                                   "--description", "reads raw")["Policy"]
        #expect(created?["Arn"] == .string("arn:aws:iam::123456789012:policy/raw-read"))
        #expect(created?["DefaultVersionId"] == .string("v1"))
        #expect(created?["PolicyId"]?.stringValue?.hasPrefix("ANPA") == true)
        let arn = "arn:aws:iam::123456789012:policy/raw-read"
        let fetched = try aws.json("iam", "get-policy", "--policy-arn", arn)["Policy"]
        #expect(fetched?["Description"] == .string("reads raw"))
        let version = try aws.json("iam", "get-policy-version", "--policy-arn", arn, "--version-id", "v1")["PolicyVersion"]
        #expect(version?["Document"] == (try JSONReader.parse(IAMFixtures.readRaw)))
        #expect(version?["IsDefaultVersion"] == .bool(true))
        #expect(aws.error("iam", "create-policy", "--policy-name", "raw-read", "--policy-document", IAMFixtures.readRaw)
            == "An error occurred (EntityAlreadyExists) when calling the CreatePolicy operation: A policy called raw-read already exists. Duplicate names are not allowed.")
        #expect(aws.error("iam", "get-policy", "--policy-arn", "arn:aws:iam::123456789012:policy/nope")
            == "An error occurred (NoSuchEntity) when calling the GetPolicy operation: Policy arn:aws:iam::123456789012:policy/nope was not found.")
    }

    @Test func listPoliciesFiltersByScopeAndAttachment() throws {
        aws.aws("iam", "create-policy", "--policy-name", "raw-read", "--policy-document", IAMFixtures.readRaw)
        let local = try aws.json("iam", "list-policies", "--scope", "Local")["Policies"]?.listValue ?? []
        #expect(local.map { $0["PolicyName"] } == [.string("raw-read")])
        let all = try aws.json("iam", "list-policies")["Policies"]?.listValue ?? []
        #expect(all.count == ManagedPolicyCatalog.all.count + 1)
        aws.aws("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", Self.s3ReadOnly)
        let attached = try aws.json("iam", "list-policies", "--only-attached")["Policies"]?.listValue ?? []
        #expect(attached.map { $0["Arn"] } == [.string(Self.s3ReadOnly)])
        #expect(attached.first?["AttachmentCount"] == .integer(1))
    }

    @Test func attachingCustomerAndAWSManagedPolicies() throws {
        aws.aws("iam", "create-policy", "--policy-name", "raw-read", "--policy-document", IAMFixtures.readRaw)
        _ = try aws.json("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", Self.s3ReadOnly)
        _ = try aws.json("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", "arn:aws:iam::123456789012:policy/raw-read")
        let attached = try aws.json("iam", "list-attached-role-policies", "--role-name", "loader")["AttachedPolicies"]
        #expect(attached == .list([
            .object(["PolicyName": .string("AmazonS3ReadOnlyAccess"), "PolicyArn": .string(Self.s3ReadOnly)]),
            .object(["PolicyName": .string("raw-read"), "PolicyArn": .string("arn:aws:iam::123456789012:policy/raw-read")]),
        ]))
    }

    @Test func anUnknownAWSManagedPolicyCannotBeAttachedOrDetached() {
        #expect(aws.error("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", "arn:aws:iam::aws:policy/Nope")
            == "An error occurred (NoSuchEntity) when calling the AttachRolePolicy operation: Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.")
        #expect(aws.error("iam", "detach-role-policy", "--role-name", "loader", "--policy-arn", Self.s3ReadOnly)
            == "An error occurred (NoSuchEntity) when calling the DetachRolePolicy operation: Policy \(Self.s3ReadOnly) was not found.")
    }

    @Test func theEleventhManagedPolicyExceedsTheQuota() throws {
        for index in 1...10 {
            aws.aws("iam", "create-policy", "--policy-name", "p\(index)", "--policy-document", IAMFixtures.readRaw)
            _ = try aws.json("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", "arn:aws:iam::123456789012:policy/p\(index)")
        }
        #expect(aws.error("iam", "attach-role-policy", "--role-name", "loader", "--policy-arn", Self.s3ReadOnly)
            == "An error occurred (LimitExceeded) when calling the AttachRolePolicy operation: Cannot exceed quota for PoliciesPerRole: 10")
    }
}
