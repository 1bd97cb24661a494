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
        // Keys, their hashes and the aggregates' arguments are computed for a run of batches on
        // every core; the hash table and accumulators then take the batches in order.
        let parallel = ParallelBatches.independent(keys + aggregates.flatMap(\.arguments))
        var start = 0
        while start < input.batches.count {
            let end = min(start + Self.batchesPerRun, input.batches.count)
            let evaluated = try ParallelBatches.map(Array(input.batches[start..<end]), parallel: parallel) { batch in
                let rows = batch.compacted()
                let keyColumns = try keys.map { try evaluator.evaluate($0, rows) }
                return EvaluatedBatch(count: rows.count, keys: keyColumns,
                                      hashes: keys.isEmpty ? [] : try HashKernel.hash(keyColumns),
                                      arguments: try aggregates.map { try $0.arguments.map { try evaluator.evaluate($0, rows) } })
            }
            for batch in evaluated {
                try accumulate(batch, &groups, &accumulators, &seen)
            }
            start = end
        }
        let groupCount = keys.isEmpty ? 1 : groups.count
        let columns = try (keys.isEmpty ? [] : groups.keyColumns())
            + accumulators.map { try $0.finish(groupCount: groupCount) }
        let types = keys.map(\.type) + aggregates.map(\.function.returnType)
        return Relation(types: types, batches: [try Batch(columns: columns, count: groupCount)])
    }

    /// Input batches evaluated together before they are folded in: enough to keep both cores
    /// busy, few enough that their evaluated columns stay small.
    private static let batchesPerRun = 64

    /// One input batch's key columns with their hashes, and each aggregate's argument columns.
    private struct EvaluatedBatch {
        let count: Int
        let keys: [ColumnVector]
        let hashes: [UInt64]
        let arguments: [[ColumnVector]]
    }

    private func accumulate(_ batch: EvaluatedBatch, _ groups: inout KeyHashTable,
                            _ accumulators: inout [any AggregateAccumulator], _ seen: inout [KeyHashTable?]) throws {
        let ids = keys.isEmpty ? [UInt32](repeating: 0, count: batch.count)
            : try groups.insert(batch.keys, rowCount: batch.count, hashes: batch.hashes).ids
        let groupCount = keys.isEmpty ? 1 : groups.count
        for index in aggregates.indices {
            var arguments = batch.arguments[index]
            var groupIDs = ids
            if seen[index] != nil {
                let groupColumn = ColumnVector(uncheckedType: .bigint,
                                               storage: .int64(FixedWidthVector(values: ids.map { Int64($0) })))
                let isNew = try seen[index]?.insert([groupColumn] + arguments, rowCount: batch.count).isNew ?? []
                let fresh = SelectionVector((0..<batch.count).filter { isNew[$0] }.map { UInt32($0) })
                arguments = arguments.map { $0.gathered(fresh) }
                groupIDs = fresh.indices.map { ids[Int($0)] }
            }
            try accumulators[index].update(arguments: arguments, groups: groupIDs, groupCount: groupCount)
        }
    }
}
