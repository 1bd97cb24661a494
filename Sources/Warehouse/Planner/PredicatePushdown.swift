/// Moves filter conditions as close to the rows they test as they can go: conjuncts reading one
/// side of an inner join move into that side, conjuncts comparing the two sides with `=` become
/// hash-join keys (so `FROM a, b WHERE a.id = b.id` is a hash join, not a cross product), and
/// conditions that reach a table scan become the scan's predicate. Conditions on the preserved
/// side of an outer join move into that side; nothing moves into the other side. Conditions
/// pass through projections (rewritten over their input) but stop at aggregation, windows,
/// LIMIT and set operations, whose output they would change.
enum PredicatePushdown {
    static func optimize(_ plan: LogicalPlan) -> LogicalPlan {
        push(plan, [])
    }

    /// `plan` with `conjuncts` (over its output) applied as low as possible.
    private static func push(_ plan: LogicalPlan, _ conjuncts: [BoundExpression]) -> LogicalPlan {
        switch plan {
        case .filter(let input, let predicate):
            // The lower filter's own conditions stay first: they may guard the ones from above.
            return push(input, split(predicate) + conjuncts)
        case .scan(var scan):
            guard !conjuncts.isEmpty else { return plan }
            scan.predicate = combine(distinct((scan.predicate.map(split) ?? []) + conjuncts))
            return .scan(scan)
        case .join(var join):
            let leftCount = join.left.types.count
            var leftConditions: [BoundExpression] = [], rightConditions: [BoundExpression] = []
            var remaining: [BoundExpression] = []
            var incoming = conjuncts
            if join.kind == .semi || join.kind == .anti {
                return .join(correlate(join, leftConditions: conjuncts))
            }
            if join.kind == .inner {
                incoming += join.residual.map(split) ?? []
                join.residual = nil
            }
            if join.kind == .left || join.kind == .right, let residual = join.residual {
                // An ON condition on the side that gets NULL-padded alone decides which of that
                // side's rows can match at all, so it filters that input before the join.
                var kept: [BoundExpression] = []
                for conjunct in split(residual) {
                    let columns = ColumnUse.columns(conjunct)
                    let readsLeft = columns.contains { $0 < leftCount }, readsRight = columns.contains { $0 >= leftCount }
                    if join.kind == .left && readsRight && !readsLeft {
                        rightConditions.append(ColumnUse.shifted(conjunct, by: -leftCount))
                    } else if join.kind == .right && readsLeft && !readsRight {
                        leftConditions.append(conjunct)
                    } else {
                        kept.append(conjunct)
                    }
                }
                join.residual = combine(kept)
            }
            for conjunct in incoming {
                let columns = ColumnUse.columns(conjunct)
                let readsLeft = columns.contains { $0 < leftCount }, readsRight = columns.contains { $0 >= leftCount }
                if !readsRight && (join.kind == .inner || join.kind == .left) {
                    leftConditions.append(conjunct)
                } else if !readsLeft && readsRight && (join.kind == .inner || join.kind == .right) {
                    rightConditions.append(ColumnUse.shifted(conjunct, by: -leftCount))
                } else if join.kind == .inner, let keys = hashKeys(conjunct, leftCount: leftCount) {
                    join.leftKeys.append(keys.left)
                    join.rightKeys.append(keys.right)
                } else if join.kind == .inner {
                    let (impliedLeft, impliedRight) = implied(conjunct, leftCount: leftCount)
                    if let impliedLeft { leftConditions.append(impliedLeft) }
                    if let impliedRight { rightConditions.append(ColumnUse.shifted(impliedRight, by: -leftCount)) }
                    join.residual = combine((join.residual.map(split) ?? []) + [conjunct])
                } else {
                    remaining.append(conjunct)
                }
            }
            join.left = push(join.left, leftConditions)
            join.right = push(join.right, rightConditions)
            return applied(.join(join), remaining)
        case .project(let input, let expressions):
            // A condition on a projection's output is the same condition on its input with the
            // projected expressions written in.
            let substituted = conjuncts.map { ColumnUse.rewrite($0) { index, _ in expressions[index] } }
            return .project(push(input, substituted), expressions)
        case .aggregate(let input, let keys, let aggregates):
            return applied(.aggregate(push(input, []), keys: keys, aggregates: aggregates), conjuncts)
        case .window(let input, let functions):
            return applied(.window(push(input, []), functions), conjuncts)
        case .sort(let input, let keys):
            return .sort(push(input, conjuncts), keys)
        case .limit(let input, let limit, let offset):
            return applied(.limit(push(input, []), limit: limit, offset: offset), conjuncts)
        case .distinct(let input):
            return .distinct(push(input, conjuncts))
        case .setOperation(let op, let all, let left, let right):
            return applied(.setOperation(op, all: all, push(left, []), push(right, [])), conjuncts)
        case .values:
            return applied(plan, conjuncts)
        }
    }

    /// A semi or anti join's condition: cross-side equalities become hash keys, conditions on the
    /// right side alone filter the right input; the rest stays the residual. Conditions above
    /// the join read only left columns and filter the left input (a row's match does not depend
    /// on other left rows).
    private static func correlate(_ original: JoinPlan, leftConditions: [BoundExpression]) -> JoinPlan {
        var join = original
        let leftCount = join.left.types.count
        var residual: [BoundExpression] = [], rightConditions: [BoundExpression] = []
        for conjunct in join.residual.map(split) ?? [] {
            let columns = ColumnUse.columns(conjunct)
            if !columns.isEmpty, columns.allSatisfy({ $0 >= leftCount }) {
                rightConditions.append(ColumnUse.shifted(conjunct, by: -leftCount))
            } else if let keys = hashKeys(conjunct, leftCount: leftCount) {
                join.leftKeys.append(keys.left)
                join.rightKeys.append(keys.right)
            } else {
                residual.append(conjunct)
            }
        }
        join.residual = combine(residual)
        join.left = push(join.left, leftConditions)
        join.right = push(join.right, rightConditions)
        return join
    }

