/// A hand-written recursive-descent parser for Redshift's SQL dialect.
///
/// Errors are `SQLError`s worded and positioned as PostgreSQL words them, so the REPL can print
/// them with `ErrorRenderer` exactly as psql would. Nesting (parentheses, subqueries, NOT chains)
/// is bounded so that hostile input fails with `stack depth limit exceeded` instead of
/// overflowing the real stack.
public struct Parser {
    var tokens: [Token]
    var index = 0
    var depth = 0

    /// Deepest nesting of expressions, queries and joins accepted, counting each operator of a
    /// chain such as `a + b + c` as a level (AND and OR lists excepted). Real queries stay far
    /// below it; trees twice as deep still parse, print, compare and free on the small stack of a
    /// Swift concurrency thread in a debug build.
    static let maximumDepth = 200

    init(_ text: String) throws(SQLError) {
        tokens = try Lexer.tokenize(text)
    }

    /// Parses every `;`-separated statement of `text` (empty statements are skipped).
    public static func parse(_ text: String) throws(SQLError) -> [Statement] {
        var parser = try Parser(text)
        var statements: [Statement] = []
        while true {
            while parser.consumePunctuation(";") {}
            if parser.current.isEndOfInput { return statements }
            statements.append(try parser.parseStatement())
            if !parser.current.isEndOfInput, !parser.current.isPunctuation(";") {
                throw parser.syntaxError()
            }
        }
    }

    /// Parses text that must hold exactly one statement (a trailing `;` is allowed).
    public static func parseStatement(_ text: String) throws(SQLError) -> Statement {
        let statements = try parse(text)
        guard statements.count == 1 else {
            throw SQLError(SQLState.syntaxError, statements.isEmpty ? "syntax error at end of input"
                           : "cannot insert multiple commands into a prepared statement",
                           position: statements.isEmpty ? text.unicodeScalars.count + 1 : statements[1].location.position)
        }
        return statements[0]
    }

    /// Parses a lone value expression, e.g. a stored column DEFAULT.
    public static func parseExpression(_ text: String) throws(SQLError) -> Expression {
        var parser = try Parser(text)
        let expression = try parser.parseExpression()
        guard parser.current.isEndOfInput else { throw parser.syntaxError() }
        return expression
    }

    // MARK: - Statements

    mutating func parseStatement() throws(SQLError) -> Statement {
        let location = current.location
        let kind: StatementKind
        if current.isPunctuation("(") {
            kind = .query(try parseQuery())
        } else {
            switch current.keyword {
            case .select, .with: kind = .query(try parseQuery())
            case .insert: kind = .insert(try parseInsert())
            case .update: kind = .update(try parseUpdate())
            case .delete: kind = .delete(try parseDelete())
            case .merge: kind = .merge(try parseMerge())
            case .create: kind = try parseCreate()
            case .alter where peek().keyword == .materialized: kind = try parseAlterMaterializedView()
            case .alter: kind = .alterTable(try parseAlterTable())
            case .drop: kind = .drop(try parseDrop())
            case .truncate: kind = .truncate(try parseTruncate())
            case .refresh: kind = .refreshMaterializedView(try parseRefresh())
            case .begin, .start, .commit, .end, .rollback, .abort: kind = .transaction(try parseTransaction())
            case .set: kind = .set(try parseSet())
            case .reset: kind = .reset(try parseResetOrShow())
            case .show: kind = .show(try parseResetOrShow())
            case .explain: kind = .explain(try parseExplain())
            case .vacuum: kind = .vacuum(try parseVacuum())
            case .analyze, .analyse: kind = try parseAnalyze()
            case .copy: kind = .copy(try parseCopy())
            case .unload: kind = .unload(try parseUnload())
            case .grant: kind = .grant(try parseGrant())
            case .revoke: kind = .revoke(try parseRevoke())
            default: throw syntaxError()
            }
        }
        return Statement(kind: kind, location: location)
    }

    // MARK: - Token access

    var current: Token { tokens[index] }

