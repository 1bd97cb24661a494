/// Creating, reading and listing users.
enum IAMUserOperations {
    @Sendable static func createUser(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("UserName")
        let path = request["Path"]?.stringValue ?? "/"
        try IAMNames.validate(name, member: "userName", maxLength: 64)
        try IAMNames.validatePath(path)
        if try IAMUser.exists(name, request.world.db) {
            throw IAMErrors.alreadyExists("User with name \(name) already exists.")
        }
        let user = IAMUser(name: name, id: IAMUniqueID.make(IAMUniqueID.userPrefix), path: path, created: request.world.now)
        try user.save(request.world.db)
        return OperationResult(.object(["User": user.value(account: request.world.account)]))
    }

    /// Without `--user-name`, the caller: the learner's own user.
    @Sendable static func getUser(_ request: OperationRequest) throws -> OperationResult {
        let name = request["UserName"]?.stringValue ?? request.world.account.userName
        let user = try IAMUser.existing(name, request.world.db)
        return OperationResult(.object(["User": user.value(account: request.world.account)]))
    }

    @Sendable static func listUsers(_ request: OperationRequest) throws -> OperationResult {
        let prefix = request["PathPrefix"]?.stringValue ?? "/"
        let users = try IAMUser.all(request.world.db).filter { $0.path.hasPrefix(prefix) }
        return OperationResult(.object(try IAMPaging.page(users, key: \.name, resultKey: "Users", request: request) {
            $0.value(account: request.world.account)
        }))
    }
}
