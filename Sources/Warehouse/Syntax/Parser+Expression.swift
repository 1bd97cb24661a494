/// Binding strength of expression operators, weakest first, as in PostgreSQL's grammar.
enum Precedence {
    static let or = 1
    static let and = 2
    static let not = 3
    static let isTest = 4
    static let comparison = 5
    static let patternMatch = 6
    static let otherOperator = 7
    static let additive = 8
    static let multiplicative = 9
    static let power = 10
    static let atTimeZone = 11
    static let unary = 12
}

extension BinaryOperator {
    /// The operator an operator token spells; `!=` is another spelling of `<>`.
    init?(symbol: String) {
        self.init(rawValue: symbol == "!=" ? "<>" : symbol)
    }

    /// How tightly the operator binds, on the `Precedence` scale.
    var precedence: Int {
        switch self {
        case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual: Precedence.comparison
        case .add, .subtract: Precedence.additive
        case .multiply, .divide, .modulo: Precedence.multiplicative
        case .power: Precedence.power
        default: Precedence.otherOperator
        }
    }
}

extension Parser {
    /// Parses an expression whose operators all bind at least as tightly as `minimum`
    /// (precedence climbing; PostgreSQL's non-associative levels reject `a < b < c`).
    ///
    /// Each operator applied deepens the tree by one level, which counts against the nesting limit
    /// like a parenthesis does, except AND and OR, which extend a flat list.
    mutating func parseExpression(minimum: Int = 0) throws(SQLError) -> Expression {
        try enterNesting()
        var levels = 1
        defer { exitNesting(levels) }
        var left = try parsePrefixExpression()
        var previousNonAssociative: Int?
        while true {
            let token = current
            guard let precedence = infixPrecedence(), precedence >= minimum else { return left }
            if [Precedence.isTest, Precedence.comparison, Precedence.patternMatch].contains(precedence) {
                if previousNonAssociative == precedence { throw syntaxError(at: token) }
                previousNonAssociative = precedence
            }
            if precedence == Precedence.or || precedence == Precedence.and {
                left = try parseLogical(left, precedence: precedence)
            } else {
                try enterNesting()
                levels += 1
                left = try parseInfix(left, precedence: precedence)
            }
        }
    }

    /// `left AND right [AND ...]` / `left OR right [OR ...]` as one list, which also absorbs a
    /// `left` that is already such a list, as in `(a OR b) OR c`.
    private mutating func parseLogical(_ left: Expression, precedence: Int) throws(SQLError) -> Expression {
        let op: LogicalOperator = isKeyword(.or) ? .or : .and
        let keyword: Keyword = op == .or ? .or : .and
        var items = [left]
        if case .logical(op, let existing) = left.kind { items = existing }
        while consumeKeyword(keyword) {
            items.append(try parseExpression(minimum: precedence + 1))
        }
        return Expression(kind: .logical(op, items), location: left.location)
    }

    /// The precedence of the operator at the current token, or `nil` when the expression ends here.
    private func infixPrecedence() -> Int? {
        switch current.kind {
        case .operator(let symbol):
            return BinaryOperator(symbol: symbol)?.precedence
        case .word:
            switch current.keyword {
            case .or: return Precedence.or
            case .and: return Precedence.and
            case .is, .isnull, .notnull: return Precedence.isTest
            case .between, .in, .like, .ilike, .similar: return Precedence.patternMatch
            case .not:
                switch peek().keyword {
                case .between, .in, .like, .ilike, .similar: return Precedence.patternMatch
                default: return nil
                }
            case .at: return peek().keyword == .time && peek(2).keyword == .zone ? Precedence.atTimeZone : nil
            default: return nil
            }
        default:
            return nil
        }
    }

    private mutating func parseInfix(_ left: Expression, precedence: Int) throws(SQLError) -> Expression {
        let location = left.location
        func make(_ kind: ExpressionKind) -> Expression { Expression(kind: kind, location: location) }
        if case .operator(let symbol) = current.kind, let op = BinaryOperator(symbol: symbol) {
            advance()
            if precedence == Precedence.comparison, let quantifier = currentQuantifier, peek().isPunctuation("(") {
                advance()
                return make(.quantified(left, op, quantifier, try parseParenthesizedQuery()))
            }
            return make(.binary(op, left, try parseExpression(minimum: precedence + 1)))
        }
        switch current.keyword {
        case .isnull, .notnull:
            let negated = isKeyword(.notnull)
            advance()
            return make(.isNull(left, negated: negated))
        case .is:
            advance()
            let negated = consumeKeyword(.not)
            if consumeKeyword(.null) { return make(.isNull(left, negated: negated)) }
            if consumeKeyword(.true) { return make(.isTruth(left, .true, negated: negated)) }
            if consumeKeyword(.false) { return make(.isTruth(left, .false, negated: negated)) }
            if consumeKeyword(.unknown) { return make(.isTruth(left, .unknown, negated: negated)) }
            try expectKeywords(.distinct, .from)
            return make(.isDistinctFrom(left, try parseExpression(minimum: precedence + 1), negated: negated))
        case .at:
            advance()
            advance()
            advance()
            return make(.atTimeZone(left, zone: try parseExpression(minimum: precedence + 1)))
        default:
            let negated = consumeKeyword(.not)
            return try parsePatternPredicate(left, negated: negated)
        }
    }

