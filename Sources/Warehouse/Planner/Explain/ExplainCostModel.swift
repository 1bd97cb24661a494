import Foundation

/// The relative costs EXPLAIN prints, in the spirit of Redshift's planner (a PostgreSQL 8 cost
/// model without page I/O, plus data movement). Numbers are relative, not time. Every formula
/// reads the estimated rows of the plan being explained, nothing else:
///
/// - Scan: startup 0, total `rows × tupleCost`, plus `rows × operatorCost` per operator the
///   filter evaluates (the docs' 8798-row EVENT scan costs 87.98).
/// - Filter over another operator: `input rows × operatorCost` per operator, added to it.
/// - Hash: the cost of its input (startup = total).
/// - Hash join: startup = the hash's total; total = outer total + hash total + `outer rows ×
///   operatorCost` per key + `output rows × tupleCost` + data movement.
/// - Merge join: both inputs' totals + `(outer + inner rows) × operatorCost` + `output rows ×
///   tupleCost`. Nested loop: outer total + `outer rows × inner total` + output + movement.
/// - Data movement: `moveCost` per row sent over the network: a redistribution sends the moved
///   side's rows once, a broadcast copies the inner rows to every slice. This is what makes
///   redistributing joins cost millions to billions where collocated ones cost thousands, as
///   in Redshift's plans; the planner picks the movement with the smallest cost.
/// - Aggregate: startup = input total + `input rows × operatorCost × (keys + aggregates)`;
///   total = startup + `groups × operatorCost` (GROUP BY) or `tupleCost` (one row).
/// - Sort: `sortOffset` + input total + `2 × operatorCost × N × log2 N`, total adds `N ×
///   operatorCost`; the network step and merge above a final sort carry the sort's cost.
/// - Limit: the fraction `limit / rows` of its input's run cost after the input's startup.
/// - Unique, window, append and set operations: input costs + `rows × operatorCost` per step.
enum ExplainCostModel {
    /// Cost of handling one row (PostgreSQL's `cpu_tuple_cost`).
    static let tupleCost = 0.01
    /// Cost of one operator or function evaluated on one row (`cpu_operator_cost`).
    static let operatorCost = 0.0025
    /// The fixed offset Redshift adds to every sort step (1,000,000,000,000 in all its plans).
    static let sortOffset = 1_000_000_000_000.0
    /// Cost of sending one row to another slice or node.
    static let moveCost = 10_000.0

    static func scan(rows: Double, filterOperators: Int) -> (startup: Double, total: Double) {
        (0, rows * tupleCost + rows * operatorCost * Double(filterOperators))
    }

    static func sort(inputTotal: Double, rows: Double) -> (startup: Double, total: Double) {
        let n = max(rows, 1)
        let startup = sortOffset + inputTotal + 2 * operatorCost * n * log2(max(n, 2))
        return (startup, startup + n * operatorCost)
    }
}
