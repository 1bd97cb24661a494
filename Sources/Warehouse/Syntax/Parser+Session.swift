/// Transaction control, session settings (SET, RESET, SHOW) and EXPLAIN.
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
}
