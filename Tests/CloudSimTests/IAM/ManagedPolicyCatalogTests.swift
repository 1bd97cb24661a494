import Testing
@testable import CloudSim

@Suite("AWS managed policies")
struct ManagedPolicyCatalogTests {
    @Test("every catalog policy parses as an identity policy", arguments: ManagedPolicyCatalog.all.map(\.arn))
    func parses(arn: String) throws {
        let policy = try #require(ManagedPolicyCatalog.policy(arn: arn))
        let document = try PolicyDocument(json: policy.documentText, kind: .identity)
        #expect(document.version == .v2012_10_17)
        #expect(arn.hasPrefix("arn:aws:iam::aws:policy/"))
        #expect(arn.hasSuffix("/" + policy.name))
        #expect(policy.sourcedPolicy?.sourceType == .awsManaged)
    }

    @Test func amazonS3ReadOnlyAccessIsTheV3Document() throws {
        let policy = try #require(ManagedPolicyCatalog.policy(arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"))
        #expect(policy.defaultVersionID == "v3")
        let statement = try #require(policy.document?.statements.first)
        #expect(statement.action == .only(["s3:Get*", "s3:List*", "s3:Describe*", "s3-object-lambda:Get*", "s3-object-lambda:List*"]))
        #expect(statement.resource == .only(["*"]))
    }

    @Test(arguments: [
        ("s3:GetObject", EvalDecision.allowed), ("s3:ListBucket", .allowed), ("s3:ListAllMyBuckets", .allowed),
        ("s3:PutObject", .implicitDeny), ("s3:DeleteObject", .implicitDeny), ("redshift:DescribeClusters", .implicitDeny),
    ])
    func amazonS3ReadOnlyAccessReadsButNeverWrites(action: String, expected: EvalDecision) throws {
        let policy = try #require(ManagedPolicyCatalog.policy(arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")?.sourcedPolicy)
        let request = AccessRequest(principal: PolicyFixtures.loaderSession, action: action, resource: "arn:aws:s3:::raw/a.csv")
        #expect(PolicyEvaluator.evaluate(request, policies: PolicySet(identityPolicies: [policy])).evalDecision == expected)
    }

    @Test func unknownARNsAreNotInTheCatalog() {
        #expect(ManagedPolicyCatalog.policy(arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnly") == nil)
        #expect(ManagedPolicyCatalog.policy(arn: "arn:aws:iam::111122223333:policy/AmazonS3ReadOnlyAccess") == nil)
    }
}
