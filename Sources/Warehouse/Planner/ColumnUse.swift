/// Which input columns a bound expression reads, and the same expression over a shifted input:
/// what splitting a join condition into left keys, right keys and a residual needs.
enum ColumnUse {
    static func columns(_ expression: BoundExpression) -> Set<Int> {
        var result = Set<Int>()
        _ = rewrite(expression) { index, type in
            result.insert(index)
            return .column(index, type)
        }
        return result
    }

    /// The expression with every column position moved by `offset`.
    static func shifted(_ expression: BoundExpression, by offset: Int) -> BoundExpression {
        rewrite(expression) { .column($0 + offset, $1) }
    }

    /// For `a = b`: the side reading only left columns and the side reading only right columns
    /// (`leftCount` and up), in that order; nil when the comparison does not split that way.
    static func sides(_ a: BoundExpression, _ b: BoundExpression,
                      leftCount: Int) -> (left: BoundExpression, right: BoundExpression)? {
        let aColumns = columns(a), bColumns = columns(b)
        guard !aColumns.isEmpty, !bColumns.isEmpty else { return nil }
        if aColumns.allSatisfy({ $0 < leftCount }) && bColumns.allSatisfy({ $0 >= leftCount }) { return (a, b) }
        if bColumns.allSatisfy({ $0 < leftCount }) && aColumns.allSatisfy({ $0 >= leftCount }) { return (b, a) }
        return nil
    }

    /// Rebuilds `expression` with each column reference replaced by `column(index, type)`, and
    /// each reference to an enclosing query's column by `outer(index, type)` when given.
    /// `correlated`, when given, replaces each correlated EXISTS/IN node.
    static func rewrite(_ expression: BoundExpression, _ column: (Int, DataType) -> BoundExpression,
                        outer: ((Int, DataType) -> BoundExpression)? = nil,
                        correlated: ((CorrelatedSubquery) -> BoundExpression)? = nil) -> BoundExpression {
        func go(_ node: BoundExpression) -> BoundExpression { rewrite(node, column, outer: outer, correlated: correlated) }
        switch expression {
        case .column(let index, let type): return column(index, type)
        case .outerColumn(let index, let type): return outer?(index, type) ?? expression
        case .correlated(let subquery): return correlated?(subquery) ?? expression
        case .apply(var apply):
            apply.bindings = apply.bindings.map(go)
            return .apply(apply)
        case .constant, .scalarSubquery, .exists: return expression
        case .cast(let operand, let type, let explicit): return .cast(go(operand), type, explicit: explicit)
        case .arithmetic(let op, let l, let r, let type): return .arithmetic(op, go(l), go(r), type)
        case .negate(let operand): return .negate(go(operand))
        case .dateArithmetic(let op, let l, let r): return .dateArithmetic(op, go(l), go(r))
        case .comparison(let op, let l, let r): return .comparison(op, go(l), go(r))
        case .and(let operands): return .and(operands.map(go))
        case .or(let operands): return .or(operands.map(go))
        case .not(let operand): return .not(go(operand))
        case .isNull(let operand, let negated): return .isNull(go(operand), negated: negated)
        case .isDistinctFrom(let l, let r, let negated): return .isDistinctFrom(go(l), go(r), negated: negated)
        case .caseWhen(let branches, let otherwise, let type):
            return .caseWhen(branches.map { (condition: go($0.condition), result: go($0.result)) }, otherwise: go(otherwise), type)
        case .coalesce(let operands, let type): return .coalesce(operands.map(go), type)
        case .concatenate(let l, let r): return .concatenate(go(l), go(r))
        case .like(let value, let pattern, let insensitive, let negated):
            return .like(go(value), pattern: go(pattern), caseInsensitive: insensitive, negated: negated)
        case .function(let function, let arguments, let name): return .function(function, arguments.map(go), name: name)
        case .inSubquery(let value, let plan, let negated): return .inSubquery(go(value), plan, negated: negated)
        case .quantified(let op, let value, let plan, let all): return .quantified(op, go(value), plan, all: all)
        }
    }
}
