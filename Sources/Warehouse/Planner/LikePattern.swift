/// `LIKE pattern ESCAPE 'c'`: the matcher knows one escape character, the backslash, so a
/// constant pattern with another escape character (or none, `ESCAPE ''`) is rewritten into
/// backslash form when bound: `c` before a character becomes `\`, a literal backslash `\\`.
enum LikePattern {
    static func withBackslashEscapes(_ pattern: BoundExpression, escape: BoundExpression) throws -> BoundExpression {
        guard case .constant(let escapeDatum, _) = escape, case .constant(let patternDatum, let type) = pattern else {
            throw SQLError(SQLState.featureNotSupported, "LIKE ... ESCAPE is supported only with a constant pattern and escape")
        }
        guard case .string(let text) = patternDatum, case .string(let escapeText) = escapeDatum else {
            return .constant(.null, type)
        }
        guard escapeText.count <= 1 else {
            throw SQLError(SQLState.invalidEscapeSequence, "invalid escape string",
                           hint: "Escape string must be empty or one character.")
        }
        var rewritten = ""
        var escaped = false
        for character in text {
            if escaped {
                rewritten += "\\" + String(character)
                escaped = false
            } else if character == escapeText.first {
                escaped = true
            } else if character == "\\" {
                rewritten += "\\\\"
            } else {
                rewritten.append(character)
            }
        }
        if escaped {
            throw SQLError(SQLState.invalidEscapeSequence, "LIKE pattern must not end with escape character")
        }
        return .constant(.string(rewritten), .varchar(length: max(rewritten.utf8.count, 1)))
    }
}
