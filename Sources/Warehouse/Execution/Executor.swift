/// Runs a logical plan bottom-up, each operator consuming its input's batches and producing
/// its own. Streaming operators (scan, filter, project) work batch by batch; blocking ones
/// (join, aggregate, sort, set operations) gather their input first.
struct Executor {
    let context: ExecutionContext

    private var evaluator: ExpressionEvaluator { ExpressionEvaluator(context: context) }

    func run(_ plan: LogicalPlan) throws -> Relation {
        switch plan {
        case .scan(let scan):
            return try self.scan(scan)
        case .values(let rows, let types):
            return try values(rows, types)
        case .filter(let input, let predicate):
            return try filter(run(input), predicate)
        case .project(let input, let expressions):
            return try project(run(input), expressions)
        case .join(let join):
            let left = try run(join.left)
            let right = try GroupKeyFilter(join).map { try grouped(join.right, $0, left: left) } ?? run(join.right)
            return try HashJoin(join: join, evaluator: evaluator).run(left: left, right: right)
        case .aggregate(let input, let keys, let aggregates):
            return try HashAggregate(keys: keys, aggregates: aggregates, evaluator: evaluator).run(run(input))
        case .window(let input, let functions):
            return try WindowOperator(functions: functions, evaluator: evaluator).run(run(input))
        case .sort(let input, let keys):
            return try Sorter(keys: keys, evaluator: evaluator).run(run(input))
        case .limit(.sort(let input, let keys), let limit?, let offset):
            let (wanted, overflow) = limit.addingReportingOverflow(offset)
            let sorted = try Sorter(keys: keys, evaluator: evaluator, limit: overflow ? nil : wanted).run(run(input))
            return try self.limit(sorted, limit: limit, offset: offset)
        case .limit(let input, let limit, let offset):
            if let limit, let chain = StorageChain(input) {
                let (wanted, overflow) = limit.addingReportingOverflow(offset)
                return try self.limit(firstRows(chain, wanted: overflow ? Int.max : wanted), limit: limit, offset: offset)
            }
            return try self.limit(run(input), limit: limit, offset: offset)
        case .distinct(let input):
            let relation = try run(input)
            var table = KeyHashTable(types: relation.types)
            for batch in relation.batches {
                let rows = batch.compacted()
                _ = try table.insert(rows.columns, rowCount: rows.count)
            }
            return Relation(types: relation.types, batches: [try Batch(columns: table.keyColumns(), count: table.count)])
        case .setOperation(let op, let all, let left, let right):
            return try SetOperationExecutor(op: op, all: all).run(run(left), run(right))
        }
    }

    private func project(_ relation: Relation, _ expressions: [BoundExpression]) throws -> Relation {
        let batches = try ParallelBatches.map(relation.batches, parallel: ParallelBatches.independent(expressions)) { batch in
            try project(batch, expressions)
        }
        return Relation(types: expressions.map(\.type), batches: batches)
    }

    private func project(_ batch: Batch, _ expressions: [BoundExpression]) throws -> Batch {
        let rows = batch.compacted()
        return try Batch(columns: expressions.map { try evaluator.evaluate($0, rows) }, count: rows.count)
    }

    /// At least the first `wanted` rows of `chain`, the same rows in the same order as running
    /// it whole, with the table read only as far as they need.
    private func firstRows(_ chain: StorageChain, wanted: Int) throws -> Relation {
        let scan = chain.scan
        let table = try context.catalog.table(schema: scan.schema, name: scan.table)
        var batches: [Batch] = []
        var rows = 0
        let counters = try table.storage.scan(scanRequest(scan)) { batch in
            var output: Batch? = batch
            if let predicate = scan.predicate { output = try filter(batch, predicate) }
            for stage in chain.stages {
                guard let input = output else { break }
                switch stage {
                case .filter(let predicate): output = try filter(input, predicate)
                case .project(let expressions): output = try project(input, expressions)
                }
            }
            if let output {
                batches.append(output)
                rows += output.count
            }
            return rows < wanted
        }
        context.record(TableScanStatistics(schema: scan.schema, table: scan.table, counters: counters))
        return Relation(types: chain.types, batches: batches)
    }

