/// Correlated scalar subqueries of one SELECT's WHERE clause or select list, planned as left
/// joins. A subquery of the form `(SELECT f(aggregates) FROM ... WHERE inner = outer AND ...)`
/// becomes its aggregate grouped by the inner sides of the correlation, left-joined on the outer
/// sides; an outer row with no group gets what the subquery returns over no rows (COUNT's 0).
final class ScalarSubqueryJoins {
    /// One left join per subquery; each adds its key columns, the value and a matched flag.
    private var joins: [JoinPlan] = []
    private let baseWidth: Int
    private var addedWidth = 0

    init(baseWidth: Int) {
        self.baseWidth = baseWidth
    }

    /// The value expression for the subquery, over the FROM row widened by the joins so far.
    func add(_ plan: LogicalPlan, binder: Binder) throws -> BoundExpression {
        let unsupported = SQLError(SQLState.featureNotSupported,
                                   "this correlated subquery is not supported; correlate an aggregate through equalities in its WHERE clause")
        guard case .project(.aggregate(let input, let keys, let aggregates), let outputs) = plan, keys.isEmpty,
              outputs.count == 1, !outputs.contains(where: Correlation.containsOuter),
              case .filter(let source, let predicate) = input, !Correlation.isCorrelated(source) else {
            throw unsupported
        }
        var innerKeys: [BoundExpression] = [], outerKeys: [BoundExpression] = [], local: [BoundExpression] = []
        for conjunct in Binder.conjuncts(predicate) {
            guard Correlation.containsOuter(conjunct) else {
                local.append(conjunct)
                continue
            }
            guard case .comparison(.equal, let a, let b) = conjunct else { throw unsupported }
            let (outerSide, innerSide) = Correlation.containsOuter(a) ? (a, b) : (b, a)
            guard !Correlation.containsOuter(innerSide), ColumnUse.columns(outerSide).isEmpty else { throw unsupported }
            let type = try innerSide.type.comparisonType(with: outerSide.type, operatorSymbol: "=")
            innerKeys.append(innerSide.type == type ? innerSide : .cast(innerSide, type, explicit: true))
            let outer = ColumnUse.rewrite(outerSide, { .column($0, $1) }, outer: { .column($0, $1) })
            outerKeys.append(outer.type == type ? outer : .cast(outer, type, explicit: true))
        }
        let filtered = local.isEmpty ? source : LogicalPlan.filter(source, local.count == 1 ? local[0] : .and(local))
        let grouped = LogicalPlan.aggregate(filtered, keys: innerKeys, aggregates: aggregates)
        let value = ColumnUse.shifted(outputs[0], by: innerKeys.count)
        let keyColumns = innerKeys.enumerated().map { BoundExpression.column($0.offset, $0.element.type) }
        let right = LogicalPlan.project(grouped, keyColumns + [value, .constant(.boolean(true), .boolean)])
        let empty = try emptyValue(.project(.aggregate(.values(rows: [], types: source.types), keys: [], aggregates: aggregates),
                                            outputs), binder: binder)
        let position = baseWidth + addedWidth
        joins.append(JoinPlan(kind: .left, left: .values(rows: [], types: []), right: right, leftKeys: outerKeys,
                              rightKeys: keyColumns, residual: nil))
        addedWidth += innerKeys.count + 2
        let valueColumn = BoundExpression.column(position + innerKeys.count, outputs[0].type)
        let matched = BoundExpression.column(position + innerKeys.count + 1, .boolean)
        return .caseWhen([(condition: .isNull(matched, negated: false), result: empty)], otherwise: valueColumn, outputs[0].type)
    }

    /// `plan` (the FROM plan, `baseWidth` columns wide) with the joins applied.
    func apply(to plan: LogicalPlan) -> LogicalPlan {
        joins.reduce(plan) { current, join in
            var placed = join
            placed.left = current
            return .join(placed)
        }
    }

    private func emptyValue(_ plan: LogicalPlan, binder: Binder) throws -> BoundExpression {
        let relation = try ExecutionContext(system: binder.system).execute(plan)
        let type = plan.types[0]
        let value = try relation.combined().columns.first.map { $0.count > 0 ? $0.datum(at: 0) : .null } ?? .null
        return .constant(value, type)
    }
}
