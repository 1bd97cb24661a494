/// Turns the plan the executor would run (`LogicalPlan.optimized`) into Redshift's EXPLAIN
/// tree: each operator with its estimated rows (from table row counts, ANALYZE statistics and
/// `RowEstimates`), its cost (`ExplainCostModel`), and for joins the data movement that the
/// actual distribution of both inputs requires (`DataMovement`). Nothing runs.
final class ExplainPlanner {
    private let catalog: Catalog
    private let system: SystemState
    /// Tables read that hold rows but were never analyzed, in the order met.
    private(set) var unanalyzedTables: [String] = []

    init(catalog: Catalog, system: SystemState) {
        self.catalog = catalog
        self.system = system
    }

    /// One plan step as its parent sees it: the printed node, names and origins of its output
    /// columns, how its rows lie on the slices, and the output column it is sorted on.
    private struct Stream {
        var node: ExplainNode
        var names: [String]
        var origins: [ColumnOrigin?]
        var distribution: StreamDistribution
        var sortedOn: Int?

        var rows: Double { node.rows }
        var estimates: RowEstimates { RowEstimates(origins: origins) }
        var text: PlanExpressionText { PlanExpressionText(names: names) }
    }

    func explain(_ plan: LogicalPlan) throws -> ExplainNode {
        try build(plan, final: true).node
    }

    /// `final` marks the steps whose rows go to the client: a sort there is merged on the leader.
    private func build(_ plan: LogicalPlan, final: Bool = false, joinInput: Bool = false) throws -> Stream {
        switch plan {
        case .scan(let scan): return try self.scan(scan)
        case .values(let rows, let types):
            let count = Double(rows.count)
            let node = ExplainNode(name: rows.count == 1 ? "XN Result" : "XN Values Scan on \"*VALUES*\"",
                                   tag: rows.count == 1 ? "RESULT" : "VALUESSCAN", startupCost: 0,
                                   totalCost: count * ExplainCostModel.tupleCost, rows: count, width: Self.width(types))
            let names = types.indices.map { "column\($0 + 1)" }
            return Stream(node: node, names: names, origins: names.map { _ in nil }, distribution: .even)
        case .filter(let input, let predicate):
            var stream = try build(input)
            stream.node.details.append("Filter: " + stream.text.text(predicate))
            stream.node.totalCost += stream.rows * ExplainCostModel.operatorCost * Double(RowEstimates.operatorCount(predicate))
            stream.node.rows *= stream.estimates.selectivity(predicate)
            return stream
        case .project(let input, let expressions):
            return try project(input, expressions, final: final, joinInput: joinInput)
        case .join(let join): return try self.join(join)
        case .aggregate(let input, let keys, let aggregates): return try aggregate(input, keys, aggregates)
        case .window(let input, let functions): return try window(input, functions)
        case .sort(let input, let keys):
            let stream = try build(input)
            return sorted(stream, by: keys, final: final)
        case .limit(let input, let limit, let offset):
            var stream = try build(input, final: final)
            let child = stream.node
            let wanted = Double(limit ?? Int.max) + Double(offset)
            let fraction = child.rows > 0 ? min(1, wanted / child.rows) : 1
            stream.node = ExplainNode(name: "XN Limit", tag: "LIMIT", startupCost: child.startupCost,
                                      totalCost: child.startupCost + (child.totalCost - child.startupCost) * fraction,
                                      rows: max(0, min(child.rows, wanted) - Double(offset)), width: child.width,
                                      targets: child.targets, children: [child])
            return stream
        case .distinct(let input):
            let stream = try build(input)
            let groups = groupCount(stream, keys: stream.names.indices.map { .column($0, plan.types[$0]) })
            return unique(sorted(stream, by: stream.names.indices.map {
                SortKeyPlan(expression: .column($0, plan.types[$0]), descending: false, nullsFirst: false)
            }, final: false), rows: groups)
        case .setOperation(let op, let all, let left, let right):
            return try setOperation(op, all: all, left, right)
        }
    }

