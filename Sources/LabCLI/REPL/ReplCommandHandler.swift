import LabKit
import CloudSim
import Foundation

/// Runs what the REPL dispatches: SQL on the workspace's scratch database, AWS CLI lines against
/// the simulated world, lab words and backslash commands. A failure counts as a failed command,
/// so a piped script that relies on it fails loudly instead of passing silently.
struct ReplCommandHandler {
    let session: LabSession

    /// The prompt's name: the current lab's number and step (`07/fact-table`), or `lab` before any.
    func promptName() -> String {
        let environment = ProcessInfo.processInfo.environment
        // Read-only: the prompt is drawn for every line, so it never writes the progress store.
        guard let learner = try? session.progress.existingLearnerID(named: LearnerName.current(environment: environment)),
              let lab = try? session.progress.currentLab(learner: learner),
              let step = try? session.progress.currentStep(learner: learner, lab: lab) else { return "lab" }
        return "\(lab.prefix { $0 != "-" })/\(step)"
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

    /// Runs SQL on the workspace's scratch database through `lab sql`'s runner; the output
    /// goes to the console without the runner's final newline (the console adds one).
    func runSQL(_ statement: String, console: any Console) -> Bool {
        let database: LoggedDatabase
        do {
            database = try OpenDatabases.shared.database(for: session.workspace.root)
        } catch {
            console.err("error: cannot open the scratch database: \(error)")
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
        default:
            console.err("invalid command \\\(command)\nTry \\? for help.")
            return false
        }
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
