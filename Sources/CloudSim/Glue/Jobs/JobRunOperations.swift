import Foundation

/// start-job-run, get-job-run and get-job-runs.
enum JobRunOperations {
    @Sendable static func start(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        guard let job = try GlueJob.find(request.string("JobName"), world.db) else {
            throw GlueErrors.notFound("Failed to start job run due to missing metadata")
        }
        let active = try GlueJobRun.all(job: job.name, world.db).filter(\.state.isActive).count
        guard active < job.maxConcurrentRuns else {
            throw ServiceError("ConcurrentRunsExceededException", "Concurrent runs exceeded for \(job.name)")
        }
        let run = GlueJobRun(job: job, arguments: request["Arguments"], now: world.now)
        try run.save(world.db)
        return OperationResult(.object(["JobRunId": .string(run.id)]))
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        let job = try GlueJob.existing(request.string("JobName"), request.world.db)
        guard let run = try GlueJobRun.find(job: job.name, id: request.string("RunId"), request.world.db) else {
            throw GlueErrors.notFound("Job Run with id: \(request.string("RunId")) not found.")
        }
        return OperationResult(.object(["JobRun": run.document]))
    }

    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        let job = try GlueJob.existing(request.string("JobName"), request.world.db)
        let runs = try GlueJobRun.all(job: job.name, request.world.db)
        // Newest first: the token orders runs by their position in that order.
        let keyed = runs.enumerated().map { (String(format: "%010d", $0.offset), $0.element) }
        return OperationResult(try GluePaging.page(keyed, key: \.0, resultKey: "JobRuns", request: request,
                                                   defaultLimit: 200, maxLimit: 200) { $0.1.document })
    }
}
