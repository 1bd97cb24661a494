import CloudSim
import LabKit
import ArgumentParser
import Foundation
import Glibc

/// `lab sql`: runs SQL like `psql -c/-f` against the workspace's scratch database, or with
/// `--cluster` a simulated cluster's database (only while the cluster is available and its
/// security groups let the learner's client address reach its port). With neither `-c` nor `-f`
/// it reads the script from standard input. Stops at the first error with exit status 1, as psql
/// with ON_ERROR_STOP; a connection that fails exits with status 2, as psql's does.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run SQL against the scratch database or a cluster's, printing results as psql does.",
        discussion: "With neither -c nor -f, the SQL is read from standard input. Statements run in order; the first "
            + "error is printed on stderr as psql prints it and ends the run with exit status 1.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Run against this cluster's database.", valueName: "id"))
    var cluster: String?

    @Option(name: .long, help: ArgumentHelp("With --cluster: the database to connect to (the cluster's).", valueName: "name"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("With --cluster: the user to connect as (the master user).", valueName: "name"))
    var user: String?

    @Flag(name: .long, help: "Use the scratch database kept in the workspace (the default).")
    var scratch = false

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this SQL (repeatable; run in order).", valueName: "sql"))
    var commands: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the SQL script in this file.", valueName: "file"))
    var file: String?

    @Flag(name: .long, help: "Print results as CSV with a header row.")
    var csv = false

    @Flag(name: .long, help: "Print results as JSON arrays of objects.")
    var json = false

    @Flag(name: .customShort("t"), help: "Print rows only: no header, no row count.")
    var tuplesOnly = false

    func validate() throws {
        if cluster != nil && scratch { throw ValidationError("Use either --cluster or --scratch, not both.") }
        if csv && json { throw ValidationError("Use either --csv or --json, not both.") }
        if cluster == nil && (database != nil || user != nil) {
            throw ValidationError("--database and --user choose what to connect to on a cluster: give --cluster too.")
        }
    }

    func run() throws {
        let session = try LabSession.open(global)
        let database: any SQLTarget
        do {
            if let cluster {
                database = try ClusterDatabase(world: World(workspace: session.workspace.root), clusterID: cluster,
                                               database: self.database, user: user)
            } else {
                database = try StoredDatabase.scratch(workspaceRoot: session.workspace.root)
            }
        } catch let refused as ClusterConnectionError {
            FileHandle.standardError.write(Data("lab sql: error: \(refused)\n".utf8))
            throw ExitCode(2)
        } catch {
            throw LabFailure("cannot open the \(cluster == nil ? "scratch" : "cluster's") database: \(error)")
        }
        let formatter = ResultFormatter(format: csv ? .csv : json ? .json : .aligned, tuplesOnly: tuplesOnly)
        let runner = SQLScriptRunner(database: database, formatter: formatter,
                                     out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                                     err: { FileHandle.standardError.write(Data($0.utf8)) })
        var succeeded = true
        var timing = false
        for command in commands where succeeded { succeeded = runner.runScript(command, timing: &timing) }
        if succeeded, let file {
            guard let script = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw LabFailure("\(file): No such file or directory")
            }
            succeeded = runner.runScript(script, source: file, timing: &timing)
        }
        if commands.isEmpty, file == nil, isatty(STDIN_FILENO) == 1 {
            throw LabFailure("no SQL to run: give -c SQL or -f FILE, or pipe a script in (type SQL interactively in `lab`)")
        }
        if succeeded, commands.isEmpty, file == nil {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            succeeded = runner.runScript(input, timing: &timing)
        }
        if !succeeded { throw ExitCode(1) }
    }
}