    private func scan(_ scan: ScanPlan) throws -> Stream {
        guard !scan.isSystem else {
            // System relations live on the leader: no XN prefix, rows counted now.
            guard let relation = SystemRelations.lookup(schema: scan.schema, name: scan.table) else {
                throw CatalogErrors.noRelation(scan.table)
            }
            let rows = Double(try relation.rows(in: system).first?.count ?? 0)
            let cost = ExplainCostModel.scan(rows: rows, filterOperators: 0)
            let node = ExplainNode(name: "Seq Scan on \(scan.table)", tag: "SEQSCAN", startupCost: cost.startup,
                                   totalCost: cost.total, rows: rows, width: Self.width(scan.types))
            let stream = Stream(node: node, names: scan.projection.map { relation.columns[$0].name },
                                origins: scan.projection.map { _ in nil }, distribution: .even)
            return withPredicate(stream, scan.predicate, tableRows: rows)
        }
        let table = try catalog.table(schema: scan.schema, name: scan.table)
        let definition = table.definition
        if table.statistics == nil, table.storage.rowCount > 0, !unanalyzedTables.contains(definition.name) {
            unanalyzedTables.append(definition.name)
        }
        let rows = Double(table.statistics?.rowCount ?? table.storage.rowCount)
        let cost = ExplainCostModel.scan(rows: rows, filterOperators: 0)
        var distribution = StreamDistribution.even
        switch table.storage.distribution.placement {
        case .key(let column): distribution = scan.projection.firstIndex(of: column).map { .key($0) } ?? .even
        case .all: distribution = .all
        case .even: break
        }
        let layout = table.storage.layout
        let sortedOn = layout.sortKind == .compound && (table.storage.unsortedPercent ?? 0) < 20
            ? layout.sortColumns.first.flatMap { scan.projection.firstIndex(of: $0) } : nil
        let types = LogicalPlan.scan(scan).types
        let node = ExplainNode(name: "XN Seq Scan on \(definition.name)", tag: "SEQSCAN", startupCost: cost.startup,
                               totalCost: cost.total, rows: rows, width: Self.width(types))
        let stream = Stream(node: node, names: scan.projection.map { definition.columns[$0].name } + (scan.withRowID ? ["ctid"] : []),
                            origins: scan.projection.map { ColumnOrigin(table: table, column: $0) } + (scan.withRowID ? [nil] : []),
                            distribution: distribution, sortedOn: sortedOn)
        return withPredicate(stream, scan.predicate, tableRows: rows)
    }

    /// A scan's pushed-down filter: printed under it, priced per operator and row read.
    private func withPredicate(_ stream: Stream, _ predicate: BoundExpression?, tableRows: Double) -> Stream {
        var stream = stream
        stream.node.targets = stream.names
        guard let predicate else { return stream }
        stream.node.details.append("Filter: " + stream.text.text(predicate))
        stream.node.totalCost = ExplainCostModel.scan(rows: tableRows, filterOperators: RowEstimates.operatorCount(predicate)).total
        stream.node.rows = tableRows * stream.estimates.selectivity(predicate)
        return stream
    }

    private func project(_ input: LogicalPlan, _ expressions: [BoundExpression], final: Bool, joinInput: Bool) throws -> Stream {
        var stream = try build(input, final: final)
        let text = stream.text
        var positions: [Int: Int] = [:]
        for (index, expression) in expressions.enumerated() {
            if case .column(let column, _) = expression, positions[column] == nil { positions[column] = index }
        }
        stream.names = expressions.map { expression in
            if case .column(let column, _) = expression, column < stream.names.count { return stream.names[column] }
            return text.text(expression)
        }
        stream.origins = expressions.map { expression in
            if case .column(let column, _) = expression, column < stream.origins.count { return stream.origins[column] }
            return nil
        }
        if case .key(let column) = stream.distribution { stream.distribution = positions[column].map { .key($0) } ?? .even }
        stream.sortedOn = stream.sortedOn.flatMap { positions[$0] }
        let width = Self.width(expressions.map(\.type))
        // A derived table joined to others is scanned as a subquery; elsewhere a projection
        // is part of the step below it, as Redshift prints no projection step.
        if joinInput, Self.isBlocking(input) {
            let child = stream.node
            stream.node = ExplainNode(name: "XN Subquery Scan", tag: "SUBQUERYSCAN", startupCost: child.startupCost,
                                      totalCost: child.totalCost + child.rows * ExplainCostModel.tupleCost, rows: child.rows,
                                      width: width, targets: stream.names, children: [child])
        } else {
            stream.node.width = width
            stream.node.targets = stream.names
        }
        return stream
    }

