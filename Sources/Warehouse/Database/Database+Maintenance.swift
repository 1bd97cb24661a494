extension Database {
    /// VACUUM: one named table, or every table of the database (then with the default mode
    /// and threshold, as TO n PERCENT and BOOST need a table name).
    func runVacuum(_ vacuum: Vacuum) throws -> StatementResult {
        if isInTransaction {
            throw SQLError("25001", "VACUUM cannot run inside a transaction block")
        }
        let mode = vacuum.mode ?? .full
        if mode == .recluster { throw Self.notYet("VACUUM RECLUSTER") }
        if mode == .reindex {
            guard vacuum.table != nil else { throw SQLError(SQLState.syntaxError, "VACUUM REINDEX requires a table name") }
            if vacuum.toPercent != nil { throw SQLError(SQLState.syntaxError, "VACUUM REINDEX does not take TO threshold PERCENT") }
            if vacuum.boost { throw SQLError(SQLState.syntaxError, "VACUUM REINDEX does not take BOOST") }
        }
        let threshold = vacuum.toPercent ?? 95
        guard (0...100).contains(threshold) else {
            throw SQLError(SQLState.invalidParameterValue, "vacuum threshold must be between 0 and 100 percent")
        }
        // BOOST only changes how many resources Redshift gives the vacuum, not its result.
        for var table in try maintenanceTargets(vacuum.table) {
            _ = try table.storage.vacuum(mode, thresholdPercent: threshold)
            catalog.updateTable(table)
        }
        return StatementResult(commandTag: "VACUUM")
    }

    /// ANALYZE: gathers statistics for the named table (or every table), skipping a table whose
    /// statistics are less than `analyze_threshold_percent` stale (then `ANALYZE SKIP`).
    func runAnalyze(_ analyze: Analyze) throws -> StatementResult {
        let threshold = Double(try settings.value("analyze_threshold_percent")) ?? 10
        var analyzedAny = false
        var notices: [Notice] = []
        for var table in try maintenanceTargets(analyze.table) {
            let definition = table.definition
            if analyze.verbose { notices.append(Notice(severity: "INFO", "analyzing \"\(definition.schema).\(definition.name)\"")) }
            let columns = try analyze.columns.map { column in
                guard let index = definition.columnIndex(column.value) else {
                    throw Binder.located(CatalogErrors.columnOfRelationMissing(column.value, definition.name), column.location)
                }
                return index
            }
            if table.statistics != nil, table.statsOff < threshold { continue }
            table.statistics = try TableStatistics.gather(table.storage, columns: columns.isEmpty ? Array(definition.columns.indices) : columns,
                                                          names: definition.columns.map(\.name), previous: table.statistics)
            catalog.updateTable(table)
            analyzedAny = true
        }
        return StatementResult(commandTag: analyze.table != nil && !analyzedAny ? "ANALYZE SKIP" : "ANALYZE", notices: notices)
    }

    /// The named table, or every table of the database in schema and name order.
    func maintenanceTargets(_ name: ObjectName?) throws -> [StoredTable] {
        if let name { return [try binder().lookupTable(name)] }
        return catalog.schemas.keys.sorted().flatMap { schema in
            (catalog.schemas[schema]?.tables ?? [:]).sorted { $0.key < $1.key }.map(\.value)
        }
    }
}

extension Database {
    /// A table as the session sees it through search_path, with its storage and statistics:
    /// rows per slice, sorted and unsorted regions, blocks with zone maps, deleted rows.
    public func storedTable(named name: String) -> StoredTable? {
        guard case .table(let table)? = catalog.lookup(schema: nil, name: name.lowercased(),
                                                      searchPath: settings.searchPath)?.relation else { return nil }
        return table
    }
}
