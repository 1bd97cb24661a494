import Foundation

/// A database kept on disk: opened from its directory, and committed by its owner after each
/// statement (`durably`), so a statement outside a transaction, or a transaction at COMMIT,
/// becomes durable atomically.
extension Database {
    /// Opens the database kept in `directory` (created empty when missing) as it was last
    /// committed, on a cluster of `shape`. Every file it reads is checked against its checksum;
    /// leftovers of an interrupted commit are deleted. A process that finds another one
    /// writing waits up to `lockWaitSeconds` for it.
    public static func open(directory: URL, shape: ClusterShape, blockBytes: Int = StorageConfiguration.redshiftBlockBytes,
                            lockWaitSeconds: Double = 5) throws(SQLError) -> Database {
        let database = Database(shape: shape, blockBytes: blockBytes)
        let store = try DatabaseDirectory(url: directory, configuration: database.catalog.storageConfiguration,
                                          lockWaitSeconds: lockWaitSeconds)
        try store.lock.acquire()
        defer { store.lock.release() }
        if let state = try store.loadIfChanged(inMemory: database.catalog) { database.adopt(state) }
        try store.removeLeftovers()
        database.persistence = store
        return database
    }

    /// Runs `body` (one statement, or a `\copy`) as a writer of the database's directory:
    /// takes the write lock, first reads the last commit when another process made a newer
    /// one, and afterwards commits what changed — even when `body` failed, as a failed COPY
    /// still leaves its STL_LOAD_ERRORS rows. Inside an explicit transaction the lock stays
    /// held until the transaction ends, so no other process commits under it. A database
    /// without a directory just runs `body`.
    public func durably<Value>(_ body: () throws(SQLError) -> Value) throws(SQLError) -> Value {
        guard let store = persistence else { return try body() }
        if !store.lock.isHeld {
            try store.lock.acquire()
            if !isInTransaction {
                do {
                    if let state = try store.loadIfChanged(inMemory: catalog) { adopt(state) }
                } catch {
                    store.lock.release()
                    throw error
                }
            }
        }
        defer { if !isInTransaction { store.lock.release() } }
        let result: Result<Value, SQLError>
        do { result = .success(try body()) } catch { result = .failure(error) }
        try store.commit(CommittedState(catalog: committedCatalog, loadHistory: loadHistory, lastQueryID: lastQueryID))
        return try result.get()
    }

    /// Reads the last commit when another process made one since this database last looked,
    /// for a reader that inspects the catalog without running a statement (a lab check).
    public func refresh() throws(SQLError) {
        try durably { () throws(SQLError) in }
    }

    /// Takes the last commit's catalog and load history, keeping this session's temporary tables.
    private func adopt(_ state: CommittedState) {
        let temporary = catalog.schemas.values.flatMap(\.tables.values).filter(\.definition.temporary)
        catalog = state.catalog
        for table in temporary { try? catalog.addTable(table) }
        loadHistory = state.loadHistory
        lastQueryID = max(lastQueryID, state.lastQueryID)
    }

    /// Ends the session and lets go of the write lock an open transaction held.
    public func close() {
        endSession()
        persistence?.lock.release()
    }
}
