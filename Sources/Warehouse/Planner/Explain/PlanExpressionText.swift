import Foundation

/// Bound expressions written back as EXPLAIN prints them (PostgreSQL's deparse style): every
/// operation parenthesized, columns by name, literals with their type
/// (`((p_category)::text = 'MFGR#12'::text)`, `(venueseats IS NOT NULL)`), aggregates as calls.
struct PlanExpressionText {
    /// The text of each input column: a bare name, or `"outer".name` under a join.
    let names: [String]

    func text(_ expression: BoundExpression) -> String {
        switch expression {
        case .column(let index, _):
            return index < names.count ? names[index] : "$\(index)"
        case .outerColumn(let index, _):
            return "$outer.\(index)"
        case .constant(let value, let type):
            return literal(value, type)
        case .cast(let operand, let type, _):
            return "(" + text(operand) + ")::" + type.baseName
        case .arithmetic(let op, let left, let right, _):
            return "(" + text(left) + " " + op.symbol + " " + text(right) + ")"
        case .negate(let operand):
            return "(- " + text(operand) + ")"
        case .dateArithmetic(let op, let left, let right):
            return "(" + text(left) + (op == .addDays ? " + " : " - ") + text(right) + ")"
        case .comparison(let op, let left, let right):
            if left.type.isString || right.type.isString {
                return "(" + asText(left) + " " + op.symbol + " " + asText(right) + ")"
            }
            return "(" + text(left) + " " + op.symbol + " " + text(right) + ")"
        case .and(let operands):
            return "(" + operands.map(text).joined(separator: " AND ") + ")"
        case .or(let operands):
            return "(" + operands.map(text).joined(separator: " OR ") + ")"
        case .not(let operand):
            return "(NOT " + text(operand) + ")"
        case .isNull(let operand, let negated):
            return "(" + text(operand) + (negated ? " IS NOT NULL)" : " IS NULL)")
        case .isDistinctFrom(let left, let right, let negated):
            return "(" + text(left) + (negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + text(right) + ")"
        case .caseWhen(let branches, let otherwise, _):
            let whens = branches.map { "WHEN " + text($0.condition) + " THEN " + text($0.result) }
            return "CASE " + whens.joined(separator: " ") + " ELSE " + text(otherwise) + " END"
        case .coalesce(let operands, _):
            return "COALESCE(" + operands.map(text).joined(separator: ", ") + ")"
        case .concatenate(let left, let right):
            return "(" + asText(left) + " || " + asText(right) + ")"
        case .like(let value, let pattern, let caseInsensitive, let negated):
            let op = (negated ? "!~~" : "~~") + (caseInsensitive ? "*" : "")
            return "(" + asText(value) + " " + op + " " + asText(pattern) + ")"
        case .function(_, let arguments, let name):
            return name.lowercased() + "(" + arguments.map(text).joined(separator: ", ") + ")"
        case .scalarSubquery(let subquery):
            return "$\(subquery.id)"
        case .inSubquery(let value, let subquery, let negated):
            return (negated ? "(NOT (" : "(") + text(value) + " IN (subquery $\(subquery.id)))" + (negated ? ")" : "")
        case .exists(let subquery):
            return "(EXISTS (subquery $\(subquery.id)))"
        case .quantified(let op, let value, let subquery, let all):
            return "(" + text(value) + " " + op.symbol + (all ? " ALL" : " ANY") + " (subquery $\(subquery.id)))"
        case .correlated, .apply:
            return "(correlated subquery)"
        }
    }

    /// An aggregate call: `sum(pricepaid)`, `count(*)`, `count(DISTINCT buyerid)`.
    func text(_ aggregate: BoundAggregate) -> String {
        let arguments = aggregate.arguments.isEmpty ? "*" : aggregate.arguments.map(text).joined(separator: ", ")
        return aggregate.name + "(" + (aggregate.distinct ? "DISTINCT " : "") + arguments + ")"
    }

    /// Sort keys as `Sort Key:` lists them: `col`, `col DESC`.
    func text(_ keys: [SortKeyPlan]) -> String {
        keys.map { text($0.expression) + ($0.descending ? " DESC" : "") }.joined(separator: ", ")
    }

    /// String operands compare as text in PostgreSQL's plans: columns cast, literals typed.
    private func asText(_ expression: BoundExpression) -> String {
        switch expression {
        case .constant(let value, let type) where type.isString:
            literal(value, .varchar(length: 0), typeName: "text")
        case .column where expression.type.isString:
            "(" + text(expression) + ")::text"
        default:
            text(expression)
        }
    }

    private func literal(_ value: Datum, _ type: DataType, typeName: String? = nil) -> String {
        if case .null = value { return "NULL::" + (typeName ?? type.baseName) }
        switch type {
        case .smallint, .integer, .bigint, .decimal, .real, .doublePrecision:
            return value.text
        default:
            if case .boolean(let truth) = value { return truth ? "true" : "false" }
            let quoted = "'" + value.text.replacingOccurrences(of: "'", with: "''") + "'"
            return quoted + "::" + (typeName ?? type.baseName)
        }
    }
}
