/// The CLI's options that apply to every command (`--region`, `--output`, ...), which may appear
/// anywhere on the line, and the words left for the service and operation.
struct GlobalArguments {
    var region: String?
    var output = "json"
    var paginate = true
    var rest: [String] = []

    /// Options taking a value that the simulator accepts and has no use for (there is one account
    /// and no network), so scripts written for the real CLI run unchanged.
    private static let ignoredWithValue: Set<String> = ["--profile", "--endpoint-url", "--ca-bundle",
                                                        "--cli-read-timeout", "--cli-connect-timeout", "--color"]
    private static let ignoredFlags: Set<String> = ["--no-verify-ssl", "--no-sign-request", "--debug"]
    private static let outputs = ["json", "text", "table"]

    static func parse(_ arguments: [String]) throws(CLIFailure) -> GlobalArguments {
        var globals = GlobalArguments()
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            switch token {
            case "--region", "--output":
                guard index + 1 < arguments.count, !OperationArguments.looksLikeOption(arguments[index + 1]) else {
                    throw .usage("argument \(token): expected one argument")
                }
                let value = arguments[index + 1]
                if token == "--region" {
                    globals.region = value
                } else {
                    guard outputs.contains(value) else {
                        throw .usage("argument --output: Invalid choice, valid choices are:\n\n"
                            + "json                                     | text                                    \n"
                            + "table                                   ")
                    }
                    globals.output = value
                }
                index += 2
            case "--no-paginate":
                globals.paginate = false
                index += 1
            case _ where ignoredWithValue.contains(token):
                guard index + 1 < arguments.count else { throw .usage("argument \(token): expected one argument") }
                index += 2
            case _ where ignoredFlags.contains(token):
                index += 1
            default:
                globals.rest.append(token)
                index += 1
            }
        }
        return globals
    }
}
