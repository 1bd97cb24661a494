import Foundation
import GRDB

/// Moves job runs along the clock. When `STARTING` ends the run checks what it needs to start:
/// its job, a role Glue may assume, and the script object in S3; then it is `RUNNING` for a time
/// that grows with the source table's data, and at the end does its work (`DeclarativeJob`)
/// and `SUCCEEDED`, or `FAILED` with an `ErrorMessage` saying why.
struct JobRunProcess: TimeDrivenProcess {
    func catchUp(_ world: WorldTransaction) throws {
        for var run in try GlueJobRun.active(world.db) {
            while run.state.isActive, let ends = run.stateEnds, world.now >= ends {
                do {
                    guard let job = try GlueJob.find(run.jobName, world.db) else { throw GlueRunFailure("Job \(run.jobName) no longer exists.") }
                    let access = try GlueRoleAccess(role: job.role, world)
                    let plan = try DeclarativeJob(arguments: run.effectiveArguments(job))
                    if run.state == .starting {
                        try checkScript(job, access, world)
                        let bytes = try GlueWorkDuration.bytes(under: [plan.table(world).location ?? ""], world.db)
                        run.move(to: .running, at: ends, until: ends.addingTimeInterval(GlueWorkDuration.seconds(forBytes: bytes)))
                    } else {
                        // In a savepoint: a run that fails writes nothing.
                        try world.db.inSavepoint {
                            try plan.run(as: access, started: run.started, world)
                            return .commit
                        }
                        run.move(to: .succeeded, at: ends)
                    }
                } catch let failure as GlueRunFailure {
                    run.move(to: .failed, at: ends, error: failure.message)
                } catch {
                    run.move(to: .failed, at: ends, error: "Internal service error: \(error)")
                }
            }
            try run.save(world.db)
        }
    }

    /// The job's script must exist in S3 and be readable as the job's role.
    private func checkScript(_ job: GlueJob, _ access: GlueRoleAccess, _ world: WorldTransaction) throws {
        guard let location = job.scriptLocation, let address = S3Address(location), !address.key.isEmpty else {
            throw GlueRunFailure("Job has no Command.ScriptLocation in S3 (s3://bucket/script.py).")
        }
        guard try S3Object.find(bucket: address.bucket, key: address.key, world.db) != nil else {
            throw GlueRunFailure("Script \(location) does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchKey)")
        }
        try access.require("s3:GetObject", on: "arn:aws:s3:::\(address.bucket)/\(address.key)")
    }
}
