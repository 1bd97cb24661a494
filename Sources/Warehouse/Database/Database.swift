import Foundation

/// One database and one session on it: parses SQL, binds and runs each statement, and keeps
/// the catalog and table contents in memory. Each statement is atomic: a failing statement
/// leaves no trace, and inside BEGIN ... COMMIT a failure aborts the transaction until
/// ROLLBACK, as PostgreSQL does.
public final class Database {
    var catalog: Catalog
    var settings = SessionSettings()
    /// The table scans of the last statement, with the blocks each read and skipped.
    public private(set) var lastStatementScans: [TableScanStatistics] = []
    private var transaction: Transaction?
    /// Where COPY reads and UNLOAD writes; set by the database's owner (the lab's simulated S3).
    /// Without one, COPY and UNLOAD say so.
    public var objectStore: (any LoadObjectStore)?
    /// STL_LOAD_ERRORS and STL_LOAD_COMMITS rows; not rolled back with the catalog.
    public var loadHistory = LoadHistory()
    /// The query id the last load was given (the `query` column of STL tables); an owner that
    /// restores `loadHistory` restores this too, so ids keep increasing.
    public var lastQueryID: Int32 = 0
    /// `pg_last_copy_id()` and `pg_last_copy_count()`: -1 and 0 until a COPY runs.
    var lastCopy = (id: Int32(-1), count: Int64(0))
    /// This session's process id (`session` in STL tables), fixed for the database's life.
    let sessionID = Int32.random(in: 1_000...32_000)

    /// Where GETDATE(), SYSDATE and CURRENT_DATE read "now": the system clock unless the owner
    /// sets another (LabKit passes the simulated world's time). Read once when a statement
    /// starts (GETDATE) and once when its transaction starts (SYSDATE, CURRENT_DATE).
    public var clock: @Sendable () -> Date = { Date() }

    /// The state an explicit transaction started from, restored by ROLLBACK, and when it began.
    private struct Transaction {
        var start: Catalog
        var startedAt: Int64
        var failed = false
    }

    /// A database on a cluster of `shape` (the scratch default is dc2.large x 2: 4 slices), its
    /// tables stored in blocks of `blockBytes` (Redshift's 1 MB unless a test wants smaller).
    public init(shape: ClusterShape = .scratch, blockBytes: Int = StorageConfiguration.redshiftBlockBytes) {
        catalog = Catalog(storageConfiguration: StorageConfiguration(shape: shape, blockBytes: blockBytes))
    }

    /// The cluster shape the database's tables are spread over.
    public var shape: ClusterShape { catalog.storageConfiguration.shape }

    /// Ends the session as a disconnect does: an open transaction rolls back, temporary tables
    /// go, and settings return to their defaults. The next statement starts a new session.
    public func endSession() {
        if let open = transaction { catalog = open.start }
        transaction = nil
        catalog.removeTemporaryTables()
        settings = SessionSettings()
    }

    /// Whether BEGIN has been run without COMMIT or ROLLBACK yet.
    public var isInTransaction: Bool { transaction != nil }

    /// Runs a script of statements, returning one result per statement. Parsing comes first, so
    /// a syntax error anywhere runs nothing; a later statement's error stops the script there
    /// (the statements before it keep their effect). Error positions count from the start of
    /// `sql`; an error that points nowhere in particular gets its statement's position.
    public func execute(_ sql: String) throws(SQLError) -> [StatementResult] {
        let statements = try Parser.parse(sql)
        var results: [StatementResult] = []
        for statement in statements {
            do {
                results.append(try execute(statement))
            } catch {
                throw Binder.located(error, statement.location)
            }
        }
        return results
    }

    /// Runs one parsed statement atomically. An error that points at no particular text (a
    /// division by zero, a constraint violation) carries no position, as PostgreSQL reports it.
    public func execute(_ statement: Statement) throws(SQLError) -> StatementResult {
        if case .transaction(let command) = statement.kind { return transactionCommand(command) }
        return try atomically {
            var result = try run(statement)
            result.changesDatabase = Self.changesDatabase(statement.kind)
            return result
        }
    }

    /// Runs `body` as one statement: on an error the catalog and settings return to what they
    /// were and an open transaction is marked failed.
    func atomically<Value>(_ body: () throws -> Value) throws(SQLError) -> Value {
        if transaction?.failed == true {
            throw SQLError("25P02", "current transaction is aborted, commands ignored until end of transaction block")
        }
        let before = catalog
        let beforeSettings = settings
        lastStatementScans = []
        let now = SessionClock.instant(clock())
        let instants = SessionClock(transactionStart: transaction?.startedAt ?? now, statementStart: now)
        do {
            return try SessionClock.$current.withValue(instants) { try body() }
        } catch {
            catalog = before
            settings = beforeSettings
            if transaction != nil { transaction?.failed = true }
            if let error = error as? SQLError { throw error }
            throw SQLError(SQLState.internalError, "\(error)")
        }
    }

    private static func changesDatabase(_ kind: StatementKind) -> Bool {
        switch kind {
        case .query, .set, .reset, .show, .explain, .analyzeCompression, .transaction: false
        default: true
        }
    }

