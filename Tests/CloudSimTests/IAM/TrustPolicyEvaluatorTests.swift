import Testing
@testable import CloudSim

@Suite("Trust policies and AssumeRole")
struct TrustPolicyEvaluatorTests {
    static let roleARN = "arn:aws:iam::111122223333:role/RedshiftCopyRole"

    static func trust(_ statements: String...) throws -> SourcedPolicy {
        try PolicyFixtures.sourced(
            PolicyFixtures.document(statements), id: "RedshiftCopyRole-trust", kind: .trust, type: .role)
    }

    /// The console's "Redshift - Customizable" trust policy (reference §6.4).
    static let redshiftTrust = #"{"Sid": "RedshiftService", "Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}"#

    @Test func theTrustedServiceMayAssumeTheRole() throws {
        let result = TrustPolicyEvaluator.evaluate(
            caller: .service("redshift.amazonaws.com"), roleARN: Self.roleARN, trustPolicy: try Self.trust(Self.redshiftTrust))
        #expect(result.evalDecision == .allowed)
        #expect(result.matchedStatements.map(\.sid) == ["RedshiftService"])
        #expect(result.evalActionName == "sts:AssumeRole")
        #expect(result.evalResourceName == Self.roleARN)
    }

    @Test func anotherServiceMayNot() throws {
        let result = TrustPolicyEvaluator.evaluate(
            caller: .service("glue.amazonaws.com"), roleARN: Self.roleARN, trustPolicy: try Self.trust(Self.redshiftTrust))
        #expect(result.evalDecision == .implicitDeny)
        #expect(result.reason == .noStatementAllows)
    }

    @Test func anIAMUserIsNotTrustedByAServiceTrustPolicyWhateverItsOwnPolicies() throws {
        let callerPolicies = PolicySet(identityPolicies: [
            try PolicyFixtures.sourced(
                PolicyEvaluationCases.doc(PolicyEvaluationCases.allow("sts:AssumeRole", "*")), id: "assume-anything",
                kind: .identity, type: .user),
        ])
        let result = TrustPolicyEvaluator.evaluate(
            caller: PolicyFixtures.alice, roleARN: Self.roleARN, trustPolicy: try Self.trust(Self.redshiftTrust),
            callerPolicies: callerPolicies)
        #expect(result.evalDecision == .implicitDeny)
    }

    static let externalIdTrust = #"{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": ["arn:aws:redshift:us-west-2:111122223333:dbuser:my-cluster/user1"]}}}"#

    @Test(arguments: [
        (["arn:aws:redshift:us-west-2:111122223333:dbuser:my-cluster/user1"], EvalDecision.allowed),
        (["arn:aws:redshift:us-west-2:111122223333:dbuser:my-cluster/user2"], .implicitDeny),
        ([], .implicitDeny),
    ])
    func externalIdMustMatch(externalId: [String], expected: EvalDecision) throws {
        var context = RequestContext()
        if !externalId.isEmpty { context["sts:ExternalId"] = externalId }
        let result = TrustPolicyEvaluator.evaluate(
            caller: .service("redshift.amazonaws.com"), roleARN: Self.roleARN,
            trustPolicy: try Self.trust(Self.externalIdTrust), context: context)
        #expect(result.evalDecision == expected)
        #expect(result.missingContextValues == (externalId.isEmpty ? ["sts:ExternalId"] : []))
    }

    static let confusedDeputyTrust = #"{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}, "ArnLike": {"aws:SourceArn": "arn:aws:redshift:*:111122223333:dbuser:analytics/*"}}}"#

    @Test(arguments: [
        ("111122223333", "arn:aws:redshift:us-east-1:111122223333:dbuser:analytics/awsuser", EvalDecision.allowed),
        ("444455556666", "arn:aws:redshift:us-east-1:444455556666:dbuser:analytics/awsuser", .implicitDeny),
        ("111122223333", "arn:aws:redshift:us-east-1:111122223333:dbuser:other/awsuser", .implicitDeny),
    ])
    func sourceAccountAndSourceArnGuardAgainstConfusedDeputies(account: String, sourceARN: String, expected: EvalDecision) throws {
        let context = RequestContext(["aws:SourceAccount": [account], "aws:SourceArn": [sourceARN]])
        let result = TrustPolicyEvaluator.evaluate(
            caller: .service("redshift.amazonaws.com"), roleARN: Self.roleARN,
            trustPolicy: try Self.trust(Self.confusedDeputyTrust), context: context)
        #expect(result.evalDecision == expected)
    }

