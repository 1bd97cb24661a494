/// Grades a least-privilege exercise: the principal's policies must allow everything the task
/// needs and nothing the grader lists as out of bounds. Each failure carries the evaluation, so
/// the check can tell a learner which statement grants too much or that nothing grants enough.
public enum LeastPrivilegeCheck {
    public static func run(
        principal: RequestPrincipal, policies: PolicySet,
        mustAllow: [PermissionExpectation], mustDeny: [PermissionExpectation]
    ) -> LeastPrivilegeReport {
        func failure(_ expectation: PermissionExpectation, expectedAllowed: Bool) -> ExpectationFailure? {
            let request = AccessRequest(
                principal: principal, action: expectation.action, resource: expectation.resource,
                context: expectation.context)
            let result = PolicyEvaluator.evaluate(request, policies: policies)
            guard (result.evalDecision == .allowed) != expectedAllowed else { return nil }
            return ExpectationFailure(expectation: expectation, expectedAllowed: expectedAllowed, result: result)
        }
        let failures = mustAllow.compactMap { failure($0, expectedAllowed: true) }
            + mustDeny.compactMap { failure($0, expectedAllowed: false) }
        return LeastPrivilegeReport(failures: failures, checkedCount: mustAllow.count + mustDeny.count)
    }
}
