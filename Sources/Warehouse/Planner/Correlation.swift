/// Correlated subqueries: finding references to the enclosing row, and turning a correlated
/// `[NOT] EXISTS` or `IN` of a WHERE clause into a semi or anti join whose condition holds the
/// correlation (the pushdown step then makes its equalities hash keys).
enum Correlation {
    static func containsOuter(_ expression: BoundExpression) -> Bool {
        var found = false
        _ = ColumnUse.rewrite(expression, { .column($0, $1) }, outer: { index, type in
            found = true
            return .outerColumn(index, type)
        })
        return found
    }

    static func isCorrelated(_ plan: LogicalPlan) -> Bool {
        expressions(of: plan).contains(where: containsOuter) || inputs(of: plan).contains(where: isCorrelated)
    }

    /// `outer` semi- or anti-joined with the subquery: its top projection dropped (EXISTS) or
    /// compared with the probe (IN), its top filter's correlated conjuncts moved into the join.
    static func join(_ outer: LogicalPlan, _ subquery: CorrelatedSubquery) throws -> LogicalPlan {
        let unsupported = SQLError(SQLState.featureNotSupported,
                                   "this correlated subquery is not supported; correlate through its WHERE clause")
        let leftCount = outer.types.count
        var plan = subquery.plan
        var selected: BoundExpression?
        if case .project(let input, let expressions) = plan {
            selected = expressions.first
            plan = input
        }
        var conditions: [BoundExpression] = []
        if case .filter(let input, let predicate) = plan {
            let conjuncts: [BoundExpression]
            if case .and(let operands) = predicate { conjuncts = operands } else { conjuncts = [predicate] }
            let local = conjuncts.filter { !containsOuter($0) }
            conditions = conjuncts.filter(containsOuter)
            plan = local.isEmpty ? input : .filter(input, local.count == 1 ? local[0] : .and(local))
        }
        guard !isCorrelated(plan) else { throw unsupported }
        if let probe = subquery.probe {
            guard !subquery.negated else {
                throw SQLError(SQLState.featureNotSupported, "correlated NOT IN is not supported; use NOT EXISTS")
            }
            guard let selected, !containsOuter(selected) else { throw unsupported }
            conditions.append(.comparison(.equal, asOuter(probe), selected))
        }
        let combined = conditions.map { condition in
            ColumnUse.rewrite(condition, { .column(leftCount + $0, $1) }, outer: { .column($0, $1) })
        }
        let residual = combined.isEmpty ? nil : (combined.count == 1 ? combined[0] : BoundExpression.and(combined))
        return .join(JoinPlan(kind: subquery.negated ? .anti : .semi, left: outer, right: plan, leftKeys: [], rightKeys: [],
                              residual: residual))
    }

    /// The probe of an IN reads the enclosing row through ordinary column references; restated
    /// as references to the enclosing row like the rest of the correlation.
    private static func asOuter(_ probe: BoundExpression) -> BoundExpression {
        ColumnUse.rewrite(probe) { .outerColumn($0, $1) }
    }

    private static func expressions(of plan: LogicalPlan) -> [BoundExpression] {
        switch plan {
        case .scan(let scan): scan.predicate.map { [$0] } ?? []
        case .values(let rows, _): rows.flatMap { $0 }
        case .filter(_, let predicate): [predicate]
        case .project(_, let expressions): expressions
        case .join(let join): join.leftKeys + join.rightKeys + (join.residual.map { [$0] } ?? [])
        case .aggregate(_, let keys, let aggregates): keys + aggregates.flatMap(\.arguments)
        case .window(_, let functions): functions.flatMap { $0.arguments + $0.partitionBy + $0.orderBy.map(\.expression) }
        case .sort(_, let keys): keys.map(\.expression)
        case .limit, .distinct, .setOperation: []
        }
    }

    private static func inputs(of plan: LogicalPlan) -> [LogicalPlan] {
        switch plan {
        case .scan, .values: []
        case .filter(let input, _), .project(let input, _), .aggregate(let input, _, _), .window(let input, _),
             .sort(let input, _), .limit(let input, _, _), .distinct(let input):
            [input]
        case .join(let join): [join.left, join.right]
        case .setOperation(_, _, let left, let right): [left, right]
        }
    }
}
