extension ExpressionEvaluator {
    /// A correlated subquery run once per distinct binding of the enclosing row's columns. The
    /// binding values are boxed per row to key the cache: this is the fallback path for
    /// subqueries no join expresses, where the per-binding subquery run dominates anyway.
    func evaluateApply(_ apply: CorrelatedApply, type: DataType, _ batch: Batch,
                       selection: SelectionVector?) throws -> ColumnVector {
        let bindings = try apply.bindings.map { try evaluate($0, batch, selection: selection) }
        let rows = selection.map { $0.indices.map(Int.init) } ?? Array(0..<batch.count)
        var results = [Datum](repeating: .null, count: batch.count)
        var known: [[Datum]: Datum] = [:]
        for row in rows {
            let values = bindings.map { $0.datum(at: row) }
            if let value = known[values] {
                results[row] = value
                continue
            }
            let value = try answer(apply, values)
            known[values] = value
            results[row] = value
        }
        return try ColumnVector(type: type, datums: results)
    }

    private func answer(_ apply: CorrelatedApply, _ values: [Datum]) throws -> Datum {
        let plan = apply.bound(to: values)
        switch apply.kind {
        case .scalar:
            let relation = try context.execute(.limit(plan, limit: 2, offset: 0))
            guard relation.rowCount <= 1 else {
                throw SQLError("21000", "more than one row returned by a subquery used as an expression")
            }
            return relation.rowCount == 0 ? .null : try relation.combined().columns[0].datum(at: 0)
        case .exists(let negated):
            return .boolean((try context.execute(.limit(plan, limit: 1, offset: 0)).rowCount > 0) != negated)
        case .in(let negated):
            // SQL's rules: no rows is false (true for NOT IN) even for a NULL probe; a match is
            // true; otherwise a NULL probe or a NULL among the values makes it unknown. The
            // subquery's column was cast to the probe's type when bound.
            let candidates = try context.execute(plan).combined().columns[0]
            guard candidates.count > 0 else { return .boolean(negated) }
            guard let probe = values.last, probe != .null else { return .null }
            var sawNull = false
            for row in 0..<candidates.count {
                let candidate = candidates.datum(at: row)
                if candidate == .null {
                    sawNull = true
                } else if candidate == probe {
                    return .boolean(!negated)
                }
            }
            return sawNull ? .null : .boolean(negated)
        }
    }
}
