/// INSERT, UPDATE, DELETE and MERGE.
extension Parser {
    mutating func parseInsert() throws(SQLError) -> Insert {
        try expectKeyword(.insert)
        try expectKeyword(.into)
        let table = try parseObjectName()
        var columns: [Identifier] = []
        if current.isPunctuation("("), !startsQuery(at: index + 1) {
            columns = try parseParenthesizedIdentifiers()
        }
        let source: InsertSource
        if consumeKeyword(.default) {
            try expectKeyword(.values)
            source = .defaultValues
        } else if consumeKeyword(.values) {
            var rows: [[Expression]] = []
            repeat {
                try expectPunctuation("(")
                rows.append(try parseValueList())
                try expectPunctuation(")")
            } while consumePunctuation(",")
            source = .values(rows)
        } else {
            source = .query(try parseQuery())
        }
        return Insert(table: table, columns: columns, source: source)
    }

    /// Comma-separated expressions where `DEFAULT` may stand for a value.
    private mutating func parseValueList() throws(SQLError) -> [Expression] {
        var values: [Expression] = []
        repeat {
            values.append(try parseValueOrDefault())
        } while consumePunctuation(",")
        return values
    }

    private mutating func parseValueOrDefault() throws(SQLError) -> Expression {
        let location = current.location
        if consumeKeyword(.default) { return Expression(kind: .defaultValue, location: location) }
        return try parseExpression()
    }

    mutating func parseUpdate() throws(SQLError) -> Update {
        try expectKeyword(.update)
        let table = try parseObjectName()
        let alias = try parseDMLAlias()
        try expectKeyword(.set)
        let assignments = try parseAssignments()
        let from = consumeKeyword(.from) ? try parseFromList() : []
        let condition = consumeKeyword(.where) ? try parseExpression() : nil
        return Update(table: table, alias: alias, assignments: assignments, from: from, whereClause: condition)
    }

    /// `[AS] alias` after an UPDATE, DELETE or MERGE target; `SET` is never an alias there.
    private mutating func parseDMLAlias() throws(SQLError) -> Identifier? {
        if consumeKeyword(.as) { return try parseIdentifier() }
        if atIdentifier, !isKeyword(.set) { return try parseIdentifier() }
        return nil
    }

    private mutating func parseAssignments() throws(SQLError) -> [Assignment] {
        var assignments: [Assignment] = []
        repeat {
            let column = try parseIdentifier()
            guard consumeOperator("=") else { throw syntaxError() }
            assignments.append(Assignment(column: column, value: try parseValueOrDefault()))
        } while consumePunctuation(",")
        return assignments
    }

    mutating func parseDelete() throws(SQLError) -> Delete {
        try expectKeyword(.delete)
        _ = consumeKeyword(.from)
        let table = try parseObjectName()
        let alias = try parseDMLAlias()
        let using = consumeKeyword(.using) ? try parseFromList() : []
        let condition = consumeKeyword(.where) ? try parseExpression() : nil
        return Delete(table: table, alias: alias, using: using, whereClause: condition)
    }

    mutating func parseMerge() throws(SQLError) -> Merge {
        try expectKeyword(.merge)
        try expectKeyword(.into)
        let target = try parseObjectName()
        let alias = try parseDMLAlias()
        try expectKeyword(.using)
        let source = try parseTablePrimary()
        try expectKeyword(.on)
        var merge = Merge(target: target, targetAlias: alias, source: source, condition: try parseExpression(),
                          clauses: [], removeDuplicates: false)
        if consumeKeyword(.remove) {
            try expectKeyword(.duplicates)
            merge.removeDuplicates = true
            return merge
        }
        repeat {
            let location = current.location
            merge.clauses.append(MergeClause(kind: try parseMergeClause(), location: location))
        } while isKeyword(.when)
        return merge
    }

    private mutating func parseMergeClause() throws(SQLError) -> MergeClause.Kind {
        try expectKeyword(.when)
        if consumeKeyword(.matched) {
            try expectKeyword(.then)
            if consumeKeyword(.delete) { return .matchedDelete }
            try expectKeyword(.update)
            try expectKeyword(.set)
            return .matchedUpdate(try parseAssignments())
        }
        try expectKeyword(.not)
        try expectKeyword(.matched)
        try expectKeyword(.then)
        try expectKeyword(.insert)
        let columns = try parseOptionalColumnList()
        try expectKeyword(.values)
        try expectPunctuation("(")
        let values = try parseValueList()
        try expectPunctuation(")")
        return .notMatchedInsert(columns: columns, values: values)
    }
}
