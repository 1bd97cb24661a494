import Foundation

/// create/batch-create/get/get-partitions/delete of a table's partitions.
enum PartitionOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let table = try existingTable(request)
        let input = request["PartitionInput"] ?? .object([])
        if let error = try add(input, to: table, request.world) { throw error }
        return .empty
    }

    /// Creates each partition it can; the ones it cannot are reported in `Errors`, not thrown.
    @Sendable static func batchCreate(_ request: OperationRequest) throws -> OperationResult {
        let table = try existingTable(request)
        let inputs = request["PartitionInputList"]?.listValue ?? []
        guard inputs.count <= 100 else {
            throw GlueErrors.invalidInput("1 validation error detected: Value at 'partitionInputList' failed to satisfy constraint: "
                                          + "Member must have length less than or equal to 100")
        }
        var errors: [AWSValue] = []
        for input in inputs {
            if let error = try add(input, to: table, request.world) {
                errors.append(.object([
                    "PartitionValues": input["Values"] ?? .list([]),
                    "ErrorDetail": .object(["ErrorCode": .string(error.code), "ErrorMessage": .string(error.message)]),
                ]))
            }
        }
        return OperationResult(.object(["Errors": errors.isEmpty ? nil : .list(errors)]))
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        let table = try existingTable(request)
        let values = try GluePartition.values(of: request["PartitionValues"], for: table)
        guard let partition = try GluePartition.find(table, values: values, request.world.db) else { throw GlueErrors.partitionNotFound }
        return OperationResult(.object(["Partition": partition.document]))
    }

    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        let table = try existingTable(request)
        let partitions = try GluePartition.all(table, request.world.db)
        return OperationResult(try GluePaging.page(partitions, key: { GluePartition.key($0.values) }, resultKey: "Partitions",
                                                   request: request, defaultLimit: 1000, maxLimit: 1000, value: \.document))
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let table = try existingTable(request)
        let values = try GluePartition.values(of: request["PartitionValues"], for: table)
        guard let partition = try GluePartition.find(table, values: values, request.world.db) else { throw GlueErrors.partitionNotFound }
        try partition.delete(request.world.db)
        return .empty
    }

    private static func existingTable(_ request: OperationRequest) throws -> GlueTable {
        try GlueTable.existing(database: request.string("DatabaseName"), name: request.string("TableName"), request.world.db)
    }

    /// Adds one partition; returns the error that prevents it instead of throwing it.
    private static func add(_ input: AWSValue, to table: GlueTable, _ world: WorldTransaction) throws -> ServiceError? {
        let values: [String]
        do {
            values = try GluePartition.values(of: input["Values"], for: table)
        } catch let error as ServiceError {
            return error
        }
        if try GluePartition.find(table, values: values, world.db) != nil {
            return GlueErrors.alreadyExists("Partition already exists.")
        }
        try GluePartition(table: table, values: values,
                          document: GluePartition.document(input, table: table, now: world.now, account: world.account)).save(world.db)
        return nil
    }
}
