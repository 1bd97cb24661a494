/// Column references and function calls, with everything that may follow a call: WITHIN GROUP,
/// IGNORE/RESPECT NULLS and an OVER window, plus the ORDER BY items they share with queries.
extension Parser {
    /// A column reference (`a`, `t.a`, `s.t.a`) or a function call.
    mutating func parseNameExpression() throws(SQLError) -> Expression {
        let location = current.location
        let first = current
        var parts = [try parseLabel()]
        while current.isPunctuation("."), parts.count < 4 {
            advance()
            parts.append(try parseLabel())
        }
        if current.isPunctuation("(") {
            if parts.count == 1, let keyword = first.keyword, !keyword.isFunctionName { throw syntaxError(at: first) }
            return Expression(kind: .function(try parseFunctionCall(ObjectName(parts: parts))), location: location)
        }
        if parts.count == 1, first.keyword?.isReserved == true { throw syntaxError(at: first) }
        return Expression(kind: .column(parts), location: location)
    }

    /// Functions whose first argument may be a bare date-part word.
    private static let datePartFunctions: Set<String> = ["dateadd", "datediff", "date_part", "pgdate_part"]

    private mutating func parseFunctionCall(_ name: ObjectName) throws(SQLError) -> FunctionCall {
        try expectPunctuation("(")
        var call = FunctionCall(name: name, arguments: [], isStar: false, isDistinct: false, isApproximate: false,
                                withinGroup: [], nullTreatment: nil, window: nil)
        if current.isOperator("*") {
            advance()
            call.isStar = true
        } else if !current.isPunctuation(")") {
            if consumeKeyword(.distinct) {
                call.isDistinct = true
            } else {
                _ = consumeKeyword(.all)
            }
            if name.parts.count == 1, Parser.datePartFunctions.contains(name.name.value),
               case .word(let part) = current.kind, peek().isPunctuation(",") {
                call.arguments.append(Expression(kind: .datePart(part), location: current.location))
                advance()
                advance()
            }
            call.arguments += try parseExpressionList()
            call.nullTreatment = parseNullTreatment()
        }
        try expectPunctuation(")")
        if consumeKeywords(.within, .group) {
            try expectPunctuation("(")
            try expectKeyword(.order)
            try expectKeyword(.by)
            call.withinGroup = try parseOrderItems()
            try expectPunctuation(")")
        }
        if call.nullTreatment == nil { call.nullTreatment = parseNullTreatment() }
        if isKeyword(.over) {
            call.window = try parseWindowSpec()
        }
        return call
    }

    /// `IGNORE NULLS | RESPECT NULLS`, which Redshift takes inside the parentheses of FIRST_VALUE
    /// and LAST_VALUE and after those of LAG and LEAD.
    private mutating func parseNullTreatment() -> NullTreatment? {
        if consumeKeywords(.ignore, .nulls) { return .ignoreNulls }
        if consumeKeywords(.respect, .nulls) { return .respectNulls }
        return nil
    }

    // MARK: - Windows and ordering

    private mutating func parseWindowSpec() throws(SQLError) -> WindowSpec {
        let location = current.location
        try expectKeyword(.over)
        try expectPunctuation("(")
        var spec = WindowSpec(partitionBy: [], orderBy: [], frame: nil, location: location)
        if consumeKeyword(.partition) {
            try expectKeyword(.by)
            spec.partitionBy = try parseExpressionList()
        }
        if consumeKeyword(.order) {
            try expectKeyword(.by)
            spec.orderBy = try parseOrderItems()
        }
        if isKeyword(.rows) || isKeyword(.range) {
            let location = current.location
            let unit: FrameUnit = isKeyword(.rows) ? .rows : .range
            advance()
            if consumeKeyword(.between) {
                let start = try parseFrameBound()
                try expectKeyword(.and)
                spec.frame = WindowFrame(unit: unit, start: start, end: try parseFrameBound(), location: location)
            } else {
                spec.frame = WindowFrame(unit: unit, start: try parseFrameBound(), end: nil, location: location)
            }
        }
        try expectPunctuation(")")
        return spec
    }

    private mutating func parseFrameBound() throws(SQLError) -> FrameBound {
        if consumeKeyword(.unbounded) {
            if consumeKeyword(.preceding) { return .unboundedPreceding }
            try expectKeyword(.following)
            return .unboundedFollowing
        }
        if consumeKeywords(.current, .row) { return .currentRow }
        let offset = try parseExpression(minimum: Precedence.additive)
        if consumeKeyword(.preceding) { return .preceding(offset) }
        try expectKeyword(.following)
        return .following(offset)
    }

    mutating func parseOrderItems() throws(SQLError) -> [OrderItem] {
        var items: [OrderItem] = []
        repeat {
            var item = OrderItem(expression: try parseExpression(), direction: nil, nulls: nil)
            if consumeKeyword(.asc) {
                item.direction = .ascending
            } else if consumeKeyword(.desc) {
                item.direction = .descending
            }
            if consumeKeywords(.nulls, .first) {
                item.nulls = .first
            } else if consumeKeywords(.nulls, .last) {
                item.nulls = .last
            }
            items.append(item)
        } while consumePunctuation(",")
        return items
    }
}
