/// The questions other parts of the simulator ask IAM about roles: whether a service (Redshift
/// loading with `COPY ... IAM_ROLE`) may assume a role, what the role's policies allow, and
/// whether the learner may assume a role (`sts assume-role`). Each answer is the evaluator's
/// result, whose `explanation` says why in words a learner can act on.
public enum IAMAuthorization {
    /// May service principal `service` (e.g. `redshift.amazonaws.com`) assume the role `roleARN`?
    /// Decided by the role's trust policy alone; throws IAM's `NoSuchEntity` for an unknown role.
    public static func mayService(_ service: String, assumeRole roleARN: String,
                                  in world: WorldTransaction) throws -> EvaluationResult {
        let role = try existingRole(arn: roleARN, world)
        return TrustPolicyEvaluator.evaluate(caller: .service(service), roleARN: roleARN,
                                             trustPolicy: try role.sourcedTrustPolicy(),
                                             context: RequestContext().addingRequestTime(world.now))
    }

    /// Do the role's inline and attached policies allow `action` on `resource` for a session of
    /// that role? Throws IAM's `NoSuchEntity` for an unknown role.
    public static func doesRole(_ roleARN: String, allow action: String, on resource: String,
                                context: RequestContext = RequestContext(),
                                in world: WorldTransaction) throws -> EvaluationResult {
        let role = try existingRole(arn: roleARN, world)
        let request = AccessRequest(principal: .iam(arn: roleARN), action: action, resource: resource,
                                    context: context.addingRequestTime(world.now))
        return PolicyEvaluator.evaluate(request, policies: PolicySet(identityPolicies: try role.ref.identityPolicies(world.db)))
    }

    /// May the learner's user assume `role`? Both must allow it: the role's trust policy must
    /// trust the user, and the user's own policies must allow `sts:AssumeRole` on the role.
    /// The first of the two results that is not `allowed` is returned, else the trust result.
    static func mayLearnerAssume(_ role: IAMRole, in world: WorldTransaction) throws -> EvaluationResult {
        let user = try IAMUser.existing(world.account.userName, world.db)
        let userARN = user.ref.arn(account: world.account)
        let roleARN = role.arn(account: world.account)
        let userPolicies = PolicySet(identityPolicies: try user.ref.identityPolicies(world.db))
        let context = RequestContext().addingRequestTime(world.now)
        let trust = TrustPolicyEvaluator.evaluate(caller: .iam(arn: userARN), roleARN: roleARN,
                                                  trustPolicy: try role.sourcedTrustPolicy(), context: context,
                                                  callerPolicies: userPolicies)
        guard trust.evalDecision == .allowed else { return trust }
        let own = PolicyEvaluator.evaluate(
            AccessRequest(principal: .iam(arn: userARN), action: "sts:AssumeRole", resource: roleARN, context: context),
            policies: userPolicies)
        return own.evalDecision == .allowed ? trust : own
    }

    private static func existingRole(arn: String, _ world: WorldTransaction) throws -> IAMRole {
        guard let role = try IAMRole.find(arn: arn, account: world.account, world.db) else {
            let name = arn.split(separator: "/").last.map(String.init) ?? arn
            throw IAMErrors.noSuchEntity("The role with name \(name) cannot be found.")
        }
        return role
    }
}
