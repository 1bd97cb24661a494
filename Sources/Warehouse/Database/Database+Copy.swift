import Synchronization
/// COPY: reads files from the owner's object store, parses them in parallel into typed column
/// vectors, records rejected rows in STL_LOAD_ERRORS, and appends everything in one step, so a
/// failing COPY (over MAXERROR, a missing file, a denied role) leaves the table as it was.
extension Database {
    /// Redshift's first user id, the id of the learner's database user.
    static let learnerUserID: Int32 = 100
    /// Slices a COPY spreads files over, until the engine has real slices.
    static let assumedSliceCount = 4

    func runCopy(_ copy: Copy) throws -> StatementResult {
        let options = try CopyOptions(copy.options)
        let binder = binder()
        var table = try binder.lookupTable(copy.table)
        let definition = table.definition
        let targets = try copyTargets(copy.columns, definition, explicitIDs: options.explicitIDs)
        guard let store = objectStore else {
            throw SQLError(SQLState.featureNotSupported, "COPY is not supported by this engine yet: this database has no S3 to read from")
        }
        let query = nextQueryID()
        let startTime = SessionClock.inEffect.statementStart
        let session = try store.open(options.credentials, region: options.region)
        let source = CopySource(session: session, query: query, sessionID: sessionID)
        var files = try source.files(from: copy.source, manifest: options.manifest)
        let jsonPaths = try readJSONPaths(options, session, targetCount: targets.count)

        let columns = targets.map { definition.columns[$0] }
        let parser = FileParser(options: options, targets: columns, jsonPaths: jsonPaths,
                                rejectionLimit: options.maxError == Int.max ? Int.max : max(options.maxError, 1))
        var results = try ParallelLoad(parser: parser).parse(files)
        if let failure = results.lazy.compactMap(\.failure).first { throw failure }
        // The files' text is parsed: only their names are needed from here on.
        let locations = files.map(\.location)
        files = []

        let tableID = SystemRelations.tableID(schema: definition.schema, name: definition.name)
        var errors: [LoadErrorRecord] = []
        var commits: [LoadCommitRecord] = []
        for (index, (file, result)) in zip(locations, results).enumerated() {
            let slice = Int32(index % Self.assumedSliceCount)
            errors += result.rejections.map { rejection in
                LoadErrorRecord(userID: Self.learnerUserID, slice: slice, tableID: tableID, startTime: startTime, session: sessionID,
                                query: query, filename: file.description, lineNumber: Int64(rejection.line),
                                columnName: rejection.columnName, type: rejection.type, columnLength: rejection.columnLength,
                                position: rejection.position, rawLine: rejection.rawLine, rawFieldValue: rejection.rawFieldValue,
                                errorCode: rejection.code, reason: rejection.reason)
            }
            commits.append(LoadCommitRecord(userID: Self.learnerUserID, query: query, slice: slice, name: "",
                                            filename: file.description, byteOffset: 0,
                                            linesScanned: Int32(clamping: result.linesScanned),
                                            errors: Int32(clamping: result.rejections.count),
                                            currentTime: SessionClock.inEffect.statementStart, status: 1,
                                            fileFormat: options.format.fileFormatName))
        }
        let loaded = results.reduce(0) { $0 + $1.rows }
        if let first = errors.first, errors.count >= options.maxError {
            loadHistory.record(errors: errors, commits: [])
            lastCopy = (query, 0)
            throw LoadErrors.failed(definition.name, first: first, session: sessionID)
        }
        if !options.noLoad, loaded > 0 {
            let listed = try Self.combinedColumns(of: &results, types: columns.map(\.type))
            var identityNext = definition.identityNext
            let evaluator = ExpressionEvaluator(context: ExecutionContext(system: systemState))
            let complete = try completeColumns(definition, listed: listed, at: targets, count: loaded,
                                               identityNext: &identityNext, binder: binder, evaluator: evaluator)
            // One load: into an empty table it is written in sort key order, as Redshift's COPY does.
            try table.storage.append(contentsOf: [Batch(columns: complete, count: loaded)])
            table.definition.identityNext = identityNext
            catalog.updateTable(table)
        }
        let count = options.noLoad ? 0 : loaded
        loadHistory.record(errors: errors, commits: commits)
        lastCopy = (query, Int64(count))
        var notices = [Notice(severity: "INFO", "Load into table '\(definition.name)' completed, \(count) record(s) loaded successfully.")]
        if !errors.isEmpty {
            notices.append(Notice(severity: "INFO", "Load into table '\(definition.name)' completed, \(errors.count) record(s) could not be "
                                  + "loaded.  Check 'stl_load_errors' system table for details."))
        }
        return StatementResult(commandTag: "COPY", notices: notices)
    }

