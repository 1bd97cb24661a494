import Foundation

/// create/get/get-tables/update/delete of Data Catalog tables.
enum TableOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let database = try GlueDatabase.existing(request.string("DatabaseName"), world.db)
        let input = try tableInput(request)
        let name = GlueDatabase.canonicalName(input["Name"]?.stringValue ?? "")
        if try GlueTable.find(database: database.name, name: name, world.db) != nil {
            throw GlueErrors.alreadyExists("Table already exists.")
        }
        try validatePartitionKeys(input)
        let document = GlueTable.document(input, database: database.name, name: name, now: world.now,
                                          createdBy: world.account.userArn, previous: nil, account: world.account)
        try GlueTable(databaseName: database.name, name: name, document: document).save(world.db)
        return .empty
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        let table = try GlueTable.existing(database: request.string("DatabaseName"), name: request.string("Name"), request.world.db)
        return OperationResult(.object(["Table": table.document]))
    }

    /// `--expression` is a regular expression the whole table name must match.
    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        let database = try GlueDatabase.existing(request.string("DatabaseName"), request.world.db)
        var tables = try GlueTable.all(database: database.name, request.world.db)
        if let expression = request["Expression"]?.stringValue {
            guard let pattern = try? NSRegularExpression(pattern: "^(?:\(expression))$") else {
                throw GlueErrors.invalidInput("Invalid expression: \(expression)")
            }
            tables = tables.filter { table in
                pattern.firstMatch(in: table.name, range: NSRange(table.name.startIndex..., in: table.name)) != nil
            }
        }
        return OperationResult(try GluePaging.page(tables, key: \.name, resultKey: "TableList", request: request,
                                                   defaultLimit: 100, maxLimit: 100, value: \.document))
    }

    /// Replaces the table's definition with `--table-input`; the name there names the table.
    @Sendable static func update(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let input = try tableInput(request)
        let previous = try GlueTable.existing(database: request.string("DatabaseName"), name: input["Name"]?.stringValue ?? "", world.db)
        try validatePartitionKeys(input)
        let document = GlueTable.document(input, database: previous.databaseName, name: previous.name, now: world.now,
                                          createdBy: world.account.userArn, previous: previous, account: world.account)
        try GlueTable(databaseName: previous.databaseName, name: previous.name, document: document).save(world.db)
        return .empty
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let table = try GlueTable.existing(database: request.string("DatabaseName"), name: request.string("Name"), request.world.db)
        try table.delete(request.world.db)
        return .empty
    }

    private static func tableInput(_ request: OperationRequest) throws -> AWSValue {
        guard let input = request["TableInput"] else { throw GlueErrors.invalidInput("TableInput is required") }
        try GlueErrors.validateName(input["Name"]?.stringValue ?? "", member: "tableInput.name")
        return input
    }

    /// Partition keys need distinct names.
    private static func validatePartitionKeys(_ input: AWSValue) throws {
        let keys = (input["PartitionKeys"]?.listValue ?? []).compactMap { $0["Name"]?.stringValue?.lowercased() }
        if let duplicate = keys.first(where: { key in keys.filter { $0 == key }.count > 1 }) {
            throw GlueErrors.invalidInput("Duplicate partition key: \(duplicate)")
        }
    }
}
