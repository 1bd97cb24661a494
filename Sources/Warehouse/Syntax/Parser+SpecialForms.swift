/// Expressions with syntax of their own: literals spelled with keywords, CAST and CONVERT,
/// EXTRACT, POSITION, SUBSTRING ... FROM, TRIM, CASE, typed literals and niladic value functions.
extension Parser {
    /// Expressions introduced by a keyword; `nil` when the word is not one of them here.
    mutating func parseKeywordExpression() throws(SQLError) -> Expression? {
        let location = current.location
        func make(_ kind: ExpressionKind) -> Expression { Expression(kind: kind, location: location) }
        let opensParenthesis = peek().isPunctuation("(")
        switch current.keyword {
        case .true, .false:
            defer { advance() }
            return make(.literal(.boolean(isKeyword(.true))))
        case .null:
            advance()
            return make(.literal(.null))
        case .case:
            return try parseCase()
        case .exists where opensParenthesis:
            advance()
            return make(.exists(try parseParenthesizedQuery()))
        case .cast where opensParenthesis:
            advance()
            advance()
            let value = try parseExpression()
            try expectKeyword(.as)
            let type = try parseTypeName()
            try expectPunctuation(")")
            return make(.cast(value, type))
        case .convert where opensParenthesis:
            advance()
            advance()
            let type = try parseTypeName()
            try expectPunctuation(",")
            let value = try parseExpression()
            try expectPunctuation(")")
            return make(.cast(value, type))
        case .extract where opensParenthesis:
            advance()
            advance()
            let field: String
            switch current.kind {
            case .word(let word) where current.keyword?.isReserved != true: field = word
            case .string(let text): field = text
            default: throw syntaxError()
            }
            advance()
            try expectKeyword(.from)
            let source = try parseExpression()
            try expectPunctuation(")")
            return make(.extract(field: field, from: source))
        case .position where opensParenthesis:
            advance()
            advance()
            let needle = try parseExpression(minimum: Precedence.patternMatch + 1)
            try expectKeyword(.in)
            let haystack = try parseExpression()
            try expectPunctuation(")")
            return make(.position(needle, in: haystack))
        case .substring where opensParenthesis && !isSubstringFunctionCall:
            advance()
            advance()
            let value = try parseExpression()
            let start = consumeKeyword(.from) ? try parseExpression() : nil
            let length = consumeKeyword(.for) ? try parseExpression() : nil
            try expectPunctuation(")")
            return make(.substring(value, from: start, for: length))
        case .trim where opensParenthesis:
            advance()
            advance()
            return make(try parseTrimArguments())
        case .approximate where isName(peek()) && peek(2).isPunctuation("("):
            advance()
            var call = try parseNameExpression()
            guard case .function(var function) = call.kind else { throw syntaxError() }
            function.isApproximate = true
            call.kind = .function(function)
            call.location = location
            return call
        default:
            guard let keyword = current.keyword, let function = Parser.valueFunctions[keyword] else { return nil }
            advance()
            return make(.valueFunction(function))
        }
    }

    /// Niladic functions written without parentheses.
    private static let valueFunctions: [Keyword: ValueFunction] = [
        .currentDate: .currentDate, .currentTime: .currentTime, .currentTimestamp: .currentTimestamp,
        .localtime: .localtime, .localtimestamp: .localtimestamp, .sysdate: .sysdate, .currentUser: .currentUser,
        .sessionUser: .sessionUser, .user: .user,
    ]

    private func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .quotedIdentifier: true
        default: false
        }
    }

    /// `SUBSTRING(x, a, b)` is an ordinary call; only the FROM/FOR form is special.
    private var isSubstringFunctionCall: Bool {
        var level = 0
        for token in tokens[(index + 2)...] {
            if token.isPunctuation("(") {
                level += 1
            } else if token.isPunctuation(")") {
                if level == 0 { return true }
                level -= 1
            } else if level == 0, token.keyword == .from || token.keyword == .for {
                return false
            } else if level == 0, token.isPunctuation(",") {
                return true
            }
        }
        return true
    }

    /// The inside of `TRIM([LEADING | TRAILING | BOTH] [characters] FROM string)` or `TRIM(string)`.
    private mutating func parseTrimArguments() throws(SQLError) -> ExpressionKind {
        var side: TrimSide?
        if consumeKeyword(.leading) {
            side = .leading
        } else if consumeKeyword(.trailing) {
            side = .trailing
        } else if consumeKeyword(.both) {
            side = .both
        }
        var characters: Expression?
        let source: Expression
        if consumeKeyword(.from) {
            source = try parseExpression()
        } else {
            let first = try parseExpression()
            if consumeKeyword(.from) {
                characters = first
                source = try parseExpression()
            } else {
                source = first
            }
        }
        try expectPunctuation(")")
        return .trim(side, characters: characters, from: source)
    }

    private mutating func parseCase() throws(SQLError) -> Expression {
        let location = current.location
        advance()
        let operand = isKeyword(.when) ? nil : try parseExpression()
        var branches: [CaseBranch] = []
        while consumeKeyword(.when) {
            let condition = try parseExpression()
            try expectKeyword(.then)
            branches.append(CaseBranch(condition: condition, result: try parseExpression()))
        }
        guard !branches.isEmpty else { throw syntaxError() }
        let otherwise = consumeKeyword(.else) ? try parseExpression() : nil
        try expectKeyword(.end)
        return Expression(kind: .caseWhen(operand: operand, branches: branches, otherwise: otherwise), location: location)
    }

    /// `DATE '2008-01-01'`, `TIMESTAMP '...'`, `INTERVAL '1 day'`, `double precision '1.5'`.
    mutating func parseTypedLiteral() throws(SQLError) -> Expression? {
        let word: String
        switch current.kind {
        case .word(let name) where current.keyword?.isReserved != true: word = name
        case .quotedIdentifier(let name): word = name
        default: return nil
        }
        let location = current.location
        if case .string(let value) = peek().kind {
            advance()
            advance()
            let type = TypeName(words: [word], modifiers: [], location: location)
            return Expression(kind: .literal(.typed(type, value)), location: location)
        }
        // Type names of several words, or with modifiers: `double precision '1'`, `char(3) 'abc'`.
        let multiWord: Set<Keyword> = [.double, .timestamp, .time, .character, .char]
        guard let keyword = current.keyword, multiWord.contains(keyword) else { return nil }
        let start = index
        do throws(SQLError) {
            let type = try parseTypeName()
            if case .string(let value) = current.kind {
                advance()
                return Expression(kind: .literal(.typed(type, value)), location: location)
            }
        } catch {}
        index = start
        return nil
    }
}