    /// Each target column's values from every file's batches, in file order, as one vector.
    /// Columns are put together on all cores; each column's pieces are released once it is
    /// built, so the load holds its values about once, not once in batches and again combined.
    private static func combinedColumns(of results: inout [FileParser.Result], types: [DataType]) throws -> [ColumnVector] {
        var pieces = [[ColumnVector]](repeating: [], count: types.count)
        for file in results.indices {
            for batch in results[file].batches {
                for index in types.indices { pieces[index].append(batch[index]) }
            }
            results[file].batches = []
        }
        let columns = pieces.map(ColumnPieces.init)
        pieces = []
        return try ParallelBatches.perform(types.count) { index in
            var builder = ColumnBuilder(type: types[index])
            try builder.append(contentsOf: columns[index].take())
            return builder.build()
        }
    }

    /// The table columns the fields fill, in order: the column list, or every column except
    /// IDENTITY columns unless EXPLICIT_IDS loads their values from the data.
    private func copyTargets(_ names: [Identifier], _ definition: TableDefinition, explicitIDs: Bool) throws -> [Int] {
        guard !names.isEmpty else {
            return definition.columns.indices.filter { explicitIDs || definition.columns[$0].identity == nil }
        }
        var positions: [Int] = []
        for name in names {
            guard let position = definition.columnIndex(name.value) else {
                throw SQLError(SQLState.undefinedColumn, "column \"\(name.value)\" of relation \"\(definition.name)\" does not exist",
                               position: name.location.position)
            }
            guard !positions.contains(position) else {
                throw SQLError(SQLState.duplicateColumn, "column \"\(name.value)\" specified more than once",
                               position: name.location.position)
            }
            if definition.columns[position].identity != nil, !explicitIDs {
                throw SQLError(SQLState.featureNotSupported,
                               "cannot set an identity column to a value", hint: "Use EXPLICIT_IDS to load IDENTITY values.")
            }
            positions.append(position)
        }
        return positions
    }

    /// The JSONPaths file of `JSON 's3://...'`, nil for `'auto'` (or a file without a
    /// `jsonpaths` key, which Redshift silently treats as `'auto'`).
    private func readJSONPaths(_ options: CopyOptions, _ session: any LoadObjectSession, targetCount: Int) throws -> [JSONPath]? {
        guard case .json(.paths(let location)) = options.format else { return nil }
        guard let bytes = try session.read(bucket: location.bucket, key: location.key) else {
            throw LoadErrors.noSuchKey(location, query: lastQueryID, session: sessionID)
        }
        guard let paths = try JSONPath.file(bytes) else { return nil }
        guard paths.count == targetCount else {
            throw SQLError(SQLState.internalError, "Number of jsonpaths and the number of columns should match. "
                           + "JSONPath size: \(paths.count), Number of columns in table or column list: \(targetCount)")
        }
        return paths
    }
}

/// One column's parsed pieces, handed to the single task that combines them (and so frees
/// them as soon as the column is built).
private final class ColumnPieces: Sendable {
    private let pieces: Mutex<[ColumnVector]>

    init(_ pieces: [ColumnVector]) {
        self.pieces = Mutex(pieces)
    }

    func take() -> [ColumnVector] {
        pieces.withLock { pieces in
            defer { pieces = [] }
            return pieces
        }
    }
}