    private static func isBlocking(_ plan: LogicalPlan) -> Bool {
        switch plan {
        case .aggregate, .distinct, .limit, .sort, .window, .setOperation: true
        case .filter(let input, _): isBlocking(input)
        default: false
        }
    }

    private func join(_ join: JoinPlan) throws -> Stream {
        let left = try build(join.left, joinInput: true), right = try build(join.right, joinInput: true)
        // Redshift hashes the smaller input of an inner join (the inner) and streams the other.
        let swapped = join.kind == .inner && right.rows > left.rows
        let (outer, inner) = swapped ? (right, left) : (left, right)
        let (outerKeys, innerKeys) = swapped ? (join.rightKeys, join.leftKeys) : (join.leftKeys, join.rightKeys)
        let hasKeys = !outerKeys.isEmpty
        func keyIndex(_ stream: Stream, _ keys: [BoundExpression]) -> Int? {
            guard case .key(let column) = stream.distribution else { return nil }
            return keys.firstIndex { Self.column(of: $0) == column }
        }
        let sliceCount = catalog.storageConfiguration.shape.sliceCount
        let movement = DataMovement.choose(
            outer: .init(distribution: outer.distribution, rows: outer.rows, distributedKey: keyIndex(outer, outerKeys)),
            inner: .init(distribution: inner.distribution, rows: inner.rows, distributedKey: keyIndex(inner, innerKeys)),
            hasKeys: hasKeys, innerReplicable: join.kind != .right && join.kind != .full, sliceCount: sliceCount)

        // Rows: each key pair matches 1 / (the larger distinct count) of the pairs.
        var pairs = outer.rows * inner.rows
        for (outerKey, innerKey) in zip(outerKeys, innerKeys) {
            let known = [outer.estimates.distinctCount(outerKey), inner.estimates.distinctCount(innerKey)].compactMap { $0 }
            pairs /= known.max() ?? max(outer.rows, inner.rows, 1)
        }
        if let residual = join.residual { pairs *= RowEstimates(origins: left.origins + right.origins).selectivity(residual) }
        let rows: Double = switch join.kind {
        case .inner: pairs
        case .left: max(pairs, left.rows)
        case .right: max(pairs, right.rows)
        case .full: max(pairs, left.rows + right.rows)
        case .semi: min(pairs, left.rows)
        case .anti: max(left.rows - min(pairs, left.rows), left.rows * 0.1)
        }

        let outerNames = outer.names.map { "\"outer\"." + $0 }, innerNames = inner.names.map { "\"inner\"." + $0 }
        let conditions = zip(outerKeys, innerKeys).map { outerKey, innerKey in
            "(" + PlanExpressionText(names: outerNames).text(outerKey) + " = " + PlanExpressionText(names: innerNames).text(innerKey) + ")"
        }
        let condition = conditions.count == 1 ? conditions[0] : "(" + conditions.joined(separator: " AND ") + ")"
        let merge = movement == .none && join.kind == .inner && hasKeys
            && keyIndex(outer, outerKeys).map { Self.column(of: outerKeys[$0]) == outer.sortedOn && Self.column(of: innerKeys[$0]) == inner.sortedOn } == true
        let moveCost = movement.movedRows(outerRows: outer.rows, innerRows: inner.rows, sliceCount: sliceCount) * ExplainCostModel.moveCost
        let operation = Self.joinName(join.kind, hasKeys: hasKeys, merge: merge)
        var node: ExplainNode
        if merge {
            node = ExplainNode(name: "XN Merge Join \(movement.rawValue)", tag: "MERGEJOIN",
                               startupCost: outer.node.startupCost + inner.node.startupCost,
                               totalCost: outer.node.totalCost + inner.node.totalCost
                                   + (outer.rows + inner.rows) * ExplainCostModel.operatorCost + rows * ExplainCostModel.tupleCost,
                               rows: rows, width: 0, details: ["Merge Cond: " + condition], movement: movement,
                               children: [outer.node, inner.node])
        } else if hasKeys {
            let hash = ExplainNode(name: "XN Hash", tag: "HASH", startupCost: inner.node.totalCost, totalCost: inner.node.totalCost,
                                   rows: inner.rows, width: inner.node.width, targets: inner.node.targets, children: [inner.node])
            node = ExplainNode(name: "XN \(operation) \(movement.rawValue)", tag: "HASHJOIN", startupCost: hash.totalCost,
                               totalCost: outer.node.totalCost + hash.totalCost + moveCost
                                   + outer.rows * ExplainCostModel.operatorCost * Double(outerKeys.count) + rows * ExplainCostModel.tupleCost,
                               rows: rows, width: 0, details: ["Hash Cond: " + condition], movement: movement,
                               children: [outer.node, hash])
        } else {
            node = ExplainNode(name: "XN \(operation) \(movement.rawValue)", tag: "NESTLOOP",
                               startupCost: outer.node.startupCost + inner.node.startupCost,
                               totalCost: outer.node.totalCost + max(outer.rows, 1) * inner.node.totalCost + moveCost + rows * ExplainCostModel.tupleCost,
                               rows: rows, width: 0, movement: movement, children: [outer.node, inner.node])
        }
        if let residual = join.residual {
            let qualified = swapped ? innerNames + outerNames : outerNames + innerNames
            node.details.append("Join Filter: " + PlanExpressionText(names: qualified).text(residual))
        }
        let keepsRight = join.kind != .semi && join.kind != .anti
        node.width = left.node.width + (keepsRight ? right.node.width : 0)
        let names = left.names + (keepsRight ? right.names : [])
        node.targets = names
        let outerOffset = swapped ? left.names.count : 0, innerOffset = swapped ? 0 : left.names.count
        func shifted(_ distribution: StreamDistribution, by offset: Int) -> StreamDistribution {
            guard case .key(let column) = distribution else { return distribution }
            return column + offset < names.count ? .key(column + offset) : .even
        }
        let distribution: StreamDistribution = switch movement {
        case .none, .distInner, .broadcastInner, .allNone: shifted(outer.distribution, by: outerOffset)
        case .distOuter: shifted(inner.distribution, by: innerOffset)
        case .distBoth: Self.column(of: outerKeys[0]).map { shifted(.key($0), by: outerOffset) } ?? .even
        case .allInner: .even
        }
        return Stream(node: node, names: names, origins: Array((left.origins + right.origins).prefix(names.count)),
                      distribution: distribution)
    }

