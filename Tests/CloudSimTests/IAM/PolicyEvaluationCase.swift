import Testing
@testable import CloudSim

/// One row of the evaluator table: policies, a request, and the decision AWS's documented logic
/// gives for it.
struct PolicyEvaluationCase: CustomTestStringConvertible, Sendable {
    var name: String
    var identity: [String] = []
    var resourcePolicy: String?
    var boundary: String?
    var session: [String]?
    var principal: RequestPrincipal = PolicyFixtures.alice
    var action: String
    var resource: String
    var context: [String: [String]] = [:]
    var expected: EvalDecision
    /// Sids of the statements the result must report, in order, when given.
    var matchedSids: [String]?
    var reason: DecisionReason?

    var testDescription: String { name }

    func policySet() throws -> PolicySet {
        PolicySet(
            identityPolicies: try identity.enumerated().map { index, json in
                try PolicyFixtures.sourced(json, id: "identity-\(index)", kind: .identity, type: .user)
            },
            resourcePolicy: try resourcePolicy.map {
                try PolicyFixtures.sourced($0, id: "bucket-policy", kind: .resource, type: .resource)
            },
            permissionsBoundary: try boundary.map {
                try PolicyFixtures.sourced($0, id: "boundary", kind: .identity, type: .userManaged)
            },
            sessionPolicies: try session?.enumerated().map { index, json in
                try PolicyFixtures.sourced(json, id: "session-\(index)", kind: .identity, type: .none)
            })
    }

    var request: AccessRequest {
        AccessRequest(principal: principal, action: action, resource: resource, context: RequestContext(context))
    }
}
