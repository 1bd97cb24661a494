/// Tokens and the Pratt parser for `JMESPath`, with jmespath.py's binding powers and messages.
struct JMESPathParser {
    enum Kind: String {
        case identifier = "unquoted_identifier", quotedIdentifier = "quoted_identifier", literal, number
        case dot, star, flatten, filter, lbracket, rbracket, lbrace, rbrace, lparen, rparen, comma, colon
        case pipe, or, and, not, expref, current
        case eq, ne, lt, lte, gt, gte, eof
    }

    struct Token {
        let kind: Kind
        let text: String
        let value: AWSValue
        let start: Int
    }

    private static let bindingPower: [Kind: Int] = [
        .pipe: 1, .or: 2, .and: 3, .eq: 5, .ne: 5, .lt: 5, .lte: 5, .gt: 5, .gte: 5,
        .flatten: 9, .star: 20, .filter: 21, .dot: 40, .not: 45, .lbrace: 50, .lbracket: 55, .lparen: 60,
    ]
    private static let projectionStop = 10

    private let expression: String
    private let tokens: [Token]
    private var position = 0

    init(_ expression: String) throws(JMESPath.ParseError) {
        self.expression = expression
        tokens = try JMESPathLexer.tokenize(expression)
    }

    mutating func parse() throws(JMESPath.ParseError) -> JMESPath {
        let result = try parse(0)
        guard current.kind == .eof else { throw unexpected(current) }
        return result
    }

    private var current: Token { tokens[position] }
    private func power(_ kind: Kind) -> Int { Self.bindingPower[kind] ?? 0 }

    private mutating func advance() -> Token {
        defer { position += 1 }
        return tokens[position]
    }

    private mutating func expect(_ kind: Kind) throws(JMESPath.ParseError) {
        guard current.kind == kind else { throw unexpected(current) }
        position += 1
    }

    private mutating func parse(_ bindingPower: Int) throws(JMESPath.ParseError) -> JMESPath {
        var left = try nud(advance())
        while bindingPower < power(current.kind) {
            left = try led(advance(), left)
        }
        return left
    }

    private mutating func nud(_ token: Token) throws(JMESPath.ParseError) -> JMESPath {
        switch token.kind {
        case .literal: return .literal(token.value)
        case .identifier, .quotedIdentifier: return .field(token.text)
        case .current: return .current
        case .star: return .valueProjection(.current, try projectionRight(power(.star)))
        case .filter: return try filter(.current)
        case .lbrace: return try multiSelectHash()
        case .lparen:
            let inner = try parse(0)
            try expect(.rparen)
            return inner
        case .flatten: return .projection(.flatten(.current), try projectionRight(power(.flatten)))
        case .not: return .not(try parse(power(.not)))
        case .expref: return .expressionReference(try parse(power(.expref)))
        case .lbracket:
            if current.kind == .number || current.kind == .colon {
                return try indexOrSlice(.current)
            }
            if current.kind == .star, tokens[position + 1].kind == .rbracket {
                position += 2
                return .projection(.current, try projectionRight(power(.star)))
            }
            return try multiSelectList()
        default:
            throw unexpected(token)
        }
    }

    private mutating func led(_ token: Token, _ left: JMESPath) throws(JMESPath.ParseError) -> JMESPath {
        switch token.kind {
        case .dot:
            return try dotRight(left, power(.dot))
        case .pipe: return .pipe(left, try parse(power(.pipe)))
        case .or: return .or(left, try parse(power(.or)))
        case .and: return .and(left, try parse(power(.and)))
        case .eq, .ne, .lt, .lte, .gt, .gte: return .comparison(token.text, left, try parse(power(token.kind)))
        case .lparen:
            guard case .field(let name) = left else { throw unexpected(token) }
            var arguments: [JMESPath] = []
            while current.kind != .rparen {
                arguments.append(try parse(0))
                if current.kind == .comma { position += 1 }
            }
            try expect(.rparen)
            return .function(name, arguments)
        case .filter: return try filter(left)
        case .flatten: return .projection(.flatten(left), try projectionRight(power(.flatten)))
        case .lbracket:
            if current.kind == .number || current.kind == .colon { return try indexOrSlice(left) }
            try expect(.star)
            try expect(.rbracket)
            return .projection(left, try projectionRight(power(.star)))
        default:
            throw unexpected(token)
        }
    }

