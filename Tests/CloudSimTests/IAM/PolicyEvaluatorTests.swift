import Testing
@testable import CloudSim

@Suite("Policy evaluation")
struct PolicyEvaluatorTests {
    @Test("the documented evaluation logic", arguments: PolicyEvaluationCases.all)
    func evaluates(_ testCase: PolicyEvaluationCase) throws {
        let result = PolicyEvaluator.evaluate(testCase.request, policies: try testCase.policySet())
        #expect(result.evalDecision == testCase.expected, "\(result.explanation)")
        if let sids = testCase.matchedSids {
            #expect(result.matchedStatements.map { $0.sid ?? "" } == sids)
        }
        if let reason = testCase.reason {
            #expect(result.reason == reason)
        }
    }

    @Test func theTableIsLargeEnoughToCoverTheDocumentedRules() {
        #expect(PolicyEvaluationCases.all.count >= 60)
        #expect(Set(PolicyEvaluationCases.all.map(\.name)).count == PolicyEvaluationCases.all.count)
    }

    @Test func explanationNamesTheDecidingStatementAndPolicy() throws {
        let json = PolicyEvaluationCases.doc(PolicyEvaluationCases.deny("s3:DeleteObject", "*", sid: "NoDeletes"))
        let policies = PolicySet(identityPolicies: [
            try PolicyFixtures.sourced(json, id: "guardrail", kind: .identity, type: .userManaged),
        ])
        let request = AccessRequest(
            principal: PolicyFixtures.alice, action: "s3:DeleteObject", resource: PolicyEvaluationCases.rawObject)
        let result = PolicyEvaluator.evaluate(request, policies: policies)
        #expect(result.explanation == """
            explicitDeny: s3:DeleteObject on arn:aws:s3:::raw/2026/sales.csv is denied by statement "NoDeletes" \
            (Statement[0]) of policy "guardrail"; an explicit deny overrides every allow.
            """)
        #expect(result.matchedStatements.first?.sourcePolicyType == .userManaged)
    }

    @Test(arguments: [("s3:GetObject", true), ("s3:PutObject", false), ("s3:DeleteObject", false)])
    func theBoundaryDecisionIsReportedAsSimulatePrincipalPolicyDoes(action: String, allowedByBoundary: Bool) throws {
        let boundary = PolicyEvaluationCases.doc(
            PolicyEvaluationCases.allow("s3:GetObject", "*"), PolicyEvaluationCases.allow("s3:DeleteObject", "*", sid: "Delete"),
            PolicyEvaluationCases.deny("s3:DeleteObject", "*"))
        let policies = PolicySet(
            identityPolicies: [try PolicyFixtures.sourced(
                PolicyEvaluationCases.doc(PolicyEvaluationCases.allow("s3:*", "*")), id: "p", kind: .identity, type: .user)],
            permissionsBoundary: try PolicyFixtures.sourced(boundary, id: "b", kind: .identity, type: .userManaged))
        let request = AccessRequest(principal: PolicyFixtures.alice, action: action, resource: "arn:aws:s3:::b/k")
        #expect(PolicyEvaluator.evaluate(request, policies: policies).allowedByPermissionsBoundary == allowedByBoundary)
        #expect(PolicyEvaluator.evaluate(request, policies: PolicySet()).allowedByPermissionsBoundary == nil)
    }

    @Test func implicitDenyExplainsTheDefaultAndListsMissingKeys() throws {
        let json = PolicyEvaluationCases.allowIf(#"{"StringEquals": {"sts:ExternalId": "lab"}}"#)
        let policies = PolicySet(identityPolicies: [try PolicyFixtures.sourced(json, id: "p", kind: .identity, type: .user)])
        let request = AccessRequest(principal: PolicyFixtures.alice, action: "s3:GetObject", resource: "arn:aws:s3:::b/k")
        let result = PolicyEvaluator.evaluate(request, policies: policies)
        #expect(result.evalDecision == .implicitDeny)
        #expect(result.missingContextValues == ["sts:ExternalId"])
        #expect(result.explanation.hasPrefix("implicitDeny: no statement in the applicable policies allows s3:GetObject"))
        #expect(result.explanation.hasSuffix("The request lacks condition keys the policies test: sts:ExternalId."))
    }
}
