/// Splits statement text into tokens, working over its UTF-8 bytes.
///
/// Follows PostgreSQL's scanner where Redshift inherits it: unquoted words fold to lower case,
/// `--` and nested `/* */` comments are skipped, and quoted strings resolve backslash escapes
/// because Redshift keeps PostgreSQL 8's `standard_conforming_strings = off` (its docs write
/// `DELIMITER '\t'` for a tab and `'\\d'` for the regex class `\d`).
public struct Lexer {
    private let bytes: [UInt8]
    /// `characterIndex[i]` is the number of characters before byte `i`.
    private let characterIndex: [Int]
    private var offset = 0

    public init(_ text: String) {
        bytes = Array(text.utf8)
        var index = [Int]()
        index.reserveCapacity(bytes.count + 1)
        var characters = 0
        for byte in bytes {
            index.append(characters)
            if byte & 0xC0 != 0x80 { characters += 1 }
        }
        index.append(characters)
        characterIndex = index
    }

    /// Tokenizes the whole text; the last token is always `.endOfInput`.
    public static func tokenize(_ text: String) throws(SQLError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.isEndOfInput { return tokens }
        }
    }

    /// Multi-character operators, longest first so that the first prefix match is the longest.
    private static let operators: [String] = [
        "!~~*", "!~~", "!~*", "~~*", "::", "||", "<>", "!=", ">=", "<=", "~~", "!~", "~*", "<<", ">>",
    ]
    private static let operatorCharacters = Set("+-*/<>=~!@#%^&|`?".utf8)

    public mutating func next() throws(SQLError) -> Token {
        try skipWhitespaceAndComments()
        let start = offset
        guard offset < bytes.count else { return token(.endOfInput, from: start) }
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "'"):
            return try quotedString(from: start)
        case UInt8(ascii: "\""):
            return try quotedIdentifier(from: start)
        case UInt8(ascii: "$"):
            return try dollarQuotedString(from: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(from: start)
        case UInt8(ascii: "."):
            if offset + 1 < bytes.count, isDigit(bytes[offset + 1]) { return number(from: start) }
            offset += 1
            return token(.punctuation("."), from: start)
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "["), UInt8(ascii: "]"):
            offset += 1
            return token(.punctuation(Character(Unicode.Scalar(byte))), from: start)
        case UInt8(ascii: ":"):
            if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: ":") {
                offset += 2
                return token(.operator("::"), from: start)
            }
            offset += 1
            return token(.punctuation(":"), from: start)
        case UInt8(ascii: "#") where offset + 1 < bytes.count && isIdentifierStart(bytes[offset + 1]):
            offset += 1
            return word(from: start)
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "'") {
                offset += 1
                return try quotedString(from: start)
            }
            return word(from: start)
        default:
            if isIdentifierStart(byte) { return word(from: start) }
            return operatorToken(from: start)
        }
    }

    // MARK: - Pieces

    private mutating func skipWhitespaceAndComments() throws(SQLError) {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                offset += 1
            } else if byte == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-") {
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n"), bytes[offset] != UInt8(ascii: "\r") {
                    offset += 1
                }
            } else if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                try skipBlockComment()
            } else {
                return
            }
        }
    }

    private mutating func skipBlockComment() throws(SQLError) {
        let start = offset
        var depth = 0
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                depth += 1
                offset += 2
            } else if bytes[offset] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                depth -= 1
                offset += 2
                if depth == 0 { return }
            } else {
                offset += 1
            }
        }
        throw unterminated("unterminated /* comment", from: start)
    }

    private mutating func word(from start: Int) -> Token {
        while offset < bytes.count, isIdentifierPart(bytes[offset]) { offset += 1 }
        let text = sourceText(from: start)
        return token(.word(Lexer.truncated(Lexer.foldCase(text))), from: start)
    }

    /// Redshift's limit on identifier length, in bytes.
    static let maximumIdentifierBytes = 127

    /// Cuts a name to Redshift's 127 bytes without splitting a character, as Redshift truncates
    /// longer table and column names.
    static func truncated(_ name: String) -> String {
        var utf8 = Array(name.utf8)
        guard utf8.count > maximumIdentifierBytes else { return name }
        var end = maximumIdentifierBytes
        while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
        utf8.removeSubrange(end...)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Lower-cases ASCII letters only, as PostgreSQL does for UTF-8 identifiers.
    static func foldCase(_ text: String) -> String {
        String(decoding: text.utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 },
               as: UTF8.self)
    }

    private mutating func quotedIdentifier(from start: Int) throws(SQLError) -> Token {
        offset += 1
        var value: [UInt8] = []
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\"") {
                if peek(1) == UInt8(ascii: "\"") {
                    value.append(UInt8(ascii: "\""))
                    offset += 2
                    continue
                }
                offset += 1
                guard !value.isEmpty else {
                    throw SQLError(SQLState.syntaxError,
                                   "zero-length delimited identifier at or near \"\(sourceText(from: start))\"",
                                   position: position(of: start))
                }
                return token(.quotedIdentifier(Lexer.truncated(String(decoding: value, as: UTF8.self))), from: start)
            }
            value.append(bytes[offset])
            offset += 1
        }
        throw unterminated("unterminated quoted identifier", from: start)
    }

    /// A `'...'` string (optionally prefixed by `E` or `N`, `offset` then points at the quote).
    private mutating func quotedString(from start: Int) throws(SQLError) -> Token {
        offset += 1
        var value: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "'") {
                if peek(1) == UInt8(ascii: "'") {
                    value.append(byte)
                    offset += 2
                    continue
                }
                offset += 1
                return token(.string(String(decoding: value, as: UTF8.self)), from: start)
            }
            if byte == UInt8(ascii: "\\"), offset + 1 < bytes.count {
                offset += 1
                appendEscape(to: &value)
                continue
            }
            value.append(byte)
            offset += 1
        }
        throw unterminated("unterminated quoted string", from: start)
    }

    /// Resolves the escape whose first character (after the backslash) is at `offset`.
    private mutating func appendEscape(to value: inout [UInt8]) {
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "b"): value.append(0x08)
        case UInt8(ascii: "f"): value.append(0x0C)
        case UInt8(ascii: "n"): value.append(0x0A)
        case UInt8(ascii: "r"): value.append(0x0D)
        case UInt8(ascii: "t"): value.append(0x09)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var code = UInt32(byte - UInt8(ascii: "0"))
            var digits = 1
            while digits < 3, offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[offset]) {
                code = code * 8 + UInt32(bytes[offset] - UInt8(ascii: "0"))
                offset += 1
                digits += 1
            }
            appendScalar(code, to: &value)
        case UInt8(ascii: "x") where offset < bytes.count && hexValue(bytes[offset]) != nil:
            var code: UInt32 = 0
            var digits = 0
            while digits < 2, offset < bytes.count, let digit = hexValue(bytes[offset]) {
                code = code * 16 + digit
                offset += 1
                digits += 1
            }
            appendScalar(code, to: &value)
        default:
            value.append(byte)
        }
    }

    private func appendScalar(_ code: UInt32, to value: inout [UInt8]) {
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        value.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func dollarQuotedString(from start: Int) throws(SQLError) -> Token {
        var end = offset + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "$") {
            guard isIdentifierPart(bytes[end]), !(end == offset + 1 && isDigit(bytes[end])) else {
                offset += 1
                return token(.operator("$"), from: start)
            }
            end += 1
        }
        guard end < bytes.count else {
            offset += 1
            return token(.operator("$"), from: start)
        }
        let delimiter = Array(bytes[offset...end])
        offset = end + 1
        let bodyStart = offset
        while offset + delimiter.count <= bytes.count {
            if bytes[offset] == UInt8(ascii: "$"), Array(bytes[offset..<offset + delimiter.count]) == delimiter {
                let body = String(decoding: bytes[bodyStart..<offset], as: UTF8.self)
                offset += delimiter.count
                return token(.string(body), from: start)
            }
            offset += 1
        }
        offset = bytes.count
        throw unterminated("unterminated dollar-quoted string", from: start)
    }

    private mutating func number(from start: Int) -> Token {
        var isDecimal = false
        while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "."), peek(1) != UInt8(ascii: ".") {
            isDecimal = true
            offset += 1
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            var end = offset + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            if end < bytes.count, isDigit(bytes[end]) {
                isDecimal = true
                offset = end
                while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
            }
        }
        let text = sourceText(from: start)
        return token(isDecimal ? .decimal(text) : .integer(text), from: start)
    }

    private mutating func operatorToken(from start: Int) -> Token {
        for symbol in Lexer.operators where matches(symbol) {
            offset += symbol.utf8.count
            return token(.operator(symbol), from: start)
        }
        // Any other single (ASCII) character, including ones that can never start a valid token: the
        // parser reports it as `syntax error at or near "…"`, as PostgreSQL does.
        offset += 1
        return token(.operator(sourceText(from: start)), from: start)
    }

    // MARK: - Helpers

    private func matches(_ symbol: String) -> Bool {
        let utf8 = Array(symbol.utf8)
        guard offset + utf8.count <= bytes.count else { return false }
        return Array(bytes[offset..<offset + utf8.count]) == utf8
    }

    private func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "$")
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func position(of byteOffset: Int) -> Int { characterIndex[byteOffset] + 1 }

    private func sourceText(from start: Int) -> String {
        String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(kind: kind, text: sourceText(from: start),
              location: SourceLocation(byteOffset: start, position: position(of: start)))
    }

    /// PostgreSQL quotes everything from the opening delimiter to the end of the text.
    private func unterminated(_ message: String, from start: Int) -> SQLError {
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        return SQLError(SQLState.syntaxError, "\(message) at or near \"\(rest)\"", position: position(of: start))
    }
}
