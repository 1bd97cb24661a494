/// What one statement's execution reads: the catalog's tables, and the results of its
/// uncorrelated subqueries, each computed once and kept for every batch that asks.
final class ExecutionContext {
    let catalog: Catalog
    /// What system relations are computed from when a scan reads one.
    let system: SystemState
    private var scalars: [Int: Datum] = [:]
    private var sets: [Int: ValueSet] = [:]
    private var existence: [Int: Bool] = [:]
    private var summaries: [Int: QuantifiedComparison.Summary] = [:]
    /// Every table scan the statement ran, in the order they ran.
    private(set) var scans: [TableScanStatistics] = []

    init(system: SystemState) {
        self.catalog = system.catalog
        self.system = system
    }

    /// A context with no session history (expression evaluation outside a database).
    convenience init(catalog: Catalog) {
        self.init(system: SystemState(catalog: catalog))
    }

    func record(_ scan: TableScanStatistics) {
        scans.append(scan)
    }

    /// A subquery's values for IN: a hash table of the non-NULL values, and whether any was NULL.
    struct ValueSet {
        var table: KeyHashTable
        var containsNull: Bool
    }

    /// Runs a plan after the planner's rewrites (`LogicalPlan.optimized`).
    func execute(_ plan: LogicalPlan) throws -> Relation {
        try Executor(context: self).run(plan.optimized(catalog: catalog))
    }

    func scalarValue(_ subquery: SubqueryPlan) throws -> Datum {
        if let known = scalars[subquery.id] { return known }
        let relation = try execute(subquery.plan)
        guard relation.rowCount <= 1 else {
            throw SQLError("21000", "more than one row returned by a subquery used as an expression")
        }
        let value = relation.rowCount == 0 ? Datum.null : try relation.combined().columns[0].datum(at: 0)
        scalars[subquery.id] = value
        return value
    }

    func hasRows(_ subquery: SubqueryPlan) throws -> Bool {
        if let known = existence[subquery.id] { return known }
        let found = try execute(.limit(subquery.plan, limit: 1, offset: 0)).rowCount > 0
        existence[subquery.id] = found
        return found
    }

    /// A subquery's smallest and largest non-NULL values, its row count and whether it had a
    /// NULL: all that `x op ANY/ALL (subquery)` needs.
    func summary(_ subquery: SubqueryPlan) throws -> QuantifiedComparison.Summary {
        if let known = summaries[subquery.id] { return known }
        let relation = try execute(subquery.plan)
        let type = relation.types[0]
        let values = try relation.combined().columns[0]
        let groups = [UInt32](repeating: 0, count: values.count)
        var smallest = MinMaxAccumulator(type: type, keepsGreater: false), largest = MinMaxAccumulator(type: type, keepsGreater: true)
        try smallest.update(arguments: [values], groups: groups, groupCount: 1)
        try largest.update(arguments: [values], groups: groups, groupCount: 1)
        let summary = QuantifiedComparison.Summary(count: values.count, containsNull: values.validity.hasNulls,
                                                   smallest: try smallest.finish(groupCount: 1),
                                                   largest: try largest.finish(groupCount: 1))
        summaries[subquery.id] = summary
        return summary
    }

    func valueSet(_ subquery: SubqueryPlan) throws -> ValueSet {
        if let known = sets[subquery.id] { return known }
        let relation = try execute(subquery.plan)
        var set = ValueSet(table: KeyHashTable(types: relation.types), containsNull: false)
        for batch in relation.batches {
            let rows = batch.compacted()
            guard let column = rows.columns.first else { continue }
            let present = SelectionVector((0..<rows.count).filter { !column.isNull($0) }.map { UInt32($0) })
            if present.count < rows.count { set.containsNull = true }
            _ = try set.table.insert([column.gathered(present)], rowCount: present.count)
        }
        sets[subquery.id] = set
        return set
    }
}
