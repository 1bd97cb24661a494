import LabKit
import CloudSim
import Foundation

/// Runs what the REPL dispatches: SQL on the workspace's scratch database, AWS CLI lines against
/// the simulated world, lab words and backslash commands. A failure counts as a failed command,
/// so a piped script that relies on it fails loudly instead of passing silently.
struct ReplCommandHandler {
    let session: LabSession
    /// The cluster database `\c` connected the REPL to; nil for the scratch database.
    let connection = ReplConnection()

    /// The prompt's name: the current lab's number and step (`07/fact-table`), or `lab` before any.
    func promptName() -> String {
        let environment = ProcessInfo.processInfo.environment
        // Read-only: the prompt is drawn for every line, so it never writes the progress store.
        guard let learner = try? session.progress.existingLearnerID(named: LearnerName.current(environment: environment)),
              let lab = try? session.progress.currentLab(learner: learner),
              let step = try? session.progress.currentStep(learner: learner, lab: lab) else { return connected("lab") }
        return connected("\(lab.prefix { $0 != "-" })/\(step)")
    }

    /// psql shows the database it is connected to: `07/fact-table dev=>` on a cluster.
    private func connected(_ name: String) -> String {
        connection.cluster.map { "\(name) \($0.database ?? "dev")" } ?? name
    }

    /// Runs one input; `ask` reads a further line for commands that converse (the exam).
    func run(_ input: ReplInput, console: any Console, ask: @escaping (String) -> ReadResult) -> Bool {
        switch input {
        case .meta(let command, let arguments):
            return runMeta(command, arguments: arguments, console: console)
        case .aws(let arguments):
            let commands = WorldCommandLine(workspace: session.workspace,
                                            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            do {
                return console.show(try commands.run("aws " + arguments))
            } catch {
                console.err("error: \(error)")
                return false
            }
        case .lab(.help, _):
            console.out(ReplHelp.text)
            return true
        case .lab(.exam, let arguments):
            return runExam(arguments, console: console, ask: ask)
        case .lab(let word, let arguments):
            return runLabWord(word, arguments: arguments, console: console)
        case .sql(let text):
            return runSQL(text, console: console)
        case .quit, .blank:
            return true
        }
    }

    /// Runs SQL on the scratch database, or the cluster database `\c` connected to, through
    /// `lab sql`'s runner; the output goes to the console without the runner's final newline
    /// (the console adds one).
    func runSQL(_ statement: String, console: any Console) -> Bool {
        let database: any SQLTarget
        do {
            if let cluster = connection.cluster {
                database = try OpenDatabases.shared.cluster(cluster.id, workspaceRoot: session.workspace.root,
                                                            database: cluster.database, user: cluster.user)
            } else {
                database = try OpenDatabases.shared.database(for: session.workspace.root)
            }
        } catch let refused as ClusterConnectionError {
            console.err("\(refused)")
            return false
        } catch {
            console.err("error: cannot open the database: \(error)")
            return false
        }
        func trimmed(_ text: String) -> String { text.hasSuffix("\n") ? String(text.dropLast()) : text }
        let runner = SQLScriptRunner(database: database, formatter: ResultFormatter(),
                                     out: { console.out(trimmed($0)) }, err: { console.err(trimmed($0)) })
        return runner.run(statement)
    }

    private func runMeta(_ command: String, arguments: String, console: any Console) -> Bool {
        switch command {
        case "?":
            console.out(ReplHelp.metaText)
            return true
        case "copy":
            return runSQL("\\copy " + arguments, console: console)
        case "c", "connect":
            return connect(arguments, console: console)
        default:
            console.err("invalid command \\\(command)\nTry \\? for help.")
            return false
        }
    }

    /// psql's `\c [DBNAME [USER [HOST]]]`, where HOST is a cluster's identifier or endpoint
    /// address; `\c CLUSTER` alone connects to that cluster's own database as its master user,
    /// and `\c scratch` goes back to the scratch database. A refused connection keeps the
    /// current one, as psql does.
    private func connect(_ arguments: String, console: any Console) -> Bool {
        let words = arguments.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count <= 3 else {
            console.err("\\connect: extra argument \"\(words[3])\" ignored")
            return false
        }
        let target: ReplConnection.Cluster?
        switch words.count {
        case 0:
            target = connection.cluster
        case 1 where words[0] == StoredDatabase.scratchDirectoryName && !clusterExists(words[0]):
            target = nil
        case 1 where connection.cluster == nil || clusterExists(words[0]):
            target = .init(id: words[0], database: nil, user: nil)
        case 1, 2:
            guard let current = connection.cluster else {
                console.err("\\connect: name a cluster to connect to: \\c CLUSTER or \\c DBNAME USER CLUSTER")
                return false
            }
            target = .init(id: current.id, database: words[0], user: words.count == 2 ? words[1] : current.user)
        default:
            let host = words[2].split(separator: ".").first.map(String.init) ?? words[2]
            target = .init(id: host, database: words[0], user: words[1])
        }
        guard let target else {
            connection.cluster = nil
            console.out("You are now connected to the scratch database \"dev\".")
            return true
        }
        do {
            let session = try OpenDatabases.shared.cluster(target.id, workspaceRoot: self.session.workspace.root,
                                                           database: target.database, user: target.user)
            connection.cluster = .init(id: target.id, database: session.databaseName, user: target.user)
            console.out("You are now connected to database \"\(session.databaseName)\" as user "
                        + "\"\(target.user ?? session.endpoint.masterUsername)\" on host \"\(session.endpoint.address)\" "
                        + "at port \"\(session.endpoint.port)\".")
            return true
        } catch {
            console.err("\(error)")
            if connection.cluster == nil { console.err("Previous connection kept") }
            return false
        }
    }

    private func clusterExists(_ id: String) -> Bool {
        ((try? World(workspace: session.workspace.root).clusterIdentifiers()) ?? []).contains(id)
    }

    private func runLabWord(_ word: LabWord, arguments: String, console: any Console) -> Bool {
        do {
            return try LabWordHandler(desk: LabDesk.open(session), console: console).run(word, arguments: arguments)
        } catch let failure as LabFailure {
            console.err("error: \(failure.description)")
        } catch let error as CustomStringConvertible {
            console.err("error: \(error.description)")
        } catch {
            console.err("error: \(error)")
        }
        return false
    }

    /// Parses `exam ...` with the same command types as the shell's `lab exam ...`.
    private func runExam(_ arguments: String, console: any Console, ask: @escaping (String) -> ReadResult) -> Bool {
        do {
            let words = try ShellWords.split(arguments)
            let command = try ExamCommand.parseAsRoot(words)
            guard let action = command as? any ExamAction else {
                console.out(ExamCommand.helpMessage())
                return true
            }
            try action.perform(in: ExamContext.open(session: session, console: console, ask: ask))
            return true
        } catch let failure as LabFailure {
            console.err("error: \(failure.description)")
        } catch {
            let message = ExamCommand.fullMessage(for: error)
            if ExamCommand.exitCode(for: error) == .success {
                console.out(message)
                return true
            }
            console.err(message)
        }
        return false
    }
}
