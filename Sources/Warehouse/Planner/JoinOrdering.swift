/// Orders the tables of an inner-join tree so that every join has an equality to hash on:
/// `FROM dwdate, customer, supplier, part, lineorder WHERE lo_custkey = c_custkey AND ...`
/// written in that order would otherwise join dwdate with customer as a cross product. After
/// predicate pushdown the join conditions sit on the joins as keys and residuals; this pass
/// flattens each maximal tree of inner joins into its inputs and their conditions, rebuilds it
/// left-deep, starting from the input estimated smallest and adding at each step the input
/// connected to the tables joined so far by an equality whose join is estimated smallest (an
/// unconnected one only when none is), then puts the conditions back on top for pushdown to
/// place again. A projection restores the original column order, so nothing above notices.
/// A join's size is estimated as |joined| x |input| / the larger distinct count of its two key
/// columns, those counts estimated from a sample of each table column (`DistinctEstimate`):
/// so TPC-H Q5 joins supplier to lineitem on the supplier key rather than to customer on the
/// nation key, a product of every supplier and customer of a nation.
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
        // Sampled distinct counts by input and column: a column can key several links.
        var sampled: [[Int]: Double?] = [:]
        func distinct(_ input: Int, _ key: BoundExpression?) -> Double? {
            var key = key
            if case .cast(let operand, _, _)? = key { key = operand }
            guard case .column(let column, _)? = key else { return nil }
            if let known = sampled[[input, column]] { return known }
            let count = distinctCount(inputs[input], column: column - starts[input])
            sampled[[input, column]] = count
            return count
        }
        // The equalities between two inputs, each side a key of one input.
        struct Link {
            var inputs: Set<Int>
            var sides: [Int: BoundExpression]
            /// Each side's estimated distinct key count, sampled once here: the search below
            /// asks for it again at every step.
            var distinct: [Int: Double] = [:]
        }
        let links: [Link] = conditions.compactMap { condition -> Link? in
            guard case .comparison(.equal, let a, let b) = condition else { return nil }
            let left = Set(ColumnUse.columns(a).map(owner)), right = Set(ColumnUse.columns(b).map(owner))
            guard left.count == 1, right.count == 1, let l = left.first, let r = right.first, l != r else { return nil }
            return Link(inputs: [l, r], sides: [l: a, r: b])
        }.map { (link: Link) -> Link in
            var link = link
            for (input, key) in link.sides { link.distinct[input] = distinct(input, key) }
            return link
        }
        let estimates = inputs.map(estimate)
        var remaining = Set(inputs.indices)
        guard let first = remaining.min(by: { (estimates[$0], $0) < (estimates[$1], $1) }) else { return inputs[0] }
        var order = [first]
        var size = estimates[first]
        remaining.remove(first)
        while !remaining.isEmpty {
            let joined = Set(order)
            // Each candidate's estimated join size with what is joined so far; nil when unconnected.
            func joinSize(_ candidate: Int) -> Double? {
                var best: Double?
                for link in links where link.inputs.contains(candidate) {
                    guard let other = link.inputs.subtracting([candidate]).first, joined.contains(other) else { continue }
                    let keys = [link.distinct[candidate], link.distinct[other]].compactMap { $0 }
                    let result = keys.isEmpty ? max(size, estimates[candidate]) : size * estimates[candidate] / max(keys.max() ?? 1, 1)
                    best = min(best ?? result, result)
                }
                return best
            }
            let connected = remaining.compactMap { candidate in joinSize(candidate).map { (candidate, $0) } }
            let next: Int, nextSize: Double
            if let chosen = connected.min(by: { ($0.1, estimates[$0.0], $0.0) < ($1.1, estimates[$1.0], $1.0) }) {
                (next, nextSize) = chosen
            } else {
                guard let smallest = remaining.min(by: { (estimates[$0], $0) < (estimates[$1], $1) }) else { break }
                (next, nextSize) = (smallest, size * estimates[smallest])
            }
            order.append(next)
            size = max(nextSize, 1)
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

    /// The estimated number of distinct values of column `column` of a join input that is a
    /// table scan (or a filter over one); nil for other inputs.
    private func distinctCount(_ plan: LogicalPlan, column: Int) -> Double? {
        switch plan {
        case .filter(let input, _): return distinctCount(input, column: column)
        case .scan(let scan):
            guard column >= 0, column < scan.projection.count,
                  case .table(let table)? = catalog.lookup(schema: scan.schema, name: scan.table, searchPath: [])?.relation
            else { return nil }
            let position = scan.projection[column]
            // ANALYZE's statistics when the table has them, as Redshift's planner uses; else a sample.
            if let analyzed = table.statistics?.columns[table.definition.columns[position].name] {
                return Double(max(analyzed.distinctCount, 1))
            }
            return DistinctEstimate.of(table.storage, column: position)
        default: return nil
        }
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
