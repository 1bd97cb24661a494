/// What a crawl or job run may do as its IAM role: Glue must be trusted to assume the role, and
/// the role's policies must allow each S3 request. A refusal is a `GlueRunFailure` whose
/// message ends up in `LastCrawl.ErrorMessage` or the job run's `ErrorMessage`.
struct GlueRoleAccess {
    let roleARN: String
    private let world: WorldTransaction

    /// The ARN of a role given by name or ARN, when the role exists in IAM.
    static func existingRoleARN(_ role: String, _ world: WorldTransaction) throws -> String? {
        if role.hasPrefix("arn:") {
            return try IAMRole.find(arn: role, account: world.account, world.db).map { $0.arn(account: world.account) }
        }
        return try IAMRole.find(role, world.db).map { $0.arn(account: world.account) }
    }

    /// Access as `role`, once the role exists and trusts `glue.amazonaws.com`.
    init(role: String, _ world: WorldTransaction) throws {
        guard let arn = try Self.existingRoleARN(role, world) else {
            throw GlueRunFailure("Service is unable to assume provided role \(role). The role does not exist in IAM.")
        }
        let trust = try IAMAuthorization.mayService("glue.amazonaws.com", assumeRole: arn, in: world)
        guard trust.evalDecision == .allowed else {
            throw GlueRunFailure("Service is unable to assume provided role \(arn). Please verify role's TrustPolicy: \(trust.explanation)")
        }
        roleARN = arn
        self.world = world
    }

    /// Throws S3's access-denied failure unless the role may perform `action` on `resource`.
    func require(_ action: String, on resource: String) throws {
        let result = try IAMAuthorization.doesRole(roleARN, allow: action, on: resource, in: world)
        guard result.evalDecision == .allowed else {
            throw GlueRunFailure("Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied) for \(action) "
                                 + "on \(resource) as \(roleARN): \(result.explanation)")
        }
    }
}

/// Why a crawl or a job run failed, in the words Glue records for it.
struct GlueRunFailure: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
