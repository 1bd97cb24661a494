import CloudSim
import Foundation
import Warehouse

/// A `Database` that outlives the process by keeping a statement log in its directory
/// (`statements.sql`): the `--scratch` database and every cluster's database are one of these.
/// Every statement that changed the database and committed (on its own, or with its
/// transaction's COMMIT) is appended, with the session settings (SET, RESET) it ran under; each
/// process's statements follow a session marker line, and replay ends the session at each marker,
/// so temporary tables and settings live exactly as long as they did. Appending rewrites the log
/// to a temporary file renamed over the old one, so a crash leaves either the old log or the new
/// one, never a torn file, and copying the directory (a cluster snapshot) copies a whole log.
/// Durable block storage replaces this later.
///
/// COPY and UNLOAD reach the workspace's simulated S3 through the `objectStore` the owner
/// passes (`SimulatedLoadStore`, with IAM checks); a logged COPY is replayed like any statement,
/// so it reads S3 again as it is then.
public final class LoggedDatabase {
    static let sessionMarker = "-- lab sql session"
    /// Starts a log line recording a `\copy` as its command, reading a file kept in the folder.
    static let copyMarker = "-- lab sql copy "
    /// The workspace folder that holds the scratch database.
    public static let scratchDirectoryName = "scratch"

    public let database: Database
    private let directory: URL
    private let logFile: URL
    /// Statements run unlogged at the start of every session: a cluster parameter group's defaults.
    private let sessionSetup: [String]
    /// STL_LOAD_ERRORS and STL_LOAD_COMMITS as the last process left them (`loads.json`).
    private let loadsFile: URL
    /// Statements of the open transaction, logged only when it commits.
    private var pending: [String] = []
    private var startedSession = false

    /// Opens the database kept in `directory` (created when missing) by replaying its log into
    /// `database`, built for the cluster's shape; COPY and UNLOAD go through `objectStore`.
    public init(directory: URL, database: Database, objectStore: any LoadObjectStore,
                sessionSetup: [String] = []) throws {
        self.database = database
        database.objectStore = objectStore
        self.sessionSetup = sessionSetup
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        logFile = directory.appendingPathComponent("statements.sql")
        loadsFile = directory.appendingPathComponent("loads.json")
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        for session in log.components(separatedBy: Self.sessionMarker + "\n") {
            startSession()
            var statements = ""
            for line in session.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(Self.copyMarker) {
                    replay(statements)
                    statements = ""
                    replayCopy(String(line.dropFirst(Self.copyMarker.count).dropLast()))
                } else {
                    statements += line + "\n"
                }
            }
            replay(statements)
            database.endSession()
        }
        // Replayed COPYs logged their rows again; the saved system log is the one that happened.
        if let data = try? Data(contentsOf: loadsFile), let saved = try? JSONDecoder().decode(SavedLoads.self, from: data) {
            database.loadHistory = saved.history
            database.lastQueryID = max(database.lastQueryID, saved.lastQueryID)
        } else {
            database.loadHistory = LoadHistory()
        }
        startSession()
    }

    /// The workspace's scratch database, shaped as a 2-node dc2.large cluster. It belongs to no
    /// cluster, so a COPY's role needs only to exist, trust Redshift and allow the S3 reads.
    public static func scratch(workspaceRoot: URL) throws -> LoggedDatabase {
        try LoggedDatabase(directory: workspaceRoot.appendingPathComponent(scratchDirectoryName, isDirectory: true),
                           database: Database(shape: .scratch),
                           objectStore: SimulatedLoadStore(workspace: workspaceRoot))
    }

    private func replay(_ statements: String) {
        for statement in ScriptSplitter.split(statements).map(\.text) {
            // A logged statement succeeded when it ran; one that no longer does is skipped
            // rather than making the whole database unreadable.
            _ = try? database.execute(statement)
        }
    }

    /// A logged `\copy`: its file was kept in the database's folder when it loaded.
    private func replayCopy(_ command: String) {
        guard case .success(let copy) = ClientCopy.parse(command),
              let data = FileManager.default.contents(atPath: directory.appendingPathComponent(copy.file).path) else { return }
        _ = try? database.copy(copy, from: data)
    }

    /// psql's `\copy` of a file's bytes into a table (see `Database.copy`). The log keeps a copy
    /// of the file in the database's folder and a line naming it, so replay loads the same rows
    /// as fast as the first load did.
    public func copy(_ copy: ClientCopy, from data: Data) throws(SQLError) -> Int {
        var kept = copy
        kept.file = "copy-\(UUID().uuidString).dat"
        guard let command = kept.command else {
            throw SQLError(SQLState.featureNotSupported,
                           "\\copy with a quote or line break in its DELIMITER or NULL cannot be kept in the database")
        }
        let count = try database.copy(copy, from: data)
        do {
            try data.write(to: directory.appendingPathComponent(kept.file))
        } catch {
            throw SQLError(SQLState.internalError, "could not save the database: \(error.localizedDescription)")
        }
        let entry = Self.copyMarker + command
        if database.isInTransaction { pending.append(entry) } else { try append([entry]) }
        return count
    }

    private func startSession() {
        for statement in sessionSetup { _ = try? database.execute(statement) }
    }

    /// The load history on disk, with the query id it had reached.
    private struct SavedLoads: Codable {
        var history: LoadHistory
        var lastQueryID: Int32
    }

    /// Saves the load history when a statement (even a failed COPY) changed it.
    private func saveLoads(ifChangedFrom before: LoadHistory) throws(SQLError) {
        guard database.loadHistory != before else { return }
        do {
            let data = try JSONEncoder().encode(SavedLoads(history: database.loadHistory, lastQueryID: database.lastQueryID))
            try data.write(to: loadsFile, options: .atomic)
        } catch {
            throw SQLError(SQLState.internalError, "could not save the database's load history: \(error.localizedDescription)")
        }
    }

    /// Runs statement text (normally one statement) and logs each statement that committed a change.
    public func execute(_ statement: String) throws(SQLError) -> [StatementResult] {
        var results: [StatementResult] = []
        let statements = try Parser.parse(statement)
        for parsed in statements {
            let text = statements.count == 1 ? statement : parsed.description
            let loads = database.loadHistory
            let result: StatementResult
            do {
                result = try database.execute(parsed)
            } catch {
                try saveLoads(ifChangedFrom: loads)
                throw error
            }
            try saveLoads(ifChangedFrom: loads)
            results.append(result)
            switch result.commandTag {
            case "COMMIT":
                try append(pending)
                pending = []
            case "ROLLBACK":
                pending = []
            default:
                guard result.changesDatabase || result.commandTag == "SET" || result.commandTag == "RESET" else { continue }
                if database.isInTransaction { pending.append(text) } else { try append([text]) }
            }
        }
        return results
    }

    /// Rewrites the log with `statements` added to what it holds now (re-read, so statements
    /// another `lab` process committed meanwhile are kept).
    private func append(_ statements: [String]) throws(SQLError) {
        guard !statements.isEmpty else { return }
        let current = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        let marker = startedSession ? "" : Self.sessionMarker + "\n"
        let text = current + marker + statements.map { $0 + ";\n" }.joined()
        do {
            try Data(text.utf8).write(to: logFile, options: .atomic)
            startedSession = true
        } catch {
            throw SQLError(SQLState.internalError, "could not save the database: \(error.localizedDescription)")
        }
    }
}
