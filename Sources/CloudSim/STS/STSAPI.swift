/// `aws sts`: who the learner is.
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
    ])
}
