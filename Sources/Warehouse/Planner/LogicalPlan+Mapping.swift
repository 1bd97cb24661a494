extension LogicalPlan {
    /// The plan with `transform` applied to every expression of every node, inputs included
    /// (not to the plans of subqueries inside expressions, which have rows of their own).
    func mappingExpressions(_ transform: (BoundExpression) -> BoundExpression) -> LogicalPlan {
        func sortKeys(_ keys: [SortKeyPlan]) -> [SortKeyPlan] {
            keys.map { SortKeyPlan(expression: transform($0.expression), descending: $0.descending, nullsFirst: $0.nullsFirst) }
        }
        switch self {
        case .scan(var scan):
            scan.predicate = scan.predicate.map(transform)
            return .scan(scan)
        case .values(let rows, let types):
            return .values(rows: rows.map { $0.map(transform) }, types: types)
        case .filter(let input, let predicate):
            return .filter(input.mappingExpressions(transform), transform(predicate))
        case .project(let input, let expressions):
            return .project(input.mappingExpressions(transform), expressions.map(transform))
        case .join(var join):
            join.left = join.left.mappingExpressions(transform)
            join.right = join.right.mappingExpressions(transform)
            join.leftKeys = join.leftKeys.map(transform)
            join.rightKeys = join.rightKeys.map(transform)
            join.residual = join.residual.map(transform)
            return .join(join)
        case .aggregate(let input, let keys, let aggregates):
            let mapped = aggregates.map { aggregate in
                var copy = aggregate
                copy.arguments = aggregate.arguments.map(transform)
                return copy
            }
            return .aggregate(input.mappingExpressions(transform), keys: keys.map(transform), aggregates: mapped)
        case .window(let input, let functions):
            let mapped = functions.map { function in
                var copy = function
                copy.arguments = function.arguments.map(transform)
                copy.partitionBy = function.partitionBy.map(transform)
                copy.orderBy = sortKeys(function.orderBy)
                return copy
            }
            return .window(input.mappingExpressions(transform), mapped)
        case .sort(let input, let keys):
            return .sort(input.mappingExpressions(transform), sortKeys(keys))
        case .limit(let input, let limit, let offset):
            return .limit(input.mappingExpressions(transform), limit: limit, offset: offset)
        case .distinct(let input):
            return .distinct(input.mappingExpressions(transform))
        case .setOperation(let op, let all, let left, let right):
            return .setOperation(op, all: all, left.mappingExpressions(transform), right.mappingExpressions(transform))
        }
    }
}
