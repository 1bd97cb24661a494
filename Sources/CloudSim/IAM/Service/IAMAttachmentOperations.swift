/// attach/detach/list of managed policies, in one form for roles and users.
enum IAMAttachmentOperations {
    static func attach(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let principal = try IAMPrincipalRef.existing(kind, request)
            let policy = try AttachablePolicy.existing(arn: request.string("PolicyArn"), request.world.db)
            try IAMAttachment.attach(policy.arn, to: principal, request.world.db)
            return .empty
        }
    }

    static func detach(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let principal = try IAMPrincipalRef.existing(kind, request)
            try IAMAttachment.detach(request.string("PolicyArn"), from: principal, request.world.db)
            return .empty
        }
    }

    static func list(_ kind: IAMPrincipalRef.Kind) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let principal = try IAMPrincipalRef.existing(kind, request)
            let prefix = request["PathPrefix"]?.stringValue ?? "/"
            let policies = try IAMAttachment.policyARNs(of: principal, request.world.db)
                .map { try AttachablePolicy.existing(arn: $0, request.world.db) }
                .filter { $0.path.hasPrefix(prefix) }
            return OperationResult(.object(try IAMPaging.page(policies, key: \.arn, resultKey: "AttachedPolicies",
                                                               request: request) { policy in
                .object(["PolicyName": .string(policy.name), "PolicyArn": .string(policy.arn)])
            }))
        }
    }
}
