/// Orders the tables of an inner-join tree so that every join has an equality to hash on:
/// `FROM dwdate, customer, supplier, part, lineorder WHERE lo_custkey = c_custkey AND ...`
/// written in that order would otherwise join dwdate with customer as a cross product. After
/// predicate pushdown the join conditions sit on the joins as keys and residuals; this pass
/// flattens each maximal tree of inner joins into its inputs and their conditions, rebuilds it
/// left-deep, starting from the input estimated smallest and adding at each step the smallest
/// input connected to the tables joined so far by an equality (an unconnected one only when
/// none is), then puts the conditions back on top for pushdown to place again. A projection
/// restores the original column order, so nothing above notices.
struct JoinOrdering {
    let catalog: Catalog

    func optimize(_ plan: LogicalPlan) -> LogicalPlan {
        switch plan {
        case .join(let join) where join.kind == .inner:
            var inputs: [LogicalPlan] = [], conditions: [BoundExpression] = []
            flatten(.join(join), base: 0, into: &inputs, &conditions)
            guard inputs.count > 2 else { return .join(children(join)) }
            return reorder(inputs.map(optimize), conditions)
        case .join(let join): return .join(children(join))
        case .scan, .values: return plan
        case .filter(let input, let predicate): return .filter(optimize(input), predicate)
        case .project(let input, let expressions): return .project(optimize(input), expressions)
        case .aggregate(let input, let keys, let aggregates): return .aggregate(optimize(input), keys: keys, aggregates: aggregates)
        case .window(let input, let functions): return .window(optimize(input), functions)
        case .sort(let input, let keys): return .sort(optimize(input), keys)
        case .limit(let input, let limit, let offset): return .limit(optimize(input), limit: limit, offset: offset)
        case .distinct(let input): return .distinct(optimize(input))
        case .setOperation(let op, let all, let left, let right): return .setOperation(op, all: all, optimize(left), optimize(right))
        }
    }

    private func children(_ join: JoinPlan) -> JoinPlan {
        var join = join
        join.left = optimize(join.left)
        join.right = optimize(join.right)
        return join
    }

    /// The inputs of the inner-join tree `plan` (its columns starting at `base` of the whole
    /// tree's row) and its conditions over that whole row.
    private func flatten(_ plan: LogicalPlan, base: Int, into inputs: inout [LogicalPlan], _ conditions: inout [BoundExpression]) {
        guard case .join(let join) = plan, join.kind == .inner else {
            inputs.append(plan)
            return
        }
        let leftCount = join.left.types.count
        flatten(join.left, base: base, into: &inputs, &conditions)
        flatten(join.right, base: base + leftCount, into: &inputs, &conditions)
        for (left, right) in zip(join.leftKeys, join.rightKeys) {
            conditions.append(.comparison(.equal, ColumnUse.shifted(left, by: base), ColumnUse.shifted(right, by: base + leftCount)))
        }
        if let residual = join.residual { conditions.append(ColumnUse.shifted(residual, by: base)) }
    }

    private func reorder(_ inputs: [LogicalPlan], _ conditions: [BoundExpression]) -> LogicalPlan {
        var starts: [Int] = [], position = 0
        for input in inputs {
            starts.append(position)
            position += input.types.count
        }
        func owner(_ column: Int) -> Int { starts.lastIndex { $0 <= column } ?? 0 }
        // Which inputs each equality connects: a condition `a = b` whose sides read one input each.
        let links: [Set<Int>] = conditions.compactMap { condition in
            guard case .comparison(.equal, let a, let b) = condition else { return nil }
            let left = Set(ColumnUse.columns(a).map(owner)), right = Set(ColumnUse.columns(b).map(owner))
            guard left.count == 1, right.count == 1, left != right else { return nil }
            return left.union(right)
        }
        let estimates = inputs.map(estimate)
        var remaining = Set(inputs.indices)
        guard let first = remaining.min(by: { (estimates[$0], $0) < (estimates[$1], $1) }) else { return inputs[0] }
        var order = [first]
        remaining.remove(first)
        while !remaining.isEmpty {
            let joined = Set(order)
            let connected = remaining.filter { candidate in links.contains { $0.contains(candidate) && !$0.isDisjoint(with: joined) } }
            let pool = connected.isEmpty ? remaining : connected
            guard let next = pool.min(by: { (estimates[$0], $0) < (estimates[$1], $1) }) else { break }
            order.append(next)
            remaining.remove(next)
        }
        // Old column position to new: inputs laid out in the new order.
        var newPosition = [Int](repeating: 0, count: position), next = 0
        for input in order {
            for offset in 0..<inputs[input].types.count {
                newPosition[starts[input] + offset] = next
                next += 1
            }
        }
        var tree = inputs[order[0]]
        for input in order.dropFirst() {
            tree = .join(JoinPlan(kind: .inner, left: tree, right: inputs[input], leftKeys: [], rightKeys: [], residual: nil))
        }
        let moved = conditions.map { ColumnUse.rewrite($0) { .column(newPosition[$0], $1) } }
        if !moved.isEmpty { tree = .filter(tree, moved.count == 1 ? moved[0] : .and(moved)) }
        let types = inputs.flatMap(\.types)
        return .project(tree, types.indices.map { .column(newPosition[$0], types[$0]) })
    }

    /// A rough row count: a table's rows, a fifth of them when a filter applies, and for other
    /// operators their largest input's estimate. Only the order of estimates matters.
    private func estimate(_ plan: LogicalPlan) -> Double {
        switch plan {
        case .scan(let scan):
            var rows = 1.0
            if case .table(let table)? = catalog.lookup(schema: scan.schema, name: scan.table, searchPath: [])?.relation {
                rows = Double(max(table.storage.rowCount, 1))
            }
            return scan.predicate == nil ? rows : rows / 5
        case .values(let rows, _): return Double(rows.count)
        case .filter(let input, _): return estimate(input) / 5
        case .project(let input, _), .window(let input, _), .sort(let input, _), .distinct(let input): return estimate(input)
        case .aggregate(let input, let keys, _): return keys.isEmpty ? 1 : estimate(input) / 2
        case .limit(let input, let limit, _): return min(estimate(input), Double(limit ?? Int.max))
        case .join(let join): return max(estimate(join.left), estimate(join.right))
        case .setOperation(_, _, let left, let right): return estimate(left) + estimate(right)
        }
    }
}
