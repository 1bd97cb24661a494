/// A hand-written command set such as `aws s3` (mb, cp, ls, ...), which has its own syntax
/// rather than one option per model member, and works through the API operations.
protocol CommandSet: Sendable {
    var name: String { get }
    var commandNames: [String] { get }
    func optionNames(of command: String) -> [String]
    func run(_ command: String, arguments: [String], context: CommandContext) -> CLIResult
}