    /// `[NOT] BETWEEN | IN | LIKE | ILIKE | SIMILAR TO`, after the optional NOT.
    private mutating func parsePatternPredicate(_ left: Expression, negated: Bool) throws(SQLError) -> Expression {
        let operand = Precedence.patternMatch + 1
        let kind: ExpressionKind
        switch current.keyword {
        case .between:
            advance()
            let symmetric = consumeKeyword(.symmetric)
            if !symmetric { _ = consumeKeyword(.asymmetric) }
            let low = try parseExpression(minimum: operand)
            try expectKeyword(.and)
            let high = try parseExpression(minimum: operand)
            kind = .between(left, low: low, high: high, negated: negated, symmetric: symmetric)
        case .in:
            advance()
            if peek().keyword == .select || peek().keyword == .with {
                kind = .inSubquery(left, try parseParenthesizedQuery(), negated: negated)
            } else {
                try expectPunctuation("(")
                let items = try parseExpressionList()
                try expectPunctuation(")")
                kind = .inList(left, items, negated: negated)
            }
        default:
            let match: PatternMatch
            if consumeKeyword(.like) {
                match = .like
            } else if consumeKeyword(.ilike) {
                match = .ilike
            } else {
                try expectKeyword(.similar)
                try expectKeyword(.to)
                match = .similarTo
            }
            let pattern = try parseExpression(minimum: operand)
            let escape = consumeKeyword(.escape) ? try parseExpression(minimum: operand) : nil
            kind = .like(left, pattern: pattern, escape: escape, kind: match, negated: negated)
        }
        return Expression(kind: kind, location: left.location)
    }

    private var currentQuantifier: Quantifier? {
        switch current.keyword {
        case .any, .someKeyword: .any
        case .all: .all
        default: nil
        }
    }

    mutating func parseExpressionList() throws(SQLError) -> [Expression] {
        var items = [try parseExpression()]
        while consumePunctuation(",") { items.append(try parseExpression()) }
        return items
    }

    // MARK: - Prefix operators and postfix casts

    private mutating func parsePrefixExpression() throws(SQLError) -> Expression {
        let location = current.location
        if isKeyword(.not) {
            advance()
            return Expression(kind: .unary(.not, try parseExpression(minimum: Precedence.not)), location: location)
        }
        if current.isOperator("-") || current.isOperator("+") {
            let op: UnaryOperator = current.isOperator("-") ? .minus : .plus
            advance()
            return Expression(kind: .unary(op, try parseExpression(minimum: Precedence.unary)), location: location)
        }
        var expression = try parsePrimary()
        var levels = 0
        defer { exitNesting(levels) }
        while consumeOperator("::") {
            try enterNesting()
            levels += 1
            expression = Expression(kind: .cast(expression, try parseTypeName()), location: location)
        }
        return expression
    }

    // MARK: - Primary expressions

    private mutating func parsePrimary() throws(SQLError) -> Expression {
        let token = current
        let location = token.location
        switch token.kind {
        case .integer(let digits):
            advance()
            let literal = Int64(digits).map(Literal.integer) ?? .numeric(digits)
            return Expression(kind: .literal(literal), location: location)
        case .decimal(let text):
            advance()
            return Expression(kind: .literal(.numeric(text)), location: location)
        case .string(let value):
            advance()
            return Expression(kind: .literal(.string(value)), location: location)
        case .punctuation("("):
            return try parseParenthesized()
        case .quotedIdentifier:
            if let typed = try parseTypedLiteral() { return typed }
            return try parseNameExpression()
        case .word:
            if let special = try parseKeywordExpression() { return special }
            if let typed = try parseTypedLiteral() { return typed }
            return try parseNameExpression()
        default:
            throw syntaxError()
        }
    }

    /// `( expression )` or `( query )`; a query is tried first when one seems to start inside.
    private mutating func parseParenthesized() throws(SQLError) -> Expression {
        let location = current.location
        let start = index
        if startsQuery(at: index + 1) {
            do throws(SQLError) {
                return Expression(kind: .subquery(try parseParenthesizedQuery()), location: location)
            } catch {
                index = start
                do throws(SQLError) {
                    return try parseParenthesizedExpression()
                } catch let second {
                    throw Parser.furthest(error, second)
                }
            }
        }
        return try parseParenthesizedExpression()
    }

    private mutating func parseParenthesizedExpression() throws(SQLError) -> Expression {
        try expectPunctuation("(")
        let inner = try parseExpression()
        try expectPunctuation(")")
        return inner
    }

    /// True when the tokens from `position`, after any opening parentheses, begin a query.
    func startsQuery(at position: Int) -> Bool {
        let keyword = tokens[position...].first { !$0.isPunctuation("(") }?.keyword
        return keyword == .select || keyword == .with
    }

    /// `( query )`.
    mutating func parseParenthesizedQuery() throws(SQLError) -> Query {
        try expectPunctuation("(")
        let query = try parseQuery()
        try expectPunctuation(")")
        return query
    }
}
