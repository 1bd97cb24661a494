import Foundation
import GRDB

/// A job definition: its `Job` document as `get-job` prints it.
struct GlueJob {
    let name: String
    var document: AWSValue

    static func find(_ name: String, _ db: Database) throws -> GlueJob? {
        try Row.fetchOne(db, sql: "SELECT * FROM glue_job WHERE name = ?", arguments: [name])
            .map { GlueJob(name: $0["name"], document: GlueDocument.decode($0["document"])) }
    }

    static func existing(_ name: String, _ db: Database) throws -> GlueJob {
        guard let job = try find(name, db) else { throw GlueErrors.notFound("Job with name: \(name) not found.") }
        return job
    }

    static func all(_ db: Database) throws -> [GlueJob] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_job ORDER BY name")
            .map { GlueJob(name: $0["name"], document: GlueDocument.decode($0["document"])) }
    }

    func save(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO glue_job (name, document) VALUES (?, ?)",
                       arguments: [name, GlueDocument.encode(document)])
    }

    /// Deletes the job and its runs.
    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM glue_job_run WHERE job_name = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM glue_job WHERE name = ?", arguments: [name])
    }

    var role: String { document["Role"]?.stringValue ?? "" }
    var scriptLocation: String? { document["Command"]?["ScriptLocation"]?.stringValue }
    var defaultArguments: [(String, String)] { GlueDocument.stringMap(document["DefaultArguments"]) }
    var maxConcurrentRuns: Int { document["ExecutionProperty"]?["MaxConcurrentRuns"]?.integerValue ?? 1 }

    /// DPUs per worker of each worker type.
    static let workerDPUs: [String: Double] = ["Standard": 1, "G.1X": 1, "G.2X": 2, "G.4X": 4, "G.8X": 8, "G.025X": 0.25, "Z.2X": 2]

    /// The `Job` document for a CreateJob request or a JobUpdate, validated; capacity defaults
    /// as Glue's: 10 DPUs for Spark jobs without a worker type, 0.0625 for Python shell.
    static func document(_ input: AWSValue, name: String, created: Date, modified: Date) throws -> AWSValue {
        guard let role = input["Role"]?.stringValue, !role.isEmpty else { throw GlueErrors.invalidInput("Role is required.") }
        guard let command = input["Command"] else { throw GlueErrors.invalidInput("Command is required.") }
        let commandName = command["Name"]?.stringValue ?? "glueetl"
        guard ["glueetl", "pythonshell", "gluestreaming"].contains(commandName) else {
            throw GlueErrors.invalidInput("Invalid command name \(commandName): expected glueetl, pythonshell or gluestreaming")
        }
        let workerType = input["WorkerType"]?.stringValue
        let workers = input["NumberOfWorkers"]?.integerValue
        if (workerType == nil) != (workers == nil) {
            throw GlueErrors.invalidInput("Please set both Worker Type and Number of Workers.")
        }
        if workerType != nil, input["MaxCapacity"] != nil {
            throw GlueErrors.invalidInput("Please set only Allocated Capacity or Max Capacity or Worker Type and Number of Workers.")
        }
        var capacity: Double = commandName == "pythonshell" ? 0.0625 : 10
        if let workerType, let workers {
            guard let dpus = workerDPUs[workerType] else { throw GlueErrors.invalidInput("Invalid WorkerType \(workerType)") }
            guard workers >= 1 else { throw GlueErrors.invalidInput("Number of Workers must be at least 1.") }
            capacity = dpus * Double(workers)
        } else if case .double(let given)? = input["MaxCapacity"] {
            capacity = given
        } else if case .integer(let given)? = input["MaxCapacity"] {
            capacity = Double(given)
        }
        let timeout = input["Timeout"]?.integerValue ?? 2880
        guard timeout >= 1 else { throw GlueErrors.invalidInput("Timeout must be at least 1 minute.") }
        return .object([
            "Name": .string(name),
            "Description": input["Description"],
            "Role": .string(role),
            "CreatedOn": GlueTime.value(created),
            "LastModifiedOn": GlueTime.value(modified),
            "ExecutionProperty": .object(["MaxConcurrentRuns": input["ExecutionProperty"]?["MaxConcurrentRuns"] ?? .integer(1)]),
            "Command": .object([
                "Name": .string(commandName),
                "ScriptLocation": command["ScriptLocation"],
                "PythonVersion": command["PythonVersion"] ?? .string("3"),
            ]),
            "DefaultArguments": input["DefaultArguments"] ?? .object([]),
            "MaxRetries": input["MaxRetries"] ?? .integer(0),
            "AllocatedCapacity": .integer(Int(capacity)),
            "Timeout": .integer(timeout),
            "MaxCapacity": .double(capacity),
            "WorkerType": workerType.map(AWSValue.string),
            "NumberOfWorkers": workers.map(AWSValue.integer),
            "GlueVersion": input["GlueVersion"] ?? .string("0.9"),
            "ExecutionClass": input["ExecutionClass"] ?? .string("STANDARD"),
        ])
    }
}
