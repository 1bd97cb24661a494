import Testing
@testable import CloudSim

@Suite("Least-privilege grading")
struct LeastPrivilegeCheckTests {
    /// What lab 03 asks of the Redshift COPY role: read the raw bucket, nothing more.
    static let mustAllow = [
        PermissionExpectation("s3:ListBucket", on: "arn:aws:s3:::raw"),
        PermissionExpectation("s3:GetObject", on: "arn:aws:s3:::raw/sales/2026/part-0.csv"),
    ]
    static let mustDeny = [
        PermissionExpectation("s3:PutObject", on: "arn:aws:s3:::raw/sales/2026/part-0.csv"),
        PermissionExpectation("s3:GetObject", on: "arn:aws:s3:::archive/old.csv"),
    ]

    static func run(_ policies: [SourcedPolicy]) -> LeastPrivilegeReport {
        LeastPrivilegeCheck.run(
            principal: PolicyFixtures.loaderSession, policies: PolicySet(identityPolicies: policies),
            mustAllow: mustAllow, mustDeny: mustDeny)
    }

    static func identity(_ statements: String...) throws -> SourcedPolicy {
        try PolicyFixtures.sourced(PolicyFixtures.document(statements), id: "copy-role-policy", kind: .identity, type: .role)
    }

    @Test func aLeastPrivilegePolicyPasses() throws {
        let report = Self.run([try Self.identity(
            PolicyEvaluationCases.allow("s3:ListBucket", "arn:aws:s3:::raw", sid: "List"),
            PolicyEvaluationCases.allow("s3:GetObject", "arn:aws:s3:::raw/*", sid: "Read"))])
        #expect(report.passed)
        #expect(report.failures.isEmpty)
        #expect(report.checkedCount == 4)
    }

    @Test func aBroadManagedPolicyFailsTheDenyExpectationsWithTheGrantingStatement() throws {
        let readOnly = try #require(ManagedPolicyCatalog.policy(arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")?.sourcedPolicy)
        let report = Self.run([readOnly])
        #expect(!report.passed)
        #expect(report.failures.map(\.expectation) == [Self.mustDeny[1]])
        let failure = try #require(report.failures.first)
        #expect(!failure.expectedAllowed)
        #expect(failure.result.evalDecision == .allowed)
        #expect(failure.description == """
            expected s3:GetObject on arn:aws:s3:::archive/old.csv to be denied, but allowed: s3:GetObject on \
            arn:aws:s3:::archive/old.csv is allowed by Statement[0] of policy "AmazonS3ReadOnlyAccess".
            """)
    }

    @Test func grantingObjectReadOnTheBucketARNFailsTheAllowExpectation() throws {
        let report = Self.run([try Self.identity(
            #"{"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"], "Resource": "arn:aws:s3:::raw"}"#)])
        #expect(report.failures.map(\.expectation) == [Self.mustAllow[1]])
        #expect(report.failures.first?.result.reason == .noStatementAllows)
        #expect(report.failures.first?.description.hasPrefix(
            "expected s3:GetObject on arn:aws:s3:::raw/sales/2026/part-0.csv to be allowed, but implicitDeny:") == true)
    }

    @Test func requiredFailuresComeBeforeForbiddenOnes() throws {
        let report = Self.run([try Self.identity(PolicyEvaluationCases.allow("s3:PutObject", "*"))])
        #expect(report.failures.map(\.expectation) == Self.mustAllow + [Self.mustDeny[0]])
        #expect(report.failures.map(\.expectedAllowed) == [true, true, false])
    }
}
