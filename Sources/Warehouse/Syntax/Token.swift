/// What kind of lexical unit a token is, with its value after case folding and unescaping.
public enum TokenKind: Sendable, Equatable {
    /// An unquoted word, folded to lower case: an identifier or a keyword, decided by the parser.
    case word(String)
    /// A `"quoted"` identifier, case kept, `""` unescaped.
    case quotedIdentifier(String)
    /// A string constant (`'...'`, `E'...'`, `$$...$$`), with escapes resolved.
    case string(String)
    /// An integer constant made of digits only, as written.
    case integer(String)
    /// A constant with a decimal point or an exponent, as written.
    case decimal(String)
    /// An operator such as `+`, `::`, `||`, `<>`, `!~*`; `!=` is kept as written.
    case `operator`(String)
    /// One of `( ) , ; . [ ] :`.
    case punctuation(Character)
    /// The end of the text; its location is one character past the last.
    case endOfInput
}

/// One lexical unit of a statement, with the exact source text it came from so that errors can
/// quote it the way PostgreSQL does (`syntax error at or near "FORM"`).
public struct Token: Sendable {
    public var kind: TokenKind
    /// The token's text exactly as written (original case, quotes and escapes included).
    public var text: String
    public var location: SourceLocation
    /// The keyword this word spells, if any; `nil` for quoted identifiers and other tokens.
    public var keyword: Keyword?

    public init(kind: TokenKind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
        if case .word(let word) = kind {
            keyword = Keyword(rawValue: word)
        } else {
            keyword = nil
        }
    }

    func isPunctuation(_ character: Character) -> Bool {
        if case .punctuation(let c) = kind { return c == character }
        return false
    }

    func isOperator(_ symbol: String) -> Bool {
        if case .operator(let op) = kind { return op == symbol }
        return false
    }

    var isEndOfInput: Bool {
        if case .endOfInput = kind { return true }
        return false
    }
}
