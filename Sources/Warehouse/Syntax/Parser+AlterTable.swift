/// `ALTER TABLE name action [, action ...]` with Redshift's distribution, sort key and encoding
/// actions.
extension Parser {
    mutating func parseAlterTable() throws(SQLError) -> AlterTable {
        try expectKeyword(.alter)
        try expectKeyword(.table)
        let name = try parseObjectName()
        var actions: [AlterTableAction] = []
        repeat {
            let location = current.location
            actions.append(AlterTableAction(kind: try parseAlterTableAction(), location: location))
        } while consumePunctuation(",")
        return AlterTable(name: name, actions: actions)
    }

    private mutating func parseAlterTableAction() throws(SQLError) -> AlterTableAction.Kind {
        switch current.keyword {
        case .add:
            advance()
            if consumeKeyword(.column) { return .addColumn(try parseColumnDefinition()) }
            if let constraint = try parseTableConstraint() { return .addConstraint(constraint) }
            return .addColumn(try parseColumnDefinition())
        case .drop:
            advance()
            if consumeKeyword(.constraint) {
                let name = try parseIdentifier()
                return .dropConstraint(name, parseDropBehavior())
            }
            _ = consumeKeyword(.column)
            let column = try parseIdentifier()
            return .dropColumn(column, parseDropBehavior())
        case .rename:
            advance()
            if consumeKeyword(.to) { return .renameTo(try parseIdentifier()) }
            _ = consumeKeyword(.column)
            let column = try parseIdentifier()
            try expectKeyword(.to)
            return .renameColumn(column, to: try parseIdentifier())
        case .owner:
            advance()
            try expectKeyword(.to)
            return .ownerTo(try parseIdentifier())
        case .append:
            advance()
            try expectKeyword(.from)
            let source = try parseObjectName()
            if consumeKeyword(.ignoreextra) { return .appendFrom(source, option: "ignoreextra") }
            if consumeKeyword(.filltarget) { return .appendFrom(source, option: "filltarget") }
            return .appendFrom(source, option: nil)
        case .alter:
            advance()
            return try parseAlterClause()
        default:
            throw syntaxError()
        }
    }

    /// What follows `ALTER TABLE t ALTER`.
    private mutating func parseAlterClause() throws(SQLError) -> AlterTableAction.Kind {
        if consumeKeyword(.diststyle) {
            let style = try parseDistStyle()
            if style == .key, consumeKeyword(.distkey) { return .alterDistStyle(style, distKey: try parseIdentifier()) }
            return .alterDistStyle(style, distKey: nil)
        }
        if consumeKeyword(.distkey) { return .alterDistKey(try parseIdentifier()) }
        if isKeyword(.sortkey) || isKeyword(.compound) || isKeyword(.interleaved) {
            return .alterSortKey(try parseSortKey(allowsNone: true))
        }
        if consumeKeywords(.encode, .auto) { return .alterEncodeAuto }
        _ = consumeKeyword(.column)
        let column = try parseIdentifier()
        if consumeKeyword(.encode) { return .alterColumnEncode(column, try parseLabel().value) }
        try expectKeyword(.type)
        return .alterColumnType(column, try parseTypeName())
    }
}
