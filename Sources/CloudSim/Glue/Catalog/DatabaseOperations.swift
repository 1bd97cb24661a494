import Foundation

/// create/get/get-databases/update/delete of Data Catalog databases.
enum DatabaseOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let input = request["DatabaseInput"] ?? .object([])
        let name = GlueDatabase.canonicalName(input["Name"]?.stringValue ?? "")
        try GlueErrors.validateName(name, member: "databaseInput.name")
        if try GlueDatabase.find(name, world.db) != nil { throw GlueErrors.alreadyExists("Database already exists.") }
        try GlueDatabase(name: name, document: GlueDatabase.document(input, name: name, created: world.now,
                                                                    account: world.account)).save(world.db)
        return .empty
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        OperationResult(.object(["Database": try GlueDatabase.existing(request.string("Name"), request.world.db).document]))
    }

    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        let databases = try GlueDatabase.all(request.world.db)
        return OperationResult(try GluePaging.page(databases, key: \.name, resultKey: "DatabaseList", request: request,
                                                   defaultLimit: 100, maxLimit: 100, value: \.document))
    }

    /// Replaces the description, location and parameters; the name and creation time stay.
    @Sendable static func update(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var database = try GlueDatabase.existing(request.string("Name"), world.db)
        let created = GlueTime.date(database.document["CreateTime"]) ?? world.now
        database.document = GlueDatabase.document(request["DatabaseInput"] ?? .object([]), name: database.name,
                                                  created: created, account: world.account)
        try database.save(world.db)
        return .empty
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        try GlueDatabase.existing(request.string("Name"), request.world.db).delete(request.world.db)
        return .empty
    }
}
