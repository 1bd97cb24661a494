/// ORDER BY: sorts all input rows by the keys, each ascending or descending with NULLs first
/// or last, and emits them in batches of the preferred size. With a row limit (ORDER BY ...
/// LIMIT n, the top-N case) it keeps only the best `limit` rows as it goes: candidates gather
/// in a buffer that is sorted and cut back to `limit` whenever it doubles.
struct Sorter {
    let keys: [SortKeyPlan]
    let evaluator: ExpressionEvaluator
    /// The number of leading rows wanted (LIMIT plus OFFSET); nil for all.
    var limit: Int?

    func run(_ input: Relation) throws -> Relation {
        let rows = try input.combined()
        let keyColumns = try keys.map { try evaluator.evaluate($0.expression, rows) }
        let precedes = { (a: Int, b: Int) -> Bool in
            for (index, key) in keys.enumerated() {
                let column = keyColumns[index]
                let aNull = column.isNull(a), bNull = column.isNull(b)
                if aNull || bNull {
                    if aNull == bNull { continue }
                    return aNull == key.nullsFirst
                }
                let comparison = RowComparison.compareValues(column, a, column, b)
                if comparison != 0 { return key.descending ? comparison > 0 : comparison < 0 }
            }
            return a < b
        }
        var order: [Int]
        if let limit, limit < rows.count {
            order = []
            order.reserveCapacity(2 * limit + 1)
            for row in 0..<rows.count {
                order.append(row)
                if order.count > 2 * limit {
                    order.sort(by: precedes)
                    order.removeSubrange(limit...)
                }
            }
            order.sort(by: precedes)
            order.removeSubrange(min(limit, order.count)...)
        } else {
            order = Array(0..<rows.count)
            order.sort(by: precedes)
        }
        let selection = SelectionVector(order.map { UInt32($0) })
        let sorted = try Batch(columns: rows.columns.map { $0.gathered(selection) }, count: order.count)
        var batches: [Batch] = []
        var start = 0
        while start < sorted.count {
            batches.append(sorted.sliced(start..<min(start + Batch.preferredRowCount, sorted.count)))
            start += Batch.preferredRowCount
        }
        return Relation(types: input.types, batches: batches)
    }
}
