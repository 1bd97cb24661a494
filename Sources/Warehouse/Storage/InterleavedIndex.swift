/// The value distribution an INTERLEAVED sort key orders by. Each sort column's values are
/// mapped to one of 256 buckets by quantile boundaries taken from the data, and a row's
/// z-value interleaves the bits of its buckets, so every sort column gets equal weight. The
/// boundaries are fixed when an empty table is first loaded and recomputed only by
/// VACUUM REINDEX: rows whose values drift outside the old boundaries crowd into the edge
/// buckets, which is why Redshift tables need REINDEX when their key distribution changes.
struct InterleavedIndex: Sendable {
    static let bucketBits = 8
    static let bucketCount = 1 << bucketBits

    /// Per sort column, ascending boundary values (bucket `b` holds values with exactly `b`
    /// boundaries at or below them).
    let boundaries: [ColumnVector]

    init(boundaries: [ColumnVector]) {
        self.boundaries = boundaries
    }

    /// Boundaries from the values of `rows`' sort columns.
    init(rows: Batch, sortColumns: [Int]) {
        boundaries = sortColumns.map { column in
            let vector = rows.columns[column]
            let present = (0..<vector.count).filter { !vector.isNull($0) }
            let ordered = present.sorted { RowComparison.compareValues(vector, $0, vector, $1) < 0 }
            guard !ordered.isEmpty else { return vector.gathered(SelectionVector([])) }
            let picks = (1..<Self.bucketCount).map { UInt32(ordered[$0 * ordered.count / Self.bucketCount]) }
            return vector.gathered(SelectionVector(picks))
        }
    }

    /// The z-value of every row of `rows`, whose sort columns are `sortColumns`.
    func zValues(_ rows: Batch, sortColumns: [Int]) -> [UInt64] {
        let columnCount = sortColumns.count
        // 8 bits per column fill 64 bits for Redshift's 8 interleaved columns at most; more
        // columns share the 64 bits, each keeping its buckets' leading bits.
        let bits = max(1, min(Self.bucketBits, 64 / max(columnCount, 1)))
        var z = [UInt64](repeating: 0, count: rows.count)
        for (position, column) in sortColumns.enumerated() {
            let vector = rows.columns[column], bounds = boundaries[position]
            let shift = columnCount - 1 - position
            for row in 0..<rows.count {
                let bucket = vector.isNull(row) ? UInt64(Self.bucketCount - 1) : UInt64(Self.bucket(vector, row, bounds))
                let leading = bucket >> UInt64(Self.bucketBits - bits)
                for bit in 0..<bits where leading & (1 << UInt64(bit)) != 0 {
                    z[row] |= 1 << UInt64(bit * columnCount + shift)
                }
            }
        }
        return z
    }

    /// The number of boundaries at or below row `row`'s value: a binary search.
    private static func bucket(_ vector: ColumnVector, _ row: Int, _ bounds: ColumnVector) -> Int {
        var low = 0, high = bounds.count
        while low < high {
            let middle = (low + high) / 2
            if RowComparison.compareValues(bounds, middle, vector, row) <= 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