    private mutating func dotRight(_ left: JMESPath, _ bindingPower: Int) throws(JMESPath.ParseError) -> JMESPath {
        switch current.kind {
        case .identifier, .quotedIdentifier:
            return .subexpression(left, try parse(bindingPower))
        case .star:
            position += 1
            return .valueProjection(left, try projectionRight(power(.star)))
        case .lbracket:
            position += 1
            return .subexpression(left, try multiSelectList())
        case .lbrace:
            position += 1
            return .subexpression(left, try multiSelectHash())
        default:
            throw unexpected(current)
        }
    }

    private mutating func projectionRight(_ bindingPower: Int) throws(JMESPath.ParseError) -> JMESPath {
        if power(current.kind) < Self.projectionStop { return .current }
        switch current.kind {
        case .lbracket, .filter: return try parse(bindingPower)
        case .dot:
            position += 1
            return try dotRight(.current, bindingPower).droppingCurrent
        default: throw unexpected(current)
        }
    }

    private mutating func filter(_ left: JMESPath) throws(JMESPath.ParseError) -> JMESPath {
        let condition = try parse(0)
        try expect(.rbracket)
        return .filterProjection(left, try projectionRight(power(.filter)), condition: condition)
    }

    private mutating func indexOrSlice(_ left: JMESPath) throws(JMESPath.ParseError) -> JMESPath {
        var parts: [Int?] = [nil]
        while current.kind != .rbracket {
            if current.kind == .colon {
                guard parts.count < 3 else { throw unexpected(current) }
                parts.append(nil)
                position += 1
            } else if current.kind == .number, parts[parts.count - 1] == nil {
                parts[parts.count - 1] = current.value.integerValue
                position += 1
            } else {
                throw unexpected(current)
            }
        }
        try expect(.rbracket)
        if parts.count == 1, let index = parts[0] {
            return .subexpression(left, .index(index))
        }
        let step = parts.count > 2 ? parts[2] : nil
        return .projection(.subexpression(left, .slice(parts[0], parts.count > 1 ? parts[1] : nil, step)),
                           try projectionRight(power(.star)))
    }

    private mutating func multiSelectList() throws(JMESPath.ParseError) -> JMESPath {
        var items: [JMESPath] = []
        repeat {
            if !items.isEmpty { try expect(.comma) }
            items.append(try parse(0))
        } while current.kind != .rbracket
        try expect(.rbracket)
        return .multiSelectList(items)
    }

    private mutating func multiSelectHash() throws(JMESPath.ParseError) -> JMESPath {
        var pairs: [(String, JMESPath)] = []
        repeat {
            if !pairs.isEmpty { try expect(.comma) }
            let key = advance()
            guard key.kind == .identifier || key.kind == .quotedIdentifier else { throw unexpected(key) }
            try expect(.colon)
            pairs.append((key.text, try parse(0)))
        } while current.kind != .rbrace
        try expect(.rbrace)
        return .multiSelectHash(pairs)
    }

    private func unexpected(_ token: Token) -> JMESPath.ParseError {
        if token.kind == .eof {
            return JMESPath.ParseError(description: "Invalid jmespath expression: Incomplete expression:\n\"\(expression)\"\n"
                + String(repeating: " ", count: token.start + 1) + "^")
        }
        return JMESPath.ParseError(description: "Invalid jmespath expression: Parse error at column \(token.start), token \"\(token.text)\" "
            + "(\(token.kind.rawValue.uppercased())), for expression:\n\"\(expression)\"\n"
            + String(repeating: " ", count: token.start + 1) + "^")
    }
}

extension JMESPath {
    /// `a.b` parsed on the right of a projection starts from the current element.
    fileprivate var droppingCurrent: JMESPath {
        if case .subexpression(.current, let right) = self { return right }
        return self
    }
}
