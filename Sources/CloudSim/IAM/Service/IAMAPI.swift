/// `aws iam`: roles, users, inline and managed policies and the policy simulator, declared as
/// botocore's `iam/2010-05-08/service-2.json` declares them (the members the labs use).
enum IAMAPI {
    static let service = Service(name: "iam", operations: [
        Operation("CreateRole", input: [
            .optional("Path", .string(minLength: 1)),
            .required("RoleName", .string(minLength: 1)),
            .required("AssumeRolePolicyDocument", .string(minLength: 1)),
            .optional("Description", .string),
            .optional("MaxSessionDuration", .integer()),
        ], perform: IAMRoleOperations.createRole),
        Operation("GetRole", input: [.required("RoleName", .string(minLength: 1))], perform: IAMRoleOperations.getRole),
        Operation("ListRoles", input: [.optional("PathPrefix", .string(minLength: 1))] + IAMPaging.inputMembers,
                  pagination: IAMPaging.pagination("Roles"), perform: IAMRoleOperations.listRoles),
        Operation("DeleteRole", input: [.required("RoleName", .string(minLength: 1))], perform: IAMRoleOperations.deleteRole),
        Operation("UpdateAssumeRolePolicy", input: [
            .required("RoleName", .string(minLength: 1)),
            .required("PolicyDocument", .string(minLength: 1)),
        ], perform: IAMRoleOperations.updateAssumeRolePolicy),
        Operation("CreateUser", input: [
            .optional("Path", .string(minLength: 1)),
            .required("UserName", .string(minLength: 1)),
        ], perform: IAMUserOperations.createUser),
        Operation("GetUser", input: [.optional("UserName", .string(minLength: 1))], perform: IAMUserOperations.getUser),
        Operation("ListUsers", input: [.optional("PathPrefix", .string(minLength: 1))] + IAMPaging.inputMembers,
                  pagination: IAMPaging.pagination("Users"), perform: IAMUserOperations.listUsers),
        Operation("CreatePolicy", input: [
            .required("PolicyName", .string(minLength: 1)),
            .optional("Path", .string(minLength: 1)),
            .required("PolicyDocument", .string(minLength: 1)),
            .optional("Description", .string),
        ], perform: IAMManagedPolicyOperations.createPolicy),
        Operation("GetPolicy", input: [.required("PolicyArn", .string(minLength: 20))], perform: IAMManagedPolicyOperations.getPolicy),
        Operation("GetPolicyVersion", input: [
            .required("PolicyArn", .string(minLength: 20)),
            .required("VersionId", .string),
        ], perform: IAMManagedPolicyOperations.getPolicyVersion),
        Operation("ListPolicies", input: [
            .optional("Scope", .string),
            .optional("OnlyAttached", .boolean),
            .optional("PathPrefix", .string(minLength: 1)),
        ] + IAMPaging.inputMembers, pagination: IAMPaging.pagination("Policies"), perform: IAMManagedPolicyOperations.listPolicies),
        Operation("SimulatePrincipalPolicy", input: [
            .required("PolicySourceArn", .string(minLength: 20)),
            .optional("PolicyInputList", .list(.string)),
            .required("ActionNames", .list(.string(minLength: 3))),
            .optional("ResourceArns", .list(.string(minLength: 1))),
            .optional("ContextEntries", .list(.structure([
                .optional("ContextKeyName", .string(minLength: 5)),
                .optional("ContextKeyValues", .list(.string)),
                .optional("ContextKeyType", .string),
            ]))),
        ] + IAMPaging.inputMembers, pagination: IAMPaging.pagination("EvaluationResults"),
        perform: IAMSimulation.simulatePrincipalPolicy),
    ] + policyOperations(.role) + policyOperations(.user))

    /// The inline and managed policy operations of roles or of users (`PutRolePolicy`, `PutUserPolicy`, ...).
    private static func policyOperations(_ kind: IAMPrincipalRef.Kind) -> [Operation] {
        let entity = kind == .role ? "Role" : "User"
        let owner = ShapeMember.required(kind.nameMember, .string(minLength: 1))
        let policyName = ShapeMember.required("PolicyName", .string(minLength: 1))
        let policyARN = ShapeMember.required("PolicyArn", .string(minLength: 20))
        return [
            Operation("Put\(entity)Policy", input: [owner, policyName, .required("PolicyDocument", .string(minLength: 1))],
                      perform: IAMInlinePolicyOperations.put(kind)),
            Operation("Get\(entity)Policy", input: [owner, policyName], perform: IAMInlinePolicyOperations.get(kind)),
            Operation("List\(entity)Policies", input: [owner] + IAMPaging.inputMembers,
                      pagination: IAMPaging.pagination("PolicyNames"), perform: IAMInlinePolicyOperations.list(kind)),
            Operation("Delete\(entity)Policy", input: [owner, policyName], perform: IAMInlinePolicyOperations.delete(kind)),
            Operation("Attach\(entity)Policy", input: [owner, policyARN], perform: IAMAttachmentOperations.attach(kind)),
            Operation("Detach\(entity)Policy", input: [owner, policyARN], perform: IAMAttachmentOperations.detach(kind)),
            Operation("ListAttached\(entity)Policies", input: [owner, .optional("PathPrefix", .string(minLength: 1))]
                      + IAMPaging.inputMembers, pagination: IAMPaging.pagination("AttachedPolicies"),
                      perform: IAMAttachmentOperations.list(kind)),
        ]
    }
}
