import Foundation
import GRDB

/// One run of a job: its `JobRun` document and where it is on the clock. A run is `STARTING`
/// for `startingDuration`, then `RUNNING` until `stateEnds`, then `SUCCEEDED` or `FAILED`.
struct GlueJobRun {
    enum State: String {
        case starting = "STARTING"
        case running = "RUNNING"
        case succeeded = "SUCCEEDED"
        case failed = "FAILED"

        var isActive: Bool { self == .starting || self == .running }
    }

    static let startingDuration: TimeInterval = 10

    let id: String
    let jobName: String
    let started: Date
    var state: State
    var stateSince: Date
    var stateEnds: Date?
    var document: AWSValue

    private init(row: Row) {
        id = row["id"]
        jobName = row["job_name"]
        started = Date(timeIntervalSince1970: row["started"])
        state = State(rawValue: row["state"]) ?? .failed
        stateSince = Date(timeIntervalSince1970: row["state_since"])
        stateEnds = (row["state_ends"] as Double?).map(Date.init(timeIntervalSince1970:))
        document = GlueDocument.decode(row["document"])
    }

    /// A new run of `job` with the run's own `arguments`, starting at `now`.
    init(job: GlueJob, arguments: AWSValue?, now: Date) {
        id = "jr_" + (0..<64).map { _ in String("0123456789abcdef".randomElement() ?? "0") }.joined()
        jobName = job.name
        started = now
        state = .starting
        stateSince = now
        stateEnds = now.addingTimeInterval(Self.startingDuration)
        let definition = job.document
        document = .object([
            "Id": .string(id),
            "Attempt": .integer(0),
            "JobName": .string(job.name),
            "StartedOn": GlueTime.value(now),
            "LastModifiedOn": GlueTime.value(now),
            "JobRunState": .string(State.starting.rawValue),
            "Arguments": arguments ?? .object([]),
            "PredecessorRuns": .list([]),
            "AllocatedCapacity": definition["AllocatedCapacity"],
            "ExecutionTime": .integer(0),
            "Timeout": definition["Timeout"],
            "MaxCapacity": definition["MaxCapacity"],
            "WorkerType": definition["WorkerType"],
            "NumberOfWorkers": definition["NumberOfWorkers"],
            "LogGroupName": .string("/aws-glue/jobs"),
            "GlueVersion": definition["GlueVersion"],
            "ExecutionClass": definition["ExecutionClass"],
        ])
    }

    static func find(job: String, id: String, _ db: Database) throws -> GlueJobRun? {
        try Row.fetchOne(db, sql: "SELECT * FROM glue_job_run WHERE job_name = ? AND id = ?", arguments: [job, id])
            .map(GlueJobRun.init(row:))
    }

    /// The job's runs, newest first.
    static func all(job: String, _ db: Database) throws -> [GlueJobRun] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_job_run WHERE job_name = ? ORDER BY started DESC, id", arguments: [job])
            .map(GlueJobRun.init(row:))
    }

    static func active(_ db: Database) throws -> [GlueJobRun] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_job_run WHERE state IN ('STARTING', 'RUNNING') ORDER BY started")
            .map(GlueJobRun.init(row:))
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO glue_job_run (id, job_name, started, state, state_since, state_ends, document)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, jobName, started.timeIntervalSince1970, state.rawValue, stateSince.timeIntervalSince1970,
                             stateEnds?.timeIntervalSince1970, GlueDocument.encode(document)])
    }

    /// Moves the run to `state` at `time`, recording what the `JobRun` structure shows of it.
    mutating func move(to state: State, at time: Date, until ends: Date? = nil, error: String? = nil) {
        if self.state == .running { document = GlueDocument.setting("ExecutionTime", .integer(Int(time.timeIntervalSince(stateSince))), in: document) }
        self.state = state
        stateSince = time
        stateEnds = ends
        document = GlueDocument.setting("JobRunState", .string(state.rawValue), in: document)
        document = GlueDocument.setting("LastModifiedOn", GlueTime.value(time), in: document)
        if !state.isActive { document = GlueDocument.setting("CompletedOn", GlueTime.value(time), in: document) }
        if let error { document = GlueDocument.setting("ErrorMessage", .string(error), in: document) }
        let members = document.members ?? []
        document = .object(members.sorted { Self.order($0.name) < Self.order($1.name) })
    }

    /// The members of the `JobRun` structure in model order, for members added as the run moves on.
    private static let memberOrder = ["Id", "Attempt", "JobName", "StartedOn", "LastModifiedOn", "CompletedOn", "JobRunState",
                                      "Arguments", "ErrorMessage", "PredecessorRuns", "AllocatedCapacity", "ExecutionTime", "Timeout",
                                      "MaxCapacity", "WorkerType", "NumberOfWorkers", "LogGroupName", "GlueVersion", "ExecutionClass"]

    private static func order(_ name: String) -> Int {
        memberOrder.firstIndex(of: name) ?? memberOrder.count
    }

    /// The arguments the run works with: the job's defaults overridden by the run's own.
    func effectiveArguments(_ job: GlueJob) -> [String: String] {
        var arguments = Dictionary(job.defaultArguments, uniquingKeysWith: { $1 })
        for (key, value) in GlueDocument.stringMap(document["Arguments"]) { arguments[key] = value }
        return arguments
    }
}