    @Test func aUserNamedInTheTrustPolicyNeedsNoIdentityPolicy() throws {
        let trust = try Self.trust(#"{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "sts:AssumeRole"}"#)
        #expect(TrustPolicyEvaluator.evaluate(caller: PolicyFixtures.alice, roleARN: Self.roleARN, trustPolicy: trust).evalDecision == .allowed)
        #expect(TrustPolicyEvaluator.evaluate(caller: PolicyFixtures.bob, roleARN: Self.roleARN, trustPolicy: trust).evalDecision == .implicitDeny)
    }

    @Test func trustingTheAccountDelegatesToTheCallersIdentityPolicies() throws {
        let trust = try Self.trust(#"{"Sid": "Account", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}"#)
        let without = TrustPolicyEvaluator.evaluate(caller: PolicyFixtures.alice, roleARN: Self.roleARN, trustPolicy: trust)
        #expect(without.evalDecision == .implicitDeny)
        #expect(without.reason == .accountDelegationWithoutIdentityAllow)

        let callerPolicies = PolicySet(identityPolicies: [
            try PolicyFixtures.sourced(
                PolicyEvaluationCases.doc(PolicyEvaluationCases.allow("sts:AssumeRole", Self.roleARN, sid: "AssumeCopyRole")),
                id: "assume-copy-role", kind: .identity, type: .user),
        ])
        let with = TrustPolicyEvaluator.evaluate(
            caller: PolicyFixtures.alice, roleARN: Self.roleARN, trustPolicy: trust, callerPolicies: callerPolicies)
        #expect(with.evalDecision == .allowed)
        #expect(with.matchedStatements.map(\.sid) == ["Account", "AssumeCopyRole"])
    }

    @Test func anIdentityDenyOverridesTheTrustPolicy() throws {
        let trust = try Self.trust(#"{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "sts:AssumeRole"}"#)
        let callerPolicies = PolicySet(identityPolicies: [
            try PolicyFixtures.sourced(
                PolicyEvaluationCases.doc(PolicyEvaluationCases.deny("sts:AssumeRole", "*", sid: "NoRoles")),
                id: "no-roles", kind: .identity, type: .user),
        ])
        let result = TrustPolicyEvaluator.evaluate(
            caller: PolicyFixtures.alice, roleARN: Self.roleARN, trustPolicy: trust, callerPolicies: callerPolicies)
        #expect(result.evalDecision == .explicitDeny)
        #expect(result.matchedStatements.map(\.sid) == ["NoRoles"])
    }

    @Test func aDenyInTheTrustPolicyWins() throws {
        let trust = try Self.trust(
            #"{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}"#,
            #"{"Sid": "NotBob", "Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:user/bob"}, "Action": "sts:AssumeRole"}"#)
        let result = TrustPolicyEvaluator.evaluate(caller: PolicyFixtures.bob, roleARN: Self.roleARN, trustPolicy: trust)
        #expect(result.evalDecision == .explicitDeny)
        #expect(result.matchedStatements.map(\.sid) == ["NotBob"])
    }

    @Test func aRoleSessionIsTrustedThroughItsRoleARN() throws {
        let trust = try Self.trust(#"{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/loader"}, "Action": "sts:AssumeRole"}"#)
        let result = TrustPolicyEvaluator.evaluate(caller: PolicyFixtures.loaderSession, roleARN: Self.roleARN, trustPolicy: trust)
        #expect(result.evalDecision == .allowed)
    }

    @Test func webIdentityFederation() throws {
        let trust = try Self.trust(#"{"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}"#)
        let federated = RequestPrincipal.federated("cognito-identity.amazonaws.com")
        #expect(TrustPolicyEvaluator.evaluate(
            caller: federated, roleARN: Self.roleARN, trustPolicy: trust, action: "sts:AssumeRoleWithWebIdentity"
        ).evalDecision == .allowed)
        #expect(TrustPolicyEvaluator.evaluate(caller: federated, roleARN: Self.roleARN, trustPolicy: trust).evalDecision == .implicitDeny)
    }
}
