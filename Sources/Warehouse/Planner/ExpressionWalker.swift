/// Visits every node of an expression tree, stopping at subqueries (their expressions belong
/// to another SELECT).
enum ExpressionWalker {
    static func visit(_ expression: Expression, _ visitor: (Expression) -> Void) {
        visitor(expression)
        for child in children(expression.kind) { visit(child, visitor) }
    }

    private static func children(_ kind: ExpressionKind) -> [Expression] {
        switch kind {
        case .literal, .column, .inSubquery, .exists, .subquery, .quantified, .datePart, .valueFunction, .defaultValue:
            return []
        case .unary(_, let operand), .isNull(let operand, _), .isTruth(let operand, _, _), .cast(let operand, _),
             .extract(_, let operand):
            return [operand]
        case .binary(_, let left, let right), .isDistinctFrom(let left, let right, _), .atTimeZone(let left, let right),
             .position(let left, let right):
            return [left, right]
        case .logical(_, let operands): return operands
        case .between(let value, let low, let high, _, _): return [value, low, high]
        case .like(let value, let pattern, let escape, _, _): return [value, pattern] + (escape.map { [$0] } ?? [])
        case .inList(let value, let items, _): return [value] + items
        case .function(let call): return call.arguments + call.withinGroup.map(\.expression)
        case .caseWhen(let operand, let branches, let otherwise):
            return (operand.map { [$0] } ?? []) + branches.flatMap { [$0.condition, $0.result] } + (otherwise.map { [$0] } ?? [])
        case .substring(let value, let from, let length): return [value] + [from, length].compactMap { $0 }
        case .trim(_, let characters, let from): return [from] + (characters.map { [$0] } ?? [])
        }
    }
}
