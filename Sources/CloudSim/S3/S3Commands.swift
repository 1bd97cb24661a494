import Foundation

/// `aws s3`: the high-level commands (mb, rb, ls, cp, mv, sync, rm), printing what the CLI prints
/// (`upload: ./f.csv to s3://b/k`, `ls` columns, `PRE prefix/`) without the transient progress
/// lines. They work through the s3api operations, so both fronts behave the same.
struct S3Commands: CommandSet {
    let name = "s3"
    let commandNames = ["cp", "ls", "mb", "mv", "rb", "rm", "sync"]

    private static let options: [String: (flags: Set<String>, valued: Set<String>)] = [
        "cp": (["--recursive", "--dryrun", "--quiet", "--only-show-errors", "--no-progress"],
               ["--storage-class", "--content-type", "--exclude", "--include"]),
        "ls": (["--recursive", "--human-readable", "--summarize"], []),
        "mb": ([], []),
        "mv": (["--recursive", "--dryrun", "--quiet", "--only-show-errors", "--no-progress"],
               ["--storage-class", "--content-type", "--exclude", "--include"]),
        "rb": (["--force"], []),
        "rm": (["--recursive", "--dryrun", "--quiet", "--only-show-errors"], ["--exclude", "--include"]),
        "sync": (["--dryrun", "--quiet", "--only-show-errors", "--no-progress", "--delete"],
                 ["--storage-class", "--exclude", "--include"]),
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
            case "mv": return try transfer.move()
            default: return try transfer.copy()
            }
        } catch {
            return CLIResult(error)
        }
    }
}