    /// A join's right input that `filter` applies to (a GROUP BY, perhaps under a projection),
    /// its aggregate's input narrowed to the rows whose group keys match a row of `left`.
    private func grouped(_ plan: LogicalPlan, _ filter: GroupKeyFilter, left: Relation) throws -> Relation {
        switch plan {
        case .project(let input, let expressions):
            return try project(grouped(input, filter, left: left), expressions)
        case .aggregate(let input, let keys, let aggregates):
            let rows = try filter.narrowed(run(input), left: left, evaluator: evaluator)
            return try HashAggregate(keys: keys, aggregates: aggregates, evaluator: evaluator).run(rows)
        default:
            return try run(plan)
        }
    }

    /// Narrows each batch to the rows `predicate` holds for, by a selection vector.
    private func filter(_ relation: Relation, _ predicate: BoundExpression) throws -> Relation {
        let filtered = try ParallelBatches.map(relation.batches, parallel: ParallelBatches.independent(predicate)) { batch in
            try filter(batch, predicate)
        }
        return Relation(types: relation.types, batches: filtered.compactMap { $0 })
    }

    /// The batch narrowed to the rows `predicate` holds for; nil when none does.
    private func filter(_ batch: Batch, _ predicate: BoundExpression) throws -> Batch? {
        var rows = batch.compacted()
        let selection = try evaluator.trueRows(predicate, rows)
        if selection.isEmpty { return nil }
        if selection.count < rows.count { rows.selection = selection }
        return rows
    }

    /// Reads a table, letting storage skip the blocks whose zone maps rule out the pushed-down
    /// predicate; the predicate still filters the rows that are read.
    private func scan(_ scan: ScanPlan) throws -> Relation {
        let batches = try scannedBatches(scan)
        let relation = Relation(types: LogicalPlan.scan(scan).types, batches: batches)
        return try scan.predicate.map { try filter(relation, $0) } ?? relation
    }

    /// The stored rows of a table (recording the blocks read and skipped), or a system
    /// relation's rows computed now, projected.
    private func scannedBatches(_ scan: ScanPlan) throws -> [Batch] {
        guard scan.isSystem else {
            let table = try context.catalog.table(schema: scan.schema, name: scan.table)
            let (batches, counters) = try table.storage.scan(scanRequest(scan))
            context.record(TableScanStatistics(schema: scan.schema, table: scan.table, counters: counters))
            return batches
        }
        guard let relation = SystemRelations.lookup(schema: scan.schema, name: scan.table) else {
            throw CatalogErrors.noRelation(scan.table)
        }
        let columns = try relation.rows(in: context.system)
        let count = columns.first?.count ?? 0
        return [try Batch(columns: scan.projection.map { columns[$0] }, count: count)]
    }

    /// The columns a scan reads and the zone-map tests its pushed-down predicate allows.
    private func scanRequest(_ scan: ScanPlan) -> ScanRequest {
        ScanRequest(projection: scan.projection, predicates: BlockPredicate.conjuncts(of: scan.predicate, projection: scan.projection),
                    withRowID: scan.withRowID)
    }

    /// VALUES rows: each row's constant expressions evaluated over one empty row.
    private func values(_ rows: [[BoundExpression]], _ types: [DataType]) throws -> Relation {
        let empty = try Batch(columns: [], count: 1)
        var builders = types.map { ColumnBuilder(type: $0) }
        for row in rows {
            for (index, expression) in row.enumerated() {
                let value = try CastKernel.cast(evaluator.evaluate(expression, empty), to: types[index])
                try builders[index].append(value)
            }
        }
        return Relation(types: types, batches: [try Batch(columns: builders.map { $0.build() }, count: rows.count)])
    }

    private func limit(_ relation: Relation, limit: Int?, offset: Int) throws -> Relation {
        var skip = offset
        var remaining = limit ?? Int.max
        var batches: [Batch] = []
        for batch in relation.batches where remaining > 0 {
            let rows = batch.compacted()
            if skip >= rows.count {
                skip -= rows.count
                continue
            }
            let end = rows.count - skip <= remaining ? rows.count : skip + remaining
            batches.append(rows.sliced(skip..<end))
            remaining -= end - skip
            skip = 0
        }
        return Relation(types: relation.types, batches: batches)
    }
}
