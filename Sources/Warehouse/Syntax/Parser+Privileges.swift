/// GRANT and REVOKE, kept simple: privilege words, the objects they are on, and grantees.
extension Parser {
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
