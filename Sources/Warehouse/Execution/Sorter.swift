/// ORDER BY: sorts all input rows by the keys, each ascending or descending with NULLs first
/// or last, and emits them in batches of the preferred size.
struct Sorter {
    let keys: [SortKeyPlan]
    let evaluator: ExpressionEvaluator

    func run(_ input: Relation) throws -> Relation {
        let rows = try input.combined()
        let keyColumns = try keys.map { try evaluator.evaluate($0.expression, rows) }
        var order = Array(0..<rows.count)
        order.sort { a, b in
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
        let selection = SelectionVector(order.map { UInt32($0) })
        let sorted = try Batch(columns: rows.columns.map { $0.gathered(selection) }, count: rows.count)
        var batches: [Batch] = []
        var start = 0
        while start < sorted.count {
            batches.append(sorted.sliced(start..<min(start + Batch.preferredRowCount, sorted.count)))
            start += Batch.preferredRowCount
        }
        return Relation(types: input.types, batches: batches)
    }
}