    private static func joinName(_ kind: JoinPlan.Kind, hasKeys: Bool, merge: Bool) -> String {
        let base = hasKeys ? "Hash" : "Nested Loop"
        let suffix = switch kind {
        case .inner: ""
        case .left: " Left"
        case .right: " Right"
        case .full: " Full"
        case .semi: " IN"
        case .anti: " Anti"
        }
        if !hasKeys { return kind == .inner ? base : base + suffix + " Join" }
        return merge ? "Merge Join" : base + suffix + " Join"
    }

    /// The column an expression reads when it is a column (through casts).
    private static func column(of expression: BoundExpression) -> Int? {
        switch expression {
        case .column(let index, _): index
        case .cast(let operand, _, _): column(of: operand)
        default: nil
        }
    }

    /// Groups of `keys`: the product of their distinct counts, at most the input rows; a
    /// tenth of the input when a key's distinct values are unknown.
    private func groupCount(_ stream: Stream, keys: [BoundExpression]) -> Double {
        guard !keys.isEmpty else { return 1 }
        var groups = 1.0
        for key in keys {
            guard let distinct = stream.estimates.distinctCount(key) else { return max(1, stream.rows / 10) }
            groups *= distinct
        }
        return max(1, min(groups, stream.rows))
    }

    private func aggregate(_ input: LogicalPlan, _ keys: [BoundExpression], _ aggregates: [BoundAggregate]) throws -> Stream {
        let stream = try build(input)
        let groups = groupCount(stream, keys: keys)
        let text = stream.text
        let names = keys.map(text.text) + aggregates.map(text.text)
        let startup = stream.node.totalCost + stream.rows * ExplainCostModel.operatorCost * Double(keys.count + aggregates.count)
        let sortedInput = keys.first.flatMap(Self.column(of:)).map { $0 == stream.sortedOn } ?? false
        let name = keys.isEmpty ? "XN Aggregate" : sortedInput ? "XN GroupAggregate" : "XN HashAggregate"
        let node = ExplainNode(name: name, tag: "AGG", startupCost: startup,
                               totalCost: startup + (keys.isEmpty ? ExplainCostModel.tupleCost : groups * ExplainCostModel.operatorCost),
                               rows: groups, width: Self.width(keys.map(\.type) + aggregates.map(\.function.returnType)),
                               targets: names, children: [stream.node])
        let origins = keys.map { key in Self.column(of: key).flatMap { $0 < stream.origins.count ? stream.origins[$0] : nil } }
        return Stream(node: node, names: names, origins: origins + aggregates.map { _ in nil },
                      distribution: keys.isEmpty ? .even : .key(0))
    }

