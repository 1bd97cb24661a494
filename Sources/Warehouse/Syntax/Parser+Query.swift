/// Queries: WITH, set operations, SELECT and its clauses, and FROM items with their joins.
extension Parser {
    /// `[WITH ...] body [ORDER BY ...] [LIMIT n | ALL] [OFFSET n]`.
    mutating func parseQuery() throws(SQLError) -> Query {
        try enterNesting()
        defer { exitNesting() }
        let location = current.location
        var query = Query(with: nil, body: .select(Select.empty(at: location)), orderBy: [], limit: nil, offset: nil,
                          location: location)
        if isKeyword(.with) { query.with = try parseWithClause() }
        query.body = try parseQueryBody(minimum: 0)
        if consumeKeyword(.order) {
            try expectKeyword(.by)
            query.orderBy = try parseOrderItems()
        }
        var sawLimit = false
        var sawOffset = false
        while true {
            if !sawLimit, consumeKeyword(.limit) {
                sawLimit = true
                if !consumeKeyword(.all) { query.limit = try parseExpression() }
            } else if !sawOffset, consumeKeyword(.offset) {
                sawOffset = true
                query.offset = try parseExpression()
            } else {
                return query
            }
        }
    }

    private mutating func parseWithClause() throws(SQLError) -> WithClause {
        try expectKeyword(.with)
        var clause = WithClause(recursive: consumeKeyword(.recursive), tables: [])
        repeat {
            let name = try parseIdentifier()
            let columns = try parseOptionalColumnList()
            try expectKeyword(.as)
            clause.tables.append(CommonTableExpression(name: name, columns: columns, query: try parseParenthesizedQuery()))
        } while consumePunctuation(",")
        return clause
    }

    /// Set operations: INTERSECT binds tighter than UNION and EXCEPT (MINUS), all left-associative.
    /// Each set operation deepens the tree and counts against the nesting limit.
    private mutating func parseQueryBody(minimum: Int) throws(SQLError) -> QueryBody {
        var left = try parseQueryPrimary()
        var levels = 0
        defer { exitNesting(levels) }
        while true {
            let location = current.location
            let op: SetOperator
            let precedence: Int
            switch current.keyword {
            case .union: (op, precedence) = (.union, 1)
            case .except, .minus: (op, precedence) = (.except, 1)
            case .intersect: (op, precedence) = (.intersect, 2)
            default: return left
            }
            guard precedence >= minimum else { return left }
            try enterNesting()
            levels += 1
            advance()
            let all = consumeKeyword(.all)
            if !all { _ = consumeKeyword(.distinct) }
            let right = try parseQueryBody(minimum: precedence + 1)
            left = .setOperation(SetOperation(op: op, all: all, left: left, right: right, location: location))
        }
    }

    private mutating func parseQueryPrimary() throws(SQLError) -> QueryBody {
        if isKeyword(.select) { return .select(try parseSelect()) }
        guard current.isPunctuation("(") else { throw syntaxError() }
        let inner = try parseParenthesizedQuery()
        if inner.with == nil, inner.orderBy.isEmpty, inner.limit == nil, inner.offset == nil { return inner.body }
        return .nested(inner)
    }

    // MARK: - SELECT

    private mutating func parseSelect() throws(SQLError) -> Select {
        var select = Select.empty(at: current.location)
        try expectKeyword(.select)
        if consumeKeyword(.distinct) {
            select.distinct = true
        } else {
            _ = consumeKeyword(.all)
        }
        if isKeyword(.top), case .integer = peek().kind {
            advance()
            select.top = try parseExpression(minimum: Precedence.unary)
        }
        repeat {
            select.items.append(try parseSelectItem())
        } while consumePunctuation(",")
        if consumeKeyword(.into) {
            let temporary = consumeKeyword(.temporary) || consumeKeyword(.temp)
            _ = consumeKeyword(.table)
            select.into = SelectInto(temporary: temporary, table: try parseObjectName())
        }
        if consumeKeyword(.from) { select.from = try parseFromList() }
        if consumeKeyword(.where) { select.whereClause = try parseExpression() }
        if consumeKeyword(.group) {
            try expectKeyword(.by)
            repeat {
                let location = current.location
                select.groupBy.append(GroupingElement(kind: try parseGroupingElement(), location: location))
            } while consumePunctuation(",")
        }
        if consumeKeyword(.having) { select.having = try parseExpression() }
        return select
    }

    private mutating func parseSelectItem() throws(SQLError) -> SelectItem {
        let location = current.location
        if consumeOperator("*") { return .wildcard(qualifier: [], location: location) }
        if let qualifier = try parseQualifiedWildcard() { return .wildcard(qualifier: qualifier, location: location) }
        let expression = try parseExpression()
        if consumeKeyword(.as) { return .expression(expression, alias: try parseLabel()) }
        if atIdentifier { return .expression(expression, alias: try parseIdentifier()) }
        return .expression(expression, alias: nil)
    }