    /// What an OR reading both sides of an inner join implies for each side alone: when every
    /// branch has conditions on the left columns only, the left rows must meet one branch's
    /// (likewise for the right). TPC-H Q7's `(n1 = 'FRANCE' AND n2 = 'GERMANY') OR (n1 =
    /// 'GERMANY' AND n2 = 'FRANCE')` so filters each nation scan to the two names instead of
    /// joining every nation pair and testing the OR at the top. The OR itself stays on the join.
    /// Only conditions that cannot raise an error are copied, as evaluating them early on rows
    /// the original would never test must not fail a query that succeeds.
    private static func implied(_ conjunct: BoundExpression, leftCount: Int) -> (left: BoundExpression?, right: BoundExpression?) {
        guard case .or(let operands) = conjunct, !operands.isEmpty else { return (nil, nil) }
        func side(_ belongs: (Int) -> Bool) -> BoundExpression? {
            var branches: [BoundExpression] = []
            for operand in operands {
                let parts = split(operand).filter { part in
                    let columns = ColumnUse.columns(part)
                    return !columns.isEmpty && columns.allSatisfy(belongs) && cannotFail(part)
                }
                guard !parts.isEmpty else { return nil }
                branches.append(parts.count == 1 ? parts[0] : .and(parts))
            }
            return .or(branches)
        }
        return (side { $0 < leftCount }, side { $0 >= leftCount })
    }

    /// Whether evaluating `expression` can never raise an error: column references, constants,
    /// implicit casts of non-character values, comparisons, LIKE with a constant pattern, NULL tests and their boolean combinations.
    private static func cannotFail(_ expression: BoundExpression) -> Bool {
        switch expression {
        case .column, .constant: true
        case .cast(let operand, _, let explicit): !explicit && !operand.type.isString && cannotFail(operand)
        case .comparison(_, let a, let b), .isDistinctFrom(let a, let b, _): cannotFail(a) && cannotFail(b)
        case .and(let operands), .or(let operands): operands.allSatisfy(cannotFail)
        case .not(let operand), .isNull(let operand, _): cannotFail(operand)
        case .like(let value, .constant, _, _): cannotFail(value)
        default: false
        }
    }

    /// `conjuncts` without repeats (an implied condition derived again after join reordering).
    private static func distinct(_ conjuncts: [BoundExpression]) -> [BoundExpression] {
        var seen = Set<String>()
        return conjuncts.filter { seen.insert(structuralKey($0)).inserted }
    }

    /// `left = right` across the two sides, both brought to the comparison type.
    private static func hashKeys(_ conjunct: BoundExpression, leftCount: Int) -> (left: BoundExpression, right: BoundExpression)? {
        guard case .comparison(.equal, let a, let b) = conjunct, let sides = ColumnUse.sides(a, b, leftCount: leftCount),
              let type = try? sides.left.type.comparisonType(with: sides.right.type, operatorSymbol: "=") else { return nil }
        func cast(_ expression: BoundExpression) -> BoundExpression {
            expression.type == type ? expression : .cast(expression, type, explicit: true)
        }
        return (cast(sides.left), cast(ColumnUse.shifted(sides.right, by: -leftCount)))
    }

    private static func split(_ predicate: BoundExpression) -> [BoundExpression] {
        switch predicate {
        case .and(let operands): return operands.flatMap(split)
        case .or(let operands) where !operands.isEmpty: return factored(operands)
        default: return [predicate]
        }
    }

    /// An OR's conjuncts with those common to every branch taken out: `(a AND b) OR (a AND c)`
    /// is `a AND (b OR c)`, so a join condition written into each branch (TPC-H Q19's
    /// `p_partkey = l_partkey`) becomes a hash key instead of leaving a cross product.
    private static func factored(_ operands: [BoundExpression]) -> [BoundExpression] {
        let branches = operands.map(split)
        let keys = branches.map { $0.map(structuralKey) }
        var common: [BoundExpression] = [], commonKeys: Set<String> = []
        for (conjunct, key) in zip(branches[0], keys[0]) where !commonKeys.contains(key) {
            if keys.dropFirst().allSatisfy({ $0.contains(key) }) {
                common.append(conjunct)
                commonKeys.insert(key)
            }
        }
        guard !common.isEmpty else { return [.or(operands)] }
        let rests = zip(branches, keys).map { branch, key in zip(branch, key).filter { !commonKeys.contains($0.1) }.map(\.0) }
        // A branch left with nothing is true, and so is the OR of the rest.
        if rests.contains(where: \.isEmpty) { return common }
        return common + [.or(rests.map { $0.count == 1 ? $0[0] : .and($0) })]
    }

    /// Equal for conjuncts that are the same condition: their printed structure, with the two
    /// sides of `=` in a fixed order (`a = b` is `b = a`).
    private static func structuralKey(_ conjunct: BoundExpression) -> String {
        if case .comparison(.equal, let a, let b) = conjunct {
            let sides = [String(describing: a), String(describing: b)].sorted()
            return "= \(sides[0]) \(sides[1])"
        }
        return String(describing: conjunct)
    }

    private static func combine(_ conjuncts: [BoundExpression]) -> BoundExpression? {
        conjuncts.count <= 1 ? conjuncts.first : .and(conjuncts)
    }

    private static func applied(_ plan: LogicalPlan, _ conjuncts: [BoundExpression]) -> LogicalPlan {
        combine(distinct(conjuncts)).map { .filter(plan, $0) } ?? plan
    }
}
