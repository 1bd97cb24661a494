/// UNION, INTERSECT and EXCEPT (Redshift's MINUS), with or without ALL, by counting how often
/// each distinct row occurs on each side.
struct SetOperationExecutor {
    let op: SetOperator
    let all: Bool

    func run(_ left: Relation, _ right: Relation) throws -> Relation {
        if op == .union && all {
            return Relation(types: left.types, batches: left.batches + right.batches)
        }
        var table = KeyHashTable(types: left.types)
        var leftCounts: [Int] = [], rightCounts: [Int] = []
        for batch in left.batches {
            let rows = batch.compacted()
            for id in try table.insert(rows.columns, rowCount: rows.count).ids {
                if Int(id) == leftCounts.count { leftCounts.append(0) }
                leftCounts[Int(id)] += 1
            }
        }
        rightCounts = [Int](repeating: 0, count: leftCounts.count)
        for batch in right.batches {
            let rows = batch.compacted()
            if op == .union {
                _ = try table.insert(rows.columns, rowCount: rows.count)
                continue
            }
            for case let id? in try table.lookup(rows.columns, rowCount: rows.count) { rightCounts[Int(id)] += 1 }
        }
        let keys = try table.keyColumns()
        var indices: [UInt32] = []
        for id in 0..<table.count {
            let copies: Int
            switch op {
            case .union: copies = 1
            case .intersect: copies = all ? min(leftCounts[id], rightCounts[id]) : (rightCounts[id] > 0 ? 1 : 0)
            case .except: copies = all ? max(leftCounts[id] - rightCounts[id], 0) : (rightCounts[id] == 0 ? 1 : 0)
            }
            indices += repeatElement(UInt32(id), count: copies)
        }
        let selection = SelectionVector(indices)
        return Relation(types: left.types, batches: [try Batch(columns: keys.map { $0.gathered(selection) }, count: indices.count)])
    }
}
