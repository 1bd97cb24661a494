/// What ANALYZE records about a table, kept in the catalog for the planner: the live row count
/// and, per analyzed column, an estimate of its distinct values, its NULL fraction and range.
public struct TableStatistics: Sendable {
    public var rowCount: Int
    /// By column name.
    public var columns: [String: ColumnStatistics]
    /// The table's modification count when ANALYZE ran, the baseline of `stats_off`.
    public var modifiedRowsAtAnalyze: Int
}

public struct ColumnStatistics: Sendable, Hashable {
    /// Distinct non-NULL values, estimated by a HyperLogLog sketch as Redshift samples.
    public var distinctCount: Int
    public var nullFraction: Double
    public var minimum: Datum
    public var maximum: Datum
}

extension TableStatistics {
    /// Reads the live rows of `storage` and summarises the columns `columns` (positions),
    /// named by `names`; the statistics of other columns in `previous` are kept.
    static func gather(_ storage: TableStorage, columns: [Int], names: [String],
                       previous: TableStatistics?) throws -> TableStatistics {
        var result = TableStatistics(rowCount: storage.rowCount, columns: previous?.columns ?? [:],
                                     modifiedRowsAtAnalyze: storage.modifiedRows)
        for column in columns {
            let type = storage.layout.types[column]
            var sketch = HyperLogLogAccumulator()
            var nulls = 0, rows = 0
            var low: ColumnVector?, high: ColumnVector?
            for batch in try storage.scan(projection: [column]) {
                let values = batch.compacted().columns[0]
                rows += values.count
                nulls += values.validity.nullCount
                try sketch.update(arguments: [values], groups: [UInt32](repeating: 0, count: values.count), groupCount: 1)
                guard let (minimum, maximum) = Extremes.positions(values) else { continue }
                let candidateLow = values.sliced(minimum..<minimum + 1), candidateHigh = values.sliced(maximum..<maximum + 1)
                if low.map({ RowComparison.compareValues(candidateLow, 0, $0, 0) < 0 }) ?? true { low = candidateLow }
                if high.map({ RowComparison.compareValues(candidateHigh, 0, $0, 0) > 0 }) ?? true { high = candidateHigh }
            }
            guard case .bigint(let estimate) = try sketch.finish(groupCount: 1).datum(at: 0) else {
                throw SQLError(SQLState.internalError, "ANALYZE could not estimate the distinct values of a \(type.sqlName) column")
            }
            result.columns[names[column]] = ColumnStatistics(
                distinctCount: Int(estimate), nullFraction: rows == 0 ? 0 : Double(nulls) / Double(rows),
                minimum: low?.datum(at: 0) ?? .null, maximum: high?.datum(at: 0) ?? .null)
        }
        return result
    }
}
