import Foundation

/// `aws sts assume-role`: the learner's user becomes a session of a role when the role's trust
/// policy trusts the user and the user's own policies allow `sts:AssumeRole` on it
/// (`IAMAuthorization.mayLearnerAssume`). The temporary credentials are random and unchecked:
/// the simulator acts as the learner whatever credentials a command carries.
enum STSAssumeRole {
    @Sendable static func perform(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let roleARN = request.string("RoleArn")
        let sessionName = request.string("RoleSessionName")
        guard IAMNames.usesNameCharacters(sessionName), sessionName.count <= 64 else {
            throw IAMErrors.validation(value: sessionName, member: "roleSessionName",
                                       constraint: "Member must satisfy regular expression pattern: [\\w+=,.@-]*")
        }
        let denied = ServiceError("AccessDenied", "User: \(world.account.userArn) is not authorized to perform: "
                                  + "sts:AssumeRole on resource: \(roleARN)", httpStatus: 403)
        guard let role = try IAMRole.find(arn: roleARN, account: world.account, world.db),
              try IAMAuthorization.mayLearnerAssume(role, in: world).evalDecision == .allowed else { throw denied }
        let duration = request["DurationSeconds"]?.integerValue ?? 3_600
        guard duration <= role.maxSessionDuration else {
            throw ServiceError("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
        }
        return OperationResult(.object([
            "Credentials": .object([
                "AccessKeyId": .string("ASIA" + random(16, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                "SecretAccessKey": .string(random(40, from: base64Alphabet)),
                "SessionToken": .string(random(356, from: base64Alphabet)),
                "Expiration": .string(WorldTime.iso8601(world.now.addingTimeInterval(TimeInterval(duration)))),
            ]),
            "AssumedRoleUser": .object([
                "AssumedRoleId": .string("\(role.id):\(sessionName)"),
                "Arn": .string("arn:aws:sts::\(world.account.id):assumed-role/\(role.name)/\(sessionName)"),
            ]),
        ]))
    }

    private static let base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    private static func random(_ count: Int, from alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement()! })
    }
}
