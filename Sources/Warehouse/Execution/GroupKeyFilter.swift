/// Sideways information passing into a grouped join input: when the right input of a join is a
/// GROUP BY joined on its group keys (a decorrelated scalar subquery such as TPC-H Q17's
/// `avg(l_quantity)` per part), a group whose keys match no left row is computed for nothing —
/// inner, left, semi and anti joins never output an unmatched right row. Once the left input is
/// known, the aggregate's input rows whose group keys match no left key are dropped before
/// grouping, so only the groups the join can use are built. Worth it only when the left input
/// is much smaller than the rows being grouped; otherwise the aggregate runs as planned.
struct GroupKeyFilter {
    /// The join's right keys restated over the input of the aggregate under its right input
    /// (each a function of the group keys only), and its left keys.
    let inputKeys: [BoundExpression]
    let leftKeys: [BoundExpression]
    let integral: Bool

    /// Left rows per grouped row at or below which the filter is applied.
    private static let selectivity = 4

    /// The filter for `join`, or nil when its right input is not a projected GROUP BY joined
    /// on expressions of its group keys, or its kind may output unmatched right rows.
    init?(_ join: JoinPlan) {
        guard [.inner, .left, .semi, .anti].contains(join.kind), !join.rightKeys.isEmpty else { return nil }
        var grouped = join.right
        var projection: [BoundExpression]?
        if case .project(let below, let expressions) = grouped {
            projection = expressions
            grouped = below
        }
        guard case .aggregate(_, let keys, _) = grouped, !keys.isEmpty else { return nil }
        var onlyGroupKeys = true
        let restated = join.rightKeys.map { key in
            let overAggregate = projection.map { expressions in ColumnUse.rewrite(key) { index, _ in expressions[index] } } ?? key
            return ColumnUse.rewrite(overAggregate) { index, type in
                guard index < keys.count else {
                    onlyGroupKeys = false
                    return .column(index, type)
                }
                return keys[index]
            }
        }
        guard onlyGroupKeys else { return nil }
        inputKeys = restated
        leftKeys = join.leftKeys
        integral = JoinKeys.integral(join.leftKeys.map(\.type), join.rightKeys.map(\.type))
    }

    /// The aggregate input's rows (`rows`, already computed) narrowed to those whose group keys
    /// match a key of `left`; `rows` unchanged when the left input is not small enough.
    func narrowed(_ rows: Relation, left: Relation, evaluator: ExpressionEvaluator) throws -> Relation {
        guard left.rowCount * Self.selectivity <= rows.rowCount else { return rows }
        let leftRows = try left.combined()
        let table = JoinHashTable(try JoinKeys(leftKeys.map { try evaluator.evaluate($0, leftRows) }, rowCount: leftRows.count,
                                               integral: integral))
        let parallel = ParallelBatches.independent(inputKeys)
        let kept = try ParallelBatches.map(rows.batches, parallel: parallel) { batch -> Batch? in
            var batch = batch.compacted()
            let keys = try JoinKeys(inputKeys.map { try evaluator.evaluate($0, batch) }, rowCount: batch.count, integral: integral)
            let matched = table.pairs(keys, firstOnly: true).probe
            if matched.isEmpty { return nil }
            if matched.count < batch.count { batch.selection = SelectionVector(matched.map { UInt32($0) }) }
            return batch
        }
        return Relation(types: rows.types, batches: kept.compactMap { $0 })
    }
}
