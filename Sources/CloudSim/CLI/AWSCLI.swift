import Foundation

/// `aws SERVICE OPERATION [--param value]...` against the simulated world, behaving as the AWS
/// CLI v1 (1.45) does: the same argument syntax, the same JSON output, the same error texts and
/// exit statuses (2 for argument errors, 255 for parameter and service errors).
public struct AWSCLI: Sendable {
    public let world: World
    /// Where relative local paths (`--body f.csv`, `outfile`, `aws s3 cp`) are resolved.
    public let workingDirectory: URL

    public init(world: World, workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.world = world
        self.workingDirectory = workingDirectory
    }

    /// Runs the words after `aws`.
    public func run(_ arguments: [String]) -> CLIResult {
        do {
            let globals = try GlobalArguments.parse(arguments)
            guard let serviceName = globals.rest.first else {
                throw CLIFailure.usage("the following arguments are required: command")
            }
            let context = CommandContext(cli: self, globals: globals)
            if let commands = AWSCatalog.commandSet(named: serviceName) {
                guard globals.rest.count > 1 else { throw CLIFailure.usage("the following arguments are required: operation") }
                guard commands.commandNames.contains(globals.rest[1]) else {
                    throw CLIFailure.invalidChoice(argument: "operation", choices: commands.commandNames)
                }
                return commands.run(globals.rest[1], arguments: Array(globals.rest.dropFirst(2)), context: context)
            }
            guard let service = AWSCatalog.service(named: serviceName) else {
                throw CLIFailure.invalidChoice(argument: "command", choices: AWSCatalog.serviceNames)
            }
            guard globals.rest.count > 1 else { throw CLIFailure.usage("the following arguments are required: operation") }
            if globals.rest[1] == "wait", !service.waiters.isEmpty {
                let names = service.waiters.map(\.cliName).sorted()
                guard globals.rest.count > 2 else { throw CLIFailure.usage("the following arguments are required: waiter_name") }
                guard let waiter = service.waiters.first(where: { $0.cliName == globals.rest[2] }) else {
                    throw CLIFailure.invalidChoice(argument: "waiter_name", choices: names)
                }
                return try context.runWaiter(waiter, arguments: Array(globals.rest.dropFirst(3)))
            }
            guard let operation = service.operation(named: globals.rest[1]) else {
                throw CLIFailure.invalidChoice(argument: "operation", choices: AWSCatalog.operationNames(of: serviceName))
            }
            return try context.runOperation(operation, arguments: Array(globals.rest.dropFirst(2)))
        } catch let failure as CLIFailure {
            return CLIResult(failure)
        } catch {
            return CLIResult(stderr: "\n\(error)\n", exitCode: 255)
        }
    }
}

/// One command's settings (region, output, paging) and the way to call operations in the world.
struct CommandContext {
    let cli: AWSCLI
    let globals: GlobalArguments

    var region: String { globals.region ?? Account.defaultRegion }

    /// A local path as the user wrote it, resolved against the working directory.
    func localURL(_ path: String) -> URL {
        let expanded = ParamFile.expand(path)
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
        return cli.workingDirectory.appendingPathComponent(expanded)
    }

    func runOperation(_ operation: Operation, arguments: [String]) throws -> CLIResult {
        let parsed = try OperationArguments.parse(arguments, operation: operation)
        let given = try parsed.input(for: operation)
        try ParameterValidator.validate(given, members: operation.input)
        let input = Shape.structure(operation.input).arranged(given)
        let result: OperationResult
        if let pagination = operation.pagination, globals.paginate,
           input[pagination.inputToken] == nil, input[pagination.limitKey] == nil {
            let pageSize = try parsed.pageSize.map { text throws(CLIFailure) -> Int in
                do { return try PythonNumbers.int(text) } catch { throw .parameter(String(describing: error)) }
            }
            result = try allPages(operation, input: input, pagination: pagination, pageSize: pageSize)
        } else {
            result = try call(operation, input: input)
        }
        if let outfile = parsed.outfile, let body = result.body {
            do {
                try body.write(to: localURL(outfile))
            } catch {
                throw CLIFailure.parameter(OSError(code: errno == 0 ? ENOENT : errno, path: outfile).description)
            }
        }
        return CLIResult(stdout: OutputFormatter.format(result.value, as: globals.output))
    }

    /// One API call in one world transaction; service errors become the CLI's error line.
    func call(_ operation: Operation, input: AWSValue) throws(CLIFailure) -> OperationResult {
        do {
            return try invoke(operation, input: input)
        } catch {
            throw .service(error, operation: operation.name)
        }
    }

    /// One API call, with the service error as it is (the `aws s3` commands word them their own way).
    func invoke(_ operation: Operation, input: AWSValue) throws(ServiceError) -> OperationResult {
        do {
            return try cli.world.transaction(region: region) { world in
                try operation.perform(OperationRequest(input: input, world: world))
            }
        } catch let error as ServiceError {
            guard operation.isHead else { throw error }
            throw ServiceError(String(error.httpStatus), HTTPStatus.reason(error.httpStatus), httpStatus: error.httpStatus)
        } catch {
            throw ServiceError("InternalError", "\(error)", httpStatus: 500)
        }
    }

    /// Calls a paginated operation until the last page and merges the pages as botocore's
    /// `build_full_result` does: result keys concatenated, then the non-aggregate keys.
    private func allPages(_ operation: Operation, input: AWSValue, pagination: Pagination,
                          pageSize: Int?) throws(CLIFailure) -> OperationResult {
        var merged: [String: [AWSValue]] = [:]
        var nonAggregate: [String: AWSValue] = [:]
        var request = input
        if let pageSize { request = request.setting(pagination.limitKey, .integer(pageSize)) }
        while true {
            let page = try call(operation, input: request).value
            for key in pagination.resultKeys {
                if let items = page[key]?.listValue { merged[key, default: []] += items }
            }
            for key in pagination.nonAggregateKeys where nonAggregate[key] == nil {
                if let value = page[key] { nonAggregate[key] = value }
            }
            guard let token = page[pagination.outputToken], token != .null,
                  page["IsTruncated"]?.boolValue ?? true else { break }
            request = request.setting(pagination.inputToken, token)
        }
        var members = pagination.resultKeys.compactMap { key in merged[key].map { AWSValue.Member(key, .list($0)) } }
        members += pagination.nonAggregateKeys.map { AWSValue.Member($0, nonAggregate[$0] ?? .null) }
        return OperationResult(.object(members))
    }
}

extension AWSValue {
    /// This object with member `name` set (replaced in place, or appended).
    func setting(_ name: String, _ value: AWSValue) -> AWSValue {
        var members = self.members ?? []
        if let index = members.firstIndex(where: { $0.name == name }) {
            members[index].value = value
        } else {
            members.append(Member(name, value))
        }
        return .object(members)
    }
}

/// The reason phrases the CLI shows for errors that carry no body (HEAD requests).
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        switch status {
        case 301: return "Moved Permanently"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 409: return "Conflict"
        default: return "Internal Server Error"
        }
    }
}
