/// `aws sts`: who the learner is, and sessions of roles.
enum STSAPI {
    static let service = Service(name: "sts", operations: [
        Operation("GetCallerIdentity", input: []) { request in
            let account = request.world.account
            return OperationResult(.object([
                "UserId": .string(account.userId),
                "Account": .string(account.id),
                "Arn": .string(account.userArn),
            ]))
        },
        Operation("AssumeRole", input: [
            .required("RoleArn", .string(minLength: 20)),
            .required("RoleSessionName", .string(minLength: 2)),
            .optional("DurationSeconds", .integer(min: 900)),
        ], perform: STSAssumeRole.perform),
    ])
}