    private func window(_ input: LogicalPlan, _ functions: [WindowFunctionPlan]) throws -> Stream {
        var stream = try build(input)
        let text = stream.text
        let first = functions.first
        let keys = (first?.partitionBy ?? []).map { SortKeyPlan(expression: $0, descending: false, nullsFirst: false) } + (first?.orderBy ?? [])
        var details: [String] = []
        if let first, !first.partitionBy.isEmpty { details.append("Partition: " + first.partitionBy.map(text.text).joined(separator: ", ")) }
        if let first, !first.orderBy.isEmpty { details.append("Order: " + text.text(first.orderBy)) }
        if !keys.isEmpty { stream = sorted(stream, by: keys, final: false) }
        let names = stream.names + functions.map { Self.windowName($0, text) }
        let child = stream.node
        stream.node = ExplainNode(name: "XN Window", tag: "WINDOW", startupCost: child.startupCost,
                                  totalCost: child.totalCost + child.rows * ExplainCostModel.operatorCost * Double(functions.count),
                                  rows: child.rows, width: child.width + Self.width(functions.map(\.type)),
                                  details: details, targets: names, children: [child])
        stream.names = names
        stream.origins += functions.map { _ in nil }
        return stream
    }

    private static func windowName(_ function: WindowFunctionPlan, _ text: PlanExpressionText) -> String {
        let name = switch function.kind {
        case .rowNumber: "row_number"
        case .rank: "rank"
        case .denseRank: "dense_rank"
        case .percentRank: "percent_rank"
        case .cumeDist: "cume_dist"
        case .ntile: "ntile"
        case .shift(let offset): offset < 0 ? "lag" : "lead"
        case .firstValue: "first_value"
        case .lastValue: "last_value"
        case .nthValue: "nth_value"
        case .aggregate: "aggregate"
        }
        return name + "(" + function.arguments.map(text.text).joined(separator: ", ") + ")"
    }

