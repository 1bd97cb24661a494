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

    /// Expressions introduced by a keyword; `nil` when the word is not one of them here.
    private mutating func parseKeywordExpression() throws(SQLError) -> Expression? {
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
    private mutating func parseTypedLiteral() throws(SQLError) -> Expression? {
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

    /// A column reference (`a`, `t.a`, `s.t.a`) or a function call.
    private mutating func parseNameExpression() throws(SQLError) -> Expression {
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
