/// Splits a SQL script into statements so `lab sql -f` can run (and report errors for) them one
/// at a time, as psql does.
///
/// A `;` ends a statement only outside quotes, comments, dollar quotes and parentheses; the lexer
/// decides what is quoted. If the text stops lexing (an unterminated quote or comment), the rest
/// of it becomes one last statement, whose parse then reports PostgreSQL's error for it.
public enum ScriptSplitter {
    /// One statement of a script: its text without the terminating `;`, trimmed of surrounding
    /// whitespace, and where that text starts in the script.
    public struct Piece: Sendable, Equatable {
        public var text: String
        public var location: SourceLocation
    }

    public static func split(_ script: String) -> [Piece] {
        let bytes = Array(script.utf8)
        var lexer = Lexer(script)
        var pieces: [Piece] = []
        var start: SourceLocation?
        var end = 0
        var depth = 0

        func finish() {
            if let first = start {
                pieces.append(Piece(text: String(decoding: bytes[first.byteOffset..<end], as: UTF8.self), location: first))
            }
            start = nil
            depth = 0
        }

        while true {
            let token: Token
            do {
                token = try lexer.next()
            } catch {
                if start == nil, let position = error.position {
                    start = locationOfCharacter(position, in: script)
                }
                end = bytes.count
                finish()
                return pieces
            }
            if token.isEndOfInput {
                finish()
                return pieces
            }
            if token.isPunctuation(";"), depth == 0 {
                finish()
                continue
            }
            if token.isPunctuation("(") { depth += 1 }
            if token.isPunctuation(")"), depth > 0 { depth -= 1 }
            if start == nil { start = token.location }
            end = token.location.byteOffset + token.text.utf8.count
        }
    }

    /// The location of the 1-based character `position` of `text`.
    private static func locationOfCharacter(_ position: Int, in text: String) -> SourceLocation {
        let byteOffset = text.unicodeScalars.prefix(position - 1).reduce(0) { $0 + UTF8.width($1) }
        return SourceLocation(byteOffset: byteOffset, position: position)
    }
}
