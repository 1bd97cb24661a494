import ArgumentParser
import Foundation
import Glibc
import LabKit

/// `lab`: with no subcommand, the guided REPL over the learner's workspace.
@main
struct Lab: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Redshift Lab: a guided, offline training lab for AWS data warehousing.",
        usage: "lab [--workspace <dir>] [<subcommand>]",
        discussion: "With no subcommand, lab starts the guided REPL in the workspace: type SQL ending in ';', "
            + "AWS CLI commands starting with 'aws', or lab commands such as 'help'. With standard input not a "
            + "terminal, lab runs the piped script without prompts and exits non-zero if any command failed.",
        version: version,
        subcommands: [CheckCommand.self, LabsCommand.self, HintCommand.self, ResetCommand.self, AwsCommand.self,
                      ClockCommand.self, CostCommand.self, ExamCommand.self, ProgressCommand.self, ClassCommand.self, DevCommand.self,
                      SQLCommand.self, DatasetsCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try LabSession.open(global)
        let console = StandardConsole()
        let handler = ReplCommandHandler(session: session)
        let status: Int32
        if isatty(STDIN_FILENO) == 1 {
            var completion = CompletionRegistry()
            completion.register(LeadingWordCompletion(words: ReplHelp.leadingWords))
            completion.register(AwsCompletion())
            completion.register(SQLCompletion(workspaceRoot: session.workspace.root, connection: handler.connection))
            let reader = ReadlineReader(historyPath: session.workspace.historyFile.path, completion: completion)
            console.err("Redshift Lab \(Self.version) — workspace \(session.workspace.root.path). Type help for help.")
            var repl = Repl(reader: reader, console: console, handler: handler)
            status = repl.run()
        } else {
            var repl = Repl(reader: PipedLineReader(), console: console, handler: handler)
            status = repl.run()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
