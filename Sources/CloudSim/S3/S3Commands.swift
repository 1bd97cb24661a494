import Foundation

/// `aws s3`: the high-level commands (mb, rb, ls, cp, sync, rm), printing what the CLI prints
/// (`upload: ./f.csv to s3://b/k`, `ls` columns, `PRE prefix/`) without the transient progress
/// lines. They work through the s3api operations, so both fronts behave the same.
struct S3Commands: CommandSet {
    let name = "s3"
    let commandNames = ["cp", "ls", "mb", "rb", "rm", "sync"]

    private static let options: [String: (flags: Set<String>, valued: Set<String>)] = [
        "cp": (["--recursive", "--dryrun", "--quiet", "--only-show-errors", "--no-progress"], ["--storage-class", "--content-type"]),
        "ls": (["--recursive", "--human-readable", "--summarize"], ["--page-size"]),
        "mb": ([], []),
        "rb": (["--force"], []),
        "rm": (["--recursive", "--dryrun", "--quiet", "--only-show-errors"], []),
        "sync": (["--dryrun", "--quiet", "--only-show-errors", "--no-progress", "--delete"], ["--storage-class"]),
    ]

    func optionNames(of command: String) -> [String] {
        guard let options = Self.options[command] else { return [] }
        return (options.flags.union(options.valued)).sorted()
    }

    func run(_ command: String, arguments: [String], context: CommandContext) -> CLIResult {
        do {
            let parsed = try S3CommandArguments.parse(arguments, command: command, options: Self.options[command]!)
            let transfer = S3Transfer(context: context, arguments: parsed)
            switch command {
            case "mb": return try transfer.makeBucket()
            case "rb": return try transfer.removeBucket()
            case "ls": return try transfer.list()
            case "rm": return try transfer.remove()
            case "sync": return try transfer.sync()
            default: return try transfer.copy()
            }
        } catch {
            return CLIResult(error)
        }
    }
}

/// The paths and options of one `aws s3` command.
struct S3CommandArguments {
    var paths: [String] = []
    var flags: Set<String> = []
    var values: [String: String] = [:]

    static func parse(_ arguments: [String], command: String,
                      options: (flags: Set<String>, valued: Set<String>)) throws(CLIFailure) -> S3CommandArguments {
        var parsed = S3CommandArguments()
        var unknown: [String] = []
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if options.flags.contains(token) {
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
        case "cp", "sync": 2...2
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
    var quiet: Bool { flags.contains("--quiet") }
    var dryRun: Bool { flags.contains("--dryrun") }
}

/// An `s3://bucket/key` address.
struct S3Address {
    let bucket: String
    let key: String

    init?(_ text: String) {
        guard text.hasPrefix("s3://") else { return nil }
        let rest = text.dropFirst(5)
        if let slash = rest.firstIndex(of: "/") {
            bucket = String(rest[..<slash])
            key = String(rest[rest.index(after: slash)...])
        } else {
            bucket = String(rest)
            key = ""
        }
    }

    init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    var description: String { "s3://\(bucket)/\(key)" }
}
