import Foundation
import Warehouse

/// The `--scratch` database: a `Database` that outlives the process by keeping a statement log
/// in the workspace (`scratch/statements.sql`). Every statement that changed the database and
/// committed (on its own, or with its transaction's COMMIT) is appended, with the session
/// settings (SET, RESET) it ran under; each process's statements follow a session marker line,
/// and replay ends the session at each marker, so temporary tables and settings live exactly as
/// long as they did. Appending rewrites the log to a temporary file renamed over the old one, so
/// a crash leaves either the old log or the new one, never a torn file. Durable block storage
/// replaces this later.
public final class ScratchDatabase {
    static let sessionMarker = "-- lab sql session"
    /// Starts a log line recording a `\copy` as its command, reading a file kept in the folder.
    static let copyMarker = "-- lab sql copy "
    /// The workspace folder that holds the scratch database.
    public static let directoryName = "scratch"

    public let database = Database()
    private let directory: URL
    private let logFile: URL
    /// Statements of the open transaction, logged only when it commits.
    private var pending: [String] = []
    private var startedSession = false

    public init(workspaceRoot: URL) throws {
        directory = workspaceRoot.appendingPathComponent(Self.directoryName, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        logFile = directory.appendingPathComponent("statements.sql")
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        for session in log.components(separatedBy: Self.sessionMarker + "\n") {
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
    }

    private func replay(_ statements: String) {
        for statement in ScriptSplitter.split(statements).map(\.text) {
            // A logged statement succeeded when it ran; one that no longer does is skipped
            // rather than making the whole scratch database unreadable.
            _ = try? database.execute(statement)
        }
    }

    /// A logged `\copy`: its file was kept in the scratch folder when it loaded.
    private func replayCopy(_ command: String) {
        guard case .success(let copy) = ClientCopy.parse(command),
              let data = FileManager.default.contents(atPath: directory.appendingPathComponent(copy.file).path) else { return }
        _ = try? database.copy(copy, from: data)
    }

    /// Runs statement text (normally one statement) and logs each statement that committed a change.
    public func execute(_ statement: String) throws(SQLError) -> [StatementResult] {
        var results: [StatementResult] = []
        let statements = try Parser.parse(statement)
        for parsed in statements {
            let text = statements.count == 1 ? statement : parsed.description
            let result = try database.execute(parsed)
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

    /// psql's `\copy` of a file's bytes into a table (see `Database.copy`). The log keeps a copy
    /// of the file in the scratch folder and a line naming it, so replay loads the same rows as
    /// fast as the first load did.
    public func copy(_ copy: ClientCopy, from data: Data) throws(SQLError) -> Int {
        var kept = copy
        kept.file = "copy-\(UUID().uuidString).dat"
        guard let command = kept.command else {
            throw SQLError(SQLState.featureNotSupported,
                           "\\copy with a quote or line break in its DELIMITER or NULL cannot be kept in the scratch database")
        }
        let count = try database.copy(copy, from: data)
        do {
            try data.write(to: directory.appendingPathComponent(kept.file))
        } catch {
            throw SQLError(SQLState.internalError, "could not save the scratch database: \(error.localizedDescription)")
        }
        let entry = Self.copyMarker + command
        if database.isInTransaction { pending.append(entry) } else { try append([entry]) }
        return count
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
            throw SQLError(SQLState.internalError, "could not save the scratch database: \(error.localizedDescription)")
        }
    }
}

/// The scratch databases this process has opened, by workspace, so the REPL keeps one session
/// (and an open transaction) across the lines it reads.
public final class OpenScratchDatabases: @unchecked Sendable {
    public static let shared = OpenScratchDatabases()

    private let lock = NSLock()
    private var databases: [String: ScratchDatabase] = [:]

    /// Drops the open database of a workspace whose scratch folder was removed (`lab reset`).
    public func forget(_ workspaceRoot: URL) {
        lock.lock()
        defer { lock.unlock() }
        databases[workspaceRoot.path] = nil
    }

    public func database(for workspaceRoot: URL) throws -> ScratchDatabase {
        lock.lock()
        defer { lock.unlock() }
        if let open = databases[workspaceRoot.path] { return open }
        let database = try ScratchDatabase(workspaceRoot: workspaceRoot)
        databases[workspaceRoot.path] = database
        return database
    }
}
