import Foundation

/// One command's settings (region, output, paging) and the way to call operations in the world.
struct CommandContext {
    let cli: AWSCLI
    let globals: GlobalArguments

    var region: String { globals.region ?? Account.defaultRegion }

    var files: LocalFiles { LocalFiles(workingDirectory: cli.workingDirectory) }

    /// How local file times relate to world time, read once per command.
    var localClock: LocalClock {
        LocalClock(skew: ((try? cli.world.now()) ?? Date()).timeIntervalSince(Date()))
    }

    func runOperation(_ operation: Operation, arguments: [String]) throws -> CLIResult {
        let parsed = try OperationArguments.parse(arguments, operation: operation)
        let given = try parsed.input(for: operation, files: files)
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
                try files.write(body, to: outfile)
            } catch {
                throw CLIFailure.parameter(error.description)
            }
        }
        let shown = globals.query.map { $0.search(result.value) } ?? result.value
        return CLIResult(stdout: OutputFormatter.format(shown, as: globals.output))
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
                  pagination.moreResults.map({ page[$0]?.boolValue == true }) ?? true else { break }
            request = request.setting(pagination.inputToken, token)
        }
        // Text output formats each page with every result key, null when absent; JSON leaves them out.
        let keepsEmptyKeys = globals.output == "text"
        var members = pagination.resultKeys.compactMap { key in
            merged[key].map { AWSValue.Member(key, .list($0)) } ?? (keepsEmptyKeys ? AWSValue.Member(key, .null) : nil)
        }
        members += pagination.nonAggregateKeys.map { AWSValue.Member($0, nonAggregate[$0] ?? .null) }
        return OperationResult(.object(members))
    }
}
