/// put/get/list/delete of inline policies, in one form for roles and users: the operations
/// differ only in the identity they name (`put-role-policy --role-name`, `put-user-policy --user-name`).
enum IAMInlinePolicyOperations {
    static func put(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let name = request.string("PolicyName")
            try IAMNames.validate(name, member: "policyName", maxLength: 128)
            let principal = try IAMPrincipalRef.existing(kind, request)
            let document = try IAMPolicyText.validated(request.string("PolicyDocument"), kind: .identity)
            try IAMInlinePolicy(principal: principal, name: name, document: document).save(request.world.db)
            return .empty
        }
    }

    static func get(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let principal = try IAMPrincipalRef.existing(kind, request)
            let policy = try IAMInlinePolicy.existing(request.string("PolicyName"), of: principal, request.world.db)
            return OperationResult(.object([
                AWSValue.Member(kind.nameMember, .string(principal.name)),
                AWSValue.Member("PolicyName", .string(policy.name)),
                AWSValue.Member("PolicyDocument", IAMPolicyText.value(policy.document)),
            ]))
        }
    }

    static func list(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let principal = try IAMPrincipalRef.existing(kind, request)
            let names = try IAMInlinePolicy.all(of: principal, request.world.db).map(\.name)
            return OperationResult(.object(try IAMPaging.page(names, key: { $0 }, resultKey: "PolicyNames", request: request) {
                .string($0)
            }))
        }
    }

    static func delete(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let principal = try IAMPrincipalRef.existing(kind, request)
            try IAMInlinePolicy.existing(request.string("PolicyName"), of: principal, request.world.db).delete(request.world.db)
            return .empty
        }
    }
}