    func peek(_ distance: Int = 1) -> Token { tokens[min(index + distance, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func isKeyword(_ keyword: Keyword) -> Bool { current.keyword == keyword }

    mutating func consumeKeyword(_ keyword: Keyword) -> Bool {
        guard isKeyword(keyword) else { return false }
        advance()
        return true
    }

    /// Consumes a whole run of keywords, or nothing when any of them doesn't match.
    mutating func consumeKeywords(_ keywords: Keyword...) -> Bool {
        for (offset, keyword) in keywords.enumerated() where peek(offset).keyword != keyword { return false }
        for _ in keywords { advance() }
        return true
    }

    mutating func expectKeyword(_ keyword: Keyword) throws(SQLError) {
        guard consumeKeyword(keyword) else { throw syntaxError() }
    }

    /// Requires each keyword in turn; the error points at the first one missing, as PostgreSQL's
    /// does once the first word of a phrase has committed it.
    mutating func expectKeywords(_ keywords: Keyword...) throws(SQLError) {
        for keyword in keywords { try expectKeyword(keyword) }
    }

    mutating func consumePunctuation(_ character: Character) -> Bool {
        guard current.isPunctuation(character) else { return false }
        advance()
        return true
    }

    mutating func expectPunctuation(_ character: Character) throws(SQLError) {
        guard consumePunctuation(character) else { throw syntaxError() }
    }

    mutating func consumeOperator(_ symbol: String) -> Bool {
        guard current.isOperator(symbol) else { return false }
        advance()
        return true
    }

    /// The lower-case text of the current token when it is an unquoted word.
    var currentWord: String? {
        if case .word(let word) = current.kind { return word }
        return nil
    }

    // MARK: - Errors and nesting

    /// `syntax error at or near "token"`, or `syntax error at end of input`, at `token`.
    func syntaxError(at token: Token? = nil) -> SQLError {
        let token = token ?? current
        let message = token.isEndOfInput ? "syntax error at end of input" : "syntax error at or near \"\(token.text)\""
        return SQLError(SQLState.syntaxError, message, position: token.location.position)
    }

    mutating func enterNesting() throws(SQLError) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw SQLError(SQLState.statementTooComplex, "stack depth limit exceeded",
                           hint: "Increase the configuration parameter \"max_stack_depth\" (currently 2048kB), "
                               + "after ensuring the platform's stack depth limit is adequate.",
                           position: current.location.position)
        }
    }

    /// Leaves `levels` levels entered with `enterNesting()`.
    mutating func exitNesting(_ levels: Int = 1) { depth -= levels }

    /// Of two failed alternatives, the error that got further into the text explains best.
    static func furthest(_ first: SQLError, _ second: SQLError) -> SQLError {
        (second.position ?? 0) > (first.position ?? 0) ? second : first
    }

    // MARK: - Names

    /// An identifier where a reserved word is not allowed: a column, table or alias name.
    mutating func parseIdentifier() throws(SQLError) -> Identifier {
        switch current.kind {
        case .quotedIdentifier(let value):
            defer { advance() }
            return Identifier(value: value, location: current.location)
        case .word(let value) where current.keyword?.isReserved != true:
            defer { advance() }
            return Identifier(value: value, location: current.location)
        default:
            throw syntaxError()
        }
    }

    /// Any word, reserved or not, as PostgreSQL allows after `AS` and after a `.`.
    mutating func parseLabel() throws(SQLError) -> Identifier {
        switch current.kind {
        case .quotedIdentifier(let value), .word(let value):
            defer { advance() }
            return Identifier(value: value, location: current.location)
        default:
            throw syntaxError()
        }
    }

    /// True when the current token can start an identifier (used before optional aliases).
    var atIdentifier: Bool {
        switch current.kind {
        case .quotedIdentifier: true
        case .word: current.keyword?.isReserved != true
        default: false
        }
    }

    mutating func parseObjectName() throws(SQLError) -> ObjectName {
        var parts = [try parseIdentifier()]
        while current.isPunctuation("."), parts.count < 3 {
            advance()
            parts.append(try parseLabel())
        }
        return ObjectName(parts: parts)
    }

    mutating func parseObjectNames() throws(SQLError) -> [ObjectName] {
        var names = [try parseObjectName()]
        while consumePunctuation(",") { names.append(try parseObjectName()) }
        return names
    }

    mutating func parseIdentifiers() throws(SQLError) -> [Identifier] {
        var names = [try parseIdentifier()]
        while consumePunctuation(",") { names.append(try parseIdentifier()) }
        return names
    }

    /// `( name, ... )`.
    mutating func parseParenthesizedIdentifiers() throws(SQLError) -> [Identifier] {
        try expectPunctuation("(")
        let names = try parseIdentifiers()
        try expectPunctuation(")")
        return names
    }

    /// An optional `( name, ... )`, empty when absent.
    mutating func parseOptionalColumnList() throws(SQLError) -> [Identifier] {
        current.isPunctuation("(") ? try parseParenthesizedIdentifiers() : []
    }

    // MARK: - Numbers

    /// An integer constant with an optional sign.
    mutating func parseSignedInteger() throws(SQLError) -> Int64 {
        let negative = consumeOperator("-")
        if !negative { _ = consumeOperator("+") }
        guard case .integer(let digits) = current.kind, let value = Int64((negative ? "-" : "") + digits) else {
            throw syntaxError()
        }
        advance()
        return value
    }

    mutating func parseInteger() throws(SQLError) -> Int {
        guard case .integer(let digits) = current.kind, let value = Int(digits) else { throw syntaxError() }
        advance()
        return value
    }
}
