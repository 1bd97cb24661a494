/// An operation's command-line arguments read as the CLI's argparse tables read them: each
/// model member becomes `--kebab-name` (booleans also `--no-kebab-name`), lists take every
/// following word up to the next option, `--cli-input-json` supplies members as JSON, and
/// get-object's `outfile` is positional. Values are unpacked and validated afterwards.
struct OperationArguments {
    var tokens: [String: [String]] = [:]
    var flags: [String: Bool] = [:]
    var inputJSON: String?
    var outfile: String?
    var pageSize: String?

    /// argparse's `--name=value` form: the option and its explicit value (which may start with `-`).
    static func splitEquals(_ token: String, known: Set<String>) -> (String, String?) {
        guard token.hasPrefix("--"), let equals = token.firstIndex(of: "="),
              known.contains(String(token[..<equals])) else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    static func looksLikeOption(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token.count > 1 else { return false }
        return Double(token) == nil
    }

    static func parse(_ arguments: [String], operation: Operation) throws(CLIFailure) -> OperationArguments {
        var parsed = OperationArguments()
        var unknown: [String] = []
        var positionals: [String] = []
        let byName = Dictionary(operation.input.map { ("--" + CLIName.from($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        let known = Set(byName.keys).union(["--cli-input-json", "--page-size"])
        var index = 0
        var attached: String?
        func values(for option: String, many: Bool) throws(CLIFailure) -> [String] {
            if let attached { return [attached] }
            var taken: [String] = []
            while index < arguments.count, !looksLikeOption(arguments[index]) {
                taken.append(arguments[index])
                index += 1
                if !many { break }
            }
            if taken.isEmpty {
                throw .usage("argument \(option): expected \(many ? "at least one argument" : "one argument")")
            }
            return taken
        }
        while index < arguments.count {
            let (token, value) = splitEquals(arguments[index], known: known)
            attached = value
            index += 1
            if token == "--cli-input-json" {
                parsed.inputJSON = try values(for: token, many: false)[0]
            } else if token == "--page-size", operation.pagination != nil {
                parsed.pageSize = try values(for: token, many: false)[0]
            } else if let member = byName[token] {
                if case .boolean = member.shape {
                    parsed.flags[member.name] = true
                } else {
                    let many: Bool
                    if case .list = member.shape { many = true } else { many = false }
                    parsed.tokens[member.name] = try values(for: token, many: many)
                }
            } else if token.hasPrefix("--no-"), let member = byName["--" + token.dropFirst(5)],
                      case .boolean = member.shape {
                parsed.flags[member.name] = false
            } else if looksLikeOption(token) {
                unknown.append(token)
                while index < arguments.count, !looksLikeOption(arguments[index]) {
                    unknown.append(arguments[index])
                    index += 1
                }
            } else {
                positionals.append(token)
            }
        }
        if operation.writesOutfile, !positionals.isEmpty {
            parsed.outfile = positionals.removeFirst()
        }
        // With --cli-input-json, missing members are left for validation to report.
        let missingMembers = parsed.inputJSON != nil ? [] : operation.input.filter { member in
            member.isRequired && parsed.tokens[member.name] == nil && parsed.flags[member.name] == nil
        }.map { "--" + CLIName.from($0.name) }
        let missing = missingMembers + (operation.writesOutfile && parsed.outfile == nil ? ["outfile"] : [])
        if !missing.isEmpty {
            throw .usage("the following arguments are required: " + missing.joined(separator: ", "))
        }
        unknown += positionals
        if !unknown.isEmpty { throw .unknownOptions(unknown) }
        return parsed
    }

    /// The request: `--cli-input-json` members first, overridden by the command line, in model order.
    func input(for operation: Operation, files: LocalFiles) throws(CLIFailure) -> AWSValue {
        var supplied: [String: AWSValue] = [:]
        var extra: [AWSValue.Member] = []
        if let inputJSON {
            let text: String
            do {
                text = try files.load(inputJSON)?.stringValue ?? inputJSON
            } catch {
                throw .parsing("--cli-input-json", error.description)
            }
            let decoded: AWSValue
            do {
                decoded = try JSONReader.parse(text)
            } catch {
                throw .parsing("--cli-input-json", "Invalid JSON: \(error.description)\nJSON received: \(text)")
            }
            guard case .object(let members) = decoded else {
                throw .parameter("Invalid JSON received.")
            }
            for member in members {
                if operation.input.contains(where: { $0.name == member.name }) {
                    supplied[member.name] = member.value
                } else {
                    extra.append(member)
                }
            }
        }
        for member in operation.input {
            if let flag = flags[member.name] {
                supplied[member.name] = .bool(flag)
            } else if let values = tokens[member.name] {
                supplied[member.name] = try ArgumentUnpacker.unpack(values, member: member, cliName: "--" + CLIName.from(member.name),
                                                                       files: files)
            }
        }
        let ordered = operation.input.compactMap { member in supplied[member.name].map { AWSValue.Member(member.name, $0) } }
        return .object(ordered + extra)
    }
}
