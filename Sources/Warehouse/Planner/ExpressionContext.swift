/// What an expression is bound against: the input scope, and in a grouped query the grouping
/// that expressions after aggregation must go through.
struct ExpressionContext {
    var scope: Scope
    var grouping: Grouping?
    /// The clause, for "aggregate functions are not allowed in WHERE"; nil where they are allowed.
    var aggregatesForbiddenIn: String?
    /// Where window functions go; nil where they are not allowed (everywhere but the select
    /// list and ORDER BY).
    var windowing: Windowing?
    /// Where correlated scalar subqueries become joins; nil where they are not supported.
    var scalarJoins: ScalarSubqueryJoins?

    init(scope: Scope, grouping: Grouping? = nil, aggregatesForbiddenIn: String? = nil, windowing: Windowing? = nil) {
        self.scope = scope
        self.grouping = grouping
        self.aggregatesForbiddenIn = aggregatesForbiddenIn
        self.windowing = windowing
    }
}

/// The GROUP BY keys and the aggregate calls found so far of one SELECT. Expressions after
/// aggregation read the aggregate operator's output: the keys, then the aggregates.
final class Grouping {
    let inputScope: Scope
    let keyExpressions: [Expression]
    let keys: [BoundExpression]
    /// For ROLLUP, CUBE and GROUPING SETS: the key positions each grouping set groups by.
    var sets: [[Int]]?
    private(set) var aggregateCalls: [Expression] = []
    private(set) var aggregates: [BoundAggregate] = []

    init(inputScope: Scope, keyExpressions: [Expression], keys: [BoundExpression]) {
        self.inputScope = inputScope
        self.keyExpressions = keyExpressions
        self.keys = keys
    }

    /// The output position of an aggregate call, adding it when new.
    func position(of call: Expression, _ make: () throws -> BoundAggregate) rethrows -> BoundExpression {
        if let index = aggregateCalls.firstIndex(of: call) {
            return .column(keys.count + index, aggregates[index].function.returnType)
        }
        let aggregate = try make()
        aggregateCalls.append(call)
        aggregates.append(aggregate)
        return .column(keys.count + aggregates.count - 1, aggregate.function.returnType)
    }

    /// The output position of a key written identically, or of a key that is the same input column.
    func key(matching expression: Expression, inputColumn: Int?) -> BoundExpression? {
        for (index, key) in keys.enumerated() {
            if keyExpressions[index] == expression { return .column(index, key.type) }
            if let inputColumn, case .column(let column, let type) = key, column == inputColumn {
                return .column(index, type)
            }
        }
        return nil
    }
}
