extension Database {
    /// Rows per slice ANALYZE COMPRESSION samples by default, and the least COMPROWS raises it to.
    static let compressionSampleRowsPerSlice = 100_000

    /// `ANALYZE COMPRESSION [table [(columns)]] [COMPROWS n]`: advisory, changes nothing. One
    /// row per column of each table analyzed: the suggested encoding and the estimated percent
    /// saved against its encoding now, from a sample of its stored rows. Sort key columns are
    /// not analyzed (their encoding is returned as it is), and columns left out of the list
    /// show `N/A` and 0.00, as Redshift reports them.
    func runAnalyzeCompression(_ analyze: AnalyzeCompression) throws -> StatementResult {
        if let rows = analyze.compRows, !(1000...1_000_000_000).contains(rows) {
            throw SQLError(SQLState.invalidParameterValue, "COMPROWS must be between 1000 and 1000000000")
        }
        guard analyze.table != nil || analyze.columns.isEmpty else {
            throw SQLError(SQLState.syntaxError, "a column list needs a table name")
        }
        var report: [(table: String, column: String, encoding: String, reduction: Double)] = []
        for table in try maintenanceTargets(analyze.table) {
            let definition = table.definition
            let requested = try Set(analyze.columns.map { column in
                guard let index = definition.columnIndex(column.value) else {
                    throw Binder.located(CatalogErrors.columnOfRelationMissing(column.value, definition.name), column.location)
                }
                return index
            })
            let analyzed = definition.columns.indices.filter { requested.isEmpty || requested.contains($0) }
            let sampleRows = max(analyze.compRows ?? 0, Self.compressionSampleRowsPerSlice * table.storage.configuration.shape.sliceCount)
            let samples = try sample(table, columns: analyzed, rows: sampleRows)
            let blockBytes = table.storage.configuration.blockBytes
            // Each column's trial encodings are independent: the columns are tried on every core.
            let suggestions = try ParallelBatches.perform(analyzed.count) { position -> CompressionAnalysis.Suggestion? in
                let index = analyzed[position]
                guard !definition.sortKey.contains(definition.columns[index].name) else { return nil }
                return try CompressionAnalysis.suggest(for: samples[position], current: table.storage.layout.encodings[index],
                                                       blockBytes: blockBytes)
            }
            for (index, column) in definition.columns.enumerated() {
                let current = table.storage.layout.encodings[index]
                guard let position = analyzed.firstIndex(of: index) else {
                    report.append((definition.name, column.name, "N/A", 0))
                    continue
                }
                // Sort key columns are not analyzed: their encoding is returned as it is.
                guard let suggestion = suggestions[position] else {
                    report.append((definition.name, column.name, current.rawValue, 0))
                    continue
                }
                report.append((definition.name, column.name, suggestion.encoding.rawValue, suggestion.reductionPercent))
            }
        }
        let text = DataType.varchar(length: DataType.defaultVarcharLength), percent = DataType.decimal(precision: 5, scale: 2)
        let columns = [
            try ColumnVector(type: text, datums: report.map { .string($0.table) }),
            try ColumnVector(type: text, datums: report.map { .string($0.column) }),
            try ColumnVector(type: text, datums: report.map { .string($0.encoding) }),
            try ColumnVector(type: percent, datums: report.map {
                .decimal(Decimal128(unscaled: Int128(($0.reduction * 100).rounded()), scale: 2))
            }),
        ]
        return StatementResult(columns: [.init(name: "Table", type: text), .init(name: "Column", type: text),
                                         .init(name: "Encoding", type: text), .init(name: "Est_reduction_pct", type: percent)],
                               batches: [try Batch(columns: columns, count: report.count)], returnsRows: true,
                               commandTag: "ANALYZE COMPRESSION")
    }

    /// The first `rows` live rows of `columns`, one vector per column. The scan stops once it
    /// has them, so a large table is not read (or decoded) past its sample.
    private func sample(_ table: StoredTable, columns: [Int], rows: Int) throws -> [ColumnVector] {
        var pieces = [[ColumnVector]](repeating: [], count: columns.count)
        var taken = 0
        _ = try table.storage.scan(ScanRequest(projection: columns)) { batch in
            let compact = batch.compacted()
            let take = min(compact.count, rows - taken)
            for index in pieces.indices {
                pieces[index].append(take == compact.count ? compact.columns[index] : compact.columns[index].sliced(0..<take))
            }
            taken += take
            return taken < rows
        }
        return try columns.indices.map { index in
            var builder = ColumnBuilder(type: table.definition.columns[columns[index]].type)
            try builder.append(contentsOf: pieces[index])
            return builder.build()
        }
    }
}
