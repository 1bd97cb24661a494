/// The CLI's options that apply to every command (`--region`, `--output`, `--query`, ...), which
/// may appear anywhere on the line, and the words left for the service and operation.
struct GlobalArguments {
    var region: String?
    var output = "json"
    var paginate = true
    var query: JMESPath?
    var rest: [String] = []

    /// Options taking a value that the simulator accepts and has no use for (there is one account
    /// and no network), so scripts written for the real CLI run unchanged.
    private static let ignoredWithValue: Set<String> = ["--profile", "--endpoint-url", "--ca-bundle",
                                                        "--cli-read-timeout", "--cli-connect-timeout", "--color"]
    private static let ignoredFlags: Set<String> = ["--no-verify-ssl", "--no-sign-request"]
    private static let outputs = ["json", "text", "table"]
    private static let valued = ignoredWithValue.union(["--region", "--output", "--query"])

    static func parse(_ arguments: [String]) throws(CLIFailure) -> GlobalArguments {
        var globals = GlobalArguments()
        var index = 0
        /// The value of the option just read: attached (`--region=x`) or the next word.
        func value(of option: String, attached: String?) throws(CLIFailure) -> String {
            if let attached { return attached }
            guard index < arguments.count, !OperationArguments.looksLikeOption(arguments[index]) else {
                throw .usage("argument \(option): expected one argument")
            }
            defer { index += 1 }
            return arguments[index]
        }
        while index < arguments.count {
            let (token, attached) = OperationArguments.splitEquals(arguments[index], known: valued)
            index += 1
            switch token {
            case "--region":
                globals.region = try value(of: token, attached: attached)
            case "--output":
                let output = try value(of: token, attached: attached)
                guard outputs.contains(output) else {
                    throw .usage("argument --output: Invalid choice, valid choices are:\n\n"
                        + "json                                     | text                                    \n"
                        + "table                                   ")
                }
                guard output != "table" else {
                    throw .parameter("--output table is not simulated by lab; use --output json or --output text.")
                }
                globals.output = output
            case "--query":
                let expression = try value(of: token, attached: attached)
                do {
                    globals.query = try JMESPath.parse(expression)
                } catch {
                    throw .parameter("Bad value for --query \(expression): \(error.description)")
                }
            case "--no-paginate":
                globals.paginate = false
            case _ where ignoredWithValue.contains(token):
                _ = try value(of: token, attached: attached)
            case _ where ignoredFlags.contains(token):
                break
            default:
                globals.rest.append(arguments[index - 1])
            }
        }
        return globals
    }
}
