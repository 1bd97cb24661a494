/// GROUP BY: numbers each distinct key with a hash table and feeds every aggregate's grouped
/// accumulator the batch's group numbers. A DISTINCT aggregate sees each (group, value) once.
/// Without keys there is exactly one group, even over no rows (`count(*)` is then 0).
///
/// A large input whose expressions need nothing from the statement's context is split into
/// one contiguous run of batches per core, each aggregated into its own table and accumulators;
/// the later runs' groups are then merged into the first's in order, so groups keep their
/// order of first appearance, as in a serial run.
struct HashAggregate {
    let keys: [BoundExpression]
    let aggregates: [BoundAggregate]
    let evaluator: ExpressionEvaluator

    /// Rows per core below which splitting the input is not worth the merge.
    private static let minimumRowsPerPart = 16 * Batch.preferredRowCount
    /// Input runs aggregated at once: the two cores of the machines this engine targets.
    private static let parts = 2

    func run(_ input: Relation) throws -> Relation {
        let parallel = ParallelBatches.independent(keys + aggregates.flatMap(\.arguments))
        let splits = parallel && !aggregates.contains(where: \.distinct)
            && input.rowCount >= Self.parts * Self.minimumRowsPerPart && input.batches.count >= Self.parts
        var total: Partial
        if splits {
            let count = input.batches.count
            let partials = try ParallelBatches.perform(Self.parts) { part in
                try aggregate(input.batches[(count * part / Self.parts)..<(count * (part + 1) / Self.parts)], parallel: false)
            }
            total = partials[0]
            for partial in partials.dropFirst() { try total.merge(partial, keyed: !keys.isEmpty) }
        } else {
            total = try aggregate(input.batches[...], parallel: parallel)
        }
        let groupCount = keys.isEmpty ? 1 : total.groups.count
        let columns = try (keys.isEmpty ? [] : total.groups.keyColumns())
            + total.accumulators.map { try $0.finish(groupCount: groupCount) }
        let types = keys.map(\.type) + aggregates.map(\.function.returnType)
        return Relation(types: types, batches: [try Batch(columns: columns, count: groupCount)])
    }

    /// The groups and accumulator states of a run of input batches.
    private struct Partial {
        var groups: KeyHashTable
        var accumulators: [any AggregateAccumulator]
        /// Per DISTINCT aggregate, the (group, arguments) rows already fed to it.
        var seen: [KeyHashTable?]

        /// Folds `other`'s groups in after this one's (not for DISTINCT aggregates, whose
        /// `seen` rows are not merged).
        mutating func merge(_ other: Partial, keyed: Bool) throws {
            let mapping = keyed
                ? try groups.insert(other.groups.keyColumns(), rowCount: other.groups.count).ids
                : [0]
            let groupCount = keyed ? groups.count : 1
            for index in accumulators.indices {
                try accumulators[index].merge(other.accumulators[index], mapping: mapping, groupCount: groupCount)
            }
        }
    }

    private func aggregate(_ batches: ArraySlice<Batch>, parallel: Bool) throws -> Partial {
        var partial = Partial(groups: KeyHashTable(types: keys.map(\.type)),
                              accumulators: aggregates.map { $0.function.makeAccumulator() },
                              seen: aggregates.map { aggregate in
                                  aggregate.distinct ? KeyHashTable(types: [.bigint] + aggregate.arguments.map(\.type)) : nil
                              })
        // Keys, their hashes and the aggregates' arguments are computed for a run of batches on
        // every core; the hash table and accumulators then take the batches in order.
        var start = batches.startIndex
        while start < batches.endIndex {
            let end = min(start + Self.batchesPerRun, batches.endIndex)
            let evaluated = try ParallelBatches.map(Array(batches[start..<end]), parallel: parallel) { batch in
                let rows = batch.compacted()
                let keyColumns = try keys.map { try evaluator.evaluate($0, rows) }
                return EvaluatedBatch(count: rows.count, keys: keyColumns,
                                      hashes: keys.isEmpty ? [] : try HashKernel.hash(keyColumns),
                                      arguments: try aggregates.map { try $0.arguments.map { try evaluator.evaluate($0, rows) } })
            }
            for batch in evaluated {
                try accumulate(batch, &partial)
            }
            start = end
        }
        return partial
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

    private func accumulate(_ batch: EvaluatedBatch, _ partial: inout Partial) throws {
        let ids = keys.isEmpty ? [UInt32](repeating: 0, count: batch.count)
            : try partial.groups.insert(batch.keys, rowCount: batch.count, hashes: batch.hashes).ids
        let groupCount = keys.isEmpty ? 1 : partial.groups.count
        for index in aggregates.indices {
            var arguments = batch.arguments[index]
            var groupIDs = ids
            if partial.seen[index] != nil {
                let groupColumn = ColumnVector(uncheckedType: .bigint,
                                               storage: .int64(FixedWidthVector(values: ids.map { Int64($0) })))
                let isNew = try partial.seen[index]?.insert([groupColumn] + arguments, rowCount: batch.count).isNew ?? []
                let fresh = SelectionVector((0..<batch.count).filter { isNew[$0] }.map { UInt32($0) })
                arguments = arguments.map { $0.gathered(fresh) }
                groupIDs = fresh.indices.map { ids[Int($0)] }
            }
            try partial.accumulators[index].update(arguments: arguments, groups: groupIDs, groupCount: groupCount)
        }
    }
}
