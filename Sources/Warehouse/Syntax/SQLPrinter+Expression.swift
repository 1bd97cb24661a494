/// Printing of expressions, function calls, windows and ORDER BY items.
extension SQLPrinter {
    public static func expression(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let value):
            return literal(value)
        case .column(let parts):
            return parts.map(identifier).joined(separator: ".")
        case .unary(let op, let operand):
            return op == .not ? "NOT " + self.operand(operand) : op.rawValue + self.operand(operand)
        case .binary(let op, let left, let right):
            // A chain of one left-associative level (a OR b OR c, a + b - c) prints flat, so that a long
            // chain doesn't turn into parentheses nested as deep as the chain is long.
            if case .binary(let inner, _, _) = left.kind, inner.precedence == op.precedence,
               op.precedence != Precedence.comparison {
                return self.expression(left) + " " + op.rawValue + " " + operand(right)
            }
            return operand(left) + " " + op.rawValue + " " + operand(right)
        case .logical(let op, let items):
            return items.map(operand).joined(separator: " " + op.rawValue + " ")
        case .isNull(let value, let negated):
            return operand(value) + (negated ? " IS NOT NULL" : " IS NULL")
        case .isTruth(let value, let truth, let negated):
            return operand(value) + (negated ? " IS NOT " : " IS ") + truth.rawValue
        case .isDistinctFrom(let left, let right, let negated):
            return operand(left) + (negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + operand(right)
        case .between(let value, let low, let high, let negated, let symmetric):
            return operand(value) + (negated ? " NOT" : "") + " BETWEEN " + (symmetric ? "SYMMETRIC " : "")
                + operand(low) + " AND " + operand(high)
        case .like(let value, let pattern, let escape, let kind, let negated):
            return operand(value) + (negated ? " NOT " : " ") + kind.rawValue + " " + operand(pattern)
                + (escape.map { " ESCAPE " + operand($0) } ?? "")
        case .inList(let value, let items, let negated):
            return operand(value) + (negated ? " NOT IN (" : " IN (") + list(items) + ")"
        case .inSubquery(let value, let subquery, let negated):
            return operand(value) + (negated ? " NOT IN (" : " IN (") + query(subquery) + ")"
        case .exists(let subquery):
            return "EXISTS (" + query(subquery) + ")"
        case .subquery(let subquery):
            return "(" + query(subquery) + ")"
        case .quantified(let value, let op, let quantifier, let subquery):
            return operand(value) + " " + op.rawValue + " " + quantifier.rawValue + " (" + query(subquery) + ")"
        case .cast(let value, let type):
            return "CAST(" + self.expression(value) + " AS " + typeName(type) + ")"
        case .atTimeZone(let value, let zone):
            return operand(value) + " AT TIME ZONE " + operand(zone)
        case .function(let call):
            return function(call)
        case .caseWhen(let value, let branches, let otherwise):
            var text = "CASE"
            if let value { text += " " + self.expression(value) }
            for branch in branches {
                text += " WHEN " + self.expression(branch.condition) + " THEN " + self.expression(branch.result)
            }
            if let otherwise { text += " ELSE " + self.expression(otherwise) }
            return text + " END"
        case .extract(let field, let source):
            let fieldText = isPlainWord(field) ? field : stringLiteral(field)
            return "EXTRACT(" + fieldText + " FROM " + self.expression(source) + ")"
        case .position(let needle, let haystack):
            return "POSITION(" + operand(needle) + " IN " + self.expression(haystack) + ")"
        case .substring(let value, let start, let length):
            return "SUBSTRING(" + self.expression(value) + (start.map { " FROM " + self.expression($0) } ?? "")
                + (length.map { " FOR " + self.expression($0) } ?? "") + ")"
        case .trim(let side, let characters, let source):
            var text = "TRIM("
            if let side { text += side.rawValue + " " }
            if let characters { text += self.expression(characters) + " " }
            if side != nil || characters != nil { text += "FROM " }
            return text + self.expression(source) + ")"
        case .datePart(let part):
            return part
        case .valueFunction(let function):
            return function.rawValue
        case .defaultValue:
            return "DEFAULT"
        }
    }

    /// An expression used as an operand: parenthesised unless it is a single lexical unit or is
    /// bracketed by its own syntax.
    static func operand(_ value: Expression) -> String {
        switch value.kind {
        case .literal(.integer(let number)) where number < 0:
            return "(" + expression(value) + ")"
        case .literal, .column, .function, .caseWhen, .extract, .position, .substring, .trim, .datePart,
             .valueFunction, .cast, .subquery, .exists, .defaultValue:
            return expression(value)
        default:
            return "(" + expression(value) + ")"
        }
    }

    static func list(_ items: [Expression]) -> String { items.map(expression).joined(separator: ", ") }

    /// A function's name: reserved words that PostgreSQL accepts as function names (`left`, `right`)
    /// stay bare, while names of special forms (`extract`, `trim`, ...) are quoted so that an ordinary
    /// function of that name is not read back as the special form.
    private static func functionName(_ name: ObjectName) -> String {
        guard name.parts.count == 1 else { return objectName(name) }
        let value = name.parts[0].value
        guard isPlainWord(value), let keyword = Keyword(rawValue: value) else { return quoteIfNeeded(value) }
        let specialForms: Set<Keyword> = [.cast, .convert, .extract, .position, .substring, .trim, .exists, .case,
                                          .true, .false, .null, .approximate]
        if specialForms.contains(keyword) || !keyword.isFunctionName { return "\"" + value + "\"" }
        return value
    }

    static func function(_ call: FunctionCall) -> String {
        var text = call.isApproximate ? "APPROXIMATE " : ""
        text += functionName(call.name) + "("
        if call.isStar {
            text += "*"
        } else {
            if call.isDistinct { text += "DISTINCT " }
            text += list(call.arguments)
        }
        text += ")"
        if !call.withinGroup.isEmpty { text += " WITHIN GROUP (ORDER BY " + orderItems(call.withinGroup) + ")" }
        if let treatment = call.nullTreatment { text += " " + treatment.rawValue }
        if let window = call.window { text += " OVER (" + windowSpec(window) + ")" }
        return text
    }

    static func windowSpec(_ spec: WindowSpec) -> String {
        var parts: [String] = []
        if !spec.partitionBy.isEmpty { parts.append("PARTITION BY " + list(spec.partitionBy)) }
        if !spec.orderBy.isEmpty { parts.append("ORDER BY " + orderItems(spec.orderBy)) }
        if let frame = spec.frame {
            if let end = frame.end {
                parts.append(frame.unit.rawValue + " BETWEEN " + frameBound(frame.start) + " AND " + frameBound(end))
            } else {
                parts.append(frame.unit.rawValue + " " + frameBound(frame.start))
            }
        }
        return parts.joined(separator: " ")
    }

    private static func frameBound(_ bound: FrameBound) -> String {
        switch bound {
        case .unboundedPreceding: "UNBOUNDED PRECEDING"
        case .preceding(let offset): operand(offset) + " PRECEDING"
        case .currentRow: "CURRENT ROW"
        case .following(let offset): operand(offset) + " FOLLOWING"
        case .unboundedFollowing: "UNBOUNDED FOLLOWING"
        }
    }

    static func orderItems(_ items: [OrderItem]) -> String {
        items.map { item in
            expression(item.expression) + (item.direction.map { " " + $0.rawValue } ?? "")
                + (item.nulls.map { " " + $0.rawValue } ?? "")
        }.joined(separator: ", ")
    }
}
