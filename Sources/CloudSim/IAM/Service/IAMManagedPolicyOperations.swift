/// Customer managed policies: create-policy, get-policy, get-policy-version, list-policies.
/// get-policy and get-policy-version also answer for the AWS managed policies in the catalog.
enum IAMManagedPolicyOperations {
    @Sendable static func createPolicy(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("PolicyName")
        let path = request["Path"]?.stringValue ?? "/"
        try IAMNames.validate(name, member: "policyName", maxLength: 128)
        try IAMNames.validatePath(path)
        let document = try IAMPolicyText.validated(request.string("PolicyDocument"), kind: .identity)
        if try IAMManagedPolicy.find(name: name, request.world.db) != nil {
            throw IAMErrors.alreadyExists("A policy called \(name) already exists. Duplicate names are not allowed.")
        }
        let policy = try IAMManagedPolicy.create(name: name, path: path, description: request["Description"]?.stringValue,
                                                 document: document, account: request.world.account,
                                                 at: request.world.now, request.world.db)
        return OperationResult(.object(["Policy": policy.value(attachmentCount: 0, includeDescription: false)]))
    }

    @Sendable static func getPolicy(_ request: OperationRequest) throws -> OperationResult {
        let arn = request.string("PolicyArn")
        if let managed = ManagedPolicyCatalog.policy(arn: arn) {
            let count = try IAMAttachment.count(of: arn, request.world.db)
            return OperationResult(.object(["Policy": managed.policyValue(attachmentCount: count)]))
        }
        let policy = try existing(arn, request)
        let count = try IAMAttachment.count(of: arn, request.world.db)
        return OperationResult(.object(["Policy": policy.value(attachmentCount: count, includeDescription: true)]))
    }

    @Sendable static func getPolicyVersion(_ request: OperationRequest) throws -> OperationResult {
        let arn = request.string("PolicyArn")
        let versionID = request.string("VersionId")
        let notFound = IAMErrors.noSuchEntity("Policy \(arn) version \(versionID) does not exist or is not attachable.")
        let document: String
        var created: AWSValue?
        if let managed = ManagedPolicyCatalog.policy(arn: arn) {
            guard versionID == managed.defaultVersionID else { throw notFound }
            document = managed.documentText
        } else {
            let policy = try existing(arn, request)
            guard let version = try policy.version(versionID, request.world.db) else { throw notFound }
            document = version.document
            created = .string(WorldTime.iso8601(version.created))
        }
        return OperationResult(.object(["PolicyVersion": .object([
            "Document": IAMPolicyText.value(document),
            "VersionId": .string(versionID),
            "IsDefaultVersion": .bool(true),
            "CreateDate": created,
        ])]))
    }

    /// `--scope Local` lists the account's policies, `AWS` the AWS managed ones, `All` (the
    /// default) both; `--only-attached` keeps attached ones.
    @Sendable static func listPolicies(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let scope = request["Scope"]?.stringValue ?? "All"
        guard ["All", "AWS", "Local"].contains(scope) else {
            throw IAMErrors.validation(value: scope, member: "scope",
                                       constraint: "Member must satisfy enum value set: [All, AWS, Local]")
        }
        let onlyAttached = request["OnlyAttached"]?.boolValue ?? false
        let prefix = request["PathPrefix"]?.stringValue ?? "/"
        var entries: [(arn: String, value: AWSValue)] = []
        if scope != "Local" {
            for managed in ManagedPolicyCatalog.all {
                entries.append((managed.arn, managed.policyValue(attachmentCount: try IAMAttachment.count(of: managed.arn, db))))
            }
        }
        if scope != "AWS" {
            for policy in try IAMManagedPolicy.all(db) {
                entries.append((policy.arn, policy.value(attachmentCount: try IAMAttachment.count(of: policy.arn, db),
                                                         includeDescription: false)))
            }
        }
        entries = entries.filter { entry in
            (!onlyAttached || (entry.value["AttachmentCount"]?.integerValue ?? 0) > 0)
                && (entry.value["Path"]?.stringValue ?? "/").hasPrefix(prefix)
        }.sorted { $0.arn < $1.arn }
        return OperationResult(.object(try IAMPaging.page(entries, key: \.arn, resultKey: "Policies", request: request) { $0.value }))
    }

    private static func existing(_ arn: String, _ request: OperationRequest) throws -> IAMManagedPolicy {
        guard let policy = try IAMManagedPolicy.find(arn: arn, request.world.db) else { throw IAMErrors.noSuchPolicy(arn) }
        return policy
    }
}