    /// A sort step; a final one is merged on the leader from the slices' sorted rows.
    private func sorted(_ stream: Stream, by keys: [SortKeyPlan], final: Bool) -> Stream {
        var stream = stream
        let child = stream.node
        let keyText = stream.text.text(keys)
        let cost = ExplainCostModel.sort(inputTotal: child.totalCost, rows: child.rows)
        var node = ExplainNode(name: "XN Sort", tag: "SORT", startupCost: cost.startup, totalCost: cost.total, rows: child.rows,
                               width: child.width, details: ["Sort Key: " + keyText], targets: child.targets, children: [child])
        if final {
            let network = ExplainNode(name: "XN Network", tag: "NETWORK", startupCost: cost.startup, totalCost: cost.total, rows: child.rows,
                                      width: child.width, details: ["Send to leader"], targets: child.targets, children: [node])
            node = ExplainNode(name: "XN Merge", tag: "MERGE", startupCost: cost.startup, totalCost: cost.total, rows: child.rows,
                               width: child.width, details: ["Merge Key: " + keyText], targets: child.targets, children: [network])
        }
        stream.node = node
        stream.distribution = .even
        stream.sortedOn = keys.first.flatMap { Self.column(of: $0.expression) }
        return stream
    }

    private func unique(_ stream: Stream, rows: Double) -> Stream {
        var stream = stream
        let child = stream.node
        stream.node = ExplainNode(name: "XN Unique", tag: "UNIQUE", startupCost: child.startupCost,
                                  totalCost: child.totalCost + child.rows * ExplainCostModel.operatorCost,
                                  rows: rows, width: child.width, targets: child.targets, children: [child])
        return stream
    }

    private func setOperation(_ op: SetOperator, all: Bool, _ left: LogicalPlan, _ right: LogicalPlan) throws -> Stream {
        let inputs = try [build(left), build(right)]
        let arms = inputs.enumerated().map { index, arm in
            ExplainNode(name: "XN Subquery Scan \"*SELECT* \(index + 1)\"", tag: "SUBQUERYSCAN",
                               startupCost: arm.node.startupCost, totalCost: arm.node.totalCost + arm.rows * ExplainCostModel.tupleCost,
                               rows: arm.rows, width: arm.node.width, targets: arm.names, children: [arm.node])
        }
        let names = inputs[0].names
        let width = max(arms[0].width, arms[1].width)
        let startup = arms.map(\.startupCost).reduce(0, +), total = arms.map(\.totalCost).reduce(0, +)
        let append = ExplainNode(name: "XN Append", tag: "APPEND", startupCost: startup, totalCost: total,
                                 rows: arms[0].rows + arms[1].rows, width: width, targets: names, children: arms)
        var stream = Stream(node: append, names: names, origins: names.map { _ in nil }, distribution: .even)
        let keys = names.indices.map { SortKeyPlan(expression: .column($0, left.types[$0]), descending: false, nullsFirst: false) }
        switch op {
        case .union:
            guard !all else { return stream }
            return unique(sorted(stream, by: keys, final: false), rows: append.rows)
        case .intersect:
            let rows = min(arms[0].rows, arms[1].rows)
            stream.node = ExplainNode(name: all ? "XN Hash Intersect All" : "XN Hash Intersect Distinct", tag: "SETOP",
                                      startupCost: total, totalCost: total + append.rows * ExplainCostModel.operatorCost,
                                      rows: rows, width: width, targets: names, children: arms)
            return stream
        case .except:
            let sortedArms = sorted(stream, by: keys, final: false).node
            stream.node = ExplainNode(name: all ? "XN SetOp Except All" : "XN SetOp Except", tag: "SETOP",
                                      startupCost: sortedArms.startupCost,
                                      totalCost: sortedArms.totalCost + append.rows * ExplainCostModel.operatorCost,
                                      rows: arms[0].rows, width: width, targets: names, children: [sortedArms])
            return stream
        }
    }

    private static func width(_ types: [DataType]) -> Int {
        types.reduce(0) { $0 + $1.planWidth }
    }
}
