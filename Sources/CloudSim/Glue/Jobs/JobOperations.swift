import Foundation

/// create/get/get-jobs/update/delete of job definitions.
enum JobOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let name = request.string("Name")
        try GlueErrors.validateName(name, member: "name")
        if try GlueJob.find(name, world.db) != nil { throw GlueErrors.alreadyExists("Job with name \(name) already exists") }
        try GlueJob(name: name, document: GlueJob.document(request.input, name: name, created: world.now, modified: world.now))
            .save(world.db)
        return OperationResult(.object(["Name": .string(name)]))
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        OperationResult(.object(["Job": try GlueJob.existing(request.string("JobName"), request.world.db).document]))
    }

    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        OperationResult(try GluePaging.page(try GlueJob.all(request.world.db), key: \.name, resultKey: "Jobs", request: request,
                                            defaultLimit: 1000, maxLimit: 1000, value: \.document))
    }

    /// `--job-update` replaces the whole definition, as UpdateJob does; the creation time stays.
    @Sendable static func update(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var job = try GlueJob.existing(request.string("JobName"), world.db)
        let created = GlueTime.date(job.document["CreatedOn"]) ?? world.now
        job.document = try GlueJob.document(request["JobUpdate"] ?? .object([]), name: job.name, created: created, modified: world.now)
        try job.save(world.db)
        return OperationResult(.object(["JobName": .string(job.name)]))
    }

    /// Deleting a job that does not exist succeeds, as in Glue.
    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("JobName")
        try GlueJob.find(name, request.world.db)?.delete(request.world.db)
        return OperationResult(.object(["JobName": .string(name)]))
    }
}
