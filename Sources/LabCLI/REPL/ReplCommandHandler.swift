/// Runs what the REPL dispatches. Modules that are not built yet say so plainly and count as a
/// failed command, so a script that relies on them fails loudly instead of passing silently.
struct ReplCommandHandler {
    /// Runs `aws ...` lines against the workspace's simulated world; nil when there is none.
    var aws: AwsRunner?

    func run(_ input: ReplInput, console: any Console) -> Bool {
        switch input {
        case .meta(let command, _):
            return runMeta(command, console: console)
        case .aws(let arguments):
            guard let aws else { return notBuilt("the simulated AWS control plane (aws ...)", console: console) }
            return aws.run(line: arguments, console: console)
        case .lab(.help, _):
            console.out(ReplHelp.text)
            return true
        case .lab(let word, _):
            return notBuilt("the lab command '\(word.rawValue)'", console: console)
        case .sql(let text):
            return runSQL(text, console: console)
        case .quit, .blank:
            return true
        }
    }

    func runSQL(_ statement: String, console: any Console) -> Bool {
        notBuilt("the SQL engine", console: console)
    }

    private func runMeta(_ command: String, console: any Console) -> Bool {
        switch command {
        case "?":
            console.out(ReplHelp.metaText)
            return true
        default:
            console.err("invalid command \\\(command)\nTry \\? for help.")
            return false
        }
    }

    private func notBuilt(_ what: String, console: any Console) -> Bool {
        console.err("error: \(what) is not built yet in this version of lab.")
        return false
    }
}
