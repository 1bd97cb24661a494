/// The paths and options of one `aws s3` command.
struct S3CommandArguments {
    var paths: [String] = []
    var flags: Set<String> = []
    var values: [String: String] = [:]
    var filter = S3PathFilter()

    static func parse(_ arguments: [String], command: String,
                      options: (flags: Set<String>, valued: Set<String>)) throws(CLIFailure) -> S3CommandArguments {
        var parsed = S3CommandArguments()
        var unknown: [String] = []
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if token == "--exclude" || token == "--include", options.valued.contains(token) {
                guard index < arguments.count else { throw .usage("argument \(token): expected one argument") }
                parsed.filter.rules.append(S3PathFilter.Rule(excludes: token == "--exclude", pattern: arguments[index]))
                index += 1
            } else if options.flags.contains(token) {
                parsed.flags.insert(token)
            } else if options.valued.contains(token) {
                guard index < arguments.count else { throw .usage("argument \(token): expected one argument") }
                parsed.values[token] = arguments[index]
                index += 1
            } else if OperationArguments.looksLikeOption(token) {
                unknown.append(token)
            } else {
                parsed.paths.append(token)
            }
        }
        let wanted: ClosedRange<Int> = switch command {
        case "ls": 0...1
        case "cp", "mv", "sync": 2...2
        default: 1...1
        }
        if parsed.paths.count < wanted.lowerBound {
            throw .usage("the following arguments are required: paths")
        }
        unknown += parsed.paths.dropFirst(wanted.upperBound)
        parsed.paths = Array(parsed.paths.prefix(wanted.upperBound))
        if !unknown.isEmpty { throw .unknownOptions(unknown) }
        return parsed
    }

    var recursive: Bool { flags.contains("--recursive") }
    /// `--quiet` and `--only-show-errors` both leave out the lines for what succeeded.
    var quiet: Bool { flags.contains("--quiet") || flags.contains("--only-show-errors") }
    var dryRun: Bool { flags.contains("--dryrun") }
}