    /// `t.*` or `s.t.*`; `nil` (consuming nothing) when the tokens are something else.
    private mutating func parseQualifiedWildcard() throws(SQLError) -> [Identifier]? {
        var position = index
        while true {
            switch tokens[position].kind {
            case .word, .quotedIdentifier: break
            default: return nil
            }
            guard tokens[position + 1].isPunctuation(".") else { return nil }
            if tokens[position + 2].isOperator("*") { break }
            position += 2
        }
        var qualifier: [Identifier] = []
        while !current.isOperator("*") {
            qualifier.append(try parseLabel())
            try expectPunctuation(".")
        }
        advance()
        return qualifier
    }

    private mutating func parseGroupingElement() throws(SQLError) -> GroupingElement.Kind {
        if (isKeyword(.rollup) || isKeyword(.cube)), peek().isPunctuation("(") {
            let rollup = isKeyword(.rollup)
            advance()
            advance()
            let items = try parseExpressionList()
            try expectPunctuation(")")
            return rollup ? .rollup(items) : .cube(items)
        }
        if consumeKeywords(.grouping, .sets) {
            try expectPunctuation("(")
            var sets: [[Expression]] = []
            repeat {
                if consumePunctuation("(") {
                    sets.append(current.isPunctuation(")") ? [] : try parseExpressionList())
                    try expectPunctuation(")")
                } else {
                    sets.append([try parseExpression()])
                }
            } while consumePunctuation(",")
            try expectPunctuation(")")
            return .groupingSets(sets)
        }
        return .expression(try parseExpression())
    }

    // MARK: - FROM

    mutating func parseFromList() throws(SQLError) -> [TableReference] {
        var items = [try parseFromItem()]
        while consumePunctuation(",") { items.append(try parseFromItem()) }
        return items
    }

    /// A table primary followed by any number of joins, left-associative; each join deepens the
    /// tree and counts against the nesting limit.
    private mutating func parseFromItem() throws(SQLError) -> TableReference {
        try enterNesting()
        var levels = 1
        defer { exitNesting(levels) }
        var left = try parseTablePrimary()
        while true {
            try enterNesting()
            levels += 1
            let location = current.location
            if consumeKeyword(.cross) {
                try expectKeyword(.join)
                let right = try parseTablePrimary()
                left = .join(Join(kind: .cross, left: left, right: right, condition: nil, location: location))
                continue
            }
            let natural = consumeKeyword(.natural)
            let kind: JoinKind
            if consumeKeyword(.inner) {
                try expectKeyword(.join)
                kind = .inner
            } else if consumeKeyword(.join) {
                kind = .inner
            } else if let outer = try parseOuterJoin() {
                kind = outer
            } else {
                if natural { throw syntaxError() }
                return left
            }
            let right = try parseTablePrimary()
            let condition: JoinCondition
            if natural {
                condition = .natural
            } else if consumeKeyword(.on) {
                condition = .on(try parseExpression())
            } else if consumeKeyword(.using) {
                condition = .using(try parseParenthesizedIdentifiers())
            } else {
                throw syntaxError()
            }
            left = .join(Join(kind: kind, left: left, right: right, condition: condition, location: location))
        }
    }

    /// `LEFT | RIGHT | FULL [OUTER] JOIN`, or `nil` when no outer join starts here.
    private mutating func parseOuterJoin() throws(SQLError) -> JoinKind? {
        let kind: JoinKind
        switch current.keyword {
        case .left: kind = .left
        case .right: kind = .right
        case .full: kind = .full
        default: return nil
        }
        advance()
        _ = consumeKeyword(.outer)
        try expectKeyword(.join)
        return kind
    }

    /// A table name with optional alias, an aliased subquery, or a parenthesised join.
    mutating func parseTablePrimary() throws(SQLError) -> TableReference {
        guard current.isPunctuation("(") else {
            let name = try parseObjectName()
            return .table(name, alias: try parseTableAlias())
        }
        let start = index
        if startsQuery(at: index + 1) {
            do throws(SQLError) {
                return try parseSubqueryReference()
            } catch {
                index = start
                do throws(SQLError) {
                    return try parseParenthesizedJoin()
                } catch let second {
                    throw Parser.furthest(error, second)
                }
            }
        }
        return try parseParenthesizedJoin()
    }

    private mutating func parseParenthesizedJoin() throws(SQLError) -> TableReference {
        try expectPunctuation("(")
        let reference = try parseFromItem()
        try expectPunctuation(")")
        return reference
    }

    private mutating func parseSubqueryReference() throws(SQLError) -> TableReference {
        let location = current.location
        let query = try parseParenthesizedQuery()
        return .subquery(query, alias: try parseTableAlias(), location: location)
    }

    /// `[AS] alias [(column, ...)]`, or `nil` when no alias follows.
    mutating func parseTableAlias() throws(SQLError) -> TableAlias? {
        let name: Identifier
        if consumeKeyword(.as) {
            name = try parseIdentifier()
        } else if atIdentifier {
            name = try parseIdentifier()
        } else {
            return nil
        }
        return TableAlias(name: name, columns: try parseOptionalColumnList())
    }
}

extension Select {
    static func empty(at location: SourceLocation) -> Select {
        Select(distinct: false, top: nil, items: [], into: nil, from: [], whereClause: nil, groupBy: [], having: nil,
               location: location)
    }
}
