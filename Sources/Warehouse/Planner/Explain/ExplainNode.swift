/// One operator line of an EXPLAIN plan with what Redshift prints for it: the operator name
/// (with a join's data-movement label), its costs, estimated rows and width, the detail lines
/// under it (`Hash Cond: ...`, `Filter: ...`), and its inputs in print order (outer first).
struct ExplainNode {
    /// `XN Hash Join DS_DIST_NONE`, `XN Seq Scan on sales`.
    var name: String
    /// The node's tag in the VERBOSE tree (`HASHJOIN`, `SEQSCAN`).
    var tag: String
    var startupCost: Double
    var totalCost: Double
    var rows: Double
    var width: Int
    var details: [String] = []
    /// Output column texts, for VERBOSE.
    var targets: [String] = []
    /// The join's data movement, for VERBOSE's `:dist_info`.
    var movement: DataMovement?
    var children: [ExplainNode] = []

    /// Rows as printed: a whole number, at least 1 as Redshift never estimates 0, and at most
    /// what 64 bits hold (cross joins of large tables multiply past that).
    var printedRows: Int { rows.isNaN ? 1 : Int(min(max(rows, 1), 9e18).rounded()) }

    /// The plan as psql shows Redshift's: each level 6 spaces deeper behind `->  `, detail
    /// lines 2 spaces right of their operator's text.
    func lines() -> [String] {
        var result: [String] = []
        appendLines(depth: 0, to: &result)
        return result
    }

    private func appendLines(depth: Int, to result: inout [String]) {
        let text = depth == 0 ? "" : String(repeating: " ", count: 6 * depth - 4) + "->  "
        result.append(text + name + "  (cost=\(Self.format(startupCost))..\(Self.format(totalCost)) rows=\(printedRows) width=\(width))")
        let detailIndent = String(repeating: " ", count: 6 * depth + 2)
        result += details.map { detailIndent + $0 }
        for child in children { child.appendLines(depth: depth + 1, to: &result) }
    }

    /// EXPLAIN VERBOSE's internal node tree: one `:attribute value` per line, inputs nested as
    /// `:lefttree` and `:righttree`, as Redshift prints before the plan.
    func verboseLines() -> [String] {
        var result: [String] = []
        appendVerbose(indent: 3, to: &result)
        return result
    }

    private func appendVerbose(indent: Int, to result: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        result.append(pad + "{" + tag)
        var attributes = [
            ":startup_cost \(Self.format(startupCost))", ":total_cost \(Self.format(totalCost))",
            ":plan_rows \(printedRows)", ":plan_width \(width)",
        ]
        if let movement { attributes.append(":dist_info \(movement.rawValue)") }
        attributes.append(":targetlist (" + targets.joined(separator: ", ") + ")")
        if !details.isEmpty { attributes.append(":qual (" + details.joined(separator: "; ") + ")") }
        result += attributes.map { pad + $0 }
        for (index, child) in children.enumerated() {
            result.append(pad + (index == 0 ? ":lefttree" : ":righttree"))
            child.appendVerbose(indent: indent + 3, to: &result)
        }
        if children.isEmpty { result.append(pad + ":lefttree <>") }
        result.append(pad + "}")
    }

    /// Two decimals, as Redshift prints costs (clamped where a cost outgrows 64-bit cents).
    static func format(_ cost: Double) -> String {
        let cents = cost.isNaN ? 0 : Int64((min(max(cost, 0), 9e14) * 100).rounded())
        let fraction = cents % 100
        return "\(cents / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