    private func transactionCommand(_ command: TransactionCommand) -> StatementResult {
        switch command {
        case .begin:
            guard transaction == nil else {
                return StatementResult(commandTag: "BEGIN", notices: [Notice(severity: "WARNING", "there is already a transaction in progress")])
            }
            transaction = Transaction(start: catalog, startedAt: SessionClock.instant(clock()))
            return StatementResult(commandTag: "BEGIN")
        case .commit:
            guard let current = transaction else {
                return StatementResult(commandTag: "COMMIT", notices: [Notice(severity: "WARNING", "there is no transaction in progress")])
            }
            transaction = nil
            if current.failed {
                catalog = current.start
                return StatementResult(commandTag: "ROLLBACK")
            }
            return StatementResult(commandTag: "COMMIT")
        case .rollback:
            guard let current = transaction else {
                return StatementResult(commandTag: "ROLLBACK", notices: [Notice(severity: "WARNING", "there is no transaction in progress")])
            }
            catalog = current.start
            transaction = nil
            return StatementResult(commandTag: "ROLLBACK")
        }
    }

    func binder() -> Binder {
        Binder(system: systemState, searchPath: settings.searchPath,
               functions: FunctionCatalog.builtin.adding(LoadFunctions.session(lastCopy: lastCopy)))
    }

    /// What system relations are computed from, now.
    var systemState: SystemState { SystemState(catalog: catalog, loads: loadHistory, searchPath: settings.searchPath) }

    /// A fresh query id, as Redshift gives one to each statement it runs.
    func nextQueryID() -> Int32 {
        lastQueryID += 1
        return lastQueryID
    }

    private func run(_ statement: Statement) throws -> StatementResult {
        switch statement.kind {
        case .query(let query): return try runQuery(query)
        case .insert(let insert): return try runInsert(insert)
        case .update(let update): return try runUpdate(update)
        case .delete(let delete): return try runDelete(delete)
        case .createSchema(let create): return try createSchema(create)
        case .createTable(let create): return try createTable(create)
        case .createTableAs(let create): return try createTableAs(create)
        case .alterTable(let alter): return try alterTable(alter)
        case .truncate(let name): return try truncate(name)
        case .createView(let create): return try createView(create)
        case .drop(let drop): return try runDrop(drop)
        case .set(let variable):
            try settings.set(variable.name, variable.values)
            return StatementResult(commandTag: "SET")
        case .reset(let name):
            try settings.reset(name)
            return StatementResult(commandTag: "RESET")
        case .show(let name):
            let rows = name.lowercased() == "all" ? settings.values.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }
                : [[try settings.value(name)]]
            let names = rows.first?.count == 2 ? ["name", "setting"] : [name.lowercased()]
            let type = DataType.varchar(length: DataType.defaultVarcharLength)
            let columns = try names.indices.map { index in
                try ColumnVector(type: type, datums: rows.map { .string($0[index]) })
            }
            return StatementResult(columns: names.map { .init(name: $0, type: type) },
                                   batches: [try Batch(columns: columns, count: rows.count)], returnsRows: true, commandTag: "SHOW")
        case .vacuum(let vacuum): return try runVacuum(vacuum)
        case .analyze(let analyze): return try runAnalyze(analyze)
        case .grant: throw Self.notYet("GRANT")
        case .revoke: throw Self.notYet("REVOKE")
        case .transaction:
            throw SQLError(SQLState.internalError, "transaction commands are handled before binding")
        case .merge(let merge): return try runMerge(merge)
        case .createMaterializedView: throw Self.notYet("CREATE MATERIALIZED VIEW")
        case .refreshMaterializedView: throw Self.notYet("REFRESH MATERIALIZED VIEW")
        case .alterMaterializedViewAutoRefresh: throw Self.notYet("ALTER MATERIALIZED VIEW")
        case .explain(let explain): return try runExplain(explain)
        case .analyzeCompression(let analyze): return try runAnalyzeCompression(analyze)
        case .copy(let copy): return try runCopy(copy)
        case .unload(let unload): return try runUnload(unload)
        }
    }

    static func notYet(_ what: String) -> SQLError {
        SQLError(SQLState.featureNotSupported, "\(what) is not supported by this engine yet")
    }

    private func runQuery(_ query: Query) throws -> StatementResult {
        if case .select(var select) = query.body, let into = select.into {
            // `SELECT ... INTO new_table` is CREATE TABLE AS by another name.
            select.into = nil
            var source = query
            source.body = .select(select)
            return try createTableAs(CreateTableAs(temporary: into.temporary, ifNotExists: false, name: into.table,
                                                   columns: [], attributes: [], query: source))
        }
        let bound = try binder().bindQuery(query)
        let relation = try run(bound.plan)
        let columns = zip(bound.names, relation.types).map { StatementResult.Column(name: $0, type: $1) }
        return StatementResult(columns: columns, batches: relation.batches, returnsRows: true,
                               commandTag: "SELECT \(relation.rowCount)")
    }

    /// Runs a bound plan against the current catalog.
    func run(_ plan: LogicalPlan) throws -> Relation {
        let context = ExecutionContext(system: systemState)
        defer { lastStatementScans += context.scans }
        return try context.execute(plan)
    }
}
