import Foundation

/// Creating, reading, listing and deleting roles, and replacing their trust policies.
enum IAMRoleOperations {
    @Sendable static func createRole(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("RoleName")
        let path = request["Path"]?.stringValue ?? "/"
        try IAMNames.validate(name, member: "roleName", maxLength: 64)
        try IAMNames.validatePath(path)
        let trust = try IAMPolicyText.validated(request.string("AssumeRolePolicyDocument"), kind: .trust)
        let duration = request["MaxSessionDuration"]?.integerValue ?? 3_600
        if duration < 3_600 || duration > 43_200 {
            let bound = duration < 3_600 ? "greater than or equal to 3600" : "less than or equal to 43200"
            throw IAMErrors.validation(value: String(duration), member: "maxSessionDuration", constraint: "Member must have value \(bound)")
        }
        if try IAMRole.find(name, request.world.db) != nil {
            throw IAMErrors.alreadyExists("Role with name \(name) already exists.")
        }
        let role = IAMRole(name: name, id: IAMUniqueID.make(IAMUniqueID.rolePrefix), path: path, created: request.world.now,
                           trustPolicy: trust, description: request["Description"]?.stringValue, maxSessionDuration: duration)
        try role.save(request.world.db)
        return OperationResult(.object(["Role": role.value(account: request.world.account, detail: .created)]))
    }

    @Sendable static func getRole(_ request: OperationRequest) throws -> OperationResult {
        let role = try IAMRole.existing(request.string("RoleName"), request.world.db)
        return OperationResult(.object(["Role": role.value(account: request.world.account, detail: .full)]))
    }

    @Sendable static func listRoles(_ request: OperationRequest) throws -> OperationResult {
        let prefix = request["PathPrefix"]?.stringValue ?? "/"
        let roles = try IAMRole.all(request.world.db).filter { $0.path.hasPrefix(prefix) }
        return OperationResult(.object(try IAMPaging.page(roles, key: \.name, resultKey: "Roles", request: request) {
            $0.value(account: request.world.account, detail: .listed)
        }))
    }

    /// IAM refuses to delete a role that still has policies, inline or attached.
    @Sendable static func deleteRole(_ request: OperationRequest) throws -> OperationResult {
        let role = try IAMRole.existing(request.string("RoleName"), request.world.db)
        if try !IAMAttachment.policyARNs(of: role.ref, request.world.db).isEmpty {
            throw IAMErrors.deleteConflict("Cannot delete entity, must detach all policies first.")
        }
        if try !IAMInlinePolicy.all(of: role.ref, request.world.db).isEmpty {
            throw IAMErrors.deleteConflict("Cannot delete entity, must delete policies first.")
        }
        try role.delete(request.world.db)
        return .empty
    }

    @Sendable static func updateAssumeRolePolicy(_ request: OperationRequest) throws -> OperationResult {
        var role = try IAMRole.existing(request.string("RoleName"), request.world.db)
        role.trustPolicy = try IAMPolicyText.validated(request.string("PolicyDocument"), kind: .trust)
        try role.save(request.world.db)
        return .empty
    }
}
