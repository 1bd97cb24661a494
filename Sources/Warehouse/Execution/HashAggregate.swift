/// GROUP BY: numbers each distinct key with a hash table and feeds every aggregate's grouped
/// accumulator the batch's group numbers. A DISTINCT aggregate sees each (group, value) once.
/// Without keys there is exactly one group, even over no rows (`count(*)` is then 0).
struct HashAggregate {
    let keys: [BoundExpression]
    let aggregates: [BoundAggregate]
    let evaluator: ExpressionEvaluator

    func run(_ input: Relation) throws -> Relation {
        var groups = KeyHashTable(types: keys.map(\.type))
        var accumulators = aggregates.map { $0.function.makeAccumulator() }
        var seen = aggregates.map { aggregate in
            aggregate.distinct ? KeyHashTable(types: [.bigint] + aggregate.arguments.map(\.type)) : nil
        }
        for batch in input.batches {
            let rows = batch.compacted()
            let keyColumns = try keys.map { try evaluator.evaluate($0, rows) }
            let ids = keys.isEmpty ? [UInt32](repeating: 0, count: rows.count)
                : try groups.insert(keyColumns, rowCount: rows.count).ids
            let groupCount = keys.isEmpty ? 1 : groups.count
            for index in aggregates.indices {
                var arguments = try aggregates[index].arguments.map { try evaluator.evaluate($0, rows) }
                var groupIDs = ids
                if seen[index] != nil {
                    let groupColumn = ColumnVector(uncheckedType: .bigint,
                                                   storage: .int64(FixedWidthVector(values: ids.map { Int64($0) })))
                    let isNew = try seen[index]?.insert([groupColumn] + arguments, rowCount: rows.count).isNew ?? []
                    let fresh = SelectionVector((0..<rows.count).filter { isNew[$0] }.map { UInt32($0) })
                    arguments = arguments.map { $0.gathered(fresh) }
                    groupIDs = fresh.indices.map { ids[Int($0)] }
                }
                try accumulators[index].update(arguments: arguments, groups: groupIDs, groupCount: groupCount)
            }
        }
        let groupCount = keys.isEmpty ? 1 : groups.count
        let columns = try (keys.isEmpty ? [] : groups.keyColumns())
            + accumulators.map { try $0.finish(groupCount: groupCount) }
        let types = keys.map(\.type) + aggregates.map(\.function.returnType)
        return Relation(types: types, batches: [try Batch(columns: columns, count: groupCount)])
    }
}
