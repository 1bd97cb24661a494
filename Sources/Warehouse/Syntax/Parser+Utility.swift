extension Parser {
    mutating func parseTransaction() throws(SQLError) -> TransactionCommand {
        let command: TransactionCommand
        switch current.keyword {
        case .begin:
            command = .begin
        case .start:
            advance()
            guard isKeyword(.transaction) else { throw syntaxError() }
            command = .begin
        case .commit, .end:
            command = .commit
        default:
            command = .rollback
        }
        advance()
        if !consumeKeyword(.transaction) { _ = consumeKeyword(.work) }
        return command
    }

    /// `SET [SESSION | LOCAL] name {TO | =} value [, ...] | DEFAULT`, and `SET TIME ZONE value`.
    mutating func parseSet() throws(SQLError) -> SetVariable {
        try expectKeyword(.set)
        var isLocal = false
        if consumeKeyword(.local) {
            isLocal = true
        } else {
            _ = consumeKeyword(.session)
        }
        let name: String
        if consumeKeywords(.time, .zone) {
            name = "timezone"
        } else {
            name = try parseSettingName()
            guard consumeKeyword(.to) || consumeOperator("=") else { throw syntaxError() }
        }
        if consumeKeyword(.default) { return SetVariable(name: name, values: nil, isLocal: isLocal) }
        var values: [OptionValue] = []
        repeat {
            values.append(try parseOptionValue())
        } while consumePunctuation(",")
        return SetVariable(name: name, values: values, isLocal: isLocal)
    }

    /// `RESET name | ALL` and `SHOW name | ALL`, returning the name.
    mutating func parseResetOrShow() throws(SQLError) -> String {
        advance()
        if consumeKeywords(.time, .zone) { return "timezone" }
        return try parseSettingName()
    }

    /// A configuration parameter name, possibly dotted; any word is allowed.
    private mutating func parseSettingName() throws(SQLError) -> String {
        var parts = [try parseLabel().value]
        while consumePunctuation(".") { parts.append(try parseLabel().value) }
        return parts.joined(separator: ".")
    }

    /// A string, a signed number or a bare word, as SET and the COPY options take them.
    mutating func parseOptionValue() throws(SQLError) -> OptionValue {
        let sign = current.isOperator("-") ? "-" : ""
        if !sign.isEmpty || current.isOperator("+") {
            advance()
            switch current.kind {
            case .integer, .decimal: break
            default: throw syntaxError()
            }
        }
        let value: OptionValue
        switch current.kind {
        case .string(let text): value = .string(text)
        case .integer(let text), .decimal(let text): value = .number(sign + text)
        case .word(let word), .quotedIdentifier(let word): value = .word(word)
        default: throw syntaxError()
        }
        advance()
        return value
    }

    mutating func parseExplain() throws(SQLError) -> Explain {
        try expectKeyword(.explain)
        let verbose = consumeKeyword(.verbose)
        let start = current
        let statement = try parseStatement()
        switch statement.kind {
        case .query, .insert, .update, .delete, .createTableAs: break
        default: throw syntaxError(at: start)
        }
        return Explain(verbose: verbose, statement: statement)
    }

    mutating func parseVacuum() throws(SQLError) -> Vacuum {
        try expectKeyword(.vacuum)
        var vacuum = Vacuum(mode: nil, table: nil, toPercent: nil, boost: false)
        if consumeKeyword(.full) {
            vacuum.mode = .full
        } else if consumeKeywords(.sort, .only) {
            vacuum.mode = .sortOnly
        } else if consumeKeywords(.delete, .only) {
            vacuum.mode = .deleteOnly
        } else if consumeKeyword(.reindex) {
            vacuum.mode = .reindex
        } else if consumeKeyword(.recluster) {
            vacuum.mode = .recluster
        }
        // TO n PERCENT and BOOST need a table: "If a table name is omitted, VACUUM fails".
        guard atIdentifier, !isKeyword(.boost) else { return vacuum }
        vacuum.table = try parseObjectName()
        if consumeKeyword(.to) {
            vacuum.toPercent = try parseInteger()
            try expectKeyword(.percent)
        }
        vacuum.boost = consumeKeyword(.boost)
        return vacuum
    }

    /// ANALYZE and ANALYZE COMPRESSION.
    mutating func parseAnalyze() throws(SQLError) -> StatementKind {
        advance()
        if consumeKeyword(.compression) {
            var analyze = AnalyzeCompression(table: nil, columns: [], compRows: nil)
            if atIdentifier, !isKeyword(.comprows) {
                analyze.table = try parseObjectName()
                analyze.columns = try parseOptionalColumnList()
            }
            if consumeKeyword(.comprows) { analyze.compRows = try parseInteger() }
            return .analyzeCompression(analyze)
        }
        var analyze = Analyze(verbose: consumeKeyword(.verbose), table: nil, columns: [], predicateColumns: nil)
        if atIdentifier, !(isKeyword(.predicate) && peek().keyword == .columns) {
            analyze.table = try parseObjectName()
            analyze.columns = try parseOptionalColumnList()
        }
        if consumeKeywords(.predicate, .columns) {
            analyze.predicateColumns = true
        } else if consumeKeyword(.all) {
            try expectKeyword(.columns)
            analyze.predicateColumns = false
        }
        return .analyze(analyze)
    }

    // MARK: - GRANT and REVOKE

    mutating func parseGrant() throws(SQLError) -> Grant {
        try expectKeyword(.grant)
        let privileges = try parsePrivileges()
        let target = try parsePrivilegeTarget()
        try expectKeyword(.to)
        let grantees = try parseGrantees()
        let withGrantOption = consumeKeyword(.with)
        if withGrantOption { try expectKeywords(.grant, .option) }
        return Grant(privileges: privileges, target: target, grantees: grantees, withGrantOption: withGrantOption)
    }

    mutating func parseRevoke() throws(SQLError) -> Revoke {
        try expectKeyword(.revoke)
        let grantOptionFor = consumeKeyword(.grant)
        if grantOptionFor { try expectKeywords(.option, .for) }
        let privileges = try parsePrivileges()
        let target = try parsePrivilegeTarget()
        try expectKeyword(.from)
        let grantees = try parseGrantees()
        return Revoke(grantOptionFor: grantOptionFor, privileges: privileges, target: target, grantees: grantees,
                      behavior: parseDropBehavior())
    }

    /// `ALL [PRIVILEGES]` or a comma-separated list of privilege words.
    private mutating func parsePrivileges() throws(SQLError) -> [String] {
        if consumeKeyword(.all) {
            _ = consumeKeyword(.privileges)
            return ["all"]
        }
        var privileges: [String] = []
        repeat {
            guard let word = currentWord, !isKeyword(.on) else { throw syntaxError() }
            privileges.append(word)
            advance()
        } while consumePunctuation(",")
        return privileges
    }

    private mutating func parsePrivilegeTarget() throws(SQLError) -> PrivilegeTarget {
        try expectKeyword(.on)
        if consumeKeyword(.all) {
            try expectKeywords(.tables, .in, .schema)
            return .allTablesInSchema(try parseIdentifiers())
        }
        if consumeKeyword(.schema) { return .schemas(try parseIdentifiers()) }
        if consumeKeyword(.database) { return .databases(try parseIdentifiers()) }
        _ = consumeKeyword(.table)
        return .tables(try parseObjectNames())
    }

    private mutating func parseGrantees() throws(SQLError) -> [Grantee] {
        var grantees: [Grantee] = []
        repeat {
            if consumeKeyword(.group) {
                grantees.append(.group(try parseIdentifier()))
            } else if consumeKeyword(.public) {
                grantees.append(.publicGroup)
            } else {
                grantees.append(.user(try parseIdentifier()))
            }
        } while consumePunctuation(",")
        return grantees
    }
}
