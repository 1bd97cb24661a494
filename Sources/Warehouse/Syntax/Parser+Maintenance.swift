/// VACUUM, ANALYZE and ANALYZE COMPRESSION.
extension Parser {
    mutating func parseVacuum() throws(SQLError) -> Vacuum {
        try expectKeyword(.vacuum)
        var vacuum = Vacuum(mode: nil, table: nil, toPercent: nil, boost: false)
        if consumeKeyword(.full) {
            vacuum.mode = .full
        } else if consumeKeywords(.sort, .only) {
            vacuum.mode = .sortOnly
        } else if consumeKeywords(.delete, .only) {
            vacuum.mode = .deleteOnly
        } else if consumeKeyword(.reindex) {
            vacuum.mode = .reindex
        } else if consumeKeyword(.recluster) {
            vacuum.mode = .recluster
        }
        // TO n PERCENT and BOOST need a table: "If a table name is omitted, VACUUM fails".
        guard atIdentifier, !isKeyword(.boost) else { return vacuum }
        vacuum.table = try parseObjectName()
        if consumeKeyword(.to) {
            vacuum.toPercent = try parseInteger()
            try expectKeyword(.percent)
        }
        vacuum.boost = consumeKeyword(.boost)
        return vacuum
    }

    /// ANALYZE and ANALYZE COMPRESSION.
    mutating func parseAnalyze() throws(SQLError) -> StatementKind {
        advance()
        if consumeKeyword(.compression) {
            var analyze = AnalyzeCompression(table: nil, columns: [], compRows: nil)
            if atIdentifier, !isKeyword(.comprows) {
                analyze.table = try parseObjectName()
                analyze.columns = try parseOptionalColumnList()
            }
            if consumeKeyword(.comprows) { analyze.compRows = try parseInteger() }
            return .analyzeCompression(analyze)
        }
        var analyze = Analyze(verbose: consumeKeyword(.verbose), table: nil, columns: [], predicateColumns: nil)
        if atIdentifier, !(isKeyword(.predicate) && peek().keyword == .columns) {
            analyze.table = try parseObjectName()
            analyze.columns = try parseOptionalColumnList()
        }
        if consumeKeywords(.predicate, .columns) {
            analyze.predicateColumns = true
        } else if consumeKeyword(.all) {
            try expectKeyword(.columns)
            analyze.predicateColumns = false
        }
        return .analyze(analyze)
    }
}
