/// A correlated subquery evaluated by substitution: for each distinct set of values of the
/// enclosing row's columns it reads (`bindings`, over the enclosing row, so pushdown and
/// pruning move them like any other column reference), the plan runs once with those values
/// as constants. This is the general fallback for the shapes the planner cannot turn into a
/// join — a correlated aggregate compared with `<`, a correlated NOT IN with its NULL rules, a
/// scalar subquery without an aggregate — and costs one subquery run per distinct binding.
public struct CorrelatedApply: Sendable {
    public enum Kind: Sendable, Equatable {
        /// The single value of a one-column subquery (NULL for no row; more than one row is an error).
        case scalar
        case exists(negated: Bool)
        /// `probe [NOT] IN (subquery)`; the probe is the last binding.
        case `in`(negated: Bool)
    }

    public var kind: Kind
    /// The subquery, whose `.outerColumn(k)` references mean `bindings[k]`.
    public var plan: LogicalPlan
    public var bindings: [BoundExpression]

    /// A scalar subquery bound in a scope whose row is the enclosing query's row.
    static func scalar(_ plan: LogicalPlan) -> CorrelatedApply {
        make(.scalar, plan, probe: nil)
    }

    /// A correlated EXISTS or IN whose semi/anti join the planner could not build.
    static func condition(_ subquery: CorrelatedSubquery) -> CorrelatedApply {
        make(subquery.probe == nil ? .exists(negated: subquery.negated) : .in(negated: subquery.negated), subquery.plan,
             probe: subquery.probe)
    }

    private static func make(_ kind: Kind, _ plan: LogicalPlan, probe: BoundExpression?) -> CorrelatedApply {
        var used: [Int: DataType] = [:]
        _ = plan.mappingExpressions { expression in
            ColumnUse.rewrite(expression, { .column($0, $1) }, outer: { index, type in
                used[index] = type
                return .outerColumn(index, type)
            })
        }
        let order = used.keys.sorted()
        let slot = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        let renumbered = plan.mappingExpressions { expression in
            ColumnUse.rewrite(expression, { .column($0, $1) }, outer: { .outerColumn(slot[$0] ?? $0, $1) })
        }
        var bindings = order.map { BoundExpression.column($0, used[$0] ?? .integer) }
        if let probe { bindings.append(probe) }
        return CorrelatedApply(kind: kind, plan: renumbered, bindings: bindings)
    }

    /// The plan with `bindings[k]` replaced by the constant `values[k]`.
    func bound(to values: [Datum]) -> LogicalPlan {
        plan.mappingExpressions { expression in
            ColumnUse.rewrite(expression, { .column($0, $1) }, outer: { .constant(values[$0], $1) })
        }
    }
}

extension Correlation {
    /// `expression` with every correlated EXISTS/IN inside it made an apply: for conditions
    /// that are not top-level conjuncts of a WHERE clause, or whose join could not be built.
    static func applyingNested(_ expression: BoundExpression) -> BoundExpression {
        ColumnUse.rewrite(expression, { .column($0, $1) }, correlated: { .apply(.condition($0)) })
    }
}
