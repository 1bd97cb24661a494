/// Narrows every operator to the columns something above it reads: scans read only the table
/// columns the query uses, and joins, filters and sorts stop carrying (and gathering) the rest.
/// Works top-down with the set of output positions required from each node, and rewrites the
/// node's expressions for the narrower input below it.
enum ProjectionPruning {
    static func optimize(_ plan: LogicalPlan) -> LogicalPlan {
        prune(plan, Set(plan.types.indices)).plan
    }

    /// The node producing at least `required` of its outputs, and where each kept output moved.
    private static func prune(_ plan: LogicalPlan, _ required: Set<Int>) -> (plan: LogicalPlan, moved: [Int: Int]) {
        switch plan {
        case .scan(var scan):
            let needed = required.union(scan.predicate.map(ColumnUse.columns) ?? [])
            let kept = scan.projection.indices.filter { needed.contains($0) }
            var moved = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
            if scan.withRowID { moved[scan.projection.count] = kept.count }
            scan.projection = kept.map { scan.projection[$0] }
            scan.types = kept.map { scan.types[$0] }
            scan.predicate = scan.predicate.map { remap($0, moved) }
            return (.scan(scan), moved)
        case .values, .distinct, .setOperation:
            return (plan, identity(plan.types.count))
        case .filter(let input, let predicate):
            let (child, moved) = prune(input, required.union(ColumnUse.columns(predicate)))
            return (.filter(child, remap(predicate, moved)), moved)
        case .project(let input, let expressions):
            let kept = expressions.indices.filter { required.contains($0) }
            let (child, moved) = prune(input, kept.reduce(into: Set<Int>()) { $0.formUnion(ColumnUse.columns(expressions[$1])) })
            let outputs = kept.map { remap(expressions[$0], moved) }
            return (.project(child, outputs), Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) }))
        case .join(var join):
            return pruneJoin(&join, required)
        case .aggregate(let input, let keys, let aggregates):
            var needed = Set<Int>()
            for expression in keys + aggregates.flatMap(\.arguments) { needed.formUnion(ColumnUse.columns(expression)) }
            let (child, moved) = prune(input, needed)
            let remapped = aggregates.map { aggregate in
                var copy = aggregate
                copy.arguments = aggregate.arguments.map { remap($0, moved) }
                return copy
            }
            return (.aggregate(child, keys: keys.map { remap($0, moved) }, aggregates: remapped), identity(plan.types.count))
        case .window(let input, let functions):
            let inputCount = input.types.count
            var needed = Set(required.filter { $0 < inputCount })
            for function in functions {
                for expression in function.arguments + function.partitionBy + function.orderBy.map(\.expression) {
                    needed.formUnion(ColumnUse.columns(expression))
                }
            }
            let (child, moved) = prune(input, needed)
            let remapped = functions.map { function in
                var copy = function
                copy.arguments = function.arguments.map { remap($0, moved) }
                copy.partitionBy = function.partitionBy.map { remap($0, moved) }
                copy.orderBy = function.orderBy.map { SortKeyPlan(expression: remap($0.expression, moved), descending: $0.descending,
                                                                  nullsFirst: $0.nullsFirst) }
                return copy
            }
            var outputs = moved
            for index in functions.indices { outputs[inputCount + index] = child.types.count + index }
            return (.window(child, remapped), outputs)
        case .sort(let input, let keys):
            let needed = keys.reduce(into: required) { $0.formUnion(ColumnUse.columns($1.expression)) }
            let (child, moved) = prune(input, needed)
            let remapped = keys.map { SortKeyPlan(expression: remap($0.expression, moved), descending: $0.descending,
                                                  nullsFirst: $0.nullsFirst) }
            return (.sort(child, remapped), moved)
        case .limit(let input, let limit, let offset):
            let (child, moved) = prune(input, required)
            return (.limit(child, limit: limit, offset: offset), moved)
        }
    }

    private static func pruneJoin(_ join: inout JoinPlan, _ required: Set<Int>) -> (plan: LogicalPlan, moved: [Int: Int]) {
        let leftCount = join.left.types.count
        var leftNeeded = Set(required.filter { $0 < leftCount })
        var rightNeeded = Set(required.filter { $0 >= leftCount }.map { $0 - leftCount })
        for key in join.leftKeys { leftNeeded.formUnion(ColumnUse.columns(key)) }
        for key in join.rightKeys { rightNeeded.formUnion(ColumnUse.columns(key)) }
        for column in join.residual.map(ColumnUse.columns) ?? [] {
            if column < leftCount { leftNeeded.insert(column) } else { rightNeeded.insert(column - leftCount) }
        }
        let (left, leftMoved) = prune(join.left, leftNeeded)
        let (right, rightMoved) = prune(join.right, rightNeeded)
        let newLeftCount = left.types.count
        var moved = leftMoved
        for (old, new) in rightMoved { moved[leftCount + old] = newLeftCount + new }
        join.leftKeys = join.leftKeys.map { remap($0, leftMoved) }
        join.rightKeys = join.rightKeys.map { remap($0, rightMoved) }
        join.residual = join.residual.map { remap($0, moved) }
        join.left = left
        join.right = right
        if join.kind == .semi || join.kind == .anti { return (.join(join), leftMoved) }
        return (.join(join), moved)
    }

    private static func identity(_ count: Int) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, $0) })
    }

    private static func remap(_ expression: BoundExpression, _ moved: [Int: Int]) -> BoundExpression {
        ColumnUse.rewrite(expression) { .column(moved[$0] ?? $0, $1) }
    }
}
