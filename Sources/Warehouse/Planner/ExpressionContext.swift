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

    /// The ordering the query's sort-based aggregates share (see `checkSortOrder`).
    private var sortOrder: [OrderItem]?

    /// The output position of an aggregate call, adding it when new.
    func position(of call: Expression, _ make: () throws -> BoundAggregate) throws -> BoundExpression {
        if let index = aggregateCalls.firstIndex(of: call) {
            return .column(keys.count + index, aggregates[index].function.returnType)
        }
        try checkSortOrder(call)
        let aggregate = try make()
        aggregateCalls.append(call)
        aggregates.append(aggregate)
        return .column(keys.count + aggregates.count - 1, aggregate.function.returnType)
    }

    /// Redshift sorts once for all of a query's sort-based aggregates (LISTAGG ... WITHIN GROUP,
    /// MEDIAN, PERCENTILE_CONT/DISC), so they must all order by the same expressions.
    private func checkSortOrder(_ call: Expression) throws {
        guard case .function(let function) = call.kind else { return }
        let written: [OrderItem]
        switch function.name.name.value {
        case "median" where function.arguments.count == 1:
            written = [OrderItem(expression: function.arguments[0], direction: nil, nulls: nil)]
        case "listagg", "percentile_cont", "percentile_disc":
            guard !function.withinGroup.isEmpty else { return }
            written = function.withinGroup
        default:
            return
        }
        let order = written.map { OrderItem(expression: $0.expression, direction: $0.direction ?? .ascending, nulls: $0.nulls) }
        if let shared = sortOrder, shared != order {
            throw SQLError(SQLState.featureNotSupported, "within group ORDER BY clauses for aggregate functions must be the same",
                           position: call.location.position)
        }
        sortOrder = order
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
